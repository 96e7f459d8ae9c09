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

  it("splits after a footnote number glued to a sentence end, and not inside a decimal", () => {
    const text = 'The Navy called it "dangerous".3 The wind-down ran 60 days.7 On June 8, version 2.0 Beta was out.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['The Navy called it "dangerous".3', "The wind-down ran 60 days.7", "On June 8, version 2.0 Beta was out."]);
    expect(splitSentences("Missiles were fired in the desert.4").map((s) => s.heading)).toEqual([false]);
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

describe("splitSentences around abbreviations", () => {
  it("does not split a clock time with a time zone, a month abbreviation before its day, or a middle initial", () => {
    const text =
      "The embargo took effect at 11:59 p.m. GMT on March 4, said Lt. Gen. Mark Ruiz. Sen. Jane R. Doyle called the Nov. 3 vote a test of the U.N. Security Council.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "The embargo took effect at 11:59 p.m. GMT on March 4, said Lt. Gen. Mark Ruiz.",
      "Sen. Jane R. Doyle called the Nov. 3 vote a test of the U.N. Security Council.",
    ]);
  });

  it("does not split a clock time before its day ('at 5:30 p.m. Tuesday', '10 a.m. Jan. 8')", () => {
    const text = "Iran fired missiles at 5:30 p.m. Tuesday. The base was hit at 10 a.m. Jan. 8 by rockets.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["Iran fired missiles at 5:30 p.m. Tuesday.", "The base was hit at 10 a.m. Jan. 8 by rockets."]);
  });

  it("still splits when a real sentence follows a.m./p.m. or a dotted acronym", () => {
    const text = "The ship was boarded at 6 a.m. Crew members were detained. Talks resumed in the U.S. The envoy left on Jan. 9.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "The ship was boarded at 6 a.m.",
      "Crew members were detained.",
      "Talks resumed in the U.S.",
      "The envoy left on Jan. 9.",
    ]);
  });
});

describe("splitSentences around a zone written out", () => {
  it("does not split 'at 8:00 p.m. Eastern Daylight Time on Saturday'", () => {
    const text = "Accordingly, the UN sanctions were reimposed at 8:00 p.m. Eastern Daylight Time on Saturday, June 7, 2031. The Council met later.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["Accordingly, the UN sanctions were reimposed at 8:00 p.m. Eastern Daylight Time on Saturday, June 7, 2031.", "The Council met later."]);
  });
});

describe("session 29: a clock time's zone written as a word", () => {
  it("does not split '… were reimposed at 8 p.m. Eastern on Saturday.' and still splits '… at 9 p.m. Eastern officials said …' only at a real end", () => {
    expect(splitSentences("The measures were reimposed at 8 p.m. Eastern on Saturday. Markets fell.").map((s) => s.text)).toEqual(["The measures were reimposed at 8 p.m. Eastern on Saturday.", "Markets fell."]);
    expect(splitSentences("The talks ended at 9 p.m. Officials said little.").map((s) => s.text)).toEqual(["The talks ended at 9 p.m.", "Officials said little."]);
  });
});
