/**
 * Misuse and I/O failures are typed errors with a cause; bad data in a sheet is never thrown,
 * it becomes a Finding instead.
 */
export class IndicatorsError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A caller passed options the engine cannot work with (bands out of order, an unknown method). */
export class InvalidOptionsError extends IndicatorsError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("INVALID_OPTIONS", message, options);
  }
}

/** A workbook could not be read: missing file, not a workbook, nothing recognised. */
export class WorkbookReadError extends IndicatorsError {}

/** A workbook could not be written: protected sheet, unwritable path, a host failure part-way. */
export class WorkbookWriteError extends IndicatorsError {}
