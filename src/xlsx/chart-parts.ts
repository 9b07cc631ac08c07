import { minOf } from "../core/values/arrays";
import JSZip from "jszip";
import type { ChartPlan } from "../core";
import { chartXml, columnEmuOfWidth, drawingXml, escapeXml } from "./chart-xml";
import { CONTENT_TYPE, REL } from "./direct/rels";
import { attribute, elementsAfter, NS_RELS, XML_HEAD } from "./direct/xml-text";

/**
 * Adds native charts to an .xlsx package exceljs wrote (exceljs writes none): per sheet a drawing
 * part with one frame per chart, the chart parts, their relationships, the sheet's <drawing>
 * element, and the content types. Part numbers continue after any the package already has.
 */
/** Elements that follow <drawing> in CT_Worksheet's sequence: it goes before the first present. */
const AFTER_DRAWING = elementsAfter("drawing");

async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file === null ? null : await file.async("string");
}

/** The sheet's part path ("xl/worksheets/sheet3.xml") from its name, through workbook.xml and its rels. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = (await text(zip, "xl/workbook.xml")) ?? "";
  const rels = (await text(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const sheetTag = (workbook.match(/<sheet\b[^>]*>/g) ?? []).find((t) => attribute(t, "name") === name);
  const id = sheetTag === undefined ? null : attribute(sheetTag, "r:id");
  const relTag = (rels.match(/<Relationship\b[^>]*>/g) ?? []).find((t) => attribute(t, "Id") === id);
  const target = relTag === undefined ? null : attribute(relTag, "Target");
  if (target === null) throw new Error(`no part for sheet "${name}" in the package`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  let max = 0;
  zip.forEach((path) => {
    const m = pattern.exec(path);
    if (m?.[1] !== undefined) max = Math.max(max, Number(m[1]));
  });
  return max + 1;
}

function relsXml(entries: ReadonlyArray<{ id: string; type: string; target: string }>): string {
  const body = entries.map((e) => `<Relationship Id="${e.id}" Type="${e.type}" Target="${escapeXml(e.target)}"/>`);
  return `${XML_HEAD}<Relationships xmlns="${NS_RELS}">${body.join("")}</Relationships>`;
}

/** Adds a relationship to a rels part (created when absent); returns its new, unused id. */
async function addRelationship(zip: JSZip, path: string, type: string, target: string): Promise<string> {
  const current = (await text(zip, path)) ?? `${XML_HEAD}<Relationships xmlns="${NS_RELS}"></Relationships>`;
  const used = new Set((current.match(/\sId="([^"]*)"/g) ?? []).map((m) => m.slice(5, -1)));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const entry = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  zip.file(path, current.replace("</Relationships>", `${entry}</Relationships>`));
  return id;
}

function withDrawing(sheetXml: string, id: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error("the sheet already has a drawing part");
  const element = `<drawing r:id="${id}"/>`;
  const positions = AFTER_DRAWING.map((tag) => sheetXml.search(new RegExp(`<${tag}[\\s/>]`))).filter((i) => i >= 0);
  const at = positions.length > 0 ? minOf(positions) : sheetXml.lastIndexOf("</worksheet>");
  let xml = sheetXml.slice(0, at) + element + sheetXml.slice(at);
  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(xml))
    xml = xml.replace(
      "<worksheet",
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
    );
  return xml;
}

/** A column's width in EMU from the sheet's <cols>; a column without an entry has the default width. */
function columnEmu(sheetXml: string): (col: number) => number {
  const widths = (sheetXml.match(/<col\b[^>]*>/g) ?? []).map((tag) => ({
    min: Number(attribute(tag, "min")),
    max: Number(attribute(tag, "max")),
    width: Number(attribute(tag, "width")),
  }));
  return (col) => columnEmuOfWidth(widths.find((w) => w.min <= col + 1 && col + 1 <= w.max)?.width);
}

/** The package with the charts of each named sheet added. */
export async function addChartParts(
  bytes: ArrayBuffer | Uint8Array,
  charts: ReadonlyMap<string, readonly ChartPlan[]>,
  /** STORE when node's zlib deflates the package afterwards (saveWorkbook). */
  compression: "STORE" | "DEFLATE" = "DEFLATE",
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const overrides: string[] = [];
  let chartNumber = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  let drawingNumber = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  for (const [sheet, plans] of charts) {
    if (plans.length === 0) continue;
    const part = await sheetPart(zip, sheet);
    const drawing = `xl/drawings/drawing${drawingNumber}.xml`;
    const chartRels = plans.map((plan, k) => {
      const path = `xl/charts/chart${chartNumber + k}.xml`;
      zip.file(path, chartXml(plan, sheet));
      overrides.push(`<Override PartName="/${path}" ContentType="${CONTENT_TYPE.chart}"/>`);
      return { id: `rId${k + 1}`, type: REL.chart, target: `../charts/chart${chartNumber + k}.xml` };
    });
    chartNumber += plans.length;
    const sheetXml = (await text(zip, part)) ?? "";
    zip.file(drawing, drawingXml(plans, columnEmu(sheetXml)));
    zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, relsXml(chartRels));
    overrides.push(`<Override PartName="/${drawing}" ContentType="${CONTENT_TYPE.drawing}"/>`);
    const slash = part.lastIndexOf("/");
    const sheetRels = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
    const id = await addRelationship(zip, sheetRels, REL.drawing, `../drawings/drawing${drawingNumber}.xml`);
    zip.file(part, withDrawing(sheetXml, id));
    drawingNumber++;
  }
  const types = (await text(zip, "[Content_Types].xml")) ?? "";
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  return await zip.generateAsync({ type: "uint8array", compression });
}
