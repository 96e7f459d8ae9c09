import { DatasetSchema, SCHEMA_VERSION } from "@sitrep/domain";
import { describe, expect, it } from "vitest";
import { createDocumentContext } from "./_context.js";
import type { DocumentContext, EventCandidates, Extraction, IncidentCandidate, RoundCandidate, SanctionCandidate } from "./_types.js";
import { mergeDocumentCandidates, mergeExtractions } from "./merge.js";

function documentOf(source: string, text: string, published?: string): DocumentContext {
  return createDocumentContext({ source, format: "text", text, title: null, published, links: [] });
}

function quote(ctx: DocumentContext, words: string) {
  const start = ctx.document.text.indexOf(words);
  if (start === -1) throw new Error(`no "${words}" in ${ctx.document.source}`);
  return ctx.evidence({ start, end: start + words.length });
}

function tariff(ctx: DocumentContext, words: string, fields: Partial<SanctionCandidate> = {}): SanctionCandidate {
  return {
    mode: "asserted",
    summary: words,
    evidence: [quote(ctx, words)],
    authorities: ["us-president"],
    instrument: "tariff",
    status: "imposed",
    targets: {},
    sectors: [],
    targetActors: [],
    ...fields,
  };
}

function drone(ctx: DocumentContext, words: string, fields: Partial<IncidentCandidate> = {}): IncidentCandidate {
  return { mode: "asserted", summary: words, evidence: [quote(ctx, words)], kind: "drone-shootdown", location: {}, initiators: [], targets: [], assets: [], ...fields };
}

function round(ctx: DocumentContext, words: string, fields: Partial<RoundCandidate> = {}): RoundCandidate {
  return { mode: "asserted", summary: words, evidence: [quote(ctx, words)], venue: {}, mediators: [], format: "unknown", tracks: [], delegations: [], statements: [], status: "held", ...fields };
}

function extraction(ctx: DocumentContext, candidates: Partial<EventCandidates>): Extraction {
  const merged = mergeDocumentCandidates({ rounds: [], incidents: [], sanctions: [], ...candidates }, ctx.document);
  return { document: ctx.document, actors: [], ...merged };
}

/** An extraction whose states are actors of the document, so the dataset validates. */
function withStates(ctx: DocumentContext, candidates: Partial<EventCandidates>, states: [string, string][]): Extraction {
  const state = (id: string, words: string) => ({ id, kind: "state" as const, name: words, aliases: [], roles: [], mentions: [quote(ctx, words)] });
  return { ...extraction(ctx, candidates), actors: states.map(([id, words]) => state(id, words)) as never };
}

function datasetOf(extractions: Extraction[]) {
  const merged = mergeExtractions(extractions);
  const dataset = { schemaVersion: SCHEMA_VERSION, ...merged };
  const result = DatasetSchema.safeParse(dataset);
  expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  return dataset;
}

const analysis = documentOf(
  "analysis.txt",
  "On February 3, a jet shot down a drone over the Arabian Sea. Within hours of the session, Trump signed an executive order imposing 25 percent tariffs on buyers of Iranian oil.",
  "2026-02-09",
);
const wire = documentOf(
  "wire.txt",
  "In recent days, US forces shot down an Iranian drone. Trump signed an order authorising tariffs of up to 25%. The order does not immediately impose tariffs.",
  "2026-02-06",
);

describe("merging within a document", () => {
  it("attaches an undated candidate to the compatible dated one and drops one with no home", () => {
    const ctx = documentOf("a.txt", "Talks were held in Muscat. The talks ended. Talks in Geneva were useful.", "2026-02-06");
    const { rounds } = mergeDocumentCandidates(
      {
        rounds: [
          round(ctx, "Talks were held in Muscat", { date: "2026-02-06", venue: { city: "Muscat" } }),
          round(ctx, "The talks ended", { mediators: ["state:oman"] }),
          round(ctx, "Talks in Geneva were useful", { venue: { city: "Geneva" } }),
        ],
        incidents: [],
        sanctions: [],
      },
      ctx.document,
    );
    expect(rounds).toHaveLength(1);
    expect(rounds[0]!.id).toBe("round:2026-02-06:muscat");
    expect(rounds[0]!.mediators).toEqual(["state:oman"]);
    expect(rounds[0]!.evidence.map((e) => e.quote)).toEqual(["Talks were held in Muscat", "The talks ended"]);
  });

  it("calls a round mixed when one passage reports indirect talks and another a face-to-face meeting", () => {
    const ctx = documentOf("c.txt", "Indirect talks were held in Muscat on Friday. The envoys also met face-to-face.", "2026-02-06");
    const { rounds } = mergeDocumentCandidates(
      {
        rounds: [
          round(ctx, "Indirect talks were held in Muscat on Friday", { date: "2026-02-06", venue: { city: "Muscat" }, format: "indirect" }),
          round(ctx, "The envoys also met face-to-face", { format: "direct" }),
        ],
        incidents: [],
        sanctions: [],
      },
      ctx.document,
    );
    expect(rounds.map((r) => r.format)).toEqual(["mixed"]);
  });

  it("leaves out year-only background and keeps month-precise background", () => {
    const ctx = documentOf("b.txt", "The 2015 deal talks. The June 2025 strikes hit three sites.", "2026-02-09");
    const { rounds, incidents } = mergeDocumentCandidates(
      {
        rounds: [round(ctx, "The 2015 deal talks", { date: "2015", historical: true })],
        incidents: [drone(ctx, "The June 2025 strikes hit three sites", { kind: "strike", date: "2025-06", historical: true })],
        sanctions: [],
      },
      ctx.document,
    );
    expect(rounds).toEqual([]);
    expect(incidents.map((i) => i.id)).toEqual(["incident:2025-06:strike"]);
    expect(incidents[0]).not.toHaveProperty("historical");
  });

  it("leaves out talks of the current year that the text dates only to the year ('resumed this year')", () => {
    const ctx = documentOf("y.txt", "The indirect talks resumed this year after a long break.", "2026-05-08");
    const { rounds } = mergeDocumentCandidates({ rounds: [round(ctx, "The indirect talks resumed this year", { date: "2026" })], incidents: [], sanctions: [] }, ctx.document);
    expect(rounds).toEqual([]);
  });

  it("keeps incidents of different kinds or different waters apart", () => {
    const ctx = documentOf("c.txt", "A drone was downed over the Arabian Sea. A drone was downed in the Strait of Hormuz. Gunboats harassed a tanker.", "2026-02-06");
    const { incidents } = mergeDocumentCandidates(
      {
        rounds: [],
        incidents: [
          drone(ctx, "A drone was downed over the Arabian Sea", { date: "2026-02-03", location: { waterBody: "Arabian Sea" } }),
          drone(ctx, "A drone was downed in the Strait of Hormuz", { date: "2026-02-03", location: { waterBody: "Strait of Hormuz" } }),
          drone(ctx, "Gunboats harassed a tanker", { date: "2026-02-03", kind: "vessel-harassment" }),
        ],
        sanctions: [],
      },
      ctx.document,
    );
    expect(incidents.map((i) => i.id)).toEqual(["incident:2026-02-03:drone-shootdown", "incident:2026-02-03:drone-shootdown-2", "incident:2026-02-03:vessel-harassment"]);
  });
});

