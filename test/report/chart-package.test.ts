/**
 * The .xlsx package carries native charts wired as Excel reads them: content types, the sheet's
 * <drawing> and its relationship, the drawing's frames and theirs, and series formulas that point
 * at the report's own cells.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { JSDOM } from "jsdom";
import JSZip from "jszip";
import { saveWorkbook } from "../../src/xlsx/save-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { writeReport } from "../../src/usecases/report";
import { cli } from "../cli/run-cli";

const KPI = join(__dirname, "..", "fixtures", "shared", "kpi-report-107.xlsx");
const out = mkdtempSync(join(tmpdir(), "chart-package-"));

async function partsOf(path: string) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const read = async (name: string) => (await zip.file(name)?.async("string")) ?? null;
  return { zip, read, names: Object.keys(zip.files) };
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The report sheet's part, its drawing part, and the chart parts that drawing's frames name. */
async function wiring(path: string, sheetName = "績效報告") {
  const { read, names } = await partsOf(path);
  const workbook = (await read("xl/workbook.xml"))!;
  const sheetTag = workbook.match(/<sheet\b[^>]*>/g)!.find((t) => attr(t, "name") === sheetName)!;
  const wbRels = (await read("xl/_rels/workbook.xml.rels"))!;
  const target = wbRels.match(/<Relationship\b[^>]*>/g)!.find((t) => attr(t, "Id") === attr(sheetTag, "r:id"))!;
  const sheetPart = `xl/${attr(target, "Target")!}`;
  const sheetXml = (await read(sheetPart))!;
  const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)?.[1];
  const sheetRels = (await read(sheetPart.replace(/([^/]+)$/, "_rels/$1.rels")))!;
  const drawingRel = sheetRels.match(/<Relationship\b[^>]*>/g)!.find((t) => attr(t, "Id") === drawingId)!;
  const drawingPart = `xl/drawings/${attr(drawingRel, "Target")!.split("/").pop()!}`;
  const drawingXml = (await read(drawingPart))!;
  const drawingRels = (await read(drawingPart.replace(/([^/]+)$/, "_rels/$1.rels")))!;
  const chartParts = [...drawingXml.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map(([, id]) => {
    const rel = drawingRels.match(/<Relationship\b[^>]*>/g)!.find((t) => attr(t, "Id") === id)!;
    expect(attr(rel, "Type")).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart");
    return `xl/charts/${attr(rel, "Target")!.split("/").pop()!}`;
  });
  return { read, names, sheetXml, drawingRel, drawingPart, drawingXml, chartParts };
}

test("kpi-report-107: three chart parts, each reachable from the report sheet and typed in [Content_Types].xml", async () => {
  const output = join(out, "kpi.xlsx");
  expect((await cli("report", KPI, "-o", output)).code).toBe(0);
  const w = await wiring(output);
  expect(attr(w.drawingRel, "Type")).toBe(
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  );
  expect(w.chartParts).toHaveLength(3);
  // CT_Worksheet's order: <drawing> before <tableParts>.
  expect(w.sheetXml.indexOf("<drawing ")).toBeLessThan(w.sheetXml.indexOf("<tableParts"));
  const types = (await w.read("[Content_Types].xml"))!;
  expect(types).toContain(
    `<Override PartName="/${w.drawingPart}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
  );
  for (const part of w.chartParts) {
    expect(w.names).toContain(part);
    expect(types).toContain(
      `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
    );
    // Well-formed XML (xmllint exits non-zero otherwise).
    execFileSync("xmllint", ["--noout", "-"], { input: (await w.read(part))! });
  }
  execFileSync("xmllint", ["--noout", "-"], { input: w.drawingXml });
  // The achievement chart spans A:L (the table with its reasons columns) and ends just inside L (a
  // frame's edge on the printed area's edge is clipped).
  const to = /<xdr:to><xdr:col>(\d+)<\/xdr:col><xdr:colOff>(\d+)<\/xdr:colOff>/.exec(w.drawingXml)!;
  expect(Number(to[1])).toBe(11);
  expect(Number(to[2])).toBeGreaterThan(0);
});

