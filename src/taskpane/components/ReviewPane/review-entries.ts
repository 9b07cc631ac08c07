import type { Finding, FindingCode } from "../../../core";

/** One cell's findings of one kind: the list shows each cell once. */
export interface ReviewEntry {
  readonly kind: "entry";
  readonly key: string;
  readonly code: FindingCode;
  readonly sheet: string;
  readonly cell: string | null;
  readonly findings: readonly Finding[];
}

export interface ReviewGroup {
  readonly kind: "group";
  readonly key: string;
  readonly code: FindingCode;
  readonly findings: number;
  readonly entries: readonly ReviewEntry[];
}

/** Findings grouped by code, in the order the codes first appear, each group one entry per cell. */
export function reviewGroups(findings: readonly Finding[]): ReviewGroup[] {
  const groups = new Map<FindingCode, Map<string, Finding[]>>();
  for (const f of findings) {
    const byCell = groups.get(f.code) ?? new Map<string, Finding[]>();
    groups.set(f.code, byCell);
    const at = `${f.sheet}!${f.cell ?? ""}`;
    const list = byCell.get(at);
    if (list) list.push(f);
    else byCell.set(at, [f]);
  }
  return [...groups.entries()].map(([code, byCell]) => {
    const entries = [...byCell.entries()].map(([at, list]): ReviewEntry => ({
      kind: "entry",
      key: `${code}:${at}`,
      code,
      sheet: list[0]?.sheet ?? "",
      cell: list[0]?.cell ?? null,
      findings: list,
    }));
    return { kind: "group", key: code, code, findings: entries.reduce((n, e) => n + e.findings.length, 0), entries };
  });
}

/** What the list draws: each group's header, then its entries unless it is collapsed. */
export function visibleLines(
  groups: readonly ReviewGroup[],
  collapsed: ReadonlySet<FindingCode>,
): Array<ReviewGroup | ReviewEntry> {
  const lines: Array<ReviewGroup | ReviewEntry> = [];
  for (const g of groups) {
    lines.push(g);
    if (!collapsed.has(g.code)) for (const e of g.entries) lines.push(e);
  }
  return lines;
}
