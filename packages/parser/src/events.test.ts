import { describe, expect, it } from "vitest";
import { createDocumentContext } from "./_context.js";
import { bundledActorDictionary, recogniseActors } from "./actors.js";
import { extractEvents } from "./events.js";

describe("extractEvents", () => {
  it("returns a round, an incident and a sanction from one wire story, naming only the document's actors", () => {
    const text =
      "Iran and the United States held indirect talks in Muscat on March 2, mediated by Oman. " +
      "On March 1, Iranian gunboats harassed a Liberian-flagged tanker in the Strait of Hormuz. " +
      "The Treasury Department announced sanctions on 6 entities and 2 vessels on March 3.";
    const ctx = createDocumentContext({ source: "t.txt", format: "text", text, title: null, links: [], published: "2026-03-04" });
    const actors = recogniseActors(ctx, bundledActorDictionary());
    const events = extractEvents(ctx, actors);
    expect(events.rounds[0]).toMatchObject({ date: "2026-03-02", venue: { city: "Muscat" }, mediators: ["state:oman"], format: "indirect" });
    expect(events.incidents[0]).toMatchObject({ kind: "vessel-harassment", date: "2026-03-01", initiators: ["state:iran"], location: { waterBody: "Strait of Hormuz" } });
    expect(events.sanctions[0]).toMatchObject({ authorities: ["us-treasury"], targets: { entities: 6, vessels: 2 } });
    const known = new Set(actors.actors.map((a) => a.id));
    const named = JSON.stringify(events).match(/"(?:state|person|organisation|vessel):[a-z0-9-]+"/g) ?? [];
    for (const id of named) expect(known.has(JSON.parse(id))).toBe(true);
    for (const candidate of [...events.rounds, ...events.incidents, ...events.sanctions]) {
      expect(candidate.evidence[0]!.quote).toBe(text.slice(candidate.evidence[0]!.start, candidate.evidence[0]!.end));
    }
  });
});
