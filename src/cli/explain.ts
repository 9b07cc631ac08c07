import { pushAll } from "../core/values/arrays";
import type { DetectedTable, Language, TableEvidence, TableReading, WorkbookReport } from "../core";
import { COLUMN_ROLE_KEY, findingMessage, layoutWord, translate } from "../messages";
import { terminalText } from "./terminal";

type Lang = Language;

function columnLine(column: TableReading["columns"][number], lang: Lang): string {
  const zh = lang === "zh-TW";
  const role = column.role === null ? (zh ? "未使用" : "not used") : translate(lang, COLUMN_ROLE_KEY[column.role]);
  const period = column.period === null ? "" : zh ? `，${column.period} 期` : `, period ${column.period}`;
  const why = column.word === null ? "" : zh ? `（依「${column.word}」）` : ` (from "${column.word}")`;
  const unused = column.role !== null && !column.used ? (zh ? "，未讀數字" : ", no figures read") : "";
  const header = zh ? `「${column.header.slice(0, 40)}」` : `"${column.header.slice(0, 40)}"`;
  return `    ${column.cell} ${header} → ${role}${period}${why}${unused}`;
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
  return lang === "zh-TW"
    ? `  算式印證：${formula}，${e.rows} 列中 ${e.agree} 列相符（小數 ${e.decimals} 位）`
    : `  Confirmed by the table's arithmetic: ${formula} on ${e.agree} of ${e.rows} rows at ${e.decimals} decimals`;
}

function tableLines(sheet: string, table: DetectedTable, index: number, lang: Lang): string[] {
  const zh = lang === "zh-TW";
  const layout = layoutWord(lang, table.reading?.layout ?? table.kind);
  const lines = [
    zh
      ? `表 ${index + 1}：工作表「${sheet}」${table.range}，${layout}`
      : `Table ${index + 1}: sheet "${sheet}" ${table.range}, ${layout}`,
  ];
  if (table.title) lines.push(zh ? `  標題：${table.title}` : `  Title: ${table.title}`);
  if (table.period)
    lines.push(
      zh
        ? `  期別（取自標題或工作表名）：${table.period.label}`
        : `  Period (from the title or sheet name): ${table.period.label}`,
    );
  if (table.reading) {
    lines.push(zh ? `  表頭：${table.reading.header}` : `  Header: ${table.reading.header}`);
    for (const column of table.reading.columns) lines.push(columnLine(column, lang));
  }
  for (const e of table.evidence ?? []) lines.push(evidenceLine(e, lang));
  if (table.certainty === "doubtful" && table.doubtfulColumn)
    lines.push(
      zh
        ? `  讀取存疑：${table.doubtfulColumn} 欄的比率無法由任兩欄算出，此表未計算達成度`
        : `  Doubtful: the rates in ${table.doubtfulColumn} follow from no two columns; nothing computed from this table`,
    );
  const aggregates = table.aggregates ?? [];
  if (aggregates.length > 0) {
    const rows = aggregates.map((a) => `${a.label}@${a.row + 1}`).join(zh ? "、" : ", ");
    lines.push(zh ? `  合計列（不當指標，僅核對）：${rows}` : `  Total rows (checked, not indicators): ${rows}`);
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
    lines.push(lang === "zh-TW" ? "讀取不確定之處（未計算）：" : "Uncertain readings (not computed):");
    for (const f of uncertain) lines.push(`  ${f.sheet}!${f.cell ?? ""}: ${findingMessage(f, lang)}`);
  }
  return lines.map(terminalText).join("\n");
}
