import { describe, expect, it } from "vitest";
import { buildSampleDataset, cite, DOC_000, DOC_001, DOC_002, DOC_003 } from "./__fixtures__/sample-dataset.js";
import { issuesOf } from "./__fixtures__/issues.js";
import { createDataset, type Dataset, DatasetSchema, SCHEMA_VERSION, selectDateRange } from "./dataset.js";

const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();

describe("DatasetSchema", () => {
  it("accepts the sample dataset and an empty one", () => {
    expect(DatasetSchema.safeParse(buildSampleDataset()).success).toBe(true);
    expect(DatasetSchema.safeParse(createDataset()).success).toBe(true);
    expect(createDataset().schemaVersion).toBe(SCHEMA_VERSION);
  });

  it("rejects a quote that is not the document text at its span", () => {
    const dataset = buildSampleDataset();
    const evidence = dataset.rounds[0]!.evidence[0]!;
    // Same length, shifted by one character: the shape is fine, the text is not.
    dataset.rounds[0]!.evidence[0] = { ...evidence, start: evidence.start + 1, end: evidence.end + 1 };
    expect(issuesOf(DatasetSchema, dataset)).toEqual([
      { path: "rounds[0].evidence[0].quote", message: `quote does not match the document text at ${evidence.start + 1}-${evidence.end + 1}` },
    ]);
  });

  it("checks evidence wherever it sits: in a statement, a role, a discrepancy value, a publication date", () => {
    const dataset = buildSampleDataset();
    const wrong = { ...cite(DOC_003, "Oman"), quote: "Iran" };
    dataset.rounds[0]!.statements[0]!.evidence[0] = wrong;
    dataset.actors.find((a) => a.id === "person:steve-witkoff")!.roles[0]!.evidence = [{ ...wrong, documentId: DOC_001 }];
    dataset.discrepancies[0]!.values[1]!.evidence[0] = wrong;
    dataset.documents.find((d) => d.id === DOC_003)!.published.evidence = wrong;
    expect(issuesOf(DatasetSchema, dataset).map((i) => i.path)).toEqual([
      "documents[3].published.evidence.quote",
      "actors[6].roles[0].evidence[0].quote",
      "rounds[0].statements[0].evidence[0].quote",
      "discrepancies[0].values[1].evidence[0].quote",
    ]);
  });

  it("rejects evidence citing a document the dataset does not have", () => {
    const dataset = buildSampleDataset();
    dataset.incidents[0]!.evidence[0]!.documentId = "0123456789abcdef";
    expect(issuesOf(DatasetSchema, dataset)).toEqual([
      { path: "incidents[0].evidence[0].documentId", message: "no document with id 0123456789abcdef in the dataset" },
    ]);
  });

  it("rejects a reference to an actor that is not in `actors`", () => {
    const dataset = buildSampleDataset();
    dataset.rounds[0]!.mediators = ["state:qatar"];
    dataset.incidents[0]!.assets[0]!.owner = "state:france";
    dataset.sanctions[0]!.targetActors = ["organisation:national-iranian-oil-company"];
    dataset.actors.find((a) => a.id === "person:brad-cooper")!.affiliation = "organisation:us-navy";
    expect(issuesOf(DatasetSchema, dataset)).toEqual([
      { path: "actors[7].affiliation", message: "unknown actor organisation:us-navy" },
      { path: "rounds[0].mediators[0]", message: "unknown actor state:qatar" },
      { path: "incidents[0].assets[0].owner", message: "unknown actor state:france" },
      { path: "sanctions[0].targetActors[0]", message: "unknown actor organisation:national-iranian-oil-company" },
    ]);
  });

  it("rejects an unknown speaker, delegation member and claimant", () => {
    const dataset = buildSampleDataset();
    dataset.rounds[0]!.statements[0]!.speaker = "person:donald-trump";
    dataset.rounds[0]!.delegations[0]!.members.push("person:jared-kushner");
    dataset.incidents[2]!.mode = "claimed";
    dataset.incidents[2]!.claimedBy = ["organisation:irgc"];
    expect(issuesOf(DatasetSchema, dataset).map((i) => i.path)).toEqual([
      "rounds[0].delegations[0].members[2]",
      "rounds[0].statements[0].speaker",
      "incidents[2].claimedBy[0]",
    ]);
  });

  it("rejects duplicate ids in documents, actors and across event collections", () => {
    const dataset = buildSampleDataset();
    dataset.documents.push({ ...dataset.documents[0]! });
    dataset.actors.push({ ...dataset.actors[0]! });
    // An incident may not reuse a round's id either: events share one id space.
    dataset.incidents.push({ ...dataset.incidents[0]!, id: dataset.rounds[0]!.id });
    expect(issuesOf(DatasetSchema, dataset)).toEqual([
      { path: "documents[4].id", message: `duplicate id ${DOC_000}` },
      { path: "actors[12].id", message: "duplicate id state:iran" },
      { path: "incidents[3].id", message: "duplicate id round:2026-02-06:muscat" },
    ]);
  });

  it("rejects duplicate discrepancy ids", () => {
    const dataset = buildSampleDataset();
    dataset.discrepancies.push({ ...dataset.discrepancies[0]! });
    expect(issuesOf(DatasetSchema, dataset)).toEqual([
      { path: "discrepancies[1].id", message: "duplicate id discrepancy:sanction:2026-02-06:tariff:status" },
    ]);
  });

  it("rejects a discrepancy about a record the dataset does not have, or of another type", () => {
    const dataset = buildSampleDataset();
    const discrepancy = dataset.discrepancies[0]!;
    dataset.discrepancies.push({ ...discrepancy, id: "discrepancy:2", recordId: "sanction:2026-02-07:tariff" });
    dataset.discrepancies.push({ ...discrepancy, id: "discrepancy:3", recordType: "round" });
    expect(issuesOf(DatasetSchema, dataset)).toEqual([
      { path: "discrepancies[1].recordId", message: "no sanction with id sanction:2026-02-07:tariff in the dataset" },
      { path: "discrepancies[2].recordId", message: "no round with id sanction:2026-02-06:tariff in the dataset" },
    ]);
  });

  it("rejects another schema version", () => {
    expect(issuesOf(DatasetSchema, { ...buildSampleDataset(), schemaVersion: "0.9.0" })[0]?.path).toBe("schemaVersion");
  });

  it("reports shape problems before cross-references, with their paths", () => {
    const dataset: Record<string, unknown> = { ...buildSampleDataset() };
    delete dataset.sanctions;
    expect(issuesOf(DatasetSchema, dataset)).toEqual([{ path: "sanctions", message: expect.stringContaining("expected array") }]);
  });
});

