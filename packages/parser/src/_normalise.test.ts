import { describe, expect, it } from "vitest";
import { findTitle, isHeadline, normaliseCharacters, normaliseText } from "./_normalise.js";

describe("normaliseCharacters", () => {
  it("straightens typographic quotes", () => {
    expect(normaliseCharacters("Tehran\u2019s \u201cvery good\u201d talks, \u2018on track\u2019")).toBe(`Tehran's "very good" talks, 'on track'`);
  });

  it("writes em dashes and spaced en dashes as a spaced hyphen, unspaced en dashes as a hyphen", () => {
    expect(normaliseCharacters("the region\u2014described by Trump\u2014has")).toBe("the region - described by Trump - has");
    expect(normaliseCharacters("a phrase \u2014 ending war \u2014 sits")).toBe("a phrase - ending war - sits");
    expect(normaliseCharacters("between 2019\u20132026 and US\u2013Iran talks")).toBe("between 2019-2026 and US-Iran talks");
    expect(normaliseCharacters("Oman \u2013 the host")).toBe("Oman - the host");
  });

  it("removes inline-math markup around numbers", () => {
    expect(normaliseCharacters("enrichment to $60%$ and ($90%$ enrichment)")).toBe("enrichment to 60% and (90% enrichment)");
    expect(normaliseCharacters("up to $25\\%$ tariffs")).toBe("up to 25% tariffs");
  });

  it("collapses a doubled full stop but keeps an ellipsis", () => {
    expect(normaliseCharacters("pressure on Iran..")).toBe("pressure on Iran.");
    expect(normaliseCharacters("and then... nothing")).toBe("and then... nothing");
  });

  it("turns non-breaking and other odd spaces into spaces and drops zero-width ones", () => {
    expect(normaliseCharacters("21\u00a0June\u202f2026 Mus\u200bcat")).toBe("21 June 2026 Muscat");
  });

  it("composes to NFC", () => {
    const decomposed = "Sepa\u0301h";
    expect(normaliseText(decomposed).text).toBe("Sep\u00e1h");
  });
});

describe("normaliseText", () => {
  it("drops a trailing promotional sentence and keeps the sentence before it", () => {
    const { text } = normaliseText(
      "The track is built upon three layers: If you enjoyed this article, you should check out: this related piece.\nNext paragraph.",
    );
    expect(text).toBe("The track is built upon three layers:\nNext paragraph.");
  });

  it("drops 'for another perspective … see …' pointers to other coverage", () => {
    const { text } = normaliseText("Tehran raised enrichment. For a different take on this story, see the coverage from Reuters.");
    expect(text).toBe("Tehran raised enrichment.");
  });

  it("drops whole promotional and boilerplate lines", () => {
    const { text } = normaliseText("Talks resumed.\nSubscribe to our newsletter for more.\nRead more: Iran talks explained\nAdvertisement\nOman mediated.");
    expect(text).toBe("Talks resumed.\nOman mediated.");
  });

  it("moves a source list and URL-only lines into links", () => {
    const result = normaliseText(
      "Talks resumed.\nSources\nThis synthesis draws on the following posts:\n- https://t.me/one/\n- https://example.org/two\nhttps://example.org/three",
    );
    expect(result.text).toBe("Talks resumed.");
    expect(result.links).toEqual(["https://t.me/one/", "https://example.org/two", "https://example.org/three"]);
  });

  it("keeps a bare URL in prose and also lists it as a link", () => {
    const result = normaliseText("The order is at https://www.whitehouse.gov/order. It took effect.");
    expect(result.text).toBe("The order is at https://www.whitehouse.gov/order. It took effect.");
    expect(result.links).toEqual(["https://www.whitehouse.gov/order"]);
  });

  it("takes a credit line out of the text as the attribution, without taking the credited outlet as its own", () => {
    const result = normaliseText("Talks resumed.\nOriginal analysis inspired by Jane Doe from The Gulf Review. Additional research conducted through multiple sources.");
    expect(result.text).toBe("Talks resumed.");
    expect(result.attribution).toBe("Original analysis inspired by Jane Doe from The Gulf Review.");
    expect(result.outlet).toBeUndefined();
  });

  it("sets the outlet from a line saying where the article first appeared", () => {
    const result = normaliseText("Talks resumed.\nThis article first appeared in Gulf Daily.");
    expect(result.outlet).toBe("Gulf Daily");
    expect(result.attribution).toBe("This article first appeared in Gulf Daily.");
  });

  it("drops a paragraph's opening quote when it never closes, and keeps balanced quotes", () => {
    expect(normaliseText('"Tehran and Washington resume talks, with "agreed language" in view.').text).toBe(
      'Tehran and Washington resume talks, with "agreed language" in view.',
    );
    expect(normaliseText('"We are in no rush," he said.').text).toBe('"We are in no rush," he said.');
  });

  it("keeps one paragraph per line and drops blank lines", () => {
    expect(normaliseText("Title\n\n  First para.  \n\n\nSecond para.\n").text).toBe("Title\nFirst para.\nSecond para.");
  });

  it("joins hard-wrapped plain text back into paragraphs", () => {
    const wrapped = [
      "The US and Iran resumed their informal talks on Friday in the Omani",
      "capital, officials from both governments said, as the White House signed",
      "an executive order on tariffs against the partners of Tehran.",
      "",
      "Oman mediated the talks in Muscat, and the delegations returned to their",
      "capitals in the evening for consultations with their governments about",
      "the next step in the process and the timetable of the next round.",
    ].join("\n");
    expect(normaliseText(wrapped).text.split("\n")).toHaveLength(2);
  });
});

