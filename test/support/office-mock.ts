/**
 * Builds an office-addin-mock Excel object model from a WorkbookSpec, with office.js semantics:
 * "" for empty cells, "General" for no format, merged values in the top-left cell only.
 * The mock tracks load/sync like office.js; context.sync is wrapped to count round trips.
 */
import { OfficeMockObject } from "office-addin-mock";
import { addressOf } from "../../src/core";
import type { ExcelHost } from "../../src/excel/excel-host";
import { boundsOf, cellSpec, type WorkbookSpec } from "./workbook-spec";

export interface MockedExcel {
  readonly host: ExcelHost;
  readonly syncs: () => number;
}

type Mock = Record<string, unknown> & { sync: () => Promise<void> };

function sheetData(spec: WorkbookSpec[number]): Record<string, unknown> {
  const bounds = boundsOf(spec);
  const values: unknown[][] = [];
  const numberFormat: string[][] = [];
  if (bounds) {
    for (let r = bounds.top; r <= bounds.bottom; r++) {
      const valueRow: unknown[] = [];
      const formatRow: string[] = [];
      for (let c = bounds.left; c <= bounds.right; c++) {
        const entry = spec.cells[addressOf(r, c)];
        const cell = entry === undefined ? { value: null } : cellSpec(entry);
        valueRow.push(cell.value ?? "");
        formatRow.push(cell.format ?? "General");
      }
      values.push(valueRow);
      numberFormat.push(formatRow);
    }
  }
  const merges = spec.merges ?? [];
  const quoted = `'${spec.name.replace(/'/g, "''")}'`;
  return {
    name: spec.name,
    used: {
      values,
      numberFormat,
      rowIndex: bounds?.top ?? 0,
      columnIndex: bounds?.left ?? 0,
      merged: { address: merges.map((m) => `${quoted}!${m}`).join(", ") },
      getMergedAreasOrNullObject(this: Mock) {
        return this.merged;
      },
    },
    getUsedRangeOrNullObject(this: Mock) {
      return this.used;
    },
  };
}

export function mockExcel(spec: WorkbookSpec, options: { mergesSupported?: boolean } = {}): MockedExcel {
  const byName: Record<string, unknown> = {};
  spec.forEach((sheet, i) => (byName[`s${i}`] = sheetData(sheet)));
  // The mock's declared ObjectData type is a class, but it takes a plain object model by design.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  const root = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          byName,
          missing: {},
          getItemOrNullObject(this: Mock, name: string) {
            const index = spec.findIndex((s) => s.name === name);
            return index < 0 ? this.missing : (this.byName as Mock)[`s${index}`];
          },
          // The mock cannot navigate into array items ("items/name"), so each item loads its own
          // name; as in office.js, the names are readable only after the next sync.
          load(this: Mock & { items: Array<{ load: (p: string) => void }> }) {
            for (const item of this.items) item.load("name");
            return this;
          },
        },
      },
    },
  }) as unknown as { context: Mock & { workbook: { worksheets: Mock & { byName: Mock; missing: Mock } } } };
  const sheets = root.context.workbook.worksheets;
  // isNullObject is not a loadable property in office.js, so it is set plainly, as the host reports it.
  sheets.missing.isNullObject = true;
  sheets.items = spec.map((s, i) => {
    const sheet = sheets.byName[`s${i}`] as Mock & { used: Mock & { merged: Mock } };
    sheet.isNullObject = false;
    sheet.used.isNullObject = boundsOf(s) === null;
    sheet.used.merged.isNullObject = (s.merges ?? []).length === 0;
    return sheet;
  });
  const missing = sheets.missing;
  missing.getUsedRangeOrNullObject = () => ({
    isNullObject: true,
    load: () => undefined,
    getMergedAreasOrNullObject: () => ({ isNullObject: true, load: () => undefined }),
  });
  let syncs = 0;
  const context = root.context;
  const sync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    await sync();
  };
  const host: ExcelHost = {
    run: (batch) => batch(context as unknown as Excel.RequestContext),
    isSetSupported: (name, version) =>
      name === "ExcelApi" && ((options.mergesSupported ?? true) ? true : Number(version.split(".")[1]) < 13),
  };
  return { host, syncs: () => syncs };
}
