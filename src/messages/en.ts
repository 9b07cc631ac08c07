import type { MessageKey } from "./zh-TW";

/** The English catalog: the same keys as zh-TW.ts, in ICU MessageFormat with English plural rules. */
export const EN: Readonly<Record<MessageKey, string>> = {
  "finding.REPORTED_MISMATCH":
    "{against, select, previous {“{indicator}” reports {reported, number, ::percent .00}, but this period against the previous one is {computed, number, ::percent .00}.{diagnosis} Check the figures or the method.} other {“{indicator}” reports {reported, number, ::percent .00} achievement, but the target and actual give {computed, number, ::percent .00}.{diagnosis} Check the figures or the method.}}",
  "finding.NOT_A_FIGURE":
    "{cell} of “{indicator}” is not a figure (“{text}”), so this period cannot be computed; enter a number or “--”.",
  "finding.ERROR_VALUE":
    "{cell} of “{indicator}” holds the error {error}, so this period cannot be computed; fix that cell’s formula.",
  "finding.NOT_COMPUTABLE": "“{indicator}” cannot be computed: {reason}.",
  "finding.NO_INDICATOR_TABLE": "No indicator table found on sheet “{sheet}”. Looked for {lookedFor}.",
  "finding.DUPLICATE_INDICATOR":
    "The indicator name “{indicator}” appears more than once; each is computed on its own. Check whether they are the same indicator.",
  "finding.UNIT_MISMATCH":
    "“{indicator}”: the target is in “{targetUnit}” but the actual in “{actualUnit}”; check that they measure the same thing.",
  "finding.SCORE_NOT_A_FIGURE": "The {column} of “{item}” is not a number; it counts as 0 in the total. Enter a score.",
  "finding.COMPONENTS_SUM_MISMATCH":
    "The components of “{indicator}” add up to {parts} = {sum, number}, not the actual {actual, number}; check the parts or the total.",
  "finding.RATINGS_DIFFER":
    "“{indicator}”: {first} {firstRating} and {later} {laterRating} differ; confirm the rating.",
  "finding.TARGET_MISSING":
    "“{indicator}” has an actual but no target for {hasPeriod, select, yes {period {period}} other {this period}}, so achievement cannot be judged; enter the target.",
  "finding.ACTUAL_MISSING":
    "“{indicator}” has a target but no actual for {hasPeriod, select, yes {period {period}} other {this period}}; enter the actual or state why.",
  "finding.TARGET_LOWERED":
    "“{indicator}”: the target {target, number} is lowered from the previous period’s {base, number} with no stated reason; give the reason in the remarks.",
  "finding.TARGET_NOT_POSITIVE":
    "“{indicator}”: the target for {hasPeriod, select, yes {period {period}} other {this period}} is {target, number}; {sign, select, zero {achievement divides by the target, so it cannot be computed} other {a negative target makes the ratio meaningless}}. Check the target, or measure by the difference instead.",
  "finding.WEIGHTS_NOT_100":
    "The weights of the score sheet add up to {total, number}, not 100; check each item’s weight.",
  "finding.EMPTY_TABLE":
    "Sheet “{sheet}” has a table header at {range} but no indicator rows; add the indicators below the header.",
  "finding.READING_UNCERTAIN":
    "“{indicator}”: {cells} give an achievement of {achievement, number, ::percent .00}, beyond any plausible range; the columns may be misread or the units differ, so no achievement is computed. Check that these cells are the target and actual in the same unit, or declare the columns in the indicator settings.",
  "finding.AGGREGATE_MISMATCH":
    "The “{label}” row’s {cell} is {stated, number}, but the rows above add up to {sum, number}; check the total or the rows.",
  "finding.BUDGET_PARTS_MISMATCH":
    "“{indicator}”: the budget {stated, number} is not {parts} = {sum, number} (executed + payable + carried over); check the figures.",

  "finding.SETTINGS_UNKNOWN_WORD":
    "The settings’ “{columnEn}” holds “{word}”, which is not a known word; use one of: {allowedEn}. This cell is not applied; the rest of the settings are.",
  "finding.SETTINGS_BAD_VALUE":
    "The settings’ “{columnEn}” holds “{value}”, which is not a usable number; it should be {allowedEn}. This cell is not applied; the rest of the settings are.",
  "finding.SETTINGS_NOT_FOUND":
    "The settings name “{name}”, but no such indicator was found{hasSheet, select, yes { on sheet “{where}”} other {}}; check the name and the sheet, or declare its table in the tables part. This row is not applied.",
  "finding.SETTINGS_DUPLICATE":
    "The settings have two rows for “{name}” ({first} and {cell}); only the first, {first}, is applied. Delete the extra row.",
  "finding.SETTINGS_BAD_RANGE":
    "The table declaration is wrong: {whatEn}. This table is not applied; the rest of the settings are.",
  "diagnosis.REPORTED_CAPPED": " The reported figure is the computed one capped at 100%.",
  "diagnosis.REPORTED_IS_ACTUAL": " The reported figure is the actual itself (a growth rate), not the achievement.",
  "diagnosis.REPORTED_IS_GROWTH":
    "{basis, select, previous { The reported figure is the growth on the previous period.} other { The reported figure is the growth over target ((actual − target) ÷ target).}}",

  "kind.REPORTED_MISMATCH": "Reported figure disagrees",
  "kind.NOT_A_FIGURE": "Not a figure",
  "kind.ERROR_VALUE": "Error value",
  "kind.NOT_COMPUTABLE": "Not computable",
  "kind.NO_INDICATOR_TABLE": "No indicator table",
  "kind.DUPLICATE_INDICATOR": "Duplicate indicator",
  "kind.UNIT_MISMATCH": "Units differ",
  "kind.SCORE_NOT_A_FIGURE": "Score not a figure",
  "kind.COMPONENTS_SUM_MISMATCH": "Components do not add up",
  "kind.RATINGS_DIFFER": "Ratings differ",
  "kind.TARGET_MISSING": "Target missing",
  "kind.ACTUAL_MISSING": "Actual missing",
  "kind.TARGET_LOWERED": "Target lowered",
  "kind.TARGET_NOT_POSITIVE": "Target zero or negative",
  "kind.WEIGHTS_NOT_100": "Weights do not add up to 100",
  "kind.EMPTY_TABLE": "Table without indicators",
  "kind.READING_UNCERTAIN": "Reading uncertain",
  "kind.AGGREGATE_MISMATCH": "Total disagrees",
  "kind.BUDGET_PARTS_MISMATCH": "Budget parts do not add up",

  "kind.SETTINGS_UNKNOWN_WORD": "Unknown word in the settings",
  "kind.SETTINGS_BAD_VALUE": "Bad value in the settings",
  "kind.SETTINGS_NOT_FOUND": "Settings name no indicator",
  "kind.SETTINGS_DUPLICATE": "Settings row repeated",
  "kind.SETTINGS_BAD_RANGE": "Table declaration wrong",

  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Info",

  "reason.missing-target": "the target is missing",
  "reason.missing-actual": "the actual is missing",
  "reason.missing-previous": "the previous period’s actual is missing",
  "reason.zero-target": "the target is 0, so no ratio can be computed",
  "reason.zero-actual": "the actual is 0, so a lower-is-better ratio cannot be computed",
  "reason.zero-base": "the base period is 0, so no growth can be computed",
  "reason.negative-base": "the base or target is negative, so the ratio has no meaning",
  "reason.uncertain-reading": "the reading is uncertain (achievement beyond any plausible range); check the columns",
  "reason.no-span": "the span of periods is too short for an average growth rate",
  "reason.out-of-range": "the figures are out of the range a ratio can be computed in",

  "light.green": "★ Met",
  "light.yellow": "▲ Near target",
  "light.red": "● Behind",
  "light.none": "□ Not computable",

  "grade.特優": "Outstanding",
  "grade.優等": "Excellent",
  "grade.甲等": "Good",
  "grade.乙等": "Fair",

  lookedFor:
    "multi-year blocks (rows Target / Actual / Achievement), one-row-per-indicator tables (columns Indicator, Target, Actual), period comparisons (two or more year columns) or score sheets (Dimension, Item, Weight)",

  "report.sheetName": "Indicator report",
  "report.title": "Performance indicator report",
  "report.headers": "Indicator|Period|Direction|Target|Actual|Unit|Achievement|Growth|Light|Remark",
  "report.shareMet": "Share met",
  "report.directionNote": "Direction: ↑ higher is better, ↓ lower is better, ↔ closer to target is better",
  "report.uncertain": "Reading uncertain, not computed; check {cells}",
  "report.notComputed": "Not computable: {reason}",
  "report.remarks": "{engine}; {source}",
  "report.pageOf": "Page &P of &N",
  "report.forPeriod": " (reporting period {period})",
  "report.countFormat": '#,##0"    "',
  "report.categories.title": "By goal or dimension (reporting period)",
  "report.categories.category": "Goal or dimension",
  "report.scores.title": "Score sheet",
  "report.scores.heading": "Score sheet: {title}",
  "report.scores.headers": "Dimension|Item|Weight",
  "report.scores.total": "Total",
  "report.scores.grade": "Grade",
  "report.scores.subtotal": "Subtotal",
  "report.charts.achievementTitle": "Achievement by indicator",
  "report.charts.achievementTitlePeriod": "Achievement by indicator (reporting period {period})",
  "report.charts.lowest": " (lowest {shown, number} of {total, number})",
  "report.charts.achievement": "Achievement",
  "report.charts.achievementAxis": "Achievement (bars stop at {cap})",
  "report.charts.target100": "Target 100%",
  "report.charts.yellowFrom": "Yellow from {percent}",
  "report.charts.indicator": "Indicator",
  "report.charts.trendTitle": "{name}: target and actual",
  "report.charts.target": "Target",
  "report.charts.actual": "Actual",
  "report.charts.period": "Period",
  "report.charts.value": "Value",
  "report.charts.valueUnit": "Value ({unit})",

  "review.sheetName": "Review findings",
  "review.title": "Review findings (made by the Indicators add-in; replaced when review runs again)",
  "review.headers": "Kind|Severity|Sheet|Cell|Description|Computed",
  "review.none": "No findings",
  "review.noteLine": "{kind}: {message}",

  "drafts.sheetName": "Target drafts",
  "drafts.title": "Next-period target drafts (edit freely; formulas point at the source cells)",
  "drafts.headers": "Indicator|Method|Next period|Draft target|Last target|Last actual|Warning|Inputs",
  "drafts.helpers": "Past periods|Past actuals",
  "drafts.method.trend": "Linear trend (FORECAST.LINEAR)",
  "drafts.method.growth": "Average growth (RRI)",
  "drafts.method.hold": "Hold the line (better of last target and actual)",
  "drafts.method.stretch": "Stretch {percent}%",
  "drafts.lowered": "Lowered: below the last target or actual; state a reason",
  "drafts.loweredLower": "Lowered: above the last target or actual (lower is better); state a reason",
  "drafts.used": "actuals {cells}",
  "drafts.none": "actuals {cells} (not enough history)",

  "cli.findingsHeading": "## {count, plural, one {# finding} other {# findings}}",
  "cli.settingsWritten":
    "Wrote {output}: sheet “{sheet}”, {rows, plural, one {# indicator row} other {# indicator rows}}{problems, plural, =0 {.} one {; # settings cell to fix:} other {; # settings cells to fix:}}",
  "cli.total": "total",
  "cli.reviewWritten":
    "Wrote {output}: {findings, plural, one {# finding} other {# findings}}, {notes, plural, one {# note} other {# notes}}{kept, plural, =0 {} one { (# cell holds a person’s note; see the findings sheet)} other { (# cells hold a person’s note; see the findings sheet)}}.",
  "cli.tableHeaders": "Indicator|Period|Target|Actual|Achievement|Growth|Light|Reported",
  "cli.noIndicators": "No indicators to report.{detail}",
};
