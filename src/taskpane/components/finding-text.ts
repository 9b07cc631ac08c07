import type { Finding, FindingCode } from "../../core";
import { findingKind, findingMessage, translate } from "../../messages";
import type { Language } from "../i18n/strings";

/**
 * The pane's words for a finding come from the shared message catalog (src/messages), as the
 * command's and the written sheets' do. The diagnosis is part of the finding's message already
 * (issue 12); it is returned separately for where the review lists it on its own line.
 */
export function findingText(finding: Finding, language: Language): string {
  return findingMessage(finding, language);
}

export function diagnosisText(finding: Finding, language: Language): string | null {
  if (finding.diagnosis === undefined) return null;
  return translate(language, `diagnosis.${finding.diagnosis.code}`, {
    basis: finding.diagnosis.basis ?? "target",
  }).trim();
}

/** A kind of finding in a few words: the review's group headings. */
export function kindText(code: FindingCode, language: Language): string {
  return findingKind({ code }, language);
}
