import { memoByText } from "./memo";

/**
 * Reads what an Excel number format says about how a stored number is shown:
 * whether it is a percentage and how many decimals are displayed.
 * Only the first (positive) section matters for that.
 */
export interface DisplayPrecision {
  readonly percent: boolean;
  readonly decimals: number;
}

function firstSection(format: string): string {
  let inQuotes = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') inQuotes = !inQuotes;
    if (ch === ";" && !inQuotes) return format.slice(0, i);
  }
  return format;
}

/** Strips quoted literals, escaped characters and [colour]/[condition] blocks. */
function codeOnly(section: string): string {
  return section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
}

export function displayPrecision(format: string | undefined): DisplayPrecision | null {
  return format === undefined ? null : precisionOf(format);
}

/** Every figure cell asks of its format: once per distinct format. */
const precisionOf = memoByText((format: string): DisplayPrecision | null => {
  const code = codeOnly(firstSection(format));
  if (code.trim() === "" || /^general$/i.test(code.trim()) || code === "@") return null;
  const percent = code.includes("%");
  const dot = code.indexOf(".");
  let decimals = 0;
  if (dot >= 0) {
    const after = /^[0#?]*/.exec(code.slice(dot + 1));
    decimals = after?.[0].length ?? 0;
  }
  return { percent, decimals };
});

/** Decimals a plain number shows in General format (15 significant digits, as Excel stores). */
export function generalDecimals(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = Number(value.toPrecision(15)).toString();
  const exp = /e-(\d+)$/.exec(text);
  if (exp?.[1] !== undefined) {
    const mantissa = text.split("e")[0] ?? "";
    const mantissaDecimals = mantissa.split(".")[1]?.length ?? 0;
    return Number(exp[1]) + mantissaDecimals;
  }
  return text.split(".")[1]?.length ?? 0;
}
