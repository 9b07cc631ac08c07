import type { Grid } from "../layout/grid";
import { addressOf } from "../layout/grid";
import type { Draft } from "../targets/drafts";
import type { DraftMethod } from "../targets/draft-methods";
import { sourceAt } from "./grid-lookup";
import type { ReportLanguage } from "./report-strings";
import { followCell } from "./source-expression";
import { fittedWidths } from "./widths";
import {
  BLANK,
  DRAFTS_MARKER,
  formula,
  num,
  text,
  type ColumnFormat,
  type PlanCell,
  type WritePlan,
} from "./write-plan";

const STRINGS = {
  "zh-TW": {
    sheetName: "目標草案",
    title: "下期目標草案（可直接修改；公式引用原始儲存格）",
    headers: ["指標", "方法", "下期", "草案目標", "前期目標", "前期實際", "提醒", "使用資料"],
    helpers: ["歷史期別", "歷史實際值"],
    methods: {
      trend: "線性趨勢（FORECAST.LINEAR）",
      growth: "平均成長（RRI）",
      hold: "維持（前期目標與實際之較佳者）",
      stretch: "挑戰目標",
    },
    lowered: "下修：低於前期目標或實際值，需說明理由",
    loweredLower: "下修：高於前期目標或實際值（越低越好），需說明理由",
    used: (cells: string) => `實際值 ${cells}`,
    none: "資料不足",
  },
  en: {
    sheetName: "Target drafts",
    title: "Next-period target drafts (edit freely; formulas point at the source cells)",
    headers: ["Indicator", "Method", "Next period", "Draft target", "Last target", "Last actual", "Warning", "Inputs"],
    helpers: ["Past periods", "Past actuals"],
    methods: {
      trend: "Linear trend (FORECAST.LINEAR)",
      growth: "Average growth (RRI)",
      hold: "Hold the line (better of last target and actual)",
      stretch: "Stretch",
    },
    lowered: "Lowered: below the last target or actual; state a reason",
    loweredLower: "Lowered: above the last target or actual (lower is better); state a reason",
    used: (cells: string) => `actuals ${cells}`,
    none: "not enough history",
  },
} as const;

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
  language: ReportLanguage = "zh-TW",
): WritePlan {
  const s = STRINGS[language];
  const n = Math.max(1, ...drafts.map((d) => d.history.length));
  const methodName = method === "stretch" ? `${s.methods.stretch} ${d3(stretch * 100)}%` : s.methods[method];
  const formats: ColumnFormat[] = [];
  const body = drafts.map((d, i) => {
    const row = HEADER_ROW + 1 + i;
    const lower = d.inputs.direction === "lower";
    const isRate = d.indicator.kind === "rate" || d.indicator.unit === "%";
    formats.push({ col: 3, fromRow: row, toRow: row, numberFormat: isRate ? "0.00%" : "#,##0.00" });
    const used = d.history.map((h) => `${h.x}:${h.cell}`).join(", ");
    const cells: PlanCell[] = [
      text(d.indicator.name),
      text(methodName),
      num(d.nextX),
      formula(draftFormula(method, row, d, n, stretch)),
      source(grids, d.sheet, d.lastTargetCell),
      source(grids, d.sheet, d.lastActualCell),
      formula(warningFormula(row, lower, lower ? s.loweredLower : s.lowered)),
      text(d.value === null ? `${s.used(used)}（${s.none}）` : s.used(used)),
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
      },
    ],
    conditionalFormats: [],
  };
}

function d3(x: number): string {
  return String(Number(x.toFixed(3)));
}
