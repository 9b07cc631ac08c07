import type { Finding } from "../../core";
import type { Language } from "../i18n/strings";

/**
 * The one place the pane turns a finding into words, so the message catalog can be wired in here.
 * The diagnosis is part of the finding's message already (issue 12); it is returned separately for
 * where the review lists it on its own line.
 */
export function findingText(finding: Finding, language: Language): string {
  return language === "zh-TW" ? finding.message : finding.messageEn;
}

export function diagnosisText(finding: Finding, language: Language): string | null {
  if (finding.diagnosis === undefined) return null;
  return language === "zh-TW" ? finding.diagnosis.message : finding.diagnosis.messageEn;
}
