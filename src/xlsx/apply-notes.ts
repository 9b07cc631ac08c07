import type ExcelJS from "exceljs";
import { isAddinNote, type NotePlan } from "../core";

function noteText(cell: ExcelJS.Cell): string | null {
  const note = cell.note as string | { texts?: Array<{ text: string }> } | undefined;
  if (note === undefined || note === null) return null;
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

/** exceljs has no call to remove a note; it keeps a cell's note in this field. */
function clearNote(cell: ExcelJS.Cell): void {
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}

/**
 * Replaces the add-in's notes: every note that starts with a note tag goes, the planned ones are
 * added, and a cell holding a person's note keeps it (that finding is listed on the findings sheet).
 */
export function applyNotes(workbook: ExcelJS.Workbook, notes: readonly NotePlan[]): NotePlan[] {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (isAddinNote(noteText(cell))) clearNote(cell);
      });
    });
  }
  const skipped: NotePlan[] = [];
  for (const note of notes) {
    const sheet = workbook.getWorksheet(note.sheet);
    if (sheet === undefined) continue;
    const cell = sheet.getCell(note.cell);
    if (noteText(cell) !== null) {
      skipped.push(note);
      continue;
    }
    cell.note = note.text;
  }
  return skipped;
}
