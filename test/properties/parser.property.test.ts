/** Property tests for the value parser: it never throws, and a figure written any supported way reads back as itself. */
import fc from "fast-check";
import { parsePeriod, parseValue, type CellInput } from "../../src/core";

const anyRaw = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("--", "---", "★", "▲", "#DIV/0!", "約", "以上", "%", "６", "，", "1,2,3", "1..2", "--5", "(5)"),
);

test("parseValue never throws, on any string, number or format", () => {
  fc.assert(
    fc.property(anyRaw, fc.option(fc.string(), { nil: undefined }), (value, format) => {
      const cell: CellInput = format === undefined ? { value } : { value, format };
      const parsed = parseValue(cell);
      expect(["number", "missing", "rating", "error", "text"]).toContain(parsed.kind);
      if (parsed.kind === "number") {
        expect(Number.isFinite(parsed.value)).toBe(true);
        expect(parsed.step).toBeGreaterThanOrEqual(0);
      }
    }),
    { numRuns: 3000 },
  );
});

test("parsePeriod never throws", () => {
  fc.assert(
    fc.property(anyRaw, (value) => {
      const period = parsePeriod(value);
      if (period !== null) expect(period.year).toBeGreaterThanOrEqual(1900);
    }),
    { numRuns: 2000 },
  );
});

const FULL_WIDTH = (s: string): string =>
  s
    .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    .replace(/,/g, "，")
    .replace(/\./g, "．")
    .replace(/%/g, "％");
const withCommas = (n: number): string => n.toLocaleString("en-US", { maximumFractionDigits: 20 });

/** A figure (an integer of cents, so it has an exact decimal form) and the ways staff write it. */
const figure = fc.integer({ min: 0, max: 99_999_999 }).map((cents) => cents / 100);

test("a number written in any supported form parses back to itself", () => {
  fc.assert(
    fc.property(figure, fc.constantFrom("", " 人", " 件", "人次", " 縣市"), (n, unit) => {
      const forms: Array<[string, number]> = [
        [`${n}${unit}`, n],
        [`${withCommas(n)}${unit}`, n],
        [FULL_WIDTH(withCommas(n)) + unit, n],
        [`約 ${withCommas(n)}${unit}`, n],
        [`≥ ${n}`, n],
        [`${withCommas(n)}${unit}以上`, n],
        [`${n}%`, n / 100],
        [`${withCommas(n)}%`, n / 100],
      ];
      for (const [written, expected] of forms) {
        const parsed = parseValue({ value: written });
        expect(parsed.kind).toBe("number");
        if (parsed.kind === "number") expect(parsed.value).toBeCloseTo(expected, 10);
      }
      const stored = parseValue({ value: n / 100, format: "0.00%" });
      expect(stored.kind === "number" && stored.value).toBe(n / 100);
    }),
    { numRuns: 1500 },
  );
});

test("the precision kept is the precision written: the figure agrees with itself, and not one step off", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 0, max: 3 }), (digits, decimals) => {
      const text = `${(digits / 10 ** decimals).toFixed(decimals)}%`;
      const parsed = parseValue({ value: text });
      expect(parsed.kind).toBe("number");
      if (parsed.kind !== "number") return;
      expect(parsed.step).toBeCloseTo(10 ** -(decimals + 2), 15);
    }),
  );
});
