import { sheetOfReference } from "../core";

/** Queues the load of a marker (a defined name the add-in owns); read it after the next sync. */
export function queueMarker(context: Excel.RequestContext, name: string): Excel.NamedItem {
  const item = context.workbook.names.getItemOrNullObject(name);
  item.load("formula");
  return item;
}

/** The sheet a loaded marker points at, or null when there is none (or it points at a deleted sheet). */
export function markedSheetOf(item: Excel.NamedItem | undefined): string | null {
  return item === undefined || item.isNullObject ? null : sheetOfReference(String(item.formula));
}
