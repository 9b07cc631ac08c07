/** officeHost asks for mergeUndoGroup only where the host has ExcelApi 1.20, and only when asked. */
import { officeHost } from "../../src/excel/excel-host";

const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };

/** Stubs the globals; returns the arguments of each Excel.run call. */
function stubOffice(supported: string): { readonly calls: unknown[][] } {
  const run = jest.fn((...args: unknown[]) => (args[args.length - 1] as (c: unknown) => Promise<unknown>)({}));
  globals.Excel = { run };
  globals.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "ExcelApi" && Number(version.split(".")[1]) <= Number(supported.split(".")[1]),
      },
    },
  };
  return run.mock;
}

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

test("ExcelApi 1.20: runAsOneUndo passes mergeUndoGroup; run does not", async () => {
  const run = stubOffice("1.20");
  const host = officeHost();
  await host.runAsOneUndo(() => Promise.resolve(1));
  await host.run(() => Promise.resolve(2));
  expect(run.calls[0]![0]).toEqual({ mergeUndoGroup: true });
  expect(run.calls[1]).toHaveLength(1);
});

test("ExcelApi 1.19: runAsOneUndo is the plain Excel.run", async () => {
  const run = stubOffice("1.19");
  await officeHost().runAsOneUndo(() => Promise.resolve(1));
  expect(run.calls[0]).toHaveLength(1);
});
