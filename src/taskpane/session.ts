import { createContext, useContext } from "react";
import type { SettingsStore, WorkbookPort } from "../port/workbook-port";

/**
 * What the pane works on, injected: in Excel the office.js adapter and document settings; in
 * preview the package reader and writer (src/xlsx) over the picked file, in-memory settings and a download; in tests a fake.
 */
export interface PaneSession {
  readonly mode: "excel" | "preview";
  readonly port: WorkbookPort;
  readonly settings: SettingsStore;
  readonly fileName: string | null;
  /** Preview only: the workbook with what the pane wrote, as .xlsx bytes. */
  readonly download?: () => Promise<ArrayBuffer>;
  /** Excel only: adds the sheets of an .xlsx (the sample) to the open workbook; their names. */
  readonly insertSheets?: (data: ArrayBuffer) => Promise<string[]>;
}

export const SessionContext = createContext<PaneSession | null>(null);

export function useSession(): PaneSession {
  const session = useContext(SessionContext);
  if (session === null) throw new Error("useSession outside a SessionContext");
  return session;
}
