/**
 * What the hostile corpus asks of every line the command prints about a file: one language, and a
 * next step. The user's own text (a file's path, a sheet's name in 「」 or “ ”) is not the command's
 * words and is taken out first; so are the names no language translates (Excel, .xlsx, a part's
 * path, a cell reference, the command's own options and variables).
 */
export type Lang = "zh-TW" | "en";

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g;
/** Tokens a Chinese line keeps in Latin letters. */
const UNTRANSLATED = [
  /\b(?:Excel|Word|PowerPoint|LibreOffice|PDF|CRC|MB)\b/g,
  /\bindicators(?: [a-z]+)?\b/g, // the command and its subcommands
  /--[a-z-]+/g,
  /\bINDICATORS_[A-Z_]+\b/g,
  /[\w.-]*(?:\/[\w.[\]-]+)+/g, // a part's path in the package: xl/worksheets/sheet1.xml
  /\.[a-z]{2,4}\b/g, // an extension
  /\b[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?\b/g, // a cell or a range
];

/** The command's own words in `line`: the file's path and quoted user text removed. */
function ownWords(line: string, file: string): string {
  return line
    .split(file)
    .join("")
    .replace(/「[^」]*」|“[^”]*”|"[^"]*"/g, "");
}

/** Words of the other language in `line` (empty when there are none). */
export function foreignWords(line: string, lang: Lang, file: string): string[] {
  let own = ownWords(line, file);
  if (lang === "en") return own.match(CJK) ?? [];
  for (const token of UNTRANSLATED) own = own.replace(token, " ");
  return own.match(/[A-Za-z]{2,}/g) ?? [];
}

/** Whether a refusal says what to do: an instruction (請… in Chinese; an imperative clause in English). */
export function saysWhatToDo(line: string, lang: Lang): boolean {
  if (lang === "zh-TW") return /請[^。]{2,}/.test(line);
  return /(?:^|[.;:] )(?:if [^,]+, )?(?:open|save|remove|name|unmerge|make|free|write|check|split|allow|declare|paste|add|enter)\b/i.test(
    line,
  );
}
