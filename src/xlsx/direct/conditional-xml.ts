import { withXlfnPrefixes, WorkbookWriteError, type ConditionalFormatPlan } from "../../core";
import type { WorksheetPart } from "./part-xml";
import type { StylesPart } from "./styles-part";
import { textOf } from "./xml-dom";
import { escapeText } from "./xml-text";

/** What identifies a rule on a range: type and formulas (a re-run adds no rule twice). */
export function planRuleKey(format: ConditionalFormatPlan): string {
  const formulae = format.kind === "expression" ? [withXlfnPrefixes(format.formula)] : [];
  return `${format.range}\u0000${format.kind === "expression" ? "expression" : "iconSet"}|${formulae.join("|")}`;
}

/** The rules a sheet already has, by the same key, and the highest priority among them. */
export function existingRules(sheet: WorksheetPart): { keys: Set<string>; priority: number } {
  const keys = new Set<string>();
  let priority = 0;
  for (const block of sheet.children(sheet.root, "conditionalFormatting")) {
    const range = block.attributes.sqref ?? "";
    for (const rule of sheet.children(block, "cfRule")) {
      const type = rule.attributes.type ?? "";
      priority = Math.max(priority, Number(rule.attributes.priority ?? 0) || 0);
      const formulae = sheet.children(rule, "formula").map(textOf);
      keys.add(`${range}\u0000${type}|${formulae.join("|")}`);
    }
  }
  return { keys, priority };
}

/** <conditionalFormatting> elements for the rules not already there, priorities after `priority`. */
export function conditionalXml(
  formats: readonly ConditionalFormatPlan[],
  styles: StylesPart,
  present: { keys: Set<string>; priority: number },
): string {
  let priority = present.priority;
  let out = "";
  for (const format of formats) {
    const key = planRuleKey(format);
    if (present.keys.has(key)) continue;
    present.keys.add(key);
    priority++;
    const rule =
      format.kind === "expression"
        ? `<cfRule type="expression" dxfId="${styles.dxf(format.fill, format.fontColor)}" priority="${priority}"><formula>${escapeText(withXlfnPrefixes(format.formula))}</formula></cfRule>`
        : `<cfRule type="iconSet" priority="${priority}"><iconSet iconSet="3TrafficLights1"><cfvo type="num" val="0"/><cfvo type="num" val="${format.yellow}"/><cfvo type="num" val="${format.green}"/></iconSet></cfRule>`;
    out += `<conditionalFormatting sqref="${escapeText(format.range)}">${rule}</conditionalFormatting>`;
  }
  return out;
}

/** Whether a sheet says it is protected (<sheetProtection sheet="1">). */
export function isProtected(sheet: WorksheetPart): boolean {
  const value = sheet.child(sheet.root, "sheetProtection")?.attributes.sheet;
  return value === "1" || value === "true";
}

/** The sheets a plan would add flags or notes to that are protected: refused, nothing written. */
export function protectedSheetsError(locked: readonly string[]): WorkbookWriteError {
  // Worded from the catalog at the edge, as the pane's Excel adapter words the same refusal.
  return new WorkbookWriteError("SHEET_PROTECTED", { sheets: locked });
}
