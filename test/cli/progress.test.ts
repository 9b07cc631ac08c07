/** The progress bar draws on a terminal only: a pipe or a log gets nothing. */
import { width } from "../../src/cli/format-table";
import { progressBar } from "../../src/cli/progress";

function stream(isTTY: boolean) {
  const written: string[] = [];
  const fake = { isTTY, columns: 60, write: (text: string) => written.push(text) > 0 };
  return { fake: fake as unknown as NodeJS.WriteStream, written };
}

test("on a terminal: a bar per file that stays within the width, then the line is cleared", () => {
  const { fake, written } = stream(true);
  const bar = progressBar(4, fake);
  for (const file of ["a.xlsx", "b.ods", "c.xlsx", `${"很長的檔名".repeat(20)}.xlsx`]) bar.tick(file);
  bar.end();
  expect(written).toHaveLength(5);
  const CLEAR = "\r\u001b[K";
  expect(written.slice(0, 4).every((w) => w.startsWith(CLEAR))).toBe(true);
  expect(written[1]!.slice(CLEAR.length)).toMatch(/^\[#{12}-{12}\] 2\/4 b\.ods$/);
  expect(written[3]).toMatch(/\[#{24}\] 4\/4 …/);
  // 60 terminal columns, CJK counted two each, the control codes none.
  expect(width(written[3]!.slice(CLEAR.length))).toBeLessThanOrEqual(59);
  expect(written[3]).toMatch(/檔名\.xlsx$/);
  expect(written[4]).toBe(CLEAR);
});

test("not a terminal: nothing at all", () => {
  const { fake, written } = stream(false);
  const bar = progressBar(4, fake);
  bar.tick("a.xlsx");
  bar.end();
  expect(written).toEqual([]);
});
