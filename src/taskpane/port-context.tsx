import { createContext, useContext } from "react";
import type { WorkbookPort } from "../port/workbook-port";

/** The workbook port, injected: the Excel adapter in Excel, the exceljs one in preview, a fake in tests. */
export const PortContext = createContext<WorkbookPort | null>(null);

export function usePort(): WorkbookPort | null {
  return useContext(PortContext);
}
