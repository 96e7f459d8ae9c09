import { describe, expect, it } from "vitest";
import { buildSampleDataset } from "./__fixtures__/sample-dataset.js";
import { issuesOf } from "./__fixtures__/issues.js";
import { IncidentKindSchema, IncidentSchema, RoundSchema, SanctionSchema } from "./events.js";

const sample = buildSampleDataset();
const round = sample.rounds.find((r) => r.id === "round:2026-02-06:muscat")!;
const drone = sample.incidents.find((i) => i.kind === "drone-shootdown")!;
const tariff = sample.sanctions.find((s) => s.instrument === "tariff")!;

const NO_EVIDENCE = { path: "evidence", message: "every record needs at least one piece of evidence" };
const BAD_DATE = { path: "date", message: "expected an EDTF date such as 2026-02-06, 2026-02, 2025, 2026-01~ or 2026-02-05/2026-02-06" };

describe.each([
  ["RoundSchema", RoundSchema, round],
  ["IncidentSchema", IncidentSchema, drone],
  ["SanctionSchema", SanctionSchema, tariff],
] as const)("%s", (_name, schema, record) => {
  it("accepts the sample record", () => {
    expect(schema.safeParse(record).success).toBe(true);
  });

  it("rejects a record without evidence", () => {
    expect(issuesOf(schema, { ...record, evidence: [] })).toEqual([NO_EVIDENCE]);
  });

  it.each(["February 6, 2026", "2026-02-30", "2026-13"])("rejects the date %j", (date) => {
    expect(issuesOf(schema, { ...record, date })).toEqual([BAD_DATE]);
  });

  it("rejects an unknown mode", () => {
    expect(issuesOf(schema, { ...record, mode: "rumoured" })[0]?.path).toBe("mode");
  });

  it("rejects an id of the wrong shape", () => {
    expect(issuesOf(schema, { ...record, id: "Muscat talks" })).toEqual([
      { path: "id", message: "expected an event id such as round:2026-02-06:muscat" },
    ]);
  });

  it("rejects a missing summary", () => {
    const { summary: _summary, ...rest } = record;
    expect(issuesOf(schema, rest)[0]?.path).toBe("summary");
  });
});

describe("RoundSchema", () => {
  it("rejects an unknown format and status", () => {
    expect(issuesOf(RoundSchema, { ...round, format: "secret" })[0]?.path).toBe("format");
    expect(issuesOf(RoundSchema, { ...round, status: "adjourned" })[0]?.path).toBe("status");
  });

  it("rejects a delegation member that is not an actor id, and a zero ordinal", () => {
    const delegations = [{ side: "state:iran", members: ["Araghchi"] }];
    expect(issuesOf(RoundSchema, { ...round, delegations })[0]?.path).toBe("delegations[0].members[0]");
    expect(issuesOf(RoundSchema, { ...round, ordinal: 0 })[0]?.path).toBe("ordinal");
  });

  it("rejects a statement without evidence", () => {
    const statements = [{ text: "very good", evidence: [] }];
    expect(issuesOf(RoundSchema, { ...round, statements })).toEqual([{ ...NO_EVIDENCE, path: "statements[0].evidence" }]);
  });
});

describe("IncidentSchema", () => {
  it("rejects a kind outside the mapped list", () => {
    const issues = issuesOf(IncidentSchema, { ...drone, kind: "cyberattack" });
    expect(issues[0]?.path).toBe("kind");
    expect(issues[0]?.message).toContain("drone-shootdown");
  });

  it("lists the kinds mapped to PLOVER and ACLED in the documentation", () => {
    expect(IncidentKindSchema.options).toEqual([
      "drone-shootdown",
      "vessel-seizure",
      "vessel-harassment",
      "strike",
      "missile-launch",
      "missile-test",
      "missile-display",
      "deployment",
      "other",
    ]);
  });

  it("rejects negative casualties and an unknown asset category", () => {
    expect(issuesOf(IncidentSchema, { ...drone, casualties: { killed: -1 } })[0]?.path).toBe("casualties.killed");
    const assets = [{ name: "Shahed-139 drone", category: "uav" }];
    expect(issuesOf(IncidentSchema, { ...drone, assets })[0]?.path).toBe("assets[0].category");
  });

  it("accepts a month-precision date: 'the June 2025 strikes'", () => {
    const strike = sample.incidents.find((i) => i.kind === "strike")!;
    expect(IncidentSchema.parse(strike).date).toBe("2025-06");
  });
});

describe("SanctionSchema", () => {
  it("rejects an unknown status and instrument", () => {
    expect(issuesOf(SanctionSchema, { ...tariff, status: "threatened" })[0]?.path).toBe("status");
    expect(issuesOf(SanctionSchema, { ...tariff, instrument: "embargo" })[0]?.path).toBe("instrument");
  });

  it("rejects a measure with no authority", () => {
    expect(issuesOf(SanctionSchema, { ...tariff, authorities: [] })[0]?.path).toBe("authorities");
  });

  it("rejects a rate that is not a positive percentage", () => {
    expect(issuesOf(SanctionSchema, { ...tariff, rate: { value: 25, unit: "dollars", ceiling: true } })[0]?.path).toBe("rate.unit");
    expect(issuesOf(SanctionSchema, { ...tariff, rate: { value: 0, unit: "percent", ceiling: false } })[0]?.path).toBe("rate.value");
  });

  it("rejects fractional target counts", () => {
    const designation = sample.sanctions.find((s) => s.instrument === "designation")!;
    expect(issuesOf(SanctionSchema, { ...designation, targets: { entities: 1.5 } })[0]?.path).toBe("targets.entities");
  });
});
