/**
 * Issue 21: pledge tables with targets only (香港政府物流服務署 服務承諾, 澳門郵電局 服務承諾): the names are
 * the words right of an item-number column, whatever header stands over them, and the table ends at
 * its blank row (the next table's "項目" is not one of its names); 預設達標率 is the share set as target.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const grid = (rows: Row[]): Grid => rowGrid(rows);

function read(rows: Row[]) {
  const sheet = analyzeWorkbook([grid(rows)]).sheets[0];
  return (sheet?.indicators ?? []).map((i) => `${i.name}: ${i.periods.map((p) => p.target).join(",")}`);
}

test("numbers under 項目, the pledges under 工作: the pledges are the names, in every stacked block", () => {
  expect(
    read([
      ["項目", "工作", "目標"],
      ["(1)", "在十二個工作天內發出招標書", "93%"],
      ["(2)", "在四個工作天內完成開標程序", "95%"],
      [null, null, null],
      ["項目", "工作", "目標"],
      ["(1)", "在七個工作天內完成驗貨程序", "90%"],
    ]),
  ).toEqual([
    "在十二個工作天內發出招標書: 0.93",
    "在四個工作天內完成開標程序: 0.95",
    "在七個工作天內完成驗貨程序: 0.9",
  ]);
});

test("Item | Service | Target, in English: the same reading", () => {
  expect(
    read([
      ["Item", "Service", "Target"],
      ["1.", "Issue tender documents within 12 working days", "93%"],
      ["2.", "Complete tender opening within 4 working days", "95%"],
    ]),
  ).toEqual([
    "Issue tender documents within 12 working days: 0.93",
    "Complete tender opening within 4 working days: 0.95",
  ]);
});

test("預設達標率 is the target of each 服務質量指標", () => {
  expect(
    read([
      ["服務項目", "服務質量指標", "預設達標率"],
      [null, "於第二個工作日派予收件人", "96%"],
      [null, "五個工作日內回覆查詢人", "100%"],
    ]),
  ).toEqual(["於第二個工作日派予收件人: 0.96", "五個工作日內回覆查詢人: 1"]);
});

describe("a pledge column dated by its year holds the names, not figures (HK ITC; a 服務承諾 page)", () => {
  test.each([[["Our Pledge in 2024", "Achievement in 2023"]], [["2024年服務承諾", "2023年實際表現"]]])(
    "%j",
    (header) => {
      const sheet = analyzeWorkbook([
        rowGrid([
          header,
          ["1. To inform applicants of the result within 5 working days", "99.5%"],
          ["2. To inform applicants of the result within 20 working days", "100%"],
        ]),
      ]).sheets[0];
      const read = (sheet?.indicators ?? []).map(
        (i) => `${i.name}: ${i.periods.map((p) => `${p.period} ${p.target}/${p.actual}`).join(", ")}`,
      );
      expect(read).toEqual([
        "1. To inform applicants of the result within 5 working days: 2023 null/0.995",
        "2. To inform applicants of the result within 20 working days: 2023 null/1",
      ]);
    },
  );
});

describe("a target word alone over names and their targets is a plan (Highways Agency; a 年度目標 list)", () => {
  test.each([
    [
      "Targets",
      ["1: Average annual score on Road User Satisfaction Surveys.", "At least 84%"],
      ["8: Percentage of lanes available in peak hours.", "At least 98.5%"],
    ],
    ["年度目標", ["一、民眾滿意度", "84%以上"], ["二、尖峰時段車道可用率", "98.5%"]],
  ])("%s", (caption, first, second) => {
    const sheet = analyzeWorkbook([rowGrid([[caption], first, second, [], ["Note: targets set by the minister."]])])
      .sheets[0];
    const read = (sheet?.indicators ?? []).map(
      (i) => `${i.name}: ${i.periods.map((p) => `${p.target}/${p.actual}`).join(", ")}`,
    );
    expect(read).toEqual([`${first[0]}: 0.84/null`, `${second[0]}: 0.985/null`]);
  });
});
