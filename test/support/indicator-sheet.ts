import { Package } from "../../src/xlsx/direct/package";
import { NODE_CODEC } from "../../src/xlsx/read-file";

const INDICATOR_ROWS = [
  ["衡量指標", "原定目標值", "實際值", "達成度"],
  ["辦理訓練場次", 120, 126, 1.05],
  ["服務滿意度", 0.9, 0.86, 0.9556],
  ["完成案件數", 300, 270, 0.9],
];

/**
 * A workbook with a small indicator sheet added the way a user adds one (a new sheet at the end,
 * its text inline), for the sheetjs workbooks, which hold no indicator table.
 */
export function withIndicatorSheet(bytes: Uint8Array): Uint8Array {
  const pkg = new Package(bytes, NODE_CODEC);
  // The workbook part where the package's relationships say (xl/workbook.xml as Excel names it).
  const root =
    /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(
      pkg.text("_rels/.rels") ?? "",
    );
  const bookPart = root?.[1] ?? root?.[2] ?? "xl/workbook.xml";
  const folder = bookPart.slice(0, bookPart.lastIndexOf("/"));
  const book = pkg.text(bookPart) ?? "";
  const relsPart = `${folder}/_rels/${bookPart.slice(folder.length + 1)}.rels`;
  const rels = pkg.text(relsPart) ?? "";
  const strict = book.includes("http://purl.oclc.org/ooxml/spreadsheetml/main");
  const main = strict
    ? "http://purl.oclc.org/ooxml/spreadsheetml/main"
    : "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const relNs = strict
    ? "http://purl.oclc.org/ooxml/officeDocument/relationships"
    : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  let n = 1;
  while (pkg.has(`${folder}/worksheets/sheet${n}.xml`)) n++;
  let id = 1;
  while (rels.includes(`Id="rId${id}"`)) id++;
  const sheetIds = [...book.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const cell = (value: string | number, r: number, c: number): string => {
    const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
    return typeof value === "number"
      ? `<c r="${ref}"><v>${value}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
  };
  const rows = INDICATOR_ROWS.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, r, c)).join("")}</row>`);
  pkg.set(
    `${folder}/worksheets/sheet${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}"><sheetData>${rows.join("")}</sheetData></worksheet>`,
  );
  pkg.set(
    relsPart,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rId${id}" Type="${relNs}/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`,
    ),
  );
  const prefix = /<(\w+:)?sheets\b/.exec(book)?.[1] ?? "";
  const rPrefix = new RegExp(`xmlns:(\\w+)="${relNs.replace(/[./]/g, "\\$&")}"`).exec(book)?.[1];
  if (rPrefix === undefined) throw new Error("no relationships prefix in workbook.xml");
  pkg.set(
    bookPart,
    book.replace(
      `</${prefix}sheets>`,
      `<${prefix}sheet name="績效指標" sheetId="${Math.max(0, ...sheetIds) + 1}" ${rPrefix}:id="rId${id}"/></${prefix}sheets>`,
    ),
  );
  const types = pkg.text("[Content_Types].xml") ?? "";
  pkg.set(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/${folder}/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  return pkg.bytes();
}
