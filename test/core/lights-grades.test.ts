import {
  checkGradeBands,
  checkLightBands,
  gradeFor,
  InvalidOptionsError,
  lightFor,
  LIGHT_OF_RATING,
} from "../../src/core";

/** What a call throws (the typed error, to look at its code and values). */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return null;
}

describe("lights", () => {
  const ok = (value: number) => ({ ok: true as const, value });
  test.each([
    [ok(1), true, "green"],
    [ok(0.9681), false, "yellow"],
    [ok(0.9), false, "yellow"],
    [ok(0.8999), false, "red"],
    // 0.36 ÷ 0.4 in binary: 0.9 as Excel and LibreOffice hold it, so the report's live light agrees.
    [ok(0.36 / 0.4), false, "yellow"],
    [ok(0.89999999999), false, "red"],
    [{ ok: false as const, reason: "missing-target" as const }, null, "white"],
  ])("%o met=%s → %s", (achievement, met, light) => {
    expect(lightFor(achievement, met)).toBe(light);
  });
  test("bands are editable", () => {
    expect(lightFor(ok(0.85), false, { yellowFrom: 0.8 })).toBe("yellow");
    expect(lightFor(ok(0.95), false, { yellowFrom: 0.96 })).toBe("red");
  });
  test("bands out of range are misuse", () => {
    expect(() => checkLightBands({ yellowFrom: 1.5 })).toThrow(InvalidOptionsError);
    expect(thrown(() => checkLightBands({ yellowFrom: Number.NaN }))).toMatchObject({
      code: "INVALID_OPTIONS",
      words: { key: "error.INVALID_OPTIONS.yellowFrom" },
    });
  });
  test("ratings map to lights", () => {
    expect(LIGHT_OF_RATING.star).toBe("green");
    expect(LIGHT_OF_RATING.triangle).toBe("yellow");
    expect(LIGHT_OF_RATING.circle).toBe("red");
    expect(LIGHT_OF_RATING.square).toBe("white");
  });
});

describe("grades", () => {
  test.each([
    [100, "特優"],
    [95, "特優"],
    [94.99, "優等"],
    [90, "優等"],
    [89.5, "甲等"],
    [85, "甲等"],
    [84.99, "乙等"],
    [0, "乙等"],
  ])("%s → %s", (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });
  test("bands are editable and checked", () => {
    const bands = [
      { grade: "A", min: 80 },
      { grade: "B", min: null },
    ];
    expect(gradeFor(80, checkGradeBands(bands))).toBe("A");
    expect(gradeFor(79, bands)).toBe("B");
    expect(() => checkGradeBands([{ grade: "A", min: 80 }])).toThrow(InvalidOptionsError);
    expect(
      thrown(() =>
        checkGradeBands([
          { grade: "A", min: 80 },
          { grade: "B", min: 90 },
          { grade: "C", min: null },
        ]),
      ),
    ).toMatchObject({ words: { key: "error.INVALID_OPTIONS.gradeMinimum", params: { grade: "B" } } });
  });
});
