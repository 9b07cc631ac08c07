/**
 * translate returns a plain message (no argument, quote or brace) as it stands, without building a
 * formatter: that must be what the formatter would have made of it, for every such message of both
 * catalogs.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { EN } from "../../src/messages/en";
import { isPlain, translate } from "../../src/messages/translate";
import { ZH_TW, type MessageKey } from "../../src/messages/zh-TW";

test.each([
  ["zh-TW", ZH_TW],
  ["en", EN],
] as const)("every plain %s message reads as the formatter writes it", (language, catalog) => {
  let plain = 0;
  for (const [key, text] of Object.entries(catalog) as Array<[MessageKey, string]>) {
    if (!isPlain(text)) continue;
    plain++;
    const formatted = new IntlMessageFormat(text, language, undefined, { ignoreTag: true }).format({});
    expect(translate(language, key)).toBe(formatted);
  }
  expect(plain).toBeGreaterThan(100);
});

test("a message with an argument or a quote is still formatted", () => {
  expect(isPlain("共 {count} 項")).toBe(false);
  expect(isPlain("'{'literal'}'")).toBe(false);
  expect(isPlain("a}b")).toBe(false);
  expect(isPlain("指標|期別")).toBe(true);
});
