import { describe, expect, it } from "vitest";
import {
  compareFuzzyDates,
  DateRangeSchema,
  datesOverlap,
  FuzzyDateSchema,
  formatFuzzyDate,
  IsoDaySchema,
  isWithinRange,
  overlapsRange,
  parseFuzzyDate,
  toIsoDay,
  tryParseFuzzyDate,
} from "./date.js";

describe("parseFuzzyDate", () => {
  it.each([
    ["2026-02-06", { start: "2026-02-06", end: "2026-02-06", precision: "day", approximate: false, uncertain: false }],
    ["2026-02", { start: "2026-02-01", end: "2026-02-28", precision: "month", approximate: false, uncertain: false }],
    ["2025", { start: "2025-01-01", end: "2025-12-31", precision: "year", approximate: false, uncertain: false }],
    ["2026-01~", { start: "2026-01-01", end: "2026-01-31", precision: "month", approximate: true, uncertain: false }],
    ["2026-02-05/2026-02-06", { start: "2026-02-05", end: "2026-02-06", precision: "interval", approximate: false, uncertain: false }],
    ["2026-01-21~/2026-01-31~", { start: "2026-01-21", end: "2026-01-31", precision: "interval", approximate: true, uncertain: false }],
  ])("reads %s as the span of days it covers", (text, parts) => {
    expect(parseFuzzyDate(text)).toEqual(parts);
  });

  it("reads an interval with coarse ends from the first day of one to the last day of the other", () => {
    expect(parseFuzzyDate("2025-06/2025-07")).toMatchObject({ start: "2025-06-01", end: "2025-07-31", precision: "interval" });
  });

  it("keeps ? as uncertain and % as both approximate and uncertain, without widening the span", () => {
    expect(parseFuzzyDate("2026-02-06?")).toMatchObject({ start: "2026-02-06", end: "2026-02-06", approximate: false, uncertain: true });
    expect(parseFuzzyDate("2026-02%")).toMatchObject({ start: "2026-02-01", end: "2026-02-28", approximate: true, uncertain: true });
  });

  it.each(["2026-13", "2026-00", "2026-02-30", "2026-04-31", "2026-02-06/2026-02-01", "Feb 2026", "6 February 2026", "26-02-06", "2026-2-6", "", "2026-02-06T10:00"])(
    "rejects %j",
    (text) => {
      expect(tryParseFuzzyDate(text)).toBeUndefined();
      expect(() => parseFuzzyDate(text)).toThrow(`could not parse date "${text}"`);
      expect(FuzzyDateSchema.safeParse(text).success).toBe(false);
    },
  );

  it("throws a RangeError whose message says what was expected", () => {
    expect(() => parseFuzzyDate("Feb 2026")).toThrow(RangeError);
    expect(() => parseFuzzyDate("Feb 2026")).toThrow(/expected EDTF such as 2026-02-06/);
  });

  it("knows leap years: 29 February exists in 2024 and 2000, not in 2026 or 1900", () => {
    expect(tryParseFuzzyDate("2024-02-29")).toBeDefined();
    expect(tryParseFuzzyDate("2000-02-29")).toBeDefined();
    expect(tryParseFuzzyDate("2026-02-29")).toBeUndefined();
    expect(tryParseFuzzyDate("1900-02-29")).toBeUndefined();
    expect(parseFuzzyDate("2024-02").end).toBe("2024-02-29");
    expect(parseFuzzyDate("2026-02").end).toBe("2026-02-28");
  });
});

describe("IsoDaySchema and DateRangeSchema", () => {
  it("accepts only real calendar days", () => {
    expect(IsoDaySchema.safeParse("2026-02-06").success).toBe(true);
    expect(IsoDaySchema.safeParse("2026-02").success).toBe(false);
    expect(IsoDaySchema.safeParse("2026-02-30").success).toBe(false);
  });

  it("rejects a range that ends before it starts, on `to`", () => {
    const result = DateRangeSchema.safeParse({ from: "2026-02-10", to: "2026-02-01" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["to"], message: "`from` must not be after `to`" });
  });

  it("accepts a one-day range", () => {
    expect(DateRangeSchema.safeParse({ from: "2026-02-06", to: "2026-02-06" }).success).toBe(true);
  });
});

