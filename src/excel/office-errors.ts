import { WorkbookWriteError } from "../core";

/** What the user can do about each of Excel's error codes (Excel.ErrorCodes), in both languages. */
const ADVICE: Readonly<Record<string, { code: string; zh: string; en: string }>> = {
  AccessDenied: {
    code: "ACCESS_DENIED",
    zh: "活頁簿或工作表受保護，不允許這項變更；請取消保護（校閱 → 保護活頁簿／取消保護工作表）後再執行",
    en: "the workbook or sheet is protected against this change; unprotect it (Review → Protect Workbook / Unprotect Sheet) and run again",
  },
  InvalidArgument: {
    code: "INVALID_ARGUMENT",
    zh: "Excel 不接受寫入的內容（名稱、範圍或格式）；請回報此訊息給維護人員",
    en: "Excel refused what was written (a name, range or format); please report this message to the maintainers",
  },
  ItemNotFound: {
    code: "ITEM_NOT_FOUND",
    zh: "工作表或名稱在執行期間被移除或改名；請重新執行",
    en: "a sheet or name was removed or renamed while this ran; run again",
  },
  InvalidOperation: {
    code: "INVALID_OPERATION",
    zh: "Excel 目前不允許這項操作（例如儲存格正在編輯中，或已有附註）；請結束編輯後再執行",
    en: "Excel does not allow this now (a cell being edited, or one that holds a note); finish editing and run again",
  },
  InvalidOperationInCellEditMode: {
    code: "CELL_EDIT_MODE",
    zh: "儲存格正在編輯中；請按 Enter 或 Esc 結束編輯後再執行",
    en: "a cell is being edited; press Enter or Esc and run again",
  },
  RequestPayloadSizeLimitExceeded: {
    code: "REQUEST_TOO_LARGE",
    zh: "一次送出的資料超過 Excel 網頁版的 5 MB 上限；請改用桌面版 Excel 或 indicators 命令",
    en: "one request passed Excel on the web's 5 MB limit; use desktop Excel or the indicators command",
  },
  ResponsePayloadSizeLimitExceeded: {
    code: "RESPONSE_TOO_LARGE",
    zh: "讀取的資料超過 Excel 網頁版的 5 MB 上限；請改用桌面版 Excel 或 indicators 命令",
    en: "the data read passed Excel on the web's 5 MB limit; use desktop Excel or the indicators command",
  },
};

/** The code of an OfficeExtension.Error (or of anything shaped like one), else null. */
export function officeCodeOf(cause: unknown): string | null {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

/**
 * Turns a failure of a sync into a WorkbookWriteError that says what happened to the workbook
 * (`outcome`, in both languages) and what to do, keeping Excel's error as the cause.
 */
export function writeErrorOf(
  cause: unknown,
  outcome: { zh: string; en: string },
  fallbackCode: string,
): WorkbookWriteError {
  const advice = ADVICE[officeCodeOf(cause) ?? ""];
  const detail = cause instanceof Error ? cause.message : String(cause);
  const zh = advice ? advice.zh : `Excel 回報錯誤：${detail}`;
  const en = advice ? advice.en : `Excel reported: ${detail}`;
  return new WorkbookWriteError(
    advice?.code ?? fallbackCode,
    `寫入失敗：${zh}。${outcome.zh} / Writing failed: ${en}. ${outcome.en}`,
    {
      cause,
    },
  );
}
