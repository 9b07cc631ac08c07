/**
 * Issue 21, round 2026-12-07q (two ministers' written answers: "I have set Historic Scotland the
 * following key performance targets for 1997–98:" over its lines and their section headings; "For
 * 1998–99, the following performance targets have been set:" over "(blank) | Target"): the sentence
 * says the lines under it are targets, and of which year. A plan: targets only.
 */
import { analyzeWorkbook } from "../../src/core";
import { rowGrid, type Row } from "../support/row-grid";

function read(rows: Row[]) {
  return (analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? []).map((i) => [
    i.name,
    i.periods.map((p) => [p.period, p.target, p.actual]),
  ]);
}

test.each([
  [
    ["I have set the agency the following key performance targets for 1997–98:", null],
    ["Protecting the built heritage", null],
    ["Number of monuments scheduled", 380],
    ["Percentage of consent cases resolved within 28 days", "97 per cent."],
    ["Agency management", null],
    ["Percentage of satisfied visitors", "95 per cent."],
  ],
  [
    ["For 1997–98, the following performance targets have been set:", null],
    [null, "Target"],
    ["Number of monuments scheduled", 380],
    ["Percentage of consent cases resolved within 28 days", "97%"],
    ["Percentage of satisfied visitors", "At least 95% plus or minus 2% within the range of sampling error"],
  ],
] as Row[][])("the lines under a sentence of targets are that year's targets (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    ["Number of monuments scheduled", [["1997/98", 380, null]]],
    ["Percentage of consent cases resolved within 28 days", [["1997/98", 0.97, null]]],
    ["Percentage of satisfied visitors", [["1997/98", 0.95, null]]],
  ]);
});

test("a sentence that names no targets captions nothing", () => {
  const rows: Row[] = [
    ["The following figures were reported for 1997–98:", null],
    ["Number of monuments scheduled", 380],
    ["Number of listed building resurvey units", 178],
  ];
  expect(read(rows).map(([, periods]) => periods)).not.toContainEqual([["1997/98", 380, null]]);
});

/**
 * Round 2026-12-07u (three Northern Ireland agencies' targets, as written answers print them; Cadw,
 * the Veterinary Medicines Directorate and the Met Office before them): each line a sentence that sets
 * its own figure, numbered at its left or standing alone under its section's heading.
 */
test.each([
  [
    ["For 1998/99, the following performance targets have been set for the agency.", null],
    ["Quality of Service", null],
    ["1.", "To answer 85 per cent. of letters within 15 working days of receipt."],
    ["2.", "To complete 40 condition surveys."],
    ["Finance", null],
    ["3.", "To maintain expenditure within cash limits and to approved budget plans."],
    ["4.", "To increase the number of accredited suppliers from 171 to 230."],
  ],
  [
    ["The following targets have been set for the agency for 1998/99:", null],
    ["Quality of Service", null],
    ["To answer 85 per cent. of letters within 15 working days of receipt.", null],
    ["To complete 40 condition surveys.", null],
    ["Finance", null],
    ["To maintain expenditure within cash limits and to approved budget plans.", null],
    ["To increase the number of accredited suppliers from 171 to 230.", null],
  ],
] as Row[][])("a list of target sentences: each line an indicator, its figure the target (%#)", (...rows) => {
  expect(read(rows)).toEqual([
    ["To answer 85 per cent. of letters within 15 working days of receipt.", [["1998/99", 0.85, null]]],
    ["To complete 40 condition surveys.", [["1998/99", 40, null]]],
    ["To maintain expenditure within cash limits and to approved budget plans.", [["1998/99", null, null]]],
    ["To increase the number of accredited suppliers from 171 to 230.", [["1998/99", 230, null]]],
  ]);
});

test("a numbered list of sentences under no sentence of targets is no plan", () => {
  const rows: Row[] = [
    ["The agency reported the following in 1998/99.", null],
    ["1.", "It answered 85 per cent. of letters within 15 working days."],
    ["2.", "It completed 40 condition surveys."],
  ];
  expect(read(rows)).toEqual([]);
});

/**
 * Round 2026-12-07x (an RAF agency's key targets, a land registry's ministerial targets, a bills
 * agency's chief executive's letter): the sentence says the targets "are:", "are as follows:" or "are
 * detailed below"; a line's label and number ("KT 1—", "Target 2:") are no figure of it; a time to
 * take ("in an average of 20 days") is kept within, lower is better.
 */
