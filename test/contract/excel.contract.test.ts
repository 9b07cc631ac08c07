import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { describeTextContract } from "./text-contract";
import { mockExcel } from "../support/office-mock";
import { describeReaderContract } from "./reader-contract";
import { describeSettingsContract } from "./settings-contract";
import { areaOf } from "../support/excel-rules";

describeReaderContract("office.js (office-addin-mock)", (spec) =>
  Promise.resolve(new ExcelWorkbook(mockExcel(spec).host)),
);

describeTextContract("office.js (stricter double)", async (plan) => {
  const excel = mockExcel([{ name: "資料", cells: { A1: 1 } }]);
  await new ExcelWorkbook(excel.host).applyPlan(plan);
  return (sheet, address) => Promise.resolve(excel.cell(sheet, address)?.value ?? null);
});

describeSettingsContract("office.js (stricter double)", async (plan) => {
  const excel = mockExcel([{ name: "資料", cells: { A1: 1 } }]);
  const applied = await new ExcelWorkbook(excel.host).applyPlan(plan);
  const name = [...applied.sheets.values()][0] ?? "";
  // The drop-downs as office.js was asked for them: getRange(address).dataValidation.rule = { list }.
  const lists: Array<{ range: string; source: string }> = [];
  let lastRange = "";
  for (const entry of excel.log) {
    if (entry.op === "call" && /^sheet\[[^\]]+\]\.getRange$/.test(entry.path))
      lastRange = String((entry.value as unknown[])[0]);
    if (entry.op === "set" && entry.path.endsWith(".getRange().dataValidation.rule")) {
      const rule = entry.value as { list?: { source: string; inCellDropDown: boolean } };
      if (rule.list?.inCellDropDown) lists.push({ range: lastRange, source: rule.list.source });
    }
  }
  return {
    value: (address) => excel.cell(name, address)?.value ?? null,
    list: (address) => {
      const at = areaOf(address)!;
      const hit = lists.find((l) => {
        const area = areaOf(l.range);
        return (
          area !== null && at.top >= area.top && at.top <= area.bottom && at.left >= area.left && at.left <= area.right
        );
      });
      return hit === undefined ? null : hit.source.split(",");
    },
  };
});

test("office.js: the selected range, for marking a table in the reading view", async () => {
  const excel = mockExcel([{ name: "自訂 表", cells: { A1: 1 } }], { selection: "'自訂 表'!$A$1:$C$3" });
  expect(await new ExcelWorkbook(excel.host).selectedRange()).toEqual({ sheet: "自訂 表", address: "A1:C3" });
});
