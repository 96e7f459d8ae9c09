import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { Dataset } from "@sitrep/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCorpus, parseDocument } from "./parse.js";
import { type DocumentInput, readCorpus } from "./read.js";

const seedsDir = fileURLToPath(new URL("../../../seeds", import.meta.url));

describe("parseDocument", () => {
  it("reads a Markdown article with front matter: metadata date, title, outlet, links, plain text", () => {
    const { document } = parseDocument({
      source: "talks.md",
      content: [
        "---",
        "title: \u201cVery good\u201d talks in Muscat",
        "published: 2026-02-07T09:00:00Z",
        "url: https://gulfdaily.example/talks",
        "outlet: Gulf Daily",
        "author: Jane Doe",
        "---",
        "The US and Iran held **indirect** talks in [Muscat](https://example.org/muscat) on Friday.",
        "",
        "Oman mediated the talks.",
      ].join("\n"),
    });
    expect(document.format).toBe("markdown");
    expect(document.title).toBe('"Very good" talks in Muscat');
    expect(document.published).toEqual({ date: "2026-02-07", method: "metadata" });
    expect(document.outlet).toBe("Gulf Daily");
    expect(document.byline).toBe("Jane Doe");
    expect(document.url).toBe("https://gulfdaily.example/talks");
    expect(document.links).toEqual(["https://example.org/muscat"]);
    expect(document.text).toBe('"Very good" talks in Muscat\nThe US and Iran held indirect talks in Muscat on Friday.\nOman mediated the talks.');
  });

  it("reads an HTML page through Readability, with its metadata", () => {
    const { document } = parseDocument({
      source: "page.html",
      content: `<html><head><meta property="og:site_name" content="Gulf Daily"><meta property="article:published_time" content="2026-02-06T18:00:00+04:00">
        <title>Talks resume in Muscat</title></head><body><nav>Home | World</nav><article><h1>Talks resume in Muscat</h1>
        <p>The US and Iran resumed talks in Muscat on Friday, <a href="https://example.org/s">officials said</a>.</p><p>Oman mediated.</p></article></body></html>`,
    });
    expect(document.format).toBe("html");
    expect(document.title).toBe("Talks resume in Muscat");
    expect(document.published).toEqual({ date: "2026-02-06", method: "metadata" });
    expect(document.outlet).toBe("Gulf Daily");
    expect(document.links).toEqual(["https://example.org/s"]);
    expect(document.text).toBe("Talks resume in Muscat\nThe US and Iran resumed talks in Muscat on Friday, officials said.\nOman mediated.");
  });

  it("lets a caller-supplied publication date take precedence like metadata", () => {
    const { document } = parseDocument({ source: "a.txt", content: "The US and Iran on Friday (February 6, 2026) resumed talks.", published: "2026-02-07" });
    expect(document.published).toEqual({ date: "2026-02-07", method: "metadata" });
  });

  it("ids a document by the SHA-256 of its normalised text", () => {
    const { document } = parseDocument({ source: "a.txt", content: "Talks \u201cresumed\u201d.\n\n" });
    expect(document.text).toBe('Talks "resumed".');
    expect(document.id).toBe(createHash("sha256").update('Talks "resumed".').digest("hex").slice(0, 16));
  });
});

