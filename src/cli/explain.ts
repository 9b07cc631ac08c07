import type { DetectedTable, TableEvidence, TableReading, WorkbookReport } from "../core";
import { findingMessage, layoutWord } from "../messages";

type Lang = "zh-TW" | "en";

const ROLE_WORDS: Readonly<Record<string, { zh: string; en: string }>> = {
  indicator: { zh: "指標名稱", en: "indicator" },
  goal: { zh: "目標／類別", en: "goal / category" },
  dimension: { zh: "面向", en: "dimension" },
  target: { zh: "目標值", en: "target" },
  actual: { zh: "實際值", en: "actual" },
  reported: { zh: "填報達成度", en: "reported achievement" },
  budget: { zh: "預算數", en: "budget" },
  executed: { zh: "執行數", en: "executed" },
  payable: { zh: "應付數", en: "payable" },
  reserved: { zh: "保留數", en: "carried over" },
  rate: { zh: "執行率", en: "execution rate" },
  weight: { zh: "權重／配分", en: "weight" },
  scoreItem: { zh: "評分項目", en: "score item" },
  score: { zh: "分數", en: "score" },
  rating: { zh: "評核結果", en: "rating" },
  status: { zh: "達成情形", en: "status" },
  unit: { zh: "單位", en: "unit" },
  remarks: { zh: "備註", en: "remarks" },
  criteria: { zh: "衡量標準", en: "criteria" },
  code: { zh: "代碼（不當數字）", en: "code (never a figure)" },
  direction: { zh: "方向", en: "direction" },
  period: { zh: "年度", en: "period" },
};

function word(map: Readonly<Record<string, { zh: string; en: string }>>, key: string, lang: Lang): string {
  const entry = map[key];
  return entry ? (lang === "zh-TW" ? entry.zh : entry.en) : key;
}

function columnLine(column: TableReading["columns"][number], lang: Lang): string {
  const zh = lang === "zh-TW";
  const role = column.role === null ? (zh ? "未使用" : "not used") : word(ROLE_WORDS, column.role, lang);
  const period = column.period === null ? "" : zh ? `，${column.period} 期` : `, period ${column.period}`;
  const why = column.word === null ? "" : zh ? `（依「${column.word}」）` : ` (from "${column.word}")`;
  const unused = column.role !== null && !column.used ? (zh ? "，未讀數字" : ", no figures read") : "";
  return `    ${column.cell} 「${column.header.slice(0, 40)}」 → ${role}${period}${why}${unused}`;
}

/** "I = (B − D) ÷ D on 26 of 27 rows at 2 decimals": the arithmetic the reading rests on. */
function evidenceLine(e: TableEvidence, lang: Lang): string {
  const col = (cell: string) => cell.replace(/\d+$/, "");
  const formula =
    e.relation === "ratio"
      ? `${col(e.rate)} = ${col(e.of)} ÷ ${col(e.over)}`
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
    for (const table of sheet.tables) lines.push(...tableLines(sheet.sheet, table, index++, lang));
  }
  const uncertain = report.findings.filter((f) => f.code === "READING_UNCERTAIN");
  if (uncertain.length > 0) {
    lines.push(lang === "zh-TW" ? "讀取不確定之處（未計算）：" : "Uncertain readings (not computed):");
    for (const f of uncertain) lines.push(`  ${f.sheet}!${f.cell ?? ""}: ${findingMessage(f, lang)}`);
  }
  return lines.join("\n");
}
