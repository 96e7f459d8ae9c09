import { fileURLToPath } from "node:url";
import type { Actor, Dataset, Document, Evidence, Incident, Round, Sanction } from "@sitrep/domain";
import { SCHEMA_VERSION } from "@sitrep/domain";
import { describe, expect, it } from "vitest";
import {
  articleName,
  dateMatchesGold,
  evaluate,
  findUnquotedEvidence,
  formatReport,
  type Gold,
  normaliseName,
  parseGold,
  readGolds,
} from "./eval.js";
import { parseCorpus } from "./parse.js";
import { readCorpus } from "./read.js";

// Small hand-made datasets: only the fields the evaluator reads need to be realistic.

const TEXT_A = "On February 3, a drone was shot down. The talks in Muscat on February 6 were indirect. Treasury designated 3 entities.";
const TEXT_B = "Later coverage of the February 6 talks in Muscat.";

function doc(id: string, source: string, text: string, published: string | null): Document {
  return {
    id,
    source,
    format: "text",
    title: null,
    published: published === null ? { date: null, method: "unknown" } : { date: published, method: "dateline" },
    links: [],
    text,
    warnings: [],
  };
}

function ev(document: Document, quote: string): Evidence {
  const start = document.text.indexOf(quote);
  if (start === -1) throw new Error(`test quote not in document: ${quote}`);
  return { documentId: document.id, quote, start, end: start + quote.length };
}

const A = doc("aaaaaaaaaaaaaaaa", "/corpus/a.txt", TEXT_A, "2026-02-09");
const B = doc("bbbbbbbbbbbbbbbb", "b.txt", TEXT_B, null);

function round(date: string, evidence: Evidence[], extra: Partial<Round> = {}): Round {
  return {
    id: `round:${date}:x`,
    date,
    mode: "asserted",
    summary: "talks",
    evidence,
    venue: { city: "Muscat" },
    mediators: [],
    format: "indirect",
    tracks: [],
    delegations: [],
    statements: [],
    status: "held",
    ...extra,
  };
}

function incident(date: string, kind: Incident["kind"], evidence: Evidence[]): Incident {
  return { id: `incident:${date}:${kind}`, date, mode: "asserted", summary: "x", evidence, kind, location: {}, initiators: [], targets: [], assets: [] };
}

function sanction(date: string, instrument: Sanction["instrument"], evidence: Evidence[], extra: Partial<Sanction> = {}): Sanction {
  return {
    id: `sanction:${date}:${instrument}`,
    date,
    mode: "asserted",
    summary: "x",
    evidence,
    authorities: ["us-treasury"],
    instrument,
    status: "announced",
    targets: {},
    sectors: [],
    targetActors: [],
    ...extra,
  };
}

function actor(id: Actor["id"], name: string, mentions: Evidence[], aliases: string[] = []): Actor {
  return { id, kind: id.split(":")[0] as Actor["kind"], name, aliases, roles: [], mentions };
}

function dataset(parts: Partial<Dataset>): Dataset {
  return { schemaVersion: SCHEMA_VERSION, documents: [A, B], actors: [], rounds: [], incidents: [], sanctions: [], discrepancies: [], ...parts };
}

function gold(parts: Partial<Gold> & { article: string }): Gold {
  return { published: null, rounds: [], incidents: [], sanctions: [], actors: [], ...parts };
}

describe("dateMatchesGold", () => {
  it("accepts a day inside a month-precision gold", () => {
    expect(dateMatchesGold("2026-02", "2026-02-03")).toBe(true);
    expect(dateMatchesGold("2026-02", "2026-02")).toBe(true);
  });

  it("rejects a prediction vaguer than the gold", () => {
    expect(dateMatchesGold("2026-02-06", "2026-02")).toBe(false);
    expect(dateMatchesGold("2026-02", "2026")).toBe(false);
  });

  it("matches a gold day only with that very day, not an interval containing it", () => {
    expect(dateMatchesGold("2026-02-06", "2026-02-06")).toBe(true);
    expect(dateMatchesGold("2026-02-06", "2026-02-05/2026-02-06")).toBe(false);
    expect(dateMatchesGold("2026-02-06", "2026-02-07")).toBe(false);
  });

  it("accepts an interval inside a gold interval and ignores the approximate mark", () => {
    expect(dateMatchesGold("2026-01-30/2026-02-06", "2026-02-03")).toBe(true);
    expect(dateMatchesGold("2026-01", "2026-01-21~/2026-01-31~")).toBe(true);
    expect(dateMatchesGold("2026-01-30/2026-02-06", "2026-02")).toBe(false);
  });

  it("never matches an invalid date", () => {
    expect(dateMatchesGold("2026-02", "February")).toBe(false);
  });
});

describe("normaliseName", () => {
  it("ignores case, diacritics, hyphens and how al- is joined", () => {
    expect(normaliseName("Badr al-Busaidi")).toBe(normaliseName("badr Albusaidi"));
    expect(normaliseName("António Guterres")).toBe(normaliseName("Antonio Guterres"));
    expect(normaliseName("Takht-Ravanchi")).toBe(normaliseName("Takht Ravanchi"));
    expect(normaliseName("The White House")).toBe(normaliseName("White House"));
  });

  it("keeps different names apart", () => {
    expect(normaliseName("Abbas Araghchi")).not.toBe(normaliseName("Abbas Araqchi Jr"));
  });
});

describe("evaluate", () => {
  it("counts a round merged from two articles once in each article", () => {
    const merged = round("2026-02-06", [ev(A, "The talks in Muscat on February 6 were indirect"), ev(B, "February 6 talks in Muscat")]);
    const report = evaluate(dataset({ rounds: [merged] }), [
      gold({ article: "a.txt", rounds: [{ date: "2026-02-06", evidence: "The talks in Muscat on February 6" }] }),
      gold({ article: "b.txt", rounds: [{ date: "2026-02-06", evidence: "February 6 talks" }] }),
    ]);
    expect(report.scores.rounds).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
  });

  it("does not give a record credit in an article its evidence does not cite", () => {
    const onlyA = round("2026-02-06", [ev(A, "The talks in Muscat on February 6 were indirect")]);
    const report = evaluate(dataset({ rounds: [onlyA] }), [
      gold({ article: "b.txt", rounds: [{ date: "2026-02-06", evidence: "February 6 talks" }] }),
    ]);
    expect(report.scores.rounds).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
    expect(report.misses[0]).toMatchObject({ type: "round", article: "b.txt", date: "2026-02-06" });
  });

  it("scores a merged round in each article by the status that article reported, from the status discrepancy", () => {
    const merged = round("2026-02-06", [ev(A, "The talks in Muscat on February 6 were indirect"), ev(B, "February 6 talks in Muscat")]);
    const discrepancy = {
      id: "discrepancy:round:2026-02-06:x:status",
      recordType: "round" as const,
      recordId: merged.id,
      field: "status",
      values: [
        { value: "held", evidence: [ev(A, "The talks in Muscat on February 6 were indirect")] },
        { value: "planned", evidence: [ev(B, "February 6 talks in Muscat")] },
      ],
    };
    const report = evaluate(dataset({ rounds: [merged], discrepancies: [discrepancy] }), [
      gold({ article: "a.txt", rounds: [{ date: "2026-02-06", status: "held", evidence: "The talks in Muscat" }] }),
      gold({ article: "b.txt", rounds: [{ date: "2026-02-06", status: "planned", evidence: "February 6 talks" }] }),
    ]);
    expect(report.scores.roundsHeld).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    expect(report.scores.roundsNotHeld).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
  });

  it("keeps planned rounds apart from held ones", () => {
    const planned = round("2026-02-10", [ev(A, "The talks in Muscat on February 6 were indirect")], { status: "planned", mode: "planned" });
    const report = evaluate(dataset({ rounds: [planned] }), [
      gold({ article: "a.txt", rounds: [{ date: "2026-02", status: "held", evidence: "The talks in Muscat" }] }),
    ]);
    expect(report.scores.roundsHeld).toMatchObject({ truePositives: 0, falseNegatives: 1 });
    expect(report.scores.roundsNotHeld).toMatchObject({ truePositives: 0, falsePositives: 1 });
  });

  it("requires the incident kind and the sanction instrument to agree", () => {
    const report = evaluate(
      dataset({
        incidents: [incident("2026-02-03", "strike", [ev(A, "a drone was shot down")])],
        sanctions: [sanction("2026-02-06", "tariff", [ev(A, "Treasury designated 3 entities")])],
      }),
      [
        gold({
          article: "a.txt",
          incidents: [{ date: "2026-02-03", kind: "drone-shootdown", evidence: "a drone was shot down" }],
          sanctions: [{ date: "2026-02-06", authority: ["us-treasury"], instrument: "designation", evidence: "Treasury designated 3 entities" }],
        }),
      ],
    );
    expect(report.scores.incidents).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(report.scores.sanctions).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(report.spurious.map((f) => f.label).sort()).toEqual(["strike", "tariff"]);
  });

  it("matches one-to-one: two predictions of one gold event leave one spurious", () => {
    const q = ev(A, "a drone was shot down");
    const report = evaluate(
      dataset({ incidents: [incident("2026-02-03", "drone-shootdown", [q]), { ...incident("2026-02", "drone-shootdown", [q]), id: "incident:2026-02:b" }] }),
      [gold({ article: "a.txt", incidents: [{ date: "2026-02", kind: "drone-shootdown", evidence: "a drone was shot down" }] })],
    );
    expect(report.scores.incidents).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
    // The identical date is preferred, so the leftover is the day-precision one, listed as spurious.
    expect(report.spurious[0]).toMatchObject({ date: "2026-02-03" });
    expect(report.finer).toHaveLength(0);
  });

  it("lists a match more precise than the gold under `finer`", () => {
    const report = evaluate(dataset({ incidents: [incident("2026-02-06", "missile-display", [ev(A, "a drone was shot down")])] }), [
      gold({ article: "a.txt", incidents: [{ date: "2026-02", kind: "missile-display", evidence: "a drone was shot down" }] }),
    ]);
    expect(report.scores.incidents.truePositives).toBe(1);
    expect(report.finer).toEqual([expect.objectContaining({ date: "2026-02-06", goldDate: "2026-02" })]);
  });

  it("scores publication dates exactly, null included", () => {
    const report = evaluate(dataset({}), [gold({ article: "a.txt", published: "2026-02-09" }), gold({ article: "b.txt", published: "2026-02-06" })]);
    expect(report.published).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(report.wrongPublished).toEqual([expect.objectContaining({ article: "b.txt", date: "null", goldDate: "2026-02-06" })]);
  });

  it("matches actors on normalised names, aliases and id slugs, per article", () => {
    const actors = [
      actor("person:badr-albusaidi", "Badr Albusaidi", [ev(A, "Muscat")]),
      actor("state:united-states", "United States", [ev(A, "Treasury")], ["US"]),
      actor("state:iran", "Iran", [ev(B, "Muscat")]),
    ];
    const report = evaluate(dataset({ actors }), [
      gold({
        article: "a.txt",
        actors: [
          { name: "Badr al-Busaidi", kind: "person" },
          { name: "USA", kind: "state", aliases: ["US"] },
          { name: "Iran", kind: "state" },
        ],
      }),
    ]);
    // Iran is mentioned only in b.txt, which has no gold: a miss in a.txt, and nothing spurious.
    expect(report.scores.actors).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 1 });
  });

  it("reads a gold name with a bracket as the name before it, and as an acronym in it, but not as a qualifier in it", () => {
    const actors = [
      actor("organisation:example-guard-corps", "Example Guard Corps", [ev(A, "Muscat")]),
      actor("organisation:office-of-example-control", "OEC", [ev(A, "Muscat")]),
      actor("state:iran", "Iran", [ev(A, "Muscat")]),
    ];
    const report = evaluate(dataset({ actors }), [
      gold({
        article: "a.txt",
        actors: [
          { name: "Example Guard Corps (EGC)", kind: "organisation" },
          { name: "Office of Example Control (OEC)", kind: "organisation" },
          { name: "Foreign Ministry (Iran)", kind: "organisation" },
        ],
      }),
    ]);
    // The state is not the ministry its bracket qualifies: one spurious, one missed.
    expect(report.scores.actors).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
  });

  it("ignores articles without gold and reports golds without article", () => {
    const report = evaluate(dataset({ rounds: [round("2026-02-06", [ev(B, "February 6 talks in Muscat")])] }), [
      gold({ article: "a.txt" }),
      gold({ article: "missing.txt", rounds: [{ date: "2026-02-06", evidence: "x" }] }),
    ]);
    expect(report.articles).toEqual({ evaluated: ["a.txt"], missing: ["missing.txt"] });
    expect(report.scores.events).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1 });
  });

  it("checks field agreement on matched records", () => {
    const s = sanction("2026-02-06", "designation", [ev(A, "Treasury designated 3 entities")], { targets: { entities: 3 }, authorities: ["us-treasury", "us-state"] });
    const report = evaluate(dataset({ sanctions: [s] }), [
      gold({ article: "a.txt", sanctions: [{ date: "2026-02-06", authority: ["us-treasury"], instrument: "designation", entities: 3, evidence: "Treasury designated" }] }),
    ]);
    expect(report.attributes["sanction.entities"]).toEqual({ agreed: 1, compared: 1 });
    expect(report.attributes["sanction.authority"]).toEqual({ agreed: 0, compared: 1 });
    expect(formatReport(report)).toContain("sanction.authority");
  });
});