test.each([
  [
    ["The Agency's Key Targets for the Financial Year 1998–99 are:", null],
    ["Performance Strategy", null],
    ["KT 1—Deliver at least 90 per cent. of non-operational tasks to time.", null],
    ["KT 2—Process regular dealings in an average of 20 days.", null],
    ["KT 3—Achieve Investors in People accreditation by 31 December 1998.", null],
  ],
  [
    ["The Ministerial Targets for the Agency for the period 1 April 1998–31 March 1999 are as follows:", null],
    ["Target 1: Deliver at least 90 per cent. of non-operational tasks to time.", null],
    ["Target 2: Process regular dealings in an average of 20 days.", null],
    ["Target 3: Achieve Investors in People accreditation by 31 December 1998.", null],
  ],
  [
    ["The three targets set for the Agency for 1998/99 are detailed below and performance was reported.", null],
    ["1.", "Deliver at least 90 per cent. of non-operational tasks to time."],
    ["2.", "Process regular dealings in an average of 20 days."],
    ["3.", "Achieve Investors in People accreditation by 31 December 1998."],
  ],
  [
    ["Targets for 1998–99 are to:", null],
    ["(i) Deliver at least 90 per cent. of non-operational tasks to time.", null],
    ["(ii) Process regular dealings in an average of 20 days.", null],
    ["(iii) Achieve Investors in People accreditation by 31 December 1998.", null],
  ],
  [
    ["I have approved the following objectives for the service in 1998–99:", null],
    ["(a) to deliver at least 90 per cent. of non-operational tasks to time;", null],
    ["(b) to process regular dealings in an average of 20 days;", null],
    ["(c) to achieve Investors in People accreditation by 31 December 1998.", null],
  ],
] as Row[][])("targets that 'are:', 'are as follows:', 'are detailed below', 'are to:', objectives (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => [i.periods.map((p) => p.target), i.direction])).toEqual([
    [[0.9], "higher"],
    [[20], "lower"],
    [[null], "higher"],
  ]);
  expect(indicators.every((i) => i.periods[0]?.period?.includes("1998"))).toBe(true);
});

// A department's pledges (Hong Kong's Transport Department): the sentence over a header of its own.
test("a table with its results under a sentence of targets is read by its header", () => {
  const rows: Row[] = [
    ["Details of pledged targets for licensing services in the Licensing Offices are as follows:", null, null, null],
    [
      null,
      "Pledged target\n(Waiting time of counter service)",
      "Percentage of achieving the target in 2019 (%)",
      "Percentage of achieving the target in 2020 (%)",
    ],
    ["Providing driving licence renewal service over the counter", "70 minutes", 99, 97],
    ["Providing vehicle licence renewal service over the counter", "70 minutes", 96, 98],
    ["Issuing a learner driving licence", "45 minutes", 95, 94],
  ];
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => i.periods.map((p) => p.actual))).toEqual([
    [0.99, 0.97],
    [0.96, 0.98],
    [0.95, 0.94],
  ]);
});

/**
 * Round 2026-12-07y (two MoD agencies' chief executives' letters): "Key Target 1 | Achieve gross
 * disposal receipts of £150m | Achieved", under a header or under the letter's paragraph. The label
 * says each line is a target; the sentence beside it states it.
 */
test.each([
  [
    ["Target", "Subject", "Status"],
    ["Key Target 1", "Achieve gross disposal receipts of £150m", "Achieved"],
    ["Key Target 2", "Complete transfer of title of 90% of disposals within 3 years", "Not Achieved"],
    ["Key Target 3", "Complete initial assessment against Business Excellence Model.", "Achieved"],
  ],
  [
    ["I am replying to your question about the targets set for the Agency for 1998/99.", null, null],
    ["Key Target 1", "To achieve gross disposal receipts of £150m", "73% achieved"],
    ["Key Target 2", "To complete transfer of title of 90% of disposals within 3 years", "Achieved"],
    ["Key Target 3", "To complete initial assessment against Business Excellence Model.", "Achieved"],
  ],
] as Row[][])("lines labelled 'Key Target N': each sentence a target (%#)", (...rows) => {
  const indicators = analyzeWorkbook([rowGrid(rows)]).sheets[0]?.indicators ?? [];
  expect(indicators.map((i) => i.name)).toEqual(rows.slice(1).map((r) => r[1]));
  expect(indicators.map((i) => i.periods.map((p) => p.target))).toEqual([[150000000], [0.9], [null]]);
});
