import { sheetRef, type ChartPlan, type ChartSeriesPlan } from "../core";

/**
 * DrawingML for the plan's charts (ECMA-376 Part 1, 21.2 charts and 20.5 spreadsheet drawing),
 * elements in the order the schema's sequences require. exceljs writes no charts, so these parts
 * are added to the package it writes (chart-parts.ts).
 */
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CAT_AXIS = 500100;
const VAL_AXIS = 500200;
/** The reference lines' own axes (hidden), on which a line runs from the plot's left edge to its right. */
const LINE_CAT_AXIS = 500300;
const LINE_VAL_AXIS = 500400;

export function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** "M6:M20" on sheet S → 'S'!$M$6:$M$20: a chart's references are absolute. */
export function absoluteRef(sheet: string, range: string): string {
  return sheetRef(sheet, range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2"));
}

function rich(textValue: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr>` +
    `<a:r><a:rPr lang="zh-TW" sz="${size}"${b}/><a:t>${escapeXml(textValue)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(textValue: string, size: number): string {
  return `<c:title>${rich(textValue, size, size >= 1200)}<c:overlay val="0"/></c:title>`;
}

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: ReadonlyArray<number | null>, format: string): string {
  // A missing point (a blank or #N/A cell) has no <c:pt>: the chart leaves a gap.
  const pts = values
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function shape(series: ChartSeriesPlan): string {
  const fill = `<a:solidFill><a:srgbClr val="${series.color}"/></a:solidFill>`;
  if (series.as === "bar") return `<c:spPr>${fill}</c:spPr>`;
  const dash = series.dashed ? '<a:prstDash val="dash"/>' : "";
  return `<c:spPr><a:ln w="28575" cap="rnd">${fill}${dash}<a:round/></a:ln></c:spPr>`;
}

/** A bar per point in its own colour (CT_DPt). */
function pointsXml(series: ChartSeriesPlan): string {
  return (series.pointColors ?? [])
    .map((color, i) =>
      color === null
        ? ""
        : `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr></c:dPt>`,
    )
    .join("");
}

/** Each point's value on it (CT_DLbls), small, at the bar's end. */
function labelsXml(series: ChartSeriesPlan): string {
  if (series.labels === undefined) return "";
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXml(series.labels)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800" b="0"/></a:pPr><a:endParaRPr lang="zh-TW"/></a:p></c:txPr>` +
    `<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

function seriesXml(chart: ChartPlan, sheet: string, series: ChartSeriesPlan, index: number): string {
  const head = `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>${shape(series)}`;
  const cat = `<c:cat><c:strRef><c:f>${escapeXml(absoluteRef(sheet, chart.categories.range))}</c:f>${strCache(chart.categories.cache)}</c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${escapeXml(absoluteRef(sheet, series.values))}</c:f>${numCache(series.cache, chart.valueAxis.numberFormat)}</c:numRef></c:val>`;
  if (series.as === "bar")
    return `<c:ser>${head}<c:invertIfNegative val="0"/>${pointsXml(series)}${labelsXml(series)}${cat}${val}</c:ser>`;
  // Reference lines carry no markers; a trend marks each period.
  const marker = chart.kind === "bar" ? '<c:marker><c:symbol val="none"/></c:marker>' : "";
  return `<c:ser>${head}${marker}${cat}${val}<c:smooth val="0"/></c:ser>`;
}

const AXIS_IDS = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;

function scaling(chart: ChartPlan): string {
  const { minimum, maximum } = chart.valueAxis;
  return (
    `<c:scaling><c:orientation val="minMax"/>${maximum === undefined ? "" : `<c:max val="${maximum}"/>`}` +
    `${minimum === undefined ? "" : `<c:min val="${minimum}"/>`}</c:scaling>`
  );
}

/** Bars coloured point by point have no one colour for the legend to show: their entry is left out. */
function legendEntries(chart: ChartPlan): string {
  return chart.series
    .map((series, i) =>
      series.pointColors === undefined ? "" : `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>`,
    )
    .join("");
}

export function chartXml(chart: ChartPlan, sheet: string): string {
  const indexed = chart.series.map((series, i) => ({ series, i }));
  const bars = indexed.filter(({ series }) => series.as === "bar");
  const lines = indexed.filter(({ series }) => series.as === "line");
  const across = chart.horizontal === true;
  // Lines over bars (the 100% and yellow-band references) run on hidden axes of their own whose
  // points sit on the tick marks: from the plot's left edge to its right, not from bar centre to bar centre.
  const ownAxes = lines.some(({ series }) => series.ownAxis === true) && !across;
  const barChart =
    bars.length === 0
      ? ""
      : `<c:barChart><c:barDir val="${across ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars
          .map(({ series, i }) => seriesXml(chart, sheet, series, i))
          .join("")}<c:gapWidth val="60"/>${AXIS_IDS}</c:barChart>`;
  const lineChart =
    lines.length === 0 || across
      ? ""
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines
          .map(({ series, i }) => seriesXml(chart, sheet, series, i))
          .join(
            "",
          )}<c:marker val="1"/>${ownAxes ? `<c:axId val="${LINE_CAT_AXIS}"/><c:axId val="${LINE_VAL_AXIS}"/>` : AXIS_IDS}</c:lineChart>`;
  const catAx =
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${across ? "l" : "b"}"/>${title(chart.categoryAxis.title, 900)}<c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AXIS}"/>${scaling(chart)}<c:delete val="0"/>` +
    `<c:axPos val="${across ? "b" : "l"}"/><c:majorGridlines/>${title(chart.valueAxis.title, 900)}` +
    `<c:numFmt formatCode="${escapeXml(chart.valueAxis.numberFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  const lineAxes = ownAxes
    ? `<c:catAx><c:axId val="${LINE_CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="1"/>` +
      `<c:axPos val="b"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="none"/>` +
      `<c:crossAx val="${LINE_VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
      `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
      `<c:valAx><c:axId val="${LINE_VAL_AXIS}"/>${scaling(chart)}<c:delete val="1"/><c:axPos val="r"/>` +
      `<c:numFmt formatCode="${escapeXml(chart.valueAxis.numberFormat)}" sourceLinked="0"/>` +
      `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="none"/>` +
      `<c:crossAx val="${LINE_CAT_AXIS}"/><c:crosses val="max"/><c:crossBetween val="midCat"/></c:valAx>`
    : "";
  return (
    HEAD +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title, 1200)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `${barChart}${lineChart}${catAx}${valAx}${lineAxes}</c:plotArea>` +
    // One series needs no legend (its bars' colours are the lights, which the note under the chart explains).
    (chart.series.length > 1
      ? `<c:legend><c:legendPos val="b"/>${legendEntries(chart)}<c:overlay val="0"/></c:legend>`
      : "") +
    // The achievement chart reads hidden helper columns: hidden cells must still be plotted.
    `<c:plotVisOnly val="0"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/**
 * A column's width in EMU (ECMA-376 18.3.1.13: width in characters of the default font; pixels =
 * trunc((256 × width + trunc(128 / 7)) / 256 × 7) at 7 pixels a character), 9,525 EMU a pixel. A
 * column without a width has the default 8.43 characters (64 pixels).
 */
export function columnEmuOfWidth(width: number | undefined): number {
  const pixels = width === undefined ? 64 : Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 9525;
}

/** Column widths by 0-based column → a column's width in EMU. */
export function columnEmuOf(widths: readonly number[]): (col: number) => number {
  return (col) => columnEmuOfWidth(widths[col]);
}

/** A few pixels in EMU (9,525 a pixel): how far a chart's right edge stays inside its last column. */
const INSET_EMU = 4 * 9525;

/**
 * One drawing part per sheet, one anchored frame per chart; chart k is relationship rId{k+1}. A
 * chart's right edge ends just inside the column before `toCol`, not on its border: LibreOffice
 * clips a frame's edge that lies on the printed area's edge. `columnEmu` gives a column's width.
 */
export function drawingXml(charts: readonly ChartPlan[], columnEmu: (col: number) => number = () => 64 * 9525): string {
  const anchors = charts.map((chart, k) => {
    const { fromRow, fromCol, toRow, toCol } = chart.anchor;
    const corner = (tag: string, row: number, col: number, colOff = 0) =>
      `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>${colOff}</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    const last = toCol - 1;
    const end =
      last >= fromCol
        ? corner("to", toRow, last, Math.max(0, columnEmu(last) - INSET_EMU))
        : corner("to", toRow, toCol);
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${corner("from", fromRow, fromCol)}${end}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="${escapeXml(`Chart ${k + 1}`)}" descr="${escapeXml(chart.title)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${k + 1}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return HEAD + `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join("")}</xdr:wsDr>`;
}
