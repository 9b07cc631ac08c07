import {
  checkLightBands,
  DRAFT_METHODS,
  InvalidOptionsError,
  parseValue,
  type DraftMethod,
  type ReportLanguage,
} from "../core";
import { defaultJobs } from "./pool";
import type { CommandOptions } from "./writers";

/** The options as commander hands them over, before they are checked. */
export interface RawOptions {
  readonly lang?: string;
  readonly sheet?: string;
  readonly yellowFrom?: string;
  readonly cap?: boolean;
  readonly method?: string;
  readonly stretch?: string;
  readonly jobs?: string;
  readonly settings?: string;
}

/** What --lang accepts, in lower case, and the language each names. */
const LANGUAGE_NAMES: ReadonlyMap<string, ReportLanguage> = new Map([
  ["zh-tw", "zh-TW"],
  ["zh", "zh-TW"],
  ["zh-hant", "zh-TW"],
  ["en", "en"],
]);

/** The language --lang names (zh-TW by default), or null for a name it does not know. */
export function languageNamed(value: string | undefined): ReportLanguage | null {
  return LANGUAGE_NAMES.get((value ?? "zh-TW").toLowerCase()) ?? null;
}

/** zh-TW (also zh, zh-tw, zh-Hant) or en. */
export function languageOf(value: string | undefined): ReportLanguage {
  const language = languageNamed(value);
  if (language === null) throw new InvalidOptionsError("lang", { value: value ?? "" });
  return language;
}

/** "90%" or "0.9" → 0.9. */
function fraction(name: string, text: string): number {
  const parsed = parseValue({ value: text });
  if (parsed.kind !== "number") throw new InvalidOptionsError("share", { name, value: text });
  return parsed.value;
}

function methodOf(value: string | undefined): DraftMethod {
  const method = value ?? "trend";
  const known = DRAFT_METHODS.find((m) => m === method);
  if (known === undefined) throw new InvalidOptionsError("method", { methods: DRAFT_METHODS.join("|"), value: method });
  return known;
}

export function jobsOf(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidOptionsError("jobs", { value });
  return n;
}

export function commandOptions(raw: RawOptions): CommandOptions {
  const yellowFrom = fraction("--yellow-from", raw.yellowFrom ?? "90%");
  checkLightBands({ yellowFrom });
  return {
    language: languageOf(raw.lang),
    ...(raw.sheet === undefined ? {} : { sheet: raw.sheet }),
    yellowFrom,
    cap: raw.cap === true,
    method: methodOf(raw.method),
    stretch: fraction("--stretch", raw.stretch ?? "5%"),
    ...(raw.settings === undefined ? {} : { settings: raw.settings }),
  };
}
