/**
 * A minimal .zip writer for hostile packages: every field can lie (sizes, CRC, flags), which no
 * zip library lets a test do. Node only.
 */
import { crc32, deflateRawSync } from "node:zlib";

export interface ZipPart {
  readonly name: string;
  readonly data: Buffer | string;
  /** 0 stored, 8 deflated (default). */
  readonly method?: number;
  /** Already compressed bytes to store as they are (a bomb built by streaming). */
  readonly compressed?: Buffer;
  /** The uncompressed size the headers state (default: the true one). */
  readonly statedSize?: number;
  readonly crc?: number;
  readonly flags?: number;
}

export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = typeof part.data === "string" ? Buffer.from(part.data, "utf8") : part.data;
    const method = part.method ?? 8;
    const body = part.compressed ?? (method === 8 ? deflateRawSync(data) : data);
    const name = Buffer.from(part.name, "utf8");
    const crc = part.crc ?? crc32(data);
    const size = part.statedSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(part.flags ?? 0, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(size >>> 0, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface XlsxOptions {
  /** The sheet part's XML inside <worksheet>: <sheetData>…</sheetData> and what follows. */
  readonly sheetBody: string;
  /** Prefix every SpreadsheetML element with this (e.g. "x"), as some generators do. */
  readonly prefix?: string;
  /** The relationships namespace's prefix (default r). */
  readonly relPrefix?: string;
  readonly sharedStrings?: readonly string[];
  readonly extra?: readonly ZipPart[];
  /** Leave out the styles part (the direct writer then declines, and exceljs writes the report). */
  readonly noStyles?: boolean;
  /** Replace the named parts' data. */
  readonly override?: Readonly<Record<string, Partial<ZipPart>>>;
}

/** A small .xlsx whose parts are written by hand, so any of them can be hostile. */
export function xlsxParts(options: XlsxOptions): ZipPart[] {
  const p = options.prefix ? `${options.prefix}:` : "";
  const ns = options.prefix ? `xmlns:${options.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const strings = options.sharedStrings ?? [];
  const rel = options.relPrefix ?? "r";
  const parts: ZipPart[] = [
    {
      name: "[Content_Types].xml",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns} xmlns:${rel}="${RELS}"><${p}sheets><${p}sheet name="S" sheetId="1" ${rel}:id="rId1"/></${p}sheets></${p}workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${RELS}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: "xl/worksheets/sheet1.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}>${options.sheetBody}</${p}worksheet>`,
    },
    {
      name: "xl/sharedStrings.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><${p}sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">${strings
        .map((t) => `<${p}si><${p}t>${t}</${p}t></${p}si>`)
        .join("")}</${p}sst>`,
    },
    {
      name: "xl/styles.xml",
      data:
        `<?xml version="1.0" encoding="UTF-8"?><${p}styleSheet ${ns}><${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font></${p}fonts>` +
        `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>` +
        `<${p}borders count="1"><${p}border/></${p}borders><${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs>` +
        `<${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></${p}cellXfs></${p}styleSheet>`,
    },
    ...(options.extra ?? []),
  ].filter((part) => !(options.noStyles && part.name === "xl/styles.xml"));
  return parts.map((part) => ({ ...part, ...(options.override?.[part.name] ?? {}) }));
}

export function xlsx(options: XlsxOptions): Buffer {
  return zip(xlsxParts(options));
}

/** A long table (衡量指標 / 目標值 / 實際值) of n indicators from row 1, as <row> elements; `p` the prefix. */
export function tableRows(n = 3, p = ""): string {
  const s = (ref: string, i: number) => `<${p}c r="${ref}" t="s"><${p}v>${i}</${p}v></${p}c>`;
  const v = (ref: string, x: number) => `<${p}c r="${ref}"><${p}v>${x}</${p}v></${p}c>`;
  let out = `<${p}row r="1">${s("A1", 0)}${s("B1", 1)}${s("C1", 2)}</${p}row>`;
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    out += `<${p}row r="${r}">${s(`A${r}`, 3 + i)}${v(`B${r}`, 100)}${v(`C${r}`, 90 + i * 5)}</${p}row>`;
  }
  return out;
}

export function tableStrings(n = 3): string[] {
  return ["衡量指標", "目標值", "實際值", ...Array.from({ length: n }, (_, i) => `服務件數${i + 1}`)];
}
