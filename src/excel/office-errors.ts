import { WorkbookWriteError } from "../core";

/**
 * Excel's error codes (Excel.ErrorCodes) that the catalog's "error.EXCEL_WRITE" words with what the
 * user can do; the others are said with Excel's own text.
 */
const CODES: Readonly<Record<string, string>> = {
  AccessDenied: "ACCESS_DENIED",
  InvalidArgument: "INVALID_ARGUMENT",
  ItemNotFound: "ITEM_NOT_FOUND",
  InvalidOperation: "INVALID_OPERATION",
  InvalidOperationInCellEditMode: "CELL_EDIT_MODE",
  RequestPayloadSizeLimitExceeded: "REQUEST_TOO_LARGE",
  ResponsePayloadSizeLimitExceeded: "RESPONSE_TOO_LARGE",
};

/** What the workbook holds after a failed write: as it was, or not all put back (`what` says why). */
export type WriteOutcome =
  { readonly outcome: "unchanged" } | { readonly outcome: "notRestored"; readonly what: string };

/** The code of an OfficeExtension.Error (or of anything shaped like one), else null. */
export function officeCodeOf(cause: unknown): string | null {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

/**
 * Turns a failure of a sync into a WorkbookWriteError: its code (Excel's, as ours), what happened
 * to the workbook and Excel's own text as values, worded at the edge from the catalog
 * ("error.EXCEL_WRITE"); Excel's error is kept as the cause.
 */
export function writeErrorOf(cause: unknown, outcome: WriteOutcome, fallbackCode: string): WorkbookWriteError {
  const advice = CODES[officeCodeOf(cause) ?? ""];
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new WorkbookWriteError(
    advice ?? fallbackCode,
    { advice: advice ?? "other", detail, outcome: outcome.outcome, what: "what" in outcome ? outcome.what : "" },
    { cause, key: "error.EXCEL_WRITE" },
  );
}