test("the series formulas point at the report's cells: the reporting period's names and achievements, the years' targets and actuals", async () => {
  const output = join(out, "kpi-cells.xlsx");
  expect((await cli("report", KPI, "-o", output)).code).toBe(0);
  const w = await wiring(output);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  const sheet = workbook.getWorksheet("績效報告")!;
  const formulaOf = (address: string) => (sheet.getCell(address).value as { formula?: string } | null)?.formula;
  const refs = async (part: string) =>
    [...(await w.read(part))!.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map(([, f]) => f!.replace(/&apos;/g, "'"));
  const cellsOf = (ref: string) => {
    const m = /^'績效報告'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref)!;
    expect(m[1]).toBe(m[3]);
    return Array.from({ length: Number(m[4]) - Number(m[2]) + 1 }, (_, k) => `${m[1]}${Number(m[2]) + k}`);
  };
  // Achievement chart: categories and values of each series in order (cat, val) × 3.
  const [cat, val] = await refs(w.chartParts[0]!);
  const rows = cellsOf(cat!).map((a) => /^A(\d+)&""$/.exec(formulaOf(a)!)![1]!);
  expect(rows.map((r) => sheet.getCell(`B${r}`).value)).toEqual(["107", "107"]);
  expect(cellsOf(val!).map(formulaOf)).toEqual(rows.map((r) => `IF(ISNUMBER(G${r}),MIN(G${r},2),"")`));
  // A trend chart: the period, target and actual columns of one indicator's rows.
  const [tCat, tTarget, , tActual] = await refs(w.chartParts[1]!);
  const trendRows = cellsOf(tCat!).map((a) => a.slice(1));
  expect(trendRows.map((r) => sheet.getCell(`B${r}`).value)).toEqual(["104", "105", "106", "107"]);
  expect(new Set(trendRows.map((r) => sheet.getCell(`A${r}`).value)).size).toBe(1);
  expect(cellsOf(tTarget!)).toEqual(trendRows.map((r) => `D${r}`));
  expect(cellsOf(tActual!)).toEqual(trendRows.map((r) => `E${r}`));
  // Cached values for previews: the engine's achievement of the second indicator.
  expect(await w.read(w.chartParts[0]!)).toMatch(/<c:v>0\.968\d+<\/c:v>/);
});

