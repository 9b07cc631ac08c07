/**
 * Issue 21, round 2026-12-07q (two ministers' written answers: "I have set Historic Scotland the
 * following key performance targets for 1997–98:" over its lines and their section headings; "For
 * 1998–99, the following performance targets have been set:" over "(blank) | Target"): the sentence
 * says the lines under it are targets, and of which year. A plan: targets only.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  return (analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? []).map((i) => [
    i.name,
    i.periods.map((p) => [p.period, p.target, p.actual]),
  ]);
}

test.each([
  [
    ["I have set the agency the following key performance targets for 1997–98:", null],
    ["Protecting the built heritage", null],
    ["Number of monuments scheduled", 380],
    ["Percentage of consent cases resolved within 28 days", "97 per cent."],
    ["Agency management", null],
    ["Percentage of satisfied visitors", "95 per cent."],
  ],
  [
    ["For 1997–98, the following performance targets have been set:", null],
    [null, "Target"],
    ["Number of monuments scheduled", 380],
    ["Percentage of consent cases resolved within 28 days", "97%"],
    ["Percentage of satisfied visitors", "At least 95% plus or minus 2% within the range of sampling error"],
  ],
] as Row[][])("the lines under a sentence of targets are that year's targets (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    ["Number of monuments scheduled", [["1997/98", 380, null]]],
    ["Percentage of consent cases resolved within 28 days", [["1997/98", 0.97, null]]],
    ["Percentage of satisfied visitors", [["1997/98", 0.95, null]]],
  ]);
});

test("a sentence that names no targets captions nothing", () => {
  const rows: Row[] = [
    ["The following figures were reported for 1997–98:", null],
    ["Number of monuments scheduled", 380],
    ["Number of listed building resurvey units", 178],
  ];
  expect(read(rows).map(([, periods]) => periods)).not.toContainEqual([["1997/98", 380, null]]);
});