describe("a round told by its first and last day", () => {
  it("joins talks that 'began Tuesday in Oslo' and talks that 'ended in Oslo on Wednesday' into one round over both days", () => {
    const content = [
      "Indirect talks between the two governments ended in Oslo on Wednesday without a breakthrough.",
      "The talks, which began Tuesday in Oslo, were the first attempt in three months to break the deadlock.",
    ].join("\n\n");
    const { rounds } = parseDocument({ source: "a.txt", content, published: "2031-06-29" });
    expect(rounds.map((r) => [r.status, r.date, r.venue.city, r.evidence.length])).toEqual([["held", "2031-06-24/2031-06-25", "Oslo", 2]]);
  });

  it("joins talks that 'began on Tuesday' with no city read and the one round told as ending in the capital the next day", () => {
    const content = [
      "Two days of indirect talks between the two governments in the Norwegian capital ended on Wednesday without a breakthrough.",
      "The talks, which began on Tuesday at a hotel by the harbour, saw the mediator shuttle between the delegations.",
    ].join("\n\n");
    const { rounds } = parseDocument({ source: "a.txt", content, published: "2031-06-27" });
    expect(rounds.map((r) => [r.status, r.date, r.evidence.length])).toEqual([["held", "2031-06-24/2031-06-25", 2]]);
  });

  it("joins a numbered round closed weeks after it began, and the talks that resumed inside it, into one round over the weeks", () => {
    const content = [
      "The mediator closed the seventh round of negotiations in Oslo on Friday.",
      "The round that began at the Grand Hotel on November 29 was the first since the election. The delegations went home to consult their capitals on December 3. When the talks resumed on December 9, the agenda had been reset.",
      "That structure was agreed when the first round opened in Oslo on April 6.",
    ].join("\n\n");
    const { rounds } = parseDocument({ source: "a.txt", content, published: "2031-12-22" });
    expect(rounds.filter((r) => r.date !== undefined && r.date > "2031-11").map((r) => [r.date, r.ordinal])).toEqual([["2031-11-29/2031-12-19", 7]]);
  });
});

describe("a measure and the participle that tells what it did", () => {
  it("reads 'The EU reinstated its measures on September 29, restoring asset freezes …' as one EU measure, not a second one of the Security Council", () => {
    const { sanctions } = parseDocument({ source: "a.txt", content: "The EU reinstated its own nuclear-related measures on September 29, restoring asset freezes on Example banks.", published: "2031-10-03" });
    expect(sanctions.map((s) => [s.date, s.authorities])).toEqual([["2031-09-29", ["eu"]]]);
  });
});

describe("listings of one day in one document", () => {
  it("keeps two listings that count different things apart, and joins the vessels 'identified as blocked property' to theirs", () => {
    const content = [
      "March 4, 2031",
      "WASHINGTON - Today, the Office of Foreign Assets Control (OFAC) is sanctioning six entities and two individuals that ship Ruritanian crude. OFAC is also identifying 5 vessels as blocked property in which designated persons have an interest.",
      "OFAC also designated nine (9) shipping companies in a second action.",
    ].join("\n\n");
    const { sanctions } = parseDocument({ source: "a.txt", content });
    expect(sanctions.map((s) => [s.date, s.targets.entities, s.targets.individuals, s.targets.vessels])).toEqual([
      ["2031-03-04", 6, 2, 5],
      ["2031-03-04", 9, undefined, undefined],
    ]);
  });
});

describe("odd inputs", () => {
  it("parses empty, boilerplate-only, broken and impossible-date inputs without throwing", () => {
    const inputs: DocumentInput[] = [
      { source: "empty.txt", content: "" },
      { source: "promo.txt", content: "Subscribe to our newsletter\nAdvertisement" },
      { source: "front-matter-only.md", content: "---\ntitle: Talks\n---\n" },
      { source: "no-body.html", content: "<html><head><title>T</title></head></html>" },
      { source: "broken.html", content: "<<<>>> <p>unclosed <b>bold" },
      { source: "impossible.txt", content: "Talks on February 30, 2026 and on Friday, February 31, 2026 and on 2026-13-45 went nowhere." },
    ];
    const progress: string[] = [];
    const dataset = parseCorpus(inputs, { onProgress: (done, total, source) => progress.push(`${done}/${total} ${source}`) });
    expect(progress).toEqual(inputs.map((input, index) => `${index + 1}/${inputs.length} ${input.source}`));
    expect(dataset.documents.length).toBeGreaterThan(0);
    expect(dataset.documents.find((d) => d.source === "front-matter-only.md")?.title).toBe("Talks");
  });
});

