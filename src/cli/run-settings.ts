import { WorkbookReadError, type ParsedSettings } from "../core";
import { settingsOfWorkbook } from "../usecases/settings";
import { XlsxWorkbook } from "../xlsx/xlsx-workbook";

// One read per process (a batch's worker reads it once for all its files).
const loaded = new Map<string, Promise<ParsedSettings>>();

/** --settings FILE.xlsx: the settings sheet of another workbook, matched by sheet and name, then by name. */
export function externalSettings(path: string | undefined): Promise<ParsedSettings | null> {
  if (path === undefined) return Promise.resolve(null);
  let settings = loaded.get(path);
  if (settings === undefined) {
    settings = (async () => {
      const parsed = await settingsOfWorkbook(await XlsxWorkbook.fromFile(path));
      if (parsed === null) {
        throw new WorkbookReadError("NO_SETTINGS", { path });
      }
      return parsed;
    })();
    loaded.set(path, settings);
  }
  return settings;
}
