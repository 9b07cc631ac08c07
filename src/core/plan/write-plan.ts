import type { ChartPlan } from "./chart-plan";

export type { ChartAnchor, ChartPlan, ChartSeriesPlan } from "./chart-plan";

/**
 * A write plan: everything the add-in writes, as plain data. The core computes it; each adapter
 * (office.js, exceljs) applies it. Text is always text: an adapter must never let a cell of kind
 * "text" become a formula, whatever it starts with ("=HYPERLINK(…)", "+cmd", "@SUM(1)").
 */
export type PlanCell =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | {
      readonly kind: "formula";
      readonly formula: string;
      /**
       * The value the formula gives now, as the engine computed it, written as the cell's cached
       * result so that previews that do not calculate (Outlook, Explorer, phones) show figures.
       */
      readonly cached?: CachedValue;
    }
  | { readonly kind: "blank" };

export type CachedValue = number | string | boolean;

export interface RangeWrite {
  /** Top-left of the block, 0-based. */
  readonly row: number;
  readonly col: number;
  readonly cells: ReadonlyArray<ReadonlyArray<PlanCell>>;
}

export interface ColumnFormat {
  /** 0-based column, and the rows (inclusive) the format applies to. */
  readonly col: number;
  readonly fromRow: number;
  readonly toRow: number;
  readonly numberFormat: string;
}

/**
 * One R1C1 formula for a column's rows. The cells of `ranges` hold its A1 expansion too, so an
 * adapter may write either; office.js sets it in one assignment, keeping requests small.
 */
export interface ColumnFormula {
  readonly col: number;
  readonly fromRow: number;
  readonly toRow: number;
  readonly r1c1: string;
}

export interface TablePlan {
  readonly name: string;
  /** Header row and body, 0-based inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly style: string;
  /**
   * Body rows that run across the table (a goal above its indicators): no lines between their
   * cells, so the words run on over the empty cells on their right.
   */
  readonly bandRows?: readonly number[];
}

/** A formula rule ("below target") or a 3-traffic-light icon set with the light bands as thresholds. */
export type ConditionalFormatPlan =
  | {
      readonly kind: "expression";
      readonly sheet: string;
      readonly range: string;
      /** Relative to the top-left cell of `range`, without the leading "=". */
      readonly formula: string;
      readonly fill: string;
      readonly fontColor: string;
    }
  | {
      readonly kind: "trafficLights";
      readonly sheet: string;
      readonly range: string;
      /** Green from `green`, yellow from `yellow`, red below. */
      readonly green: number;
      readonly yellow: number;
    };

export interface SheetPlan {
  /** The name wanted; the adapter's name resolution may add " (2)" when a user's sheet holds it. */
  readonly name: string;
  readonly role: "report" | "findings" | "drafts" | "settings";
  /** Defined name that marks this sheet as the add-in's, so a re-run finds it by more than its name. */
  readonly marker: string;
  readonly ranges: readonly RangeWrite[];
  readonly columnFormulas: readonly ColumnFormula[];
  readonly columnFormats: readonly ColumnFormat[];
  readonly tables: readonly TablePlan[];
  readonly freezeRows: number;
  readonly columnWidths: readonly number[];
  /** Helper columns the reader need not see (the report's below-target cells the flags read). */
  readonly hiddenColumns?: readonly number[];
  /** Columns whose text wraps within the column's width (long descriptions). */
  readonly wrapColumns?: readonly number[];
  readonly print?: PrintPlan;
  /** The sheet to show when the workbook opens (and in Excel, at once). */
  readonly activate?: boolean;
  /** Native charts over this sheet's own cells, placed clear of its tables. */
  readonly charts?: readonly ChartPlan[];
  /** Drop-down lists on choice cells (the settings sheet's 方向, 類型, 排除). */
  readonly dataValidations?: readonly ListValidation[];
  /**
   * Cell looks beyond the tables' own (sheet-styles.ts adds those): the title, centred columns.
   * Later ranges win, property by property. Adapters apply `sheetStyles(plan)`, not this alone.
   */
  readonly styles?: readonly StyleRange[];
}

/**
 * A cell's look as a cell format, so that every host shows it (LibreOffice, and so .ods and .pdf,
 * ignores an Excel table style's fills and fonts). Colours RRGGBB.
 */
export interface CellStyle {
  readonly bold?: boolean;
  /** Points; the host's default (11) when absent. */
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  /** A thin border on all four sides, in this colour. */
  readonly border?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center";
  readonly wrap?: boolean;
}

