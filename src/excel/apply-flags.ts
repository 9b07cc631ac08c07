import { pushAll } from "../core/values/arrays";
import type { ConditionalFormatPlan } from "../core";
import type { RequestBudget } from "./request-budget";
import { requestBytes } from "./write-sheet";

type ExpressionPlan = ConditionalFormatPlan & { kind: "expression" };

interface FlagState {
  readonly plan: ExpressionPlan;
  readonly existing: Excel.ConditionalFormatCollection;
  readonly same: Array<{ cf: Excel.ConditionalFormat; range: Excel.Range }>;
}

const local = (address: string): string => address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");

/**
 * The below-target flags on the user's sheets. Range.conditionalFormats returns every rule that
 * intersects the range, so a rule with the same formula is the add-in's from an earlier run: kept
 * when it covers exactly the range, replaced when the range has grown or shrunk.
 */
export class FlagWriter {
  private readonly states: FlagState[];
  private readonly addedFlags: Excel.ConditionalFormat[] = [];

  constructor(sheets: Excel.WorksheetCollection, plans: readonly ConditionalFormatPlan[]) {
    this.states = plans.flatMap((plan) => {
      if (plan.kind !== "expression") return [];
      const existing = sheets.getItem(plan.sheet).getRange(plan.range).conditionalFormats;
      existing.load("items/type,items/customOrNullObject/rule/formula");
      return [{ plan, existing, same: [] }];
    });
  }

  /** After the first sync: queues the range of each rule that is the add-in's. */
  locate(): void {
    for (const s of this.states) {
      for (const cf of s.existing.items) {
        const custom = cf.customOrNullObject;
        if (custom.isNullObject || custom.rule.formula !== `=${s.plan.formula}`) continue;
        const range = cf.getRange();
        range.load("address");
        s.same.push({ cf, range });
      }
    }
  }

  /** In the swap: adds what is missing; returns the earlier rules to delete once the swap is safe. */
  async add(budget: RequestBudget): Promise<Excel.ConditionalFormat[]> {
    const stale: Excel.ConditionalFormat[] = [];
    for (const { plan: f, existing, same } of this.states) {
      if (same.some((s) => local(s.range.address) === local(f.range))) continue;
      pushAll(
        stale,
        same.map((s) => s.cf),
      );
      const wanted = `=${f.formula}`;
      await budget.spend(requestBytes(wanted) + 200, 1);
      // office.js takes the enums' string forms; the Excel enum objects exist only inside a host.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      const cf = existing.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = wanted;
      cf.custom.format.fill.color = `#${f.fill}`;
      cf.custom.format.font.color = `#${f.fontColor}`;
      this.addedFlags.push(cf);
    }
    return stale;
  }

  /** After a failed swap: removes the rules this run added. */
  revert(): void {
    for (const cf of this.addedFlags) cf.delete();
  }
}
