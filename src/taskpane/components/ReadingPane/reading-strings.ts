import type { HeaderRole } from "../../../core";
import { keysUnder, translate, type MessageKey, type MessageParams } from "../../../messages";
import type { Language } from "../../i18n/strings";
import type { DeclaredRole } from "./useReadingPane";

/** This view's words: built from the shared message catalog (keys "reading.…"); none live here. */
export interface ReadingStrings {
  readonly tab: string;
  readonly title: string;
  readonly table: (sheet: string, range: string, layout: string) => string;
  readonly direction: string;
  readonly kind: string;
  readonly weight: string;
  readonly band: string;
  readonly exclude: string;
  readonly save: string;
  readonly saved: (n: number) => string;
  readonly declare: string;
  readonly declareRange: string;
  readonly useSelection: string;
  /** A header's role as the reading shows it; a role the catalog does not name is shown as it is. */
  readonly columnRoles: Partial<Record<HeaderRole, string>>;
  /** How one header cell was read: its cell, its text and the role it was taken for. */
  readonly columnRead: (cell: string, header: string, role: string) => string;
  readonly columnsSeparator: string;
  /** An indicator's sheet, after its name. */
  readonly sheetOf: (sheet: string) => string;
  /** A settings finding: its cell, then its message. */
  readonly problemLine: (cell: string, message: string) => string;
  readonly roleOf: (column: string, text: string) => string;
  readonly roles: Readonly<Record<DeclaredRole, string>>;
  readonly declareAdd: string;
  readonly declared: (n: number) => string;
  readonly badDeclare: string;
  readonly problems: string;
  readonly loading: string;
  readonly search: string;
  /** How many indicators' settings are shown, of how many. */
  readonly shown: (shown: number, total: number) => string;
  readonly noMatch: (query: string) => string;
}

const COLUMN_ROLE = "reading.columnRole.";

export function readingStrings(language: Language): ReadingStrings {
  const t = (key: MessageKey, params?: MessageParams): string => translate(language, key, params);
  return {
    tab: t("reading.tab"),
    title: t("reading.title"),
    table: (sheet, range, layout) => t("reading.table", { sheet, range, layout }),
    direction: t("reading.direction"),
    kind: t("reading.kind"),
    weight: t("reading.weight"),
    band: t("reading.band"),
    exclude: t("reading.exclude"),
    save: t("reading.save"),
    saved: (n) => t("reading.saved", { n }),
    declare: t("reading.declare"),
    declareRange: t("reading.declareRange"),
    useSelection: t("reading.useSelection"),
    columnRoles: Object.fromEntries(keysUnder(COLUMN_ROLE).map((k) => [k.slice(COLUMN_ROLE.length), t(k)])),
    columnRead: (cell, header, role) => t("reading.columnRead", { cell, header, role }),
    columnsSeparator: t("reading.columnsSeparator"),
    sheetOf: (sheet) => t("reading.sheetOf", { sheet }),
    problemLine: (cell, message) => t("reading.problemLine", { cell, message }),
    roleOf: (column, text) => t("reading.roleOf", { column, text }),
    search: t("reading.search"),
    shown: (shown, total) => t("reading.shown", { shown, total }),
    noMatch: (query) => t("reading.noMatch", { query }),
    roles: {
      none: t("reading.roles.none"),
      name: t("reading.roles.name"),
      target: t("reading.roles.target"),
      actual: t("reading.roles.actual"),
      reported: t("reading.roles.reported"),
      period: t("reading.roles.period"),
      weight: t("reading.roles.weight"),
    },
    declareAdd: t("reading.declareAdd"),
    declared: (n) => t("reading.declared", { n }),
    badDeclare: t("reading.badDeclare"),
    problems: t("reading.problems"),
    loading: t("reading.loading"),
  };
}

export const READING_STRINGS: Readonly<Record<Language, ReadingStrings>> = {
  "zh-TW": readingStrings("zh-TW"),
  en: readingStrings("en"),
};
