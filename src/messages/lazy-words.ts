import type { Finding, WorkbookReport } from "../core";
import { findingMessage, type WordedFinding, type WordedReport } from "./findings";

/**
 * wordReport's report with each finding's words made when they are read, and not kept: the same
 * fields, the same JSON (JSON.stringify and a worker's structured clone read them once each). A
 * million-row table has most of a million findings; worded in both languages up front they held
 * about 800 MB, while the table prints one language and --json reads each once.
 */
export function lazyWordReport(report: WorkbookReport): WordedReport {
  return { ...report, findings: report.findings.map(lazyWords) };
}

function lazyWords(finding: Finding): WordedFinding {
  return Object.defineProperties(
    { ...finding },
    {
      message: { enumerable: true, get: () => findingMessage(finding, "zh-TW") },
      messageEn: { enumerable: true, get: () => findingMessage(finding, "en") },
    },
  ) as WordedFinding;
}
