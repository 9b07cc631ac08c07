import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { runTask, type Task, type TaskResult } from "./task";

/** The compiled worker; absent when the sources run as TypeScript (the tests), which then run in-process. */
const WORKER = join(__dirname, "worker.js");

export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Runs every task over `jobs` worker threads (piscina), calling `done` as each finishes, in the
 * order they finish. A task never rejects (see runTask), so one bad file never stops the rest.
 */
export async function runAll(tasks: readonly Task[], jobs: number, done: (result: TaskResult) => void): Promise<void> {
  if (!existsSync(WORKER) || tasks.length <= 1) {
    for (const task of tasks) done(await runTask(task));
    return;
  }
  const threads = Math.max(1, Math.min(jobs, tasks.length));
  // Loaded when a batch needs threads: a single file never pays for the pool's modules.
  const { Piscina } = await import("piscina");
  const pool = new Piscina({ filename: WORKER, name: "runTask", minThreads: threads, maxThreads: threads });
  try {
    await Promise.all(
      tasks.map(async (task) => {
        done((await pool.run(task)) as TaskResult);
      }),
    );
  } finally {
    await pool.destroy();
  }
}
