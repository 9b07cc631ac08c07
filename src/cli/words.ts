import type { Finding, ReportLanguage } from "../core";
import { findingKind, findingMessage } from "../messages";

/**
 * The one place the command takes a finding's words from: the message catalog (src/messages),
 * in the language asked for.
 */
export function findingText(finding: Finding, language: ReportLanguage): string {
  return findingMessage(finding, language);
}

/** What kind of problem a finding is, in a few words (the command prints no raw codes). */
export function findingKindText(finding: Pick<Finding, "code">, language: ReportLanguage): string {
  return findingKind(finding, language);
}
