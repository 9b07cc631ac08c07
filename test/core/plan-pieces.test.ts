import { resolveSheetName, sheetOfReference } from "../../src/core";
import { belowTargetColumn } from "../../src/core/plan/below-target-column";
import { groupFlags } from "../../src/core/plan/flag-groups";
import { r1c1ToA1 } from "../../src/core/plan/r1c1";
import { numericExpression } from "../../src/core/plan/source-expression";
import { parseValue } from "../../src/core";

describe("R1C1 to A1", () => {
  test.each([
    ["RC[-2]", 5, 6, "E6"],
    ["R[-1]C[-3]", 5, 6, "D5"],
    ["RC", 0, 0, "A1"],
    ["R2C3", 9, 9, "C2"],
    ['IF(R[-1]C[-7]=RC[-7],RC[-3]/R[-1]C[-3]-1,"")', 6, 7, 'IF(A6=A7,E7/E6-1,"")'],
    ["ISNUMBER(RC[1])", 0, 0, "ISNUMBER(B1)"],
  ])("%s in (%i,%i) → %s", (formula, row, col, a1) => {
    expect(r1c1ToA1(formula, row, col)).toBe(a1);
  });
});

describe("flag grouping", () => {
  const cell = (row: number, col: number, reportRow: number) => ({ sheet: "S", row, col, reportRow });
  test("a column of cells whose report rows follow its rows is one rule, read through the marker", () => {
    const groups = groupFlags([cell(1, 4, 5), cell(2, 4, 6), cell(3, 4, 7)], 11);
    // E2 is row 2 (ROW()=2) and reads report row 5 (0-based), row 6 of the sheet: OFFSET(A1, 5, 11).
    expect(groups).toEqual([
      expect.objectContaining({ range: "E2:E4", formula: "OFFSET(IndicatorsAddinReport,ROW()+3,11)" }),
    ]);
  });
  test("a row of cells whose report rows follow its columns is one rule; a break starts another", () => {
    const groups = groupFlags([cell(6, 1, 5), cell(6, 2, 6), cell(6, 3, 7), cell(6, 4, 20), cell(20, 1, 30)], 11);
    expect(groups.map((g) => `${g.range} ${g.kind === "expression" ? g.formula : ""}`).sort()).toEqual([
      "B21 OFFSET(IndicatorsAddinReport,COLUMN()+28,11)",
      "B7:D7 OFFSET(IndicatorsAddinReport,COLUMN()+3,11)",
      "E7 OFFSET(IndicatorsAddinReport,COLUMN()+15,11)",
    ]);
  });
});

describe("the hidden below-target column", () => {
  const row = (n: number) => Array.from({ length: n }, () => ({ kind: "blank" as const }));
  test("L beside the report's ten columns, and the rules read it", () => {
    const below = belowTargetColumn([{ row: 4, col: 0, cells: [row(10)] }], 5, 7, [
      { sheet: "S", row: 1, col: 4, reportRow: 5 },
    ]);
    expect(below.column).toBe(11);
    expect(below.range.cells).toHaveLength(3);
    expect(below.formula).toEqual(expect.objectContaining({ col: 11, fromRow: 5, toRow: 7 }));
    expect(below.flags).toEqual([expect.objectContaining({ formula: "OFFSET(IndicatorsAddinReport,COLUMN()+0,11)" })]);
  });
  test("right of a score table wider than the report, with a column between, so hiding it hides nothing", () => {
    const below = belowTargetColumn([{ row: 20, col: 0, cells: [row(14)] }], 5, 7, []);
    expect(below.column).toBe(15);
    expect(below.formula.r1c1).toContain("RC[-12]");
  });
});

describe("report sheet names", () => {
  test("a free name is used as is", () => {
    expect(resolveSheetName(["Data"], null, "績效報告")).toEqual({ name: "績效報告", replaces: null });
  });
  test("a user's sheet with the name is left alone", () => {
    expect(resolveSheetName(["績效報告", "績效報告 (2)"], null, "績效報告")).toEqual({
      name: "績效報告 (3)",
      replaces: null,
    });
  });
  test("the add-in's own sheet, found by the marker, is replaced", () => {
    expect(resolveSheetName(["Data", "績效報告"], "績效報告", "績效報告")).toEqual({
      name: "績效報告",
      replaces: "績效報告",
    });
    expect(resolveSheetName(["績效報告", "績效報告 (2)"], "績效報告 (2)", "績效報告")).toEqual({
      name: "績效報告 (2)",
      replaces: "績效報告 (2)",
    });
  });
  test("marker references", () => {
    expect(sheetOfReference("='績效 報告'!$A$1")).toBe("績效 報告");
    expect(sheetOfReference("'It''s'!$A$1")).toBe("It's");
    expect(sheetOfReference("Report!$A$1")).toBe("Report");
    expect(sheetOfReference("#REF!")).toBeNull();
  });
});

describe("numeric expressions for source cells", () => {
  test("a stored number is referenced, guarded", () => {
    expect(numericExpression("'S'!E16", { address: "E16", value: parseValue({ value: 3182 }) })).toBe(
      `IF(ISNUMBER('S'!E16),'S'!E16,"")`,
    );
  });
  test("text with a unit and a qualifier is read with VALUE", () => {
    const expr = numericExpression("X", { address: "D7", value: parseValue({ value: "60 次以上" }) });
    expect(expr).toContain("VALUE(");
    expect(expr).toContain(`"次"`);
    expect(expr).toContain(`"以上"`);
  });
  test("full-width text goes through ASC", () => {
    expect(numericExpression("X", { address: "A1", value: parseValue({ value: "６００，０００" }) })).toContain(
      "ASC(X)",
    );
  });
  test("no figure, no expression", () => {
    expect(numericExpression("X", { address: "A1", value: parseValue({ value: "待查" }) })).toBeNull();
  });
});

describe("grade formula from the bands", () => {
  test("the default bands nest as the 110 年度 plan reads", async () => {
    const { gradeFormula } = await import("../../src/core/plan/score-section");
    const { DEFAULT_GRADE_BANDS } = await import("../../src/core");
    expect(gradeFormula("D18", DEFAULT_GRADE_BANDS)).toBe(
      'IF(D18>=95,"特優",IF(D18>=90,"優等",IF(D18>=85,"甲等","乙等")))',
    );
    expect(
      gradeFormula("X", [
        { grade: "Pass", min: 60 },
        { grade: "Fail", min: null },
      ]),
    ).toBe('IF(X>=60,"Pass","Fail")');
  });
});

describe("the report's formula strips every qualifier the parser knows", () => {
  test.each(["至少 60", "不低於 60", "大約 60", "~60", "不超過 60", "≧ 60", "≦ 60", "> 60", "60 次或以上"])(
    "%s",
    (written) => {
      const value = parseValue({ value: written });
      expect(value.kind).toBe("number");
      const expr = numericExpression("X", { address: "A1", value })!;
      // What is left after the SUBSTITUTEs must be the digits alone.
      let left = written;
      const removed = [...expr.matchAll(/,"((?:[^"]|"")+)",""\)/g)].map((m) => m[1]!.replace(/""/g, '"'));
      for (const word of removed.sort((a, b) => b.length - a.length)) left = left.split(word).join("");
      expect(left.replace(/,/g, "")).toBe("60");
    },
  );
});
