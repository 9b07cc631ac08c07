/**
 * Issue 21, round 2026-12-07b: a header row with years newest first beside words no list holds
 * ("Budget | Projected | Actual | Encumbered | Available Budget | Percentage Used | 2007 | 2006 |
 * 2005", a county's schedule of expenditures under "Audited"; 預算數 | 實支數 | 保留數 | 113 | 112 | 111):
 * a header, not a data row, so the table is read; "Percentage Used" is the rate of the budget used.
 */
import { analyzeWorkbook } from "../../src/core";
import { headerRole } from "../../src/core/layout/header-words";
import { rowGrid, type Row } from "../support/row-grid";

test.each(["Percentage Used", "% used"])("%s is a rate", (text) => {
  expect(headerRole(text)?.role).toBe("rate");
});

test.each([
  [
    [null, "Amended", "Year to Date", "Year to Date", null, "Audited", "Audited", "Audited"],
    [null, "Budget", "Actual", "Encumbered", "Percentage Used", 2007, 2006, 2005],
    ["Board of Commissioners", 1069433, 808429, 18102, "77.29%", 887471, 753736, 717573],
    ["County Clerk", 169898, 126128, 0, "74.24%", 158021, 144001, 139870],
  ],
  [
    [null, "本年度", "累計", "累計", null, "決算", "決算", "決算"],
    [null, "預算數", "實支數", "保留數", "執行率", 113, 112, 111],
    ["議會業務", 1069433, 808429, 18102, "77.29%", 887471, 753736, 717573],
    ["戶政業務", 169898, 126128, 0, "74.24%", 158021, 144001, 139870],
  ],
] as Row[][])("years newest first in a header row: the table is read (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows, [])]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => i.name)).toEqual([rows[2]?.[0], rows[3]?.[0]]);
  expect(indicators[0]?.kind).toBe("execution");
});
