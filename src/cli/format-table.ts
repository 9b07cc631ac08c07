import {
  comparisonTally,
  DECIMAL_FORMAT,
  figureFormat,
  reportKind,
  showFigure,
  showPercent,
  SYMBOL_OF_LIGHT,
  WHOLE_FORMAT,
  type Language,
  type SheetReport,
  type WorkbookReport,
} from "../core";
import { findingKind, findingWords, joinList, translate, translateList, reportWords } from "../messages";
import { tally } from "./summary";
import { ambiguousIsWide, terminalText, width } from "./terminal";

export { width } from "./terminal";

/** The same formatter as the pane's table and history, and the report's cells. */
const pct = showPercent;

/** A score or a dimension's sum: separators, up to two decimals as the sheet's cells show. */
function num(value: number | null): string {
  return showFigure(value, value !== null && Number.isInteger(value) ? WHOLE_FORMAT : DECIMAL_FORMAT);
}

/** Cut to at most `max` columns, ending with … where cut. */
export function truncate(text: string, max: number, wide: boolean = ambiguousIsWide()): string {
  // A name of 2,000,000 characters is measured by its head only: string-width is slow on long text,
  // and no character is wider than two columns, so the head decides wherever it is cut.
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  if (width(head, wide) <= max && (head === text || width(text, wide) <= max)) return text;
  const room = max - width("…", wide);
  let out = "";
  for (const ch of head) {
    if (width(out + ch, wide) > room) break;
    out += ch;
  }
  return `${out}…`;
}

const NAME_WIDTH = 40;

/**
 * One line: indicators, the lights of the reporting period, share met, findings. A comparison has
 * no target to meet: its line counts the items compared, between which periods, and how many rose,
 * fell or stayed level.
 */
export function summaryLine(report: WorkbookReport, lang: Language): string {
  if (reportKind(report) === "comparison") {
    const c = comparisonTally(report);
    const span = c.previous !== null && c.current !== null;
    return translate(lang, "cli.comparisonTotal", {
      ...c,
      previous: span ? c.previous : "none",
      current: c.current ?? "",
      findings: report.findings.length,
    });
  }
  // The counts only: the summary's findings (words for each) are not needed for their number.
  const s = { ...tally(report), findings: report.findings };
  const lights = `★ ${s.lights.green}  ▲ ${s.lights.yellow}  ● ${s.lights.red}  □ ${s.lights.white}`;
  return translate(lang, "cli.summaryLine", {
    // As text: the counts are printed without grouping, as the table's own cells.
    indicators: String(s.indicators),
    hasPeriod: s.period === null ? "no" : "yes",
    period: s.period ?? "",
    lights,
    share: pct(s.shareMet),
    findings: String(s.findings.length),
  });
}

/** The cells of one sheet's table, row by row: made twice (widths, then lines), never all kept. */
function* tableRows(indicators: SheetReport["indicators"], wide: boolean): Generator<string[]> {
  for (const ind of indicators) {
    // Targets and actuals in the report's format for the indicator (a rate as a percentage).
    const format = figureFormat(
      ind,
      ind.periods.flatMap((p) => [p.target, p.actual]).filter((v): v is number => v !== null),
    );
    const name = truncate(terminalText(ind.name), NAME_WIDTH, wide);
    for (const p of ind.periods)
      yield [
        name,
        terminalText(p.period ?? "—"),
        showFigure(p.target, format),
        showFigure(p.actual, format),
        pct(p.achievement),
        pct(p.growth),
        SYMBOL_OF_LIGHT[p.light],
        pct(p.reported),
      ];
  }
}

/** A sheet's table: the header and a line per indicator and period, in columns as wide as their widest cell. */
function* table(sheet: SheetReport, lang: Language, wide: boolean): Generator<string> {
  const head = translateList(lang, "cli.tableHeaders");
  const widths = head.map((cell) => width(cell, wide));
  const subtotals = sheet.subtotals ?? [];
  for (const list of [sheet.indicators, subtotals])
    for (const row of tableRows(list, wide))
      row.forEach((cell, c) => {
        widths[c] = Math.max(widths[c] ?? 0, width(cell, wide));
      });
  const line = (row: readonly string[]) =>
    row
      .map((cell, c) => cell + " ".repeat(Math.max(0, (widths[c] ?? 0) - width(cell, wide))))
      .join("  ")
      .trimEnd();
  yield line(head);
  for (const row of tableRows(sheet.indicators, wide)) yield line(row);
  if (subtotals.length === 0) return;
  yield translate(lang, "cli.subtotalsHeading");
  for (const row of tableRows(subtotals, wide)) yield line(row);
}

/**
 * The readable form of `indicators analyze`: one line per indicator and period, the findings, then a
 * summary line. Columns line up as the terminal draws them (`wide`: the ambiguous ★ ▲ ● □ — two
 * columns, as a CJK locale's terminal draws them); the workbook's text never carries a control
 * character to the terminal.
 */
export function formatReport(report: WorkbookReport, lang: Language, wide: boolean = ambiguousIsWide()): string {
  return Array.from(reportChunks(report, lang, wide)).join("\n");
}

/** Lines per chunk: a million-row table is printed a chunk at a time, never held as one text. */
const CHUNK_LINES = 4096;

/**
 * formatReport's text in chunks of lines, each to be printed followed by a line break; joined with
 * line breaks they are formatReport's text. No chunk ends with an empty line (a printer that adds
 * the line break only where the text lacks one prints the same).
 */
export function* reportChunks(
  report: WorkbookReport,
  lang: Language,
  wide: boolean = ambiguousIsWide(),
): Generator<string> {
  let lines: string[] = [];
  for (const line of reportLines(report, lang, wide)) {
    if (lines.length >= CHUNK_LINES && line !== "" && lines[lines.length - 1] !== "") {
      yield lines.join("\n");
      lines = [];
    }
    lines.push(line);
  }
  if (lines.length > 0) yield lines.join("\n");
}

function* reportLines(report: WorkbookReport, lang: Language, wide: boolean): Generator<string> {
  for (const sheet of report.sheets) {
    yield translate(lang, "cli.sheetHeading", { sheet: terminalText(sheet.sheet) });
    if (sheet.indicators.length > 0) yield* table(sheet, lang, wide);
    for (const card of sheet.scorecards) {
      const dimensions = joinList(
        lang,
        Object.entries(card.byDimension).map(([d, v]) => `${d} ${num(v)}`),
      );
      const grade = reportWords(lang).scores.gradeName(card.grade);
      yield terminalText(
        translate(lang, "cli.scorecardLine", { column: card.column, total: num(card.total), grade, dimensions }),
      );
    }
    yield "";
  }
  if (report.findings.length > 0) {
    yield translate(lang, "cli.findingsHeading", { count: report.findings.length });
    const kinds = new Map<string, string>();
    for (const f of report.findings) {
      let kind = kinds.get(f.code);
      if (kind === undefined) kinds.set(f.code, (kind = findingKind(f, lang)));
      yield terminalText(`${kind}  ${f.sheet}!${f.cell ?? ""}  ${findingWords(f, lang)}`);
    }
    yield "";
  }
  yield summaryLine(report, lang);
}
