import type { Grid } from "../layout/grid";
import { addressOf } from "../layout/grid";
import type { Draft } from "../targets/drafts";
import type { DraftMethod } from "../targets/draft-methods";
import { sourceAt } from "./grid-lookup";
import type { DraftsStrings } from "./report-strings";
import { followCell } from "./source-expression";
import { TITLE_STYLE } from "./sheet-styles";
import { draftFormat, figureFormat } from "../values/figure-format";
import { fittedWidths } from "./widths";
import {
  BLANK,
  DRAFTS_MARKER,
  footerText,
  formula,
  num,
  text,
  type ColumnFormat,
  type PlanCell,
  type WritePlan,
} from "./write-plan";

const HEADER_ROW = 3;
const HELPER_COL = 9;

function draftFormula(method: DraftMethod, row: number, d: Draft, n: number, stretch: number): string {
  const k = d.history.length;
  const xs = `${addressOf(row, HELPER_COL)}:${addressOf(row, HELPER_COL + Math.max(k, 1) - 1)}`;
  const ys = `${addressOf(row, HELPER_COL + n)}:${addressOf(row, HELPER_COL + n + Math.max(k, 1) - 1)}`;
  const next = addressOf(row, 2);
  const target = addressOf(row, 4);
  const actual = addressOf(row, 5);
  const lower = d.inputs.direction === "lower";
  switch (method) {
    case "trend":
      return `IF(COUNT(${ys})<2,"",IFERROR(FORECAST.LINEAR(${next},${ys},${xs}),""))`;
    case "growth": {
      const firstX = addressOf(row, HELPER_COL);
      const lastX = addressOf(row, HELPER_COL + Math.max(k, 1) - 1);
      const firstY = addressOf(row, HELPER_COL + n);
      const lastY = addressOf(row, HELPER_COL + n + Math.max(k, 1) - 1);
      return `IF(COUNT(${ys})<2,"",IFERROR(${lastY}*(1+RRI(${lastX}-${firstX},${firstY},${lastY})),""))`;
    }
    case "hold":
      return `IF(COUNT(${target},${actual})=0,"",${lower ? "MIN" : "MAX"}(${target},${actual}))`;
    case "stretch":
      return `IF(ISNUMBER(${actual}),${actual}*(1${lower ? "-" : "+"}${stretch}),"")`;
  }
}

function warningFormula(row: number, lower: boolean, message: string): string {
  const d = addressOf(row, 3);
  const cmp = (ref: string) => `AND(ISNUMBER(${ref}),${d}${lower ? ">" : "<"}${ref})`;
  return `IF(ISNUMBER(${d}),IF(OR(${cmp(addressOf(row, 4))},${cmp(addressOf(row, 5))}),"${message}",""),"")`;
}

function source(grids: readonly Grid[], sheet: string, cell: string | null): PlanCell {
  return cell === null
    ? BLANK
    : followCell(
        sheet,
        sourceAt(
          grids.find((g) => g.sheet === sheet),
          cell,
        ),
      );
}

/** The draft sheet: one row per indicator, the draft as a live formula, its method and inputs named. */
export function buildDraftsPlan(
  grids: readonly Grid[],
  drafts: readonly Draft[],
  method: DraftMethod,
  stretch: number,
  s: DraftsStrings,
): WritePlan {
  const n = Math.max(1, ...drafts.map((d) => d.history.length));
  const methodName = s.method(method, d3(stretch * 100));
  const formats: ColumnFormat[] = [];
  const body = drafts.map((d, i) => {
    const row = HEADER_ROW + 1 + i;
    const lower = d.inputs.direction === "lower";
    const figures = d.history.map((h) => h.y);
    // The draft at its source's precision with its unit; the previous target and actual as the report shows them.
    formats.push({ col: 3, fromRow: row, toRow: row, numberFormat: draftFormat(d.indicator, figures) });
    for (const col of [4, 5])
      formats.push({ col, fromRow: row, toRow: row, numberFormat: figureFormat(d.indicator, figures) });
    const warning = lower ? s.loweredLower : s.lowered;
    const used = d.history.map((h) => `${h.x}:${h.cell}`).join(", ");
    const cells: PlanCell[] = [
      text(d.indicator.name),
      text(methodName),
      num(d.nextX),
      formula(draftFormula(method, row, d, n, stretch), d.value ?? ""),
      source(grids, d.sheet, d.lastTargetCell),
      source(grids, d.sheet, d.lastActualCell),
      formula(warningFormula(row, lower, warning), d.lowered ? warning : ""),
      text(s.used(used, d.value !== null)),
      BLANK,
    ];
    const past = Array.from({ length: n }, (_, k) => d.history[k]);
    cells.push(...past.map((h) => (h ? num(h.x) : BLANK)));
    cells.push(...past.map((h) => (h ? source(grids, d.sheet, h.cell) : BLANK)));
    return cells;
  });
  const header: PlanCell[] = [
    ...s.headers.map(text),
    BLANK,
    text(s.helpers[0]),
    ...Array.from({ length: n - 1 }, () => BLANK),
    text(s.helpers[1]),
  ];
  const last = HEADER_ROW + Math.max(body.length, 1);
  return {
    sheets: [
      {
        name: s.sheetName,
        role: "drafts",
        marker: DRAFTS_MARKER,
        ranges: [
          { row: 0, col: 0, cells: [[text(s.title)]] },
          { row: HEADER_ROW, col: 0, cells: [header, ...body] },
        ],
        columnFormulas: [],
        columnFormats: formats,
        tables:
          body.length === 0
            ? []
            : [{ name: "TargetDrafts", top: HEADER_ROW, left: 0, bottom: last, right: 7, style: "TableStyleMedium7" }],
        freezeRows: HEADER_ROW + 1,
        columnWidths: fittedWidths([header, ...body], 40),
        styles: [{ fromRow: 0, toRow: 0, fromCol: 0, toCol: 0, style: TITLE_STYLE }],
        print: {
          landscape: true,
          fitToWidth: true,
          titleRows: { from: HEADER_ROW, to: HEADER_ROW },
          // The drafts' table prints, not the history columns its formulas read (they shrank the page to a smudge).
          area: { fromRow: 0, toRow: last, fromCol: 0, toCol: 7 },
          footer: { left: footerText(s.sheetName), center: s.pageOf, right: "&D" },
        },
      },
    ],
    conditionalFormats: [],
  };
}

function d3(x: number): string {
  return String(Number(x.toFixed(3)));
}