/** A rectangle of cells (0-based, inclusive) with a look; `stripe` only on every other row from `fromRow + 1`. */
export interface StyleRange {
  readonly fromRow: number;
  readonly toRow: number;
  readonly fromCol: number;
  readonly toCol: number;
  readonly style: CellStyle;
  readonly stripe?: boolean;
}

/** A list validation: the cells of `range` (A1, on the planned sheet) take one of `list`, shown as a drop-down. */
export interface ListValidation {
  readonly range: string;
  /** Items without commas: both hosts write the list as one comma-separated source. */
  readonly list: readonly string[];
}

/** Header/footer text as written: a literal & is && (a single & starts a code such as &P). */
export function footerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * How a sheet prints: landscape, one page wide, its header rows on every page, and a footer. Footer
 * parts use the hosts' header/footer codes (&P page, &N pages, &D date); a literal & is written &&.
 */
export interface PrintPlan {
  readonly landscape: boolean;
  /** Columns fit one page wide; as many pages tall as the rows need. */
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, 0-based inclusive. */
  readonly titleRows?: { readonly from: number; readonly to: number };
  readonly footer: { readonly left: string; readonly center: string; readonly right: string };
  /** What prints, 0-based inclusive, where not every written column should (a sheet's helper columns). */
  readonly area?: {
    readonly fromRow: number;
    readonly toRow: number;
    readonly fromCol: number;
    readonly toCol: number;
  };
  /** Rows (0-based) a new page starts at: the charts begin on a page of their own, not split by a page end. */
  readonly pageBreaksBefore?: readonly number[];
}

/** A note (or, in Excel, a comment) the add-in owns: its text starts with NOTE_TAG. */
export interface NotePlan {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
}

export interface WritePlan {
  /** The add-in's own sheets, created or replaced whole. */
  readonly sheets: readonly SheetPlan[];
  /** Formats added to the user's sheets (and to the add-in's); values there are never touched. */
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  /**
   * When present, the add-in's notes on the user's sheets are replaced by these: every note that
   * starts with NOTE_TAG is removed, these are added, and a person's note is never touched.
   */
  readonly notes?: readonly NotePlan[];
}

export const REPORT_MARKER = "IndicatorsAddinReport";
export const FINDINGS_MARKER = "IndicatorsAddinFindings";
export const DRAFTS_MARKER = "IndicatorsAddinDrafts";
/** The settings sheet (指標設定): the add-in's, but a person edits it; read as settings, never as data. */
export const SETTINGS_MARKER = "IndicatorsAddinSettings";
export const ALL_MARKERS = [REPORT_MARKER, FINDINGS_MARKER, DRAFTS_MARKER, SETTINGS_MARKER] as const;
/**
 * How the add-in's own notes and comments begin, so a re-run can tell them from a person's: one tag
 * per language (a note speaks one language), and the bilingual tag of earlier versions.
 */
export const NOTE_TAGS = { "zh-TW": "[績效指標助手]", en: "[Indicators add-in]" } as const;
const LEGACY_NOTE_TAG = "[績效指標助手 Indicators add-in]";
/** The zh-TW tag: the default language's. */
export const NOTE_TAG = NOTE_TAGS["zh-TW"];

/**
 * Who one of the add-in's notes says wrote it: its tag's name (績效指標助手, Indicators add-in), so
 * that the note's author speaks the note's language, never a placeholder such as "Author".
 */
export function noteAuthor(text: string): string {
  const tag = Object.values(NOTE_TAGS).find((t) => text.startsWith(t)) ?? NOTE_TAG;
  return tag.slice(1, -1);
}

export function isAddinNote(text: string | null | undefined): boolean {
  if (typeof text !== "string") return false;
  return text.startsWith(NOTE_TAGS["zh-TW"]) || text.startsWith(NOTE_TAGS.en) || text.startsWith(LEGACY_NOTE_TAG);
}

export function text(value: string): PlanCell {
  return { kind: "text", text: value };
}

export function num(value: number): PlanCell {
  return { kind: "number", value };
}

export function formula(value: string, cached?: CachedValue): PlanCell {
  return cached === undefined ? { kind: "formula", formula: value } : { kind: "formula", formula: value, cached };
}

export const BLANK: PlanCell = { kind: "blank" };

/** 'Sheet name'!A1 — quoted always, so names with spaces, CJK or apostrophes work. */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
