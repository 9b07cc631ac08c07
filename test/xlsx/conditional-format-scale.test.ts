/**
 * Adding conditional formats stays linear in the number of rules (issue 16): 20,000 rules on a
 * sheet that already holds 10,000 (a re-run). The sheet's rule list counts every element read;
 * a check that scans the list once per added rule reads it about 2 × 10^8 times and fails here
 * at once, by count, whatever the machine's speed.
 */
import ExcelJS from "exceljs";
import type { ConditionalFormatPlan } from "../../src/core";
import { addConditionalFormats } from "../../src/xlsx/apply-plan";

const RULES = 20_000;

function expression(i: number): ConditionalFormatPlan {
  return {
    kind: "expression",
    sheet: "績效",
    range: `F${i + 2}`,
    formula: `F${i + 2}<1`,
    fill: "FFC7CE",
    fontColor: "9C0006",
  };
}

/** The sheet's list behind a proxy that counts element reads and stops a quadratic scan early. */
function countingRules(sheet: ExcelJS.Worksheet, limit: number): { reads: () => number } {
  const target = sheet as unknown as { conditionalFormattings: unknown[] };
  let reads = 0;
  target.conditionalFormattings = new Proxy(target.conditionalFormattings, {
    get(list, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key) && ++reads > limit)
        throw new Error(`more than ${limit} reads of the rule list: quadratic`);
      return Reflect.get(list, key, receiver) as unknown;
    },
  });
  return { reads: () => reads };
}

describe("conditional formats at scale", () => {
  it("adds 20,000 rules to a sheet holding 10,000 with a linear number of reads, none twice", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("績效");
    const plans = Array.from({ length: RULES }, (_, i) => expression(i));
    addConditionalFormats(() => sheet, plans.slice(0, RULES / 2));
    const counter = countingRules(sheet, 5 * RULES);
    addConditionalFormats(() => sheet, plans);
    const list = (sheet as unknown as { conditionalFormattings: Array<{ ref: string }> }).conditionalFormattings;
    expect(list).toHaveLength(RULES);
    expect(new Set(list.map((cf) => cf.ref)).size).toBe(RULES);
    expect(counter.reads()).toBeLessThanOrEqual(2 * RULES);
  });
});
