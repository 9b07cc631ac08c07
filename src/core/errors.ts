/**
 * Misuse and I/O failures are typed errors with a cause; bad data in a sheet is never thrown,
 * it becomes a Finding instead.
 */
export class IndicatorsError extends Error {
  readonly code: string;
  /**
   * The error in words: a catalog key ("error.NO_SUCH_FILE") and its values, put into words at the
   * edge (the command's line, the pane's message bar) in one language. Null for an error whose
   * message is already words (a host's own text).
   */
  readonly words: { readonly key: string; readonly params: ErrorParams } | null;

  /** `message` is the values of the catalog's "error.CODE" message, or (older errors) the message itself. */
  constructor(code: string, message: string | ErrorParams, options?: { cause?: unknown; key?: string }) {
    const worded = typeof message === "string" ? null : { key: options?.key ?? `error.${code}`, params: message };
    super(worded === null ? (message as string) : `${code} ${JSON.stringify(worded.params)}`, options);
    this.name = new.target.name;
    this.code = code;
    this.words = worded;
  }
}

/** An error's values: a list (sheet names) is joined in the words' own language. */
export type ErrorParams = Readonly<Record<string, string | number | readonly string[]>>;

/**
 * A caller passed options the engine cannot work with (bands out of order, an unknown method):
 * `what` names which ("lang" → the catalog's "error.INVALID_OPTIONS.lang").
 */
export class InvalidOptionsError extends IndicatorsError {
  constructor(what: string, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super("INVALID_OPTIONS", params, { ...options, key: `error.INVALID_OPTIONS.${what}` });
  }
}

/** A workbook could not be read: missing file, not a workbook, nothing recognised. */
export class WorkbookReadError extends IndicatorsError {}

/** A workbook could not be written: protected sheet, unwritable path, a host failure part-way. */
export class WorkbookWriteError extends IndicatorsError {}
