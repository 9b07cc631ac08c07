import { pushAll } from "../core/values/arrays";
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { globSync, isDynamicPattern } from "tinyglobby";
import { InvalidOptionsError } from "../core";

const WORKBOOK = /\.(xlsx|xlsm|ods|xls)$/i;

export interface Inputs {
  readonly files: readonly string[];
  /** More than one file, or a folder or pattern that may name any number: the batch form. */
  readonly batch: boolean;
}

/** Workbooks under a folder, every level down; lock files (~$…) and hidden files are not workbooks. */
function workbooksUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) pushAll(found, workbooksUnder(path));
    else if (WORKBOOK.test(entry.name)) found.push(path);
  }
  return found.sort();
}

/**
 * Files, folders and patterns (quoted, or on a shell that does not expand them) to a list of
 * files. A name that does not exist stays in the list, so that it is reported as missing.
 */
export function expandInputs(args: readonly string[]): Inputs {
  const files: string[] = [];
  let batch = args.length > 1;
  for (const arg of args) {
    if (existsSync(arg) && statSync(arg).isDirectory()) {
      pushAll(files, workbooksUnder(arg));
      batch = true;
    } else if (!existsSync(arg) && isDynamicPattern(arg)) {
      const matched = globSync(arg, { onlyFiles: true, expandDirectories: false }).filter(
        (p) => WORKBOOK.test(p) && !basename(p).startsWith("~$"),
      );
      pushAll(files, matched.sort());
      batch = true;
    } else {
      files.push(arg);
      // analyze --ndjson output, merged by review into one summary (docs/scale.md).
      if (/\.(ndjson|jsonl)$/i.test(arg)) batch = true;
    }
  }
  return { files: [...new Set(files)], batch };
}

/** The workbooks the arguments name; none is a usage error that says what was looked for. */
export function workbooksIn(args: readonly string[]): ReturnType<typeof expandInputs> {
  const inputs = expandInputs(args);
  if (inputs.files.length === 0)
    throw args.length === 0
      ? new InvalidOptionsError("noInput")
      : new InvalidOptionsError("noWorkbooks", { where: args.join(" ") });
  return inputs;
}
