import type { Finding, Severity } from "../findings";
import type { NotComputableReason } from "../measures/computed";
import type { DraftMethod } from "../targets/draft-methods";
import type { CategoryWords } from "./category-summary";
import type { ScoreSectionStrings } from "./score-section";

/** The one language type: every output (the command, the pane, a written sheet) speaks one of these. */
export type Language = "zh-TW" | "en";

/** The language of a written report: the same type, by the name the engine's requests use. */
export type ReportLanguage = Language;

/**
 * The words a written sheet needs. The engine lays sheets out; the words come from the message
 * catalog at the edge (src/messages), one language per sheet.
 */
export interface ReportStrings {
  readonly sheetName: string;
  readonly title: string;
  /** Columns: indicator, period, direction, target, actual, unit, achievement, growth, light, remark. */
  readonly headers: readonly string[];
  readonly met: string;
  readonly near: string;
  readonly behind: string;
  readonly notComputable: string;
  readonly shareMet: string;
  readonly directionNote: string;
  /** 備註 of a period the engine would not compute from: its cells are not followed. */
  readonly uncertain: (cells: string) => string;
  /** 備註 of a □ period: why there is no achievement. */
  readonly notComputed: (reason: NotComputableReason) => string;
  /** The engine's note before the source's own remark. */
  readonly remarks: (engine: string, source: string) => string;
  /** Printed page numbering, in the hosts' footer codes. */
  readonly pageOf: string;
  /** After the title: the period the report is for. */
  readonly forPeriod: (period: string) => string;
  /** The summary's counts: a number, a gap before the next label. */
  readonly countFormat: string;
  readonly scores: ScoreSectionStrings;
  /** The summary per goal or dimension. */
  readonly categories: CategoryWords;
  readonly charts: ChartStrings;
  readonly kinds: KindStrings;
}

/** Words of the reports of each kind of table (report-kind.ts), and of the columns a person writes in. */
export interface KindStrings {
  /** Under the title: what the table is. */
  readonly tableIs: (kind: "targets" | "execution" | "score" | "plan") => string;
  readonly comparisonIs: (previous: string, current: string) => string;
  /** indicator, previous, current, change, growth, current ÷ previous, reported, check, unit, remark. */
  readonly comparisonHeaders: readonly string[];
  readonly previousOf: (period: string) => string;
  readonly currentOf: (period: string) => string;
  readonly agrees: string;
  readonly differs: string;
  readonly rose: string;
  readonly fell: string;
  readonly same: string;
  readonly differing: string;
  /** The targets report's ten columns, as a budget execution names them. */
  readonly executionHeaders: readonly string[];
  readonly allotted: string;
  readonly partsCheck: string;
  readonly executionShareMet: string;
  /** indicator, period, direction, target, unit, measured by, remark. */
  readonly planHeaders: readonly string[];
  readonly reason: string;
  readonly measure: string;
  readonly goal: string;
  readonly reasonsNote: string;
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

export interface ReviewStrings {
  readonly sheetName: string;
  readonly title: string;
  /** Columns: kind, severity, sheet, cell, description, computed. */
  readonly headers: readonly string[];
  readonly none: string;
  readonly severity: (severity: Severity) => string;
  readonly kind: (finding: Finding) => string;
  readonly message: (finding: Finding) => string;
  /** One finding's line in a cell's note: its kind and what it says. */
  readonly noteLine: (finding: Finding) => string;
  /** Printed page numbering, in the hosts' footer codes. */
  readonly pageOf: string;
  /** The note tag of this language (NOTE_TAGS): how a re-run knows its notes. */
  readonly noteTag: string;
}

export interface DraftsStrings {
  readonly sheetName: string;
  readonly title: string;
  readonly headers: readonly string[];
  readonly helpers: readonly [string, string];
  /** The method's name; a stretch names its percentage. */
  readonly method: (method: DraftMethod, stretchPercent: string) => string;
  readonly lowered: string;
  readonly loweredLower: string;
  /** The actuals a draft used; where it has none, why (`needsTwo`: trend and growth need two periods). */
  readonly used: (cells: string, enough: boolean, needsTwo?: boolean) => string;
  readonly pageOf: string;
}
