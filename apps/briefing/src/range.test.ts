import { createDataset, type Dataset } from "@sitrep/domain";
import { describe, expect, it } from "vitest";
import { createFixtureDataset } from "./__fixtures__/dataset.js";
import { UsageError } from "./_args.js";
import {
  addDays,
  calendarDay,
  checkRangeRequest,
  coveredPeriod,
  NoPeriodError,
  parseDayOption,
  parseIsoWeek,
  parseMonth,
  parseWindow,
  resolveRange,
  windowEndingAt,
} from "./range.js";

const none = () => undefined;

describe("day options", () => {
  it("accepts a calendar day and rejects 30 February with the flag in the message", () => {
    expect(parseDayOption("2024-02-29", "--from")).toBe("2024-02-29");
    expect(() => parseDayOption("2026-02-30", "--from")).toThrow("--from 2026-02-30 is not a date (expected YYYY-MM-DD)");
    expect(() => parseDayOption("2026-2-3", "--to")).toThrow(UsageError);
    expect(() => parseDayOption("2025-02-29", "--as-of")).toThrow("--as-of 2025-02-29 is not a date");
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });
});

describe("--month", () => {
  it("covers the whole month, leap February included", () => {
    expect(parseMonth("2026-02")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(parseMonth("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(parseMonth("2026-12")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
  });

  it("rejects month 13 and other shapes", () => {
    expect(() => parseMonth("2026-13")).toThrow("--month 2026-13 is not a month (expected YYYY-MM)");
    expect(() => parseMonth("Feb 2026")).toThrow(UsageError);
  });
});

describe("--week (ISO 8601)", () => {
  it("runs Monday to Sunday", () => {
    // 2 February 2026 is a Monday.
    expect(parseIsoWeek("2026-W06")).toEqual({ from: "2026-02-02", to: "2026-02-08" });
    expect(new Date("2026-02-02T00:00:00Z").getUTCDay()).toBe(1);
  });

  it("starts week 1 in the previous year when 1 January is late in the week", () => {
    // 1 January 2026 is a Thursday, so week 1 holds it and starts on Monday 29 December 2025.
    expect(parseIsoWeek("2026-W01")).toEqual({ from: "2025-12-29", to: "2026-01-04" });
    // 1 January 2021 is a Friday: it belongs to 2020-W53, and 2021-W01 starts on 4 January.
    expect(parseIsoWeek("2021-W01")).toEqual({ from: "2021-01-04", to: "2021-01-10" });
  });

  it("knows which years have a week 53", () => {
    expect(parseIsoWeek("2020-W53")).toEqual({ from: "2020-12-28", to: "2021-01-03" });
    expect(parseIsoWeek("2026-W53")).toEqual({ from: "2026-12-28", to: "2027-01-03" });
    expect(() => parseIsoWeek("2025-W53")).toThrow("2025 has 52 ISO weeks");
    expect(() => parseIsoWeek("2026-W00")).toThrow(UsageError);
    expect(() => parseIsoWeek("2026-06")).toThrow("expected YYYY-Www");
  });
});

describe("--last", () => {
  it("ends on the as-of day inclusive", () => {
    expect(windowEndingAt("2026-02-07", parseWindow("7d"))).toEqual({ from: "2026-02-01", to: "2026-02-07" });
    expect(windowEndingAt("2026-03-01", parseWindow("1d"))).toEqual({ from: "2026-03-01", to: "2026-03-01" });
  });

  it("takes weeks as seven days", () => {
    expect(parseWindow("4w")).toBe(28);
    expect(resolveRange({ last: "2w" }, "2026-01-10", none)).toEqual({ from: "2025-12-28", to: "2026-01-10" });
  });

  it("rejects a window of zero or without a unit", () => {
    expect(() => parseWindow("0d")).toThrow(UsageError);
    expect(() => parseWindow("7")).toThrow("--last 7 is not a window");
    expect(() => parseWindow("7m", "--window")).toThrow("--window 7m is not a window");
  });
});

describe("resolveRange", () => {
  it("rejects two ways of giving the period", () => {
    expect(() => checkRangeRequest({ month: "2026-02", week: "2026-W06" }, "2026-02-10")).toThrow(
      "--month and --week cannot be used together",
    );
    expect(() => checkRangeRequest({ from: "2026-02-01", last: "7d" }, "2026-02-10")).toThrow("--from/--to and --last cannot be used together");
  });

  it("rejects a range that ends before it starts", () => {
    expect(() => checkRangeRequest({ from: "2026-02-10", to: "2026-02-01" }, "2026-02-10")).toThrow("--from 2026-02-10 is after --to 2026-02-01");
  });

  it("takes the whole period the input covers when no range is given", () => {
    const dataset = createFixtureDataset();
    const period = coveredPeriod(dataset);
    expect(period).toBeDefined();
    // Every event lies inside the period, and the period's ends are events' ends.
    const range = resolveRange({}, "2026-11-21", () => period);
    expect(range).toEqual(period);
    expect(range.from <= "2026-02-06" && range.to >= "2026-06-21").toBe(true);
  });

  it("fills a lone --from or --to from the input's period", () => {
    const covered = () => ({ from: "2025-06-01", to: "2026-06-21" });
    expect(resolveRange({ from: "2026-02-01" }, "2026-11-21", covered)).toEqual({ from: "2026-02-01", to: "2026-06-21" });
    expect(resolveRange({ to: "2026-02-28" }, "2026-11-21", covered)).toEqual({ from: "2025-06-01", to: "2026-02-28" });
    expect(() => resolveRange({ from: "2026-07-01" }, "2026-11-21", covered)).toThrow("after the input's last date 2026-06-21");
  });

  it("falls back to publication dates when there is no event, and fails when nothing is dated", () => {
    const fixture = createFixtureDataset();
    const noEvents: Dataset = { ...fixture, rounds: [], incidents: [], sanctions: [], discrepancies: [] };
    const published = fixture.documents.flatMap((d) => (d.published.date ? [d.published.date] : [])).sort();
    const period = coveredPeriod(noEvents);
    expect(period?.from).toBe(published[0]?.slice(0, 10));
    expect(() => resolveRange({}, "2026-11-21", () => coveredPeriod(createDataset()))).toThrow(NoPeriodError);
    expect(() => resolveRange({}, "2026-11-21", none)).toThrow("no dated events or documents to choose a period from; pass --from/--to");
  });
});

describe("calendarDay", () => {
  it("reads the day in the given time zone", () => {
    const at = new Date("2026-02-07T23:30:00Z");
    expect(calendarDay(at)).toBe("2026-02-07");
    expect(calendarDay(at, "Asia/Tehran")).toBe("2026-02-08");
    expect(calendarDay(at, "America/New_York")).toBe("2026-02-07");
  });
});
