import { describe, expect, it } from "vitest";
import { splitSentences } from "./_sentences.js";

describe("splitSentences", () => {
  it("splits at sentence ends and keeps exact offsets", () => {
    const text = "Oman mediated. Cooper attended the talks! Was it useful? Yes.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(["Oman mediated.", "Cooper attended the talks!", "Was it useful?", "Yes."]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not split after abbreviations, initials or dotted acronyms", () => {
    const text = "Adm. Brad Cooper met the U.S. envoy on Feb. 6 in Muscat. J. Smith said so.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["Adm. Brad Cooper met the U.S. envoy on Feb. 6 in Muscat.", "J. Smith said so."]);
  });

  it("keeps closing quotes with their sentence", () => {
    const text = 'He said talks were "very good." Iran was cautious.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['He said talks were "very good."', "Iran was cautious."]);
  });

  it("numbers paragraphs by line, marks headings and leaves list markers out of the span", () => {
    const text = "Iran and US open talks in Muscat\nThe talks began. They ended.\nWhat the readout says\n- The Omani Conduit: Muscat hosts.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.paragraph, s.heading, s.text])).toEqual([
      [0, true, "Iran and US open talks in Muscat"],
      [1, false, "The talks began."],
      [1, false, "They ended."],
      [2, true, "What the readout says"],
      [3, false, "The Omani Conduit: Muscat hosts."],
    ]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
