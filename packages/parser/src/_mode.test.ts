import { describe, expect, it } from "vitest";
import { createDocumentContext } from "./_context.js";
import { clauseAround, readMode, reportersOf } from "./_mode.js";
import { bundledActorDictionary, recogniseActors } from "./actors.js";

const modeOf = (text: string, trigger: string) => {
  const ctx = createDocumentContext({ source: "t.txt", format: "text", text, title: null, links: [], published: "2026-03-06" });
  const actors = recogniseActors(ctx, bundledActorDictionary());
  const start = text.indexOf(trigger);
  const sentence = ctx.sentences.find((s) => s.start <= start && s.end > start)!;
  return readMode(sentence, { start, end: start + trigger.length }, actors, { reporters: reportersOf(actors) });
};

describe("readMode", () => {
  it("reads a party's report as its claim", () => {
    expect(modeOf("Tehran reported dozens of casualties from the strikes.", "strikes")).toEqual({ mode: "claimed", claimedBy: ["state:iran"] });
  });
  it("does not read 'States' in a country's name as a reporting verb", () => {
    expect(modeOf("Israel and the United States struck three sites in Iran.", "struck")).toEqual({ mode: "asserted" });
    expect(modeOf("The report by Israel states that Iran struck three sites.", "struck")).toEqual({ mode: "claimed", claimedBy: ["state:israel"] });
  });
  it("reads a denial", () => {
    expect(modeOf("Iran denied that its forces seized the ship.", "seized")).toEqual({ mode: "denied", claimedBy: ["state:iran"] });
  });
  it("reads plans as planned", () => {
    expect(modeOf("Talks are expected to resume in Geneva.", "Talks").mode).toBe("planned");
  });
  it("does not make a media outlet a claimant", () => {
    expect(modeOf("According to Reuters, the envoys met in Muscat.", "met")).toEqual({ mode: "asserted" });
  });
  it("reads background after a temporal preposition as asserted", () => {
    expect(modeOf("Iran maintained that enrichment stopped after the June strikes.", "strikes").mode).toBe("asserted");
  });
  it("takes the person as the speaker over the places in a relative clause", () => {
    expect(modeOf("Abbas Araghchi, who flew between Doha and Muscat, said the ship was seized.", "seized")).toEqual({ mode: "claimed", claimedBy: ["person:abbas-araghchi"] });
  });
});

/** The clause around the first occurrence of `word` in a one-sentence text. */
const clauseOf = (text: string, word: string) => {
  const ctx = createDocumentContext({ source: "t.txt", format: "text", text, title: null, links: [] });
  const at = text.indexOf(word);
  const clause = clauseAround(ctx.sentences[0]!, { start: at, end: at + word.length });
  return text.slice(clause.start, clause.end);
};

describe("clauseAround", () => {
  it("splits at a conjunction clause", () => {
    expect(clauseOf("US forces shot down a drone, while Iran attempted to stop a vessel.", "attempted")).toBe("while Iran attempted to stop a vessel.");
  });

  it("ends a clause before 'just hours before …', not between 'just' and 'hours'", () => {
    expect(clauseOf("Tehran broadcast images of a missile at an underground facility just hours before talks began.", "broadcast")).toBe(
      "Tehran broadcast images of a missile at an underground facility",
    );
  });

  it("runs on through the ', and' that ends a list of names, and ends before an appositive that re-tells the act", () => {
    const text = "The minister met his Danish, Dutch, and Finnish counterparts in Oslo on June 20.";
    expect(clauseOf(text, "met")).toBe(text);
    const struck = "On 22 June, bombers struck the Arak, Tabriz, and Yazd plants, an attack Ruritania answered the next day with a missile barrage.";
    expect(clauseOf(struck, "struck")).toBe("On 22 June, bombers struck the Arak, Tabriz, and Yazd plants");
  });

  it("ends a clause before ', and in late May …', which dates another act", () => {
    expect(clauseOf("The ministry sent two frigates to the strait in April, and in late May a second squadron arrived in the Gulf.", "sent")).toBe(
      "The ministry sent two frigates to the strait in April",
    );
  });
});

