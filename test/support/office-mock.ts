/**
 * Builds an office-addin-mock Excel object model from a WorkbookSpec, with office.js semantics:
 * "" for empty cells, "General" for no format, merged values in the top-left cell only.
 * The mock tracks load/sync like office.js; context.sync is wrapped to count round trips.
 */
import { OfficeMockObject } from "office-addin-mock";
import { addressOf } from "../../src/core";
import type { ExcelHost } from "../../src/excel/excel-host";
import { recorder, type LogEntry } from "./recorder";
import { boundsOf, cellSpec, type WorkbookSpec } from "./workbook-spec";

export interface MockedExcel {
  readonly host: ExcelHost;
  readonly syncs: () => number;
  /** Writes and calls on the add-in's new sheets, the names and the conditional formats, in order. */
  readonly log: LogEntry[];
  /** Defined names the add-in set: name → sheet. */
  readonly names: Map<string, string>;
  /** Sheet names as they stand after the last sync's renames and deletes. */
  readonly sheetNames: () => string[];
  /** Comments in the workbook now, by "Sheet!A1". */
  readonly comments: () => MockComment[];
}

export interface MockOptions {
  readonly mergesSupported?: boolean;
  readonly protectedSheets?: readonly string[];
  /** Make the n-th context.sync (1-based) throw, as a host failure part-way would. */
  readonly failOnSync?: number;
  /** Defined names already in the workbook: name → sheet. */
  readonly names?: Readonly<Record<string, string>>;
  /** Comments already in the workbook: "Sheet!A1" → content (a person's, unless tagged). */
  readonly comments?: Readonly<Record<string, string>>;
  /** ExcelApi 1.10 (comments); true unless said otherwise. */
  readonly commentsSupported?: boolean;
}

export interface MockComment {
  readonly cell: string;
  readonly content: string;
}

type Mock = Record<string, unknown> & { sync: () => Promise<void> };

function sheetData(spec: WorkbookSpec[number], isProtected: boolean): Record<string, unknown> {
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
    protection: { protected: isProtected },
  };
}

interface CfItem {
  type: string;
  customOrNullObject: { isNullObject: boolean; rule: { formula: string } };
  custom: { rule: { formula: string }; format: { fill: Record<string, unknown>; font: Record<string, unknown> } };
}