describe("the seed articles", () => {
  let inputs: DocumentInput[];
  let dataset: Dataset;
  const sourceOf = (prefix: string) => dataset.documents.find((d) => d.source.includes(`${prefix}_`))!;
  const documentsOf = (record: { evidence: { documentId: string }[] }) =>
    [...new Set(record.evidence.map((e) => dataset.documents.find((d) => d.id === e.documentId)!.source.split("/").at(-1)!.slice(0, 3)))].sort();

  beforeAll(() => {
    const read = readCorpus([seedsDir]);
    expect(read.errors).toEqual([]);
    inputs = read.inputs;
    dataset = parseCorpus(inputs);
  });

  it("dates each seed by the right method", () => {
    expect(sourceOf("000").published).toMatchObject({ date: "2026-06-21", method: "dateline" });
    expect(sourceOf("001").published).toMatchObject({ date: "2026-02-09", method: "anchored" });
    expect(sourceOf("002").published).toEqual({ date: null, method: "unknown" });
    expect(sourceOf("003").published).toMatchObject({ date: "2026-02-06", method: "dateline" });
  });

  it("tells 000's headline from the first paragraphs of 001-003", () => {
    expect(sourceOf("000").title).toBe("Iran and US open two-track track in Muscat, with nuclear file and regional front running on parallel rails");
    expect(sourceOf("001").title).toBeNull();
    expect(sourceOf("002").title).toBeNull();
    expect(sourceOf("003").title).toBeNull();
  });

  it("keeps boilerplate, source lists and credit lines out of the text", () => {
    expect(sourceOf("000").links).toEqual(["https://t.me/mehrnews/", "https://t.me/tasnimnews_en/", "https://t.me/alalamfa", "https://t.me/JahanTasnim"]);
    expect(sourceOf("000").text).not.toMatch(/Wire provenance|t\.me/);
    expect(sourceOf("001").attribution).toBe("Original analysis inspired by Muhanad Seloom from Al Jazeera.");
    expect(sourceOf("001").text).not.toMatch(/Original analysis/);
    expect(sourceOf("002").text).not.toMatch(/If you found value|another perspective|\$/);
    expect(sourceOf("002").text).toMatch(/enrichment to 60% and/);
    expect(sourceOf("003").text).toMatch(/pressure on Iran\.\n/);
  });

  it("merges the 6 Feb 2026 Muscat round reported by 001 and 003: Oman mediating, both delegations", () => {
    const round = dataset.rounds.find((r) => r.id === "round:2026-02-06:muscat")!;
    expect(round).toBeDefined();
    expect(round.date).toBe("2026-02-06");
    expect(round.status).toBe("held");
    expect(round.mediators).toContain("state:oman");
    const members = round.delegations.flatMap((d) => d.members);
    expect(members).toEqual(expect.arrayContaining(["person:steve-witkoff", "person:jared-kushner", "person:brad-cooper", "person:abbas-araghchi"]));
    expect(documentsOf(round)).toEqual(["001", "003"]);
  });

  it("reads the 21 June 2026 round: seventh, indirect, one day with two meetings", () => {
    const round = dataset.rounds.find((r) => r.date === "2026-06-21")!;
    expect(round.id).toBe("round:2026-06-21:muscat");
    expect(round.ordinal).toBe(7);
    expect(round.format).toBe("indirect");
    expect(round.structure).toMatch(/one-day,? two-meeting/);
    expect(documentsOf(round)).toEqual(["000"]);
  });

  it("merges the two 3 Feb 2026 incidents across 001 and 003 ('in recent days')", () => {
    const drone = dataset.incidents.find((i) => i.id === "incident:2026-02-03:drone-shootdown")!;
    const tanker = dataset.incidents.find((i) => i.date === "2026-02-03" && i.kind !== "drone-shootdown")!;
    expect(drone).toBeDefined();
    expect(tanker).toBeDefined();
    expect(documentsOf(drone)).toEqual(["001", "003"]);
    expect(documentsOf(tanker)).toEqual(["001", "003"]);
  });

  it("keeps the June 2025 strikes at month precision", () => {
    const strikes = dataset.incidents.find((i) => i.kind === "strike" && i.date === "2025-06");
    expect(strikes).toBeDefined();
  });

  it("leaves year-only background out of the events", () => {
    const all = [...dataset.rounds, ...dataset.incidents, ...dataset.sanctions];
    expect(all.filter((e) => /^\d{4}$/.test(e.date) && e.date < "2026")).toEqual([]);
  });

  it("reads the 6 Feb sanctions: 15 entities, 2 individuals, 14 vessels", () => {
    const designation = dataset.sanctions.find((s) => s.id === "sanction:2026-02-06:designation")!;
    expect(designation.targets).toMatchObject({ entities: 15, individuals: 2, vessels: 14 });
  });

  it("reads the 6 Feb tariff order", () => {
    const tariff = dataset.sanctions.find((s) => s.id === "sanction:2026-02-06:tariff")!;
    expect(tariff).toBeDefined();
    expect(tariff.rate?.value).toBe(25);
  });

  // 003 dates its tariff order through its lead ("on Friday (February 6, 2026) … signed his tariff threat
  // … into an executive order"); its undated "authorising … up to 25%" passages join that record.
  it("shows 001 (imposed, 25 percent) and 003 (authorised, up to 25%) disagreeing on the tariff order", () => {
    const tariff = dataset.sanctions.find((s) => s.id === "sanction:2026-02-06:tariff")!;
    expect(documentsOf(tariff)).toEqual(["001", "003"]);
    const status = dataset.discrepancies.find((d) => d.recordId === tariff.id && d.field === "status")!;
    expect(status.values.map((v) => v.value).sort()).toEqual(["authorised", "imposed"]);
    expect(dataset.discrepancies.some((d) => d.recordId === tariff.id && d.field === "rate.ceiling")).toBe(true);
  });

  it("yields only actors from the undated 002", () => {
    const undated = sourceOf("002");
    const events = [...dataset.rounds, ...dataset.incidents, ...dataset.sanctions];
    expect(events.filter((e) => e.evidence.some((x) => x.documentId === undated.id))).toEqual([]);
    expect(dataset.actors.find((a) => a.id === "person:majid-takht-ravanchi")?.mentions.some((m) => m.documentId === undated.id)).toBe(true);
  });

  it("quotes every piece of evidence exactly from its document's text", () => {
    const texts = new Map(dataset.documents.map((d) => [d.id, d.text]));
    const evidence: { documentId: string; quote: string; start: number; end: number }[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === "object" && value !== null) {
        if ("documentId" in value && "quote" in value) evidence.push(value as (typeof evidence)[number]);
        else Object.values(value).forEach(walk);
      }
    };
    walk([dataset.actors, dataset.rounds, dataset.incidents, dataset.sanctions, dataset.discrepancies, dataset.documents.map((d) => [d.published, d.warnings])]);
    expect(evidence.length).toBeGreaterThan(50);
    for (const e of evidence) expect(texts.get(e.documentId)!.slice(e.start, e.end)).toBe(e.quote);
  });

  it("is deterministic: parsing twice, or in another order, gives byte-identical JSON", () => {
    const again = JSON.stringify(parseCorpus(inputs));
    const reversed = JSON.stringify(parseCorpus([...inputs].reverse()));
    expect(again).toBe(JSON.stringify(dataset));
    expect(reversed).toBe(JSON.stringify(dataset));
  });
});

describe("two acts one sentence tells", () => {
  it("keeps apart two seizures one sentence dates differently, the vaguer not joined to the more precise", () => {
    const content = "The detention of the Sea Wren off Gibraltar in July 2029 was followed by the seizure of the British-flagged tanker Example Star in the Strait of Hormuz on 19 July 2029.";
    const { incidents } = parseDocument({ source: "a.txt", content, published: "2031-05-28" });
    expect(incidents.map((i) => i.date).sort()).toEqual(["2029-07", "2029-07-19"]);
  });
});

describe("an undated document's news of the day", () => {
  it("does not join 'hosted in Oslo yesterday a new round' or talks 'held throughout Friday' to a round the text dates in another year", () => {
    const content = [
      "Norway hosted in Oslo yesterday a new round of talks between Iran and the United States, the first since the rounds of 2030.",
      "The foreign minister conveyed messages between the delegations in separate meetings held throughout Friday.",
      "In 2030, the first round was held in Oslo on 12 April.",
    ].join("\n\n");
    const { rounds } = parseDocument({ source: "a.txt", content });
    expect(rounds.map((r) => [r.date, r.evidence.length])).toEqual([["2030-04-12", 1]]);
  });
});
