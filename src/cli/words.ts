import type { Finding, ReportLanguage } from "../core";

/**
 * The one place the command takes a finding's words from, so that the message catalog can take
 * over here alone.
 */
export function findingText(finding: Pick<Finding, "message" | "messageEn">, language: ReportLanguage): string {
  return language === "en" ? finding.messageEn : finding.message;
}
