import { errorText, translate } from "../../messages";
import { languageFor } from "../i18n/language-context";

/**
 * The words for a pane that could not start, written before React could: in the Office display
 * language when Office told it, else the browser's (the pane's rule: any Chinese → 繁體中文).
 */
export function startFailedText(error: unknown, displayLanguage: string | null): string {
  const language = languageFor(displayLanguage);
  return translate(language, "pane.startFailed", { reason: errorText(error, language) });
}
