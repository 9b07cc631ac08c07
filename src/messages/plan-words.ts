import { NOTE_TAGS, type DraftsStrings, type ReportStrings, type ReviewStrings } from "../core";
import { findingKind, findingMessage } from "./findings";
import { translate, translateList, type Language } from "./translate";

/** The report sheet's words from the catalog. */
export function reportWords(language: Language): ReportStrings {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params);
  const [dimension = "", item = "", weight = ""] = translateList(language, "report.scores.headers");
  return {
    sheetName: t("report.sheetName"),
    title: t("report.title"),
    headers: translateList(language, "report.headers"),
    met: t("light.green"),
    near: t("light.yellow"),
    behind: t("light.red"),
    notComputable: t("light.none"),
    shareMet: t("report.shareMet"),
    directionNote: t("report.directionNote"),
    uncertain: (cells) => t("report.uncertain", { cells }),
    notComputed: (reason) => t("report.notComputed", { reason: t(`reason.${reason}`) }),
    remarks: (engine, source) => t("report.remarks", { engine, source }),
    pageOf: t("report.pageOf"),
    forPeriod: (period) => t("report.forPeriod", { period }),
    countFormat: t("report.countFormat"),
    categories: {
      title: t("report.categories.title"),
      category: t("report.categories.category"),
      met: t("light.green"),
      near: t("light.yellow"),
      behind: t("light.red"),
      notComputable: t("light.none"),
      shareMet: t("report.shareMet"),
      countFormat: "#,##0",
    },
    charts: {
      achievementTitle: (period) =>
        period === null ? t("report.charts.achievementTitle") : t("report.charts.achievementTitlePeriod", { period }),
      lowest: (shown, total) => t("report.charts.lowest", { shown, total }),
      achievement: t("report.charts.achievement"),
      achievementAxis: (cap) => t("report.charts.achievementAxis", { cap }),
      target100: t("report.charts.target100"),
      yellowFrom: (percent) => t("report.charts.yellowFrom", { percent }),
      indicator: t("report.charts.indicator"),
      trendTitle: (name) => t("report.charts.trendTitle", { name }),
      target: t("report.charts.target"),
      actual: t("report.charts.actual"),
      period: t("report.charts.period"),
      value: (unit) => (unit === null ? t("report.charts.value") : t("report.charts.valueUnit", { unit })),
    },
    kinds: {
      tableIs: (kind) => t(`report.kind.${kind}`),
      comparisonIs: (previous, current) => t("report.kind.comparison", { previous, current }),
      comparisonHeaders: translateList(language, "report.comparison.headers"),
      previousOf: (period) => t("report.comparison.previousOf", { period }),
      currentOf: (period) => t("report.comparison.currentOf", { period }),
      agrees: t("report.comparison.agrees"),
      differs: t("report.comparison.differs"),
      rose: t("report.comparison.rose"),
      fell: t("report.comparison.fell"),
      same: t("report.comparison.same"),
      differing: t("report.comparison.differing"),
      executionHeaders: translateList(language, "report.execution.headers"),
      allotted: t("report.execution.allotted"),
      partsCheck: t("report.execution.partsCheck"),
      executionShareMet: t("report.execution.shareMet"),
      planHeaders: translateList(language, "report.plan.headers"),
      reason: t("report.reasons.reason"),
      measure: t("report.reasons.measure"),
      goal: t("report.reasons.goal"),
      reasonsNote: t("report.reasons.note"),
    },
    scores: {
      title: t("report.scores.title"),
      heading: (title) => t("report.scores.heading", { title }),
      headers: [dimension, item, weight],
      total: t("report.scores.total"),
      grade: t("report.scores.grade"),
      subtotal: t("report.scores.subtotal"),
      gradeName: (name) => {
        const key = `grade.${name}`;
        return key === "grade.特優" || key === "grade.優等" || key === "grade.甲等" || key === "grade.乙等"
          ? t(key)
          : name;
      },
    },
  };
}

/** The findings sheet's words. */
export function reviewWords(language: Language): ReviewStrings {
  return {
    sheetName: translate(language, "review.sheetName"),
    title: translate(language, "review.title"),
    headers: translateList(language, "review.headers"),
    none: translate(language, "review.none"),
    severity: (severity) => translate(language, `severity.${severity}`),
    kind: (finding) => findingKind(finding, language),
    message: (finding) => findingMessage(finding, language),
    noteLine: (finding) =>
      translate(language, "review.noteLine", {
        kind: findingKind(finding, language),
        message: findingMessage(finding, language),
      }),
    noteTag: NOTE_TAGS[language],
    pageOf: translate(language, "report.pageOf"),
  };
}

/** The target drafts sheet's words. */
export function draftsWords(language: Language): DraftsStrings {
  const [periods = "", actuals = ""] = translateList(language, "drafts.helpers");
  return {
    sheetName: translate(language, "drafts.sheetName"),
    title: translate(language, "drafts.title"),
    headers: translateList(language, "drafts.headers"),
    helpers: [periods, actuals],
    method: (method, percent) => translate(language, `drafts.method.${method}`, { percent }),
    lowered: translate(language, "drafts.lowered"),
    loweredLower: translate(language, "drafts.loweredLower"),
    used: (cells, enough, needsTwo) =>
      translate(language, enough ? "drafts.used" : needsTwo ? "drafts.needsTwo" : "drafts.none", { cells }),
    pageOf: translate(language, "report.pageOf"),
  };
}
