import { withXlfnPrefixes, type ConditionalFormatPlan } from "../../core";
import type { StylesPart } from "./styles-part";
import { attribute, elementsAfter, escapeText, tagsOf, unescapeXml } from "./xml-text";

/** What identifies a rule on a range, as the exceljs adapter's check (apply-plan.ts ruleKey): type and formulas. */
export function planRuleKey(format: ConditionalFormatPlan): string {
  const formulae = format.kind === "expression" ? [withXlfnPrefixes(format.formula)] : [];
  return `${format.range}\u0000${format.kind === "expression" ? "expression" : "iconSet"}|${formulae.join("|")}`;
}

/** The rules a sheet already has, by the same key, and the highest priority among them. */
export function existingRules(sheetXml: string, from = 0): { keys: Set<string>; priority: number } {
  const keys = new Set<string>();
  let priority = 0;
  const blocks = sheetXml.slice(from).matchAll(/<conditionalFormatting\b([^>]*)>([\s\S]*?)<\/conditionalFormatting>/g);
  for (const block of blocks) {
    const range = attribute(block[0], "sqref") ?? "";
    for (const rule of (block[2] ?? "").matchAll(/<cfRule\b([^>]*?)(?:\/>|>([\s\S]*?)<\/cfRule>)/g)) {
      const type = attribute(rule[0], "type") ?? "";
      priority = Math.max(priority, Number(attribute(rule[0], "priority") ?? 0) || 0);
      const formulae = [...(rule[2] ?? "").matchAll(/<formula>([\s\S]*?)<\/formula>/g)].map((m) =>
        unescapeXml(m[1] ?? ""),
      );
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

/** Elements after <conditionalFormatting> in CT_Worksheet's sequence. */
export const AFTER_CONDITIONAL = elementsAfter("conditionalFormatting");

/** Whether a sheet's XML says it is protected (<sheetProtection sheet="1">). */
export function isProtected(sheetXml: string): boolean {
  const tag = tagsOf(sheetXml.slice(Math.max(0, sheetXml.lastIndexOf("</sheetData>"))), "sheetProtection")[0];
  if (tag === undefined) return false;
  const value = attribute(tag, "sheet");
  return value === "1" || value === "true";
}
