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
  ] as const)("%s", (raw, label, year, calendar) => {
    expect(parsePeriod(raw)).toEqual({ label, year, calendar });
  });

  test.each([["項目"], ["3"], [3.5], [null], ["衡量標準"], ["500"], [true]] as const)("%s is not a period", (raw) => {
    expect(parsePeriod(raw)).toBeNull();
  });
});
