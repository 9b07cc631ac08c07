/**
 * Builds an office.js Excel object model from a WorkbookSpec, on office-addin-mock, made stricter:
 * office.js semantics ("" for empty cells, "General" for no format, merged values in the top-left
 * cell only), and what Excel enforces (excel-rules.ts): writes are queued and applied only at
 * context.sync, in order, and the first refused operation fails the sync with those before it
 * applied (office-batch.ts); table names unique and valid; arrays of the range's shape; strings
 * that read as numbers or dates converted; conditional formats returned by intersection; comments
 * refused on cells with a note; requests and responses over 5 MB refused.
 */
import { OfficeMockObject } from "office-addin-mock";
import { addressOf } from "../../src/core";
import type { ExcelHost } from "../../src/excel/excel-host";
import { AddedSheets, Batch, type TableState } from "./office-batch";
import {
  areaOf,
  intersects,
  OfficeErrorDouble,
  PAYLOAD_LIMIT_BYTES,
  payloadBytes,
  type Area,
  type StoredCell,
} from "./excel-rules";
import { recorder, type LogEntry } from "./recorder";
import { insertPlan, type InsertOptions } from "./office-insert";
import { boundsOf, cellSpec, type SheetSpec, type WorkbookSpec } from "./sheet-spec";

export interface MockedExcel {
  readonly host: ExcelHost;
  readonly syncs: () => number;
  /** Each batch the adapter ran, in order (groupUndo: through runAsOneUndo). */
  readonly runs: ReadonlyArray<{ readonly groupUndo: boolean }>;
  /** Bytes of the largest response a sync returned (the loaded fields, as JSON); refused ones not counted. */
  readonly largestResponse: () => number;
  /** Writes and calls on the add-in's new sheets, the names and the conditional formats, in order. */
  readonly log: LogEntry[];
  /** Defined names the add-in set: name → sheet. */
  readonly names: Map<string, string>;
  /** Sheet names as they stand after the last sync's renames and deletes. */
  readonly sheetNames: () => string[];
  /** Comments in the workbook now, by "Sheet!A1". */
  readonly comments: () => MockComment[];
  /** What a cell of a sheet the add-in wrote holds now (after Excel's conversion of strings). */
  readonly cell: (sheet: string, address: string) => StoredCell | undefined;
  /** Tables in the workbook now. */
  readonly tables: () => TableState[];
  /** Charts the add-in added, all sheets together. */
  readonly chartCount: () => number;
  /**
   * A user's edit on a sheet, as Excel reports it: the cell takes `value` (inside the used range),
   * then each handler registered with worksheet.onChanged
   * (and synced) gets WorksheetChangedEventArgs. Resolves once the handlers have run.
   */
  readonly change: (sheet: string, address: string, value?: string | number) => Promise<void>;
  /** onChanged handlers registered now, by sheet. */
  readonly listeners: (sheet: string) => number;
  /** Conditional formats on the user's sheets now. */
  readonly flags: () => Array<{ sheet: string; address: string; type: string; formula: string }>;
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
  /** Notes (the old kind of comment) in the workbook: "Sheet!A1" → content. */
  readonly notes?: Readonly<Record<string, string>>;
  /** ExcelApi 1.10 (comments); true unless said otherwise. */
  readonly commentsSupported?: boolean;
  /** ExcelApi 1.18 (workbook.notes); false unless said otherwise. */
  readonly notesSupported?: boolean;
  /** The newest ExcelApi minor version the host has (e.g. 8 for Excel 2016 without page layout). */
  readonly newestMinor?: number;
  /** Conditional formats already on the user's sheets: "Sheet!E16:E20" → rule formula. */
  readonly flags?: Readonly<Record<string, string>>;
  /** Operations the host refuses at sync, by logged path (e.g. /^names\.add$/ for a locked structure). */
  readonly refuse?: { readonly path: RegExp; readonly code: string };
  /** Request and response limit; 5 MB as on the web unless said otherwise. */
  readonly payloadLimit?: number;
  /** The user's selection, as office.js gives Range.address ("Sheet1!A1:C3"). */
  readonly selection?: string;
  /**
   * How the host reads the workbook given to insertWorksheetsFromBase64 (an .xlsx in Base64): in Node
   * workbook-spec's readXlsxBase64, in the page the test's exceljs through playwright. None: refused.
   */
  readonly readWorkbook?: (base64: string) => Promise<WorkbookSpec>;
}

