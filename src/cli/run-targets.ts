import { DRAFT_METHODS, InvalidOptionsError, parseValue, type DraftMethod } from "../core";
import { writeTargetDrafts } from "../usecases/targets";
import { flagValue, type ParsedArgs } from "./args";
import type { CliIo } from "./main";
import { runWriteCommand } from "./write-command";
import { externalSettings } from "./run-settings";

function methodOf(args: ParsedArgs): DraftMethod {
  const method = flagValue(args, "--method") ?? "trend";
  const known = DRAFT_METHODS.find((m) => m === method);
  if (known === undefined) {
    throw new InvalidOptionsError(
      `--method 只接受 ${DRAFT_METHODS.join("|")}，收到「${method}」 / --method takes ${DRAFT_METHODS.join("|")}; got "${method}".`,
    );
  }
  return known;
}

/** "5%" or "0.05" → 0.05. */
function stretchOf(args: ParsedArgs): number {
  const text = flagValue(args, "--stretch") ?? "5%";
  const parsed = parseValue({ value: text });
  if (parsed.kind !== "number")
    throw new InvalidOptionsError(
      `--stretch 需要百分比，如 5% / --stretch takes a percentage such as 5%; got "${text}".`,
    );
  return parsed.value;
}

/** indicators targets IN.xlsx -o OUT.xlsx --method trend|growth|hold|stretch [--stretch 5%] [--lang] */
export async function runTargets(args: ParsedArgs, io: CliIo): Promise<number> {
  const method = methodOf(args);
  const stretch = stretchOf(args);
  const settings = await externalSettings(args);
  return runWriteCommand(
    args,
    io,
    (workbook, language) => writeTargetDrafts(workbook, { method, stretch, language, settings }),
    (outcome, output, language) => {
      const lowered = outcome.drafts.filter((d) => d.lowered).length;
      const sheet = [...outcome.applied.sheets.values()].join(", ");
      return language === "zh-TW"
        ? `已寫入 ${output}：工作表「${sheet}」，${outcome.drafts.length} 項草案${lowered > 0 ? `，${lowered} 項下修需說明` : ""}。`
        : `Wrote ${output}: sheet "${sheet}", ${outcome.drafts.length} drafts${lowered > 0 ? `, ${lowered} lowered (state a reason)` : ""}.`;
    },
  );
}
