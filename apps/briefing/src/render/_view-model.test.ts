import type { Dataset } from "@sitrep/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { createFixtureDataset } from "../__fixtures__/dataset.js";
import type { BriefMeta } from "./_types.js";
import { type BriefView, buildBriefView, nestQuotes } from "./_view-model.js";

const meta = (from: string, to: string): BriefMeta => ({ range: { from, to }, asOf: to, generatedAt: new Date("2026-03-01T08:00:00Z"), paper: "a4" });

let dataset: Dataset;
let february: BriefView;
beforeAll(() => {
  dataset = createFixtureDataset();
  february = buildBriefView(dataset, meta("2026-02-01", "2026-02-28"));
});

describe("buildBriefView for February 2026", () => {
  it("keeps only events that overlap the range", () => {
    expect(february.rounds.map((r) => r.date)).toEqual(["2026-02-06", "2026-02-09~/2026-02-13~"]);
    expect(february.incidents.map((i) => i.kind)).toEqual(["Deployment", "Drone shoot-down", "Vessel harassment", "Missile display"]);
    expect(february.incidents.some((i) => i.date === "2025-06")).toBe(false);
  });

  it("writes 3 to 6 key developments from fields, the held round first, each with notes", () => {
    expect(february.keyDevelopments.length).toBeGreaterThanOrEqual(3);
    expect(february.keyDevelopments.length).toBeLessThanOrEqual(6);
    expect(february.keyDevelopments[0]!.text).toBe(
      "Talks held in Muscat on 6 February 2026, mediated by Oman (indirect). Delegations: United States — Steve Witkoff, Jared Kushner and Brad Cooper; Iran — Abbas Araghchi. Outcome, as reported: “diplomats would return to their capitals for consultations, effectively ending this round of talks”.",
    );
    for (const item of february.keyDevelopments) expect(item.refs.length).toBeGreaterThan(0);
  });

  it("words the tariff as a ceiling, names the authority, and flags the disagreement", () => {
    const tariff = february.keyDevelopments.find((k) => k.text.startsWith("US President"));
    expect(tariff?.text).toContain("authorised tariffs of up to 25% on 6 February 2026");
    expect(tariff?.text).toContain("Sources disagree on the status and whether the rate is a ceiling.");
  });

  it("totals the sanction targets the sources count", () => {
    expect(february.sanctions.totals).toBe(
      "Totals for the period: 15 entities, 2 individuals and 14 vessels targeted (counted by 1 of 2 measures; the others state no counts).",
    );
    expect(february.sanctions.items.find((s) => s.instrument === "Tariff")?.rate).toBe("up to 25%");
  });

  it("marks the planned round as planned and keeps its approximate dates", () => {
    const planned = february.rounds[1]!;
    expect(planned.qualifiers).toEqual(["planned"]);
    expect(planned.coarse).toBe(true);
    expect(planned.venue).toBeUndefined();
  });

  it("shows both sides of the tariff discrepancy with their quotes", () => {
    const status = february.discrepancies.find((d) => d.field === "Status");
    expect(status?.record).toBe("Tariff (US President), 6 February 2026");
    expect(status?.values.map((v) => v.value)).toEqual(["imposed", "authorised"]);
    expect(status?.values[1]?.sources.map((s) => s.quote)).toContain("the order does not immediately impose tariffs");
  });

  it("lists titles held during the range only", () => {
    const trump = february.whosWho.people.find((p) => p.name === "Donald Trump");
    expect(trump?.roles).toEqual([{ title: "President, United States", period: "since 20 January 2025", reference: true, stated: false, refs: [] }]);
    const cooper = february.whosWho.people.find((p) => p.name === "Brad Cooper");
    expect(cooper?.roles[0]?.stated).toBe(true);
    expect(cooper?.roles[0]?.refs.length).toBe(1);
  });

  it("merges one title given in several wordings into one line with every quote", () => {
    const merged = structuredClone(dataset);
    const trump = merged.actors.find((a) => a.id === "person:donald-trump")!;
    const quote = trump.mentions[0]!;
    trump.roles.push(
      { title: "President", source: "article", evidence: [quote] },
      { title: "President of the United States", of: "state:united-states", source: "article", evidence: [trump.mentions[1]!] },
    );
    const view = buildBriefView(merged, meta("2026-02-01", "2026-02-28"));
    const roles = view.whosWho.people.find((p) => p.name === "Donald Trump")?.roles;
    expect(roles).toHaveLength(1);
    expect(roles?.[0]).toMatchObject({ title: "President of the United States", period: "since 20 January 2025", reference: true, stated: true });
    expect(roles?.[0]?.refs).toHaveLength(2);
  });

  it("lists only documents that support an event in range, dated and with their dating method", () => {
    expect(february.sources.map((s) => s.file)).toEqual(["003_cf0bd94e75d63faf.txt", "001_38a2526c3d9235ef.txt"]);
    const moved = structuredClone(dataset);
    moved.documents[3]!.source = "/home/analyst/corpus/003_cf0bd94e75d63faf.txt";
    expect(buildBriefView(moved, meta("2026-02-01", "2026-02-28")).sources[0]!.file).toBe("003_cf0bd94e75d63faf.txt");
    expect(february.sources[0]!.published).toEqual({ date: "2026-02-06", method: "from the dateline", quote: "on Friday (February 6, 2026)" });
    expect(february.sources[0]!.untitled).toBe(true);
  });

  it("numbers notes in reading order with no gaps, each quoting its evidence", () => {
    expect(february.notes.map((n) => n.n)).toEqual(february.notes.map((_, i) => i + 1));
    const documents = new Map(dataset.documents.map((d) => [d.id, d.text]));
    for (const note of february.notes) expect([...documents.values()].some((text) => text.includes(note.quote))).toBe(true);
    expect(february.keyDevelopments[0]!.refs[0]!.n).toBe(1);
  });
});