export interface MockComment {
  readonly cell: string;
  readonly content: string;
}

type Mock = Record<string, unknown> & { sync: () => Promise<void> };

interface SheetCells {
  readonly values: unknown[][];
  readonly numberFormat: string[][];
  readonly top: number;
  readonly left: number;
}

/** The used range's values and formats as office.js gives them, and where it starts. */
function sheetCells(spec: WorkbookSpec[number]): SheetCells {
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
  return { values, numberFormat, top: bounds?.top ?? 0, left: bounds?.left ?? 0 };
}

function sheetData(spec: WorkbookSpec[number], isProtected: boolean): Record<string, unknown> {
  const bounds = boundsOf(spec);
  const { values, numberFormat } = sheetCells(spec);
  const merges = spec.merges ?? [];
  const quoted = `'${spec.name.replace(/'/g, "''")}'`;
  return {
    name: spec.name,
    used: {
      values,
      numberFormat,
      rowIndex: bounds?.top ?? 0,
      columnIndex: bounds?.left ?? 0,
      rowCount: values.length,
      columnCount: values[0]?.length ?? 0,
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
  getRange: () => { address: string; load: () => void };
  delete: () => void;
}

interface Flag {
  readonly sheet: string;
  readonly address: string;
  readonly area: Area;
  readonly cf: CfItem;
}

/** A collection whose items are read from the double's state when the adapter loads it. */
function loadable<T>(make: () => T[]): { items: T[]; load: () => void } {
  const collection = { items: [] as T[], load: () => void (collection.items = make()) };
  return collection;
}

const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

/** "'績效 表'!E16" → "績效 表!E16". */
function cellOfAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return `${address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")}!${address.slice(bang + 1).replace(/\$/g, "")}`;
}

type ChangedHandler = (event: {
  address: string;
  worksheetId: string;
  changeType: string;
  source: string;
  type: string;
}) => Promise<unknown>;

/** A sheet's id, as getItem also takes it (the double's, not Excel's GUIDs). */
const idOf = (name: string): string => `{${name}}`;

export function mockExcel(spec: WorkbookSpec, options: MockOptions = {}): MockedExcel {
  const byName: Record<string, unknown> = {};
  spec.forEach(
    (sheet, i) => (byName[`s${i}`] = sheetData(sheet, options.protectedSheets?.includes(sheet.name) ?? false)),
  );
  // The user's sheets, with those insertWorksheetsFromBase64 adds; each keeps its key in byName.
  const sheetSpecs: SheetSpec[] = [...spec];
  const keyOf = new Map<SheetSpec, string>(spec.map((s, i) => [s, `s${i}`]));
  // office-addin-mock cannot add to its model once built: an inserted sheet is a model of its own,
  // synced with the context's (context.sync below).
  const insertedMocks = new Map<SheetSpec, OfficeMockObject>();
  const userSheet = (self: Mock, name: string): Mock | undefined => {
    const found = sheetSpecs.find((s) => s.name === name || idOf(s.name) === name);
    if (found === undefined) return undefined;
    const inserted = insertedMocks.get(found);
    return inserted === undefined ? ((self.byName as Mock)[keyOf.get(found)!] as Mock) : inserted;
  };
  const log: LogEntry[] = [];
  const names = new Map<string, string>(Object.entries(options.names ?? {}));
  const liveNames = spec.map((s) => s.name);
  const renamed = new Map<string, string>();
  const added = new Map<string, Record<string, unknown>>();
  const tables: TableState[] = [];
  const addedSheets = new AddedSheets(
    tables,
    () => names.keys(),
    (minor) => options.newestMinor === undefined || minor <= options.newestMinor,
  );
  const batch = new Batch(log, (entry) => addedSheets.apply(entry), options.refuse);
  const queue = (path: string, value: unknown[], effect: () => void): void =>
    batch.queue({ op: "call", path, value }, effect);
  const commentList: MockComment[] = Object.entries(options.comments ?? {}).map(([cell, content]) => ({
    cell,
    content,
  }));
  const notes = new Map(Object.entries(options.notes ?? {}));
  const flags: Flag[] = [];
  const removeSheet = (name: string): void => {
    const at = liveNames.indexOf(name);
    if (at >= 0) liveNames.splice(at, 1);
    for (let i = tables.length - 1; i >= 0; i--) if (tables[i]!.sheet === name) tables.splice(i, 1);
  };
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
            const sheet = userSheet(this, name);
            if (sheet === undefined || !liveNames.some((n) => n === name || idOf(n) === name))
              throw new OfficeErrorDouble("ItemNotFound", `ItemNotFound: ${name}`);
            return sheet;
          },
          add(name: string) {
            const sheet = recorder(`sheet[${name}]`, log);
            // Tables on an added sheet are kept under its first name; `current` maps it to today's.
            const current = (): string => renamed.get(name) ?? name;
            const proxy = new Proxy(sheet, {
              set(target, prop, value) {
                if (prop === "name") {
                  queue(`sheet[${current()}].rename`, [value], () => {
                    const from = current();
                    added.delete(from);
                    liveNames[liveNames.indexOf(from)] = String(value);
                    renamed.set(name, String(value));
                    added.set(String(value), proxy);
                    // A defined name refers to cells, so it follows its sheet's new name.
                    for (const [n, sheet] of names) if (sheet === from) names.set(n, String(value));
                  });
                  return true;
                }
                (target as Record<string | symbol, unknown>)[prop] = value;
                return true;
              },
              get(target, prop) {
                if (prop === "name") return current();
                if (prop === "load") return () => undefined;
                if (prop === "delete") {
                  return () =>
                    queue(`sheet[${current()}].delete`, [], () => {
                      removeSheet(current());
                      for (let i = tables.length - 1; i >= 0; i--) if (tables[i]!.sheet === name) tables.splice(i, 1);
                      added.delete(current());
                    });
                }
                return (target as Record<string | symbol, unknown>)[prop];
              },
            });
            queue("worksheets.add", [name], () => {
              liveNames.push(name);
              added.set(name, proxy);
            });
            return proxy;
          },
          getItemOrNullObject(this: Mock, name: string) {
            return userSheet(this, name) ?? this.missing;
          },
          // The mock cannot navigate into array items ("items/name"), so each item loads its own
          // name; as in office.js, the names are readable only after the next sync.
          load(this: Mock & { items: Array<{ load: (p: string) => void }> }) {
            this.items = [
              ...sheetSpecs.filter((s) => liveNames.includes(s.name)).map((s) => userSheet(this, s.name)),
              ...added.values(),
            ] as Array<{ load: (p: string) => void }>;
            for (const item of this.items) item.load("name");
            return this;
          },
        },
      },
    },
  }) as unknown as { context: Mock & { workbook: Mock & { worksheets: Mock & { byName: Mock; missing: Mock } } } };
  // Names, comments, notes and conditional formats are plain objects: the adapter loads them, the mock hands them over.
  const commentItem = (c: MockComment) => ({
    get content() {
      return c.content;
    },
    set content(text: string) {
      queue(`comment[${c.cell}].content`, [text], () => void ((c as { content: string }).content = text));
    },
    delete: () =>
      queue(`comment[${c.cell}].delete`, [], () => {
        const at = commentList.indexOf(c);
        if (at >= 0) commentList.splice(at, 1);
      }),
    getLocation: () => ({
      address: `${quoted(c.cell.split("!")[0]!)}!${c.cell.split("!")[1]!}`,
      load(this: unknown) {
        return this;
      },
    }),
  });
  root.context.workbook.comments = Object.assign(
    loadable(() => commentList.map(commentItem)),
    {
      add: (address: string, content: string) => {
        const cell = cellOfAddress(address);
        const entry: MockComment = { cell, content };
        queue(`comments.add`, [cell], () => {
          if (commentList.some((c) => c.cell === cell))
            throw new OfficeErrorDouble("InvalidOperation", `${cell} already has a comment`, "CommentCollection.add");
          // Not in the reference: Excel keeps a note and a threaded comment apart, one per cell
          // (support.microsoft.com, "The difference between threaded comments and notes"); the
          // double refuses the comment as the issue reports Excel does.
          if (notes.has(cell))
            throw new OfficeErrorDouble("InvalidOperation", `${cell} holds a note`, "CommentCollection.add");
          commentList.push(entry);
        });
        return commentItem(entry);
      },
    },
  );
  root.context.workbook.notes = loadable(() =>
    [...notes.entries()].map(([cell, content]) => ({
      content,
      getLocation: () => ({ address: `${quoted(cell.split("!")[0]!)}!${cell.split("!")[1]!}`, load: () => undefined }),
    })),
  );
  root.context.workbook.tables = loadable(() => tables.map((t) => ({ name: t.name })));
  root.context.workbook.getSelectedRange = () => ({ address: options.selection ?? "", load: () => undefined });
  const namesCollection = loadable(() => [...names.keys()].map((name) => ({ name })));
  root.context.workbook.names = {
    get items() {
      return namesCollection.items;
    },
    load: namesCollection.load,
    getItemOrNullObject: (name: string) => {
      const sheet = names.get(name);
      return {
        isNullObject: sheet === undefined,
        formula: sheet === undefined ? "" : `='${sheet}'!$A$1`,
        load: () => undefined,
        delete: () => queue(`names[${name}].delete`, [], () => names.delete(name)),
      };
    },
    add: (name: string, range: { __sheet?: string; __path?: string }) => {
      const temp = /^sheet\[([^\]]+)\]/.exec(range.__path ?? "")?.[1];
      queue("names.add", [name], () => {
        const sheet =
          typeof range.__sheet === "string" ? range.__sheet : temp === undefined ? "?" : (renamed.get(temp) ?? temp);
        names.set(name, sheet);
      });
    },
  };
  const sheets = root.context.workbook.worksheets;
  // isNullObject is not a loadable property in office.js, so it is set plainly, as the host reports it.
  sheets.missing.isNullObject = true;
  /** What the next response carries: each loaded range's loaded fields, sized when the sync runs. */
  const loadedThisBatch: Array<() => number> = [];
  const fieldsOf = (p: unknown): string[] => (Array.isArray(p) ? p.map(String) : String(p).split(","));
  const sizeOf = (range: Record<string, unknown>, fields: string[]) => () =>
    fields.reduce((sum, f) => sum + payloadBytes(range[f.trim()]), 0);
  const flagItem = (sheet: string, address: string, type: string): CfItem => {
    const rule = { formula: "" };
    const cf: CfItem = {
      type,
      customOrNullObject: { isNullObject: type !== "Custom", rule },
      custom: { rule, format: { fill: {}, font: {} } },
      getRange: () => ({ address: `${quoted(sheet)}!${address}`, load: () => undefined }),
      delete: () =>
        queue(`cf[${sheet}!${address}].delete`, [], () => {
          const at = flags.findIndex((f) => f.cf === cf);
          if (at >= 0) flags.splice(at, 1);
        }),
    };
    return cf;
  };
  for (const [key, formula] of Object.entries(options.flags ?? {})) {
    const [sheet = "", address = ""] = key.split("!");
    const cf = flagItem(sheet, address, "Custom");
    cf.custom.rule.formula = formula;
    flags.push({ sheet, address, area: areaOf(address)!, cf });
  }
  const cellsBySheet = new Map<string, ReturnType<typeof sheetCells>>();
  // Worksheet.onChanged (ExcelApi 1.7): add and remove take effect at the next sync, as office.js
  // registers handlers with the host then; an unregistered handler hears nothing.
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member
  const handlers = new Map<string, Set<ChangedHandler>>();
  /** What office-addin-mock cannot give a user's sheet: cells in blocks, ranges, events. */
  const decorate = (s: SheetSpec): Mock => {
    const sheet = userSheet(sheets, s.name) as Mock & { used: Mock & { merged: Mock } };
    sheet.isNullObject = false;
    sheet.used.isNullObject = boundsOf(s) === null;
    sheet.used.merged.isNullObject = (s.merges ?? []).length === 0;
    const load = (sheet.used.load as (p: unknown) => unknown).bind(sheet.used);
    const cellsOfSheet = sheetCells(s);
    cellsBySheet.set(s.name, cellsOfSheet);
    // Sized from the sheet's cells: the mock's own properties are filled only at its sync.
    const usedFields = { ...cellsOfSheet, rowIndex: cellsOfSheet.top, columnIndex: cellsOfSheet.left };
    sheet.used.load = (p: unknown) => {
      loadedThisBatch.push(sizeOf(usedFields, fieldsOf(p)));
      return load(p);
    };
    // Any block of the sheet, as office.js gives it: "" and "General" outside the used range.
    sheet.getRangeByIndexes = (top: number, left: number, rows: number, columns: number) => {
      const used = cellsOfSheet;
      const pick = <T>(grid: T[][], blank: T): T[][] =>
        Array.from({ length: rows }, (_, r) =>
          Array.from({ length: columns }, (_, c) => grid[top + r - used.top]?.[left + c - used.left] ?? blank),
        );
      const range: Record<string, unknown> = {
        load(p: unknown) {
          range.values = pick(used.values, "");
          range.numberFormat = pick(used.numberFormat, "General");
          loadedThisBatch.push(sizeOf(range, fieldsOf(p)));
          return range;
        },
      };
      return range;
    };
    sheet.delete = () => queue(`sheet[${s.name}].delete`, [], () => removeSheet(s.name));
    sheet.activate = () => log.push({ op: "call", path: `sheet[${s.name}].activate`, value: [] });
    const name = s.name;
    sheet.onChanged = {
      add: (handler: ChangedHandler) => {
        queue(`sheet[${name}].onChanged.add`, [], () => {
          const set = handlers.get(name) ?? new Set<ChangedHandler>();
          set.add(handler);
          handlers.set(name, set);
        });
        return {
          context,
          remove: () => queue(`sheet[${name}].onChanged.remove`, [], () => handlers.get(name)?.delete(handler)),
        };
      },
    };
    sheet.getRange = (address: string) => {
      const key = `${s.name}!${address}`;
      const area = areaOf(address)!;
      return {
        __sheet: s.name,
        select: () => log.push({ op: "call", path: `range[${key}].select`, value: [] }),
        conditionalFormats: {
          get items() {
            return flags.filter((f) => f.sheet === s.name && intersects(f.area, area)).map((f) => f.cf);
          },
          load: () => undefined,
          add: (type: string) => {
            const cf = flagItem(s.name, address, type);
            queue(`cf[${key}].add`, [type], () => flags.push({ sheet: s.name, address, area, cf }));
            return cf;
          },
        },
      };
    };
    return sheet;
  };
  sheets.items = spec.map(decorate);
  const missing = sheets.missing;
  missing.getUsedRangeOrNullObject = () => ({
    isNullObject: true,
    load: () => undefined,
    getMergedAreasOrNullObject: () => ({ isNullObject: true, load: () => undefined }),
  });
  // Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13; office-insert.ts): the workbook is read when
  // the call is queued, and its sheets join the user's at the sync; their ids are readable after it.
  const reads: Array<Promise<void>> = [];
  root.context.workbook.insertWorksheetsFromBase64 = (base64File: string, insertOptions: InsertOptions = {}) => {
    let source: WorkbookSpec | Error = new Error("not read");
    const read = options.readWorkbook ?? (() => Promise.reject(new Error("the double was given no readWorkbook")));
    reads.push(
      read(base64File).then(
        (workbook) => void (source = workbook),
        (error: unknown) => void (source = error instanceof Error ? error : new Error(String(error))),
      ),
    );
    let ids: string[] | null = null;
    queue("workbook.insertWorksheetsFromBase64", [base64File, insertOptions], () => {
      if (!host.isSetSupported("ExcelApi", "1.13"))
        throw new OfficeErrorDouble(
          "ApiNotFound",
          "The API you are trying to use could not be found (ExcelApi 1.13: insertWorksheetsFromBase64).",
          "Workbook.insertWorksheetsFromBase64",
        );
      if (source instanceof Error)
        throw new OfficeErrorDouble(
          "InvalidArgument",
          `The argument is invalid or missing or has an incorrect format (${source.message}).`,
          "Workbook.insertWorksheetsFromBase64",
        );
      const plan = insertPlan(source, insertOptions, liveNames);
      liveNames.splice(plan.at, 0, ...plan.sheets.map((s) => s.name));
      for (const inserted of plan.sheets) {
        sheetSpecs.push(inserted);
        insertedMocks.set(inserted, new OfficeMockObject(sheetData(inserted, false)));
        decorate(inserted);
      }
      ids = plan.sheets.map((s) => idOf(s.name));
    });
    return {
      get value(): string[] {
        // office.js: a ClientResult's value is there only after the sync that carries it.
        if (ids === null)
          throw new OfficeErrorDouble("ValueNotLoaded", "The value of the result object has not been loaded yet.");
        return ids;
      },
    };
  };
  let syncs = 0;
  let largestResponse = 0;
  const runs: Array<{ readonly groupUndo: boolean }> = [];
  const limit = options.payloadLimit ?? PAYLOAD_LIMIT_BYTES;
  const context = root.context;
  const sync = context.sync.bind(context);
  context.sync = async () => {
    await Promise.all(reads.splice(0));
    syncs++;
    log.push({ op: "call", path: "context.sync", value: [syncs] });
    if (syncs === options.failOnSync) {
      batch.drop();
      throw new OfficeErrorDouble("GeneralException", "GeneralException: the host failed");
    }
    // A request over the limit is refused whole, before anything in it is applied.
    const requestBytes = batch.pending().reduce((sum, e) => sum + payloadBytes(e.value), 0);
    if (requestBytes > limit) {
      batch.drop();
      throw new OfficeErrorDouble(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    const responseBytes = loadedThisBatch.splice(0).reduce((sum, size) => sum + size(), 0);
    if (responseBytes > limit) {
      batch.drop();
      throw new OfficeErrorDouble(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
    largestResponse = Math.max(largestResponse, responseBytes);
    batch.apply();
    await sync();
    for (const sheet of insertedMocks.values()) await sheet.sync();
  };
  const host: ExcelHost = {
    run: (run) => {
      runs.push({ groupUndo: false });
      return run(context as unknown as Excel.RequestContext);
    },
    runAsOneUndo: (run) => {
      runs.push({ groupUndo: true });
      return run(context as unknown as Excel.RequestContext);
    },
    isSetSupported: (name, version) => {
      const minor = Number(version.split(".")[1]);
      if (name !== "ExcelApi") return false;
      if (options.newestMinor !== undefined && minor > options.newestMinor) return false;
      if (minor >= 18) return options.notesSupported ?? false;
      if (minor >= 13) return options.mergesSupported ?? true;
      if (minor >= 10) return options.commentsSupported ?? true;
      return true;
    },
  };
  const cell = (sheet: string, address: string): StoredCell | undefined => {
    const first = [...added.keys()].includes(sheet)
      ? ([...renamed.entries()].find(([, now]) => now === sheet)?.[0] ?? sheet)
      : sheet;
    const area = areaOf(address);
    return area ? addedSheets.cells.get(first)?.get(`${area.top},${area.left}`) : undefined;
  };
  return {
    host,
    syncs: () => syncs,
    largestResponse: () => largestResponse,
    runs,
    log,
    names,
    sheetNames: () => [...liveNames],
    comments: () => [...commentList],
    cell,
    change: async (sheet, address, value) => {
      const area = areaOf(address);
      const cells = cellsBySheet.get(sheet);
      const row = area && cells ? cells.values[area.top - cells.top] : undefined;
      if (value !== undefined && area && cells && row && area.left - cells.left < row.length)
        row[area.left - cells.left] = value;
      const worksheetId = `{${sheet}}`;
      for (const handler of [...(handlers.get(sheet) ?? [])])
        await handler({ address, worksheetId, changeType: "RangeEdited", source: "Local", type: "WorksheetChanged" });
    },
    listeners: (sheet) => handlers.get(sheet)?.size ?? 0,
    tables: () => tables.map((t) => ({ ...t, sheet: renamed.get(t.sheet) ?? t.sheet })),
    chartCount: () => [...addedSheets.charts.values()].reduce((a, b) => a + b, 0),
    flags: () =>
      flags.map((f) => ({ sheet: f.sheet, address: f.address, type: f.cf.type, formula: f.cf.custom.rule.formula })),
  };
}
