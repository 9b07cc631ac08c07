import { IntlMessageFormat } from "intl-messageformat";
import { EN } from "./en";
import { ZH_TW, type MessageKey } from "./zh-TW";

import type { Language } from "../core/plan/report-strings";

export type { Language };
export type MessageParams = Readonly<Record<string, string | number>>;

const CATALOGS: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { "zh-TW": ZH_TW, en: EN };

// Compiling a message costs far more than formatting it; a 20,000-indicator review formats thousands.
const compiled = new Map<string, IntlMessageFormat>();

function compile(language: Language, key: MessageKey): IntlMessageFormat {
  const id = `${language}\u0000${key}`;
  let format = compiled.get(id);
  if (format === undefined) {
    format = new IntlMessageFormat(CATALOGS[language][key], language, undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  return format;
}

/** The words for `key` in `language`, with plural rules and number formats of that language. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const text = CATALOGS[language][key];
  if (isPlain(text)) return text;
  const out = compile(language, key).format(params);
  return typeof out === "string" ? out : String(out);
}

/**
 * A message with no argument, no quote and no brace is its own output: no formatter is built for
 * it. The command's help is some 80 such messages, each an IntlMessageFormat (and a locale
 * resolved) at every start of the command, whatever it was asked to do.
 */
export function isPlain(text: string): boolean {
  return !text.includes("{") && !text.includes("}") && !text.includes("'");
}

/** A translator bound to one language: every output speaks one language only. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}

/** A catalog entry that holds a list ("指標|期別|…"): headers keep their order in one message. */
export function translateList(language: Language, key: MessageKey): string[] {
  return translate(language, key).split("|");
}

/** Every key that starts with `prefix` ("reading.columnRole."): a family of words the catalog names. */
export function keysUnder(prefix: string): MessageKey[] {
  return (Object.keys(ZH_TW) as MessageKey[]).filter((key) => key.startsWith(prefix));
}

export function hasKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(ZH_TW, key);
}

/** A table layout's name (multiYear, long, …) in words; an unknown code as it is. */
export function layoutWord(language: Language, code: string): string {
  const key = `layout.${code}`;
  return hasKey(key) ? translate(language, key) : code;
}
