import { findingKind, findingMessage, reportWords, translate, translateList } from "../messages";
import { SYMBOL_OF_LIGHT, type WorkbookReport } from "../core";

function pct(value: number | null): string {
  return value === null
    ? "—"
    : `${(value * 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
}

function num(value: number | null): string {
  if (value === null) return "—";
  return Number.isInteger(value) ? value.toLocaleString("en-US") : String(Number(value.toPrecision(10)));
}

/** East Asian wide characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6★▲●□]/.test(ch)
      ? 2
      : 1;
  return w;
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

/** The readable form of `indicators analyze`: one line per indicator and period, then the findings. */
export function formatReport(report: WorkbookReport, lang: "zh-TW" | "en"): string {
  const zh = lang === "zh-TW";
  const out: string[] = [];
  for (const sheet of report.sheets) {
    out.push(`# ${sheet.sheet}`);
    if (sheet.indicators.length > 0) {
      const head = translateList(lang, "cli.tableHeaders");
      const rows = sheet.indicators.flatMap((ind) =>
        ind.periods.map((p) => [
          ind.name.length > 24 ? `${ind.name.slice(0, 23)}…` : ind.name,
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
  }
  return out.join("\n");
}