test("a re-run on the written file replaces the report and its charts: still one drawing, three charts", async () => {
  const first = join(out, "rerun-1.xlsx");
  const second = join(out, "rerun-2.xlsx");
  expect((await cli("report", KPI, "-o", first)).code).toBe(0);
  const workbook = await XlsxWorkbook.fromFile(first);
  await writeReport(workbook);
  await saveWorkbook(workbook, second);
  const w = await wiring(second);
  expect(w.chartParts).toHaveLength(3);
  expect(w.names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toHaveLength(1);
  expect(w.names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(3);
});

/**
 * Child order of the elements written, as the schema's sequences give it (ECMA-376 Part 1, 5th ed.,
 * 18.3.1.99 CT_Worksheet; 21.2.2: CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart, CT_LineChart, CT_BarSer, CT_LineSer,
 * CT_CatAx, CT_ValAx, CT_Scaling; 20.5.2: CT_TwoCellAnchor, CT_GraphicalObjectFrame). Excel refuses
 * ("We found a problem with some content") a part whose children are out of order.
 */
const SEQUENCES: Record<string, string[]> = {
  // 18.3.1.99 CT_Worksheet: where the sheet's <drawing> goes among what exceljs wrote.
  worksheet:
    "sheetPr dimension sheetViews sheetFormatPr cols sheetData sheetCalcPr sheetProtection protectedRanges scenarios autoFilter sortState dataConsolidate customSheetViews mergeCells phoneticPr conditionalFormatting dataValidations hyperlinks printOptions pageMargins pageSetup headerFooter rowBreaks colBreaks customProperties cellWatches ignoredErrors smartTags drawing legacyDrawing legacyDrawingHF drawingHF picture oleObjects controls webPublishItems tableParts extLst".split(
      " ",
    ),
  chartSpace: [
    "date1904",
    "lang",
    "roundedCorners",
    "AlternateContent",
    "style",
    "clrMapOvr",
    "pivotSource",
    "protection",
    "chart",
    "spPr",
    "txPr",
    "externalData",
    "printSettings",
    "userShapes",
    "extLst",
  ],
  chart: [
    "title",
    "autoTitleDeleted",
    "pivotFmts",
    "view3D",
    "floor",
    "sideWall",
    "backWall",
    "plotArea",
    "legend",
    "plotVisOnly",
    "dispBlanksAs",
    "showDLblsOverMax",
    "extLst",
  ],
  plotArea: ["layout", "barChart", "lineChart", "catAx", "valAx", "spPr", "extLst"],
  barChart: ["barDir", "grouping", "varyColors", "ser", "dLbls", "gapWidth", "overlap", "serLines", "axId", "extLst"],
  lineChart: [
    "grouping",
    "varyColors",
    "ser",
    "dLbls",
    "dropLines",
    "hiLowLines",
    "upDownBars",
    "marker",
    "smooth",
    "axId",
    "extLst",
  ],
  ser: [
    "idx",
    "order",
    "tx",
    "spPr",
    "invertIfNegative",
    "pictureOptions",
    "marker",
    "dPt",
    "dLbls",
    "trendline",
    "errBars",
    "cat",
    "val",
    "smooth",
    "shape",
    "extLst",
  ],
  catAx: [
    "axId",
    "scaling",
    "delete",
    "axPos",
    "majorGridlines",
    "minorGridlines",
    "title",
    "numFmt",
    "majorTickMark",
    "minorTickMark",
    "tickLblPos",
    "spPr",
    "txPr",
    "crossAx",
    "crosses",
    "crossesAt",
    "auto",
    "lblAlgn",
    "lblOffset",
    "tickLblSkip",
    "tickMarkSkip",
    "noMultiLvlLbl",
    "extLst",
  ],
  valAx: [
    "axId",
    "scaling",
    "delete",
    "axPos",
    "majorGridlines",
    "minorGridlines",
    "title",
    "numFmt",
    "majorTickMark",
    "minorTickMark",
    "tickLblPos",
    "spPr",
    "txPr",
    "crossAx",
    "crosses",
    "crossesAt",
    "crossBetween",
    "majorUnit",
    "minorUnit",
    "dispUnits",
    "extLst",
  ],
  scaling: ["logBase", "orientation", "max", "min", "extLst"],
  twoCellAnchor: ["from", "to", "sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart", "clientData"],
  graphicFrame: ["nvGraphicFramePr", "xfrm", "graphic"],
};

function outOfOrder(xml: string): string[] {
  const doc = new JSDOM(xml, { contentType: "text/xml" }).window.document;
  const problems: string[] = [];
  for (const [parent, order] of Object.entries(SEQUENCES)) {
    for (const element of Array.from(doc.getElementsByTagNameNS("*", parent))) {
      // CT_PlotArea's axes are a choice, in any order: catAx and valAx take one place.
      const children = Array.from(element.children).map((c) =>
        parent === "plotArea" && c.localName === "catAx" ? "valAx" : c.localName,
      );
      const positions = children.map((c) => order.indexOf(c));
      children.forEach((c, i) => {
        if (positions[i]! < 0) problems.push(`${parent} has no child ${c}`);
        else if (i > 0 && positions[i]! < positions[i - 1]!) problems.push(`${parent}: ${c} after ${children[i - 1]}`);
      });
    }
  }
  return problems;
}

test("the chart and drawing parts follow the schema's element order", async () => {
  const output = join(out, "kpi-order.xlsx");
  expect((await cli("report", KPI, "-o", output)).code).toBe(0);
  const w = await wiring(output);
  for (const part of w.chartParts) expect(outOfOrder((await w.read(part))!)).toEqual([]);
  expect(outOfOrder(w.drawingXml)).toEqual([]);
  expect(outOfOrder(w.sheetXml)).toEqual([]);
  // The check can fail: a title after the plot area is out of order.
  expect(outOfOrder("<chart><plotArea/><title/></chart>")).toEqual(["chart: title after plotArea"]);
});
