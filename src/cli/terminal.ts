import type measureWidth from "string-width";

/**
 * string-width, loaded on first use: its module builds an Intl.Segmenter (ICU's break rules) as it
 * loads, some 10 ms of every command's start, and `analyze --json` or `report` never measure text.
 */
let loaded: typeof measureWidth | undefined;
function stringWidth(text: string, options: { ambiguousIsNarrow: boolean }): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (above)
  loaded ??= (require("string-width") as { default: typeof measureWidth }).default;
  return loaded(text, options);
}

/**
 * Whether the terminal draws East Asian Ambiguous characters (★ ▲ ● □ — …) two columns wide. Only a
 * CJK locale's terminal does (zh_TW.UTF-8, ja_JP, ko_KR, as LC_ALL, LC_CTYPE or LANG say); Windows
 * Terminal, macOS Terminal in English and every English locale draw them one column wide.
 */
export function ambiguousIsWide(env: NodeJS.ProcessEnv = process.env): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || "";
  return /^(zh|ja|ko)([_.@-]|$)/i.test(locale);
}

/** Columns a terminal gives the text: CJK two; the ambiguous ones as the locale's terminal draws them. */
export function width(text: string, ambiguousWide: boolean = ambiguousIsWide()): number {
  const plain = plainWidth(text);
  if (plain !== null) return plain;
  if (text.length > SHORT) return stringWidth(text, { ambiguousIsNarrow: !ambiguousWide });
  // Short text repeats down a table (—, ★, ▲ in every row): measured once.
  const known = SHORT_WIDTHS[ambiguousWide ? 1 : 0];
  let columns = known.get(text);
  if (columns === undefined) {
    columns = stringWidth(text, { ambiguousIsNarrow: !ambiguousWide });
    if (known.size < 10_000) known.set(text, columns);
  }
  return columns;
}

/** Text this long or shorter is remembered once measured (narrow, wide ambiguous). */
const SHORT = 8;
const SHORT_WIDTHS: readonly [Map<string, number>, Map<string, number>] = [new Map(), new Map()];

/**
 * The width of text of printable ASCII (one column each) and CJK ideographs (two each: East Asian
 * Wide, whatever the locale), counted directly; null for any other character, which string-width
 * measures. A table of a million rows is mostly such text, and string-width's grapheme and emoji
 * checks were a third of printing it.
 */
function plainWidth(text: string): number | null {
  let columns = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) columns += 1;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) columns += 2;
    else return null;
  }
  return columns;
}

// C0 and C1 controls and DEL (ESC clears the screen or retitles the window, BEL rings), and the
// invisible bidirectional overrides and zero-width marks that reorder or hide what a line says.
// eslint-disable-next-line no-control-regex -- the characters this escapes
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above, line feed aside
const HAS_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Workbook text as a terminal may print it: tab, line feed and carriage return as a space (one
 * table cell, one line), every other control character shown as its code (\x1B), never sent.
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === "\t" || c === "\n" || c === "\r") return " ";
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

/** Lines of output, each made safe, the line breaks between them kept. */
export function terminalLines(text: string): string {
  return HAS_CONTROL.test(text) ? text.split("\n").map(terminalText).join("\n") : text;
}

// What JSON.stringify leaves as it is of the characters above: it escapes C0 itself (\u001b, \n).
const JSON_UNESCAPED = /[\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as JSON a terminal may be given as it is: every control character and bidirectional or
 * zero-width mark in its strings written as a \uXXXX escape, so the JSON still parses to the same
 * value. The strings are looked at where they stand in the value, not in the JSON made of them:
 * 20,000 indicators' JSON is 17.5 million characters, their strings a fraction of that (12 ms
 * against 19 ms for one regex test on the JSON, measured on the bench's report).
 */
export function terminalJson(value: unknown, space?: number): string {
  // Asked before the JSON is made: the walk's garbage goes before 35 MB of text is held.
  const marked = holdsControl(value, new Set());
  const json = JSON.stringify(value, null, space);
  if (!marked) return json;
  return json.replace(JSON_UNESCAPED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * HAS_CONTROL.test(text), a character at a time: asked of every string of a report (20,000
 * indicators' names, cells and words), most of them a few characters long, where a regex's call
 * cost more than the look.
 */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x0a) return true;
    } else if (c >= 0x7f && c <= 0x9f) return true;
    else if (c >= 0x200b && c <= 0x2069 && (c <= 0x200f || (c >= 0x202a && c <= 0x202e) || c >= 0x2066)) return true;
  }
  return false;
}

/**
 * Whether any string in the value, or any key of its objects, holds a character HAS_CONTROL finds.
 * Keys repeat (every indicator's "name", "periods"): each is tested once, `keys` holding those passed.
 */
function holdsControl(value: unknown, keys: Set<string>): boolean {
  if (typeof value === "string") return hasControl(value);
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (holdsControl(item, keys)) return true;
    return false;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!keys.has(key)) {
      if (HAS_CONTROL.test(key)) return true;
      keys.add(key);
    }
    if (holdsControl(record[key], keys)) return true;
  }
  return false;
}
