import { IndicatorsError } from "../core/errors";
import { joinList } from "./locale-format";
import { hasKey, translate, type Language } from "./translate";

/**
 * An error's words in one language: a typed error (code and values) in the catalog's words for its
 * key, at the edge (the command's line, the pane's message bar). A message the catalog does not word
 * (a host's own error text, a line already worded in the run's language) is shown as it is.
 */
export function errorText(error: unknown, language: Language): string {
  if (error instanceof IndicatorsError && error.words !== null && hasKey(error.words.key)) {
    const params = Object.fromEntries(
      Object.entries(error.words.params).map(([k, v]) => [k, typeof v === "object" ? joinList(language, v) : v]),
    );
    return translate(language, error.words.key, params);
  }
  return error instanceof Error ? error.message : String(error);
}
