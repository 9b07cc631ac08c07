/**
 * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13) for the stricter double, as the reference
 * describes it:
 * https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1)
 * "Inserts the specified worksheets from a source workbook into the current workbook" and returns
 * "An array of IDs corresponding to each newly inserted worksheet" (a ClientResult, read after the
 * sync). Its options, https://learn.microsoft.com/javascript/api/excel/excel.insertworksheetoptions:
 * positionType, an Excel.WorksheetPositionType, "The default position is "End""; relativeTo, "If the
 * relativeTo parameter is not set, worksheets will be inserted based on positionType, at the start
 * or end of the current workbook"; sheetNamesToInsert, "By default, all the worksheets from the
 * source workbook are inserted" (the reference's sample passes [] for all of them).
 */
import { enumValues, OfficeErrorDouble } from "./excel-rules";
import type { SheetSpec, WorkbookSpec } from "./sheet-spec";

export interface InsertOptions {
  readonly positionType?: string;
  readonly relativeTo?: string | { readonly name?: unknown };
  readonly sheetNamesToInsert?: readonly string[];
}

const invalid = (problem: string): OfficeErrorDouble =>
  new OfficeErrorDouble(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format (${problem}).`,
    "Workbook.insertWorksheetsFromBase64",
  );

/** A name not taken in the workbook, as Excel names a copied sheet ("績效 (2)"); the reference is silent on clashes. */
function freeName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  let n = 2;
  while (lower.has(`${name} (${n})`.toLowerCase())) n++;
  return `${name} (${n})`;
}

/** The sheets to insert (renamed where their name is taken) and where in the tab order they go. */
export function insertPlan(
  source: WorkbookSpec,
  options: InsertOptions,
  current: readonly string[],
): { sheets: SheetSpec[]; at: number } {
  const position = options.positionType ?? "End";
  if (!enumValues("WorksheetPositionType").has(position)) throw invalid(`"${position}" is not a WorksheetPositionType`);
  const relativeName =
    options.relativeTo === undefined
      ? null
      : typeof options.relativeTo === "string"
        ? options.relativeTo
        : String(options.relativeTo.name);
  if (relativeName !== null && !current.includes(relativeName))
    throw new OfficeErrorDouble("ItemNotFound", `ItemNotFound: ${relativeName}`, "Workbook.insertWorksheetsFromBase64");
  const wanted = options.sheetNamesToInsert ?? [];
  // The reference does not say what a name missing from the source does; refused here, so a
  // misspelt name fails a test rather than inserting nothing.
  for (const name of wanted)
    if (!source.some((s) => s.name === name)) throw invalid(`no sheet "${name}" in the source workbook`);
  const picked = wanted.length === 0 ? source : source.filter((s) => wanted.includes(s.name));
  const taken = [...current];
  const sheets = picked.map((s) => {
    const name = freeName(s.name, taken);
    taken.push(name);
    return { ...s, name };
  });
  const relative = relativeName === null ? -1 : current.indexOf(relativeName);
  const at =
    position === "Beginning" || (position === "Before" && relative < 0)
      ? 0
      : position === "Before"
        ? relative
        : position === "After" && relative >= 0
          ? relative + 1
          : current.length;
  return { sheets, at };
}
