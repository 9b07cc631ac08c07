import { createContext, useContext } from "react";
import { STRINGS, type Language, type Strings } from "./strings";

export const LanguageContext = createContext<Language>("zh-TW");

export function useStrings(): Strings {
  return STRINGS[useContext(LanguageContext)];
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}