describe("places that describe rather than name", () => {
  it("merges a strike on 'Iranian nuclear and military sites' with the same day's strike on Natanz, and 'the Fordow and Natanz enrichment sites' with Fordow", () => {
    const ctx = documentOf("d.txt", "Israel struck Natanz. Israel struck Iranian nuclear and military sites. US bombers hit Fordow. US bombers hit the Fordow and Natanz enrichment sites. Jets struck Arak.", "2025-06-30");
    const strike = (words: string, date: string, place: string, initiators: string[]) => drone(ctx, words, { kind: "strike", date, location: { place }, initiators: initiators as never });
    const { incidents } = mergeDocumentCandidates(
      {
        rounds: [],
        incidents: [
          strike("Israel struck Natanz", "2025-06-13", "Natanz", ["state:israel"]),
          strike("Israel struck Iranian nuclear and military sites", "2025-06-13", "Iranian nuclear and military sites", ["state:israel"]),
          strike("US bombers hit Fordow", "2025-06-22", "Fordow", ["state:united-states"]),
          strike("US bombers hit the Fordow and Natanz enrichment sites", "2025-06-22", "the Fordow and Natanz enrichment sites", ["state:united-states"]),
          strike("Jets struck Arak", "2025-06-22", "Arak", ["state:united-states"]),
        ],
        sanctions: [],
      },
      ctx.document,
    );
    expect(incidents.map((i) => [i.date, i.location.place, i.evidence.length])).toEqual([
      ["2025-06-13", "Natanz", 2],
      ["2025-06-22", "Fordow", 2],
      ["2025-06-22", "Arak", 1],
    ]);
  });
});

describe("ships and states among the targets", () => {
  it("merges 'detained an Iranian supertanker' with 'detain the Grace 1', but not two ships named apart or two flags", () => {
    const ctx = documentOf(
      "d.txt",
      "Marines detained an Iranian supertanker earlier this month. On 4 July Marines helped detain the Grace 1. On 5 July the Guards seized the Riah. On 5 July the Guards seized the Niovi. On 6 July the Guards seized a Panama-flagged ship. On 6 July the Guards seized a Greek ship.",
      "2019-07-20",
    );
    const seizure = (words: string, date: string, initiators: string[], targets: string[]) => drone(ctx, words, { kind: "vessel-seizure", date, initiators: initiators as never, targets: targets as never });
    const { incidents } = mergeDocumentCandidates(
      {
        rounds: [],
        incidents: [
          seizure("Marines detained an Iranian supertanker earlier this month", "2019-07-01/2019-07-19", ["state:united-kingdom"], ["state:iran"]),
          seizure("On 4 July Marines helped detain the Grace 1", "2019-07-04", ["state:united-kingdom"], ["vessel:grace-1"]),
          seizure("On 5 July the Guards seized the Riah", "2019-07-05", ["state:iran"], ["vessel:riah"]),
          seizure("On 5 July the Guards seized the Niovi", "2019-07-05", ["state:iran"], ["vessel:niovi"]),
          seizure("On 6 July the Guards seized a Panama-flagged ship", "2019-07-06", ["state:iran"], ["state:panama"]),
          seizure("On 6 July the Guards seized a Greek ship", "2019-07-06", ["state:iran"], ["state:greece"]),
        ],
        sanctions: [],
      },
      ctx.document,
    );
    expect(incidents.map((i) => [i.date, i.evidence.length])).toEqual([
      ["2019-07-04", 2],
      ["2019-07-05", 1],
      ["2019-07-05", 1],
      ["2019-07-06", 1],
      ["2019-07-06", 1],
    ]);
  });
});

