import { keysUnder, translate, type Language, type MessageKey, type MessageParams } from "../../messages";

export type { Language };

type MethodName = "trend" | "growth" | "hold" | "stretch";

export interface Strings {
  readonly appTitle: string;
  readonly languageSwitch: string;
  readonly languageSwitchLabel: string;
  readonly previewNotice: string;
  readonly pickWorkbook: string;
  readonly pickWorkbookHint: string;
  readonly opening: string;
  readonly tabs: {
    readonly analyze: string;
    readonly report: string;
    readonly review: string;
    readonly targets: string;
  };
  readonly tabsLabel: string;
  readonly analyze: string;
  readonly analyzing: string;
  readonly noIndicators: string;
  readonly indicatorsFound: (n: number, below: number, tables: number) => string;
  readonly belowTarget: (n: number) => string;
  readonly selectCells: string;
  readonly period: string;
  readonly achievement: string;
  readonly growth: string;
  readonly light: string;
  readonly lightName: Readonly<Record<"green" | "yellow" | "red" | "white", string>>;
  readonly scoreTotal: string;
  readonly reportLanguage: string;
  readonly capAtOne: string;
  readonly yellowFrom: string;
  readonly yellowFromHint: string;
  readonly insertReport: string;
  readonly writing: string;
  readonly reportDone: (sheet: string) => string;
  readonly findingsTitle: (n: number) => string;
  readonly noFindings: string;
  readonly goToCell: (cell: string) => string;
  readonly writeComments: string;
  readonly removeComments: string;
  readonly commentsDone: (written: number, kept: number) => string;
  readonly commentsRemoved: string;
  readonly method: string;
  readonly methods: Readonly<Record<MethodName, string>>;
  readonly stretch: string;
  readonly draftsTitle: string;
  readonly indicator: string;
  readonly nextPeriod: string;
  readonly draft: string;
  readonly lowered: string;
  readonly noDrafts: string;
  readonly writeDrafts: string;
  readonly draftsDone: (sheet: string, n: number) => string;
  readonly download: string;
  readonly downloadHint: string;
  readonly errorTitle: string;
  readonly whatNext: string;
  readonly doneTitle: string;
  /** Inside Excel, while office.js starts (it can take a while in Excel on the web). */
  readonly connecting: string;
  readonly connectingSlow: string;
  readonly officeUnavailable: string;
  readonly continueInPreview: string;
  /** Issue 14: the indicator table, first run, review at scale, live rerun, target methods explained. */
  readonly firstRunTitle: string;
  readonly firstRunRoles: ReadonlyArray<{ readonly who: string; readonly what: string }>;
  /** Between a label and what it says (a first-run role and its work), and between the items of a list. */
  readonly colon: string;
  readonly listSeparator: string;
  /** A score sheet's column, its total and its grade (a grade the catalog names is translated). */
  readonly scoreLine: (column: string, total: number, grade: string) => string;
  readonly trySample: string;
  readonly sampleInserted: (sheets: string) => string;
  readonly status: (n: number, below: number, tables: number, period: string | null) => string;
  readonly filters: string;
  readonly lightFilter: (light: "green" | "yellow" | "red" | "white", n: number) => string;
  readonly hasFindings: string;
  readonly hasFindingsCount: (n: number) => string;
  readonly search: string;
  readonly shownOf: (shown: number, total: number) => string;
  readonly target: string;
  readonly actual: string;
  readonly achievementShort: string;
  readonly findingMark: (n: number) => string;
  readonly showHistory: (name: string) => string;
  readonly closeHistory: string;
  readonly noMatch: string;
  readonly clearFilters: string;
  readonly onlyInExcel: (where: string) => string;
  readonly findingsOfIndicator: string;
  readonly groupToggle: (kind: string, n: number) => string;
  readonly findingsShown: (n: number, cells: number) => string;
  readonly live: string;
  readonly liveRerun: string;
  readonly methodExplain: Readonly<Record<MethodName, (figure: string | null, stretch: string) => string>>;
  readonly methodExample: (name: string) => string;
  readonly methodNoFigure: string;
  readonly otherIndicator: string;
  /** Inside Excel, until the first write of the session. */
  readonly writeNoticeTitle: string;
  readonly writeNotice: string;
}

/** The catalog's family of grade names, keyed by the grade as the workbook writes it. */
const GRADE = "grade.";

/** Whether an optional part of a message is there: the catalog selects on "true". */
const given = (value: unknown): string => String(value !== null && value !== undefined);

/**
 * The pane's words in `language`, built from the shared message catalog (src/messages, keys "pane.…"):
 * this file holds no words of its own; plurals and number formats are the catalog's.
 */
