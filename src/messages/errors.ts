import { IndicatorsError } from "../core/errors";
import { hasKey, translate, type Language } from "./translate";

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/;

/**
 * An error's words in one language: a typed error (code and values) in the catalog's words for its
 * code, at the edge. Adapters' errors not yet typed say what went wrong in both
 * languages, "zh-TW / English" (a log line must be readable by whoever reads it); what a person
 * sees at the command line or in the pane is the half in their language. A message without that
 * form (a host's own error text) is shown as it is.
 */
export function errorText(error: unknown, language: Language): string {
  if (error instanceof IndicatorsError && error.words !== null && hasKey(error.words.key)) {
    const separator = translate(language, "pane.listSeparator");
    const params = Object.fromEntries(
      Object.entries(error.words.params).map(([k, v]) => [k, typeof v === "object" ? v.join(separator) : v]),
    );
    return translate(language, error.words.key, params);
  }
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