describe("vague reports and reports of one day", () => {
  const seizure = (ctx: DocumentContext, words: string, fields: Partial<IncidentCandidate>) => drone(ctx, words, { kind: "vessel-seizure", ...fields });

  it("keeps a named vague report out of a day's group whose report names no one, and a company apart from no state", () => {
    const ctx = documentOf("d.txt", "The tanker was surrounded late on Friday and was taken to port. Marines helped seize the Grace 1 earlier this month.", "2019-07-20");
    const { incidents } = mergeDocumentCandidates(
      {
        rounds: [],
        incidents: [
          seizure(ctx, "The tanker was surrounded late on Friday and was taken to port", { date: "2019-07-19" }),
          seizure(ctx, "Marines helped seize the Grace 1 earlier this month", { date: "2019-07-01/2019-07-19", initiators: ["state:united-kingdom"] as never, targets: ["vessel:grace-1"] as never }),
        ],
        sanctions: [],
      },
      ctx.document,
    );
    expect(incidents.map((i) => [i.date, i.evidence.length])).toEqual([
      ["2019-07-01/2019-07-19", 1],
      ["2019-07-19", 1],
    ]);
  });

  it("puts a month's report of a ship into the best-attested day that names the ship, and joins one day's compatible groups first", () => {
    const a = documentOf("a.txt", "On 19 July the Guards seized the Stena Impero. On 19 July the tanker was seized by Iran.", "2019-07-20");
    const b = documentOf("b.txt", "The Guards took the Stena Impero on 19 July.", "2019-07-20");
    const c = documentOf("c.txt", "Iran said on 20 July it had taken the Stena Impero.", "2019-07-21");
    const d = documentOf("d.txt", "In July 2019 the Guards seized the Stena Impero.", "2023-01-01");
    const e = documentOf("e.txt", "A tanker seized on 19 July was British-operated, owned by BP.", "2019-07-20");
    const ship = ["vessel:stena-impero"] as never;
    const dataset = mergeExtractions([
      extraction(a, { incidents: [seizure(a, "On 19 July the Guards seized the Stena Impero", { date: "2019-07-19", initiators: ["state:iran"] as never, targets: ship })] }),
      extraction(b, { incidents: [seizure(b, "The Guards took the Stena Impero on 19 July", { date: "2019-07-19", initiators: ["state:iran"] as never, targets: ship })] }),
      extraction(c, { incidents: [seizure(c, "Iran said on 20 July it had taken the Stena Impero", { date: "2019-07-20", targets: ship })] }),
      extraction(d, { incidents: [seizure(d, "In July 2019 the Guards seized the Stena Impero", { date: "2019-07", initiators: ["state:iran"] as never, targets: ship })] }),
      extraction(e, { incidents: [seizure(e, "A tanker seized on 19 July was British-operated, owned by BP", { date: "2019-07-19", targets: ["organisation:bp"] as never })] }),
    ]);
    const byDate = dataset.incidents.map((i) => [i.date, new Set(i.evidence.map((x) => x.documentId)).size]);
    expect(byDate).toEqual([
      ["2019-07-19", 4],
      ["2019-07-20", 1],
    ]);
  });

  it("puts an undated report of a ship into that ship's group before a nearer one, and reads 'Iranian waters' as no other sea", () => {
    const ctx = documentOf("d.txt", "On 3 May the Guards seized the Niovi in the Strait of Hormuz. On 27 April the navy took a tanker for Chevron. The Niovi was seized on a prosecutor's order in Iranian waters.", "2023-05-04");
    const { incidents } = mergeDocumentCandidates(
      {
        rounds: [],
        incidents: [
          seizure(ctx, "On 3 May the Guards seized the Niovi in the Strait of Hormuz", { date: "2023-05-03", initiators: ["state:iran"] as never, targets: ["vessel:niovi"] as never, location: { waterBody: "Strait of Hormuz" } }),
          seizure(ctx, "On 27 April the navy took a tanker for Chevron", { date: "2023-04-27", initiators: ["state:iran"] as never, targets: ["organisation:chevron"] as never }),
          seizure(ctx, "The Niovi was seized on a prosecutor's order in Iranian waters", { targets: ["vessel:niovi"] as never, location: { waterBody: "Iranian waters" } }),
        ],
        sanctions: [],
      },
      ctx.document,
    );
    expect(incidents.map((i) => [i.date, i.evidence.length])).toEqual([
      ["2023-04-27", 1],
      ["2023-05-03", 2],
    ]);
  });

  it("reads a body for its state across documents: 'the Royal Marines' in one report, 'the United Kingdom' in another", () => {
    const a = documentOf("a.txt", "On 4 July the Royal Marines boarded the Grace 1.", "2019-07-20");
    const b = documentOf("b.txt", "On 4 July the United Kingdom seized the Grace 1.", "2019-07-20");
    const marines = { id: "organisation:royal-marines", kind: "organisation" as const, name: "Royal Marines", aliases: [], roles: [], affiliation: "state:united-kingdom", mentions: [quote(a, "Royal Marines")] };
    const uk = { id: "state:united-kingdom", kind: "state" as const, name: "United Kingdom", aliases: [], roles: [], mentions: [quote(b, "United Kingdom")] };
    const dataset = mergeExtractions([
      { ...extraction(a, { incidents: [seizure(a, "On 4 July the Royal Marines boarded the Grace 1", { date: "2019-07-04", initiators: ["organisation:royal-marines"] as never, targets: ["vessel:grace-1"] as never })] }), actors: [marines] as never },
      { ...extraction(b, { incidents: [seizure(b, "On 4 July the United Kingdom seized the Grace 1", { date: "2019-07-04", initiators: ["state:united-kingdom"] as never, targets: ["vessel:grace-1"] as never })] }), actors: [uk] as never },
    ]);
    expect(dataset.incidents).toHaveLength(1);
  });

  it("joins one day's launches named by either base they hit, and two day groups whose pooled targets meet", () => {
    const launch = (ctx: DocumentContext, words: string, fields: Partial<IncidentCandidate>) => drone(ctx, words, { kind: "missile-launch", date: "2020-01-08", initiators: ["state:iran"] as never, ...fields });
    const docs = ["a", "b", "c", "d"].map((name) => documentOf(`${name}.txt`, `Report ${name}: Iran fired missiles at Ain al-Asad air base and at Erbil.`, "2020-01-09"));
    const dataset = mergeExtractions([
      extraction(docs[0]!, { incidents: [launch(docs[0]!, "Report a: Iran fired missiles at Ain al-Asad air base and at Erbil", { location: { place: "Erbil" }, targets: ["state:iraq"] as never })] }),
      extraction(docs[1]!, { incidents: [launch(docs[1]!, "Report b: Iran fired missiles at Ain al-Asad air base and at Erbil", { location: { place: "the Ain al-Asad air base" }, targets: ["state:iraq", "state:united-states"] as never })] }),
      extraction(docs[2]!, { incidents: [launch(docs[2]!, "Report c: Iran fired missiles at Ain al-Asad air base and at Erbil", { targets: ["state:united-states"] as never })] }),
      extraction(docs[3]!, { incidents: [launch(docs[3]!, "Report d: Iran fired missiles at Ain al-Asad air base and at Erbil", { targets: ["state:united-states"] as never })] }),
    ]);
    expect(dataset.incidents).toHaveLength(1);
  });

  it("puts an actor named on both sides on the side more reports name it on", () => {
    const docs = ["a", "b", "c"].map((name) => documentOf(`${name}.txt`, `Report ${name}: a US drone strike killed Soleimani at Baghdad airport.`, "2020-01-04"));
    const strike = (ctx: DocumentContext, name: string, fields: Partial<IncidentCandidate>) => drone(ctx, `Report ${name}: a US drone strike killed Soleimani at Baghdad airport`, { kind: "strike", date: "2020-01-03", ...fields });
    const dataset = mergeExtractions([
      extraction(docs[0]!, { incidents: [strike(docs[0]!, "a", { initiators: ["state:united-states"] as never, targets: ["state:iran"] as never })] }),
      extraction(docs[1]!, { incidents: [strike(docs[1]!, "b", { initiators: ["state:united-states"] as never, targets: ["state:iran", "state:iraq"] as never })] }),
      extraction(docs[2]!, { incidents: [strike(docs[2]!, "c", { targets: ["state:iran", "state:united-states"] as never })] }),
    ]);
    expect(dataset.incidents.map((i) => [i.initiators, i.targets])).toEqual([[["state:united-states"], ["state:iran", "state:iraq"]]]);
  });

  it("keeps a campaign that lasted ('For twelve days, from 13 to 24 June, …') out of one of its days", () => {
    const ctx = documentOf("d.txt", "The following day, Iran fired missiles at Al Udeid. For twelve days, from 13 to 24 June, Iranian missiles fell on Israeli cities.", "2025-07-01");
    const launch = (words: string, fields: Partial<IncidentCandidate>) => drone(ctx, words, { kind: "missile-launch", initiators: ["state:iran"] as never, ...fields });
    const { incidents } = mergeDocumentCandidates(
      {
        rounds: [],
        incidents: [
          launch("The following day, Iran fired missiles at Al Udeid", { date: "2025-06-23", location: { place: "Al Udeid" } }),
          launch("For twelve days, from 13 to 24 June, Iranian missiles fell on Israeli cities", { date: "2025-06-13/2025-06-24" }),
        ],
        sanctions: [],
      },
      ctx.document,
    );
    expect(incidents.map((i) => i.date)).toEqual(["2025-06-13/2025-06-24", "2025-06-23"]);
  });

  it("leaves out a span that starts at a year ('fired at Saudi cities since 2015') as background", () => {
    const ctx = documentOf("d.txt", "Houthi missiles have been fired at Saudi cities since 2015.", "2019-10-24");
    const { incidents } = mergeDocumentCandidates({ rounds: [], incidents: [drone(ctx, "Houthi missiles have been fired at Saudi cities since 2015", { kind: "missile-launch", date: "2015/2019-10-24" })], sanctions: [] }, ctx.document);
    expect(incidents).toEqual([]);
  });
});

