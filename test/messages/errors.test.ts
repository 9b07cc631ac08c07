import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { IndicatorsError, InvalidOptionsError, WorkbookReadError } from "../../src/core";
import { errorText } from "../../src/messages";
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
