import { parsePeriod } from "../../src/core";

describe("parsePeriod", () => {
  test.each([
    ["104 年度", "104", 2015, "roc"],
    ["107年度", "107", 2018, "roc"],
    ["99 年", "99", 2010, "roc"],
    ["民國 110 年", "110", 2021, "roc"],
    ["１０７ 年度", "107", 2018, "roc"],
    ["2018", "2018", 2018, "ad"],
    ["FY2020", "2020", 2020, "ad"],
    [107, "107", 2018, "roc"],
    [2019, "2019", 2019, "ad"],
    // A year spelled out as its first and last days (a Canadian agency's reporting periods; a UK body's).
    ["April 1, 2014 to March 31, 2015", "April 1, 2014 to March 31, 2015", 2014, "ad"],
    ["1 January 2020 to 31 December 2020", "1 January 2020 to 31 December 2020", 2020, "ad"],
  ] as const)("%s", (raw, label, year, calendar) => {
    expect(parsePeriod(raw)).toEqual({ label, year, calendar });
  });

  test.each([
    ["項目"],
    ["3"],
    [3.5],
    [null],
    ["衡量標準"],
    ["500"],
    [true],
    ["April 1, 2014 to March 31, 2017"],
  ] as const)("%s is not a period", (raw) => {
    expect(parsePeriod(raw)).toBeNull();
  });
});