describe("selectDateRange", () => {
  const sample = buildSampleDataset();

  it("keeps the first week of February 2026: the round, the two 3 Feb incidents, the sanctions and their discrepancy", () => {
    const week = selectDateRange(sample, { from: "2026-02-01", to: "2026-02-07" });
    expect(ids(week.rounds)).toEqual(["round:2026-02-06:muscat"]);
    expect(ids(week.incidents)).toEqual(["incident:2026-02-03:drone-shootdown", "incident:2026-02-03:vessel-harassment"]);
    expect(ids(week.sanctions)).toEqual(["sanction:2026-02-06:designation", "sanction:2026-02-06:tariff"]);
    expect(ids(week.discrepancies)).toEqual(["discrepancy:sanction:2026-02-06:tariff:status"]);
  });

  it("keeps only the documents the kept records cite, and the actors they name", () => {
    const week = selectDateRange(sample, { from: "2026-02-01", to: "2026-02-07" });
    expect(ids(week.documents)).toEqual([DOC_001, DOC_003].sort());
    const actorIds = ids(week.actors);
    for (const id of ["state:iran", "state:united-states", "state:oman", "person:abbas-araghchi", "person:steve-witkoff", "person:brad-cooper", "vessel:stena-imperative"]) {
      expect(actorIds).toContain(id);
    }
    // Named only in the undated 002 and the June 2026 article.
    expect(actorIds).not.toContain("person:majid-takht-ravanchi");
    expect(actorIds).not.toContain("person:esmail-baghaei");
  });

  it("keeps an actor whose mention falls inside kept evidence, though no field names it", () => {
    const week = selectDateRange(sample, { from: "2026-02-01", to: "2026-02-07" });
    // "…launched from the USS Abraham Lincoln shot down…" is inside the drone incident's evidence.
    expect(ids(week.actors)).toContain("vessel:uss-abraham-lincoln");
  });

  it("follows affiliations so that every reference resolves: Cooper → CENTCOM → United States", () => {
    const week = selectDateRange(sample, { from: "2026-02-01", to: "2026-02-07" });
    expect(ids(week.actors)).toContain("organisation:us-central-command");
  });

  it("narrows each kept actor's mentions to the kept documents", () => {
    const week = selectDateRange(sample, { from: "2026-02-01", to: "2026-02-07" });
    const iran = week.actors.find((a) => a.id === "state:iran")!;
    expect(new Set(iran.mentions.map((m) => m.documentId))).toEqual(new Set([DOC_001, DOC_003]));
    expect(sample.actors.find((a) => a.id === "state:iran")!.mentions.map((m) => m.documentId)).toContain(DOC_002);
  });

  it("keeps a month-precision event in a range that touches one day of its month", () => {
    const turnOfJuly = selectDateRange(sample, { from: "2025-06-30", to: "2025-07-05" });
    expect(ids(turnOfJuly.incidents)).toEqual(["incident:2025-06:strike"]);
    expect(ids(turnOfJuly.actors)).toEqual(["state:iran", "state:israel", "state:united-states"]);
    expect(ids(turnOfJuly.documents)).toEqual([DOC_001]);
    expect(turnOfJuly.rounds).toEqual([]);
  });

  it("keeps nothing from July 2025", () => {
    const july = selectDateRange(sample, { from: "2025-07-01", to: "2025-07-31" });
    expect(july).toEqual({ ...createDataset(), schemaVersion: sample.schemaVersion });
  });

  it("keeps the 21 June 2026 round with its speaker and his state", () => {
    const june = selectDateRange(sample, { from: "2026-06-21", to: "2026-06-21" });
    expect(ids(june.rounds)).toEqual(["round:2026-06-21:muscat"]);
    expect(ids(june.actors)).toContain("person:esmail-baghaei");
    expect(ids(june.actors)).toContain("state:iran");
    expect(ids(june.documents)).toEqual([DOC_000]);
  });

  it("drops a discrepancy whose record falls outside the range", () => {
    const late = selectDateRange(sample, { from: "2026-02-07", to: "2026-12-31" });
    expect(late.sanctions).toEqual([]);
    expect(late.discrepancies).toEqual([]);
  });

  it.each([
    { from: "2026-02-01", to: "2026-02-07" },
    { from: "2026-02-06", to: "2026-02-06" },
    { from: "2025-06-30", to: "2025-07-05" },
    { from: "2026-06-01", to: "2026-06-30" },
    { from: "2025-01-01", to: "2026-12-31" },
    { from: "2020-01-01", to: "2020-12-31" },
  ])("returns a dataset that validates on its own for $from to $to", (range) => {
    const result = DatasetSchema.safeParse(selectDateRange(sample, range));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("keeps the whole dataset for a range covering every event, except actors nothing cites", () => {
    const all = selectDateRange(sample, { from: "2025-01-01", to: "2026-12-31" });
    expect(all.rounds).toEqual(sample.rounds);
    expect(all.incidents).toEqual(sample.incidents);
    expect(all.sanctions).toEqual(sample.sanctions);
    expect(ids(all.documents)).toEqual([DOC_000, DOC_001, DOC_003].sort());
    expect(ids(all.actors)).not.toContain("person:majid-takht-ravanchi");
  });

  it("keeps the document a kept actor's role title is sourced from, though no kept event cites it", () => {
    // Only 003 reports the round here; Cooper's title comes from 001.
    const dataset = buildSampleDataset();
    dataset.rounds[0]!.evidence = dataset.rounds[0]!.evidence.filter((e) => e.documentId === DOC_003);
    dataset.rounds[0]!.delegations = [{ side: "state:united-states", members: ["person:brad-cooper"] }];
    const cooper = dataset.actors.find((a) => a.id === "person:brad-cooper")!;
    cooper.affiliation = "state:united-states";
    delete cooper.roles[0]!.of;
    const day = selectDateRange({ ...dataset, sanctions: [], discrepancies: [] }, { from: "2026-02-06", to: "2026-02-06" });
    expect(ids(day.documents)).toEqual([DOC_001, DOC_003].sort());
    expect(DatasetSchema.safeParse(day).success).toBe(true);
  });

  it("follows references of actors kept only as role holders: Cooper's command → its state", () => {
    const dataset = buildSampleDataset();
    dataset.actors.push({
      id: "organisation:us-department-of-war",
      kind: "organisation",
      name: "US Department of War",
      aliases: [],
      organisationType: "ministry",
      affiliation: "state:united-states",
      roles: [],
      mentions: [cite(DOC_001, "military posturing")],
    });
    dataset.actors.find((a) => a.id === "organisation:us-central-command")!.affiliation = "organisation:us-department-of-war";
    const cooper = dataset.actors.find((a) => a.id === "person:brad-cooper")!;
    cooper.affiliation = "state:united-states";
    const week = selectDateRange(dataset, { from: "2026-02-01", to: "2026-02-07" });
    expect(ids(week.actors)).toContain("organisation:us-department-of-war");
    const result = DatasetSchema.safeParse(week);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("does not change the dataset it selects from", () => {
    const before: Dataset = structuredClone(sample);
    selectDateRange(sample, { from: "2026-02-01", to: "2026-02-07" });
    expect(sample).toEqual(before);
    expect(ids(sample.documents)).toContain(DOC_002);
  });
});
