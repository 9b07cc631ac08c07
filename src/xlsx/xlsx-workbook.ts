import {
  ALL_MARKERS,
  sheetOfReference,
  WorkbookReadError,
  WorkbookWriteError,
  type Grid,
  type WritePlan,
} from "../core";
import type { AppliedPlan, WorkbookPort } from "../port/workbook-port";
import { readRefusal, writeRefusal } from "../messages/refusals";
import { applyPlanToPackage } from "./direct/apply-direct";
import type { Codec } from "./direct/package";
import { DirectWriteUnsupported, StrictNotWritten } from "./direct/xml-text";
import { FastBook } from "./fast/fast-book";
import { PackageRefusal } from "./fast/zip-entries";
import { notAZip } from "./not-a-zip";

/**
 * Reads and writes .xlsx packages (the CLI, and the pane's preview mode) with one reader and one
 * writer: the fast reader (src/xlsx/fast) reads the file for analysis, and a plan is written into
 * its package directly (src/xlsx/direct), every other part copied as stored. A package either of
 * them does not read or edit is refused in words, and nothing is written: there is no second
 * writer that could lose a user's parts.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** After a direct write, the new package is opened for reading when a read comes, not before (most never do). */
  private fast: FastBook | null;

  private constructor(
    private bytes: Uint8Array,
    fast: FastBook,
    private readonly codec: Codec,
    private readonly label: string,
  ) {
    this.fast = fast;
  }

  /** Node only: a file read with node's zlib. */
  static async fromFile(path: string): Promise<XlsxWorkbook> {
    // Node only; in the pane's build this is a chunk of stubs that preview never loads.
    const { readXlsxFile, NODE_CODEC } = await import("./read-file");
    let bytes: Uint8Array;
    try {
      bytes = await readXlsxFile(path);
    } catch (cause) {
      throw unreadable(path, cause);
    }
    return XlsxWorkbook.open(bytes, NODE_CODEC, path);
  }

  /**
   * A package in memory; `codec` is the deflate library to read and write it with (the pane gives
   * its browser one). Without it, node's zlib.
   */
  static async fromBuffer(data: ArrayBuffer | Uint8Array, label = "workbook", codec?: Codec): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    return XlsxWorkbook.open(bytes, codec ?? (await import("./read-file")).NODE_CODEC, label);
  }

  /** The package opened by the fast reader, or refused in words naming the file and why. */
  static open(bytes: Uint8Array, codec: Codec, label: string): XlsxWorkbook {
    // A PDF, an image, an empty file picked as a workbook: said as what it is.
    const other = notAZip(bytes);
    if (other !== null) throw readRefusal("notWorkbook", { file: label, kind: other });
    try {
      return new XlsxWorkbook(bytes, FastBook.open(bytes, codec), codec, label);
    } catch (cause) {
      throw unreadable(label, cause);
    }
  }

  private get reader(): FastBook {
    this.fast ??= XlsxWorkbook.open(this.bytes, this.codec, this.label).reader;
    return this.fast;
  }

  /** A read of the package in words when it fails (the file and the reason, never an empty one). */
  private read<T>(read: (fast: FastBook) => T): T {
    try {
      return read(this.reader);
    } catch (cause) {
      throw unreadable(this.label, cause);
    }
  }

  sheetNames(): Promise<string[]> {
    return Promise.resolve(this.read((f) => f.sheetNames()));
  }

  async readSheet(name: string): Promise<Grid> {
    return Promise.resolve(this.read((f) => f.grid(name)));
  }

  async readAll(): Promise<Grid[]> {
    return Promise.resolve(this.read((f) => f.sheetNames().map((name) => f.grid(name))));
  }

  ownedSheets(): Promise<string[]> {
    const fast = this.reader;
    return Promise.resolve(
      ALL_MARKERS.map((marker) => {
        const ref = fast.definedName(marker);
        return ref === null ? null : sheetOfReference(ref);
      }).filter((s): s is string => s !== null),
    );
  }

  /** A file has no view to select in. */
  select(): Promise<void> {
    return Promise.resolve();
  }

  /** The package as it stands: as read, or with what has been written into it. */
  storedPackage(): Uint8Array {
    return this.bytes;
  }

  /** The workbook as .xlsx bytes (the pane's preview offers them as a download). */
  toBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.bytes.slice().buffer);
  }

  /**
   * In memory; nothing reaches a file until saveWorkbook. The plan is written into the package's
   * parts; a package the writer does not edit is refused with the reason, and stays as it was.
   */
  applyPlan(plan: WritePlan): Promise<AppliedPlan> {
    try {
      const { bytes, applied } = applyPlanToPackage(this.bytes, this.codec, plan);
      this.bytes = bytes;
      this.fast = null;
      return Promise.resolve(applied);
    } catch (error) {
      if (error instanceof StrictNotWritten)
        return Promise.reject(writeRefusal("strictWrite", { file: this.label }, error));
      // Which part and why (the writer's own terms, in English) stay in the cause: INDICATORS_DEBUG prints it.
      if (error instanceof DirectWriteUnsupported)
        return Promise.reject(writeRefusal("packageNotWritable", { file: this.label }, error));
      if (error instanceof WorkbookWriteError) return Promise.reject(error);
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/** A package refused by the reader, in the catalog's words, naming the file and the part. */
function refusalOf(label: string, refusal: PackageRefusal): WorkbookReadError {
  return readRefusal(refusal.kind, { file: label, part: refusal.part, ...refusal.detail }, refusal);
}

function unreadable(label: string, cause: unknown): WorkbookReadError {
  // A PackageRefusal is a WorkbookReadError too, but in the reader's terms: given the catalog's words first.
  if (cause instanceof PackageRefusal) return refusalOf(label, cause);
  if (cause instanceof WorkbookReadError) return cause;
  // The zip or XML library's own words (English, and no help to the reader) stay in the cause.
  return readRefusal("damaged", { file: label }, cause);
}
