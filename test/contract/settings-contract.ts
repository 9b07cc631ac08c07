/**
 * The settings sheet through each adapter: what the plan writes reads back as the same settings
 * (parseSettings on the written cells), and the choice columns carry their drop-down lists.
 */
import {
  addressOf,
  analyzeWithSettings,
  buildSettingsPlan,
  parseSettings,
  settingsRows,
  type Grid,
  type RawValue,
  type WritePlan,
} from "../../src/core";
import { gridOf } from "../taskpane/fake-session";

export interface WrittenSheet {
  /** A cell of the written settings sheet, as the host holds it. */
  readonly value: (address: string) => RawValue;
  /** The list of the drop-down on a cell, or null. */
  readonly list: (address: string) => readonly string[] | null;
}

export type SettingsWriter = (plan: WritePlan) => Promise<WrittenSheet>;

const DATA: Grid = gridOf("績效", [
  ["衡量指標", "目標值", "實際值"],
  ["民眾申訴案件數", 120, 150],
  ["活動場次", 100, 157],
]);

/** Reads back the written sheet's first 20 rows × 10 columns as a grid. */
function gridOfWritten(sheet: string, written: WrittenSheet): Grid {
  const rows: RawValue[][] = [];
  for (let r = 0; r < 20; r++) rows.push(Array.from({ length: 10 }, (_, c) => written.value(addressOf(r, c))));
  return gridOf(sheet, rows);
}

export function describeSettingsContract(adapter: string, write: SettingsWriter): void {
  describe(`${adapter}: the settings sheet`, () => {
    const analysis = analyzeWithSettings([DATA], null);
    const rows = settingsRows(null, analysis, "zh-TW");
    const edited = {
      ...rows,
      indicators: rows.indicators.map((r) =>
        r.name === "民眾申訴案件數" ? { ...r, direction: "↓ 越低越好", yellowFrom: 0.8, note: "=不是公式" } : r,
      ),
      tables: [
        {
          sheet: "績效",
          range: "A1:C3",
          layout: "一列一指標",
          headerRow: 1,
          name: "A",
          target: "B",
          actual: "C",
          reported: null,
          period: null,
          weight: null,
        },
      ],
    };
    let written: WrittenSheet;
    beforeAll(async () => {
      written = await write(buildSettingsPlan(edited, "zh-TW"));
    });

    test("what was written reads back as the same settings", () => {
      const parsed = parseSettings(gridOfWritten("指標設定", written));
      expect(parsed?.findings).toEqual([]);
      expect(
        parsed?.settings.indicators.map((i) => [i.sheet, i.name, i.direction, i.kind, i.yellowFrom, i.exclude]),
      ).toEqual([
        ["績效", "民眾申訴案件數", "lower", "count", 0.8, false],
        ["績效", "活動場次", "higher", "count", 0.9, false],
      ]);
      expect(parsed?.settings.indicatorRows[0]?.values.note).toBe("=不是公式");
      expect(parsed?.settings.tables.map((t) => [t.sheet, t.range, t.layout, t.roles])).toEqual([
        ["績效", "A1:C3", "longTable", { name: { col: 0 }, target: { col: 1 }, actual: { col: 2 } }],
      ]);
      const applied = analyzeWithSettings([DATA], parsed);
      expect(applied.report.sheets[0]?.indicators.map((i) => i.direction)).toEqual(["lower", "higher"]);
    });

    test("the choice columns have their drop-down lists", () => {
      expect(written.list("C5")).toEqual(["↑ 越高越好", "↓ 越低越好", "↔ 越接近越好"]);
      expect(written.list("D6")).toContain("里程碑");
      expect(written.list("I5")).toEqual(["是", "否"]);
      expect(written.list("B5")).toBeNull();
    });
  });
}
