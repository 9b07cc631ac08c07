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
  // The non-breaking hyphen and the hyphen (2011‑12 in Australian reports) are the ASCII one.
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

/**
 * Whether normalizeText would give the text back as it is: no full-width digit or punctuation, no
 * whitespace but single spaces between words. Most cells are such texts; returning them without
 * building a new string was a large part of reading a long table.
 */
function alreadyNormal(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code < 0x7f) continue;
    if (code === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === 0x20) return false;
      continue;
    }
    // Control characters and \t\n\r; 0xa0, 0x1680, 0x2000-0x200a, 0x2028, 0x2029, 0x202f, 0x205f
    // and 0x3000 are spaces to \s; 0x2212 is −; from 0xfe6a on, ﹪, the full-width forms and the BOM.
    if (code < 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x2212)) return false;
    if (code === 0x3000 || code >= 0xfe6a) return false;
  }
  return true;
}

export function normalizeText(text: string): string {
  if (alreadyNormal(text)) return text;
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
