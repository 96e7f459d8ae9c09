import { describe, expect, it } from "vitest";
import { buildSampleDataset } from "./__fixtures__/sample-dataset.js";
import { issuesOf } from "./__fixtures__/issues.js";
import { ActorIdSchema, ActorSchema } from "./actor.js";

const actors = buildSampleDataset().actors;
const araghchi = actors.find((a) => a.id === "person:abbas-araghchi")!;
const lincoln = actors.find((a) => a.id === "vessel:uss-abraham-lincoln")!;

describe("ActorSchema", () => {
  it("accepts every sample actor: states, an organisation, people and vessels", () => {
    for (const actor of actors) expect(ActorSchema.safeParse(actor).success).toBe(true);
    expect(new Set(actors.map((a) => a.kind))).toEqual(new Set(["state", "organisation", "person", "vessel"]));
  });

  it.each(["Iran", "state:Iran", "country:iran", "person:abbas araghchi", "person:abbas--araghchi", "person:-araghchi", "state:"])(
    "rejects the id %j with an example of a good one",
    (id) => {
      expect(issuesOf(ActorSchema, { ...araghchi, id })).toEqual([
        { path: "id", message: "expected an actor id such as state:iran or person:abbas-araghchi" },
      ]);
    },
  );

  it("accepts ids of every kind", () => {
    for (const id of ["state:united-states", "organisation:us-central-command", "vessel:uss-abraham-lincoln", "person:esmail-baghaei"]) {
      expect(ActorIdSchema.safeParse(id).success).toBe(true);
    }
  });

  it("rejects an actor no source names", () => {
    expect(issuesOf(ActorSchema, { ...araghchi, mentions: [] })).toEqual([
      { path: "mentions", message: "every record needs at least one piece of evidence" },
    ]);
  });

  it("rejects a bad affiliation, role holder and role date", () => {
    expect(issuesOf(ActorSchema, { ...araghchi, affiliation: "Iran" })[0]?.path).toBe("affiliation");
    const role = { title: "Foreign Minister", of: "Iran", from: "August 2024", source: "article" };
    expect(issuesOf(ActorSchema, { ...araghchi, roles: [role] }).map((i) => i.path)).toEqual(["roles[0].of", "roles[0].from"]);
  });

  it("rejects a vessel IMO number that is not seven digits", () => {
    expect(issuesOf(ActorSchema, { ...lincoln, vessel: { ...lincoln.vessel, imo: "IMO 123" } })[0]?.path).toBe("vessel.imo");
  });
});