describe("another event placed before or after", () => {
  const ctx = documentOf(
    "drills.txt",
    "The Guards fired ballistic missiles at mock targets in the desert on Friday. Earlier this week the navy test-fired cruise missiles in the Gulf of Oman.",
    "2021-01-16",
  );
  const candidates = () => [
    drone(ctx, "The Guards fired ballistic missiles at mock targets in the desert on Friday", { kind: "missile-test", date: "2021-01-15" }),
    drone(ctx, "Earlier this week the navy test-fired cruise missiles in the Gulf of Oman", { kind: "missile-test", date: "2021-01-11/2021-01-15", location: { waterBody: "Gulf of Oman" } }),
  ];

  it("keeps a mention opening with 'Earlier this week' apart from the event the document reported before it", () => {
    const { incidents } = mergeDocumentCandidates({ rounds: [], incidents: candidates(), sanctions: [] }, ctx.document);
    expect(incidents.map((i) => i.date)).toEqual(["2021-01-11/2021-01-15", "2021-01-15"]);
  });

  it("does not merge two records of one document across documents, even through another source", () => {
    const other = documentOf("wire.txt", "Iran held missile tests this week.", "2021-01-16");
    const dataset = datasetOf([
      extraction(ctx, { incidents: candidates() }),
      extraction(other, { incidents: [drone(other, "Iran held missile tests this week", { kind: "missile-test", date: "2021-01-11/2021-01-15" })] }),
    ]);
    expect(dataset.incidents.filter((i) => i.evidence.some((e) => e.documentId === ctx.document.id))).toHaveLength(2);
  });
});

describe("a round announced, then reported held", () => {
  it("is held, with the announcement's status kept as a discrepancy that says why", () => {
    const before = documentOf("preview.txt", "Negotiators will meet in Muscat on Tuesday for a fresh round of talks.", "2026-05-09");
    const after = documentOf("report.txt", "Negotiators held indirect talks in Muscat on Tuesday.", "2026-05-14");
    const dataset = datasetOf([
      extraction(before, { rounds: [round(before, "Negotiators will meet in Muscat on Tuesday", { date: "2026-05-12", status: "planned", mode: "planned", venue: { city: "Muscat" }, format: "indirect", ordinal: 3 })] }),
      extraction(after, { rounds: [round(after, "Negotiators held indirect talks in Muscat on Tuesday", { date: "2026-05-12", venue: { city: "Muscat" } })] }),
    ]);
    expect(dataset.rounds).toHaveLength(1);
    expect(dataset.rounds[0]).toMatchObject({ status: "held", mode: "asserted" });
    const status = dataset.discrepancies.find((d) => d.field === "status");
    expect(status?.values.map((v) => v.value).sort()).toEqual(["held", "planned"]);
    expect(status?.note).toMatch(/carries "held" from report\.txt, the report that it took place/);
  });
});

describe("a round announced, then called off", () => {
  it("is called off, whichever report says more", () => {
    const before = documentOf("preview.txt", "The sixth round will be held in Muscat on Sunday.", "2026-06-01");
    const after = documentOf("report.txt", "The round in Muscat on Sunday has been postponed.", "2026-06-05");
    const dataset = datasetOf([
      extraction(before, { rounds: [round(before, "The sixth round will be held in Muscat on Sunday", { date: "2026-06-07", status: "planned", mode: "planned", venue: { city: "Muscat" }, format: "indirect", ordinal: 6 })] }),
      extraction(after, { rounds: [round(after, "The round in Muscat on Sunday has been postponed", { date: "2026-06-07", status: "postponed", venue: { city: "Muscat" } })] }),
    ]);
    expect(dataset.rounds.map((r) => r.status)).toEqual(["postponed"]);
  });
});

