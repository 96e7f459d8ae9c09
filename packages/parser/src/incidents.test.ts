import { describe, expect, it } from "vitest";
import { createDocumentContext } from "./_context.js";
import { bundledActorDictionary, recogniseActors } from "./actors.js";
import { casualtiesIn, extractIncidents } from "./incidents.js";

const incidentsOf = (text: string, published = "2026-03-06") => {
  const ctx = createDocumentContext({ source: "t.txt", format: "text", text, title: null, links: [], published });
  return extractIncidents(ctx, recogniseActors(ctx, bundledActorDictionary()), bundledActorDictionary());
};

describe("extractIncidents", () => {
  it("reads a seizure with initiator, target vessel, sea area and date", () => {
    const [seizure] = incidentsOf("The IRGC Navy seized the Marshall Islands-flagged tanker Ocean Star in the Gulf of Oman on Thursday.");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", mode: "asserted", initiators: ["organisation:irgc-navy"], location: { waterBody: "Gulf of Oman" }, date: "2026-03-05" });
    // Iran is not named, so the command stands for it; the state in the sea's name is no target.
    expect(seizure?.targets).toEqual(["state:marshall-islands", "vessel:ocean-star"]);
  });

  it("reads a shoot-down with counted assets and owners", () => {
    const [shootdown] = incidentsOf("Two US Navy F/A-18 jets shot down three Iranian drones over the Red Sea on March 4.");
    expect(shootdown).toMatchObject({ kind: "drone-shootdown", initiators: ["organisation:us-navy"], targets: ["state:iran"], location: { waterBody: "Red Sea" } });
    expect(shootdown?.assets).toEqual(expect.arrayContaining([
        expect.objectContaining({ name: "F/A-18 jets", category: "aircraft", count: 2 }),
        expect.objectContaining({ category: "drone", count: 3, owner: "state:iran" }),
      ]));
  });

  it("reads harassment, not seizure, for an attempt", () => {
    const [incident] = incidentsOf("Four Iranian fast boats tried to seize a Greek tanker in the Strait of Hormuz on Monday.");
    expect(incident?.kind).toBe("vessel-harassment");
    expect(incident?.assets[0]).toMatchObject({ count: 4, owner: "state:iran" });
  });

  it("marks a denial as denied by the party that denies", () => {
    const [incident] = incidentsOf("Iran denied that its forces seized the tanker in the Persian Gulf on Tuesday.");
    expect(incident).toMatchObject({ kind: "vessel-seizure", mode: "denied", claimedBy: ["state:iran"] });
  });

  it("marks a party's report as its claim, with casualties as worded", () => {
    const [strike] = incidentsOf("Tehran said Israeli strikes on a military base near Isfahan on March 1 killed 12 people.");
    expect(strike).toMatchObject({ kind: "strike", mode: "claimed", claimedBy: ["state:iran"], initiators: ["state:israel"] });
    expect(strike?.casualties?.killed).toBe(12);
  });

  it("does not mistake a carrier strike group or a tone for a strike", () => {
    expect(incidentsOf("The carrier strike group sailed on, and Iran struck a cautious tone on March 2.")).toEqual([]);
  });

  it("skips hypothetical incidents", () => {
    expect(incidentsOf("Analysts warned that Iran could seize tankers in the Strait of Hormuz if talks fail.")).toEqual([]);
  });

  it("reads casualty descriptions without exact numbers", () => {
    expect(casualtiesIn("officials reported more than a hundred casualties")).toEqual({ description: "more than a hundred casualties" });
    expect(casualtiesIn("the attack killed three sailors and wounded five")).toMatchObject({ killed: 3, injured: 5 });
  });
});
