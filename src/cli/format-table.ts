import stringWidth from "string-width";
import {
  DECIMAL_FORMAT,
  figureFormat,
  showFigure,
  showPercent,
  SYMBOL_OF_LIGHT,
  WHOLE_FORMAT,
  type WorkbookReport,
} from "../core";
import { findingKind, findingMessage, translate, translateList, reportWords } from "../messages";
import { summarize } from "./summary";

const pct = showPercent;

/** A score or a dimension's sum: separators, up to two decimals as the sheet's cells show. */
function num(value: number | null): string {
  return showFigure(value, value !== null && Number.isInteger(value) ? WHOLE_FORMAT : DECIMAL_FORMAT);
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
  if (width(text) <= max) return text;
  const room = max - width("…");
  let out = "";
  for (const ch of text) {
    if (width(out + ch) > room) break;
    out += ch;
  }
  return `${out}…`;
}

function pad(text: string, to: number): string {
  return text + " ".repeat(Math.max(0, to - width(text)));
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? "")))) ?? [];
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
      const rows = sheet.indicators.flatMap((ind) => {
        // Targets and actuals in the report's format for the indicator (a rate as a percentage).
        const format = figureFormat(
          ind,
          ind.periods.flatMap((p) => [p.target, p.actual]).filter((v): v is number => v !== null),
        );
        return ind.periods.map((p) => [
          truncate(ind.name, NAME_WIDTH),
          p.period ?? "—",
          showFigure(p.target, format),
          showFigure(p.actual, format),
          pct(p.achievement),
          pct(p.growth),
          SYMBOL_OF_LIGHT[p.light],
          pct(p.reported),
        ]);
      });
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