describe("initiators and targets of a pooled incident", () => {
  it("drops from the initiators an actor the reports name as the target, unless every initiator is one (an exchange)", () => {
    const one = documentOf("one.txt", "US bombers struck Fordow on Sunday.", "2025-06-23");
    const two = documentOf("two.txt", "Bombers and Iranian missiles hit Fordow on Sunday.", "2025-06-23");
    const strike = (ctx: DocumentContext, words: string, fields: Partial<IncidentCandidate>) => drone(ctx, words, { kind: "strike", date: "2025-06-22", ...fields });
    const pooled = datasetOf([
      withStates(one, { incidents: [strike(one, "US bombers struck Fordow on Sunday", { initiators: ["state:united-states" as never], targets: ["state:iran" as never] })] }, [["state:united-states", "US"], ["state:iran", "Fordow"]]),
      withStates(two, { incidents: [strike(two, "Bombers and Iranian missiles hit Fordow on Sunday", { initiators: ["state:iran" as never, "state:united-states" as never], targets: ["state:iran" as never] })] }, [["state:united-states", "Bombers"], ["state:iran", "Iranian"]]),
    ]);
    expect(pooled.incidents.map((i) => [i.initiators, i.targets])).toEqual([[["state:united-states"], ["state:iran"]]]);
    const exchange = documentOf("x.txt", "Iran and Israel traded strikes on Sunday.", "2025-06-23");
    const traded = datasetOf([
      withStates(exchange, { incidents: [strike(exchange, "Iran and Israel traded strikes on Sunday", { initiators: ["state:iran" as never, "state:israel" as never], targets: ["state:israel" as never, "state:iran" as never] })] }, [["state:iran", "Iran"], ["state:israel", "Israel"]]),
    ]);
    expect(traded.incidents[0]?.initiators).toEqual(["state:iran", "state:israel"]);
  });

  it("drops from the targets an actor the reports name as the initiator, when another target remains", () => {
    const one = documentOf("one.txt", "Iran's Guards shot down a US drone on Thursday.", "2019-06-21");
    const two = documentOf("two.txt", "A drone that violated Iranian airspace was shot down on Thursday.", "2019-06-21");
    const pooled = datasetOf([
      withStates(one, { incidents: [drone(one, "Iran's Guards shot down a US drone on Thursday", { date: "2019-06-20", initiators: ["state:iran" as never], targets: ["state:united-states" as never] })] }, [["state:iran", "Iran"], ["state:united-states", "US"]]),
      withStates(two, { incidents: [drone(two, "A drone that violated Iranian airspace was shot down on Thursday", { date: "2019-06-20", targets: ["state:iran" as never, "state:united-states" as never] })] }, [["state:iran", "Iranian"], ["state:united-states", "drone"]]),
    ]);
    expect(pooled.incidents.map((i) => [i.initiators, i.targets])).toEqual([[["state:iran"], ["state:united-states"]]]);
  });
});

describe("many reports of one day's event", () => {
  it("joins a report of the very day two same-day groups share to the best-attested of them, not leaving it on its own", () => {
    const docs = ["a", "b", "c", "d"].map((name) => documentOf(`${name}.txt`, `Report ${name}: a drone was shot down on Thursday.`, "2019-06-21"));
    const shot = (ctx: DocumentContext, name: string, fields: Partial<IncidentCandidate>) => drone(ctx, `Report ${name}: a drone was shot down on Thursday`, { date: "2019-06-20", ...fields });
    const dataset = datasetOf([
      extraction(docs[0]!, { incidents: [shot(docs[0]!, "a", { location: { waterBody: "Strait of Hormuz" } })] }),
      extraction(docs[1]!, { incidents: [shot(docs[1]!, "b", { location: { waterBody: "Strait of Hormuz" } })] }),
      extraction(docs[2]!, { incidents: [shot(docs[2]!, "c", { location: { waterBody: "Gulf of Oman" } })] }),
      extraction(docs[3]!, { incidents: [shot(docs[3]!, "d", {})] }),
    ]);
    // The report that names no place fits both groups of that day: it joins the one with two reports.
    expect(dataset.incidents.map((i) => [i.location.waterBody ?? null, i.evidence.length]).sort()).toEqual([
      ["Gulf of Oman", 1],
      ["Strait of Hormuz", 3],
    ]);
  });
});

describe("a round reported held by one source and called off by others", () => {
  it("is called off when as many sources or more say so, and held when more sources report it held", () => {
    const held = documentOf("held.txt", "The sixth round was held in Muscat on Sunday.", "2025-06-20");
    const off1 = documentOf("off1.txt", "The sixth round in Muscat on Sunday was called off.", "2025-06-20");
    const off2 = documentOf("off2.txt", "The sixth round, set for Muscat on Sunday, was cancelled.", "2025-06-21");
    const heldRound = round(held, "The sixth round was held in Muscat on Sunday", { date: "2025-06-15", venue: { city: "Muscat" }, ordinal: 6 });
    const off = (ctx: DocumentContext, words: string) => round(ctx, words, { date: "2025-06-15", status: "cancelled", venue: { city: "Muscat" } });
    const contested = datasetOf([
      extraction(held, { rounds: [heldRound] }),
      extraction(off1, { rounds: [off(off1, "The sixth round in Muscat on Sunday was called off")] }),
      extraction(off2, { rounds: [off(off2, "The sixth round, set for Muscat on Sunday, was cancelled")] }),
    ]);
    expect(contested.rounds.map((r) => r.status)).toEqual(["cancelled"]);
    expect(contested.discrepancies.find((d) => d.field === "status")?.note).toMatch(/as 2 sources report it called off against 1 reporting it held/);
    const held2 = documentOf("held2.txt", "Talks were held in Muscat on Sunday, the sixth round.", "2025-06-16");
    const mostlyHeld = datasetOf([
      extraction(held, { rounds: [heldRound] }),
      extraction(held2, { rounds: [round(held2, "Talks were held in Muscat on Sunday", { date: "2025-06-15", venue: { city: "Muscat" } })] }),
      extraction(off1, { rounds: [off(off1, "The sixth round in Muscat on Sunday was called off")] }),
    ]);
    expect(mostlyHeld.rounds.map((r) => r.status)).toEqual(["held"]);
  });
});

describe("a vague report of a meeting called off and a round held on a day", () => {
  it("keeps apart a meeting 'pencilled in for late February' and pushed back, and the Geneva round held on 24 February", () => {
    const held = documentOf("geneva.txt", "The delegations met in Geneva on 24 February.", "2026-03-09");
    const pushed = documentOf("pushed.txt", "A meeting of technical experts pencilled in for late February was pushed back.", "2026-02-20");
    const dataset = datasetOf([
      extraction(held, { rounds: [round(held, "The delegations met in Geneva on 24 February", { date: "2026-02-24", venue: { city: "Geneva" } })] }),
      extraction(pushed, { rounds: [round(pushed, "A meeting of technical experts pencilled in for late February was pushed back", { date: "2026-02-21~/2026-02-28~", status: "postponed" })] }),
    ]);
    expect(dataset.rounds.map((r) => [r.status, r.date]).sort()).toEqual([
      ["held", "2026-02-24"],
      ["postponed", "2026-02-21~/2026-02-28~"],
    ]);
  });
});