describe("compareFuzzyDates", () => {
  it("orders by first day, the narrower date first on a tie", () => {
    const dates = ["2026-02", "2026", "2026-02-06", "2025-06", "2026-01~", "2026-02-01", "2026-02-05/2026-02-06"];
    expect([...dates].sort(compareFuzzyDates)).toEqual([
      "2025-06",
      "2026-01~",
      "2026",
      "2026-02-01",
      "2026-02",
      "2026-02-05/2026-02-06",
      "2026-02-06",
    ]);
  });

  it("returns zero only for the same date", () => {
    expect(compareFuzzyDates("2026-02-06", "2026-02-06")).toBe(0);
    expect(compareFuzzyDates("2026-02-06", "2026-02-06~")).not.toBe(0);
  });
});

describe("overlapsRange and isWithinRange", () => {
  const june30ToJuly5 = { from: "2025-06-30", to: "2025-07-05" };
  const july = { from: "2025-07-01", to: "2025-07-31" };

  it("puts a June 2025 event in a range that contains any day of June", () => {
    expect(overlapsRange("2025-06", june30ToJuly5)).toBe(true);
    expect(overlapsRange("2025-06", { from: "2025-05-01", to: "2025-06-01" })).toBe(true);
  });

  it("keeps a June 2025 event out of July", () => {
    expect(overlapsRange("2025-06", july)).toBe(false);
  });

  it("treats range ends as inclusive days", () => {
    expect(overlapsRange("2026-02-06", { from: "2026-02-06", to: "2026-02-06" })).toBe(true);
    expect(overlapsRange("2026-02-06", { from: "2026-02-07", to: "2026-02-10" })).toBe(false);
  });

  it("says a month is within a range only when every day of it is", () => {
    expect(isWithinRange("2025-06", june30ToJuly5)).toBe(false);
    expect(isWithinRange("2025-06", { from: "2025-06-01", to: "2025-06-30" })).toBe(true);
    expect(isWithinRange("2026-02-05/2026-02-06", { from: "2026-02-06", to: "2026-02-10" })).toBe(false);
    expect(isWithinRange("2026-02-06", { from: "2026-02-01", to: "2026-02-10" })).toBe(true);
  });

  it("does not widen an approximate date: about January does not reach into February", () => {
    expect(overlapsRange("2026-01~", { from: "2026-02-01", to: "2026-02-10" })).toBe(false);
  });

  it("uses February's real length in a leap year", () => {
    expect(overlapsRange("2024-02", { from: "2024-02-29", to: "2024-03-05" })).toBe(true);
    expect(overlapsRange("2025-02", { from: "2025-03-01", to: "2025-03-05" })).toBe(false);
    expect(isWithinRange("2024-02", { from: "2024-02-01", to: "2024-02-28" })).toBe(false);
  });
});

describe("datesOverlap", () => {
  it("finds a shared day between a month and a day in it", () => {
    expect(datesOverlap("2026-02", "2026-02-06")).toBe(true);
    expect(datesOverlap("2026-02-06", "2026-02")).toBe(true);
  });

  it("finds a shared day between intervals that touch", () => {
    expect(datesOverlap("2026-02-05/2026-02-06", "2026-02-06/2026-02-08")).toBe(true);
    expect(datesOverlap("2026-02-05/2026-02-06", "2026-02-07")).toBe(false);
  });

  it("separates consecutive days and months", () => {
    expect(datesOverlap("2026-02-03", "2026-02-06")).toBe(false);
    expect(datesOverlap("2025-06", "2025-07")).toBe(false);
  });
});

describe("formatFuzzyDate", () => {
  it.each([
    ["2026-02-06", "6 February 2026"],
    ["2025-06", "June 2025"],
    ["2025", "2025"],
    ["2026-01~", "about January 2026"],
    ["2026-02-06?", "6 February 2026 (uncertain)"],
    ["2026-02-05/2026-02-06", "5–6 February 2026"],
    ["2026-01-21~/2026-01-31~", "about 21–31 January 2026"],
    ["2026-01-30/2026-02-02", "30 January – 2 February 2026"],
    ["2025-12-30/2026-01-02", "30 December 2025 – 2 January 2026"],
    ["2025-06/2025-07", "June 2025 – July 2025"],
    ["2024-02-29", "29 February 2024"],
  ])("writes %s as %j", (date, text) => {
    expect(formatFuzzyDate(date)).toBe(text);
  });
});

describe("toIsoDay", () => {
  it("takes the UTC calendar day", () => {
    expect(toIsoDay(new Date(Date.UTC(2026, 1, 6, 23, 59)))).toBe("2026-02-06");
    expect(toIsoDay(new Date(Date.UTC(2024, 1, 29)))).toBe("2024-02-29");
  });
});
