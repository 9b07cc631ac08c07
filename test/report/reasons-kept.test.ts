/**
 * Issue 23: 未達成原因 and 因應策略 are a person's, kept on every re-run by the row's sheet,
 * indicator and period: when the source's rows change order, each reason moves with its row.
 */
import {
  analyzeWorkbook,
  buildReportPlan,
  DEFAULT_REPORT_FIGURES,
  HEADER_ROW,
  keptReasons,
  reasonKey,
  type Grid,
  type PlanCell,
} from "../../src/core";
import { reportWords } from "../../src/messages";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { xlsxBufferOf, type WorkbookSpec } from "../support/workbook-spec";

const rows: Array<[string, number, number]> = [
  ["線上申辦件數", 100, 95],
  ["民眾滿意度", 90, 70],
  ["破獲案件數", 10, 12],
];

function spec(order: ReadonlyArray<[string, number, number]>): WorkbookSpec {
  const cells: Record<string, string | number> = { A1: "衡量指標", B1: "目標值", C1: "實際值" };
  order.forEach(([name, target, actual], k) => {
    cells[`A${k + 2}`] = name;
    cells[`B${k + 2}`] = target;
    cells[`C${k + 2}`] = actual;
  });
  return [{ name: "113年度", cells }];
}

async function gridsOf(order: ReadonlyArray<[string, number, number]>): Promise<Grid[]> {
  return (await XlsxWorkbook.fromBuffer(await xlsxBufferOf(spec(order)))).readAll();
}

const textOf = (cell: PlanCell | undefined): string => (cell?.kind === "text" ? cell.text : "");

test.each(["zh-TW", "en"] as const)("a reason moves with its row when the rows change order (%s)", async (lang) => {
  const words = reportWords(lang);
  const reordered = [rows[2]!, rows[1]!, rows[0]!];
  const grids = await gridsOf(reordered);
  const report = analyzeWorkbook(grids);
  // The period the report gives each row (this single-year sheet's, from its name).
  const periodOf = (name: string) => report.sheets[0]!.indicators.find((i) => i.name === name)!.periods[0]!.period;
  // The earlier report, as a person left it: reasons on 線上申辦件數 (▲) and 民眾滿意度 (●), in the
  // earlier order, the keys in a hidden column.
  const earlier: Grid = {
    sheet: words.sheetName,
    originRow: 0,
    originCol: 0,
    merges: [],
    cells: [
      [{ value: words.kinds.reason }, { value: words.kinds.measure }, { value: null }],
      [
        { value: "人力不足" },
        { value: "增聘人員" },
        { value: reasonKey("113年度", "線上申辦件數", periodOf("線上申辦件數")) },
      ],
      [{ value: "調查期間延後" }, { value: "" }, { value: reasonKey("113年度", "民眾滿意度", periodOf("民眾滿意度")) }],
    ],
  };
  const both = { reason: [words.kinds.reason], measure: [words.kinds.measure] };
  const kept = keptReasons(earlier, both);
  expect(kept.size).toBe(2);
  const plan = buildReportPlan(grids, report, { words, ...DEFAULT_REPORT_FIGURES, kept });
  const table = plan.sheets[0]!.ranges.find((r) => r.row === HEADER_ROW)!;
  const [header, ...body] = table.cells;
  const reasonCol = header!.findIndex((c) => textOf(c) === words.kinds.reason);
  const measureCol = header!.findIndex((c) => textOf(c) === words.kinds.measure);
  expect(reasonCol).toBeGreaterThan(0);
  const byName = new Map(body.map((r) => [textOf(r[0]), [textOf(r[reasonCol]), textOf(r[measureCol])]]));
  expect(body.map((r) => textOf(r[0]))).toEqual(["破獲案件數", "民眾滿意度", "線上申辦件數"]);
  expect(byName.get("線上申辦件數")).toEqual(["人力不足", "增聘人員"]);
  expect(byName.get("民眾滿意度")).toEqual(["調查期間延後", ""]);
  expect(byName.get("破獲案件數")).toEqual(["", ""]);
});
