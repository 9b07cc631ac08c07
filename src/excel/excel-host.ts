/**
 * What the office.js adapter needs of the host, injected so that tests can pass office-addin-mock
 * and the pane can pass the real Excel.run. Nothing else in the adapter touches a global.
 */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** As run, with all the batch's syncs one undo step where the host can (ExcelApi 1.20). */
  runAsOneUndo<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/**
 * mergeUndoGroup (Excel.RunOptions, ExcelApi 1.20) merges every context.sync of one Excel.run into
 * one undo record. It cannot bring back what deleting or renaming a sheet clears from the undo
 * history (the pane says so before the first write), but where the history survives, a write is
 * one Undo, not one per sync. Older hosts take the plain Excel.run.
 */
export function officeHost(): ExcelHost {
  const isSetSupported = (name: string, version: string): boolean =>
    Office.context.requirements.isSetSupported(name, version);
  return {
    run: (batch) => Excel.run(batch),
    runAsOneUndo: (batch) =>
      isSetSupported("ExcelApi", "1.20") ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch),
    isSetSupported,
  };
}
