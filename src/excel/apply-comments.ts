import { NOTE_TAG, type NotePlan } from "../core";
import type { RequestBudget } from "./request-budget";
import { requestBytes } from "./write-sheet";

/** "'績效 表'!E16" and "績效表!$E$16" → "績效 表!E16", to compare locations. */
export function cellKey(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  return `${sheet}!${address.slice(bang + 1).replace(/\$/g, "")}`;
}

/**
 * The add-in's comments, in three steps that ride on the applier's syncs:
 * load (with the state read), then delete the add-in's old ones and locate a person's (with the
 * write), then add the new ones where no person's comment holds the cell (with the swap).
 */
export class CommentWriter {
  private readonly comments: Excel.CommentCollection;
  private people: Array<{ location: Excel.Range }> = [];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly notes: readonly NotePlan[],
  ) {
    this.comments = context.workbook.comments;
    this.comments.load("items/content");
  }

  /** After the first sync. */
  sortOut(): void {
    this.people = [];
    for (const comment of this.comments.items) {
      if (comment.content.startsWith(NOTE_TAG)) {
        comment.delete();
      } else {
        const location = comment.getLocation();
        location.load("address");
        this.people.push({ location });
      }
    }
  }

  /** After the write; returns the notes a person's comment kept out. */
  async add(budget: RequestBudget): Promise<NotePlan[]> {
    const held = new Set(this.people.map((p) => cellKey(p.location.address)));
    const skipped: NotePlan[] = [];
    for (const note of this.notes) {
      const address = `'${note.sheet.replace(/'/g, "''")}'!${note.cell}`;
      if (held.has(cellKey(address))) {
        skipped.push(note);
        continue;
      }
      await budget.spend(requestBytes(note.text) + 100, 1);
      this.context.workbook.comments.add(address, note.text);
    }
    return skipped;
  }
}
