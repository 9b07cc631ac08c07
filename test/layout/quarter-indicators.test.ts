/**
 * Issue 21, round 2026-12-08a (a council's quarterly key performance indicators: "Indicator |
 * Description | Directorate | Last quarter | This quarter | Target | Status"): a column of outline
 * codes with the kind of measure ("1.1.2.PI", "1.2.1.KR") numbers the rows, the descriptions name
 * them; "Last quarter" and "This quarter" are two periods, the target the latest's; a Red status is a
 * target missed, which tells the direction where the result is above its target.
 */
import { analyzeWorkbook } from "../../src/core";
import { isItemCode } from "../../src/core/layout/item-codes";
import { rowGrid, type Row } from "../support/row-grid";

const read = (rows: Row[]) =>
  analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators.map((i) => ({
    name: i.name,
    direction: i.direction,
    periods: i.periods.map((p) => [p.period, p.target, p.actual]),
  })) ?? [];

test.each(["1.1.2.PI", "1.2.1.KR", "2.3.KPI"])("%s is an item's code", (text) => expect(isItemCode(text)).toBe(true));

test("codes beside descriptions, the quarter before and this one, and a target of this quarter", () => {
  expect(
    read([
      ["Indicator", "Description", "Directorate", "Last quarter", "This quarter", "Target", "Status"],
      [
        "1.1.3.KR",
        "Percentage of children with a school placement in borough",
        "People",
        "72.4%",
        "73.4%",
        "75%",
        "Green",
      ],
      ["1.2.1.KR", "Percentage of care leavers without a placement", "People", "62.5%", "53.6%", "36%", "Red"],
    ]),
  ).toEqual([
    {
      name: "Percentage of children with a school placement in borough",
      direction: "higher",
      periods: [
        ["Last quarter", null, 0.724],
        ["This quarter", 0.75, 0.734],
      ],
    },
    {
      name: "Percentage of care leavers without a placement",
      direction: "lower",
      periods: [
        ["Last quarter", null, 0.625],
        ["This quarter", 0.36, 0.536],
      ],
    },
  ]);
});

test("a second layout: Ref | Measure | Previous quarter | Current quarter | Target | RAG", () => {
  const indicators = read([
    ["Ref", "Measure", "Previous quarter", "Current quarter", "Target", "RAG"],
    ["2.1.1.PI", "Households in temporary accommodation", 120, 140, 100, "Red"],
    ["2.1.2.PI", "New homes delivered", 80, 95, 90, "Green"],
  ]);
  expect(indicators.map((i) => [i.name, i.direction, i.periods.length])).toEqual([
    ["Households in temporary accommodation", "lower", 2],
    ["New homes delivered", "higher", 2],
  ]);
});
