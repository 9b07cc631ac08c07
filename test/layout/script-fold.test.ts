/** Header words in either script: Hong Kong and Macao publish pledges in traditional and simplified. */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

const grid = (rows: Row[]): Grid => rowGrid(rows);

const figures = (g: Grid) =>
  analyzeWorkbook([g]).sheets[0]?.indicators.map((i) => [i.name, i.periods[0]?.target, i.periods[0]?.actual]) ?? [];

test.each([
  ["traditional", ["服務類別", "服務標準", "服務指標\n(達到服務標準的百分比)", "實際表現\n(達到服務標準的百分比)"]],
  ["simplified", ["服务类别", "服务标准", "服务指标\n(达到服务标准的百分比)", "实际表现\n(达到服务标准的百分比)"]],
])(
  "a pledge headed in %s script reads the same: 服務指標 is the share to reach, 實際表現 the result, in points",
  (_s, header) => {
    const rows = [header, ["辦理文書註冊", "16個工作天", 90, 94], ["查閱登記冊", "15分鐘", 96, 100]];
    expect(figures(grid(rows))).toEqual([
      ["辦理文書註冊", 0.9, 0.94],
      ["查閱登記冊", 0.96, 1],
    ]);
  },
);

test("executed as a share of the allotment reads in both scripts (占 is no simplified form to fold)", () => {
  const rows = [
    ["机关别", "累计分配数", "累计执行数", "执行数占分配数%"],
    ["甲局", 100, 90, 90],
    ["乙局", 200, 150, 75],
  ];
  expect(figures(grid(rows))).toEqual([
    ["甲局", 100, 90],
    ["乙局", 200, 150],
  ]);
});