describe("merging across documents", () => {
  const state = (ctx: DocumentContext, id: string, words: string) => ({ id, kind: "state" as const, name: words, aliases: [], roles: [], mentions: [quote(ctx, words)] });
  const extractions = () => [
    {
      ...extraction(analysis, {
      incidents: [drone(analysis, "On February 3, a jet shot down a drone over the Arabian Sea", { date: "2026-02-03", location: { waterBody: "Arabian Sea" }, targets: ["state:iran"] })],
      sanctions: [
        tariff(analysis, "Trump signed an executive order imposing 25 percent tariffs on buyers of Iranian oil", {
          date: "2026-02-06",
          rate: { value: 25, unit: "percent", ceiling: false },
        }),
      ],
      }),
      actors: [state(analysis, "state:iran", "Iranian")],
    },
    {
      ...extraction(wire, {
      incidents: [drone(wire, "In recent days, US forces shot down an Iranian drone", { date: "2026-01-30~/2026-02-06~", initiators: ["state:united-states"], targets: ["state:iran"] })],
      sanctions: [
        tariff(wire, "Trump signed an order authorising tariffs of up to 25%", { date: "2026-02-06", status: "authorised", rate: { value: 25, unit: "percent", ceiling: true } }),
        tariff(wire, "The order does not immediately impose tariffs", { status: "authorised" }),
      ],
      }),
      actors: [state(wire, "state:united-states", "US forces"), state(wire, "state:iran", "Iranian")],
    },
  ];

  it("merges an 'in recent days' report with the dated one, keeping the day and both sources", () => {
    const dataset = datasetOf(extractions());
    expect(dataset.incidents).toHaveLength(1);
    const incident = dataset.incidents[0]!;
    expect(incident.id).toBe("incident:2026-02-03:drone-shootdown");
    expect(incident.date).toBe("2026-02-03");
    expect(new Set(incident.evidence.map((e) => e.documentId))).toEqual(new Set([analysis.document.id, wire.document.id]));
    expect(incident.location).toEqual({ waterBody: "Arabian Sea" });
    expect(incident.initiators).toEqual(["state:united-states"]);
  });

  it("records the tariff's status and ceiling as discrepancies, each value with its own evidence", () => {
    const dataset = datasetOf(extractions());
    expect(dataset.sanctions.map((s) => s.id)).toEqual(["sanction:2026-02-06:tariff"]);
    const sanction = dataset.sanctions[0]!;
    const status = dataset.discrepancies.find((d) => d.field === "status")!;
    expect(status.recordId).toBe(sanction.id);
    expect(status.recordType).toBe("sanction");
    const values = Object.fromEntries(status.values.map((v) => [String(v.value), v.evidence.map((e) => e.quote)]));
    expect(values).toEqual({
      imposed: ["Trump signed an executive order imposing 25 percent tariffs on buyers of Iranian oil"],
      authorised: ["Trump signed an order authorising tariffs of up to 25%", "The order does not immediately impose tariffs"],
    });
    // The wire reports the order in more detail (two passages), so the record carries its reading.
    expect(sanction.status).toBe("authorised");
    expect(sanction.rate).toEqual({ value: 25, unit: "percent", ceiling: true });
    expect(status.note).toMatch(/carries "authorised" from wire\.txt, the most detailed report/);
    expect(status.note).toMatch(/analysis\.txt gives "imposed"/);
    expect(dataset.discrepancies.map((d) => d.field).sort()).toEqual(["rate.ceiling", "status"]);
  });

  it("prefers the most recently published source when reports are equally detailed", () => {
    const later = documentOf("later.txt", "Trump imposed tariffs of 25 percent.", "2026-02-09");
    const earlier = documentOf("earlier.txt", "Trump authorised tariffs of 25 percent.", "2026-02-06");
    const dataset = datasetOf([
      extraction(later, { sanctions: [tariff(later, "Trump imposed tariffs of 25 percent", { date: "2026-02-06" })] }),
      extraction(earlier, { sanctions: [tariff(earlier, "Trump authorised tariffs of 25 percent", { date: "2026-02-06", status: "authorised" })] }),
    ]);
    expect(dataset.sanctions[0]!.status).toBe("imposed");
    expect(dataset.discrepancies[0]!.note).toMatch(/most recently published .*2026-02-09/);
  });

  it("is deterministic: the same inputs in any order give identical JSON", () => {
    const first = JSON.stringify(datasetOf(extractions()));
    const second = JSON.stringify(datasetOf(extractions()));
    const reversed = JSON.stringify(datasetOf(extractions().reverse()));
    expect(second).toBe(first);
    expect(reversed).toBe(first);
  });

  it("sorts evidence by document, then offset", () => {
    const dataset = datasetOf(extractions());
    for (const record of [...dataset.incidents, ...dataset.sanctions]) {
      const keys = record.evidence.map((e) => `${e.documentId}:${String(e.start).padStart(6, "0")}`);
      expect(keys).toEqual([...keys].sort());
    }
  });

  it("merges actors by id, uniting aliases, roles and mentions", () => {
    const actor = (ctx: DocumentContext, alias: string) => ({
      id: "person:abbas-araghchi",
      kind: "person" as const,
      name: "Abbas Araghchi",
      aliases: [alias],
      roles: [{ title: "Foreign Minister", of: "state:iran", source: "reference" as const }],
      mentions: [quote(ctx, alias === "Araghchi" ? "Trump" : "Trump signed")],
    });
    const dataset = mergeExtractions([
      { ...extraction(analysis, {}), actors: [actor(analysis, "Araghchi")] },
      { ...extraction(wire, {}), actors: [actor(wire, "Abbas Araghchi")] },
    ]);
    expect(dataset.actors).toHaveLength(1);
    expect(dataset.actors[0]!.aliases).toEqual(["Abbas Araghchi", "Araghchi"]);
    expect(dataset.actors[0]!.roles).toHaveLength(1);
    expect(dataset.actors[0]!.mentions).toHaveLength(2);
  });
});

describe("duplicate documents", () => {
  it("keeps one copy of identical texts, the one with the first source name, in any input order", () => {
    const a = documentOf("b-copy.txt", "Talks resumed in Muscat.", "2026-02-06");
    const b = documentOf("a-original.txt", "Talks resumed in Muscat.", "2026-02-06");
    const forward = mergeExtractions([extraction(a, {}), extraction(b, {})]);
    const backward = mergeExtractions([extraction(b, {}), extraction(a, {})]);
    expect(forward.documents.map((d) => d.source)).toEqual(["a-original.txt"]);
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });
});

