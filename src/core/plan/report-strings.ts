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
  readonly charts: ChartStrings;
}

/** Words of the report's charts: titles, series and axes. */
export interface ChartStrings {
  readonly achievementTitle: (period: string | null) => string;
  /** After the title when a long sheet shows only its lowest achievements. */
  readonly lowest: (shown: number, total: number) => string;
  readonly achievement: string;
  /** The value axis: achievement, and that bars stop at the cap. */
  readonly achievementAxis: (cap: string) => string;
  readonly target100: string;
  readonly yellowFrom: (percent: string) => string;
  readonly indicator: string;
  readonly trendTitle: (name: string) => string;
  readonly target: string;
  readonly actual: string;
  readonly period: string;
  readonly value: (unit: string | null) => string;
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
    charts: {
      achievementTitle: (period) => (period === null ? "各指標達成度" : `各指標達成度（報告期別：${period}）`),
      lowest: (shown, total) => `（達成度最低 ${shown} 項，共 ${total} 項）`,
      achievement: "達成度",
      achievementAxis: (cap) => `達成度（超過 ${cap} 以 ${cap} 繪出）`,
      target100: "目標 100%",
      yellowFrom: (percent) => `黃燈下限 ${percent}`,
      indicator: "指標",
      trendTitle: (name) => `${name}：目標值與實際值`,
      target: "目標值",
      actual: "實際值",
      period: "期別",
      value: (unit) => (unit === null ? "數值" : `數值（${unit}）`),
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
    charts: {
      achievementTitle: (period) =>
        period === null ? "Achievement by indicator" : `Achievement by indicator (reporting period ${period})`,
      lowest: (shown, total) => ` (lowest ${shown} of ${total})`,
      achievement: "Achievement",
      achievementAxis: (cap) => `Achievement (bars stop at ${cap})`,
      target100: "Target 100%",
      yellowFrom: (percent) => `Yellow from ${percent}`,
      indicator: "Indicator",
      trendTitle: (name) => `${name}: target and actual`,
      target: "Target",
      actual: "Actual",
      period: "Period",
      value: (unit) => (unit === null ? "Value" : `Value (${unit})`),
    },
  },
};
