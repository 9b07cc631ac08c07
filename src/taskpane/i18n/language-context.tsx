import { createContext, useContext, useMemo } from "react";
import { translator, type Language, type Translate } from "../../messages";

export type { Language, Translate };

export const LanguageContext = createContext<Language>("zh-TW");

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/**
 * The pane's one door for words: `t("pane.search")`, a key the catalog defines in both languages
 * (src/messages/zh-TW.ts and en.ts), in the pane's language. Components hold no words of their own.
 */
export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => translator(language), [language]);
}

/** Office's display language decides the default: any Chinese → zh-TW, otherwise English. */
export function languageFor(displayLanguage: string | null): Language {
  return displayLanguage && /^zh/i.test(displayLanguage) ? "zh-TW" : "en";
}
