/**
 * Table names are workbook-wide, share the namespace of defined names, and must start with a
 * letter or underscore, hold only letters, digits, underscores and periods, and not read as a cell
 * reference (Excel's "Rename an Excel table" rules, which Table.name follows). Each planned table
 * gets its planned name with the run's stamp, numbered where that is taken.
 */
export function uniqueTableNames(planned: readonly string[], stamp: string, taken: Iterable<string>): string[] {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  return planned.map((name) => {
    const base = `${name.replace(/[^\p{L}\p{N}_.]/gu, "_").replace(/^([^\p{L}_])/u, "_$1")}_${stamp}`;
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base}_${n}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