describe("ambiguous vague reports", () => {
  it("does not merge a month-precise report that fits two distinct day-precise events", () => {
    const timeline = documentOf("timeline.txt", "Israel strikes Natanz. US bombers strike Fordow.", "2025-06-26");
    const analysis = documentOf("analysis.txt", "The June 2025 strikes hit three sites.", "2026-02-09");
    const strike = (ctx: DocumentContext, words: string, date: string) => drone(ctx, words, { kind: "strike", date, targets: [] });
    const dataset = mergeExtractions([
      extraction(timeline, { incidents: [strike(timeline, "Israel strikes Natanz", "2025-06-13"), strike(timeline, "US bombers strike Fordow", "2025-06-22")] }),
      extraction(analysis, { incidents: [strike(analysis, "The June 2025 strikes hit three sites", "2025-06")] }),
    ]);
    expect(dataset.incidents.map((i) => i.date)).toEqual(["2025-06", "2025-06-13", "2025-06-22"]);
  });
});

describe("undated sanctions within a document", () => {
  const text =
    "On 2 March 2024, the Treasury and the State Department listed four shipping firms. The Treasury and the EU have frozen the firms' assets. The Treasury's listing covers four firms. Both later lifted the measures on the firms.";
  const ctx = documentOf("note.txt", text, "2024-03-10");
  const listing = (words: string, fields: Partial<SanctionCandidate>) => tariff(ctx, words, { instrument: "designation", ...fields });

  it("does not attach an undated measure naming an authority the dated group lacks", () => {
    const { sanctions } = mergeDocumentCandidates(
      {
        rounds: [],
        incidents: [],
        sanctions: [
          listing("the Treasury and the State Department listed four shipping firms", { date: "2024-03-02", authorities: ["us-treasury", "us-state"], status: "announced" }),
          listing("The Treasury and the EU have frozen the firms' assets", { authorities: ["us-treasury", "eu"] }),
        ],
      },
      ctx.document,
    );
    expect(sanctions.map((s) => s.evidence.map((e) => e.quote))).toEqual([["the Treasury and the State Department listed four shipping firms"]]);
  });

  it("attaches an undated measure whose authorities are all the group's, but not a lifting to an imposition", () => {
    const { sanctions } = mergeDocumentCandidates(
      {
        rounds: [],
        incidents: [],
        sanctions: [
          listing("the Treasury and the State Department listed four shipping firms", { date: "2024-03-02", authorities: ["us-treasury", "us-state"], status: "announced" }),
          listing("The Treasury's listing covers four firms", { authorities: ["us-treasury"], status: "announced" }),
          listing("Both later lifted the measures on the firms", { authorities: ["us-treasury"], status: "lifted" }),
        ],
      },
      ctx.document,
    );
    expect(sanctions).toHaveLength(1);
    expect(sanctions[0]!.evidence.map((e) => e.quote)).toEqual(["the Treasury and the State Department listed four shipping firms", "The Treasury's listing covers four firms"]);
  });
});

describe("held and called-off rounds within a document", () => {
  it("does not attach an undated postponed round to the document's held round", () => {
    const ctx = documentOf("r.txt", "Delegates met in Doha on 4 June 2023. The next session has been postponed.", "2023-06-06");
    const { rounds } = mergeDocumentCandidates(
      {
        rounds: [
          round(ctx, "Delegates met in Doha on 4 June 2023", { date: "2023-06-04", venue: { city: "Doha" } }),
          round(ctx, "The next session has been postponed", { status: "postponed" }),
        ],
        incidents: [],
        sanctions: [],
      },
      ctx.document,
    );
    expect(rounds.map((r) => [r.status, r.evidence.length])).toEqual([["held", 1]]);
  });

  it("still attaches an undated held report to the held round", () => {
    const ctx = documentOf("r.txt", "Delegates met in Doha on 4 June 2023. The session was constructive.", "2023-06-06");
    const { rounds } = mergeDocumentCandidates(
      { rounds: [round(ctx, "Delegates met in Doha on 4 June 2023", { date: "2023-06-04" }), round(ctx, "The session was constructive")], incidents: [], sanctions: [] },
      ctx.document,
    );
    expect(rounds.map((r) => [r.status, r.evidence.length])).toEqual([["held", 2]]);
  });

  it("keeps apart two rounds one sentence tells apart, and two the document numbers differently", () => {
    const text = "The talks follow the round hosted earlier this month and the second round convened in Rome last Saturday. The third round in Muscat ended. The second round was long.";
    const ctx = documentOf("r.txt", text, "2025-04-26");
    const sentence = "The talks follow the round hosted earlier this month and the second round convened in Rome last Saturday";
    const { rounds } = mergeDocumentCandidates(
      {
        rounds: [
          round(ctx, sentence, { date: "2025-04-01/2025-04-25" }),
          round(ctx, sentence, { date: "2025-04-19", venue: { city: "Rome" }, ordinal: 2 }),
          round(ctx, "The third round in Muscat ended", { date: "2025-04-26", ordinal: 3 }),
          round(ctx, "The second round was long", { ordinal: 2 }),
        ],
        incidents: [],
        sanctions: [],
      },
      ctx.document,
    );
    expect(rounds.map((r) => [r.date, r.ordinal ?? null, r.evidence.length])).toEqual([
      ["2025-04-01/2025-04-25", null, 1],
      ["2025-04-19", 2, 2],
      ["2025-04-26", 3, 1],
    ]);
  });
});


describe("a month's report of a round in a month of several", () => {
  it("joins the round it names by number, or the first when it speaks of the talks 'that opened' then, and stays apart otherwise", () => {
    const first = documentOf("first.txt", "The first round was held in Muscat on 12 April.", "2025-04-30");
    const third = documentOf("third.txt", "The third round was held in Muscat on 26 April.", "2025-04-30");
    const opened = documentOf("opened.txt", "The Omani-mediated talks that opened in Muscat in April 2025 ran into a wall.", "2025-09-30");
    const vague = documentOf("vague.txt", "Talks were held in Muscat in April 2025.", "2025-09-30");
    const dataset = datasetOf([
      extraction(first, { rounds: [round(first, "The first round was held in Muscat on 12 April", { date: "2025-04-12", ordinal: 1, venue: { city: "Muscat" } })] }),
      extraction(third, { rounds: [round(third, "The third round was held in Muscat on 26 April", { date: "2025-04-26", ordinal: 3, venue: { city: "Muscat" } })] }),
      extraction(opened, { rounds: [round(opened, "The Omani-mediated talks that opened in Muscat in April 2025 ran into a wall", { date: "2025-04", venue: { city: "Muscat" } })] }),
      extraction(vague, { rounds: [round(vague, "Talks were held in Muscat in April 2025", { date: "2025-04", venue: { city: "Muscat" } })] }),
    ]);
    expect(dataset.rounds.map((r) => [r.date, r.evidence.length])).toEqual([
      ["2025-04", 1],
      ["2025-04-12", 2],
      ["2025-04-26", 1],
    ]);
  });
});

