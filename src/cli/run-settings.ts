import { WorkbookReadError, type ParsedSettings, type ReportLanguage } from "../core";
import { settingsOfWorkbook } from "../usecases/settings";
import { XlsxWorkbook } from "../xlsx/xlsx-workbook";

// One read per process (a batch's worker reads it once for all its files).
const loaded = new Map<string, Promise<ParsedSettings>>();

/** --settings FILE.xlsx: the settings sheet of another workbook, matched by sheet and name, then by name. */
export function externalSettings(path: string | undefined, language: ReportLanguage): Promise<ParsedSettings | null> {
  if (path === undefined) return Promise.resolve(null);
  let settings = loaded.get(path);
  if (settings === undefined) {
    settings = (async () => {
      const parsed = await settingsOfWorkbook(await XlsxWorkbook.fromFile(path));
      if (parsed === null) {
        throw new WorkbookReadError(
          "NO_SETTINGS",
          language === "zh-TW"
            ? `「${path}」沒有指標設定工作表（找不到 工作表／指標／方向／排除 的表頭列）；請以 indicators settings 產生`
            : `"${path}" has no settings sheet (no heading row with Sheet / Indicator / Direction / Exclude); write one with indicators settings.`,
        );
      }
      return parsed;
    })();
    loaded.set(path, settings);
  }
  return settings;
}
