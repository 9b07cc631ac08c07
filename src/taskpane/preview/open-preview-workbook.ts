import { WorkbookReadError } from "../../core/errors";
import type { PaneSettings, SettingsStore } from "../../port/workbook-port";
import type { PaneSession } from "../session";

/** Preview keeps settings for the session; in Excel they live in the workbook. */
export class MemorySettingsStore implements SettingsStore {
  private value: PaneSettings | null = null;

  load(): Promise<Partial<PaneSettings> | null> {
    return Promise.resolve(this.value);
  }

  save(settings: PaneSettings): Promise<void> {
    this.value = settings;
    return Promise.resolve();
  }
}

/**
 * The command's reader and package writer, with fflate for deflate (a browser has no zlib), are
 * loaded only in preview mode, in a chunk of their own, so Excel users never download them.
 * Preview reads .xlsx only (the command reads .ods and .xls through LibreOffice, which a browser has
 * not): another kind is said to be so, not "no indicator table".
 */
export async function openPreviewWorkbook(file: File): Promise<PaneSession> {
  if (/\.(ods|xls|xlsb|csv|numbers)$/i.test(file.name))
    throw new WorkbookReadError("PREVIEW_XLSX_ONLY", { file: file.name });
  const [{ XlsxWorkbook }, { FFLATE_CODEC }, data] = await Promise.all([
    import(/* webpackChunkName: "preview-xlsx" */ "../../xlsx/xlsx-workbook"),
    import(/* webpackChunkName: "preview-xlsx" */ "../../xlsx/fflate-codec"),
    file.arrayBuffer(),
  ]);
  const workbook = await XlsxWorkbook.fromBuffer(data, file.name, FFLATE_CODEC);
  return {
    mode: "preview",
    port: workbook,
    settings: new MemorySettingsStore(),
    fileName: file.name,
    download: () => workbook.toBuffer(),
  };
}
