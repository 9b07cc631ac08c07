import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { joinSentences, refusalCode, refusalKey, translate, type Refusal } from "../messages";
import { runTask, type Task, type TaskResult } from "./task";

/** The compiled worker; absent when the sources run as TypeScript (the tests), which then run in-process. */
const WORKER = join(__dirname, "worker.js");

export function defaultJobs(): number {
  return availableParallelism();
}

/** Each worker's heap (MB): one file cannot take the command down (INDICATORS_WORKER_MB). */
export const DEFAULT_WORKER_MB = 2048;
/** Each file's time in a batch (s) before its worker is stopped (INDICATORS_FILE_TIMEOUT). */
export const DEFAULT_FILE_TIMEOUT_S = 600;

function positiveEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * A task the pool could not finish (its worker ran out of memory, took too long, or died) as that
 * file's result, named and with its reason, so that the batch goes on and says which failed.
 */
export function failedResult(task: Task, error: unknown, limits: { mb: number; seconds: number }): TaskResult {
  const code = (error as { code?: unknown } | null)?.code;
  const name = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  let refusal: Refusal = "workerFailed";
  if (code === "ERR_WORKER_OUT_OF_MEMORY" || /memory limit|heap out of memory/i.test(message)) refusal = "workerMemory";
  else if (name === "AbortError" || code === "ABORT_ERR") refusal = "workerTimeout";
  const language = task.options.language;
  const text = translate(language, refusalKey(refusal), {
    file: task.file,
    limit: limits.mb,
    seconds: limits.seconds,
    reason: message.split("\n")[0] ?? "",
  });
  // A file stopped at its time limit: what to do, after the catalog's sentence on what happened.
  const next = refusal === "workerTimeout" ? translate(language, "refusal.workerTimeoutNext") : "";
  return { file: task.file, error: { code: refusalCode(refusal), message: joinSentences(language, text, next) } };
}

/**
 * Runs every task over `jobs` worker threads (piscina), calling `done` as each finishes, in the
 * order they finish. A task never rejects (see runTask), and a worker that dies (out of memory
 * under its heap cap, stopped at the time limit) becomes its file's result: one bad file never
 * stops the rest.
 */
export async function runAll(tasks: readonly Task[], jobs: number, done: (result: TaskResult) => void): Promise<void> {
  if (!existsSync(WORKER) || tasks.length <= 1) {
    for (const task of tasks) done(await runTask(task));
    return;
  }
  const threads = Math.max(1, Math.min(jobs, tasks.length));
  const limits = {
    mb: positiveEnv("INDICATORS_WORKER_MB", DEFAULT_WORKER_MB),
    seconds: positiveEnv("INDICATORS_FILE_TIMEOUT", DEFAULT_FILE_TIMEOUT_S),
  };
  // Loaded when a batch needs threads: a single file never pays for the pool's modules.
  const { Piscina } = await import("piscina");
  const pool = new Piscina({
    filename: WORKER,
    name: "runTask",
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: limits.mb },
  });
  // As many tasks in flight as threads, so that a file's time limit counts from its start, not its queueing.
  let next = 0;
  const runner = async (): Promise<void> => {
    while (next < tasks.length) {
      const task = tasks[next++];
      if (task === undefined) return;
      let result: TaskResult;
      try {
        result = (await pool.run(task, { signal: AbortSignal.timeout(limits.seconds * 1000) })) as TaskResult;
      } catch (error) {
        result = failedResult(task, error, limits);
      }
      done(result);
    }
  };
  try {
    await Promise.all(Array.from({ length: threads }, runner));
  } finally {
    await pool.destroy();
  }
}
