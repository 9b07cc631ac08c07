import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { IndicatorsError, InvalidOptionsError, WorkbookReadError } from "../../src/core";
import {
  errorText,
  keysUnder,
  readRefusal,
  refusalCode,
  translate,
  writeRefusal,
  type Refusal,
} from "../../src/messages";
import { cli } from "../cli/run-cli";

test("one typed error: a code and its values, put into words at the edge in one language", () => {
  const missing = new WorkbookReadError("NO_SUCH_SHEET", { sheet: "績效", sheets: ["摘要", "明細"] });
  expect(missing.code).toBe("NO_SUCH_SHEET");
  expect(errorText(missing, "zh-TW")).toBe("找不到工作表「績效」；現有：摘要、明細");
  expect(errorText(missing, "en")).toBe('No sheet named "績效"; the workbook has: 摘要, 明細.');
  const option = new InvalidOptionsError("noOutput");
  expect(option.code).toBe("INVALID_OPTIONS");
  expect(errorText(option, "zh-TW")).toBe("請以 -o 指定輸出檔（如 -o 輸出.xlsx）");
  expect(errorText(option, "en")).toBe("Name the output file with -o OUT.xlsx.");
  // A share is said as the person wrote it: 120%, not 1.2.
  expect(errorText(new InvalidOptionsError("yellowFrom", { value: 1.2 }), "zh-TW")).toMatch(/收到 120%$/);
  // A host's own message is shown as it is.
  expect(errorText(new Error("Access denied"), "zh-TW")).toBe("Access denied");
  expect(errorText(new IndicatorsError("HOST", "Access denied"), "en")).toBe("Access denied");
});

test("the command prints one language per run", async () => {
  const zh = await cli("analyze", "no-such-file.xlsx");
  expect(zh.err).toMatch(/^indicators: 找不到檔案「no-such-file.xlsx」\n$/);
  const en = await cli("analyze", "no-such-file.xlsx", "--lang", "en");
  expect(en.err).toMatch(/^indicators: No such file: no-such-file.xlsx\n$/);
  const yellow = await cli("analyze", "no-such-file.xlsx", "--yellow-from", "120%");
  expect(yellow.err).toMatch(/收到 120%/);
});

test("no error in the command or the use cases is a sentence in two languages to be split", () => {
  const root = join(__dirname, "..", "..", "src");
  for (const dir of ["cli", "usecases", "core/measures"]) {
    for (const name of readdirSync(join(root, dir)).filter((n) => n.endsWith(".ts"))) {
      const text = readFileSync(join(root, dir, name), "utf8");
      const split = [...text.matchAll(/new \w*Error\(([\s\S]*?)\);/g)]
        .map((m) => m[1] ?? "")
        .filter((args) => /[\u3000-\u9fff\uff00-\uffef][^`]*? \/ [^\s*]/.test(args));
      expect({ file: `${dir}/${name}`, split }).toEqual({ file: `${dir}/${name}`, split: [] });
    }
  }
});

test("a refusal is a code and its values, worded once, in the language asked for", () => {
  const params = {
    ...{ file: "kpi.xlsx", part: "xl/workbook.xml", limit: 100, seconds: 60, reason: "EIO", status: 1 },
    ...{ kind: "pdf", sheet: "S", range: "A1:B2", cells: 5 },
  };
  const refusals = keysUnder("refusal.").filter((key) => key !== "refusal.workerTimeoutNext");
  expect(refusals.length).toBeGreaterThan(20);
  for (const key of refusals) {
    const refusal = key.slice("refusal.".length) as Refusal;
    const error = readRefusal(refusal, params);
    expect(error.code).toBe(refusalCode(refusal));
    expect(error.words?.key).toBe(key);
    // Its message is the code and values, not a sentence (in one language or two).
    expect(error.message).not.toMatch(/[\u3400-\u9fff]/);
    expect(errorText(error, "zh-TW")).toMatch(/[\u3400-\u9fff]/);
    expect(errorText(error, "zh-TW")).toContain("kpi.xlsx");
    expect(errorText(error, "en")).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
    expect(errorText(writeRefusal(refusal, params), "en")).toBe(translate("en", key, params));
  }
});

test("nothing is split by guessing where the Chinese ends: a text not worded by the catalog is shown whole", () => {
  expect(errorText(new Error("無法讀取 / Cannot read"), "en")).toBe("無法讀取 / Cannot read");
  expect(errorText(new IndicatorsError("HOST", "無法讀取 / Cannot read"), "zh-TW")).toBe("無法讀取 / Cannot read");
});
