import type { Grid } from "../core";
import type { WorkbookReader } from "../port/workbook-port";

/** Every sheet but the add-in's own (report, findings, drafts): those are output, not data. */
export async function readUserSheets(reader: WorkbookReader): Promise<Grid[]> {
  const owned = new Set(await reader.ownedSheets());
  return (await reader.readAll()).filter((grid) => !owned.has(grid.sheet));
}
