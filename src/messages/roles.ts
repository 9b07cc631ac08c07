import type { HeaderRole } from "../core";
import { keysUnder } from "./translate";
import type { MessageKey } from "./zh-TW";

/** Each role a header can be read as, by its catalog key: a role without words fails to compile. */
export const COLUMN_ROLE_KEY: Readonly<Record<HeaderRole, MessageKey>> = {
  code: "reading.columnRole.code",
  criteria: "reading.columnRole.criteria",
  remarks: "reading.columnRole.remarks",
  rate: "reading.columnRole.rate",
  budget: "reading.columnRole.budget",
  executed: "reading.columnRole.executed",
  payable: "reading.columnRole.payable",
  reserved: "reading.columnRole.reserved",
  weight: "reading.columnRole.weight",
  scoreItem: "reading.columnRole.scoreItem",
  score: "reading.columnRole.score",
  rating: "reading.columnRole.rating",
  reported: "reading.columnRole.reported",
  status: "reading.columnRole.status",
  goal: "reading.columnRole.goal",
  dimension: "reading.columnRole.dimension",
  indicator: "reading.columnRole.indicator",
  target: "reading.columnRole.target",
  actual: "reading.columnRole.actual",
  unit: "reading.columnRole.unit",
  direction: "reading.columnRole.direction",
  period: "reading.columnRole.period",
};

const GRADE = "grade.";

/** A grade as the workbook writes it (特優, A+), in words where the catalog names it, else as it is. */
export function gradeWord(t: (key: MessageKey) => string, grade: string): string {
  const key = keysUnder(GRADE).find((k) => k.slice(GRADE.length) === grade);
  return key === undefined ? grade : t(key);
}
