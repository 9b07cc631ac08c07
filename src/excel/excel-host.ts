/**
 * What the office.js adapter needs of the host, injected so that tests can pass office-addin-mock
 * and the pane can pass the real Excel.run. Nothing else in the adapter touches a global.
 */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