export function mockExcel(spec: WorkbookSpec, options: MockOptions = {}): MockedExcel {
  const byName: Record<string, unknown> = {};
  spec.forEach(
    (sheet, i) => (byName[`s${i}`] = sheetData(sheet, options.protectedSheets?.includes(sheet.name) ?? false)),
  );
  const log: LogEntry[] = [];
  const names = new Map<string, string>(Object.entries(options.names ?? {}));
  const liveNames = spec.map((s) => s.name);
  const cfByCell = new Map<string, CfItem[]>();
  const renamed = new Map<string, string>();
  const added = new Map<string, Record<string, unknown>>();
  const commentList: MockComment[] = Object.entries(options.comments ?? {}).map(([cell, content]) => ({
    cell,
    content,
  }));
  // The mock's declared ObjectData type is a class, but it takes a plain object model by design.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  const root = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          byName,
          missing: {},
          getItem(this: Mock, name: string) {
            const addedSheet = added.get(name);
            if (addedSheet !== undefined) return addedSheet;
            const index = spec.findIndex((s) => s.name === name);
            if (index < 0 || !liveNames.includes(name)) throw new Error(`ItemNotFound: ${name}`);
            return (this.byName as Mock)[`s${index}`];
          },
          add(name: string) {
            log.push({ op: "call", path: "worksheets.add", value: [name] });
            liveNames.push(name);
            const sheet = recorder(`sheet[${name}]`, log);
            const current = (): string => renamed.get(name) ?? name;
            const proxy = new Proxy(sheet, {
              set(target, prop, value) {
                if (prop === "name") {
                  added.delete(current());
                  liveNames[liveNames.indexOf(current())] = String(value);
                  renamed.set(name, String(value));
                  added.set(String(value), proxy);
                }
                (target as Record<string | symbol, unknown>)[prop] = value;
                return true;
              },
              get(target, prop) {
                if (prop === "name") return current();
                if (prop === "load") return () => undefined;
                if (prop === "delete") {
                  return () => {
                    log.push({ op: "call", path: `sheet[${current()}].delete`, value: [] });
                    const at = liveNames.indexOf(current());
                    if (at >= 0) liveNames.splice(at, 1);
                    added.delete(current());
                  };
                }
                return (target as Record<string | symbol, unknown>)[prop];
              },
            });
            added.set(name, proxy);
            return proxy;
          },
          getItemOrNullObject(this: Mock, name: string) {
            const index = spec.findIndex((s) => s.name === name);
            return index < 0 ? this.missing : (this.byName as Mock)[`s${index}`];
          },
          // The mock cannot navigate into array items ("items/name"), so each item loads its own
          // name; as in office.js, the names are readable only after the next sync.
          load(this: Mock & { items: Array<{ load: (p: string) => void }> }) {
            this.items = [
              ...spec
                .map((s, i) => (liveNames.includes(s.name) ? (this.byName as Mock)[`s${i}`] : null))
                .filter((x) => x !== null),
              ...added.values(),
            ] as Array<{ load: (p: string) => void }>;
            for (const item of this.items) item.load("name");
            return this;
          },
        },
      },
    },
  }) as unknown as { context: Mock & { workbook: Mock & { worksheets: Mock & { byName: Mock; missing: Mock } } } };
  // Names and conditional formats are plain objects: the adapter loads them, the mock hands them over.
  const commentItem = (c: MockComment) => ({
    content: c.content,
    delete: () => {
      log.push({ op: "call", path: `comment[${c.cell}].delete`, value: [] });
      commentList.splice(commentList.indexOf(c), 1);
    },
    getLocation: () => ({ address: `'${c.cell.split("!")[0]!}'!${c.cell.split("!")[1]!}`, load: () => undefined }),
  });
  const commentCollection = {
    items: [] as unknown[],
    load() {
      this.items = commentList.map(commentItem);
    },
    add: (address: string, content: string) => {
      const bang = address.lastIndexOf("!");
      const cell = `${address.slice(0, bang).replace(/^'|'$/g, "")}!${address.slice(bang + 1)}`;
      if (commentList.some((c) => c.cell === cell)) throw new Error(`InvalidOperation: ${cell} already has a comment`);
      log.push({ op: "call", path: `comments.add`, value: [cell] });
      commentList.push({ cell, content });
    },
  };
  root.context.workbook.comments = commentCollection;
  root.context.workbook.names = {
    getItemOrNullObject: (name: string) => {
      const sheet = names.get(name);
      return {
        isNullObject: sheet === undefined,
        formula: sheet === undefined ? "" : `='${sheet}'!$A$1`,
        load: () => undefined,
        delete: () => names.delete(name),
      };
    },
    add: (name: string, range: { __sheet?: string; __path?: string }) => {
      const temp = /^sheet\[([^\]]+)\]/.exec(range.__path ?? "")?.[1];
      const sheet =
        typeof range.__sheet === "string" ? range.__sheet : temp === undefined ? "?" : (renamed.get(temp) ?? temp);
      log.push({ op: "call", path: "names.add", value: [name, sheet] });
      names.set(name, sheet);
    },
  };
  const sheets = root.context.workbook.worksheets;
  // isNullObject is not a loadable property in office.js, so it is set plainly, as the host reports it.
  sheets.missing.isNullObject = true;
  sheets.items = spec.map((s, i) => {
    const sheet = sheets.byName[`s${i}`] as Mock & { used: Mock & { merged: Mock } };
    sheet.isNullObject = false;
    sheet.used.isNullObject = boundsOf(s) === null;
    sheet.used.merged.isNullObject = (s.merges ?? []).length === 0;
    sheet.delete = () => {
      log.push({ op: "call", path: `sheet[${s.name}].delete`, value: [] });
      const at = liveNames.indexOf(s.name);
      if (at >= 0) liveNames.splice(at, 1);
    };
    sheet.activate = () => log.push({ op: "call", path: `sheet[${s.name}].activate`, value: [] });
    sheet.getRange = (address: string) => {
      const key = `${s.name}!${address}`;
      const items = cfByCell.get(key) ?? [];
      cfByCell.set(key, items);
      return {
        __sheet: s.name,
        select: () => log.push({ op: "call", path: `range[${key}].select`, value: [] }),
        conditionalFormats: {
          items,
          load: () => undefined,
          add: (type: string) => {
            const rule = { formula: "" };
            const cf: CfItem = {
              type,
              customOrNullObject: { isNullObject: type !== "Custom", rule },
              custom: { rule, format: { fill: {}, font: {} } },
            };
            items.push(cf);
            log.push({ op: "call", path: `cf[${key}].add`, value: [type] });
            return cf;
          },
        },
      };
    };
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
    log.push({ op: "call", path: "context.sync", value: [syncs] });
    if (syncs === options.failOnSync) throw new Error("GeneralException: the host failed");
    await sync();
  };
  const host: ExcelHost = {
    run: (batch) => batch(context as unknown as Excel.RequestContext),
    isSetSupported: (name, version) => {
      const minor = Number(version.split(".")[1]);
      if (name !== "ExcelApi") return false;
      if (minor >= 13) return options.mergesSupported ?? true;
      if (minor >= 10) return options.commentsSupported ?? true;
      return true;
    },
  };
  return { host, syncs: () => syncs, log, names, sheetNames: () => [...liveNames], comments: () => [...commentList] };
}
