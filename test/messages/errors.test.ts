import { InvalidOptionsError } from "../../src/core";
import { errorText } from "../../src/messages";
import { cli } from "../cli/run-cli";

test("an error shows the half in the asked language", () => {
  const error = new InvalidOptionsError("請以 -o 指定輸出檔 / Name the output file with -o OUT.xlsx.");
  expect(errorText(error, "zh-TW")).toBe("請以 -o 指定輸出檔");
  expect(errorText(error, "en")).toBe("Name the output file with -o OUT.xlsx.");
  // A path with " / " in it stays whole: the split is where Chinese ends.
  expect(errorText(new Error("找不到檔案「a / b.xlsx」 / No such file: a / b.xlsx"), "en")).toBe(
    "No such file: a / b.xlsx",
  );
  expect(errorText(new Error("Access denied"), "zh-TW")).toBe("Access denied");
});

test("the command prints one language per run", async () => {
  const zh = await cli("analyze", "no-such-file.xlsx");
  expect(zh.err).toMatch(/^indicators: 找不到檔案「no-such-file.xlsx」\n$/);
  const en = await cli("analyze", "no-such-file.xlsx", "--lang", "en");
  expect(en.err).toMatch(/^indicators: No such file: no-such-file.xlsx\n$/);
});
