import type { AppliedPlan, WorkbookPort } from "../port/workbook-port";

/** Removes the add-in's notes (comments in Excel) and nothing else. */
export function removeAddinNotes(port: WorkbookPort): Promise<AppliedPlan> {
  return port.applyPlan({ sheets: [], conditionalFormats: [], notes: [] });
}
