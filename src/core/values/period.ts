import type { RawValue } from "./cell-value";
import { normalizeText } from "./normalize-text";

/** A reporting period: ROC years (民國, "104 年度" = 2015) or AD years. */
export interface Period {
  /** The year as written in the sheet, e.g. "104" or "2018". */
  readonly label: string;
  /** The AD year. */
  readonly year: number;
  readonly calendar: "roc" | "ad";
}

const ROC_OFFSET = 1911;
const PERIOD_PATTERN = /^(?:民國|中華民國|FY|CY)?\s*(\d{1,4})\s*(?:年度|年|學年度)?$/i;

function fromNumber(n: number, label: string): Period | null {
  if (!Number.isInteger(n)) return null;
  if (n >= 1 && n <= 200) return { label, year: n + ROC_OFFSET, calendar: "roc" };
  if (n >= 1900 && n <= 2200) return { label, year: n, calendar: "ad" };
  return null;
}

export function parsePeriod(raw: RawValue): Period | null {
  if (typeof raw === "number") return fromNumber(raw, String(raw));
  if (typeof raw !== "string") return null;
  const text = normalizeText(raw);
  const match = PERIOD_PATTERN.exec(text);
  const digits = match?.[1];
  if (digits === undefined) return null;
  const hasYearWord = /年|FY|CY|民國/i.test(text);
  // A bare small number is a period only where the header says so; "3" alone could be anything.
  if (!hasYearWord && digits.length < 3) return null;
  return fromNumber(Number(digits), digits);
}
