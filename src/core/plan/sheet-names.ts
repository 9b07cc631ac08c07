/**
 * Which sheet the add-in's report goes to. The marker (a defined name the add-in owns) says which
 * sheet is its own; a sheet that merely has the wanted name is the user's and is left alone.
 */
export interface NameResolution {
  readonly name: string;
  /** The add-in's previous sheet to replace, if any. */
  readonly replaces: string | null;
}

export function resolveSheetName(
  existing: readonly string[],
  markedSheet: string | null,
  wanted: string,
): NameResolution {
  const owned = markedSheet !== null && existing.includes(markedSheet) ? markedSheet : null;
  const taken = new Set(existing.filter((n) => n !== owned).map((n) => n.toLowerCase()));
  let name = wanted;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted} (${i})`;
  return { name, replaces: owned };
}

/** The sheet a marker's reference points at: "'績效報告'!$A$1" → 績效報告. */
export function sheetOfReference(reference: string): string | null {
  const match = /^=?'((?:[^']|'')+)'!|^=?([^!'#]+)!/.exec(reference.trim());
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? null);
}

/** Functions newer than Excel 2007 must carry the _xlfn. prefix inside an .xlsx file. */
const NEWER_FUNCTIONS = [
  "FORECAST.LINEAR",
  "RRI",
  "IFS",
  "MAXIFS",
  "MINIFS",
  "SWITCH",
  "CONCAT",
  "TEXTJOIN",
  "XLOOKUP",
  "STDEV.S",
];

/**
 * One pattern for all of them, built once: a report writes a formula per cell, and a new pattern
 * per function per formula was most of a multi-year report's time.
 */
const NEWER_CALL = new RegExp(
  `(^|[^A-Za-z0-9_.])(${NEWER_FUNCTIONS.map((name) => name.replace(".", "\\.")).join("|")})(?=\\()`,
  "g",
);

export function withXlfnPrefixes(formulaText: string): string {
  // The "(" is looked ahead at, not taken: a call right inside another (IFS(SWITCH(…) is found too.
  return formulaText.replace(NEWER_CALL, "$1_xlfn.$2");
}
