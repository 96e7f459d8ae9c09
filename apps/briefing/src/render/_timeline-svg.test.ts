import { describe, expect, it } from "vitest";
import { renderTimelineSvg, type TimelineEvent } from "./_timeline-svg.js";

const february = { from: "2026-02-01", to: "2026-02-28" };
const event = (date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  anchor: `event-${date}`,
  date,
  type: "incident",
  label: "Drone shoot-down",
  planned: false,
  tentative: false,
  ...extra,
});
const count = (text: string, needle: string) => text.split(needle).length - 1;
/** The markup of each event's row, without the legend. */
const rowsOf = (svg: string) => svg.split('<a href="#').slice(1).map((row) => row.slice(0, row.indexOf("</a>")));

describe("renderTimelineSvg", () => {
  it("draws an exact day as a dot and a month as a bar over the whole month", () => {
    const svg = renderTimelineSvg([event("2026-02-03"), event("2026-02", { anchor: "month" })], february);
    const rows = rowsOf(svg);
    expect(rows[0]).toContain("<circle");
    expect(rows[1]).not.toContain("<circle");
    // The bar spans every day of February: from the plot's left edge (x=240) to its right (x=706).
    expect(rows[1]).toMatch(/<rect x="240" y="\d+" width="466"/);
  });

  it("clips a date that runs past the range and marks both ends with arrows", () => {
    const svg = renderTimelineSvg([event("2026-01/2026-03")], february);
    const row = rowsOf(svg)[0]!;
    expect(count(row, "<path")).toBe(2);
  });

  it("draws a planned event hollow and a claimed one dashed", () => {
    const planned = rowsOf(renderTimelineSvg([event("2026-02-10", { planned: true })], february))[0]!;
    expect(planned).toMatch(/<circle [^>]*fill="#ffffff"/);
    const claimed = rowsOf(renderTimelineSvg([event("2026-02-10", { tentative: true })], february))[0]!;
    expect(claimed).toContain('stroke-dasharray="3 2"');
    const asserted = rowsOf(renderTimelineSvg([event("2026-02-10")], february))[0]!;
    expect(asserted).not.toContain("stroke-dasharray");
    expect(asserted).not.toContain('fill="#ffffff"');
  });

  it("splits a long timeline into panels that fit a page, with unique ids and one legend", () => {
    const events = Array.from({ length: 80 }, (_, i) => event(`2026-02-${String((i % 28) + 1).padStart(2, "0")}`, { anchor: `e${i}` }));
    const svg = renderTimelineSvg(events, february);
    expect(count(svg, "<svg ")).toBe(3);
    expect(count(svg, 'class="legend"')).toBe(1);
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(svg).toContain("(part 3 of 3)");
  });

  it("labels a year's axis by month, naming the year only where it starts, with room between labels", () => {
    const axisLabels = (svg: string) => [...svg.matchAll(/<text x="([\d.]+)" y="20" text-anchor="middle">([^<]+)<\/text>/g)].map((m) => ({ x: Number(m[1]), label: m[2]! }));
    const year = axisLabels(renderTimelineSvg([event("2026-02-03")], { from: "2025-12-01", to: "2026-11-30" }));
    expect(year.map((t) => t.label)).toEqual(["Dec", "Jan 2026", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]);
    // Three years cannot show every month: fewer ticks, still each with its year where the year starts.
    const years = axisLabels(renderTimelineSvg([event("2026-02-03")], { from: "2024-01-01", to: "2026-12-31" }));
    expect(years.length).toBeLessThan(36);
    expect(years[0]!.label).toBe("Jan 2024");
    expect(years.filter((t) => /20\d\d/.test(t.label)).map((t) => t.label.slice(-4))).toEqual(["2024", "2025", "2026"]);
    // Even a wide label ("Jan 2026", about 50 px at 11 px) keeps clear of its neighbours' centres.
    for (const ticks of [year, years]) for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThan(30);
  });

  it("says so when there is nothing to draw", () => {
    const svg = renderTimelineSvg([], february);
    expect(svg).toContain("No events in this period");
    expect(count(svg, "<svg ")).toBe(1);
  });

  it("escapes labels", () => {
    const svg = renderTimelineSvg([event("2026-02-03", { label: `<script>x</script>"` })], february);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;x&lt;/script&gt;&quot;");
  });
});
