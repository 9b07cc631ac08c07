import { EN } from "../../src/messages/en";
import { ZH_TW } from "../../src/messages/zh-TW";
import { findingKind, findingMessage, translate, type MessageKey } from "../../src/messages";
import type { Finding, FindingCode } from "../../src/core";

// Every code the engine can give: the finding union, listed so a new code without words fails here.
const CODES: readonly FindingCode[] = [
  "REPORTED_MISMATCH",
  "NOT_A_FIGURE",
  "ERROR_VALUE",
  "NOT_COMPUTABLE",
  "NO_INDICATOR_TABLE",
  "DUPLICATE_INDICATOR",
  "UNIT_MISMATCH",
  "SCORE_NOT_A_FIGURE",
  "COMPONENTS_SUM_MISMATCH",
  "RATINGS_DIFFER",
  "TARGET_MISSING",
  "ACTUAL_MISSING",
  "TARGET_LOWERED",
  "TARGET_NOT_POSITIVE",
  "WEIGHTS_NOT_100",
  "EMPTY_TABLE",
  "READING_UNCERTAIN",
  "AGGREGATE_MISMATCH",
  "BUDGET_PARTS_MISMATCH",
  "SETTINGS_UNKNOWN_WORD",
  "SETTINGS_BAD_VALUE",
  "SETTINGS_NOT_FOUND",
  "SETTINGS_DUPLICATE",
  "SETTINGS_BAD_RANGE",
];

test("the English catalog has exactly the zh-TW keys", () => {
  expect(Object.keys(EN).sort()).toEqual(Object.keys(ZH_TW).sort());
});

test("every code has a message and a kind in both languages", () => {
  for (const code of CODES) {
    expect(Object.keys(ZH_TW)).toContain(`finding.${code}`);
    expect(Object.keys(ZH_TW)).toContain(`kind.${code}`);
  }
});

/** Every {name} a message uses, from the ICU text: the params a finding must carry. */
function argumentsOf(message: string): Set<string> {
  return new Set([...message.matchAll(/\{\s*([A-Za-z]+)\s*[,}]/g)].map((m) => m[1] ?? ""));
}

test("every message compiles, and formats with its arguments, in both languages", () => {
  for (const key of Object.keys(ZH_TW) as MessageKey[]) {
    for (const language of ["zh-TW", "en"] as const) {
      const params = Object.fromEntries(
        [...argumentsOf(language === "en" ? EN[key] : ZH_TW[key])].map((name) => [name, 1]),
      );
      expect(() => translate(language, key, params)).not.toThrow();
    }
  }
});

test("plurals follow each language's rules", () => {
  expect(translate("en", "cli.findingsHeading", { count: 1 })).toBe("1 finding:");
  expect(translate("en", "cli.findingsHeading", { count: 3 })).toBe("3 findings:");
  expect(translate("zh-TW", "cli.findingsHeading", { count: 1 })).toBe("檢核發現 1 項：");
  const one = translate("en", "cli.reviewWritten", { output: "o.xlsx", findings: 1, notes: 1, kept: 1 });
  expect(one).toBe("Wrote o.xlsx: 1 finding, 1 note (1 cell holds a person’s note; see the findings sheet).");
  expect(translate("en", "cli.reviewWritten", { output: "o.xlsx", findings: 2, notes: 0, kept: 0 })).toBe(
    "Wrote o.xlsx: 2 findings, 0 notes.",
  );
});

test("figures are formatted by the catalog: percentages with thousands separators", () => {
  const finding: Finding = {
    code: "REPORTED_MISMATCH",
    severity: "error",
    sheet: "S",
    cell: "F7",
    params: { indicator: "X", against: "target", reported: 1, computed: 11.610625 },
    diagnosis: { code: "REPORTED_CAPPED" },
  };
  expect(findingMessage(finding, "zh-TW")).toBe(
    "「X」填報達成度 100.00%，但依目標值與實際值計算為 1,161.06%；填報值為計算值以 100% 為上限截取。請核對數字或計算方式。",
  );
  expect(findingMessage(finding, "en")).toBe(
    "“X” reports 100.00% achievement, but the target and actual give 1,161.06%. The reported figure is the computed one capped at 100%. Check the figures or the method.",
  );
  expect(findingKind(finding, "en")).toBe("Reported figure disagrees");
});

test("the English catalog spells the command's verb one way: analyze, as the command and its button", () => {
  const english = Object.values(EN).join("\n");
  expect(english).toMatch(/\banalyze\b/i);
  expect(english.match(/\b(?:re-)?analys(?:e|ed|es|ing)\b/gi) ?? []).toEqual([]);
});
