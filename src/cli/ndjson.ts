import { readFileSync } from "node:fs";
import { WorkbookReadError, type ReportLanguage, type WorkbookReport } from "../core";
import { summarize } from "./summary";
import type { TaskResult } from "./task";

export function isNdjson(file: string): boolean {
  return /\.(ndjson|jsonl)$/i.test(file);
}

/**
 * The lines `analyze --ndjson` printed (on one machine or many: see docs/scale.md) as the results
 * of the workbooks they name, so that `review SHARD.ndjson… -o SUMMARY.xlsx` merges shards.
 */
export function resultsOf(file: string, language: ReportLanguage): TaskResult[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      let parsed: { file?: unknown; error?: { code: string; message: string } } & Partial<WorkbookReport>;
      try {
        parsed = JSON.parse(line) as typeof parsed;
      } catch {
        throw new WorkbookReadError("NOT_NDJSON", { file, line: i + 1 }, { key: "error.NOT_NDJSON.json" });
      }
      const name = typeof parsed.file === "string" ? parsed.file : `${file}:${i + 1}`;
      if (parsed.error) return { file: name, error: parsed.error };
      if (!Array.isArray(parsed.sheets) || !Array.isArray(parsed.findings))
        throw new WorkbookReadError("NOT_NDJSON", { file, line: i + 1 });
      return { file: name, summary: summarize({ sheets: parsed.sheets, findings: parsed.findings }, language) };
    });
}
