import { LAYOUT_CHOICES, type Finding, type WorkbookReport } from "../core";
import { hasKey, translate, type Language } from "./translate";

/** A finding with its words in both languages, as the `analyze --json` contract gives it. */
export interface WordedFinding extends Finding {
  readonly message: string;
  readonly messageEn: string;
}

/** What a finding says, in one language. */
export function findingMessage(finding: Finding, language: Language): string {
  const diagnosis = diagnosisMessage(finding, language) ?? "";
  const lookedFor = finding.code === "NO_INDICATOR_TABLE" ? translate(language, "lookedFor") : "";
  const line = finding.code === "NO_INDICATOR_TABLE" ? declareLine(finding, language) : "";
  return translate(language, `finding.${finding.code}`, {
    suggested: "no",
    missing: "none",
    ...finding.params,
    diagnosis,
    lookedFor,
    line,
  });
}

/**
 * The 表格宣告 line that would declare a suggested table, in the columns of 指標設定 (工作表 | 範圍 |
 * 版面 | 表頭列 | 指標欄／格 | 目標值 | 實際值), tab-separated so that it pastes into those cells.
 */
/** Which of a settings choice's words (LAYOUT_CHOICES) a language writes. */
const LAYOUT_FIELD: Readonly<Record<Language, "zh" | "en">> = { "zh-TW": "zh", en: "en" };

function declareLine(finding: Finding, language: Language): string {
  const p = finding.params;
  if (p.suggested !== "yes") return "";
  const layout = LAYOUT_CHOICES.find((c) => c.value === "longTable");
  const word = layout?.[LAYOUT_FIELD[language]];
  return [finding.sheet, p.range, word, p.headerRow, p.name, p.target, p.actual].join("\t");
}

/** Why a reported figure disagrees, as the sentence inside the finding's message; null without a diagnosis. */
export function diagnosisMessage(finding: Finding, language: Language): string | null {
  if (finding.diagnosis === undefined) return null;
  return translate(language, `diagnosis.${finding.diagnosis.code}`, { basis: finding.diagnosis.basis ?? "target" });
}

/** What kind of problem it is, in a few words (no raw codes in what people read). */
export function findingKind(finding: Pick<Finding, "code">, language: Language): string {
  const key = `kind.${finding.code}`;
  return hasKey(key) ? translate(language, key) : finding.code;
}

/** The field of a worded finding that holds each language's words. */
const WORDED_FIELD: Readonly<Record<Language, "message" | "messageEn">> = { "zh-TW": "message", en: "messageEn" };

/**
 * A finding's words in one language: those the report already carries where it was worded
 * (wordReport: analyze's report is), else formatted now. A million-row table has most of a
 * million findings, and formatting each again for the table and the summary doubled their cost.
 */
export function findingWords(finding: Finding, language: Language): string {
  const words = (finding as Partial<WordedFinding>)[WORDED_FIELD[language]];
  return typeof words === "string" ? words : findingMessage(finding, language);
}

export function wordFinding(finding: Finding): WordedFinding {
  return { ...finding, message: findingMessage(finding, "zh-TW"), messageEn: findingMessage(finding, "en") };
}

export function wordFindings(findings: readonly Finding[]): WordedFinding[] {
  return findings.map(wordFinding);
}

/** A workbook report whose findings carry their words: what the command prints and the pane shows. */
export type WordedReport = Omit<WorkbookReport, "findings"> & { readonly findings: readonly WordedFinding[] };

export function wordReport(report: WorkbookReport): WordedReport {
  return { ...report, findings: wordFindings(report.findings) };
}
