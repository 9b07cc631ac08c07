/**
 * Table names are workbook-wide, share the namespace of defined names, and must start with a
 * letter or underscore, hold only letters, digits, underscores and periods, and not read as a cell
 * reference (Excel's "Rename an Excel table" rules, which Table.name follows). Each planned table
 * gets its planned name with the run's stamp, numbered where that is taken.
 */
export function uniqueTableNames(planned: readonly string[], stamp: string, taken: Iterable<string>): string[] {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  return planned.map((name) => {
    // ASCII and CJK letters only: the pane is built for ES2017 webviews, without \p{…} in regexes.
    const base = `${name.replace(/[^\w.\u3400-\u9FFF\uF900-\uFAFF]/g, "_").replace(/^([^A-Za-z_\u3400-\u9FFF\uF900-\uFAFF])/, "_$1")}_${stamp}`;
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base}_${n}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
