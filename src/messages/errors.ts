import type { Language } from "./translate";

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/;

/**
 * An error's words in one language. The engine's and adapters' errors say what went wrong in both
 * languages, "zh-TW / English" (a log line must be readable by whoever reads it); what a person
 * sees at the command line or in the pane is the half in their language. A message without that
 * form (a host's own error text) is shown as it is.
 */
export function errorText(error: unknown, language: Language): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split("\n");
  return lines.map((line) => halfOf(line, language)).join("\n");
}

function halfOf(line: string, language: Language): string {
  // The separator is the first " / " with Chinese on its left and no Chinese punctuation on its right
  // (English never uses 「」，。; a file name on either side may hold ideographs or " / ").
  let at = line.indexOf(" / ");
  while (at !== -1) {
    const left = line.slice(0, at);
    const right = line.slice(at + 3);
    if (CJK.test(left) && !CJK_PUNCTUATION.test(right)) return language === "zh-TW" ? left : right;
    at = line.indexOf(" / ", at + 3);
  }
  return line;
}
