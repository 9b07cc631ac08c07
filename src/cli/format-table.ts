import { maxOf } from "../core/values/arrays";
import stringWidth from "string-width";
import { SYMBOL_OF_LIGHT, type WorkbookReport } from "../core";
import { findingKind, findingMessage, translate, translateList, reportWords } from "../messages";
import { summarize } from "./summary";

function pct(value: number | null): string {
  return value === null
    ? "—"
    : `${(value * 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
}

function num(value: number | null): string {
  if (value === null) return "—";
  return Number.isInteger(value) ? value.toLocaleString("en-US") : String(Number(value.toPrecision(10)));
}

/**
 * Columns a terminal gives the text: CJK two, and the East Asian ambiguous ones (★▲●□, —, …) two
 * as well, as a zh-TW terminal draws them.
 */
export function width(text: string): number {
  return stringWidth(text, { ambiguousIsNarrow: false });
}

/** Cut to at most `max` columns, ending with … where cut. */
export function truncate(text: string, max: number): string {
  // A name of 2,000,000 characters is measured by its head only: string-width is slow on long text,
  // and no character is wider than two columns, so the head decides wherever it is cut.
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  if (width(head) <= max && (head === text || width(text) <= max)) return text;
  const room = max - width("…");
  let out = "";
  for (const ch of head) {
    if (width(out + ch) > room) break;
    out += ch;
  }
  return `${out}…`;
}

function pad(text: string, to: number): string {
  return text + " ".repeat(Math.max(0, to - width(text)));
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => maxOf(rows.map((r) => width(r[c] ?? "")))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, c) => pad(cell, widths[c] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

const NAME_WIDTH = 40;

/** One line: indicators, the lights of the reporting period, share met, findings. */
export function summaryLine(report: WorkbookReport, lang: "zh-TW" | "en"): string {
  const s = summarize(report, lang);
  const lights = `★ ${s.lights.green}  ▲ ${s.lights.yellow}  ● ${s.lights.red}  □ ${s.lights.white}`;
  const share = pct(s.shareMet);
  if (lang === "zh-TW")
    return `合計：指標 ${s.indicators} 項${s.period === null ? "" : `（${s.period} 期）`}  ${lights}  達成比率 ${share}  檢核發現 ${s.findings.length} 項`;
  return `Total: ${s.indicators} indicators${s.period === null ? "" : ` (period ${s.period})`}  ${lights}  share met ${share}  ${s.findings.length} findings`;
}

/** The readable form of `indicators analyze`: one line per indicator and period, the findings, then a summary line. */
export function formatReport(report: WorkbookReport, lang: "zh-TW" | "en"): string {
  const zh = lang === "zh-TW";
  const out: string[] = [];
  for (const sheet of report.sheets) {
    out.push(`# ${sheet.sheet}`);
    if (sheet.indicators.length > 0) {
      const head = translateList(lang, "cli.tableHeaders");
      const rows = sheet.indicators.flatMap((ind) =>
        ind.periods.map((p) => [
          truncate(ind.name, NAME_WIDTH),
          p.period ?? "—",
          num(p.target),
          num(p.actual),
          pct(p.achievement),
          pct(p.growth),
          SYMBOL_OF_LIGHT[p.light],
          pct(p.reported),
        ]),
      );
      out.push(table([head, ...rows]));
    }
    for (const card of sheet.scorecards) {
      const dims = Object.entries(card.byDimension)
        .map(([d, v]) => `${d} ${num(v)}`)
        .join(zh ? "、" : ", ");
      const grade = reportWords(lang).scores.gradeName(card.grade);
      out.push(
        `${card.column}: ${translate(lang, "cli.total")} ${num(card.total)} → ${grade}${zh ? `（${dims}）` : ` (${dims})`}`,
      );
    }
    out.push("");
  }
  if (report.findings.length > 0) {
    out.push(translate(lang, "cli.findingsHeading", { count: report.findings.length }));
    for (const f of report.findings)
      out.push(`${findingKind(f, lang)}  ${f.sheet}!${f.cell ?? ""}  ${findingMessage(f, lang)}`);
    out.push("");
  }
  out.push(summaryLine(report, lang));
  return out.join("\n");
}
