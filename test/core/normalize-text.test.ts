/**
 * normalizeText returns most texts as they are without rebuilding them (a fast path): every text,
 * plain or not, must still come out as the character-by-character fold gives it.
 */
import { normalizeText } from "../../src/core/values/normalize-text";

/** The fold written out plainly, as normalizeText did it before its fast path. */
function folded(text: string): string {
  const punctuation: Record<string, string> = {
    "，": ",",
    "．": ".",
    "％": "%",
    "－": "-",
    "−": "-",
    "\u2011": "-",
    "\u2010": "-",
    "＋": "+",
    "／": "/",
    "　": " ",
    "＞": ">",
    "＜": "<",
    "＝": "=",
    "﹪": "%",
  };
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : (punctuation[ch] ?? ch);
  }
  return out.replace(/\s+/g, " ").trim();
}

const TEXTS = [
  "指標 1",
  "目標值",
  "Average days",
  " lead",
  "trail ",
  "two  spaces",
  "tab\there",
  "line\nbreak",
  "１２３．５％",
  "－５",
  "−5",
  "2011\u201112",
  "﹪",
  "a\u3000b",
  "a\u00a0b",
  "a\u2009b",
  "a\u200bb",
  "\ufeffBOM",
  "—",
  "※註",
  "😀 emoji",
  "",
  " ",
];

describe("normalizeText", () => {
  it.each(TEXTS)("folds %j as the plain fold does", (text) => {
    expect(normalizeText(text)).toBe(folded(text));
  });

  it("folds every character from U+0000 to U+FFFF beside letters as the plain fold does", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      if (normalizeText(text) !== folded(text)) throw new Error(`U+${code.toString(16)}`);
    }
  });
});