describe("buildBriefView for other ranges", () => {
  it("includes a month-precision event in a range that overlaps its month and marks it coarse", () => {
    const view = buildBriefView(dataset, meta("2025-06-20", "2025-07-05"));
    expect(view.incidents).toHaveLength(1);
    expect(view.incidents[0]!.coarse).toBe(true);
    expect(view.keyDevelopments[0]!.text).toContain("in June 2025 (day not reported)");
  });

  it("says every section is empty for a range with no events", () => {
    const view = buildBriefView(dataset, meta("2026-03-01", "2026-03-31"));
    expect(view.keyDevelopments).toEqual([]);
    expect(view.sourceCount).toBe(0);
    expect(view.empty.incidents).toBe("No incidents reported between 1 and 31 March 2026.");
    expect(view.timeline.svg).toContain("No events in this period");
  });

  it("words a claimed event as claimed, naming the claimant, everywhere it appears", () => {
    const claimed = structuredClone(dataset);
    const strike = claimed.incidents.find((i) => i.id === "incident:2025-06:strike")!;
    strike.mode = "claimed";
    strike.claimedBy = ["state:iran"];
    const view = buildBriefView(claimed, meta("2025-06-01", "2025-06-30"));
    expect(view.keyDevelopments[0]!.text).toContain("(claimed by Iran)");
    expect(view.incidents[0]!.qualifiers).toEqual(["claimed by Iran"]);
    expect(view.timeline.rows[0]!.qualifiers).toEqual(["claimed by Iran"]);
    // Dashed outline for the claimed event, beyond the legend's own dashed sample.
    const dashes = (svg: string) => svg.split(`stroke-dasharray="3 2"`).length - 1;
    expect(dashes(view.timeline.svg)).toBe(dashes(buildBriefView(dataset, meta("2025-06-01", "2025-06-30")).timeline.svg) + 1);
  });

  it("refuses a range that ends before it starts", () => {
    expect(() => buildBriefView(dataset, meta("2026-02-28", "2026-02-01"))).toThrow(/starts on 2026-02-28, after its end 2026-02-01/);
  });

  it("uses the caller's title when given", () => {
    const view = buildBriefView(dataset, { ...meta("2026-02-01", "2026-02-28"), title: "Weekly brief" });
    expect(view.title).toBe("Weekly brief");
  });
});

describe("nestQuotes", () => {
  it("turns a passage's own double quotes into single marks so it can sit inside quotation marks", () => {
    expect(nestQuotes('Trump described the discussions as "very good" and "useful"')).toBe(
      "Trump described the discussions as ‘very good’ and ‘useful’",
    );
  });

  it("leaves an unpaired quote alone rather than guess where it closes", () => {
    expect(nestQuotes('He said "we will return')).toBe('He said "we will return');
  });
});