describe("a month's report of a deployment", () => {
  it("joins, of the records it could be, the best-attested one that sent the same warship", () => {
    const day = documentOf("day.txt", "The Pentagon is sending the destroyer USS Thomas Hudner to the Strait of Hormuz, officials announced Monday.", "2023-07-18");
    const wire = documentOf("wire.txt", "The destroyer USS Thomas Hudner is heading for the Strait of Hormuz, the Pentagon said on Monday.", "2023-07-18");
    const other = documentOf("other.txt", "In July the Navy sent the destroyer USS Mason to the Red Sea.", "2023-08-10");
    const hearing = documentOf("hearing.txt", "In July we sent the destroyer USS Thomas Hudner to the region.", "2023-09-20");
    const sent = (ctx: DocumentContext, words: string, ship: string, fields: Partial<IncidentCandidate>) =>
      drone(ctx, words, { kind: "deployment", assets: [{ name: ship, category: "vessel" }], ...fields });
    const dataset = datasetOf([
      extraction(day, { incidents: [sent(day, "The Pentagon is sending the destroyer USS Thomas Hudner to the Strait of Hormuz", "USS Thomas Hudner", { date: "2023-07-17", location: { waterBody: "Strait of Hormuz" } })] }),
      extraction(wire, { incidents: [sent(wire, "The destroyer USS Thomas Hudner is heading for the Strait of Hormuz", "USS Thomas Hudner", { date: "2023-07-17", location: { waterBody: "Strait of Hormuz" } })] }),
      extraction(other, { incidents: [sent(other, "In July the Navy sent the destroyer USS Mason to the Red Sea", "USS Mason", { date: "2023-07", location: { waterBody: "Red Sea" } })] }),
      extraction(hearing, { incidents: [sent(hearing, "In July we sent the destroyer USS Thomas Hudner to the region", "USS Thomas Hudner", { date: "2023-07" })] }),
    ]);
    expect(dataset.incidents.map((i) => [i.date, i.evidence.length]).sort()).toEqual([
      ["2023-07", 1],
      ["2023-07-17", 3],
    ]);
  });
});

describe("undated measures", () => {
  it("does not join an undated listing of five entities to a dated one of nineteen tankers", () => {
    const ctx = documentOf("m.txt", "On March 20, the Treasury listed 19 tankers. Hours after the envoy spoke, the Treasury designated five entities and one individual.", "2031-04-09");
    const listing = (words: string, fields: Partial<SanctionCandidate>) => tariff(ctx, words, { authorities: ["us-treasury"], instrument: "designation", status: "announced", ...fields });
    const { sanctions } = mergeDocumentCandidates(
      {
        rounds: [],
        incidents: [],
        sanctions: [
          listing("On March 20, the Treasury listed 19 tankers", { date: "2031-03-20", targets: { vessels: 19 } }),
          listing("the Treasury designated five entities and one individual", { targets: { entities: 5, individuals: 1 } }),
        ],
      },
      ctx.document,
    );
    expect(sanctions.map((s) => [s.date, s.evidence.length])).toEqual([["2031-03-20", 1]]);
  });

  it("still joins an undated re-telling that gives the same count", () => {
    const ctx = documentOf("m.txt", "On March 20, the Treasury listed 19 tankers. The 19 tankers were designated for carrying oil.", "2031-04-09");
    const listing = (words: string, fields: Partial<SanctionCandidate>) => tariff(ctx, words, { authorities: ["us-treasury"], instrument: "designation", status: "announced", ...fields });
    const { sanctions } = mergeDocumentCandidates(
      { rounds: [], incidents: [], sanctions: [listing("On March 20, the Treasury listed 19 tankers", { date: "2031-03-20", targets: { vessels: 19 } }), listing("The 19 tankers were designated", { targets: { vessels: 19 } })] },
      ctx.document,
    );
    expect(sanctions.map((s) => [s.date, s.evidence.length])).toEqual([["2031-03-20", 2]]);
  });
});

describe("undated incidents", () => {
  it("joins an undated toll to the nearer strike only where its count of dead agrees", () => {
    const ctx = documentOf("m.txt", "On May 2 jets struck depots across the border. A drone killed four guards at an outpost on April 28. Officials said 11 people were killed in the attacks.", "2031-05-03");
    const strike = (words: string, fields: Partial<IncidentCandidate>) => drone(ctx, words, { kind: "strike", ...fields });
    const { incidents } = mergeDocumentCandidates(
      {
        rounds: [],
        sanctions: [],
        incidents: [
          strike("On May 2 jets struck depots across the border", { date: "2031-05-02" }),
          strike("A drone killed four guards at an outpost on April 28", { date: "2031-04-28", casualties: { killed: 4 } }),
          strike("Officials said 11 people were killed in the attacks", { casualties: { killed: 11 } }),
        ],
      },
      ctx.document,
    );
    expect(incidents.map((i) => [i.date, i.evidence.length])).toEqual([
      ["2031-04-28", 1],
      ["2031-05-02", 2],
    ]);
  });
});

describe("the merge of measures", () => {
  it("keeps a lifting and an imposition by one authority on one day apart", () => {
    const ctx = documentOf("alert.txt", "On 4 May 2031 the Secretary found the sector sanctionable. The same day, the department renewed the waivers for the reactor work.", "2031-05-10");
    const found = tariff(ctx, "On 4 May 2031 the Secretary found the sector sanctionable", { instrument: "other", authorities: ["us-state"], date: "2031-05-04" });
    const renewed = tariff(ctx, "The same day, the department renewed the waivers for the reactor work", { instrument: "other", authorities: ["us-state"], status: "lifted", date: "2031-05-04" });
    expect(extraction(ctx, { sanctions: [found, renewed] }).sanctions.map((s) => s.status).sort()).toEqual(["imposed", "lifted"]);
  });
});