export function paneStrings(language: Language): Strings {
  const t = (key: MessageKey, params?: MessageParams): string => translate(language, key, params);
  const lightName = {
    green: t("pane.lightName.green"),
    yellow: t("pane.lightName.yellow"),
    red: t("pane.lightName.red"),
    white: t("pane.lightName.white"),
  };
  const status = (n: number, below: number, tables: number, period: string | null): string =>
    t("pane.status", { n, below, tables, period: period ?? "", hasPeriod: given(period) });
  const explain =
    (key: MessageKey) =>
    (figure: string | null, stretch: string): string =>
      t(key, { figure: figure ?? "", hasFigure: given(figure), stretch });
  return {
    appTitle: t("pane.appTitle"),
    languageSwitch: t("pane.languageSwitch"),
    languageSwitchLabel: t("pane.languageSwitchLabel"),
    previewNotice: t("pane.previewNotice"),
    pickWorkbook: t("pane.pickWorkbook"),
    pickWorkbookHint: t("pane.pickWorkbookHint"),
    opening: t("pane.opening"),
    tabs: {
      analyze: t("pane.tabs.analyze"),
      report: t("pane.tabs.report"),
      review: t("pane.tabs.review"),
      targets: t("pane.tabs.targets"),
    },
    tabsLabel: t("pane.tabsLabel"),
    analyze: t("pane.analyze"),
    analyzing: t("pane.analyzing"),
    noIndicators: t("pane.noIndicators"),
    indicatorsFound: (n, below, tables) => status(n, below, tables, null),
    belowTarget: (n) => t("pane.belowTarget", { n }),
    selectCells: t("pane.selectCells"),
    period: t("pane.period"),
    achievement: t("pane.achievement"),
    growth: t("pane.growth"),
    light: t("pane.light"),
    lightName,
    scoreTotal: t("pane.scoreTotal"),
    reportLanguage: t("pane.reportLanguage"),
    capAtOne: t("pane.capAtOne"),
    yellowFrom: t("pane.yellowFrom"),
    yellowFromHint: t("pane.yellowFromHint"),
    insertReport: t("pane.insertReport"),
    writing: t("pane.writing"),
    reportDone: (sheet) => t("pane.reportDone", { sheet }),
    findingsTitle: (n) => t("pane.findingsTitle", { n }),
    noFindings: t("pane.noFindings"),
    goToCell: (cell) => t("pane.goToCell", { cell }),
    writeComments: t("pane.writeComments"),
    removeComments: t("pane.removeComments"),
    commentsDone: (written, kept) => t("pane.commentsDone", { written, kept }),
    commentsRemoved: t("pane.commentsRemoved"),
    method: t("pane.method"),
    methods: {
      trend: t("pane.methods.trend"),
      growth: t("pane.methods.growth"),
      hold: t("pane.methods.hold"),
      stretch: t("pane.methods.stretch"),
    },
    stretch: t("pane.stretch"),
    draftsTitle: t("pane.draftsTitle"),
    indicator: t("pane.indicator"),
    nextPeriod: t("pane.nextPeriod"),
    draft: t("pane.draft"),
    lowered: t("pane.lowered"),
    noDrafts: t("pane.noDrafts"),
    writeDrafts: t("pane.writeDrafts"),
    draftsDone: (sheet, n) => t("pane.draftsDone", { sheet, n }),
    download: t("pane.download"),
    downloadHint: t("pane.downloadHint"),
    errorTitle: t("pane.errorTitle"),
    whatNext: t("pane.whatNext"),
    doneTitle: t("pane.doneTitle"),
    firstRunTitle: t("pane.firstRunTitle"),
    firstRunRoles: [
      { who: t("pane.firstRun.budget.who"), what: t("pane.firstRun.budget.what") },
      { who: t("pane.firstRun.review.who"), what: t("pane.firstRun.review.what") },
      { who: t("pane.firstRun.plan.who"), what: t("pane.firstRun.plan.what") },
    ],
    colon: t("pane.colon"),
    listSeparator: t("pane.listSeparator"),
    scoreLine: (column, total, grade) => {
      const key = keysUnder(GRADE).find((k) => k.slice(GRADE.length) === grade);
      return t("pane.scoreLine", { column, total: String(total), grade: key === undefined ? grade : t(key) });
    },
    trySample: t("pane.trySample"),
    sampleInserted: (sheets) => t("pane.sampleInserted", { sheets }),
    status,
    filters: t("pane.filters"),
    lightFilter: (light, n) => t("pane.lightFilter", { light: lightName[light], n }),
    hasFindings: t("pane.hasFindings"),
    hasFindingsCount: (n) => t("pane.hasFindingsCount", { n }),
    search: t("pane.search"),
    shownOf: (shown, total) => t("pane.shownOf", { shown, total }),
    target: t("pane.target"),
    actual: t("pane.actual"),
    achievementShort: t("pane.achievementShort"),
    findingMark: (n) => t("pane.findingMark", { n }),
    showHistory: (name) => t("pane.showHistory", { name }),
    closeHistory: t("pane.closeHistory"),
    noMatch: t("pane.noMatch"),
    clearFilters: t("pane.clearFilters"),
    onlyInExcel: (where) => t("pane.onlyInExcel", { where }),
    findingsOfIndicator: t("pane.findingsOfIndicator"),
    groupToggle: (kind, n) => t("pane.groupToggle", { kind, n }),
    findingsShown: (n, cells) => t("pane.findingsShown", { n, cells }),
    live: t("pane.live"),
    liveRerun: t("pane.liveRerun"),
    methodExplain: {
      trend: explain("pane.methodExplain.trend"),
      growth: explain("pane.methodExplain.growth"),
      hold: explain("pane.methodExplain.hold"),
      stretch: explain("pane.methodExplain.stretch"),
    },
    methodExample: (name) => t("pane.methodExample", { name }),
    methodNoFigure: t("pane.methodNoFigure"),
    otherIndicator: t("pane.otherIndicator"),
    connecting: t("pane.connecting"),
    connectingSlow: t("pane.connectingSlow"),
    officeUnavailable: t("pane.officeUnavailable"),
    continueInPreview: t("pane.continueInPreview"),
    writeNoticeTitle: t("pane.writeNoticeTitle"),
    writeNotice: t("pane.writeNotice"),
  };
}

export const STRINGS: Readonly<Record<Language, Strings>> = { "zh-TW": paneStrings("zh-TW"), en: paneStrings("en") };

/** Office's display language decides the default: any Chinese → zh-TW, otherwise English. */
export function languageFor(displayLanguage: string | null): Language {
  return displayLanguage && /^zh/i.test(displayLanguage) ? "zh-TW" : "en";
}
