import { describe, expect, it } from "vitest";
import { describeCoarseness, escapeHtml, formatDateForReader, formatRange, formatRangeBetween, isCoarse, joinList, toAnchor } from "./_format.js";

describe("formatRange", () => {
  it("writes a range within one month with an en dash", () => {
    expect(formatRange({ from: "2026-02-01", to: "2026-02-28" })).toBe("1–28 February 2026");
  });
  it("writes a one-day range as that day", () => {
    expect(formatRange({ from: "2026-02-06", to: "2026-02-06" })).toBe("6 February 2026");
  });
  it("words an empty-section sentence as 'between … and …'", () => {
    expect(formatRangeBetween({ from: "2026-02-01", to: "2026-02-28" })).toBe("between 1 and 28 February 2026");
    expect(formatRangeBetween({ from: "2026-01-30", to: "2026-02-05" })).toBe("between 30 January and 5 February 2026");
    expect(formatRangeBetween({ from: "2025-12-29", to: "2026-01-04" })).toBe("between 29 December 2025 and 4 January 2026");
    expect(formatRangeBetween({ from: "2026-02-06", to: "2026-02-06" })).toBe("on 6 February 2026");
  });
});

describe("coarse dates", () => {
  it("marks a month as 'day not reported' and a year as 'month and day not reported'", () => {
    expect(formatDateForReader("2025-06")).toBe("June 2025, day not reported");
    expect(formatDateForReader("2025")).toBe("2025, month and day not reported");
    expect(formatDateForReader("2026-02-06")).toBe("6 February 2026");
  });
  it("treats approximate days and intervals as coarse but exact day intervals need no note", () => {
    expect(isCoarse("2026-02-06~")).toBe(true);
    expect(isCoarse("2026-02-05/2026-02-06")).toBe(true);
    expect(isCoarse("2026-02-06")).toBe(false);
    expect(describeCoarseness("2026-02-05/2026-02-06")).toBeUndefined();
    expect(describeCoarseness("2026-01/2026-02")).toBe("exact days not reported");
  });
});

describe("text helpers", () => {
  it("escapes every character that could open markup or close an attribute", () => {
    expect(escapeHtml(`"><img src=x onerror='a'>&`)).toBe("&quot;&gt;&lt;img src=x onerror=&#39;a&#39;&gt;&amp;");
  });
  it("joins lists the English way", () => {
    expect(joinList(["A"])).toBe("A");
    expect(joinList(["A", "B", "C"])).toBe("A, B and C");
  });
  it("turns an event id into a fragment-safe anchor", () => {
    expect(toAnchor("round:2026-02-09~/2026-02-13~:next")).toBe("round-2026-02-09-2026-02-13-next");
  });
});
