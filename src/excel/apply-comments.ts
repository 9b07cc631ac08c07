import { isAddinNote, type NotePlan } from "../core";
import type { RequestBudget } from "./request-budget";
import { requestBytes } from "./write-sheet";

/** "'績效 表'!E16" and "績效表!$E$16" → "績效 表!E16", to compare locations. */
export function cellKey(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  return `${sheet}!${address.slice(bang + 1).replace(/\$/g, "")}`;
}

const addressOfNote = (note: NotePlan): string => `'${note.sheet.replace(/'/g, "''")}'!${note.cell}`;

interface Ours {
  readonly comment: Excel.Comment;
  readonly location: Excel.Range;
  readonly content: string;
  kept: boolean;
}

/**
 * The add-in's comments, ordered so that a failure loses nothing: the new ones are added and the
 * add-in's earlier ones refreshed in place after the report is written (a refused batch is retried
 * cell by cell, and a refused cell is reported as skipped); the earlier ones that no longer apply
 * are deleted last, in the swap; a failed swap reverts what this run added or changed.
 */
export class CommentWriter {
  private readonly comments: Excel.CommentCollection;
  private readonly noteItems: Excel.NoteCollection | null;
  private ours: Ours[] = [];
  private held: Excel.Range[] = [];
  private readonly added: Excel.Comment[] = [];
  private readonly updated: Array<{ comment: Excel.Comment; old: string }> = [];
  readonly skipped: NotePlan[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly plans: readonly NotePlan[],
    notesSupported: boolean,
  ) {
    this.comments = context.workbook.comments;
    this.comments.load("items/content");
    // ExcelApi 1.18 lists notes; a cell that holds one cannot take a comment.
    this.noteItems = notesSupported ? context.workbook.notes : null;
    this.noteItems?.load("items");
  }

  /** After the first sync: queues where each comment and note is, read after the next sync. */
  locate(): void {
    for (const comment of this.comments.items) {
      const location = comment.getLocation();
      location.load("address");
      if (isAddinNote(comment.content)) this.ours.push({ comment, location, content: comment.content, kept: false });
      else this.held.push(location);
    }
    for (const note of this.noteItems?.items ?? []) {
      const location = note.getLocation();
      location.load("address");
      this.held.push(location);
    }
  }

  /** After the report is written: adds and refreshes, in one batch where Excel takes it. */
  async write(budget: RequestBudget): Promise<void> {
    const held = new Set(this.held.map((l) => cellKey(l.address)));
    const ours = new Map(this.ours.map((o) => [cellKey(o.location.address), o]));
    const adds: NotePlan[] = [];
    const updates: Array<{ mine: Ours; plan: NotePlan }> = [];
    for (const plan of this.plans) {
      const key = cellKey(addressOfNote(plan));
      const mine = ours.get(key);
      if (held.has(key)) this.skipped.push(plan);
      else if (mine === undefined) adds.push(plan);
      else {
        mine.kept = true;
        if (mine.content !== plan.text) updates.push({ mine, plan });
      }
    }
    if (adds.length + updates.length === 0) return;
    try {
      for (const plan of adds) {
        await budget.spend(requestBytes(plan.text) + 100, 1);
        this.added.push(this.comments.add(addressOfNote(plan), plan.text));
      }
      for (const { mine, plan } of updates) {
        await budget.spend(requestBytes(plan.text) + 100, 1);
        mine.comment.content = plan.text;
        this.updated.push({ comment: mine.comment, old: mine.content });
      }
      await budget.flush();
    } catch {
      // A batch is not a transaction: find what was applied, then try the rest one cell at a time.
      await this.oneByOne(adds, updates);
    }
  }

  private async oneByOne(adds: NotePlan[], updates: Array<{ mine: Ours; plan: NotePlan }>): Promise<void> {
    this.added.length = 0;
    this.updated.length = 0;
    const now = this.context.workbook.comments;
    now.load("items/content");
    await this.context.sync();
    const located = now.items.map((comment) => ({ comment, location: comment.getLocation().load("address") }));
    await this.context.sync();
    const byCell = new Map(located.map((l) => [cellKey(l.location.address), l.comment]));
    for (const plan of adds) {
      const there = byCell.get(cellKey(addressOfNote(plan)));
      if (there !== undefined && there.content === plan.text) {
        this.added.push(there);
        continue;
      }
      const comment = this.comments.add(addressOfNote(plan), plan.text);
      await this.context.sync().then(
        () => this.added.push(comment),
        () => this.skipped.push(plan),
      );
    }
    for (const { mine, plan } of updates) {
      if (mine.comment.content === plan.text) continue;
      mine.comment.content = plan.text;
      await this.context.sync().then(
        () => this.updated.push({ comment: mine.comment, old: mine.content }),
        () => this.skipped.push(plan),
      );
    }
  }

  /** In the swap, last of all: the add-in's earlier comments on cells that are no longer findings. */
  deleteStale(): void {
    for (const o of this.ours) if (!o.kept) o.comment.delete();
  }

  /** After a failed swap: removes the comments this run added and restores those it changed. */
  revert(): void {
    for (const comment of this.added) comment.delete();
    for (const { comment, old } of this.updated) comment.content = old;
  }
}
