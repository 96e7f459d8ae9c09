import { describe, expect, it } from "vitest";
import { buildBenchCorpus, createRandom } from "./_bench-corpus.js";
import type { DocumentInput } from "./read.js";

const TEMPLATES: DocumentInput[] = [
  {
    source: "a.txt",
    format: "text",
    content: [
      "Talks resume in Muscat",
      "MUSCAT, April 12 (Reuters) - Iran and the United States met on Saturday.",
      "Steve Witkoff and Abbas Araghchi spoke for 20 minutes in February 2025.",
      "The next round is due on April 19. Officials said 3 sessions were held. Analysts were cautious.",
      "Sanctions on 15 entities followed in March 2024.",
    ].join("\n"),
  },
  { source: "b.html", format: "html", content: "<html><body><h1>Strike in June 2021</h1><p>Badr Albusaidi said 12 ships were seen.</p></body></html>" },
];

describe("buildBenchCorpus", () => {
  it("builds the same corpus from the same seed, and another from another seed", () => {
    const one = buildBenchCorpus(TEMPLATES, { count: 20, seed: 7 });
    expect(buildBenchCorpus(TEMPLATES, { count: 20, seed: 7 })).toEqual(one);
    expect(buildBenchCorpus(TEMPLATES, { count: 20, seed: 8 })).not.toEqual(one);
  });

  it("keeps each template's format and head while varying its words", () => {
    const corpus = buildBenchCorpus(TEMPLATES, { count: 40, seed: 3 });
    expect(corpus).toHaveLength(40);
    const texts = corpus.filter((input) => input.format === "text");
    const pages = corpus.filter((input) => input.format === "html");
    expect(texts.length).toBe(20);
    expect(pages.every((page) => page.source.endsWith(".html") && page.content.startsWith("<html><body><h1>"))).toBe(true);
    expect(texts.every((input) => input.content.startsWith("Talks resume in Muscat\n"))).toBe(true);
    expect(new Set(texts.map((input) => input.content)).size).toBeGreaterThan(10);
    // Years stay inside the period the parser is meant for.
    for (const input of corpus) for (const [year] of input.content.matchAll(/\b20\d\d\b/g)) expect(Number(year)).toBeGreaterThanOrEqual(2019);
  });

  it("refuses to build from no template", () => {
    expect(() => buildBenchCorpus([], { count: 1, seed: 1 })).toThrow(/no template/);
  });
});

describe("createRandom", () => {
  it("yields numbers in [0, 1) and repeats for a seed", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const values = Array.from({ length: 100 }, () => a());
    expect(values.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 100 }, () => b())).toEqual(values);
  });
});
