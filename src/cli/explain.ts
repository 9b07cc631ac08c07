import { pushAll } from "../core/values/arrays";
import type { DetectedTable, Language, TableEvidence, TableReading, WorkbookReport } from "../core";
import {
  COLUMN_ROLE_KEY,
  findingMessage,
  joinList,
  layoutWord,
  translate,
  type MessageKey,
  type MessageParams,
} from "../messages";
import { terminalText } from "./terminal";

type Lang = Language;

function columnLine(column: TableReading["columns"][number], lang: Lang): string {
  const role =
    column.role === null ? translate(lang, "cli.explain.notUsed") : translate(lang, COLUMN_ROLE_KEY[column.role]);
  return `    ${translate(lang, "cli.explain.column", {
    cell: column.cell,
    header: column.header.slice(0, 40),
    role,
    hasPeriod: column.period === null ? "no" : "yes",
    period: column.period ?? "",
    hasWord: column.word === null ? "no" : "yes",
    word: column.word ?? "",
    unused: column.role !== null && !column.used ? "yes" : "no",
  })}`;
}

/** "I = (B − D) ÷ D on 26 of 27 rows at 2 decimals": the arithmetic the reading rests on. */
function evidenceLine(e: TableEvidence, lang: Lang): string {
  const col = (cell: string) => cell.replace(/\d+$/, "");
  const formula =
    e.relation === "ratio"
      ? `${col(e.rate)} = ${col(e.of)} ÷ ${col(e.over)}`
      : e.relation === "difference"
        ? `${col(e.rate)} = ${col(e.of)} − ${col(e.over)}`
        : `${col(e.rate)} = (${col(e.of)} − ${col(e.over)}) ÷ ${col(e.over)}`;
  // Counts as text: printed as counted, without a thousands separator.
  const counts = { rows: String(e.rows), agree: String(e.agree), decimals: String(e.decimals) };
  return `  ${translate(lang, "cli.explain.evidence", { formula, ...counts })}`;
}

function tableLines(sheet: string, table: DetectedTable, index: number, lang: Lang): string[] {
  const t = (key: MessageKey, params: MessageParams = {}) => `  ${translate(lang, key, params)}`;
  const layout = layoutWord(lang, table.reading?.layout ?? table.kind);
  const lines = [translate(lang, "cli.explain.table", { index: String(index + 1), sheet, range: table.range, layout })];
  if (table.title) lines.push(t("cli.explain.title", { title: table.title }));
  if (table.period) lines.push(t("cli.explain.period", { period: table.period.label }));
  if (table.reading) {
    lines.push(t("cli.explain.header", { header: table.reading.header }));
    for (const column of table.reading.columns) lines.push(columnLine(column, lang));
  }
  for (const e of table.evidence ?? []) lines.push(evidenceLine(e, lang));
  if (table.certainty === "doubtful" && table.doubtfulColumn)
    lines.push(t("cli.explain.doubtful", { column: table.doubtfulColumn }));
  const aggregates = table.aggregates ?? [];
  if (aggregates.length > 0) {
    const rows = joinList(
      lang,
      aggregates.map((a) => `${a.label}@${a.row + 1}`),
    );
    lines.push(t("cli.explain.aggregates", { rows }));
  }
  return lines;
}

/** `analyze --explain`: how each table was read, and why, in one language. */
export function formatExplanation(report: WorkbookReport, lang: Lang): string {
  const lines: string[] = [];
  let index = 0;
  for (const sheet of report.sheets) {
    for (const table of sheet.tables) pushAll(lines, tableLines(sheet.sheet, table, index++, lang));
  }
  const uncertain = report.findings.filter((f) => f.code === "READING_UNCERTAIN");
  if (uncertain.length > 0) {
    lines.push(translate(lang, "cli.explain.uncertain"));
    for (const f of uncertain) lines.push(`  ${f.sheet}!${f.cell ?? ""}: ${findingMessage(f, lang)}`);
  }
  return lines.map(terminalText).join("\n");
}
