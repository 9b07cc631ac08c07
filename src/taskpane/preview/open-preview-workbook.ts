import type { WorkbookPort } from "../../port/workbook-port";

/** exceljs is loaded only in preview mode, in a chunk of its own, so Excel users never download it. */
export async function openPreviewWorkbook(file: File): Promise<WorkbookPort> {
  const [{ XlsxWorkbook }, data] = await Promise.all([
    import(/* webpackChunkName: "preview-xlsx" */ "../../xlsx/xlsx-workbook"),
    file.arrayBuffer(),
  ]);
  return XlsxWorkbook.fromBuffer(data, file.name);
}
