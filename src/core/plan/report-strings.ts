import type { ScoreSectionStrings } from "./score-section";

export type ReportLanguage = "zh-TW" | "en";

export interface ReportStrings {
  readonly sheetName: string;
  readonly title: string;
  readonly headers: readonly string[];
  readonly met: string;
  readonly near: string;
  readonly behind: string;
  readonly notComputable: string;
  readonly shareMet: string;
  readonly directionNote: string;
  /** 備註 of a period the engine would not compute from: its cells are not followed. */
  readonly uncertain: (cells: string) => string;
  /** Printed page numbering, in the hosts' footer codes. */
  readonly pageOf: string;
  /** After the title: the period the report is for. */
  readonly forPeriod: (period: string) => string;
  /** The summary's counts: a number, a gap before the next label. */
  readonly countFormat: string;
  readonly scores: ScoreSectionStrings;
}

/** Columns: indicator, period, direction, target, actual, unit, achievement, growth, light, remark. */
export const REPORT_STRINGS: Readonly<Record<ReportLanguage, ReportStrings>> = {
  "zh-TW": {
    sheetName: "績效報告",
    title: "績效指標達成情形報告",
    headers: ["指標", "期別", "方向", "目標值", "實際值", "單位", "達成度", "成長率", "燈號", "備註"],
    met: "★ 達標",
    near: "▲ 接近目標",
    behind: "● 落後",
    notComputable: "□ 無法計算",
    shareMet: "達標比率",
    directionNote: "方向：↑ 越高越好、↓ 越低越好、↔ 越接近目標越好",
    uncertain: (cells) => `讀取不確定，未計算；請核對 ${cells}`,
    pageOf: "第 &P 頁，共 &N 頁",
    forPeriod: (period) => `（報告期別：${period}）`,
    countFormat: '#,##0" 項　　"',
    scores: {
      title: "評分表",
      headers: ["考核面向", "評分項目", "配分"],
      total: "合計",
      grade: "等第",
      subtotal: "小計",
    },
  },
  en: {
    sheetName: "Indicator report",
    title: "Performance indicator report",
    headers: [
      "Indicator",
      "Period",
      "Direction",
      "Target",
      "Actual",
      "Unit",
      "Achievement",
      "Growth",
      "Light",
      "Remark",
    ],
    met: "★ Met",
    near: "▲ Near target",
    behind: "● Behind",
    notComputable: "□ Not computable",
    shareMet: "Share met",
    directionNote: "Direction: ↑ higher is better, ↓ lower is better, ↔ closer to target is better",
    uncertain: (cells) => `Reading uncertain, not computed; check ${cells}`,
    pageOf: "Page &P of &N",
    forPeriod: (period) => ` (reporting period ${period})`,
    countFormat: '#,##0"    "',
    scores: {
      title: "Score sheet",
      headers: ["Dimension", "Item", "Weight"],
      total: "Total",
      grade: "Grade",
      subtotal: "Subtotal",
    },
  },
};
