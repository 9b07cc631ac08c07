import stringWidth from "string-width";

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
  return stringWidth(text, { ambiguousIsNarrow: !ambiguousWide });
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