describe("isHeadline", () => {
  it("takes a short line with no final full stop as a headline", () => {
    expect(isHeadline("Iran and US open two-track track in Muscat, with nuclear file and regional front running on parallel rails", true)).toBe(true);
    expect(isHeadline("Trump signs tariff order as Muscat talks end", true)).toBe(true);
  });

  it("takes a line ending in a full stop as the first paragraph, however short", () => {
    expect(
      isHeadline(
        "The resumption of diplomatic contact between Washington and Tehran in Oman marks a fragile turning point, but entrenched mistrust, military posturing, and clashing agendas threaten to overwhelm any momentum toward a nuclear agreement.",
        true,
      ),
    ).toBe(false);
    expect(isHeadline("The US and Iran on Friday (February 6, 2026) resumed their informal talks.", true)).toBe(false);
    expect(isHeadline("Talks resumed.", true)).toBe(false);
  });

  it("takes a question as a headline only when it is short and title-cased", () => {
    expect(isHeadline("Can Oman Save the Talks?", true)).toBe(true);
    expect(isHeadline("can the two sides really find a way back to the table after everything that has happened this year?", true)).toBe(false);
  });

  it("never takes the only line, a line running on with a colon, or a very long line as a headline", () => {
    expect(isHeadline("Iran and US open talks in Muscat", false)).toBe(false);
    expect(isHeadline("The format is the following:", true)).toBe(false);
    expect(isHeadline(`Iran ${"and the United States ".repeat(12)}talk`, true)).toBe(false);
  });
});

describe("findTitle", () => {
  it("takes the first line when it is a headline, and none when the text opens with prose", () => {
    expect(findTitle("Iran and US open talks in Muscat\nThe talks began today.")).toBe("Iran and US open talks in Muscat");
    expect(findTitle("The talks began today.\nOman mediated.")).toBeNull();
  });

  it("skips mastheads, labels, metadata strips and date lines above the headline", () => {
    expect(findTitle("U.S. DEPARTMENT OF THE TREASURY\nPress Releases\nTreasury Targets Shadow Fleet Network\nDecember 12, 2024\nToday, Treasury acted.")).toBe(
      "Treasury Targets Shadow Fleet Network",
    );
    expect(findTitle("THE GULF TRIBUNE\nThursday, 30 June 2022 | Doha\nDoha talks end without breakthrough\nThe talks ended.")).toBe("Doha talks end without breakthrough");
    expect(findTitle("BRIEFING PAPER\nNumber CBP 8777, 14 January 2020\nUS-Iran tensions after the killing\nText.")).toBe("US-Iran tensions after the killing");
  });

  it("falls back to a masthead when no other headline comes before the prose", () => {
    expect(findTitle("GULF SECURITY WEEKLY - Issue 26/2019\nFriday 28 June 2019\nA digest of the week.")).toBe("GULF SECURITY WEEKLY - Issue 26/2019");
  });

  it("keeps a headline that merely contains a date", () => {
    expect(findTitle("Department Press Briefing - April 23, 2026\nOffice of the Spokesperson\nThe briefing began.")).toBe("Department Press Briefing - April 23, 2026");
  });
});

describe("findTitle on a text that opens with a date line", () => {
  it("never takes a date line or a byline as the title", () => {
    expect(findTitle("Published: 6 February 2026\nIn recent days, talks resumed.")).toBeNull();
    expect(findTitle("By Jane Doe and John Roe\nTalks resumed in Muscat today.")).toBeNull();
  });
});

describe("hard-wrapped text", () => {
  const wrap = (lines: string[]) => normaliseText(lines.join("\n")).text;

  it("re-joins a word a wrapped line split with a hyphen, and keeps the hyphen of a compound", () => {
    const text = wrap([
      "Late on Tuesday the foreign ministry in Baghdad an-",
      "nounced that two long-range rockets had landed near",
      "the airport perimeter, and officials said that a long-",
      "range launcher had been found in an orchard near the",
      "river together with a self-propelled artillery piece",
      "and several crates of ammunition of foreign origin.",
    ]);
    expect(text).toContain("in Baghdad announced that two long-range rockets");
    expect(text).toContain("a long-range launcher");
  });

  it("joins text wrapped in a narrow column, as two-column reports give it", () => {
    const text = wrap([
      "Early on Monday the coast guard in Aden",
      "said that a fishing boat had been seized by",
      "armed men near the port and towed to an",
      "unknown location along the shore, while the",
      "crew of eleven was reported to be unharmed",
      "and the owners appealed for their release.",
    ]);
    expect(text.split("\n")).toHaveLength(1);
  });

  it("does not join a hyphen at the end of a line that was not wrapped", () => {
    const text = "Notes\nre-\nissue\nA short line.";
    expect(normaliseText(text).text.split("\n")).toEqual(["Notes", "re-", "issue", "A short line."]);
  });

  it("leaves a timeline of short rows of varying length alone", () => {
    const timeline = [
      "13 June: Israel strikes Natanz and kills senior commanders overnight",
      "15 June: the sixth round in Muscat is cancelled",
      "20 June: Araghchi meets European ministers in Geneva for three hours",
      "22 June: US bombers strike Fordow, Natanz and Isfahan",
      "23 June: Iran fires missiles at Al Udeid Air Base in Qatar",
      "24 June: a ceasefire takes hold",
    ].join("\n");
    expect(normaliseText(timeline).text.split("\n")).toHaveLength(6);
  });

  it("keeps a 'First Published: Apr 20, 2031, 09:15 PM' date line, which credits no other outlet, and drops 'First published in Example Weekly'", () => {
    expect(normaliseText("Headline\n\nFirst Published: Apr 20, 2031, 09:15 PM\n\nBody text.").text).toContain("First Published: Apr 20, 2031");
    expect(normaliseText("Headline\n\nFirst published in Example Weekly.\n\nBody text.").text).not.toContain("Example Weekly");
  });
});
