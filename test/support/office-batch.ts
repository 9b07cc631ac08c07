/**
 * The batch semantics of office.js for the stricter double: operations are queued and applied only
 * at context.sync, in order; the first that fails fails the sync, and those before it stay applied.
 *
 * learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model: "sync() ...
 * Synchronizes the state between JavaScript proxy objects and the Office document by executing
 * instructions queued on the request context". A batch is not a transaction: "If an error occurs
 * ... operations queued before the failing one have already been applied" is how Excel behaves (the
 * reference offers no rollback), and the rest of the batch is not run.
 */
import type { LogEntry } from "./recorder";
import {
  apiMinorOf,
  areaOf,
  chartProblem,
  intersects,
  OfficeErrorDouble,
  shapeProblem,
  storedOf,
  tableNameProblem,
  type Area,
  type StoredCell,
} from "./excel-rules";

export interface TableState {
  name: string;
  sheet: string;
  readonly area: Area;
}

/** Cells, formats and tables of the sheets the add-in creates (recorded through recorder.ts). */
export class AddedSheets {
  readonly cells = new Map<string, Map<string, StoredCell>>();
  readonly formats = new Map<string, Map<string, string>>();
  private lastRange: { sheet: string; area: Area } | null = null;
  private lastTable: TableState | null = null;
  private tableCount = 0;

  /** Charts added, by the sheet's name when added. */
  readonly charts = new Map<string, number>();

  constructor(
    readonly tables: TableState[],
    private readonly definedNames: () => Iterable<string>,
    /** Whether the host has ExcelApi 1.minor. */
    private readonly supports: (minor: number) => boolean = () => true,
  ) {}

  /** Applies one recorded entry on an added sheet; throws as Excel would refuse it. */
  apply(entry: LogEntry): void {
    const m = /^sheet\[([^\]]+)\]\.(.*)$/.exec(entry.path);
    if (!m) return;
    const [, sheet = "", rest = ""] = m;
    const args = entry.value as unknown[];
    const minor = apiMinorOf(rest);
    if (!this.supports(minor))
      throw new OfficeErrorDouble(
        "ApiNotFound",
        `The API you are trying to use could not be found (ExcelApi 1.${minor}: ${rest}).`,
        entry.path,
      );
    const isRange = (arg: unknown): boolean =>
      typeof arg === "function" && String((arg as { __path?: unknown }).__path).startsWith(`sheet[${sheet}].getRange`);
    const problem = chartProblem(rest, entry.op, entry.value, isRange);
    if (problem)
      throw new OfficeErrorDouble(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format (${problem}).`,
        entry.path,
      );
    if (entry.op === "call" && rest === "charts.add") this.charts.set(sheet, (this.charts.get(sheet) ?? 0) + 1);
    if (entry.op === "call" && rest === "getRangeByIndexes") {
      const [top, left, rows, columns] = args as number[];
      this.lastRange = {
        sheet,
        area: { top: top!, left: left!, bottom: top! + rows! - 1, right: left! + columns! - 1 },
      };
    } else if (entry.op === "call" && rest === "getRange") {
      const area = areaOf(String(args[0]));
      this.lastRange = area ? { sheet, area } : null;
    } else if (
      entry.op === "set" &&
      /^getRange(ByIndexes)?\(\)\.(formulas|values|numberFormat|formulasR1C1)$/.test(rest)
    ) {
      this.write(sheet, rest.slice(rest.lastIndexOf(".") + 1), entry.value);
    } else if (entry.op === "call" && rest === "tables.add") {
      this.addTable(sheet, String(args[0]));
    } else if (entry.op === "set" && rest === "tables.add().name") {
      this.nameTable(String(entry.value));
    }
  }

  private write(sheet: string, property: string, value: unknown): void {
    const range = this.lastRange;
    if (range === null || range.sheet !== sheet) throw new OfficeErrorDouble("InvalidArgument", "no range");
    const { area } = range;
    const rows = area.bottom - area.top + 1;
    const columns = area.right - area.left + 1;
    const problem = property === "formulasR1C1" ? null : shapeProblem(value, rows, columns);
    if (problem)
      throw new OfficeErrorDouble(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format (${problem}).`,
      );
    const cells = this.cells.get(sheet) ?? new Map<string, StoredCell>();
    const formats = this.formats.get(sheet) ?? new Map<string, string>();
    this.cells.set(sheet, cells);
    this.formats.set(sheet, formats);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const key = `${area.top + r},${area.left + c}`;
        const v = Array.isArray(value) ? (value as unknown[][])[r]![c] : value;
        // office.js: null in a values/formulas array leaves the cell as it is.
        if (v === null || v === undefined) continue;
        if (property === "numberFormat") formats.set(key, JSON.stringify(v).replace(/^"|"$/g, ""));
        else if (property === "formulasR1C1")
          cells.set(key, { value: null, formula: JSON.stringify(v).replace(/^"|"$/g, "") });
        else cells.set(key, storedOf(v, formats.get(key)));
      }
    }
  }

  /**
   * learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1):
   * "If the table cannot be added (e.g., because the address is invalid, or the table would overlap
   * with another table), an error will be thrown."
   */
  private addTable(sheet: string, address: string): void {
    const area = areaOf(address);
    if (area === null) throw new OfficeErrorDouble("InvalidArgument", `Invalid address ${address}`);
    if (this.tables.some((t) => t.sheet === sheet && intersects(t.area, area)))
      throw new OfficeErrorDouble("InvalidArgument", `A table cannot overlap another table (${address}).`);
    this.tableCount++;
    let name = `Table${this.tableCount}`;
    while (this.tables.some((t) => t.name === name)) name = `Table${++this.tableCount}`;
    this.lastTable = { name, sheet, area };
    this.tables.push(this.lastTable);
  }

  private nameTable(name: string): void {
    const table = this.lastTable;
    if (table === null) throw new OfficeErrorDouble("InvalidArgument", "no table");
    const taken = [...this.tables.filter((t) => t !== table).map((t) => t.name), ...this.definedNames()];
    const problem = tableNameProblem(name, taken);
    if (problem)
      throw new OfficeErrorDouble(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format (${problem}).`,
      );
    table.name = name;
  }
}

/** Queue, then apply at sync. */
export class Batch {
  private cursor = 0;
  private readonly effects = new Map<LogEntry, () => void>();

  constructor(
    private readonly log: LogEntry[],
    private readonly recorded: (entry: LogEntry) => void,
    /** An operation the host refuses at sync (a protected structure, a rule it will not take). */
    private readonly refused?: { readonly path: RegExp; readonly code: string },
  ) {}

  /** Logs an operation now and applies it at the next sync. */
  queue(entry: LogEntry, effect: () => void): void {
    this.log.push(entry);
    this.effects.set(entry, effect);
  }

  /** The entries queued since the last sync (what this request would carry). */
  pending(): LogEntry[] {
    return this.log.slice(this.cursor).filter((e) => e.path !== "context.sync");
  }

  /** Applies the queued operations in order; the first failure stops the batch and is thrown. */
  apply(): void {
    const pending = this.pending();
    this.cursor = this.log.length;
    for (const entry of pending) {
      if (this.refused?.path.test(entry.path))
        throw new OfficeErrorDouble(this.refused.code, `${this.refused.code}: ${entry.path}`, entry.path);
      const effect = this.effects.get(entry);
      if (effect) effect();
      else this.recorded(entry);
    }
  }

  /** Drops what was queued (a request refused whole, before anything was applied). */
  drop(): void {
    this.cursor = this.log.length;
  }
}
