import { foldScript } from "./script-fold";

/**
 * What a row's status cell says of its target (a "Met Target" column of yes and no, 是否達成 of 達成
 * and 未達成): met, not met, or nothing (Amber, "partly", a cross whose meaning the column gives).
 * "Above target", "below target", "exceeded" say where the result stands, not whether that is good:
 * below a target of missed collections is a target met.
 * The words live here, in both languages, in one place.
 */
const MET = new Set(["yes", "y", "met", "achieved", "met target", "target met", "✓", "✔", "☑"]);
// In traditional script: simplified verdicts (未达成) are folded to it before they are looked up.
const MET_ZH = new Set(["是", "達成", "已達成", "達標", "已達標", "符合"]);
// Red of a RAG status is a target missed; Green may be a miss within the council's tolerance (43%
// against 50%), and Amber a near miss: neither says met.
const NOT_MET = new Set(["no", "n", "not met", "not achieved", "missed", "red", "✗", "✘"]);
const NOT_MET_ZH = new Set(["否", "未達成", "未達", "未達標", "不符合"]);

/** Longer text states more than met or not: it is not read as a status. */
const LONGEST_STATUS = 20;

export function metInStatus(text: string): boolean | null {
  if (text.length > LONGEST_STATUS) return null;
  // "Yes." and "Met*" are yes and met; case and spaces say nothing.
  const key = text
    .trim()
    .replace(/[.!*†‡]+$/, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
  if (MET.has(key)) return true;
  if (NOT_MET.has(key)) return false;
  const folded = foldScript(key);
  if (MET_ZH.has(folded)) return true;
  if (NOT_MET_ZH.has(folded)) return false;
  return null;
}