describe("parseGold", () => {
  it("rejects an unknown incident kind, naming the field", () => {
    expect(() => parseGold({ article: "x.txt", published: null, incidents: [{ date: "2026-02-03", kind: "dogfight", evidence: "x" }] }, "x.json")).toThrow(
      /x\.json: incidents\[0\]\.kind - |incidents\[0\]\.kind/,
    );
  });

  it("rejects a date that is not EDTF", () => {
    expect(() => parseGold({ article: "x.txt", published: "Feb 6" }, "x.json")).toThrow(/published/);
  });

  it("accepts a single authority as a string", () => {
    const g = parseGold({ article: "x.txt", published: null, sanctions: [{ date: "2026-02", authority: "eu", instrument: "snapback", evidence: "x" }] });
    expect(g.sanctions[0]?.authority).toEqual(["eu"]);
  });

  it("finds gold quotes missing from the article", () => {
    const g = parseGold({ article: "x.txt", published: null, rounds: [{ date: "2026-02-06", evidence: "talks in Muscat" }] });
    expect(findUnquotedEvidence(g, "The talks in Muscat.")).toEqual([]);
    expect(findUnquotedEvidence(g, "The talks in Oman.")).toEqual(["talks in Muscat"]);
    // A page's italics inside a sentence: the quote is of what the page shows.
    expect(findUnquotedEvidence(g, "<p>The talks in <em>Muscat</em>.</p>")).toEqual([]);
    // An HTML page's entities are what it shows: "&mdash;" is "—".
    const dashed = { ...g, rounds: g.rounds.map((r) => ({ ...r, evidence: "talks — in Muscat" })) };
    expect(findUnquotedEvidence(dashed, "<p>The talks &mdash; in Muscat.</p>")).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// The real parser on the seeds and the fixture articles, against fixtures/gold.

const SEEDS_DIR = fileURLToPath(new URL("../../../seeds", import.meta.url));
const ARTICLES_DIR = fileURLToPath(new URL("../fixtures/articles", import.meta.url));
const GOLD_DIR = fileURLToPath(new URL("../fixtures/gold", import.meta.url));

/**
 * Floors of the gold evaluation. They record what the parser achieves and are RAISED as it improves;
 * lowering one needs a commit that says why (a gold fix, a deliberate trade-off) — never silently.
 * The seeds' target is 100% for events and publication dates; see the parser README, "Quality", for
 * the records still missed. The sets are scored apart, because they say different things:
 * - the seeds;
 * - the development fixtures, which the parser was written against (in-sample);
 * - the held-out sets (HELD_OUT_SETS), written by the measurement side and kept out of the checkout until
 *   they were first scored: the honest estimate of how the parser reads articles it has not seen.
 */
// Seeds: every record of the gold (session 3: the naval build-up "since late January 2026" is read as a
// deployment over that interval, and "the Foreign Ministry" is linked to Iran's).
const SEED_FLOORS = { roundsF1: 1, incidentsF1: 1, sanctionsF1: 1, published: 1, actorsF1: 1 };
const DEVELOPMENT_FLOORS = { roundsF1: 1, incidentsF1: 1, sanctionsF1: 1, published: 1, actorsF1: 0.99 };
type Floors = typeof SEED_FLOORS;

/**
 * Held-out sets, each written by the measurement side out of the parser's sight, kept outside the
 * checkout and scored once before any fix (that first score is the honest estimate; it is kept in the
 * README). Fixes prompted by a set make it in-sample, so its floors record what the parser reached after.
 */
const HELD_OUT_SETS: { name: string; floors: Floors; articles: string[] }[] = [
  {
    // Session 1: first score events P 0.90 / R 0.32 / F1 0.47. blog-vienna's planned Joint Commission of
    // 9 April 2021 merges with the Tehran Times report of that day's talks (announced, then held): the record
    // is held, and since session 4 each document is scored on its own status (the discrepancy's value).
    name: "the first held-out set",
    floors: { roundsF1: 1, incidentsF1: 0.92, sanctionsF1: 0.94, published: 1, actorsF1: 0.97 },
    articles: ["afp-isfahan.txt", "blog-vienna.md", "crs-in-focus.txt", "indian-daily-seizure.txt", "liveblog-strikes.txt", "maritime-bulletin.txt", "tasnim-round.txt", "think-tank-commentary.txt"],
  },
  {
    // Session 2: first score events P 0.64 / R 0.47 / F1 0.55.
    name: "the second held-out set",
    floors: { roundsF1: 1, incidentsF1: 0.85, sanctionsF1: 0.92, published: 1, actorsF1: 0.97 },
    articles: ["almonitor-doha.txt", "eu-council-measures.txt", "guardian-live-strikes.txt", "lloyds-tanker-note.txt", "state-dept-designations.txt", "xinhua-erbil.txt"],
  },
  {
    // Session 3: first score events P 0.455 / R 0.263 / F1 0.333, actors F1 0.867, publication dates 11/12.
    // Incidents 0.85 since the tenth set joined: its report of the 1 April 2024 Damascus strike merges with
    // the Gulf News page's, and the merged record now cites a sentence the gold does not count. Rounds 0.92
    // since the eleventh joined: the Tehran Times' round planned "on Thursday" (15 April 2021) merges with
    // the eleventh set's report of it held that day (announced, then held).
    name: "the third held-out set",
    floors: { roundsF1: 1, incidentsF1: 0.85, sanctionsF1: 0.92, published: 1, actorsF1: 0.93 },
    articles: [
      "ap-metals-sanctions.txt",
      "arabnews-niovi.txt",
      "gulfnews-aries-attack.html",
      "lawfirm-qatar-waiver.txt",
      "mercer-street.md",
      "oped-jcpoa-2022.md",
      "primer-twelve-day-war.txt",
      "reuters-stena-impero.txt",
      "tehrantimes-vienna-natanz.txt",
      "timesofoman-postponed.txt",
      "treasury-shamkhani.txt",
      "whitehouse-nspm2.html",
    ],
  },
  {
    // Session 3, written while the fixes for the third set were made: first score events P 0.767 / R 0.50 /
    // F1 0.605, actors F1 0.88, publication dates 9/10. Floors at what the fixes it prompted reached.
    name: "the fourth held-out set",
    floors: { roundsF1: 0.85, incidentsF1: 0.89, sanctionsF1: 1, published: 1, actorsF1: 0.89 },
    articles: [
      "ap-global-hawk-shootdown.html",
      "chatham-abqaiq-explainer.txt",
      "dawn-editorial-pipeline.txt",
      "gulfnews-final-text-response.html",
      "law-firm-construction-sector-alert.txt",
      "liveblog-us-strikes-iraq-syria.md",
      "maritime-advisory-red-sea.txt",
      "reuters-gulf-of-oman-tankers.txt",
      "thenational-vienna-resumption.md",
      "treasury-shadow-fleet-oct2025.txt",
    ],
  },
  {
    // Session 3, the last: first score events P 0.769 / R 0.417 / F1 0.541, actors F1 0.943, publication
    // dates 6/8. Floors at what the fixes it prompted reached.
    name: "the fifth held-out set",
    floors: { roundsF1: 0.88, incidentsF1: 0.88, sanctionsF1: 1, published: 1, actorsF1: 0.94 },
    articles: [
      "beijing-accord-analysis.txt",
      "explainer-iran-pakistan-strikes.txt",
      "greek-tankers-seized.md",
      "muscat-second-round-postponed.txt",
      "st-nikolas-seizure.html",
      "treasury-teapot-refinery-release.txt",
      "wire-fakhrizadeh-absard.txt",
      "xinhua-saviz-vienna.txt",
    ],
  },
  {
    // Session 3, the last: first score events P 0.75 / R 0.50 / F1 0.60, actors F1 0.934, publication dates
    // 7/8. Floors at what the fixes it prompted reached.
    name: "the sixth held-out set",
    floors: { roundsF1: 0.66, incidentsF1: 1, sanctionsF1: 0.96, published: 1, actorsF1: 0.94 },
    articles: [
      "abu-dhabi-drone-attack.html",
      "afp-snapback-claim.txt",
      "hormuz-brief-newsletter.txt",
      "iaea-censure-india-view.txt",
      "muscat-talks-planned-2026.txt",
      "ps752-one-year-on.md",
      "treasury-morality-police.txt",
      "uk-iran-human-rights-sanctions-primer.txt",
    ],
  },
  {
    // Session 3, the last: first score events P 0.923 / R 0.364 / F1 0.522, actors F1 0.898, publication
    // dates 6/8. Floors at what the fixes it prompted reached.
    name: "the seventh held-out set",
    floors: { roundsF1: 0, incidentsF1: 0.81, sanctionsF1: 0.81, published: 0.87, actorsF1: 0.89 },
    articles: [
      "chronology-maximum-pressure.txt",
      "commentary-teapots-no-events.txt",
      "grace1-sails.html",
      "hankuk-chemi-seizure.md",
      "podcast-shadow-war-at-sea.txt",
      "tehran-daily-talks-postponed.txt",
      "treasury-uav-network-2023.txt",
      "wire-irgc-fto-2019.txt",
    ],
  },
  {
    // Session 3, the last: first score events P 0.778 / R 0.438 / F1 0.56, actors F1 0.938, publication dates
    // 8/8. Floors at what the fixes it prompted reached.
    name: "the eighth held-out set",
    floors: { roundsF1: 0.85, incidentsF1: 0, sanctionsF1: 0.82, published: 1, actorsF1: 0.93 },
    articles: [
      "e3-snapback-joint-statement.txt",
      "galaxy-leader-crew-freed.md",
      "lawfirm-iran-drones-russia-alert.txt",
      "live-blog-muscat-next-round.txt",
      "qa-unwritten-understanding.txt",
      "treasury-iran-air-russia-missiles.txt",
      "unsc-vote-regional-daily.html",
      "vienna-sixth-round-wire.txt",
    ],
  },
  {
    // Session 3, the last scored: first score events P 1.00 / R 0.591 / F1 0.743, actors F1 0.907, publication
    // dates 7/8. Floors at what the fixes it prompted reached.
    name: "the ninth held-out set",
    floors: { roundsF1: 1, incidentsF1: 0.86, sanctionsF1: 1, published: 1, actorsF1: 0.9 },
    articles: [
      "dhow-interdiction.md",
      "lawfirm-sanctions-roundup.txt",
      "liveblog-noor2-vienna.txt",
      "oman-mediator-shuttle.txt",
      "primer-enrichment-levels.txt",
      "shipping-press-hormuz-attempts.txt",
      "simorgh-launch.html",
      "treasury-teapot-refinery-march2025.txt",
    ],
  },
  {
    // Session 3, scored near the end and left as it was: first score events P 0.769 / R 0.714 / F1 0.741,
    // actors F1 0.907, publication dates 8/8. Other sets' fixes took it to events F1 0.764 (the twelfth's)
    // and 0.815 (the fourteenth's) with no rule written for it; in session 4 its "had frozen the assets of"
    // miss was fixed (0.852), so it is in-sample from then on.
    name: "the tenth held-out set",
    floors: { roundsF1: 0.88, incidentsF1: 0.75, sanctionsF1: 1, published: 1, actorsF1: 0.9 },
    articles: [
      "h10-ap-niovi-tanker.txt",
      "h10-capitol-wire-us-strikes.html",
      "h10-centcom-interdictions-factsheet.txt",
      "h10-guardian-uk-drone-sanctions.txt",
      "h10-ledger-sixth-round.md",
      "h10-ofac-petrochem-release.txt",
      "h10-primer-oman-channel.txt",
      "h10-shipping-fuel-smuggling.txt",
    ],
  },
  {
    // Session 3, after the tenth: first score events P 0.85 / R 0.68 / F1 0.756, actors F1 0.93, publication dates
    // 8/8. Floors at what the fixes it prompted reached.
    name: "the eleventh held-out set",
    floors: { roundsF1: 0.88, incidentsF1: 0.86, sanctionsF1: 0.87, published: 1, actorsF1: 0.92 },
    articles: [
      "h11-eu-listings-explainer-undated.txt",
      "h11-gulf-daily-stena-impero-2019.txt",
      "h11-html-tower22-strikes-2024.html",
      "h11-liveblog-doha-talks-2026.txt",
      "h11-primer-oman-channel-2025.txt",
      "h11-shipping-niovi-seizure-2023.md",
      "h11-treasury-metals-release-2020.txt",
      "h11-wire-vienna-second-round-2021.txt",
    ],
  },
  {
    // Session 3, the last: first score events P 0.92 / R 0.697 / F1 0.793, actors F1 0.944, publication dates
    // 8/8. Floors at what the fixes it prompted reached.
    name: "the twelfth held-out set",
    floors: { roundsF1: 0.85, incidentsF1: 0.99, sanctionsF1: 0.9, published: 1, actorsF1: 0.94 },
    articles: [
      "h12-01-treasury-teapot-refinery.txt",
      "h12-02-great-prophet-wire.txt",
      "h12-03-niovi-seizure.html",
      "h12-04-deterrence-analysis.txt",
      "h12-05-secondary-sanctions-primer.txt",
      "h12-06-houthi-arms-interdictions.txt",
      "h12-07-doha-fourth-round.md",
      "h12-08-law-firm-eu-uk-alert.txt",
    ],
  },
  {
    // Session 4: first score events P 0.722 / R 0.591 / F1 0.650, actors F1 0.912, publication dates 7/8.
    // The Riah wire's gold was then reviewed: its text never writes a year, so it is undated with no events
    // (see docs/quality.md). Floors at what the fixes it prompted reached.
    name: "the thirteenth held-out set",
    floors: { roundsF1: 0.8, incidentsF1: 0.9, sanctionsF1: 1, published: 1, actorsF1: 0.92 },
    articles: [
      "h13-drills-january.md",
      "h13-drone-primer.txt",
      "h13-greek-tankers-shipping.txt",
      "h13-muscat-contact-2026.html",
      "h13-ofac-uav-release.txt",
      "h13-riah-claim-wire.txt",
      "h13-sothys-denial.txt",
      "h13-tower22-liveblog.txt",
    ],
  },
  {
    // Session 4, scored after the thirteenth set's fixes: first score events P 0.667 / R 0.294 / F1 0.408,
    // actors F1 0.912, publication dates 7/8 (an EU release dated "09/01/2019", which either order reads).
    // Floors at what the fixes it prompted reached.
    name: "the fourteenth held-out set",
    floors: { roundsF1: 0.85, incidentsF1: 0.97, sanctionsF1: 0.88, published: 0.875, actorsF1: 0.91 },
    articles: [
      "h14-chabahar-waiver-lapses.html",
      "h14-eu-council-terrorist-list.txt",
      "h14-gulf-daily-tanker-boarding.txt",
      "h14-oped-sanctions-fatigue.txt",
      "h14-rome-second-round.md",
      "h14-timeline-road-to-vienna.txt",
      "h14-undated-war-risk-note.txt",
      "h14-wire-syria-drone-strikes.txt",
    ],
  },
  {
    // Session 4, scored after the fourteenth set's fixes: first score events P 0.780 / R 0.533 / F1 0.634,
    // actors F1 0.924, publication dates 7/8 (a long read's "Published online … | From the March issue").
    // Floors at what the fixes it prompted reached.
    name: "the fifteenth held-out set",
    floors: { roundsF1: 0.88, incidentsF1: 0.82, sanctionsF1: 0.79, published: 1, actorsF1: 0.92 },
    articles: [
      "h15-commons-library-iran-sanctions.txt",
      "h15-gulf-brief-week23.md",
      "h15-jmic-advisory-nov2022.txt",
      "h15-live-iran-missiles-israel-2024.html",
      "h15-magazine-brink-2019-2020.txt",
      "h15-presstv-rome-fifth-round.txt",
      "h15-state-factsheet-2020-actions.txt",
      "h15-wire-firebolt-warning-shots.txt",
    ],
  },
  {
    // Session 4, the last: first score events P 0.696 / R 0.432 / F1 0.533, actors F1 0.885, publication
    // dates 8/8. Its gold's sanction statuses and one authority were mapped to the schema's words before
    // scoring. Its misses were read in session 5 (a footnoted report's "On April 15, 11 vessels" read as
    // 2011, two rounds in one sentence, …); floors at what those fixes reached.
    name: "the sixteenth held-out set",
    floors: { roundsF1: 0.99, incidentsF1: 0.83, sanctionsF1: 0.82, published: 1, actorsF1: 0.88 },
    articles: [
      "h16-ap-strinda-red-sea.txt",
      "h16-brief-geneva-e3-planned.txt",
      "h16-crs-gulf-tensions-2020.txt",
      "h16-dw-e3-snapback-clock.txt",
      "h16-lawfirm-maritime-eo-2026.md",
      "h16-ona-third-round-muscat.txt",
      "h16-podcast-saildrones-vienna.txt",
      "h16-thinktank-tanker-year-2021.html",
    ],
  },
  {
    // Session 5, written blind by a helper and scored once after the sixteenth set's fixes: first score
    // events P 0.750 / R 0.387 / F1 0.511, actors F1 0.901, publication dates 8/8. Its gold's sanction
    // authorities were mapped to the schema's words before scoring. Floors at what its fixes reached.
    // Incidents 0.76 -> 0.75 in session 8, not for a change of rule: set 28 brought a CNN report of the 27
    // April 2023 seizure that names no ship ("a Marshall Islands-flagged oil tanker"), which the cross-document
    // merge keeps apart from the Advantage Sweet's record; Tasnim's lede here ("has impounded a foreign-flagged
    // oil tanker", 27-28 April) then fits two records and joins neither. Back to 0.78 in session 9: a ship
    // named on one side only no longer keeps two reports apart by the state named on the other.
    name: "the seventeenth held-out set",
    floors: { roundsF1: 0.82, incidentsF1: 0.78, sanctionsF1: 0.76, published: 1, actorsF1: 0.91 },
    articles: [
      "h17-eu-council-missile-drone-listings.txt",
      "h17-explainer-snapback-qa.md",
      "h17-factbox-standoff-key-dates.txt",
      "h17-liveblog-al-udeid-day.html",
      "h17-longread-pressure-valve.md",
      "h17-maritime-brief-khor-fakkan-boarding.txt",
      "h17-tasnim-navy-tanker-sea-of-oman.txt",
      "h17-timesofoman-third-round-2026.txt",
    ],
  },
  {
    // Session 5, the last: written blind by a helper, scored once at the end of the session: first score
    // events P 0.653 / R 0.444 / F1 0.529, actors F1 0.893, publication dates 8/8. Held out until session 6,
    // which read its misses (ten entries' kinds and instruments aligned to docs/quality.md's conventions,
    // each noted in the gold). Floors at what its fixes reached.
    name: "the eighteenth held-out set",
    floors: { roundsF1: 0.92, incidentsF1: 0.88, sanctionsF1: 0.96, published: 1, actorsF1: 0.91 },
    articles: [
      "h18-dawn-rome-round-postponed-2025.txt",
      "h18-interview-chokepoint-talara-2025.txt",
      "h18-marine-bulletin-hormuz-boarding-2026.txt",
      "h18-substack-weekly-snapback-2025.md",
      "h18-tehrantimes-fattah-unveiling-2023.html",
      "h18-thinktank-primer-muscat-2025.html",
      "h18-treasury-afgs-oil-network-2026.txt",
      "h18-wire-globalhawk-shootdown-2019.txt",
    ],
  },
  {
    // Session 6: written blind by a helper while set 18 was being read; first score events P 0.689 /
    // R 0.463 / F1 0.554, actors F1 0.856, publication dates 6/8 (0.661 after set 18's rules, before its
    // own misses were read). Brought in with three gold entries aligned to docs/quality.md (an E3 session
    // is a round, a tariff order is `tariff`, year-only background is no event). Floors at what its fixes reached.
    name: "the nineteenth held-out set",
    floors: { roundsF1: 0.96, incidentsF1: 0.91, sanctionsF1: 0.92, published: 1, actorsF1: 0.86 },
    articles: [
      "h19-afp-wire-iran-downs-us-drone-hormuz-2019.txt",
      "h19-explainer-md-us-iran-talks-rounds-tracker-2026.md",
      "h19-gulfchronicle-us-strikes-iraq-syria-after-tower22-2024.html",
      "h19-irna-araghchi-rome-fifth-round-readout-2025.txt",
      "h19-lloydslist-st-nikolas-suezmax-seized-gulf-of-oman-2024.txt",
      "h19-ofac-recent-actions-qods-force-oil-network-2022.txt",
      "h19-podcast-transcript-chokepoint-hormuz-undated.txt",
      "h19-un-press-security-council-snapback-vote-2025.txt",
    ],
  },
  {
    // Session 6: written blind by a helper while set 19 was being read; first score events P 0.729 /
    // R 0.453 / F1 0.558, actors F1 0.816, publication dates 5/8 (unchanged by the brief-reading fixes made
    // before it was read). Then read and fixed; brought in with three gold entries aligned to
    // docs/quality.md (two tariff orders, a two-day round's interval), each noted. Floors at what its fixes reached.
    name: "the twentieth held-out set",
    floors: { roundsF1: 0.85, incidentsF1: 0.879, sanctionsF1: 0.87, published: 1, actorsF1: 0.81 },
    articles: [
      "h20-hfac-subcommittee-prepared-statement-iran-proxies-shipping.txt",
      "h20-markets-oil-geneva-round-secondary-tariffs-iran-buyers.txt",
      "h20-newsletter-strait-talk-round-four-back-on-rumours.md",
      "h20-ofsi-financial-sanctions-notice-iran-nuclear-un-measures-reapplied.txt",
      "h20-persian-daily-translation-vienna-fourth-round-begins.txt",
      "h20-tasnim-army-day-parade-aries-seizure-naval-missile-drill.txt",
      "h20-thinktank-timeline-us-iran-flashpoints-2019-2026.html",
      "h20-wire-irgc-seizes-tanker-hormuz-update-correction.txt",
    ],
  },
  {
    // Session 6: written blind by a helper (told the kinds and instruments conventions) while set 20 was
    // being read; first score events P 0.784 / R 0.471 / F1 0.588, actors F1 0.846, publication dates 5/8.
    // Then read and fixed; brought in with two multi-day dates aligned to their intervals, each noted.
    // Floors at what its fixes reached.
    name: "the twenty-first held-out set",
    floors: { roundsF1: 0.82, incidentsF1: 0.81, sanctionsF1: 0.83, published: 1, actorsF1: 0.84 },
    articles: [
      "h21-ap-today-in-history-jan3-soleimani.txt",
      "h21-gulf-daily-tanker-seized-off-abu-musa.txt",
      "h21-indian-daily-stena-impero-indian-crew.txt",
      "h21-israeli-liveblog-day10-us-strikes-iran-barrage.txt",
      "h21-radio-transcript-snapback-week-corrections.txt",
      "h21-rfj-reward-offer-irgc-oil-network.txt",
      "h21-risk-consultancy-hormuz-briefing-2026.md",
      "h21-thinktank-vienna-talks-autopsy-2022.html",
    ],
  },
  {
    // Session 6, the last: written blind by a helper (told the conventions), scored once before any rule was
    // read from it: first score events P 0.719 / R 0.484 / F1 0.579, actors F1 0.896, publication dates 7/8.
    // Read in session 7 (events F1 0.876, 8/8 dates): a form's fields, timelines in capitals and present tense,
    // "came a week after", asides between dashes. Three dhow interdictions its writer had as `other` were
    // aligned to the corpus's `vessel-seizure` (see docs/quality.md).
    name: "the twenty-second held-out set",
    floors: { roundsF1: 0.9, incidentsF1: 0.88, sanctionsF1: 0.83, published: 1, actorsF1: 0.92 },
    articles: [
      "h22-aljazeera-explainer-third-round-oman-port-blast-2025.txt",
      "h22-centcom-release-dhow-interdiction-houthi-strikes-2024.txt",
      "h22-chesapeake-ledger-drone-shootdown-tankers-2019.html",
      "h22-eu-council-listings-irisl-missiles-russia-2024.txt",
      "h22-france24-geneva-e3-araghchi-war-2025.txt",
      "h22-pandi-circular-hormuz-seizures-advisory-undated.txt",
      "h22-reuters-timeline-muscat-to-snapback-2025.txt",
      "h22-substack-former-official-muscat-geneva-2026.md",
    ],
  },
  {
    // Session 7: written blind by a helper (told the conventions), scored once, before any rule was read
    // from it: first score events P 0.791 / R 0.630 / F1 0.701, actors F1 0.829, publication dates 7/8
    // (the same with the code session 7 started from). Read in session 8: a year-first stamp
    // ("2021.04.09 15:12 KST"), "later Friday", "came a month after", ships "damaged in two blasts",
    // "carried out a limited strike.", a third state's leader meeting Iran's, "would be rescheduled",
    // an order applying a tariff, a snapback "reviving terminated resolutions", a framework widened to cover,
    // a press conference's "Q (IRNA):", ships by their crew. Two gold entries aligned to the rules (notes say so).
    name: "the twenty-third held-out set",
    floors: { roundsF1: 0.92, incidentsF1: 0.79, sanctionsF1: 0.91, published: 1, actorsF1: 0.85 },
    articles: [
      "h23-bloomberg-style-oil-wrap-2025.txt",
      "h23-ekathimerini-greek-tankers-2022.html",
      "h23-house-hearing-qa-excerpt-2023.txt",
      "h23-iran-mfa-weekly-briefing-2026.txt",
      "h23-kyodo-japan-tanker-2019.txt",
      "h23-politifact-factcheck-ainalasad-2020.txt",
      "h23-wiki-timeline-section-undated.md",
      "h23-yonhap-hankuk-chemi-2021.txt",
    ],
  },
  {
    // Session 8: written blind by a helper (told the conventions) in styles not used before, scored once
    // after set 23's rules: first score events P 0.903 / R 0.560 / F1 0.691, actors F1 0.903, publication
    // dates 8/8 - the same with the code session 8 started from (set 23's rules neither helped nor hurt it).
    // Read later in session 8: a day inside "this week", a participle's subject and day, ships taken in an
    // aside or the passive, "met … and again on", "the last of them", measures "brought back".
    name: "the twenty-fourth held-out set",
    floors: { roundsF1: 0.94, incidentsF1: 0.86, sanctionsF1: 0.89, published: 1, actorsF1: 0.9 },
    articles: [
      "h24-anadolu-venue-switch.txt",
      "h24-broker-war-risk-bulletin.md",
      "h24-doj-forfeiture-complaint.txt",
      "h24-explainer-snapback-questions.txt",
      "h24-globaltimes-tariff-commentary.txt",
      "h24-hansard-hormuz-uq.txt",
      "h24-osint-ais-hormuz-blog.txt",
      "h24-state-briefing.html",
    ],
  },
  {
    // Session 8: written blind by a helper (told the conventions) in styles not used before, scored once
    // after set 24's rules: first score events P 0.629 / R 0.423 / F1 0.506, actors F1 0.916, publication
    // dates 5/8 - the same with the code session 8 started from. Read later in session 8: date lines with a
    // clock and a place, a Hijri-and-Gregorian line, "two days later" from the latest day told, "a week ago
    // today", offensives "launched on" a day, "killed in a US strike", "is rescheduling the meeting".
    name: "the twenty-fifth held-out set",
    floors: { roundsF1: 0.55, incidentsF1: 0.74, sanctionsF1: 0.9, published: 1, actorsF1: 0.91 },
    articles: [
      "h25-01-translated-paris-daily.txt",
      "h25-02-muscat-mfa-statement.txt",
      "h25-03-commodities-desk-note.txt",
      "h25-04-kurdish-outlet-page.html",
      "h25-05-seminar-summary.md",
      "h25-06-scoop-unnamed-officials.txt",
      "h25-07-weekly-email-digest.txt",
      "h25-08-telegram-monitoring-roundup.txt",
    ],
  },
  {
    // Session 8: written blind by a helper (told the conventions), scored once after set 25's rules: first
    // score events P 0.786 / R 0.623 / F1 0.695, actors F1 0.842, publication dates 6/8 (the code session 8
    // started from: F1 0.660 - the first set this session's rules moved). Read later in session 8: a masthead
    // in capitals ending on its date, a line opening on its weekday and date, "On Saturday last", "began
    // striking", "announced the same day that it had reinstated".
    name: "the twenty-sixth held-out set",
    floors: { roundsF1: 0.75, incidentsF1: 0.81, sanctionsF1: 0.91, published: 1, actorsF1: 0.84 },
    articles: [
      "h26-arab-news-analysis.md",
      "h26-congressional-record-floor.txt",
      "h26-counterpoint-transcript.txt",
      "h26-court-forfeiture-digest.txt",
      "h26-indian-navy-release.txt",
      "h26-mofa-japan-presser.txt",
      "h26-natsec-morning.html",
      "h26-turkish-column.txt",
    ],
  },
  {
    // Session 8: written blind by a helper (told the conventions) in styles not used before, scored once
    // after set 26's rules: first score events P 0.810 / R 0.395 / F1 0.531, actors F1 0.825, publication
    // dates 6/8. On the seven of its articles the starting code could score (its eval read one gold quote of
    // an HTML page as missing), that code scored F1 0.561 against 0.536. Read later in session 8: a date in
    // a web address's path, "a cruise missile hit", measures "back in effect", "the reimposition of United
    // Nations sanctions", dialogue "called for". A TASS dateline without a year stays undated.
    // Incidents 0.75 -> 0.73 in session 9, for a truer record: the plenary's "For twelve days, from 13 to 24
    // June, … Iranian ballistic missiles fell on Israeli cities" had been merged into the 23 June launch at Al
    // Udeid (and made Israel an initiator of it); a campaign that lasted now stays apart, and its gold, which
    // leaves the campaign out, counts it spurious.
    name: "the twenty-seventh held-out set",
    floors: { roundsF1: 0.58, incidentsF1: 0.73, sanctionsF1: 0.8, published: 0.875, actorsF1: 0.82 },
    articles: [
      "h27-01-national-gulf-restraint.txt",
      "h27-02-fdfa-protecting-power.txt",
      "h27-03-student-snapback-explainer.md",
      "h27-04-canada-sema-release.html",
      "h27-05-qatar-mfa-doha-talks.txt",
      "h27-06-tass-ryabkov-uranium.txt",
      "h27-07-ep-plenary-debate.txt",
      "h27-08-carrier-customer-advisory.txt",
    ],
  },
  {
    // Session 8: written blind by a helper asked this time for ordinary coverage in the voices of
    // mainstream outlets (Washington Post, CNN, BBC, New York Times, Guardian, Al Jazeera English, Financial
    // Times, Wall Street Journal), scored once after set 27's rules: first score events P 0.833 / R 0.703 /
    // F1 0.763, actors F1 0.897, publication dates 8/8 (the code session 8 started from: F1 0.752). Read
    // later in session 8: bare weekdays ("signed the order Friday,"), a lower-cased "state department",
    // talks that "remain frozen", "since January 2020, after …".
    name: "the twenty-eighth held-out set",
    floors: { roundsF1: 0.92, incidentsF1: 0.85, sanctionsF1: 0.78, published: 1, actorsF1: 0.89 },
    articles: [
      "h28-aje-udeid-ceasefire.txt",
      "h28-bbc-rome-postponed.txt",
      "h28-cnn-advantage-sweet.html",
      "h28-ft-teapot-refiners.md",
      "h28-guardian-tower22.txt",
      "h28-nyt-vienna-analysis.txt",
      "h28-wapo-global-hawk.txt",
      "h28-wsj-tariff-oil.txt",
    ],
  },
  {
    // Session 8: ordinary coverage again, in the voices of eight other mainstream outlets (Sky News, The
    // Times, Axios, The Economist, CBS News, ABC News Australia, the South China Morning Post, NBC News),
    // written blind and scored once after set 28's rules: first score events P 0.900 / R 0.643 / F1 0.750,
    // actors F1 0.919, publication dates 8/8 - the same as the code session 8 started from. Read later in
    // session 8 (a day chrono dropped before a capitalised word; "than either side expected"). Most of what
    // it still misses is an undated analysis whose days have no year written before them.
    // Incidents floor lowered in session 13 (0.83 → 0.81): "…, in what Tehran called retaliation for a deadly
    // strike on its embassy compound in Syria earlier this month" is now a strike of its own (April 1-13, read
    // right in its article), which this gold leaves out; across the corpus the vague report then joins another
    // article's 13 April strike (the greedy placement noted in the README), so it counts as one spurious record.
    name: "the twenty-ninth held-out set",
    floors: { roundsF1: 0.72, incidentsF1: 0.81, sanctionsF1: 0.66, published: 1, actorsF1: 0.91 },
    articles: [
      "h29-abc-au-iran-israel-attack.txt",
      "h29-axios-rome-round.md",
      "h29-cbs-iraq-syria-strikes.html",
      "h29-economist-snapback.txt",
      "h29-nbc-ain-al-asad.txt",
      "h29-scmp-tariff-iran-oil.txt",
      "h29-sky-stena-impero.txt",
      "h29-times-vienna.txt",
    ],
  },
  {
    // Session 8, last: ordinary coverage from eight more outlets (The Telegraph, USA Today, The Irish Times,
    // Middle East Eye, The Jerusalem Post, The Independent, Iran International, Nikkei Asia), written blind
    // and scored once after set 29's rules: first score events P 0.911 / R 0.810 / F1 0.857, actors F1
    // 0.909, publication dates 8/8 (the code session 8 started from: F1 0.821). Read in session 9 (two golds
    // aligned: the Mesdar, boarded and let go, is harassment; the E3's trigger is a snapback announced);
    // floors at what its fixes reached.
    name: "the thirtieth held-out set",
    floors: { roundsF1: 0.96, incidentsF1: 0.93, sanctionsF1: 1, published: 1, actorsF1: 0.91 },
    articles: [
      "h30-independent-snapback.txt",
      "h30-iranintl-muscat-talks.html",
      "h30-irishtimes-vienna-resumption.txt",
      "h30-jpost-ceasefire-takeaways.txt",
      "h30-mee-rome-round-postponed.md",
      "h30-nikkei-asian-shipowners-undated.txt",
      "h30-telegraph-stena-impero.txt",
      "h30-usatoday-ain-al-asad-live.txt",
    ],
  },
  {
    // Session 9: ordinary coverage from eight outlets not used before (Deutsche Welle, The Hill, Euronews,
    // Asharq Al-Awsat, Defense News, Haaretz, Politico, NPR), written blind and scored once after set 30's
    // rules: first score events P 0.829 / R 0.618 / F1 0.708, actors F1 0.922, publication dates 7/8 (the
    // code session 9 started from scored the same). Its gold's authority "un" and statuses "lapsed" and
    // "initiated" were mapped to the schema's words before scoring; read in session 9 (the Ukraine airliner
    // aligned to 'other'); floors at what its fixes reached.
    name: "the thirty-first held-out set",
    floors: { roundsF1: 0.96, incidentsF1: 0.94, sanctionsF1: 0.92, published: 1, actorsF1: 0.92 },
    articles: [
      "h31-aawsat-doha-proximity-talks.txt",
      "h31-defensenews-hormuz-reinforcements.html",
      "h31-dw-stena-impero-seizure.txt",
      "h31-euronews-vienna-seventh-round.txt",
      "h31-haaretz-ballistic-barrage.txt",
      "h31-npr-snapback-explainer.txt",
      "h31-politico-rome-round.md",
      "h31-thehill-metals-sanctions.txt",
    ],
  },
  {
    // Session 9, last: ordinary coverage from eight more outlets (Fox News, Press TV, Foreign Policy, Voice of
    // America, TradeWinds, The Times of India, the Stimson Center, The Straits Times), written blind and
    // scored once after set 31's rules: first score events P 0.792 / R 0.704 / F1 0.745, actors F1 0.940,
    // publication dates 8/8 (the code session 9 started from: F1 0.745, actors 0.938). Held out through
    // session 9; read in session 10 (events F1 0.757 → 0.862), floors at what its fixes reached.
    name: "the thirty-second held-out set",
    floors: { roundsF1: 0.76, incidentsF1: 0.86, sanctionsF1: 0.91, published: 1, actorsF1: 0.93 },
    articles: [
      "h32-foreignpolicy-vienna-seventh-round.md",
      "h32-foxnews-khamenei-sanctions.txt",
      "h32-presstv-ain-al-asad.txt",
      "h32-stimson-snapback-explainer.txt",
      "h32-straitstimes-muscat-talks.txt",
      "h32-timesofindia-msc-aries.txt",
      "h32-tradewinds-niovi-advantage-sweet.txt",
      "h32-voa-doha-talks.html",
    ],
  },
  {
    // Session 10: eight more outlets (Splash247, a Steptoe client alert, RFE/RL, CNBC, CBC News, The Times of
    // Israel, the Arms Control Association, Lawfare), written blind and scored once after set 32's rules:
    // first score events P 0.759 / R 0.554 / F1 0.641, actors F1 0.811, publication dates 7/8 (the code
    // session 10 started from scored the same). Read in session 10 (events F1 0.641 → 0.884 within the whole
    // corpus). Its gold lists states named only as places less often than the earlier golds, so its actors
    // F1 is lower for the same reading.
    // Session 14: incidents 0.9 → 0.87. "US warplanes have struck Houthi targets … almost daily since March 15"
    // joined another article's 15 March strike across the corpus; set 39's Oman Observer report of that campaign
    // now takes that group first, and the "since" span stays a record of its own (the greedy placement noted in
    // merge.ts `groupDated`). The article reads as before.
    name: "the thirty-third held-out set",
    floors: { roundsF1: 0.96, incidentsF1: 0.87, sanctionsF1: 0.8, published: 1, actorsF1: 0.81 },
    articles: [
      "h33-armscontrol-snapback-analysis.md",
      "h33-cbc-gulf-marines-deployment.txt",
      "h33-cnbc-doha-talks-oil.txt",
      "h33-lawfare-war-powers-iran.txt",
      "h33-rferl-vienna-seventh-round.txt",
      "h33-splash247-stena-impero-seizure.txt",
      "h33-steptoe-ofac-iran-banks.txt",
      "h33-timesofisrael-oman-talks-saturday.html",
    ],
  },
  {
    // Session 10, last: eight more outlets (Khaleej Times, a Gibson Dunn client alert, Mehr News, Al-Monitor,
    // Seatrade Maritime, the Washington Institute, Critical Threats' Iran Update, Amwaj.media), written blind
    // and scored once with the code session 10 ended with: first score events P 0.688 / R 0.620 / F1 0.652,
    // actors F1 0.908, publication dates 8/8 (the code session 10 started from: F1 0.642). Its misses were
    // not read in session 10. Read in session 11 (events F1 0.652 → 0.828 within the whole corpus); its gold
    // leaves out called-off rounds and files a sabotage attack as a strike, where the earlier golds differ.
    // Rounds floor lowered in session 12 (0.6 → 0.54): "said the round had stalled because …" is no longer
    // read as a round held; its month came from another clause and had matched the gold's series by chance.
    name: "the thirty-fourth held-out set",
    floors: { roundsF1: 0.54, incidentsF1: 0.87, sanctionsF1: 0.85, published: 1, actorsF1: 0.9 },
    articles: [
      "h34-almonitor-doha-talks-end.html",
      "h34-amwaj-muscat-again.txt",
      "h34-criticalthreats-iran-update-june-23.txt",
      "h34-gibsondunn-iran-snapback-sanctions.txt",
      "h34-khaleejtimes-iran-downs-us-drone.txt",
      "h34-mehrnews-vienna-sixth-round-ends.txt",
      "h34-seatrade-niovi-seizure.txt",
      "h34-washingtoninstitute-before-muscat.md",
    ],
  },
  {
    // Session 11, last: eight more outlets (Newsweek, The Globe and Mail, The Sydney Morning Herald, the
    // International Crisis Group, Just Security, Daily Sabah, gCaptain, Breaking Defense), written blind and
    // scored once with the code session 11 ended with: first score events P 0.768 / R 0.597 / F1 0.672, actors
    // F1 0.907, publication dates 8/8 (the code session 11 started from scored the same). Its misses were not
    // read in session 11. Read in session 12 (events F1 0.672 → 0.848 within the whole corpus); floors raised to it.
    name: "the thirty-fifth held-out set",
    floors: { roundsF1: 0.9, incidentsF1: 0.84, sanctionsF1: 0.79, published: 1, actorsF1: 0.91 },
    articles: [
      "h35-breakingdefense-saildrone-seizures.txt",
      "h35-crisisgroup-snapback-after.md",
      "h35-dailysabah-fidan-istanbul-offer.txt",
      "h35-gcaptain-irgc-fuel-smuggling-tanker.txt",
      "h35-globeandmail-ps752-admission.txt",
      "h35-justsecurity-st-nikolas-countermeasures.html",
      "h35-newsweek-khamenei-sanctions-drone.txt",
      "h35-smh-hormuz-frigate.txt",
    ],
  },
  {
    // Session 12, last: eight more outlets (Hindustan Times, Business Insider, The Atlantic, Hellenic Shipping
    // News, Military Times, Kayhan Life, Oilprice.com, Lloyd's List), written blind and scored once with the code
    // session 12 ended with: first score events P 0.833 / R 0.556 / F1 0.667, actors F1 0.868, publication dates
    // 6/8 (the code session 12 started from scored the same). Read in session 13 (events F1 0.667 → 0.926
    // within the whole corpus; publication dates 8/8); floors raised to it.
    name: "the thirty-sixth held-out set",
    floors: { roundsF1: 1, incidentsF1: 0.95, sanctionsF1: 0.76, published: 1, actorsF1: 0.87 },
    articles: [
      "h36-businessinsider-trump-called-off-strikes.txt",
      "h36-hellenicshippingnews-msc-aries-seizure.txt",
      "h36-hindustantimes-us-strikes-fordow-natanz.txt",
      "h36-kayhanlife-snapback-un-sanctions-return.md",
      "h36-lloydslist-us-widens-iran-petroleum-sanctions.txt",
      "h36-militarytimes-navy-thwarts-tanker-seizures.html",
      "h36-oilprice-rome-round-treasury-sanctions.txt",
      "h36-theatlantic-the-deal-that-keeps-dying.txt",
    ],
  },
  {
    // Session 13, last: eight more outlets (War on the Rocks, Carnegie Endowment, Anadolu Agency, Tasnim, France 24,
    // S&P Global Commodity Insights, Al Arabiya, Maritime Executive), written blind and scored once with the code
    // session 13 ended with: first score events P 0.875 / R 0.742 / F1 0.803, actors F1 0.912, publication dates
    // 8/8 (the code session 13 started from: F1 0.793). Read in session 14 (events F1 0.803 → 0.871 within the
    // whole corpus); floors raised to it.
    name: "the thirty-seventh held-out set",
    floors: { roundsF1: 0.94, incidentsF1: 0.87, sanctionsF1: 0.78, published: 1, actorsF1: 0.91 },
    articles: [
      "h37-alarabiya-prisoner-swap-qatar-funds.txt",
      "h37-anadoluagency-us-sanctions-after-iran-missile-strikes.txt",
      "h37-carnegieendowment-vienna-pause-what-next.md",
      "h37-france24-us-strikes-fordow-ceasefire.html",
      "h37-maritimeexecutive-irgc-seizes-tanker-muscat-talks.txt",
      "h37-spglobalcommodityinsights-snapback-iran-crude-exports.txt",
      "h37-tasnimnews-fourth-round-muscat-araghchi.txt",
      "h37-warontherocks-hormuz-summer-escalation-ladder.txt",
    ],
  },
  {
    // Session 14, last: eight more outlets (Xinhua, IRNA, The Cradle, Arab News, Middle East Monitor, Atlantic
    // Council, Chatham House, Argus Media), written blind and scored once with the code session 14 ended with:
    // first score events P 0.833 / R 0.529 / F1 0.647, actors F1 0.885, publication dates 6/8 (the code session 14
    // started from scored the same). Read later in session 14 (events F1 0.647 → 0.781 within the whole corpus);
    // floors raised to it. Its two yearless wire datelines ("TEHRAN, May 27 (IRNA) -") stay unread: only the
    // weekday of the lead could give their year, and that would be a guess.
    name: "the thirty-eighth held-out set",
    floors: { roundsF1: 0.78, incidentsF1: 0.74, sanctionsF1: 0.83, published: 0.75, actorsF1: 0.88 },
    articles: [
      "h38-arabnews-iran-downs-us-drone.html",
      "h38-argusmedia-us-sanctions-third-teapot.txt",
      "h38-atlanticcouncil-snapback-what-next.txt",
      "h38-chathamhouse-hormuz-seizure-playbook.txt",
      "h38-irna-irgc-greek-tankers.txt",
      "h38-middleeastmonitor-vienna-talks-pause.md",
      "h38-thecradle-muscat-talks-under-fire.txt",
      "h38-xinhua-iran-us-muscat-talks.txt",
    ],
  },
  {
    // Session 14, last: eight more outlets (Bloomberg, RUSI, TankerTrackers, Politico Europe, Fars News, Oman
    // Observer, Responsible Statecraft, Windward), written blind while set 38 was read, and scored once with the
    // code session 14 ended with: first score events P 0.894 / R 0.553 / F1 0.683, actors F1 0.883, publication
    // dates 8/8 (the code session 14 started from: F1 0.667). Read in session 15 (events F1 0.683 → 0.838 within
    // the whole corpus); floors raised to it.
    name: "the thirty-ninth held-out set",
    floors: { roundsF1: 0.97, incidentsF1: 0.81, sanctionsF1: 0.71, published: 1, actorsF1: 0.88 },
    articles: [
      "h39-bloomberg-iran-indirect-oman-talks-treasury.txt",
      "h39-farsnews-irgc-downs-us-spy-drone.txt",
      "h39-omanobserver-fourth-round-muscat.md",
      "h39-politicoeurope-playbook-e3-snapback.html",
      "h39-responsiblestatecraft-muscat-redux-armada.txt",
      "h39-rusi-talara-hostage-diplomacy-at-sea.txt",
      "h39-tankertrackers-greek-tankers-lana-cargo.txt",
      "h39-windward-hormuz-risk-seizures-jamming.txt",
    ],
  },
  {
    // Session 15: eight more outlets (Gulf Times, Shana, IFP News, Al-Mayadeen English, The Diplomat, Defense One,
    // Energy Intelligence, i24NEWS), written blind while set 39 was read, and scored once with the code session 15
    // ended with: first score events P 0.796 / R 0.709 / F1 0.750, actors F1 0.840, publication dates 8/8 (the code
    // session 15 started from scored the same F1). Read in session 16 (events F1 0.750 -> 0.862 on the set alone);
    // floors at its score within the whole corpus.
    name: "the fortieth held-out set",
    floors: { roundsF1: 0.88, incidentsF1: 0.91, sanctionsF1: 0.79, published: 1, actorsF1: 0.83 },
    articles: [
      "h40-almayadeen-us-aggression-iraq-syria.txt",
      "h40-defenseone-gulf-buildup-tankers.html",
      "h40-energyintel-shadow-fleet-squeeze.txt",
      "h40-gulftimes-muscat-third-round.txt",
      "h40-i24news-natanz-vienna-shadow.txt",
      "h40-ifpnews-irgc-fuel-tanker.txt",
      "h40-shana-owji-sanctions-exports.txt",
      "h40-thediplomat-abe-tehran-tankers.md",
    ],
  },
  {
    // Session 16: eight more outlets (Stratfor/RANE, Asia Times, TRT World, Naval News, Semafor, Euractiv, the Middle
    // East Institute, Eurasia Review), written blind while set 40 was read, and scored once with the code session 16
    // ended with: first score events P 0.837 / R 0.488 / F1 0.617, actors F1 0.795, publication dates 6/8 (the code
    // session 16 started from scored the same). Read in session 17 (events F1 0.617 -> 0.808 on the set alone); floors
    // at its score within the whole corpus.
    name: "the forty-first held-out set",
    floors: { roundsF1: 0.91, incidentsF1: 0.76, sanctionsF1: 0.83, published: 1, actorsF1: 0.79 },
    articles: [
      "h41-asiatimes-adrian-darya-tanker.txt",
      "h41-euractiv-snapback-eu-reimposes.txt",
      "h41-eurasiareview-shadow-war-open.txt",
      "h41-mei-vienna-lessons.txt",
      "h41-navalnews-msc-aries-seizure.html",
      "h41-semafor-prisoner-swap-doha.md",
      "h41-stratfor-muscat-narrow-channel.txt",
      "h41-trtworld-soleimani-aftermath.txt",
    ],
  },
  {
    // Session 17: eight more outlets (USNI News, IranWire, ECFR, MEES, Le Monde in English, The Intercept, Brookings,
    // The Hindu), written blind at the session's start and scored with the code session 17 started from: first score
    // events P 0.776 / R 0.563 / F1 0.652, actors F1 0.862, publication dates 7/8. Set 41's rules had moved it to 0.662
    // by the time it was read, in the same session (0.662 -> 0.830 on the set alone); floors at its score within the
    // whole corpus.
    name: "the forty-second held-out set",
    floors: { roundsF1: 0.97, incidentsF1: 0.78, sanctionsF1: 0.8, published: 1, actorsF1: 0.86 },
    articles: [
      "h42-brookings-mediated-diplomacy.txt",
      "h42-ecfr-snapback-exit.md",
      "h42-intercept-soleimani-imminent.txt",
      "h42-iranwire-muscat-fourth-round.txt",
      "h42-lemonde-ceasefire-al-udeid.html",
      "h42-mees-hormuz-tanker-seizures.txt",
      "h42-thehindu-chabahar-snapback.txt",
      "h42-usni-boxer-drone-hormuz.txt",
    ],
  },
  {
    // Session 17: eight more outlets (Bellingcat, Jane's Defence Weekly, Tehran Bureau, Kpler, Deutsche Welle, ABC News
    // (Australia), Nikkei Asia, The National Interest), written blind while set 42 was read, and scored once with the
    // code session 17 ended with: first score events P 0.825 / R 0.618 / F1 0.707, actors F1 0.870, publication dates
    // 8/8 (the code session 17 started from scored the same F1). Its misses were read in session 18 (0.707 -> 0.819 on
    // the set alone); floors raised to its score within the whole corpus.
    name: "the forty-third held-out set",
    floors: { roundsF1: 0.97, incidentsF1: 0.77, sanctionsF1: 0.76, published: 1, actorsF1: 0.87 },
    articles: [
      "h43-abcnews-iran-missiles-adf-safe.txt",
      "h43-bellingcat-stena-impero-hormuz.txt",
      "h43-dw-eu-reimposes-iran-sanctions.html",
      "h43-janes-midnight-hammer-udeid.txt",
      "h43-kpler-iran-crude-snapback.txt",
      "h43-nationalinterest-why-muscat-keeps-getting-the-call.txt",
      "h43-nikkeiasia-tanker-attacks-abe-tehran.txt",
      "h43-tehranbureau-muscat-cautious-bet.md",
    ],
  },
  {
    // Session 18: eight more outlets (Foreign Affairs, CSIS, Responsible Statecraft, Eurasianet, Der Spiegel, Muscat Daily,
    // Sputnik, RAND), written blind at the session's start and scored with the code session 18 started from: first score
    // events P 0.702 / R 0.506 / F1 0.588, actors F1 0.890, publication dates 7/8. Read in session 18 (0.588 -> 0.861 on
    // the set alone); floors at its score within the whole corpus.
    name: "the forty-fourth held-out set",
    floors: { roundsF1: 0.93, incidentsF1: 0.86, sanctionsF1: 0.8, published: 1, actorsF1: 0.89 },
    articles: [
      "h44-csis-snapback-explainer.md",
      "h44-eurasianet-armenia-border-trade.txt",
      "h44-foreignaffairs-muscat-channel.txt",
      "h44-muscatdaily-first-round.txt",
      "h44-rand-sanctions-by-the-numbers.txt",
      "h44-responsiblestatecraft-sixth-round.txt",
      "h44-spiegel-geneva-e3-talks.html",
      "h44-sputnik-msc-aries-seizure.txt",
    ],
  },
  {
    // Session 18: eight more outlets (Israel Hayom, Radio Farda, ISNA, Zawya, Ambrey, Bahrain News Agency, Caspian News,
    // Crisis24), written blind while set 44 was read: first score with the code session 18 started from events P 0.870 /
    // R 0.671 / F1 0.758, actors F1 0.839, publication dates 8/8 (the same with the code of set 44's rules). Read in
    // session 18 (0.758 -> 0.824 on the set alone); floors at its score within the whole corpus.
    name: "the forty-sixth held-out set",
    floors: { roundsF1: 0.94, incidentsF1: 0.79, sanctionsF1: 0.75, published: 1, actorsF1: 0.83 },
    articles: [
      "h46-ambrey-st-nikolas-seizure.txt",
      "h46-bna-cabinet-session.txt",
      "h46-caspiannews-us-iran-explainer.txt",
      "h46-crisis24-hormuz-drone-tanker.txt",
      "h46-isna-fourth-round-postponed.txt",
      "h46-israelhayom-muscat-analysis.html",
      "h46-radiofarda-metals-sanctions.txt",
      "h46-zawya-snapback-markets.md",
    ],
  },
  {
    // Session 18: eight more outlets (The New Arab, IISS, NHK World-Japan, The Korea Herald, The Express Tribune, Gulf
    // Business, SWI swissinfo.ch, The Moscow Times), written blind while set 46 was read: first score with the code
    // session 18 started from events P 0.709 / R 0.557 / F1 0.624, actors F1 0.905, publication dates 8/8 (0.619 with the
    // code of sets 44 and 46). Read in session 18 (0.619 -> 0.736 on the set alone); floors at its score within the
    // whole corpus.
    name: "the forty-seventh held-out set",
    floors: { roundsF1: 0.85, incidentsF1: 0.71, sanctionsF1: 0.7, published: 1, actorsF1: 0.9 },
    articles: [
      "h47-gulfbusiness-shamkhani-sanctions.txt",
      "h47-iiss-after-the-strikes.txt",
      "h47-koreaherald-hankuk-chemi-seized.txt",
      "h47-moscowtimes-kremlin-tehran.txt",
      "h47-newarab-rome-second-round.html",
      "h47-nhk-fourth-round-postponed.txt",
      "h47-swissinfo-protecting-power.md",
      "h47-tribune-snapback-explained.txt",
    ],
  },
  {
    // Session 18: eight more outlets (The Cipher Brief, Hürriyet Daily News, The Japan Times, dpa, Kuwait Times, The
    // Arab Weekly, The War Zone, Crowell & Moring), written blind while set 44 was read and scored once with the code
    // session 18 ended with: first score events P 0.878 / R 0.531 / F1 0.662, actors F1 0.913, publication dates 7/8 (the
    // code session 18 started from scored 0.651). Read in session 19; floors at its score within the whole corpus.
    // (Rounds 0.80 → 0.77 in session 23: a later set's "met … in New York last week" joins the General Assembly
    // meeting this set dates to a day, and the merged record keeps the week; see the merge rule on vague reports.)
    name: "the forty-fifth held-out set",
    floors: { roundsF1: 0.77, incidentsF1: 0.79, sanctionsF1: 0.78, published: 0.87, actorsF1: 0.91 },
    articles: [
      "h45-cipherbrief-window-closed.txt",
      "h45-crowell-eo13902-iran-sectors.md",
      "h45-dpa-rome-second-round.txt",
      "h45-hurriyetdailynews-istanbul-e3-talks.txt",
      "h45-japantimes-quiet-channel-tehran.txt",
      "h45-kuwaittimes-msc-aries-seized.txt",
      "h45-thearabweekly-snapback-explainer.txt",
      "h45-thewarzone-gulf-of-oman-tankers.html",
    ],
  },
  {
    // Session 19: eight more outlets (Le Figaro, Der Standard, Middle East Forum, Dhaka Tribune, ANSA, The Daily Star
    // Lebanon, Shafaq News, Rudaw), written blind at the start of session 19: first score with the code session 19
    // started from events P 0.800 / R 0.632 / F1 0.706, actors F1 0.862, publication dates 7/8 (the same with set 45's
    // rules). Read in session 19; floors at its score within the whole corpus. (Incidents 0.86 → 0.84 in session 23, when
    // sets 77-82 joined the corpus: "the night of 12 to 13 June" no longer joins the strike of 13 June - the merge keeps a
    // vague report apart when it fits more than one record of those days.)
    name: "the forty-eighth held-out set",
    floors: { roundsF1: 0.91, incidentsF1: 0.84, sanctionsF1: 0.85, published: 0.87, actorsF1: 0.86 },
    articles: [
      "h48-ansa-hormuz-drone.txt",
      "h48-dailystar-vienna-natanz.txt",
      "h48-derstandard-palais-coburg.txt",
      "h48-dhakatribune-gulf-workers.txt",
      "h48-lefigaro-geneva-e3.html",
      "h48-meforum-snapback.md",
      "h48-rudaw-geneva-kurdistan.txt",
      "h48-shafaq-anbar-strikes.txt",
    ],
  },
  {
    // Session 19: eight more outlets (Al-Ahram Weekly, The Star Malaysia, Arab Center Washington DC, FDD, The National,
    // CNA, Akin Gump, Hamshahri Online), written blind at the start of session 19: first score with the code session 19
    // started from events P 0.750 / R 0.556 / F1 0.638, actors F1 0.862, publication dates 6/8; 0.652 with the code it
    // ended with. Its misses were not read to write rules (two whole-corpus diffs showed some of them in passing; see the
    // parser README): the set still held out. Floors at its score within the whole corpus. Incidents 0.62 since session
    // 28: killings a text puts down to a state read as strikes (as 11 of the 13 golds that tell one such killing have
    // it), and the cross-document record of one such killing this set reports as "other" now reads as a strike.
    name: "the forty-ninth held-out set",
    floors: { roundsF1: 0.62, incidentsF1: 0.62, sanctionsF1: 0.68, published: 0.75, actorsF1: 0.86 },
    articles: [
      "h49-ahram-muscat-rounds.txt",
      "h49-akingump-snapback-alert.txt",
      "h49-arabcenter-doha-vienna.md",
      "h49-cna-geneva-second-round.html",
      "h49-fdd-irgc-maritime.txt",
      "h49-hamshahri-vienna-seventh-round.txt",
      "h49-thenational-metals-sanctions.txt",
      "h49-thestar-stena-impero.txt",
    ],
  },
  {
    // Session 19: eight more outlets (The Straits Times, Yeni Şafak, The Guardian Nigeria, a sanctions newsletter,
    // SAFETY4SEA, Gulf News, JISS, Vatican News), written blind while set 48 was read: first score with the code session
    // 19 started from events P 0.661 / R 0.514 / F1 0.578, actors F1 0.859, publication dates 6/8 (0.594 with the code
    // of sets 45 and 48). Read in session 19 (0.594 -> 0.718 on the set alone); floors at its score within the whole corpus.
    name: "the fifty-first held-out set",
    floors: { roundsF1: 0.66, incidentsF1: 0.71, sanctionsF1: 0.79, published: 0.75, actorsF1: 0.85 },
    articles: [
      "h51-guardianng-gulf-tension-oil-budget.txt",
      "h51-gulfnews-muscat-fourth-round.html",
      "h51-jiss-missile-rebuild.txt",
      "h51-safety4sea-niovi-second-seizure.txt",
      "h51-sanctionsweekly-snapback-returns.md",
      "h51-stopinion-asia-hormuz-talks.txt",
      "h51-vaticannews-angelus-iran-appeal.txt",
      "h51-yenisafak-istanbul-e3-talks.txt",
    ],
  },
  {
    // Session 19: eight more outlets (The Tribune India, The Manila Times, Hudson Institute, Mayer Brown, Geopolitical
    // Futures, Iran Front Page, Oman News Agency, Dryad Global), written blind while set 45 was read and scored once with
    // the code session 19 ended with: first score events P 0.672 / R 0.506 / F1 0.577, actors F1 0.774, publication
    // dates 6/8 (the code session 19 started from scored 0.559). Read in session 20 (0.577 -> 0.773 on the set alone;
    // its two yearless datelines still date nothing); floors at its score within the whole corpus.
    name: "the fiftieth held-out set",
    floors: { roundsF1: 0.93, incidentsF1: 0.66, sanctionsF1: 0.84, published: 0.75, actorsF1: 0.78 },
    articles: [
      "h50-dryad-greek-tankers-seized.txt",
      "h50-gpf-iran-maritime-card.txt",
      "h50-hudson-vienna-seventh-round.md",
      "h50-ifp-rome-fifth-round.html",
      "h50-manilatimes-msc-aries-filipino-seafarers.txt",
      "h50-mayerbrown-eo13949-conventional-arms-snapback.txt",
      "h50-omannews-muscat-talks-resume.txt",
      "h50-tribuneindia-stena-impero-indian-crew.txt",
    ],
  },
  {
    // Session 20: eight more outlets (Al-Quds Al-Arabi, Bangkok Post, USNI News, White & Case, War on the Rocks, Yonhap,
    // L'Orient Today, Vortexa), written blind at the start of session 20: first score with the code session 20 started
    // from events P 0.841 / R 0.682 / F1 0.753, actors F1 0.864, publication dates 8/8 (the same with set 50's rules).
    // Read in session 20 (0.753 -> 0.902 on the set alone); floors at its score within the whole corpus.
    name: "the fifty-second held-out set",
    floors: { roundsF1: 0.9, incidentsF1: 0.91, sanctionsF1: 0.92, published: 1, actorsF1: 0.87 },
    articles: [
      "h52-alqudsalarabi-muscat-door.txt",
      "h52-bangkokpost-hormuz-tanker-seizure.txt",
      "h52-lorienttoday-araghchi-beirut.html",
      "h52-usni-lincoln-drone-shootdown.txt",
      "h52-vortexa-iran-crude-shadow-fleet.txt",
      "h52-warontherocks-oman-channel.md",
      "h52-whitecase-iran-secondary-tariffs.txt",
      "h52-yonhap-cheonghae-hormuz.txt",
    ],
  },
  {
    // Session 20: eight more outlets (The Jakarta Post, The Express Tribune, NZZ, Covington & Burling, Small Wars Journal,
    // The Peninsula, Kayhan International, The Washington Post), written blind at the start of session 20: first score
    // with the code session 20 started from events P 0.846 / R 0.604 / F1 0.705, actors F1 0.847, publication dates
    // 8/8; 0.726 with the code it ended with. Only its summary scores were looked at; its misses were not read: the set
    // still held out (the clean one). Floors at its score within the whole corpus.
    name: "the fifty-third held-out set",
    // Sanctions 0.68 → 0.66 in session 26: a listing "concurrently" with one dated only as "less than three weeks
    // later" now takes that listing's (approximate) time too, which the gold gives as another day.
    floors: { roundsF1: 0.75, incidentsF1: 0.73, sanctionsF1: 0.66, published: 1, actorsF1: 0.84 },
    articles: [
      "h53-covington-maximum-pressure-oil-designations.html",
      "h53-expresstribune-islamabad-quiet-channel.txt",
      "h53-jakartapost-hormuz-omani-channel.txt",
      "h53-kayhaninternational-muscat-fourth-round.txt",
      "h53-nzz-snapback-europe-gamble.md",
      "h53-smallwarsjournal-irgcn-seizure-doctrine.txt",
      "h53-thepeninsula-doha-indirect-talks.txt",
      "h53-washingtonpost-geneva-third-round.txt",
    ],
  },
  {
    // Session 20: eight more outlets (Xinhua, The Australian, Trend News Agency, Skadden, Ynet News, Arab Times,
    // Lloyd's Register, Quincy Institute), written blind while set 52 was read: first score with the code session 20
    // started from events P 0.846 / R 0.655 / F1 0.738, actors F1 0.824, publication dates 7/8 (0.747 with the rules of
    // sets 50 and 52 read by then). Read in session 20 (0.747 -> 0.901 on the set alone); floors at its score within
    // the whole corpus. Its law-firm gold's EU and UK re-impositions were aligned to the snapback rule (noted there).
    name: "the fifty-fourth held-out set",
    floors: { roundsF1: 0.93, incidentsF1: 0.88, sanctionsF1: 0.95, published: 1, actorsF1: 0.81 },
    articles: [
      "h54-arabtimes-kuwait-restraint.txt",
      "h54-lloydsregister-hormuz-advisory.txt",
      "h54-quincyinstitute-after-doha.txt",
      "h54-skadden-un-snapback-iran.md",
      "h54-theaustralian-hormuz-dilemma.txt",
      "h54-trend-fourth-round-muscat.txt",
      "h54-xinhua-muscat-second-round.txt",
      "h54-ynet-geneva-third-round.html",
    ],
  },
  {
    // Session 21: eight more outlets (Cato Institute, Economist Intelligence Unit, Sullivan & Cromwell, CGTN, RNZ,
    // Daily Sabah, Windward, Dawn), written blind at the start of session 21: first score with the code session 21
    // started from events P 0.900 / R 0.831 / F1 0.864, actors F1 0.920, publication dates 8/8. Read in session 21
    // (0.864 -> 0.961 on the set alone); floors at its score within the whole corpus.
    name: "the fifty-sixth held-out set",
    floors: { roundsF1: 0.96, incidentsF1: 0.98, sanctionsF1: 0.97, published: 1, actorsF1: 0.91 },
    articles: [
      "h56-cato-maximum-pressure-gulf.txt",
      "h56-cgtn-third-round-muscat.txt",
      "h56-dailysabah-turkiye-calls-calm.txt",
      "h56-dawn-pakistan-urges-restraint.html",
      "h56-eiu-doha-talks-stall.txt",
      "h56-rnz-peters-welcomes-talks.txt",
      "h56-sullivancromwell-un-snapback-memo.md",
      "h56-windward-hormuz-seizure-playbook.txt",
    ],
  },
  {
    // Session 21: eight more outlets (Hogan Lovells, Deutsche Welle, Gulf Times, Mehr News Agency, Chatham House,
    // Radio Farda, The Irish Times, Steptoe & Johnson), written blind at the start of session 21: first score with the
    // code session 21 started from events P 0.807 / R 0.613 / F1 0.697, actors F1 0.863, publication dates 7/8 (the
    // same with set 56's rules). Read in session 21 (0.697 -> 0.806 on the set alone; its Mehr report keeps a yearless
    // dateline, "TEHRAN, May 12 (MNA)", whose year only the world knows). Floors at its score within the whole corpus.
    name: "the fifty-seventh held-out set",
    floors: { roundsF1: 0.72, incidentsF1: 0.82, sanctionsF1: 0.84, published: 0.875, actorsF1: 0.86 },
    articles: [
      "h57-chathamhouse-vienna-natanz-spoilers.txt",
      "h57-dw-stena-impero-standoff.txt",
      "h57-gulftimes-muscat-talks-resume.html",
      "h57-hoganlovells-snapback-complete.md",
      "h57-irishtimes-iran-missiles-iraq-bases.txt",
      "h57-mehr-fourth-round-muscat.txt",
      "h57-radiofarda-prisoner-swap-doha.txt",
      "h57-steptoe-iran-oil-secondary-tariffs.txt",
    ],
  },
  {
    // Session 21: eight more outlets (Anadolu Agency, The National, Crisis Group, Akin Gump, Tasnim, Lloyd's List, Le Monde,
    // Nikkei Asia), written blind during session 21 and held out: events P 0.868 / R 0.766 / F1 0.814 with the code the
    // session started from, the same after the rules of sets 56 and 57, P 0.870 / R 0.779 / F1 0.822 with the code it
    // ended with; actors F1 0.915, publication dates 8/8. Only its summary scores were looked at; its misses were not read.
    // Floors at its score within the whole corpus.
    name: "the fifty-eighth held-out set",
    floors: { roundsF1: 0.78, incidentsF1: 0.83, sanctionsF1: 0.82, published: 1, actorsF1: 0.91 },
    articles: [
      "h58-akingump-un-snapback-sanctions-take-effect.md",
      "h58-anadolu-iran-seizes-british-tanker-hormuz.txt",
      "h58-crisisgroup-after-doha-narrowing-window.txt",
      "h58-lemonde-iran-israel-step-back-from-brink.txt",
      "h58-lloydslist-us-navy-thwarts-tanker-seizures.txt",
      "h58-nikkei-japan-presses-ahead-mideast-deployment.txt",
      "h58-tasnim-araghchi-muscat-talks-serious.txt",
      "h58-thenational-muscat-third-round.html",
    ],
  },
  {
    // Session 21: eight more outlets (AFP, The Times of Israel, Carnegie Endowment, Arnold & Porter, IRNA, gCaptain,
    // The Hindu, Stimson Center), written blind during session 21: first score with the code session 21 started from
    // events P 0.914 / R 0.697 / F1 0.791, actors F1 0.896, publication dates 7/8; 0.800 with the rules of sets 56 and
    // 57. Read in session 21 (0.800 -> 0.886 on the set alone); floors at its score within the whole corpus.
    name: "the fifty-ninth held-out set",
    floors: { roundsF1: 0.9, incidentsF1: 0.88, sanctionsF1: 0.87, published: 1, actorsF1: 0.9 },
    articles: [
      "h59-afp-sanctions-after-iraq-strikes.txt",
      "h59-arnoldporter-un-snapback-advisory.md",
      "h59-carnegie-prisoner-deal-buys-time.txt",
      "h59-gcaptain-stena-impero-seizure.txt",
      "h59-irna-baqaei-muscat-round.txt",
      "h59-stimson-oman-channel-commentary.txt",
      "h59-thehindu-doha-talks-end.txt",
      "h59-timesofisrael-liveblog-sanctions-iran.html",
    ],
  },
  {
    // Session 21: eight more outlets (Bloomberg, Arab News, RAND, Latham & Watkins, Press TV, Maritime Executive, KUNA,
    // The Diplomat), written blind during session 21: first score with the code session 21 started from events P 0.813 /
    // R 0.732 / F1 0.770, actors F1 0.862, publication dates 8/8; 0.809 with the rules of sets 56, 57 and 59. Read in
    // session 21 (0.809 -> 0.917 within the whole corpus); floors at that.
    name: "the sixty-first held-out set",
    floors: { roundsF1: 0.97, incidentsF1: 0.86, sanctionsF1: 0.94, published: 1, actorsF1: 0.86 },
    articles: [
      "h61-arabnews-muscat-fourth-round.html",
      "h61-bloomberg-tanker-seizure-hormuz.txt",
      "h61-kuna-muscat-second-round-2026.txt",
      "h61-lathamwatkins-snapback-client-alert.md",
      "h61-maritimeexecutive-navy-thwarts-seizures.txt",
      "h61-presstv-ain-al-asad-retaliation.txt",
      "h61-rand-vienna-talks-pause.txt",
      "h61-thediplomat-teapots-iran-oil.txt",
    ],
  },
  {
    // Session 21: eight more outlets (AP, Al Arabiya English, the Washington Institute, Gibson Dunn, Fars, Splash247, dpa,
    // Middle East Eye), written blind during session 21: first score with the code session 21 started from events
    // P 0.828 / R 0.716 / F1 0.768, actors F1 0.909, publication dates 7/8; 0.777 with the rules of sets 56, 57, 59 and
    // 61. Read in session 21 (0.777 -> 0.847 within the whole corpus); floors at that.
    name: "the sixtieth held-out set",
    floors: { roundsF1: 0.84, incidentsF1: 0.85, sanctionsF1: 0.84, published: 1, actorsF1: 0.9 },
    articles: [
      "h60-alarabiya-rome-fifth-round.html",
      "h60-ap-sanctions-supreme-leader-drone.txt",
      "h60-dpa-doha-talks-end.txt",
      "h60-fars-araghchi-muscat-second-round.txt",
      "h60-gibsondunn-un-snapback-client-alert.md",
      "h60-middleeasteye-red-lines-analysis.txt",
      "h60-splash-iran-seizes-niovi.txt",
      "h60-washingtoninstitute-vienna-round-seven.txt",
    ],
  },
  {
    // Session 22: eight more outlets (UPI, the Heritage Foundation, Freshfields, ILNA, Marine Insight, Saudi Gazette, the
    // Council on Foreign Relations, El País English), written blind during session 22: first score with the code session
    // 22 started from events P 0.824 / R 0.737 / F1 0.778, actors F1 0.894, publication dates 8/8. Read in session 22
    // (0.778 -> 0.859 alone, 0.870 within the whole corpus); floors at that.
    name: "the sixty-second held-out set",
    floors: { roundsF1: 0.86, incidentsF1: 0.81, sanctionsF1: 0.96, published: 1, actorsF1: 0.89 },
    articles: [
      "h62-cfr-timeline-us-iran-nuclear-diplomacy.txt",
      "h62-elpais-doha-talks-end-without-breakthrough.txt",
      "h62-freshfields-un-snapback-iran-what-it-means.txt",
      "h62-heritage-after-soleimani-keep-pressure.md",
      "h62-ilna-araghchi-muscat-talks-more-serious.txt",
      "h62-marineinsight-iran-seizes-second-tanker.html",
      "h62-saudigazette-iran-us-resume-muscat-talks.txt",
      "h62-upi-iran-seizes-british-tanker-hormuz.txt",
    ],
  },
  {
    // Session 22: eight more outlets (WAM, AEI, Clifford Chance, Nour News, Stars and Stripes, Geo News, the Belfer Center,
    // the Kyiv Independent), written blind during session 22 and held out: events P 0.831 / R 0.692 / F1 0.755 with the
    // code session 22 started from and the same after its authority rules; actors F1 0.928, publication dates 7/8. Only
    // its summary scores were looked at; its misses were not read. Floors at its score within the whole corpus.
    // (Rounds 0.91 → 0.89 in session 23 when set 81 joined the corpus: a cross-document merge, whose records were not read.)
    name: "the sixty-third held-out set",
    floors: { roundsF1: 0.89, incidentsF1: 0.63, sanctionsF1: 0.78, published: 0.875, actorsF1: 0.92 },
    articles: [
      "h63-aei-geneva-talks-shadow-of-carriers.md",
      "h63-belfer-hostages-waivers-road-to-muscat.txt",
      "h63-cliffordchance-un-snapback-iran-sanctions-briefing.txt",
      "h63-geonews-pakistan-not-part-of-conflict.txt",
      "h63-kyivindependent-iran-air-sanctions-missiles.txt",
      "h63-nournews-doha-talks-guarantees.txt",
      "h63-starsandstripes-boxer-drone-stena-impero.html",
      "h63-wam-uae-welcomes-fourth-round-muscat.txt",
    ],
  },
  {
    // Session 22: eight more outlets (EFE, Bourse & Bazaar, Norton Rose Fulbright, Jamaran, Riviera Maritime Media, Gulf
    // Daily News, SWP Berlin, Corriere della Sera), written blind during session 22: first score with the code session 22
    // started from events P 0.931 / R 0.779 / F1 0.848, actors F1 0.848, publication dates 8/8. Read in session 22 (0.848
    // -> 0.896 alone, 0.908 within the whole corpus); floors at that.
    name: "the sixty-fourth held-out set",
    floors: { roundsF1: 0.86, incidentsF1: 0.92, sanctionsF1: 0.93, published: 1, actorsF1: 0.84 },
    articles: [
      "h64-bourseandbazaar-industrial-sanctions.md",
      "h64-corriere-msc-aries-tajani-bridge.txt",
      "h64-efe-muscat-third-round.txt",
      "h64-gulfdailynews-muscat-talks-resume.html",
      "h64-jamaran-muscat-path-interview.txt",
      "h64-nortonrosefulbright-snapback-briefing.txt",
      "h64-rivieramm-stena-impero-hormuz-risk.txt",
      "h64-swpberlin-vienna-talks-seventh-round.txt",
    ],
  },
  {
    // Session 22: eight more outlets (PTI, CNAS, Baker McKenzie, Donya-e-Eqtesad, MarineLink, QNA, ISPI, The Times),
    // written blind during session 22: first score events P 0.889 / R 0.608 / F1 0.722 with the code after the rules of
    // sets 62 and 64 (the same with the code the session started from), actors F1 0.912, publication dates 6/8 (two wire
    // datelines without a year). Read in session 22 (0.722 -> 0.786); floors at that.
    name: "the sixty-fifth held-out set",
    floors: { roundsF1: 0.64, incidentsF1: 0.89, sanctionsF1: 0.74, published: 0.75, actorsF1: 0.91 },
    articles: [
      "h65-bakermckenzie-iran-snapback-eu-uk-ofac.md",
      "h65-cnas-after-soleimani-deterrence.txt",
      "h65-donyaeeqtesad-rial-rides-oman-talks.txt",
      "h65-ispi-iran-us-new-cycle-under-fire.txt",
      "h65-marinelink-navy-blocks-iran-tanker-seizures.html",
      "h65-pti-us-iran-fourth-round-muscat.txt",
      "h65-qna-doha-indirect-talks-conclude.txt",
      "h65-thetimes-israel-hits-back-isfahan.txt",
    ],
  },
  {
    // Session 22: eight more outlets (IANS, Cleary Gottlieb, Clingendael, Iran Daily, Maritime Security Review, Bernama,
    // Emirates Policy Center, The Scotsman), written blind during session 22: first score events P 0.807 / R 0.597 / F1
    // 0.687 (the same with the code the session started from), actors F1 0.902, publication dates 6/8 (two wire datelines
    // without a year). Read in session 22 (0.687 -> 0.768); floors at that.
    name: "the sixty-sixth held-out set",
    floors: { roundsF1: 0.74, incidentsF1: 0.69, sanctionsF1: 0.9, published: 0.75, actorsF1: 0.9 },
    articles: [
      "h66-bernama-doha-talks-end.txt",
      "h66-clearygottlieb-un-snapback-iran-sanctions.md",
      "h66-clingendael-europe-last-lever.txt",
      "h66-emiratespolicycenter-oman-track-2026.txt",
      "h66-ians-muscat-third-round.txt",
      "h66-irandaily-irgc-stena-impero.txt",
      "h66-maritimesecurityreview-msc-aries-hormuz.html",
      "h66-thescotsman-iran-crisis-johnson.txt",
    ],
  },
  {
    // Session 22: eight more outlets (RIA Novosti, Dentons, Gulf Research Center, Shargh, Ship & Bunker, Antara, Al Jazeera
    // Centre for Studies, Le Temps), written blind during session 22 and held out: events P 0.938 / R 0.652 / F1 0.769 with
    // the code after the rules of sets 62 and 64 (the same with the code the session started from, and after the rules of
    // sets 65 and 66); actors F1 0.894, publication dates 6/8. Only its summary scores were looked at; its misses were not
    // read. Floors at its score within the whole corpus.
    name: "the sixty-seventh held-out set",
    floors: { roundsF1: 0.8, incidentsF1: 0.74, sanctionsF1: 0.77, published: 0.75, actorsF1: 0.89 },
    articles: [
      "h67-ajcs-doha-indirect-talks.txt",
      "h67-antara-restraint-iraq-bases.html",
      "h67-dentons-snapback-client-alert.md",
      "h67-grc-gulf-states-oman-channel.txt",
      "h67-letemps-geneva-oman-round.txt",
      "h67-rianovosti-muscat-third-round.txt",
      "h67-shargh-vienna-second-round.txt",
      "h67-shipandbunker-hormuz-war-risk.txt",
    ],
  },
  {
    // Session 22: eight more outlets (Sky News, WilmerHale, Atlantic Council IranSource, Etemad, Safety at Sea, Khaleej
    // Times, ISW, FAZ), written blind during session 22: first score events P 0.827 / R 0.667 / F1 0.738 with the code
    // after the rules of sets 62, 64-66 and 69 (0.731 with the code the session started from), actors F1 0.937,
    // publication dates 8/8. Four of its gold's quotes were rewritten in the article's raw dashes and quotes, and its
    // PS752 shoot-down aligned to other (see the gold's notes). Read in session 22 (0.738 -> 0.807); floors at that.
    name: "the sixty-eighth held-out set",
    floors: { roundsF1: 0.71, incidentsF1: 0.89, sanctionsF1: 0.75, published: 1, actorsF1: 0.93 },
    articles: [
      "h68-acirsource-doha-detour.md",
      "h68-etemad-diplomacy-lost-its-calendar.txt",
      "h68-faz-week-on-the-brink.txt",
      "h68-isw-iran-update-march-6.txt",
      "h68-khaleejtimes-fourth-round-muscat.html",
      "h68-safetyatsea-gulf-of-oman-threat-level.txt",
      "h68-skynews-stena-impero-seized-hormuz.txt",
      "h68-wilmerhale-drone-missile-sanctions-alert.txt",
    ],
  },
  {
    // Session 22: eight more outlets (Arab News Pakistan, Morgan Lewis, the Middle East Institute, Ettelaat, the
    // MarineTraffic blog, The Peninsula, Belfer's Iran Matters, The Hindu BusinessLine), written blind during session 22:
    // first score events P 0.909 / R 0.824 / F1 0.864 with the code after the rules of sets 62 and 64-66 (the same with
    // the code the session started from), actors F1 0.890, publication dates 8/8. Read in session 22 (0.864 -> 0.889);
    // floors at that.
    name: "the sixty-ninth held-out set",
    floors: { roundsF1: 0.85, incidentsF1: 0.88, sanctionsF1: 0.93, published: 1, actorsF1: 0.88 },
    articles: [
      "h69-arabnewspk-pakistan-welcomes-muscat-round.txt",
      "h69-belfer-after-isfahan-deterrence.txt",
      "h69-businessline-tariff-order-iran-oil-buyers.txt",
      "h69-ettelaat-martyr-soleimani-operation-ain-al-asad.txt",
      "h69-marinetraffic-stena-impero-hormuz-ais.html",
      "h69-mei-lessons-from-vienna.txt",
      "h69-morganlewis-un-snapback-iran-sanctions.md",
      "h69-peninsula-doha-indirect-talks-end.txt",
    ],
  },
  {
    // Session 22: eight more outlets (Agenzia Nova, Eversheds Sutherland, Brookings, Kayhan, Container News, Asharq
    // Al-Awsat, the Wilson Center, The Irish Independent), written blind during session 22: first score events P 0.829 /
    // R 0.753 / F1 0.789 with the code after the rules of sets 62, 64-66 and 69 (the same with the code the session started
    // from), actors F1 0.887, publication dates 8/8. Its PS752 shoot-down aligned to other. Read in session 22 (0.789 ->
    // 0.844); floors at that.
    name: "the seventieth held-out set",
    floors: { roundsF1: 0.85, incidentsF1: 0.82, sanctionsF1: 0.85, published: 1, actorsF1: 0.88 },
    articles: [
      "h70-agenzianova-iran-usa-rome-round.txt",
      "h70-asharqalawsat-vienna-second-round.txt",
      "h70-brookings-tanker-war-2019.txt",
      "h70-containernews-msc-aries-hormuz-risk.txt",
      "h70-evershedssutherland-iran-snapback-briefing.md",
      "h70-irishindependent-cork-sailor-tanker-seized.html",
      "h70-kayhan-hard-revenge-summary.txt",
      "h70-wilsoncenter-vienna-to-doha-timeline.txt",
    ],
  },
  {
    // Session 22: eight more outlets (ABC News Australia, Allen & Overy, Responsible Statecraft, ISNA, Offshore Energy,
    // Oman Observer, IISS, The Globe and Mail), written blind late in session 22: first score events P 0.867 / R 0.693 /
    // F1 0.770 with the code after the rules of sets 62, 64-66, 68-70 and part of 73's (0.761 with the code the session
    // started from), actors F1 0.877, publication dates 8/8. Read in session 22 (0.770 -> 0.785); floors at that.
    name: "the seventy-first held-out set",
    floors: { roundsF1: 0.83, incidentsF1: 0.76, sanctionsF1: 0.77, published: 1, actorsF1: 0.87 },
    articles: [
      "h71-abcnews-australia-weighs-hormuz-mission.txt",
      "h71-allenovery-un-iran-snapback-what-it-means.txt",
      "h71-iiss-vienna-after-raisi.txt",
      "h71-isna-baghaei-next-round-muscat.txt",
      "h71-offshoreenergy-msc-aries-seizure-hormuz.txt",
      "h71-omanobserver-third-round-muscat.txt",
      "h71-responsiblestatecraft-prisoner-swap-diplomacy.md",
      "h71-theglobeandmail-iran-admits-ps752.html",
    ],
  },
  {
    // Session 22: eight more outlets (Euronews Business, Debevoise & Plimpton, Arms Control Wonk, Entekhab, Ship
    // Technology, Al-Watan, the Heinrich Böll Foundation, the Toronto Star), written blind late in session 22: first score
    // events P 0.935 / R 0.699 / F1 0.800 with the code after the rules of sets 62, 64-66 and 68-70 (the same with the code
    // the session started from), actors F1 0.877, publication dates 8/8. Read in session 22 (0.800 -> 0.844); floors at that.
    name: "the seventy-third held-out set",
    floors: { roundsF1: 0.88, incidentsF1: 0.81, sanctionsF1: 0.85, published: 1, actorsF1: 0.87 },
    articles: [
      "h73-alwatan-fourth-round-muscat.txt",
      "h73-armscontrolwonk-true-promise-by-the-numbers.txt",
      "h73-boell-after-snapback-europe-iran.txt",
      "h73-debevoise-iran-sanctions-update-eo13902.md",
      "h73-entekhab-doha-talks-end-without-result.txt",
      "h73-euronews-iran-six-billion-prisoner-swap-oil.html",
      "h73-shiptechnology-stena-impero-gulf-risk.txt",
      "h73-torontostar-ps752-families-wary-of-iran-talks.txt",
    ],
  },
  {
    // Session 22: eight more outlets (Jiji Press, Herbert Smith Freehills, the Washington Examiner, Mizan Online,
    // Seanews, Oman Daily, the German Marshall Fund, The Age), written blind late in session 22 and held out: events
    // P 0.911 / R 0.689 / F1 0.785 with the code after the rules of sets 62, 64-66, 68-71 and 73 (0.760 with the code the
    // session started from); actors F1 0.868, publication dates 7/8. Only its summary scores were looked at; its misses
    // were not read. Floors at its score within the whole corpus.
    name: "the seventy-second held-out set",
    floors: { roundsF1: 0.81, incidentsF1: 0.74, sanctionsF1: 0.82, published: 0.875, actorsF1: 0.86 },
    articles: [
      "h72-gmf-europe-after-snapback.txt",
      "h72-herbertsmithfreehills-snapback-briefing.md",
      "h72-jiji-japan-urges-restraint-drone.txt",
      "h72-mizanonline-fourth-round-muscat.html",
      "h72-omandaily-geneva-second-round.txt",
      "h72-seanews-niovi-second-tanker-seized.txt",
      "h72-theage-doha-talks-stall.txt",
      "h72-washingtonexaminer-trump-sanctions-after-missiles.txt",
    ],
  },
  {
    // Session 22: eight more outlets (CBS News, Paul Weiss, the Council on Strategic Risks, Javan Online, World Maritime
    // News, Times of Oman, the Clingendael Spectator, Frontline), written blind at the end of session 22: first score
    // events P 0.861 / R 0.642 / F1 0.735 with the code after the rules of sets 62-71, 73 and 76 (the same with the code
    // the session started from), actors F1 0.875, publication dates 7/8. Read in session 22 (0.735 -> 0.790); floors at that.
    name: "the seventy-fourth held-out set",
    floors: { roundsF1: 0.68, incidentsF1: 0.8, sanctionsF1: 0.85, published: 1, actorsF1: 0.87 },
    articles: [
      "h74-cbsnews-geneva-third-round.txt",
      "h74-clingendael-after-doha.md",
      "h74-frontline-snapback-chabahar.txt",
      "h74-javanonline-ain-al-asad-sanctions.txt",
      "h74-paulweiss-iran-petroleum-sanctions.txt",
      "h74-strategicrisks-escalation-ladder.txt",
      "h74-timesofoman-msx-talks-optimism.txt",
      "h74-worldmaritimenews-stena-impero-hormuz.html",
    ],
  },
  {
    // Session 22: eight more outlets (RTÉ, Sidley Austin, INSS, Khabar Online, Baird Maritime, Muscat Daily, Carnegie
    // Politika, the Los Angeles Times), written blind at the end of session 22 and held out: events P 0.873 / R 0.747 /
    // F1 0.805 with the code after the rules of sets 62-71, 73 and 76 (0.813 with the code the session started from);
    // actors F1 0.888, publication dates 8/8. Only its summary scores were looked at; its misses were not read. Floors at
    // its score within the whole corpus.
    name: "the seventy-fifth held-out set",
    floors: { roundsF1: 0.72, incidentsF1: 0.85, sanctionsF1: 0.79, published: 1, actorsF1: 0.88 },
    articles: [
      "h75-bairdmaritime-iran-tanker-seizures-history.txt",
      "h75-carnegiepolitika-russia-snapback.md",
      "h75-inss-iran-israel-direct-exchange.txt",
      "h75-khabaronline-doha-talks-end.txt",
      "h75-latimes-iran-missiles-diaspora.html",
      "h75-muscatdaily-talks-lift-msx.txt",
      "h75-rte-us-strikes-iran-fallout.txt",
      "h75-sidley-iran-supreme-leader-executive-order.txt",
    ],
  },
  {
    // Session 22: eight more outlets (VOA, Simmons & Simmons, Rasanah, Tabnak, Lloyd's Register Fairplay, the Saudi Press
    // Agency, IAI, The Boston Globe), written blind at the end of session 22: first score events P 0.871 / R 0.667 / F1
    // 0.755 with the code after the rules of sets 62-71 and 73 (the same with the code the session started from), actors
    // F1 0.859, publication dates 6/8 (an undated analysis dated by "the events of the preceding summer: …", a Saudi Press
    // Agency dateline). Read in session 22 (0.755 -> 0.838); floors at that.
    name: "the seventy-sixth held-out set",
    floors: { roundsF1: 0.97, incidentsF1: 0.83, sanctionsF1: 0.72, published: 1, actorsF1: 0.85 },
    articles: [
      "h76-bostonglobe-vienna-talks-resume.html",
      "h76-fairplay-stena-impero-war-risk.txt",
      "h76-iai-europe-after-snapback.txt",
      "h76-rasanah-muscat-track-revived.txt",
      "h76-simmons-snapback-eu-uk-reimposition.md",
      "h76-spa-cabinet-regional-escalation.txt",
      "h76-tabnak-hard-revenge-and-new-sanctions.txt",
      "h76-voa-prisoner-swap-doha.txt",
    ],
  },
  {
    // Session 23: eight more outlets (PBS NewsHour, Jones Day, the Lowy Institute, Fararu, UK Defence Journal, the Jordan
    // Times, Interfax, Daily News Egypt), written blind: events F1 0.746 with the code the session started from; read, and
    // its misses turned into rules (see the session's commits). Floors at its score within the whole corpus.
    name: "the seventy-seventh held-out set",
    floors: { roundsF1: 0.85, incidentsF1: 0.7, sanctionsF1: 0.8, published: 0.87, actorsF1: 0.9 },
    articles: [
      "h77-dailynewsegypt-prisoner-swap-doha.txt",
      "h77-fararu-geneva-round-muscat-next.txt",
      "h77-interfax-vienna-third-round.txt",
      "h77-jonesday-snapback-complete.md",
      "h77-jordantimes-safadi-airspace-escalation.txt",
      "h77-lowyinstitute-final-text-that-wasnt.txt",
      "h77-pbsnewshour-iran-strikes-al-udeid.html",
      "h77-ukdefencejournal-hormuz-escorts-stena-impero.txt",
    ],
  },
  {
    // Session 23: eight more outlets (the Washington Times, Kirkland & Ellis, AGSIW, Asr Iran, The Loadstar, The News
    // International, Europa Press, the Bulletin of the Atomic Scientists), written blind and held out: events P 0.855 /
    // R 0.747 / F1 0.797 with the code the session started from and with the code after the session's rules alike;
    // actors F1 0.873, publication dates 7/8. Only its summary scores were looked at, but a tooling slip once printed
    // its misses and spurious records (a diff against a run made before it was filtered); no rule was written from
    // them. Floors at its score within the whole corpus.
    name: "the seventy-eighth held-out set",
    floors: { roundsF1: 0.82, incidentsF1: 0.76, sanctionsF1: 0.79, published: 0.87, actorsF1: 0.86 },
    articles: [
      "h78-agsiw-vienna-talks-gulf-calculations.html",
      "h78-asriran-muscat-talks-next-round.txt",
      "h78-bulletin-after-fordow-diplomacy-verification.txt",
      "h78-europapress-doha-talks-end-without-progress.txt",
      "h78-kirkland-un-snapback-iran-sanctions-alert.md",
      "h78-loadstar-hormuz-risk-msc-aries.txt",
      "h78-thenews-pakistan-urges-restraint.txt",
      "h78-washingtontimes-iran-seizes-british-tanker.txt",
    ],
  },
  {
    // Session 23: eight more outlets (IRIB News, The Spectator, ORF, Naval Today, NDTV, Holland & Knight, Business
    // Recorder, MENA), written blind: events F1 0.816 with the code the session started from; read. The PS752 shoot-down
    // its writer filed as a missile launch is 'other', as documented (noted in the gold).
    name: "the seventy-ninth held-out set",
    floors: { roundsF1: 0.94, incidentsF1: 0.85, sanctionsF1: 0.93, published: 1, actorsF1: 0.87 },
    articles: [
      "h79-brecorder-oil-iran-tariffs.txt",
      "h79-hollandknight-snapback-alert.md",
      "h79-irib-stena-impero-seizure.txt",
      "h79-mena-abdelatty-araghchi-call.txt",
      "h79-navaltoday-bataan-red-sea.txt",
      "h79-ndtv-msc-aries-indian-crew.txt",
      "h79-orf-vienna-round-seven.html",
      "h79-spectator-soleimani-bill.txt",
    ],
  },
  {
    // Session 23: eight more outlets (Vox, Miller & Chevalier, ISIS, Eghtesad News, Offshore Engineer, The Nation,
    // Belga, Prospect), written blind: events F1 0.789 with the code the session started from (0.776 with the first
    // rules of the session); read.
    name: "the eightieth held-out set",
    floors: { roundsF1: 0.88, incidentsF1: 0.85, sanctionsF1: 0.93, published: 1, actorsF1: 0.85 },
    articles: [
      "h80-belga-eu-reimposes-iran-sanctions-snapback.txt",
      "h80-eghtesadnews-vienna-seventh-round-rial.txt",
      "h80-isis-fordow-natanz-isfahan-imagery-update.txt",
      "h80-millerchevalier-eo-13902-iran-sectors.txt",
      "h80-offshoreengineer-stena-impero-hormuz-seizure.txt",
      "h80-prospect-iran-israel-april-oman-channel.md",
      "h80-thenation-pakistan-welcomes-muscat-round.txt",
      "h80-vox-us-strikes-iran-what-now.html",
    ],
  },
  {
    // Session 23: eight more outlets (Task & Purpose, National Review, Petra, Ham-Mihan, Upstream Online, Vinson &
    // Elkins, The Conversation, ACLED), written blind while sets 80 and 82 were read, and held out: events P 0.925 /
    // R 0.721 / F1 0.810 with the code the session started from and with its final code alike; actors F1 0.940,
    // publication dates 8/8. Only its summary scores were looked at (and the kind of its PS752 entry, aligned to
    // 'other'); its misses were not read. Floors at its score within the whole corpus.
    name: "the eighty-first held-out set",
    floors: { roundsF1: 0.73, incidentsF1: 0.87, sanctionsF1: 0.76, published: 1, actorsF1: 0.93 },
    articles: [
      "h81-acled-iran-israel-war-in-data.txt",
      "h81-hammihan-after-the-swap.txt",
      "h81-nationalreview-dont-blink-on-iran.txt",
      "h81-petra-safadi-doha-talks.txt",
      "h81-taskandpurpose-boxer-drone-stena-impero.txt",
      "h81-theconversation-tariffs-warships-talks.md",
      "h81-upstreamonline-hormuz-risk-premiums.html",
      "h81-vinsonelkins-snapback-is-back.txt",
    ],
  },
  {
    // Session 23: eight more outlets (Rigzone, Lusa, the Washington Free Beacon, Al Bawaba, the New Statesman, Ropes &
    // Gray, IRIS, Aftab News), written blind: events F1 0.789 with the code the session started from; read.
    name: "the eighty-second held-out set",
    floors: { roundsF1: 0.79, incidentsF1: 0.83, sanctionsF1: 0.9, published: 1, actorsF1: 0.87 },
    articles: [
      "h82-aftab-muscat-second-round-esfand.txt",
      "h82-albawaba-prisoner-swap-six-billion.txt",
      "h82-freebeacon-biden-vienna-talks-raisi.txt",
      "h82-iris-coville-diplomacy-after-twelve-day-war.txt",
      "h82-lusa-portugal-troops-iraq-iran-missiles.txt",
      "h82-newstatesman-iran-israel-limits-of-deterrence.txt",
      "h82-rigzone-hormuz-tanker-seizure-war-risk.html",
      "h82-ropesgray-un-snapback-iran-sanctions-alert.md",
    ],
  },
  {
    // Session 24: eight more outlets (Newsmax, The Dispatch, Sheppard Mullin, Mashregh News, Globes, CNA, the Journal
    // of Commerce, The Soufan Center), written blind: events F1 0.779 with the code the session started from; read.
    name: "the eighty-third held-out set",
    floors: { roundsF1: 0.98, incidentsF1: 0.82, sanctionsF1: 0.91, published: 1, actorsF1: 0.88 },
    articles: [
      "h83-cna-americans-freed-qatar.txt",
      "h83-globes-markets-after-isfahan.txt",
      "h83-joc-hormuz-war-risk-premiums.txt",
      "h83-mashregh-muscat-to-fordow.txt",
      "h83-newsmax-trump-called-off-iran-strikes.txt",
      "h83-sheppardmullin-nspm2-maximum-pressure.html",
      "h83-soufan-iran-retaliates-for-soleimani.txt",
      "h83-thedispatch-doha-talks-fizzle.md",
    ],
  },
  {
    // Session 24: eight more outlets (Reason, Pillsbury, Kommersant, the Asahi Shimbun, FreightWaves, the Baker
    // Institute, Arutz Sheva, Business Standard), written blind while sets 83 and 85 were read, and held out: events
    // F1 0.699 with the code the session started from. Only its summary scores were looked at (and the kinds of any
    // airliner entries, of which it has none); its misses were not read. Floors at its score within the whole corpus.
    name: "the eighty-fourth held-out set",
    floors: { roundsF1: 0.77, incidentsF1: 0.66, sanctionsF1: 0.7, published: 0.75, actorsF1: 0.9 },
    articles: [
      "h84-arutzsheva-katz-irgc-isfahan.txt",
      "h84-asahi-abe-tehran-tankers.txt",
      "h84-baker-after-doha-iran-talks.md",
      "h84-businessstandard-chabahar-sanctions.txt",
      "h84-freightwaves-hormuz-risk-premium.txt",
      "h84-kommersant-snapback-without-moscow.txt",
      "h84-pillsbury-iran-oil-tariff-order.html",
      "h84-reason-soleimani-war-powers.txt",
    ],
  },
  {
    // Session 24: eight more outlets (Mother Jones, King & Spalding, TASS, the Süddeutsche Zeitung, Caixin Global, the
    // Valdai Club, ThePrint, Port Technology International), written blind: events F1 0.787 with the code the session
    // started from; read. Its PS752 entry is aligned to 'other' (noted in its gold).
    name: "the eighty-fifth held-out set",
    floors: { roundsF1: 0.9, incidentsF1: 0.94, sanctionsF1: 0.77, published: 1, actorsF1: 0.82 },
    articles: [
      "h85-caixin-cosco-tanker-sanctions.txt",
      "h85-kingspalding-snapback-eu-uk-ofac.md",
      "h85-motherjones-soleimani-escalation-timeline.html",
      "h85-porttechnology-msc-aries-gulf-war-risk.txt",
      "h85-sueddeutsche-doha-no-breakthrough.txt",
      "h85-tass-fifth-round-rome.txt",
      "h85-theprint-iran-oil-tariff-chabahar.txt",
      "h85-valdai-oman-channel-limits-of-coercion.txt",
    ],
  },
  {
    // Session 24: eight more outlets (The American Conservative, Baker Botts, Al-Qabas, EJIL:Talk!, the Irish Examiner,
    // Al-Akhbar, Lloyd's Loading List, the Jakarta Globe), written blind: events F1 0.763 with the code the session
    // started from; read.
    name: "the eighty-sixth held-out set",
    floors: { roundsF1: 0.86, incidentsF1: 0.89, sanctionsF1: 0.78, published: 1, actorsF1: 0.85 },
    articles: [
      "h86-alakhbar-negotiating-under-fire.txt",
      "h86-alqabas-doha-round-ends-without-breakthrough.txt",
      "h86-amconservative-sleepwalking-into-hormuz.txt",
      "h86-bakerbotts-iran-sanctions-update-march-2026.html",
      "h86-ejiltalk-snapback-without-a-snap.md",
      "h86-irishexaminer-us-tightens-iran-sanctions.txt",
      "h86-jakartaglobe-indonesia-welcomes-prisoner-swap.txt",
      "h86-lloydsloadinglist-hormuz-war-risk-premiums.txt",
    ],
  },
  {
    // Session 24: eight more outlets (The Bulwark, Squire Patton Boggs, Arman Melli, Gulf Today, Maritime Professional,
    // the Alma Research Center, EUobserver, Opinio Juris), written blind while sets 86 and 88 were read, and held out:
    // events F1 0.788 with the code the session started from, 0.797 with the code of the day it joined, 0.806 with the
    // session's final code (within the whole corpus). Only its summary scores were looked at; its misses were not
    // read. Floors at its score within the whole corpus.
    name: "the eighty-seventh held-out set",
    floors: { roundsF1: 0.69, incidentsF1: 0.78, sanctionsF1: 0.89, published: 1, actorsF1: 0.89 },
    articles: [
      "h87-alma-true-promise-direct-fire.md",
      "h87-armanmelli-doha-editorial.txt",
      "h87-bulwark-witkoff-muscat-rounds.txt",
      "h87-euobserver-snapback-council.html",
      "h87-gulftoday-stena-impero-hormuz.txt",
      "h87-maritimeprofessional-hormuz-armed-guards.txt",
      "h87-opiniojuris-soleimani-imminence.txt",
      "h87-squirepattonboggs-iran-tariff-order.txt",
    ],
  },
  {
    // Session 24: eight more outlets (Slate, Wiley Rein, Emirates 24/7, Yle News, NRC, Energy Voice, the Middle East
    // Policy Council, Mint), written blind: events F1 0.787 with the code the session started from; read.
    name: "the eighty-eighth held-out set",
    floors: { roundsF1: 0.9, incidentsF1: 0.85, sanctionsF1: 0.86, published: 1, actorsF1: 0.94 },
    articles: [
      "h88-emirates-hormuz-tanker-seizure.txt",
      "h88-energyvoice-hormuz-seizure-tariff.txt",
      "h88-mepc-oman-channel-lessons.txt",
      "h88-mint-msc-aries-crude-risk.txt",
      "h88-nrc-doha-talks-stall.md",
      "h88-slate-what-happened-to-the-talks.txt",
      "h88-wileyrein-snapback-sanctions-alert.html",
      "h88-yle-iraq-finnish-troops.txt",
    ],
  },
  {
    // Session 27: eight more outlets (the Christian Science Monitor, Venable, Vatan-e Emrooz, The Korea Times,
    // ShippingWatch, FDD's Long War Journal, Al-Manar, the New Straits Times), written blind: events F1 0.813 with the
    // code the session started from; read (0.906 with the session's final code). Floors at that.
    name: "the eighty-ninth held-out set",
    floors: { roundsF1: 0.92, incidentsF1: 0.85, sanctionsF1: 0.96, published: 1, actorsF1: 0.9 },
    articles: [
      "h89-almanar-vienna-second-round-natanz.txt",
      "h89-csm-muscat-talks-tehran-waits.html",
      "h89-koreatimes-cheonghae-hormuz-dispatch.txt",
      "h89-longwar-irgc-navy-hormuz-escalation.txt",
      "h89-nst-iranian-oil-johor-doha-stall.txt",
      "h89-shippingwatch-msc-aries-hormuz-premiums.txt",
      "h89-vatan-muscat-illusion-editorial.txt",
      "h89-venable-un-snapback-iran-compliance.md",
    ],
  },
  {
    // Session 27: eight more outlets (UnHerd, Cooley, Ebtekar, the Deccan Herald, Tanker Operator, Jewish Insider, Egypt
    // Independent, Handelsblatt), written blind and held out: events F1 0.880 with the code the session started from.
    // Only its summary scores are looked at; its misses are not read. Floors at its score within the whole corpus.
    name: "the ninetieth held-out set",
    floors: { roundsF1: 0.97, incidentsF1: 0.84, sanctionsF1: 0.85, published: 1, actorsF1: 0.87 },
    articles: [
      "h90-cooley-iran-secondary-tariffs-alert.md",
      "h90-deccanherald-indian-crew-stena-impero.txt",
      "h90-ebtekar-muscat-channel-editorial.txt",
      "h90-egyptindependent-natanz-sixty-percent.txt",
      "h90-handelsblatt-doha-talks-german-exporters.txt",
      "h90-jewishinsider-fourth-round-senators.txt",
      "h90-tankeroperator-niovi-second-seizure.html",
      "h90-unherd-deterrence-illusion.txt",
    ],
  },
  {
    // Session 27: eight more outlets (Inkstick, Kharon, Maariv, McGuireWoods, New Lines, La Repubblica, Der
    // Tagesspiegel, The Free Press), written blind: events F1 0.879 with the code the session started from; read (0.945
    // with the session's final code). Floors at that.
    name: "the ninety-first held-out set",
    floors: { roundsF1: 0.94, incidentsF1: 0.94, sanctionsF1: 0.94, published: 1, actorsF1: 0.89 },
    articles: [
      "h91-inkstick-hormuz-is-not-a-chessboard.txt",
      "h91-kharon-teapot-refineries-shadow-fleet.txt",
      "h91-maariv-after-isfahan-security-assessment.txt",
      "h91-mcguirewoods-eo-13902-iran-sectors-alert.html",
      "h91-newlines-vienna-to-doha-drift.md",
      "h91-repubblica-rome-round-omani-embassy.txt",
      "h91-tagesspiegel-snapback-berlin-diplomacy.txt",
      "h91-thefreepress-muscat-deadline-iran-talks.txt",
    ],
  },
  {
    // Session 27: eight more outlets (Daily Maverick, Winston & Strawn, Jam-e Jam, The Standard, Marine Log, Al-Ittihad,
    // Les Echos, Roll Call), written blind: events F1 0.851 with the code the session started from; read (0.939 with the
    // session's final code). Floors at that.
    name: "the ninety-second held-out set",
    floors: { roundsF1: 0.93, incidentsF1: 0.95, sanctionsF1: 0.92, published: 1, actorsF1: 0.86 },
    articles: [
      "h92-alittihad-gulf-after-snapback.txt",
      "h92-dailymaverick-pretoria-iran-tightrope.txt",
      "h92-jamejam-muscat-fourth-round.txt",
      "h92-lesechos-doha-talks-oil-market.txt",
      "h92-marinelog-stena-impero-seized.md",
      "h92-rollcall-iran-talks-congress-tariffs.txt",
      "h92-thestandard-doha-prisoner-swap.txt",
      "h92-winston-iran-sanctions-after-april-escalation.html",
    ],
  },
  {
    // Session 27: eight more outlets (The Week, Dechert, Resalat, Naharnet, Nautilus International, Moneycontrol, The
    // Defense Post, Punchbowl News), written blind and held out: events F1 0.830 with the code the session started
    // from. Only its summary scores are looked at; its misses are not read. Floors at its score within the whole corpus.
    name: "the ninety-third held-out set",
    floors: { roundsF1: 0.88, incidentsF1: 0.79, sanctionsF1: 0.84, published: 1, actorsF1: 0.86 },
    articles: [
      "h93-dechert-snapback-alert.md",
      "h93-defensepost-midnight-hammer.txt",
      "h93-moneycontrol-iran-oil-tariff.html",
      "h93-naharnet-isfahan-strike-region.txt",
      "h93-nautilus-seafarers-detained-gulf.txt",
      "h93-punchbowl-doha-iran-talks.txt",
      "h93-resalat-vienna-seventh-round.txt",
      "h93-theweek-gulf-tanker-crisis.txt",
    ],
  },
  {
    // Session 27, at its end: eight more outlets (Scroll.in, ArentFox Schiff, Sazandegi, Global News, UKMTO, The Mainichi,
    // JINSA, ICIS), written blind: events F1 0.843 with the session's final code. Not read yet. Floors at that.
    name: "the ninety-fourth held-out set",
    floors: { roundsF1: 0.87, incidentsF1: 0.82, sanctionsF1: 0.85, published: 1, actorsF1: 0.92 },
    articles: [
      "h94-arentfox-un-snapback-iran-sanctions-alert.html",
      "h94-globalnews-israel-iran-isfahan-canadians.txt",
      "h94-icis-asia-methanol-iran-tariff-order.txt",
      "h94-jinsa-maritime-escalation-quiet-diplomacy.md",
      "h94-mainichi-msdf-destroyer-departs-mideast.txt",
      "h94-sazandegi-doha-talks-empty-hands.txt",
      "h94-scroll-indian-sailors-gulf-tanker-crisis.txt",
      "h94-ukmto-hormuz-boarding-threat-advisory.txt",
    ],
  },
  {
    // Session 27, at its end: eight more outlets (Navy Times, SBS News, The Wire, TradeArabia, Il Sole 24 Ore, Hughes
    // Hubbard & Reed, VCDNP, Khamenei.ir), written blind: events F1 0.862 with the session's final code. Not read yet.
    // Floors at that.
    name: "the ninety-fifth held-out set",
    floors: { roundsF1: 0.89, incidentsF1: 0.81, sanctionsF1: 0.89, published: 1, actorsF1: 0.93 },
    articles: [
      "h95-hugheshubbard-snapback-eu-uk-reimposition.html",
      "h95-ilsole-rome-fifth-round-oman.txt",
      "h95-khameneiir-negotiations-commentary.txt",
      "h95-navytimes-boxer-drone-stena-impero.txt",
      "h95-sbsnews-iran-missiles-adf-iraq.txt",
      "h95-thewire-doha-talks-india-oil.txt",
      "h95-tradearabia-prisoner-swap-qatar-funds.txt",
      "h95-vcdnp-2026-talks-enrichment-verification.md",
    ],
  },
  {
    // Session 27, at its end: eight more outlets (Die Welt, Thompson Hine, Jomhouri Eslami, CTV News, MARAD, The Yomiuri
    // Shimbun, SIPRI, Rystad Energy), written blind and held out: events F1 0.839 with the session's final code. Only its
    // summary scores are looked at; its misses are not read. Floors at its score within the whole corpus.
    name: "the ninety-sixth held-out set",
    floors: { roundsF1: 0.76, incidentsF1: 0.84, sanctionsF1: 0.91, published: 1, actorsF1: 0.9 },
    articles: [
      "h96-ctvnews-iran-admits-shooting-down-ps752.html",
      "h96-jomhourieslami-stena-impero-reciprocity.txt",
      "h96-marad-advisory-2024-005-iranian-seizure.txt",
      "h96-rystad-doha-talks-iran-supply-outlook.txt",
      "h96-sipri-iran-diplomacy-after-snapback.txt",
      "h96-thompsonhine-snapback-complete-iran-sanctions.md",
      "h96-welt-muscat-runde-abgesagt.txt",
      "h96-yomiuri-us-iran-resume-talks-muscat.txt",
    ],
  },
  {
    // Session 27, last: eight more outlets (The Irish News, Foley & Lardner, Farhikhtegan, the Daily Tribune, Container
    // Management, the Taipei Times, CNS, Sky News Arabia), written blind and held out: events F1 0.864 with the session's
    // final code, the same with the code it started from. Only its summary scores are looked at; its misses are not read.
    // Floors at its score within the whole corpus.
    name: "the ninety-seventh held-out set",
    floors: { roundsF1: 0.87, incidentsF1: 0.9, sanctionsF1: 0.79, published: 1, actorsF1: 0.88 },
    articles: [
      "h97-cns-doha-after-vienna.txt",
      "h97-containermanagement-hormuz-tanker-seizures.txt",
      "h97-dailytribune-drone-downing-gulf-tension.txt",
      "h97-farhikhtegan-muscat-path-closed.txt",
      "h97-foley-un-snapback-alert.md",
      "h97-irishnews-oman-third-round.txt",
      "h97-skynewsarabia-muscat-second-round-2026.txt",
      "h97-taipeitimes-iran-attack-markets.html",
    ],
  },
  {
    // Session 28, first: eight more outlets (The Economic Times, Al Ayam, EOS Risk Group, Korea JoongAng Daily,
    // Khorasan, HFW, Kurdistan24, the European Leadership Network), written blind and first scored with the code of
    // 799f5f4: events F1 0.821. Read in session 28. Floors at its score within the whole corpus at the session's end.
    name: "the ninety-eighth held-out set",
    floors: { roundsF1: 0.89, incidentsF1: 0.89, sanctionsF1: 0.89, published: 1, actorsF1: 0.86 },
    articles: [
      "h98-alayam-gulf-after-missile-night.txt",
      "h98-economictimes-indian-crew-stena-impero.txt",
      "h98-eln-europe-after-snapback-commentary.txt",
      "h98-eosrisk-hormuz-seizure-advisory.txt",
      "h98-hfw-snapback-shipping-briefing.html",
      "h98-joongang-frozen-funds-prisoner-swap.md",
      "h98-khorasan-muscat-third-round-experts.txt",
      "h98-kurdistan-koya-drone-strike-talks.txt",
    ],
  },
  {
    // Session 28: eight more outlets (La Stampa, Reed Smith, Setareh Sobh, Al Raya, Combined Maritime Forces, The
    // Kathmandu Post, the Begin-Sadat Center, ITV News), written blind and held out: events F1 0.849 with the code of
    // 799f5f4. Its misses are not read. Floors at its score within the whole corpus at the session's end.
    name: "the ninety-ninth held-out set",
    floors: { roundsF1: 0.85, incidentsF1: 0.84, sanctionsF1: 0.85, published: 0.87, actorsF1: 0.88 },
    articles: [
      "h99-alraya-doha-talks-end.txt",
      "h99-besa-deterrence-after-isfahan.txt",
      "h99-cmf-maritime-security-update.txt",
      "h99-itv-iran-talks-tanker-sanctions.html",
      "h99-kathmandupost-gulf-tension-nepali-workers.txt",
      "h99-lastampa-roma-colloqui-iran.txt",
      "h99-reedsmith-snapback-client-alert.md",
      "h99-setarehsobh-muscat-faseh-jadid.txt",
    ],
  },
  {
    // Session 28: eight more outlets (Die Zeit, Watson Farley & Williams, Abrar, Roya News, Neptune P2P, The Chosun
    // Ilbo, IFRI, the National Post), written blind and first scored with the code of 799f5f4: events F1 0.783. Read in
    // session 28. Floors at its score within the whole corpus at the session's end.
    name: "the one hundredth held-out set",
    floors: { roundsF1: 0.93, incidentsF1: 0.82, sanctionsF1: 0.87, published: 1, actorsF1: 0.88 },
    articles: [
      "h100-abrar-muscat-third-round-experts.txt",
      "h100-chosun-frozen-funds-prisoner-swap.txt",
      "h100-ifri-vienna-lessons-note.txt",
      "h100-nationalpost-ottawa-iran-tariffs-talks.txt",
      "h100-neptune-hormuz-threat-update.txt",
      "h100-royanews-isfahan-sanctions-week.html",
      "h100-wfw-snapback-shipping-briefing.md",
      "h100-zeit-eine-woche-nach-soleimani.txt",
    ],
  },
  {
    // Session 28: eight more outlets (Le Point, Stephenson Harwood, Jahan-e Sanat, Al Khaleej, EUNAVFOR Aspides, Dunya
    // News, the Hoover Institution, Channel 4 News), written blind and first scored with the code of 840fa10: events F1
    // 0.705. Read in session 28. Floors at its score within the whole corpus at the session's end.
    name: "the hundred-and-first held-out set",
    floors: { roundsF1: 0.96, incidentsF1: 0.91, sanctionsF1: 0.86, published: 1, actorsF1: 0.88 },
    articles: [
      "h101-alkhaleej-hormuz-tanker-crisis.txt",
      "h101-aspides-red-sea-escort-update.html",
      "h101-channelfour-prisoner-swap-doha.txt",
      "h101-dunya-soleimani-pakistan-restraint.txt",
      "h101-hoover-coercion-after-fordow.txt",
      "h101-jahanesanat-doha-market.txt",
      "h101-lepoint-mascate-troisieme-round.txt",
      "h101-stephensonharwood-snapback-alert.md",
    ],
  },
  {
    // Session 28: eight more outlets (El Mundo, Blank Rome, Payam-e Ma, Okaz, Risk Intelligence, The Hankyoreh, NPEC,
    // the Evening Standard), written blind and held out: events F1 0.811 with the code of 840fa10. Its misses are not
    // read. Floors at its score within the whole corpus at the session's end.
    name: "the hundred-and-second held-out set",
    floors: { roundsF1: 0.69, incidentsF1: 0.84, sanctionsF1: 0.82, published: 0.75, actorsF1: 0.88 },
    articles: [
      "h102-blankrome-adrian-darya-shipping-alert.md",
      "h102-elmundo-mascate-primera-ronda.txt",
      "h102-eveningstandard-hormuz-tanker-talks.txt",
      "h102-hankyoreh-frozen-funds-released.txt",
      "h102-npec-snapback-after-strikes.html",
      "h102-okaz-doha-talks-end.txt",
      "h102-payamema-natanz-vienna.txt",
      "h102-riskintelligence-hormuz-threat-assessment.txt",
    ],
  },
  {
    // Session 28: eight more outlets (De Volkskrant, Cozen O'Connor, Kar va Kargar, Al Sharq, NAVCENT, The Inquirer,
    // Gateway House, Newstalk), written blind and held out: events F1 0.844 with the code of c6334a6. Its misses are
    // not read. Floors at its score within the whole corpus at the session's end.
    name: "the hundred-and-third held-out set",
    floors: { roundsF1: 0.72, incidentsF1: 0.9, sanctionsF1: 0.82, published: 1, actorsF1: 0.88 },
    articles: [
      "h103-alsharq-doha-deal.txt",
      "h103-cozen-maximum-pressure-returns.md",
      "h103-gatewayhouse-chabahar-after-snapback.html",
      "h103-inquirer-filipino-seafarers-hormuz.txt",
      "h103-karvakargar-stena-impero.txt",
      "h103-navcent-unsafe-interaction-hormuz.txt",
      "h103-newstalk-us-iran-muscat-talks.txt",
      "h103-volkskrant-diplomatie-in-puin.txt",
    ],
  },
  {
    // Session 28: eight more outlets (Gazeta Wyborcza, K&L Gates, Arman-e Emrooz, Al Rai, Vanguard Tech, Firstpost, the
    // Center for American Progress, The Canberra Times), written blind and first scored with the code of c6334a6:
    // events F1 0.845. Read in session 28. Floors at its score within the whole corpus at the session's end.
    name: "the hundred-and-fourth held-out set",
    floors: { roundsF1: 0.91, incidentsF1: 0.88, sanctionsF1: 1, published: 1, actorsF1: 0.89 },
    articles: [
      "h104-alrai-muscat-drone-tariffs.txt",
      "h104-americanprogress-doha-after-vienna.html",
      "h104-armaneemrooz-muscat-third-round.txt",
      "h104-canberratimes-iran-war-lessons.txt",
      "h104-firstpost-msc-aries-indian-crew.txt",
      "h104-klgates-snapback-alert.md",
      "h104-vanguardtech-hormuz-seizures-advisory.txt",
      "h104-wyborcza-drone-hormuz.txt",
    ],
  },
  {
    // Session 29, first: eight more outlets (The New Yorker, ProPublica, Jacobin, The New Republic, Fortune,
    // MarketWatch, C4ISRNET, DefenseScoop), written blind and first scored with the code of 7104989: events F1 0.825.
    // Read in session 29. Floors at its score within the whole corpus at the session's end.
    name: "the hundred-and-fifth held-out set",
    floors: { roundsF1: 0.82, incidentsF1: 0.92, sanctionsF1: 0.89, published: 1, actorsF1: 0.89 },
    articles: [
      "h105-c4isrnet-isfahan-air-defense-drones.txt",
      "h105-defensescoop-triton-shootdown-ai-targeting.txt",
      "h105-fortune-tanker-war-oil-markets.txt",
      "h105-jacobin-sanctions-are-war.txt",
      "h105-marketwatch-snapback-oil-prices.txt",
      "h105-newrepublic-vienna-two-hotels.txt",
      "h105-newyorker-the-envoy-and-the-bombers.md",
      "h105-propublica-six-billion-waiver.html",
    ],
  },
  {
    // Session 29: eight more outlets (Aviation Week, Shephard, Navy Lookout, LNG Prime, TankerWorld, Bunkerspot, BIMCO,
    // INTERTANKO), written blind and first scored with the code of 7104989: events F1 0.803. Read in session 29. Floors
    // at its score within the whole corpus at the session's end.
    name: "the hundred-and-sixth held-out set",
    floors: { roundsF1: 0.96, incidentsF1: 0.85, sanctionsF1: 0.86, published: 1, actorsF1: 0.84 },
    articles: [
      "h106-aviationweek-global-hawk-shootdown.html",
      "h106-bimco-sanctions-clause-iran-guidance.txt",
      "h106-bunkerspot-fujairah-msc-aries.txt",
      "h106-intertanko-hormuz-seizure-statement.txt",
      "h106-lngprime-snapback-gas-markets.txt",
      "h106-navylookout-iran-tanker-seizure-attempts.txt",
      "h106-shephardmedia-b2-fordow-strikes.md",
      "h106-tankerworld-soleimani-gulf-rates.txt",
    ],
  },
  {
    // Session 29: eight more outlets (Seasearcher, Tehran Review, Iran Focus, the United States Institute of Peace,
    // Pars Today, ABNA, Aftab News, Al-Alam), written blind and held out: events F1 0.869 with the code of 17f3a9d (the
    // session's final rules; it arrived late). Its misses are not read. Floors at its score within the whole corpus at
    // the session's end.
    name: "the hundred-and-seventh held-out set",
    floors: { roundsF1: 0.88, incidentsF1: 0.84, sanctionsF1: 0.9, published: 1, actorsF1: 0.9 },
    articles: [
      "h107-abna-true-promise-deterrence.txt",
      "h107-aftabnews-prisoner-exchange-doha.txt",
      "h107-alalam-muscat-talks-tariff-order.txt",
      "h107-iranfocus-regime-lies-after-soleimani.txt",
      "h107-parstoday-snapback-illegal-europe.txt",
      "h107-seasearcher-stena-impero-hormuz-risk.txt",
      "h107-tehranreview-doha-talks-after-vienna.md",
      "h107-usip-five-rounds-us-iran-talks.html",
    ],
  },
  {
    // Session 29: eight more outlets (Al-Ahram, Al Bayan, Emarat Al Youm, Alroya, Atheer, Shabiba, Bahrain Mirror,
    // LBCI), written blind and first scored with the code of 7104989: events F1 0.794. Read in session 29. Floors at
    // its score within the whole corpus at the session's end.
    name: "the hundred-and-eighth held-out set",
    floors: { roundsF1: 0.75, incidentsF1: 0.9, sanctionsF1: 0.91, published: 1, actorsF1: 0.9 },
    articles: [
      "h108-alahram-vienna-natanz.txt",
      "h108-albayan-hormuz-tanker-crisis.txt",
      "h108-alroya-doha-talks.html",
      "h108-atheer-muscat-talks-resume.txt",
      "h108-bahrainmirror-isfahan-aftermath.txt",
      "h108-emaratalyoum-soleimani-aftermath.md",
      "h108-lbci-beirut-watches-talks.txt",
      "h108-shabiba-fourth-round-muscat.txt",
    ],
  },
  {
    // Session 29: eight more outlets (An-Nahar, Ad-Dustour, Al-Ghad, Ammon News, Kurdistan24, BasNews, Alsumaria,
    // Al-Masirah), written blind and held out: events F1 0.847 with the code of 7104989. Its misses are not read.
    // Floors at its score within the whole corpus at the session's end.
    name: "the hundred-and-ninth held-out set",
    floors: { roundsF1: 0.85, incidentsF1: 0.85, sanctionsF1: 0.89, published: 1, actorsF1: 0.86 },
    articles: [
      "h109-addustour-soleimani-baghdad-strike.md",
      "h109-alghad-doha-talks-end.txt",
      "h109-almasirah-muscat-talks-sanctions.txt",
      "h109-alsumaria-snapback-iraq-worries.txt",
      "h109-ammonnews-muscat-third-round.html",
      "h109-annahar-hormuz-tanker-crisis.txt",
      "h109-basnews-kurdistan-after-june-war.txt",
      "h109-kurdistan-isfahan-region.txt",
    ],
  },
  {
    // Session 29: eight more outlets (Milliyet, Daily Sabah, Cumhuriyet, bianet, TOLOnews, Pajhwok Afghan News, Khaama
    // Press, SAMAA), written blind and first scored with the code of 7104989: events F1 0.861. Read in session 29.
    // Floors at its score within the whole corpus at the session's end.
    name: "the hundred-and-tenth held-out set",
    floors: { roundsF1: 0.91, incidentsF1: 0.94, sanctionsF1: 0.88, published: 1, actorsF1: 0.91 },
    articles: [
      "h110-bianet-snapback-iran-sanctions-return.md",
      "h110-cumhuriyet-suleymani-suikasti-sonrasi.txt",
      "h110-khaama-iran-war-afghan-returnees-talks.txt",
      "h110-milliyet-hurmuz-tanker-krizi.txt",
      "h110-pajhwok-iran-attack-israel-ie-calls-restraint.txt",
      "h110-sabah-iran-us-third-round-muscat.html",
      "h110-samaa-iran-us-muscat-talks-pakistan-welcomes.txt",
      "h110-tolo-doha-talks-end-without-breakthrough.txt",
    ],
  },
  {
    // Session 29: eight more outlets (The Tablet, the Catholic Herald, Dissent, Vanity Fair, TIME, Forbes, Barron's,
    // Air Force Times), written blind and held out: events F1 0.836 with the code of 17f3a9d (the session's final
    // rules; it arrived late). Its misses are not read. Floors at its score within the whole corpus at the session's
    // end.
    name: "the hundred-and-eleventh held-out set",
    floors: { roundsF1: 0.84, incidentsF1: 0.75, sanctionsF1: 0.94, published: 1, actorsF1: 0.85 },
    articles: [
      "h111-airforcetimes-strike-eagles-jordan.txt",
      "h111-barrons-snapback-oil-stocks.txt",
      "h111-catholicherald-after-soleimani.md",
      "h111-dissent-deal-that-wont-die.txt",
      "h111-forbes-oil-traders-oman-talks.txt",
      "h111-thetablet-gulf-bishops-restraint.txt",
      "h111-time-iran-israel-shadow-war.txt",
      "h111-vanityfair-doha-tarmac.html",
    ],
  },
  {
    // Session 30, first: eight more outlets (the Foreign Policy Research Institute, Naval Post, Offshore Wire, Hellenic
    // Maritime, The Nautical Institute, Windward, Newsday, Tablet), written blind and first scored with the code of
    // a70d896: events F1 0.714. Read in session 30. Floors at its score within the whole corpus at the session's end.
    name: "the hundred-and-twelfth held-out set",
    floors: { roundsF1: 0.86, incidentsF1: 0.78, sanctionsF1: 0.89, published: 1, actorsF1: 0.87 },
    articles: [
      "h112-foreignpolicyresearch-five-rounds-oman-channel.md",
      "h112-hellenicmaritime-niovi-seizure-greek-owners.txt",
      "h112-nauticalinstitute-hormuz-boarding-lessons.txt",
      "h112-navalpost-stena-impero-hormuz-escort.txt",
      "h112-newsday-soleimani-long-island-reaction.txt",
      "h112-offshorewire-vienna-talks-tanker-risk.html",
      "h112-tabletmag-doha-talks-dead-end.txt",
      "h112-windwardai-shadow-fleet-after-snapback.txt",
    ],
  },
  {
    // Session 30: eight more outlets (Iran News Update, The Iran Primer, Iran Data Portal, Shafaqna, Hawzah News,
    // Borna, the Chicago Tribune, The Forward), written blind and held out: events F1 0.868 with the code of a70d896.
    // Its misses are not read. Floors at its score within the whole corpus at the session's end.
    name: "the hundred-and-thirteenth held-out set",
    floors: { roundsF1: 0.72, incidentsF1: 0.93, sanctionsF1: 0.91, published: 1, actorsF1: 0.87 },
    articles: [
      "h113-borna-prisoner-swap-doha.txt",
      "h113-chicagotribune-snapback-iranian-americans.html",
      "h113-forward-muscat-talks-jewish-groups.txt",
      "h113-hawzah-seminaries-al-udeid.txt",
      "h113-irandataportal-vienna-talks-chronology.txt",
      "h113-irannewsupdate-stena-impero-seizure.txt",
      "h113-iranprimer-five-rounds-timeline.md",
      "h113-shafaqna-ain-al-asad-response.txt",
    ],
  },
  {
    // Session 30: eight more outlets (Al Yaum, Al Madina, Al Wasat, Gulf Insider, MTV Lebanon, Jordan News, Iraqi News,
    // the Miami Herald), written blind and first scored with the code of a70d896: events F1 0.788. Read in session 30.
    // Floors at its score within the whole corpus at the session's end.
    name: "the hundred-and-fourteenth held-out set",
    floors: { roundsF1: 0.87, incidentsF1: 0.81, sanctionsF1: 0.87, published: 1, actorsF1: 0.89 },
    articles: [
      "h114-almadina-soleimani-aftermath.txt",
      "h114-alwasat-vienna-sixth-round.md",
      "h114-alyaum-hormuz-tanker-seizure.txt",
      "h114-gulfinsider-doha-talks.html",
      "h114-iraqinews-snapback-baghdad.txt",
      "h114-jordannews-rome-fifth-round.txt",
      "h114-miamiherald-iran-talks-florida.txt",
      "h114-mtv-isfahan-tit-for-tat.txt",
    ],
  },
  {
    // Session 30: eight more outlets (Baghdad Today, NRT, Yemen Monitor, Saba, Southern Yemen, Aden al-Ghad, the San
    // Francisco Chronicle, JNS), written blind and held out: events F1 0.827 with the code of a70d896. Its misses are
    // not read. Floors at its score within the whole corpus at the session's end.
    name: "the hundred-and-fifteenth held-out set",
    floors: { roundsF1: 0.82, incidentsF1: 0.77, sanctionsF1: 0.94, published: 1, actorsF1: 0.9 },
    articles: [
      "h115-adenalghad-snapback-returns.txt",
      "h115-baghdadtoday-hormuz-tanker-crisis.txt",
      "h115-jns-muscat-third-round-israel-wary.txt",
      "h115-nrttv-erbil-after-missile-strikes.txt",
      "h115-sabanews-true-promise-sanctions.txt",
      "h115-sfchronicle-bay-area-iranians-strikes.html",
      "h115-southernyemen-oman-channel-south.txt",
      "h115-yemenmonitor-doha-talks-houthis.md",
    ],
  },
  {
    // Session 30: eight more outlets (Aksam, Duvar, Ariana News, The Friday Times, ARY News, BOL News, The Dallas
    // Morning News, The Herald), written blind and first scored with the code of a70d896: events F1 0.864. Read in
    // session 30. Floors at its score within the whole corpus at the session's end.
    name: "the hundred-and-sixteenth held-out set",
    floors: { roundsF1: 0.84, incidentsF1: 0.92, sanctionsF1: 0.91, published: 1, actorsF1: 0.93 },
    articles: [
      "h116-aksam-hurmuz-tanker-krizi.txt",
      "h116-ariana-soleimani-fallout-kabul.txt",
      "h116-arynews-isfahan-explosions-restraint.txt",
      "h116-bol-pakistan-offers-bridge.txt",
      "h116-dallasnews-doha-talks-gas-prices.txt",
      "h116-duvar-rome-fifth-round.md",
      "h116-heraldscotland-hormuz-tanker-oil.txt",
      "h116-thefridaytimes-twelve-day-war-pakistan.html",
    ],
  },
  {
    // Session 30: eight more outlets (the Wall Street Journal's editorial page, C-SPAN, Sandboxx, FlightGlobal, Army
    // Recognition, The Seattle Times, RealClearDefense, TheJournal.ie), written blind and held out: events F1 0.716
    // with the code of a70d896. Its misses are not read. Floors at its score within the whole corpus at the session's
    // end.
    name: "the hundred-and-seventeenth held-out set",
    floors: { roundsF1: 0.71, incidentsF1: 0.72, sanctionsF1: 0.69, published: 1, actorsF1: 0.85 },
    articles: [
      "h117-armyrecognition-khorramshahr-parade.html",
      "h117-cspan-iran-missile-strikes-briefing.txt",
      "h117-flightglobal-isfahan-air-defence.txt",
      "h117-realcleardefense-hormuz-seizure-playbook.txt",
      "h117-sandboxx-global-hawk-shootdown.md",
      "h117-seattletimes-doha-talks-end.txt",
      "h117-thejournal-un-sanctions-iran-return.txt",
      "h117-wsjopinion-hostage-price.txt",
    ],
  },
  {
    // Session 30, at its end: eight more outlets (The Denver Post, the Star Tribune, the Houston Chronicle, the Tampa
    // Bay Times, Aftenposten, The Philadelphia Inquirer, The Baltimore Sun, The Detroit News), written blind and held
    // out: events F1 0.754 with the session's final code (0.667 with its starting code, a70d896). Its misses are not
    // read. Floors at its score within the whole corpus at the session's end.
    name: "the hundred-and-eighteenth held-out set",
    floors: { roundsF1: 0.81, incidentsF1: 0.68, sanctionsF1: 0.84, published: 0.75, actorsF1: 0.86 },
    articles: [
      "h118-aftenposten-snapback-norway-shipping.txt",
      "h118-baltimoresun-ceasefire-hopkins-experts.txt",
      "h118-denverpost-drone-shootdown-colorado.txt",
      "h118-detroitnews-iran-oil-tariffs-suppliers.txt",
      "h118-houstonchronicle-doha-talks-oil.md",
      "h118-philly-prisoner-swap-families.txt",
      "h118-startribune-minnesota-guard-iran.txt",
      "h118-tampabay-centcom-oman-talks.html",
    ],
  },
  {
    // Session 30, at its end: eight more outlets (The Atlanta Journal-Constitution, The News & Observer, the Chicago
    // Sun-Times, The Sacramento Bee, The Oregonian, the St. Louis Post-Dispatch, City A.M., the Daily Mirror), written
    // blind and held out: events F1 0.750 with the session's final code (the same with its starting code). Its misses
    // are not read. Floors at its score within the whole corpus at the session's end.
    name: "the hundred-and-nineteenth held-out set",
    floors: { roundsF1: 0.86, incidentsF1: 0.7, sanctionsF1: 0.72, published: 1, actorsF1: 0.88 },
    articles: [
      "h119-ajc-georgia-troops-iran-drone.txt",
      "h119-chicagosuntimes-vienna-talks-pause.txt",
      "h119-cityam-snapback-oil-markets.txt",
      "h119-mirror-hormuz-drone-tanker.txt",
      "h119-newsobserver-fort-bragg-soleimani.txt",
      "h119-oregonlive-iran-israel-exchange.html",
      "h119-sacbee-prisoner-swap-families.md",
      "h119-stltoday-whiteman-b2-iran.txt",
    ],
  },
];
const HELD_OUT = HELD_OUT_SETS.flatMap((set) => set.articles);


function expectFloors(report: ReturnType<typeof evaluate>, floors: Floors): void {
  expect(report.scores.rounds.f1).toBeGreaterThanOrEqual(floors.roundsF1);
  expect(report.scores.incidents.f1).toBeGreaterThanOrEqual(floors.incidentsF1);
  expect(report.scores.sanctions.f1).toBeGreaterThanOrEqual(floors.sanctionsF1);
  expect(report.published.accuracy).toBeGreaterThanOrEqual(floors.published);
  expect(report.scores.actors.f1).toBeGreaterThanOrEqual(floors.actorsF1);
}

describe("gold evaluation with the real parser", () => {
  const golds = readGolds(GOLD_DIR);
  const { inputs, errors } = readCorpus([SEEDS_DIR, ARTICLES_DIR]);
  const names = inputs.map((input) => articleName(input.source));
  const seedArticles = inputs.filter((input) => input.source.startsWith(SEEDS_DIR)).map((input) => articleName(input.source));
  const developmentArticles = names.filter((name) => !seedArticles.includes(name) && !HELD_OUT.includes(name));

  it("has a gold for every seed and fixture article, each quoting its article exactly", () => {
    expect(errors).toEqual([]);
    expect(seedArticles).toHaveLength(4);
    expect(names.filter((name) => HELD_OUT.includes(name))).toHaveLength(HELD_OUT.length);
    expect(golds.map((gold) => gold.article).sort()).toEqual([...names].sort());
    for (const gold of golds) {
      const input = inputs.find((i) => articleName(i.source) === gold.article)!;
      expect(findUnquotedEvidence(gold, input.content), gold.article).toEqual([]);
    }
  });

  const dataset = parseCorpus(inputs);

  it("reads every event and publication date of the seeds", () => {
    const report = evaluate(dataset, golds, { articles: seedArticles });
    expect(report.articles.evaluated).toHaveLength(4);
    expectFloors(report, SEED_FLOORS);
  });

  it("keeps the development fixtures at or above their floors", () => {
    const report = evaluate(dataset, golds, { articles: developmentArticles });
    expect(report.articles.evaluated).toHaveLength(developmentArticles.length);
    expectFloors(report, DEVELOPMENT_FLOORS);
  });

  for (const set of HELD_OUT_SETS) {
    it(`keeps ${set.name} at or above its floors`, () => {
      const report = evaluate(dataset, golds, { articles: set.articles });
      expect(report.articles.evaluated).toHaveLength(set.articles.length);
      expectFloors(report, set.floors);
    });
  }

  it("keeps the undated seed undated and without dated events", () => {
    const undated = dataset.documents.find((document) => articleName(document.source) === "002_a3abaf2181e453b6.txt")!;
    expect(undated.published.date).toBeNull();
    const cites = (record: { evidence: Evidence[] }) => record.evidence.some((e) => e.documentId === undated.id);
    expect([...dataset.rounds, ...dataset.incidents, ...dataset.sanctions].filter(cites)).toEqual([]);
  });
});
