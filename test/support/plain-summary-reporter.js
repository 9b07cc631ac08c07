/**
 * Ends a jest run with one plain line, "tests: N passed, N failed, N skipped", which CI reads
 * whatever the runner. Jest prints its own summary to stderr after the reporters run, so the
 * line is written to stderr at exit, to come last.
 */
const { writeSync } = require("node:fs");

class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numRuntimeErrorTestSuites } = results;
    const failed = numFailedTests + numRuntimeErrorTestSuites;
    const line = `\ntests: ${numPassedTests} passed, ${failed} failed, ${numPendingTests} skipped\n`;
    process.once("exit", () => writeSync(2, line));
  }
}
module.exports = PlainSummaryReporter;
