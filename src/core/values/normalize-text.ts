/**
 * Budget staff type figures with full-width digits and punctuation (an IME default),
 * so every text is folded to ASCII forms before it is parsed.
 */
const FULL_WIDTH_OFFSET = 0xfee0;

const PUNCTUATION: Readonly<Record<string, string>> = {
  "，": ",",
  "．": ".",
  "％": "%",
  "－": "-",
  "−": "-",
  "＋": "+",
  "／": "/",
  "　": " ",
  "＞": ">",
  "＜": "<",
  "＝": "=",
  "﹪": "%",
};

export function normalizeText(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) {
      out += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    } else {
      out += PUNCTUATION[ch] ?? ch;
    }
  }
  return out.replace(/\s+/g, " ").trim();
}
