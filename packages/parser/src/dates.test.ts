import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isHeadline, normaliseText } from "./_normalise.js";
import { splitSentences } from "./_sentences.js";
import type { Span } from "./_types.js";
import { parseMetadataDate, readDocumentDates, solarHijriToGregorian } from "./dates.js";

function read(text: string, options: { published?: string; hasTitle?: boolean } = {}) {
  const sentences = splitSentences(text);
  const evidence = (span: Span) => ({ documentId: "0123456789abcdef", quote: text.slice(span.start, span.end), start: span.start, end: span.end });
  const dates = readDocumentDates({ text, sentences, hasTitle: options.hasTitle ?? false, metadataDate: options.published, evidence });
  const all = sentences.flatMap((s) => dates.datesIn(s).map((d) => ({ ...d, quote: text.slice(d.span.start, d.span.end) })));
  return { ...dates, sentences, all };
}

/** Each date phrase as "quote → date (method)". */
function phrases(text: string, published?: string) {
  return read(text, published === undefined ? {} : { published }).all.map((d) => `${d.quote} → ${d.date} (${d.method})`);
}

function seed(name: string) {
  const { text } = normaliseText(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), "utf8"));
  const first = text.slice(0, text.indexOf("\n"));
  return read(text, { hasTitle: isHeadline(first, true) });
}

describe("publication date of each seed", () => {
  it("000: dated by its own 'available to this publication on the morning of 21 June 2026'", () => {
    const { published } = seed("000_1b4dac7aeb5536a9.txt");
    expect(published.date).toBe("2026-06-21");
    expect(published.method).toBe("dateline");
    expect(published.evidence?.quote).toBe("21 June 2026");
  });

  it("001: anchored three days after the February 6 session, the year from 'late January 2026'", () => {
    const { published } = seed("001_38a2526c3d9235ef.txt");
    expect(published).toMatchObject({ date: "2026-02-09", method: "anchored" });
    expect(published.evidence?.quote).toMatch(/^Three days after .* the February 6$/);
  });

  it("002: stays undated", () => {
    const { published, all } = seed("002_a3abaf2181e453b6.txt");
    expect(published).toEqual({ date: null, method: "unknown" });
    // Only dates that carry their own year resolve in an undated document.
    expect(all.map((d) => d.date)).toEqual(["2026"]);
  });

  it("003: dateline from 'on Friday (February 6, 2026)'", () => {
    const { published } = seed("003_cf0bd94e75d63faf.txt");
    expect(published).toMatchObject({ date: "2026-02-06", method: "dateline" });
    expect(published.evidence?.quote).toBe("Friday (February 6, 2026)");
  });
});

describe("publication date rules", () => {
  it("prefers metadata to anything in the text", () => {
    expect(read("The talks on Friday (February 6, 2026) resumed.", { published: "2026-02-07T10:00:00Z" }).published).toEqual({ date: "2026-02-07", method: "metadata" });
  });

  it("reads 'Published online <date>' in a strip with other segments", () => {
    expect(read("Seven Months on the Brink\nPublished online January 19, 2021 | From the March 2021 issue\nThe campaign ran for a year.", { hasTitle: true }).published).toMatchObject({ date: "2021-01-19", method: "dateline" });
  });

  it("reads a wire dateline", () => {
    expect(read("MUSCAT, Oman, February 6, 2026 (Reuters) - Iran and the US held talks.").published).toMatchObject({ date: "2026-02-06", method: "dateline" });
  });

  it("reads a lead opening on its full date and a dash as a dateline, but not a timeline's first entry", () => {
    expect(read("Seizure tests the navy\n\nJuly 22, 2031 - The seizure of a tanker in the strait on Friday has forced a hard look at the fleet.\n\nThe ship was taken to port.", { hasTitle: true }).published).toMatchObject({ date: "2031-07-22", method: "dateline" });
    expect(read("A year of seizures\n\nMay 9, 2031 - The navy seizes a tanker in the strait.\n\nJuly 22, 2031 - A second tanker is taken.", { hasTitle: true }).published.date).toBeNull();
  });

  it("reads a wire dateline with its day in brackets ('OSLO (Jul 25) - …') when its paragraph gives the year, and no year otherwise", () => {
    expect(read("OSLO (Jul 25) - Envoys met on Friday, two months after the talks of May 9, 2031.").published).toMatchObject({ date: "2031-07-25", method: "dateline" });
    expect(read("OSLO (Jul 25) - Envoys met on Friday.").published.date).toBeNull();
  });

  it("reads a short published line near the top", () => {
    expect(read("Talks resume in Muscat\nPublished: 6 February 2026\nIran and the US held talks on Friday.", { hasTitle: true }).published).toMatchObject({
      date: "2026-02-06",
      method: "dateline",
    });
  });

  it("reads an 'Issued' date as a segment of a bulletin's strip or as a date line", () => {
    const strip = "PORT SECURITY NOTICE - RED SEA\nIssue 12 | Issued 14 March 2019 | Restricted\nA cargo ship was boarded off Hodeidah on 10 MAR 2019.";
    expect(read(strip).published).toMatchObject({ date: "2019-03-14", method: "dateline" });
    expect(read("Port notice\nIssued: 14 Mar 2019\nA cargo ship was boarded off Hodeidah.").published).toMatchObject({ date: "2019-03-14", method: "dateline" });
  });

  it("does not take a date the prose says something was issued on as the publication date", () => {
    const text = "Port notice\nThe ministry said the warning was issued 14 March 2019 after a boarding off Hodeidah.";
    expect(read(text).published).toEqual({ date: null, method: "unknown" });
  });

  it("does not anchor a yearless date when no year is written anywhere", () => {
    expect(read("Two days after the February 6 session, nothing has changed.").published).toEqual({ date: null, method: "unknown" });
  });

  it("does not take the latest date mentioned as the publication date", () => {
    expect(read("The strikes of June 2025 hit three sites. Talks were held on 6 February 2026 in Muscat.").published.method).toBe("unknown");
  });

  it("reads metadata dates as written, ignoring the time zone", () => {
    expect(parseMetadataDate("2026-02-06T23:30:00-05:00")).toBe("2026-02-06");
    expect(parseMetadataDate("February 6, 2026")).toBe("2026-02-06");
    expect(parseMetadataDate("2026-02")).toBe("2026-02");
    expect(parseMetadataDate("soon")).toBeUndefined();
  });
});

describe("event dates", () => {
  const published = "2026-02-06"; // a Friday

  it("takes the year of a month-day from the publication date", () => {
    expect(phrases("On February 3, a jet shot down a drone.", published)).toEqual(["February 3 → 2026-02-03 (explicit)"]);
    expect(phrases("Talks were held on December 28 in Geneva.", "2026-01-05")).toEqual(["December 28 → 2025-12-28 (explicit)"]);
  });

  it("keeps full dates, months and years at their precision", () => {
    expect(phrases("Talks resume in Muscat on 21 June 2026. The strikes came in June 2025, after the 2015 deal.", published)).toEqual([
      "21 June 2026 → 2026-06-21 (explicit)",
      "June 2025 → 2025-06 (explicit)",
      "2015 → 2015 (explicit)",
    ]);
  });

  it("reads early/mid/late parts of months and years as approximate intervals", () => {
    expect(phrases("The buildup began in late January 2026. Tensions rose in mid-2025 and early 2024.", published)).toEqual([
      "late January 2026 → 2026-01-21~/2026-01-31~ (approximate)",
      "mid-2025 → 2025-05~/2025-08~ (approximate)",
      "early 2024 → 2024-01~/2024-04~ (approximate)",
    ]);
  });

  it("reads 'since X' as running from X to publication", () => {
    expect(phrases("The navy has expanded since late January 2026.", "2026-02-09")).toEqual(["late January 2026 → 2026-01-21~/2026-02-09 (approximate)"]);
  });

  it("reads 'in recent days' as the week before publication, never one day", () => {
    expect(phrases("In recent days, US forces shot down a drone.", published)).toEqual(["In recent days → 2026-01-30~/2026-02-06~ (approximate)"]);
    expect(phrases("Over the past 48 hours, two ships were stopped.", published)).toEqual(["past 48 hours → 2026-02-04~/2026-02-06~ (approximate)"].map((s) => s.replace("past", "Over the past")));
  });

  it("reads 'early next week' as an approximate interval after publication", () => {
    expect(phrases("More talks were planned early next week.", published)).toEqual(["early next week → 2026-02-09~/2026-02-11~ (approximate)"]);
  });

  it("reads relative weeks, days and months", () => {
    expect(phrases("Iran said last week it would talk. Yesterday it agreed. Two days ago it refused. Last month it walked out.", published)).toEqual([
      "last week → 2026-01-26/2026-02-01 (relative)",
      "Yesterday → 2026-02-05 (relative)",
      "Two days ago → 2026-02-04 (relative)",
      "Last month → 2026-01 (relative)",
    ]);
  });

  it("reads a weekday as the latest such day for the past and the next one for the future", () => {
    expect(phrases("The envoys met on Tuesday.", published)).toEqual(["Tuesday → 2026-02-03 (relative)"]);
    expect(phrases("The envoys met on Friday.", published)).toEqual(["Friday → 2026-02-06 (relative)"]);
    expect(phrases("The envoys will meet on Tuesday.", published)).toEqual(["Tuesday → 2026-02-10 (relative)"]);
    expect(phrases("The envoys met last Friday.", published)).toEqual(["last Friday → 2026-01-30 (relative)"]);
  });

  it("reads 'After Example's killing, …' as some day from the killing the text dated to publication, and not from another killing", () => {
    const text = "Example was killed in a drone strike on January 3. Two days later, jets bombed five sites, killing 25 fighters. After Example's killing, the ministry said it was sending 3,000 more troops.";
    expect(phrases(text, "2031-01-11")).toEqual(["January 3 → 2031-01-03 (explicit)", "Two days later → 2031-01-05 (anaphoric)", "After Example's killing → 2031-01-03/2031-01-11 (anchored)"]);
  });

  it("reads a bare weekday before a function word ('would open in the capital Thursday as planned', 'resume Thursday in Oslo')", () => {
    // 2031-04-14 is a Monday.
    expect(phrases("Mora said a second round would open in the Austrian capital Thursday as planned.", "2031-04-14")).toEqual(["Thursday → 2031-04-17 (relative)"]);
    expect(phrases("The envoys will resume Thursday in Oslo.", "2031-04-14")).toEqual(["Thursday → 2031-04-17 (relative)"]);
    expect(phrases("He prays every Thursday in Oslo.", "2031-04-14")).toEqual([]);
  });

  it("reads the day of a meeting that 'had been pencilled in for Monday …, was postponed after …' as past, one that 'has been postponed' as ahead", () => {
    // 2031-06-20 is a Friday.
    expect(phrases("A separate meeting, which diplomats said had been pencilled in for Monday in Oslo, was postponed after the ministry said its negotiators could not travel.", "2031-06-20")).toEqual(["Monday → 2031-06-16 (relative)"]);
    expect(phrases("The second round, which officials had pencilled in for Wednesday in Oslo, has been postponed.", "2031-06-20")).toEqual(["Wednesday → 2031-06-25 (relative)"]);
  });

  it("reads 'before the end of the month' as this month", () => {
    expect(phrases("A third round is expected in Oslo before the end of the month.", "2031-02-20")).toEqual(["before the end of the month → 2031-02 (relative)"]);
  });

  it("counts 'a month later' in a clause of its own from the month the sentence gave before it", () => {
    expect(phrases("In June 2029, Example shot down a drone over the strait; a month later, the Guards seized a tanker.", "2031-02-20")).toEqual(["June 2029 → 2029-06 (explicit)", "a month later → 2029-07 (anaphoric)"]);
  });

  it("counts 'six days later' after 'On the night of April 13-14, 2031' from the night's last day, not from an older day", () => {
    const text = "On January 3, 2030, a drone struck a convoy. On the night of April 13-14, 2031, Example launched 300 drones. Its rival's response six days later was limited.";
    expect(phrases(text, "2031-06-01")).toEqual(["January 3, 2030 → 2030-01-03 (explicit)", "April 13-14, 2031 → 2031-04-13/2031-04-14 (explicit)", "six days later → 2031-04-20 (anaphoric)"]);
  });

  it("reads the day of a plan that 'never took place' as past, months back if need be, and that of one 'postponed' as the nearest", () => {
    expect(phrases("A sixth round, set for Oslo on June 15, never took place.", "2031-02-20")).toEqual(["June 15 → 2030-06-15 (explicit)"]);
    expect(phrases("A sixth round, set for Oslo on June 15, has been postponed.", "2031-02-20")).toEqual(["June 15 → 2031-06-15 (explicit)"]);
  });

  it("reads 'on Tuesday the 23rd' as the day that is both, on the side the tense gives", () => {
    // 2031-10-03 is a Friday; 23 September 2031 is a Tuesday.
    expect(phrases("Last-ditch talks in New York on Tuesday the 23rd failed.", "2031-10-03")).toEqual(["Tuesday the 23rd → 2031-09-23 (relative)"]);
    expect(phrases("Envoys will meet on Tuesday the 14th.", "2031-10-03")).toEqual(["Tuesday the 14th → 2031-10-14 (relative)"]);
  });

  it("reads 'on the night of April 13-14' as both days, and not a count after a dated day ('June 3, 2031 - 15 entities')", () => {
    expect(phrases("Iran's answer, on the night of April 13-14, was its first direct attack.", "2031-05-20")).toEqual(["April 13-14 → 2031-04-13/2031-04-14 (explicit)"]);
    expect(phrases("June 3, 2031 - 15 entities listed.", "2031-07-20")).toEqual(["June 3, 2031 → 2031-06-03 (explicit)"]);
  });

  it("reads a month after a deadline told in the present ('expires in October') as still ahead", () => {
    expect(phrases("Under the resolution, the option to restore the sanctions expires in October.", "2031-07-22")).toEqual(["October → 2031-10 (explicit)"]);
    expect(phrases("The envoy visited Oslo in October.", "2031-07-22")).toEqual(["October → 2030-10 (explicit)"]);
  });

  it("counts 'two days later' in a sentence of past acts from the last day lived, not from a meeting still ahead", () => {
    // 2031-07-22 is a Tuesday; the Friday ahead is 25 July.
    const text = "Friday's meeting will be the first since the ministers met in Oslo on June 20. That meeting ended without a breakthrough, and two days later the air force struck three sites.";
    expect(phrases(text, "2031-07-22")).toEqual(["Friday → 2031-07-25 (relative)", "June 20 → 2031-06-20 (explicit)", "two days later → 2031-06-22 (anaphoric)"]);
  });

  it("reads 'in Wednesday's missile attack' as that Wednesday, but not the day of an act another answers or of a meeting", () => {
    // 2031-01-11 is a Saturday.
    expect(phrases("No one was killed in Wednesday's missile attack.", "2031-01-11")).toEqual(["Wednesday → 2031-01-08 (relative)"]);
    expect(phrases("The guards fired missiles in retaliation for Sunday's strikes.", "2031-01-11")).toEqual([]);
    expect(phrases("Mediators have prepared a format for Saturday's meeting in Oslo.", "2031-01-09")).toEqual([]);
  });

  it("reads 'last Monday' in a Tuesday story as the Monday of the week before, not yesterday", () => {
    // 2031-06-24 is a Tuesday.
    expect(phrases("Last Monday, the navy ordered a second carrier to the region.", "2031-06-24")).toEqual(["Last Monday → 2031-06-16 (relative)"]);
    expect(phrases("Last Friday, the ministers met in Geneva.", "2031-06-24")).toEqual(["Last Friday → 2031-06-20 (relative)"]);
  });

  it("does not read a weekday inside a name as a date", () => {
    expect(phrases("Watch the Friday Prayer sermons.", published)).toEqual([]);
  });

  it("resolves 'the same day' to the previous date in the text", () => {
    expect(phrases("On February 3, a jet shot down a drone. The same day, gunboats approached a tanker.", published)).toEqual([
      "February 3 → 2026-02-03 (explicit)",
      "The same day → 2026-02-03 (anaphoric)",
    ]);
    expect(phrases("On February 3, a drone was downed. The next day, a tanker was stopped.", published)).toEqual([
      "February 3 → 2026-02-03 (explicit)",
      "The next day → 2026-02-04 (anaphoric)",
    ]);
  });

  it("anchors 'hours before talks began' and 'within hours of the session concluding' to the talks' date", () => {
    const text =
      "Did the February 6 session change anything? Iran displayed a missile just hours before talks began. Within hours of the Muscat session concluding, sanctions followed.";
    expect(phrases(text, "2026-02-09")).toEqual([
      "February 6 → 2026-02-06 (explicit)",
      "just hours before talks began → 2026-02-06 (anchored)",
      "Within hours of the Muscat session concluding → 2026-02-06 (anchored)",
    ]);
  });

  it("anchors 'Hours after the talks ended' to a weekday on which talks were held, not to a month later in the sentence", () => {
    const text = "Negotiators held indirect talks in Muscat on Friday.\nHours after the talks ended, Trump signed an order, turning a threat he made in January into policy.";
    expect(phrases(text, "2026-02-07")).toEqual(["Friday → 2026-02-06 (relative)", "Hours after the talks ended → 2026-02-06 (anchored)", "January → 2026-01 (explicit)"]);
    // A weekday merely near talks is not their day.
    expect(phrases("On Friday officials said talks might follow.\nHours after the talks ended, sanctions came.", "2026-02-07")).not.toContain("Hours after the talks ended → 2026-02-06 (anchored)");
  });

  it("anchors 'hours after the meeting ended' to the day talks were held, not to a day a round was only set for nor one across ', and'", () => {
    const text = [
      "The first session of the new track was held in Muscat on Feb. 6.",
      "The sixth round, which had been set for Muscat on June 15, 2031, never took place: war broke out two days before the meeting, and on June 22, 2031, bombers struck the sites.",
      "Then, just hours after the Muscat meeting ended, the ministry listed fifteen firms.",
    ].join("\n\n");
    expect(phrases(text, "2032-02-10").at(-1)).toBe("just hours after the Muscat meeting ended → 2032-02-06 (anchored)");
  });

  it("counts 'Four days after the first Muscat round' from the day of the first meeting, not of the latest round", () => {
    const text = [
      "At that first meeting in the Omani capital on April 12, the delegations sat in separate rooms.",
      "On Sunday the negotiators finished a fourth round of talks in Muscat.",
      "Four days after the first Muscat round, the Treasury sanctioned a refinery.",
    ].join("\n\n");
    expect(phrases(text, "2031-05-13").at(-1)).toBe("Four days after the first Muscat round → 2031-04-16 (anchored)");
  });

  it("reads 'claimed on Monday that a drone had been shot down … the night before' as the Sunday: the claim's day is not the act's", () => {
    const text = "The command claimed on Monday that a drone had been shot down over the strait the night before.";
    expect(phrases(text, "2031-03-05")).toEqual(["Monday → 2031-03-03 (relative)", "the night before → 2031-03-02 (anaphoric)"]);
  });

  it("dates 'Hours before the barrage' by the day the text gave for the missiles launched", () => {
    const text = "Late on Saturday, Example launched more than 300 drones and missiles. Hours before the barrage, commandos rappelled onto a container ship.";
    expect(phrases(text, "2031-04-19").at(-1)).toBe("Hours before the barrage → 2031-04-19 (anchored)");
  });

  it("reads a plan told in the pluperfect ('a meeting that had been planned for late January was postponed') at its nearest month, not a year ahead", () => {
    expect(phrases("He added that a meeting in Oslo that had been planned for late January was postponed.", "2031-02-18")).toEqual(["late January → 2031-01-21~/2031-01-31~ (approximate)"]);
  });

  it("reads 'the week after next' as the week after the coming one", () => {
    expect(phrases("A third round is pencilled in for the week after next in Oslo.", "2031-03-05")).toEqual(["the week after next → 2031-03-17/2031-03-23 (relative)"]);
  });

  it("counts 'nine days before that' back from the day the text last gave", () => {
    expect(phrases("The second round was held on Sunday in Oslo. The first round had been held in the same city nine days before that.", "2031-02-18")).toEqual(["Sunday → 2031-02-16 (relative)", "nine days before that → 2031-02-07 (anaphoric)"]);
  });

  it("dates 'On the day of the Oslo session' by the session held in Oslo, not the round the text last dated elsewhere", () => {
    const text = [
      "The March 3 session in Oslo was indirect.",
      "The second round was held in Bern on the 24th.",
      "On the day of the Oslo session, the president signed an order.",
    ].join("\n\n");
    expect(phrases(text, "2031-03-30").at(-1)).toBe("On the day of the Oslo session → 2031-03-03 (anchored)");
  });

  it("dates 'On the very day of the third round' by the day written for the third in a list of rounds, not by a sentence that counts back from it", () => {
    const text = [
      "The first round was held in Oslo on April 2, the second in Bern a week later, and the third again in Oslo on April 16.",
      "On April 12, four days before the third round, the ministry listed six firms.",
      "On the very day of the third round, a blast tore through a port.",
    ].join("\n\n");
    expect(phrases(text, "2031-05-01").at(-1)).toBe("On the very day of the third round → 2031-04-16 (anchored)");
  });

  it("reads a paragraph that tells a past year sentence by sentence ('In April 2019, … On May 8, … In July, …') in that year, in a text of 2031", () => {
    const text = "What followed in 2019 was a year of firsts. In April 2019, the ministry listed the guard corps. On May 8, the president signed an order. In July, the Treasury listed the minister.\n\nOn May 8, officials met again.";
    expect(phrases(text, "2031-08-05")).toEqual(["April 2019 → 2019-04 (explicit)", "May 8 → 2019-05-08 (explicit)", "July → 2019-07 (explicit)", "May 8 → 2031-05-08 (explicit)"]);
    // Going back is no longer the story's thread: "In March" after "On May 8" is the publication's year.
    expect(phrases("In April 2019, the ministry listed the corps. On May 8, the president signed an order. In March, the navy seized a tanker.", "2031-08-05").at(-1)).toBe("March → 2031-03 (explicit)");
  });

  it("gives a day written with its year at the opening of a sentence to the yearless days after it ('On January 10, 2020, a week after the strike … on January 3')", () => {
    expect(phrases("On January 10, 2020, a week after the drone strike in the capital on January 3, the president issued an order.", "2031-08-05")).toEqual(["January 10, 2020 → 2020-01-10 (explicit)", "January 3 → 2020-01-03 (explicit)"]);
  });

  it("reads 'its largest action since 2018' as a yardstick, not the time of the act", () => {
    expect(phrases("Last Wednesday, the Treasury announced what it called its largest action since 2018, sanctioning 115 targets.", "2031-08-05")).toEqual(["Last Wednesday → 2031-07-30 (relative)"]);
    expect(phrases("The navy has patrolled the strait since 2018.", "2031-08-05")).toEqual(["2018 → 2018/2031-08-05 (explicit)"]);
  });

  it("counts 'Seven months later' in months from the day or month the text last gave", () => {
    expect(phrases("On June 20, 2029, the guards shot down a drone. Seven months later, the president ordered a strike.", "2031-05-13")).toEqual(["June 20, 2029 → 2029-06-20 (explicit)", "Seven months later → 2030-01 (anaphoric)"]);
    expect(phrases("The tanker was seized in June 2029. Two months earlier, the navy had stopped another.", "2031-05-13")).toEqual(["June 2029 → 2029-06 (explicit)", "Two months earlier → 2029-04 (anaphoric)"]);
    // From the month written last, not an older day: "On May 3, … In June 2029, … Seven months later".
    expect(phrases("On May 3, officials met.\n\nIn June 2029, the guards shot down a drone. Seven months later, a strike followed.", "2031-05-13").at(-1)).toBe("Seven months later → 2030-01 (anaphoric)");
  });

  it("reads 'Earlier in the week' as this week before publication, but not 'later in the week of June 9'", () => {
    expect(phrases("Earlier in the week, the Treasury announced fresh designations.", "2031-04-13")).toEqual(["Earlier in the week → 2031-04-07/2031-04-12 (relative)"]);
    expect(phrases("Later in the week of June 9 they met.", "2031-04-13")).toEqual(["June 9 → 2031-06-09 (explicit)"]);
  });

  it("counts 'two days before the notification' from the day the text said a state notified", () => {
    expect(phrases("On August 28, the three states notified the Council of non-performance. A meeting in Geneva, two days before the notification, produced nothing.", "2031-08-29").at(-1)).toBe("two days before the notification → 2031-08-26 (anchored)");
  });

  it("reads 'the June war' as a month naming an event, and 'higher than at any point since the June war' as a yardstick", () => {
    expect(phrases("The memory of the June war, when the air force struck three sites, lingers.", "2031-09-20")).toEqual(["June → 2031-06 (explicit)"]);
    expect(phrases("The danger is higher than at any point since the June war.", "2031-09-20")).toEqual([]);
    expect(phrases("The May deadline passed.", "2031-09-20")).toEqual([]);
  });

  it("gives 'in April and October 2029', 'on May 3 and June 9, 2029' the year written with the second to the first", () => {
    expect(phrases("The guards fired two barrages, in April and October 2029.", "2031-05-13")).toEqual(["April → 2029-04 (explicit)", "October 2029 → 2029-10 (explicit)"]);
    expect(phrases("Talks were held on May 3 and June 9, 2029.", "2031-05-13")).toEqual(["May 3 → 2029-05-03 (explicit)", "June 9, 2029 → 2029-06-09 (explicit)"]);
    // Across a year end: "from November to February 2030".
    expect(phrases("The campaign ran from November to February 2030.", "2031-05-13")[0]).toBe("November → 2029-11 (explicit)");
  });

  it("reads 'the Friday before' a plan's 'Sunday 15 June' as June 13, and counts 'that evening' and 'Exactly a week after the first strikes' from it, not from the plan", () => {
    const text = "A sixth round was scheduled for Muscat on Sunday 15 June 2031. In the early hours of the Friday before, the Alliance launched a campaign of air strikes. Ruritania answered that evening with barrages.\n\nExactly a week after the first strikes, the ministers met in Geneva.";
    expect(phrases(text, "2031-06-30")).toEqual([
      "Sunday 15 June 2031 → 2031-06-15 (explicit)",
      "the Friday before → 2031-06-13 (anaphoric)",
      "that evening → 2031-06-13 (anaphoric)",
      "a week after the first strikes → 2031-06-20 (anchored)",
    ]);
  });

  it("reads 'Two days later, in the early hours of Sunday' as the counted day when it is a Sunday, and 'last Monday … the same day' as last Monday", () => {
    expect(phrases("The ministers met in Geneva on June 20. Two days later, in the early hours of Sunday, bombers struck. The following evening, missiles were fired.", "2031-06-30").slice(1)).toEqual([
      "Two days later → 2031-06-22 (anaphoric)",
      "Sunday → 2031-06-22 (anaphoric)",
      "The following evening → 2031-06-23 (anaphoric)",
    ]);
    expect(phrases("The minister signed the waiver last Monday and notified Congress the same day.", "2031-09-20")[0]).toBe("last Monday → 2031-09-15 (relative)");
  });

  it("dates 'Hours before the talks began' by the meeting the story is at, past a round only planned", () => {
    const text = "A sixth round was scheduled for Muscat on Sunday 15 June 2031. It was called off.\n\nOn June 20 the minister met his counterparts in Geneva. Hours before the talks began, he spoke to reporters.";
    expect(phrases(text, "2031-06-30").at(-1)).toBe("Hours before the talks began → 2031-06-20 (anchored)");
  });

  it("counts 'The meeting came a week after their first round' back from the last day lived, not from talks announced for next Saturday", () => {
    const text = "The two sides held a second round in Rome on Saturday. The negotiators would meet again next Saturday.\n\nThe meeting came a week after their first round in Muscat.";
    expect(phrases(text, "2031-04-19").at(-1)).toBe("a week after → 2031-04-12 (anaphoric)");
  });

  it("reads 'On Saturday, [an envoy and a minister with their titles] are due to meet' as the coming Saturday", () => {
    expect(phrases("On Saturday, US Middle East envoy Steve Example and Iranian Foreign Minister Abbas Sample are due to meet in Muscat.", "2031-04-10")).toEqual(["Saturday → 2031-04-12 (relative)"]);
  });

  it("reads 'A second tranche followed in November' as the November after the month the narrative last gave", () => {
    expect(phrases("In May 2028 the administration withdrew from the deal. A second, harsher tranche followed in November.", "2031-09-28")).toEqual(["May 2028 → 2028-05 (explicit)", "November → 2028-11 (explicit)"]);
  });

  it("anchors a window before the talks as an interval", () => {
    const text = "The February 6 meeting was tense. Within a single 72-hour window before delegations arrived in Oman, two incidents occurred.";
    expect(phrases(text, "2026-02-09")[1]).toBe("Within a single 72-hour window before delegations arrived → 2026-02-03/2026-02-06 (anchored)");
  });

  it("marks background far before publication as historical", () => {
    const { all } = read("The 2015 JCPOA collapsed after Washington's 2018 withdrawal in May 2018. The June 2025 strikes followed, and talks resumed on February 6.", {
      published: "2026-02-09",
    });
    expect(all.map((d) => [d.quote, d.historical])).toEqual([
      ["2015", true],
      ["2018", true],
      ["May 2018", true],
      ["June 2025", true],
      ["February 6", false],
    ]);
  });

  it("resolves nothing relative in an undated document", () => {
    expect(phrases("On February 3, a drone was downed. In recent days, ships were stopped. Talks were held on 6 February 2026.")).toEqual([
      "6 February 2026 → 2026-02-06 (explicit)",
    ]);
  });

  it("warns when a weekday contradicts its date and keeps both readings", () => {
    const result = read("The talks on Friday, February 7, 2026 ended.", { published: "2026-02-09" });
    expect(result.all.map((d) => d.date)).toEqual(["2026-02-06?/2026-02-07?"]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]!.message).toMatch(/Friday.*Saturday/);
    expect(result.warnings[0]!.evidence?.quote).toBe("Friday, February 7, 2026");
  });

  it("reads month abbreviations written in capitals, with a year, as logs and bulletins write them", () => {
    expect(phrases("A dhow was seized on 12 SEP 2019 and another on SEP 14, 2019. Patrols resumed in OCT 2019.", "2019-11-01")).toEqual([
      "12 SEP 2019 → 2019-09-12 (explicit)",
      "SEP 14, 2019 → 2019-09-14 (explicit)",
      "OCT 2019 → 2019-10 (explicit)",
    ]);
  });

  it("does not read a capitalised month word without a year as a month", () => {
    expect(phrases("CREWS MAY SAIL AGAIN once the MAR patrol ends, officials said.", "2019-11-01")).toEqual([]);
  });

  it("reads wire weekdays ('early Friday', 'late Thursday', 'imposed on Thursday') like 'on Friday'", () => {
    expect(phrases("Blasts shook the port early Friday. Talks broke up late Thursday. Sanctions were imposed on Thursday.", "2023-06-09")).toEqual([
      "Friday → 2023-06-09 (relative)",
      "Thursday → 2023-06-08 (relative)",
      "Thursday → 2023-06-08 (relative)",
    ]);
  });

  it("reads 'overnight' as the publication day and the day before, approximate", () => {
    expect(phrases("Rockets hit an air base near Erbil overnight, officials said. The overnight attack wounded two guards.", "2022-03-13")).toEqual([
      "overnight → 2022-03-12~/2022-03-13~ (approximate)",
      "overnight → 2022-03-12~/2022-03-13~ (approximate)",
    ]);
  });

  it("puts 'overnight' on the publication day when its paragraph gives a time in the small hours", () => {
    expect(phrases("Drones hit a depot near Kharkiv overnight. Sirens sounded at 3:40 am.", "2022-03-13")).toEqual(["overnight → 2022-03-13 (relative)"]);
    expect(phrases("Drones hit a depot near Kharkiv overnight. Sirens sounded at 11:40 am.", "2022-03-13")).toEqual(["overnight → 2022-03-12~/2022-03-13~ (approximate)"]);
  });

  it("does not read 'overnight' beside another date, under a frame, or in the future tense", () => {
    const text = "On 8 January, missiles struck two bases overnight. Patrols will continue overnight. Shelling went on overnight into Sunday.";
    expect(phrases(text, "2022-03-13").filter((p) => p.startsWith("overnight"))).toEqual([]);
    const framed = "On 8 January, the air base went dark. Rockets struck it overnight.";
    expect(phrases(framed, "2022-03-13")).toEqual(["8 January → 2022-01-08 (explicit)"]);
  });

  it("does not read numbers that are not years as years", () => {
    expect(phrases("They installed 2000 centrifuges and enriched to 60 percent, $2025 in fees, post-2023 blowback.", published)).toEqual([]);
  });

  it("puts a day a past verb governs in the past, even when its date next year is nearer", () => {
    expect(phrases("On 4 January, boats surrounded the tanker.", "2021-12-20")).toEqual(["4 January → 2021-01-04 (explicit)"]);
    expect(phrases("That round is scheduled for 9 January in Oslo.", "2021-12-20")).toEqual(["9 January → 2022-01-09 (explicit)"]);
  });

  it("gives the year that opens a sentence to the days it goes on to give without one", () => {
    expect(phrases("Last year, talks were held on April 12 and May 11.", "2026-05-10")).toEqual([
      "Last year → 2025 (relative)",
      "April 12 → 2025-04-12 (explicit)",
      "May 11 → 2025-05-11 (explicit)",
    ]);
    expect(phrases("Talks were held last year, and again on April 12.", "2026-05-10").at(-1)).toBe("April 12 → 2026-04-12 (explicit)");
  });

  it("reads a timeline entry opening with a season in its heading's year, and counts no anaphor across a year heading", () => {
    const text = "2020\nJan 3 - A drone strike kills a general.\n2023\nSpring - The navy seizes a tanker; a week later the Guards take another.";
    expect(phrases(text, "2025-09-29")).toEqual(["2020 → 2020 (explicit)", "Jan 3 → 2020-01-03 (explicit)", "2023 → 2023 (explicit)", "Spring → 2023-03~/2023-05~ (approximate)"]);
  });

  it("reads an unnumbered 'Days later' as some days after the last day given, never a day", () => {
    expect(phrases("On 3 January a drone strike killed him. Days later Iran fired missiles.", "2020-02-01")).toEqual([
      "3 January → 2020-01-03 (explicit)",
      "Days later → 2020-01-04~/2020-01-12~ (approximate)",
    ]);
  });

  it("reads a calendar's dates as ahead, even after a story told in a past year", () => {
    const text = "Next Saturday marks a year since the strikes of June 13, 2025.\n5. On the calendar\nJune 22: EU foreign ministers meet in Luxembourg.";
    expect(phrases(text, "2026-06-05").at(-1)).toBe("June 22 → 2026-06-22 (explicit)");
    expect(phrases("Next Saturday marks a year since the strikes of June 13, 2025.\nJune 22: ministers met in Luxembourg.", "2026-06-05").at(-1)).toBe("June 22 → 2025-06-22 (explicit)");
  });

  it("does not read a count after a day date as its two-digit year", () => {
    expect(phrases("On April 15, 11 vessels approached. On 10 May, 13 fast craft followed.", "2020-07-31")).toEqual([
      "April 15 → 2020-04-15 (explicit)",
      "10 May → 2020-05-10 (explicit)",
    ]);
  });
});

describe("eventDate", () => {
  it("picks the date of the trigger's clause, else the nearest in the sentence", () => {
    const text = "The US and Iran on Friday (February 6, 2026) resumed talks, as Trump signed an order.";
    const { sentences, eventDate } = read(text);
    const sentence = sentences[0]!;
    const trigger = { start: text.indexOf("signed"), end: text.indexOf("signed") + 6 };
    expect(eventDate(sentence, trigger)?.date).toBe("2026-02-06");
  });

  it("prefers a date in the same clause", () => {
    const text = "Iran hit a tanker on February 3, 2026; the US struck back on February 5, 2026.";
    const { sentences, eventDate } = read(text);
    const at = text.indexOf("struck");
    expect(eventDate(sentences[0]!, { start: at, end: at + 6 })?.date).toBe("2026-02-05");
  });

  it("counts back from the day of the main act to the act after 'four days after', and on from a day after the gap", () => {
    const dateOf = (text: string, word: string, published: string) => {
      const { sentences, eventDate } = read(text, { published });
      const at = text.indexOf(word);
      return eventDate(sentences[0]!, { start: at, end: at + word.length })?.date;
    };
    const lede = "President Trump on Monday signed an order imposing sanctions, four days after Iranian forces shot down a US drone.";
    expect(dateOf(lede, "shot down", "2019-06-24")).toBe("2019-06-20");
    expect(dateOf(lede, "signed", "2019-06-24")).toBe("2019-06-24");
    expect(dateOf("Iran seized a tanker two days after the US struck on June 5.", "seized", "2019-06-24")).toBe("2019-06-07");
    // The act after the gap has a day of its own; and the act counted is a disclosure, not what it disclosed.
    expect(dateOf("The Guards took the Niovi on May 3, a week after Iran's navy seized the Advantage Sweet on April 27.", "seized", "2023-05-10")).toBe("2023-04-27");
    expect(dateOf("Friday's seizure came a day after the Guards disclosed that a tanker had been detained.", "detained", "2019-07-20")).not.toBe("2019-07-18");
  });

  it("takes 'On the same day the EO was signed' for the day the text gave the signing, and a month inside 'Earlier this year' for the act's", () => {
    const text = "EO 13902 was signed by President Trump on January 10, 2020. Yesterday's action is new. On the same day the EO was signed, Treasury designated eight officials.";
    const { sentences, eventDate } = read(text, { published: "2020-10-09" });
    const at = text.indexOf("designated");
    expect(eventDate(sentences[2]!, { start: at, end: at + 10 })?.date).toBe("2020-01-10");
    const seizure = "Earlier this year, Iran seized the Advantage Sweet in the Gulf of Oman in late April, and the Niovi on May 3.";
    const read2 = read(seizure, { published: "2023-08-07" });
    const seized = seizure.indexOf("seized");
    expect(read2.eventDate(read2.sentences[0]!, { start: seized, end: seized + 6 })?.date).toBe("2023-04-21~/2023-04-30~");
  });

  it("returns undefined for a sentence without a date", () => {
    const text = "Oman mediated the talks.";
    const { sentences, eventDate } = read(text, { published: "2026-02-06" });
    expect(eventDate(sentences[0]!, { start: 0, end: 4 })).toBeUndefined();
  });
});

describe("paragraph time frame", () => {
  it("dates the account after 'Then came Feb. 3.' by that day", () => {
    const text = "Then came Feb. 3. Jets from the carrier shot down a drone over the sea.";
    const { sentences, eventDate } = read(text, { published: "2031-02-10" });
    const at = sentences[1]!.start + sentences[1]!.text.indexOf("shot");
    expect(eventDate(sentences[1]!, { start: at, end: at + 4 })).toMatchObject({ date: "2031-02-03", method: "anaphoric" });
  });

  it("takes the day of a sentence opening 'For a few hours on Friday,' as its paragraph's frame", () => {
    const text = "For a few hours on Friday, the capital was the centre of diplomacy. The envoys spent the day in separate rooms.";
    const { sentences, eventDate } = read(text, { published: "2031-02-10" });
    const at = sentences[1]!.start + sentences[1]!.text.indexOf("spent");
    expect(eventDate(sentences[1]!, { start: at, end: at + 5 })).toMatchObject({ date: "2031-02-07", method: "anaphoric" });
  });

  it("dates the account after a sentence that only says when ('… took place on the night of January 11, 2024.')", () => {
    const text = "The most costly of those boardings took place on the night of January 11, 2024. Navy SEALs boarded a dhow and seized missile parts.\nThe Coast Guard stopped another dhow.";
    const { sentences, eventDate } = read(text, { published: "2024-03-01" });
    const at = sentences[1]!.start + sentences[1]!.text.indexOf("boarded");
    expect(eventDate(sentences[1]!, { start: at, end: at + 7 })).toMatchObject({ date: "2024-01-11", method: "anaphoric" });
    // Only within its paragraph; and a sentence that says more than when frames nothing.
    expect(eventDate(sentences[2]!, { start: sentences[2]!.start, end: sentences[2]!.start + 3 })).toBeUndefined();
    const more = read("Talks took place on 6 February 2026 after weeks of threats. The Treasury announced sanctions.", { published: "2026-02-09" });
    expect(more.eventDate(more.sentences[1]!, { start: more.sentences[1]!.start, end: more.sentences[1]!.start + 3 })).toBeUndefined();
  });

  it("dates a sentence without a date by the date phrase opening an earlier sentence of its paragraph", () => {
    const text = "Talks were held on 6 February 2026 in Muscat.\nEven as talks concluded, Washington intensified pressure. The Treasury announced new sanctions.\nThe Treasury announced more sanctions.";
    const { sentences, eventDate } = read(text, { published: "2026-02-06" });
    const treasury = sentences[2]!;
    expect(treasury.text).toBe("The Treasury announced new sanctions.");
    const date = eventDate(treasury, { start: treasury.start + 13, end: treasury.start + 22 });
    expect(date).toMatchObject({ date: "2026-02-06", method: "anaphoric" });
    expect(text.slice(date!.span.start, date!.span.end)).toBe("Even as talks concluded");
    // A new paragraph starts without a frame.
    expect(eventDate(sentences[3]!, { start: sentences[3]!.start, end: sentences[3]!.start + 3 })).toBeUndefined();
  });

  it("does not take a date in the middle of a sentence as a frame", () => {
    const text = "A drone was downed on February 3, officials said. A tanker was stopped.";
    const { sentences, eventDate } = read(text, { published: "2026-02-06" });
    expect(eventDate(sentences[1]!, { start: sentences[1]!.start, end: sentences[1]!.start + 7 })).toBeUndefined();
  });
});

describe("timelines grouped by year", () => {
  it("dates entries under a year heading in that year, and a month that opens an entry", () => {
    const text = "A timeline\n\n2019\n\nMay: The administration declines to renew the exceptions.\n\n2020\n\n3 January: A US drone strike kills Soleimani.\n\nFive days later: Iran fires missiles.\n\nLooking ahead\n\nThe commission will convene on Friday, 2 April.";
    expect(phrases(text, "2021-03-29")).toEqual([
      "2019 → 2019 (explicit)",
      "May → 2019-05 (explicit)",
      "2020 → 2020 (explicit)",
      "3 January → 2020-01-03 (explicit)",
      "Five days later → 2020-01-08 (anaphoric)",
      "Friday, 2 April → 2021-04-02 (explicit)",
    ]);
  });

  it("does not read a month name that opens a sentence without a colon as a date", () => {
    expect(phrases("May God protect them, he said.", "2021-03-29")).toEqual([]);
  });

  it("reads 'the second half of May' as its days", () => {
    expect(phrases("They agreed to meet again in the second half of May.", "2026-05-14")).toEqual(["the second half of May → 2026-05-16~/2026-05-31~ (approximate)"]);
  });
});

describe("publication dates from mastheads and datelines", () => {
  it("finds a hearing statement's date line under a masthead of one-line paragraphs", () => {
    const text = ["STATEMENT OF A WITNESS", "DEPUTY ASSISTANT SECRETARY OF STATE", "BUREAU OF NEAR EASTERN AFFAIRS", "BEFORE THE HOUSE COMMITTEE ON FOREIGN AFFAIRS", "SUBCOMMITTEE ON THE MIDDLE EAST", '"Iran\'s Escalation Ladder"', "February 14, 2024", "Chairman Wilson, Ranking Member Phillips, distinguished Members of the Subcommittee: thank you for the opportunity to appear before you today."].join("\n\n");
    expect(read(text).published.date).toBe("2024-02-14");
  });

  it("gives a yearless wire dateline the year of a full day in its own paragraph, and none from background further down", () => {
    expect(read("TEHRAN, May 23 (IRNA) - The round was held on Friday (Khordad 2, 1404) in Rome.").published.date).toBe("2025-05-23");
    const undated = "DUBAI, Nov 14 (Gulf Wire) - The Guards seized a tanker on Thursday.\n\nThe last such seizure was in April 2024, and the Stena Impero was taken on 19 July 2019.";
    expect(read(undated).published.date).toBeNull();
  });

  it("reads 'The turning point was June.' and a later '13 June' in the publication's year after a flashback to 2028 inside a 2030 story", () => {
    const text = "On 20 August 2030, the minister wrote to the council – two years after the withdrawal on 8 May 2028.\n\nThe turning point was June. The campaign launched on 13 June broke the talks.";
    expect(phrases(text, "2031-09-02")).toEqual(["20 August 2030 → 2030-08-20 (explicit)", "8 May 2028 → 2028-05-08 (explicit)", "June → 2031-06 (explicit)", "13 June → 2031-06-13 (explicit)"]);
  });

  it("reads a byline's date line that ends on a clock's 'a.m.' ('January 11 2031, 9:00 a.m.')", () => {
    const text = "HEADLINE IN CAPITALS\nA standfirst.\nJane Example\nJanuary 11 2031, 9:00 a.m.\n\nIN THE EIGHT DAYS since the strike, the administration has offered four explanations for it, none of them with evidence.";
    expect(read(text).published.date).toBe("2031-01-11");
  });

  it("gives a yearless wire dateline the year the story calls its present when the lead's weekday falls on that day", () => {
    const lead = "TEHRAN, Jan 9 (Gulf Wire) - The ministry admitted on Thursday that the jet was downed.";
    expect(read(`${lead}\n\nThe first days of 2031 were the tensest since the 2015 deal.`).published.date).toBe("2031-01-09");
    // 9 January 2032 is a Friday: the weekday says the story is not of that year.
    expect(read(`${lead}\n\nThe first days of 2032 were the tensest since the 2015 deal.`).published.date).toBeNull();
  });

  it("reads a weekday and a Gregorian date after an Iranian one in a translator's note: 'Saturday 18 Ordibehesht 1400 [8 May 2021]'", () => {
    const text = "[Translated from the Persian. Source: a Tehran daily, Saturday 18 Ordibehesht 1400 [8 May 2021], page 2.]\n\nThe fourth round began yesterday.";
    expect(read(text).published.date).toBe("2021-05-08");
  });
});

describe("two days joined by 'and'", () => {
  it("reads 'on 28 and 29 June 2022' and 'on June 28 and 29' as the interval of both days, not 'on 13 June and 22 June'", () => {
    expect(phrases("Talks in Doha on 28 and 29 June 2022 failed. They met on June 28 and 29. Strikes hit on 13 June and 22 June.", "2022-09-14")).toEqual([
      "28 and 29 June 2022 → 2022-06-28/2022-06-29 (explicit)",
      "June 28 and 29 → 2022-06-28/2022-06-29 (explicit)",
      "13 June → 2022-06-13 (explicit)",
      "22 June → 2022-06-22 (explicit)",
    ]);
  });
});

describe("an almanac's and a live blog's own dates", () => {
  it("reads 'Today is Friday, Jan. 3, the third day of 2025' and 'These are the events of Sunday, June 22, 2025' as publication dates", () => {
    expect(read("Today in History: January 3\n\nBy The Associated Press\n\nToday is Friday, Jan. 3, the third day of 2025. There are 362 days left in the year.", { hasTitle: true }).published.date).toBe("2025-01-03");
    expect(read("LIVEBLOG | DAY 10\n\nIran fires missile barrage at Israel\n\nThese are the events of Sunday, June 22, 2025, as they happened.", { hasTitle: true }).published.date).toBe("2025-06-22");
  });
});

describe("the Iranian calendar", () => {
  it("reads Solar Hijri days with their year as Gregorian days: 'Dey 13, 1398', '13 Dey 1398', 'Khordad 16, 1402'", () => {
    expect(phrases("Soleimani was killed on Dey 13, 1398. Missiles followed on 18 Dey 1398.", "2023-06-07")).toEqual(["Dey 13, 1398 → 2020-01-03 (explicit)", "18 Dey 1398 → 2020-01-08 (explicit)"]);
    expect(phrases("The IRGC on Tuesday (Khordad 16, 1402) unveiled a missile.", "2023-06-07").at(-1)).toBe("Khordad 16, 1402 → 2023-06-06 (explicit)");
  });

  it("converts across leap years: 30 Esfand 1403 is 20 March 2025, 1 Farvardin 1404 is 21 March 2025", () => {
    expect(solarHijriToGregorian(1403, 12, 30)).toEqual({ year: 2025, month: 3, day: 20 });
    expect(solarHijriToGregorian(1404, 1, 1)).toEqual({ year: 2025, month: 3, day: 21 });
    expect(solarHijriToGregorian(1400, 10, 3)).toEqual({ year: 2021, month: 12, day: 24 });
  });

  it("keeps a weekday with the Gregorian date after an Iranian one: 'on Thursday, Khordad 4 (May 25)'", () => {
    // The Iranian day, read in the Iranian year of the writing (1402), is the same day.
    expect(phrases("The ministry displayed the missile on Thursday, Khordad 4 (May 25).", "2023-06-07")).toEqual(["Khordad 4 → 2023-05-25 (explicit)", "May 25 → 2023-05-25 (explicit)"]);
  });

  it("reads Iranian days without a year in the Iranian year of the writing: 'on 17 Farvardin', 'from 7 to 11 Ordibehesht'", () => {
    expect(phrases("The talks began on 17 Farvardin. The third round was held from 7 to 11 Ordibehesht.", "2021-05-08")).toEqual([
      "17 Farvardin → 2021-04-06 (explicit)",
      "7 to 11 Ordibehesht → 2021-04-27/2021-05-01 (explicit)",
    ]);
  });
});

describe("slash dates either way round", () => {
  it("reads '11/03/2022' month-first in a document that writes 'November 3, 2022', day-first in one that writes '8 January 2019'", () => {
    expect(phrases("11/03/2022\n\nOn September 22, 2022, OFAC acted. On October 26, 2020, it had acted.", "2022-12-01")[0]).toBe("11/03/2022 → 2022-11-03 (explicit)");
    expect(phrases("09/01/2019 11:40\n\nOn 8 January 2019, the Council decided. It acted on 16 January 2016.", "2019-02-01")[0]).toBe("09/01/2019 → 2019-01-09 (explicit)");
    expect(phrases("11/03/2022\n\nThe office acted.", "2022-12-01")).toEqual([]);
  });
});

describe("counting back", () => {
  it("reads 'A week earlier', 'Two weeks earlier' and an unnumbered 'Days earlier' back from the last day written", () => {
    expect(phrases("On Thursday, Iran seized a tanker. A week earlier, a carrier was approached. Two weeks earlier, talks ended.", "2024-01-12")).toEqual([
      "Thursday → 2024-01-11 (relative)",
      "A week earlier → 2024-01-04 (anaphoric)",
      "Two weeks earlier → 2023-12-21 (anaphoric)",
    ]);
    expect(phrases("On January 20, a barrage was fired. Days earlier, the IRGC fired missiles at Erbil.", "2024-02-03").at(-1)).toBe("Days earlier → 2024-01-11~/2024-01-19~ (approximate)");
  });

  it("reads 'Hours before the strikes …' as the day of the strikes the text dated", () => {
    expect(phrases("The strikes on Friday began at 4pm. Hours before the strikes in Iraq and Syria, the Treasury sanctioned six officials.", "2024-02-03").at(-1)).toBe("Hours before the strikes → 2024-02-02 (anchored)");
  });
});

describe("the eve of talks", () => {
  it("reads 'on the eve of the talks' after the story has moved past earlier talks as the eve of the next ones", () => {
    const text = "The talks in Rome were held on 26 April 2025. On 3 February, a drone was shot down. Television aired footage of a missile on the eve of the talks. The delegations met for talks in Muscat on Friday 6 February.";
    expect(phrases(text, "2026-03-09")[2]).toBe("on the eve of the talks → 2026-02-05 (anchored)");
    // The next talks may be written as delegations meeting.
    const delegations = "The talks in Rome were held on 26 April 2025. On 3 February, a drone was shot down. Television aired footage on the eve of the talks. The delegations met in Muscat on Friday 6 February. The Geneva session opened on 24 February.";
    expect(phrases(delegations, "2026-03-09")[2]).toBe("on the eve of the talks → 2026-02-05 (anchored)");
  });
});

describe("a plan reported as called off", () => {
  it("dates 'set for June 15 …, was called off' in a November article to the June before, not the June after", () => {
    expect(phrases("The sixth round, set for June 15 in Muscat, was called off.", "2025-11-20")).toEqual(["June 15 → 2025-06-15 (explicit)"]);
    expect(phrases("The sixth round, set for June 15 in Muscat, was called off.", "2025-06-12")).toEqual(["June 15 → 2025-06-15 (explicit)"]);
  });
});

describe("a story told in order through a past year", () => {
  it("reads days and months without a year in the year the narrative last gave, and chains from them", () => {
    const text = "It began on the morning of June 13, 2019. A week later, a drone was shot down. The following Monday, he signed an executive order. Ten days after the order, marines boarded a tanker. The summit was held in August. The plan was a meeting on the evening of September 24. The following January, shortly after midnight on the 3rd, a drone fired on a convoy.";
    expect(phrases(text, "2021-01-19")).toEqual([
      "June 13, 2019 → 2019-06-13 (explicit)",
      "A week later → 2019-06-20 (anaphoric)",
      "The following Monday → 2019-06-24 (anaphoric)",
      "Ten days after the order → 2019-07-04 (anchored)",
      "August → 2019-08 (explicit)",
      "September 24 → 2019-09-24 (explicit)",
      "January → 2020-01 (explicit)",
      "the 3rd → 2020-01-03 (explicit)",
    ]);
  });

  it("reads a day of the month just written with its year in that year: 'In July 2019 … on July 4'", () => {
    expect(phrases("In July 2019 they took the tanker, two weeks after marines boarded another off Gibraltar on July 4.", "2025-11-20")).toEqual([
      "July 2019 → 2019-07 (explicit)",
      "July 4 → 2019-07-04 (explicit)",
    ]);
  });

  it("does not carry a guest's story into the host's next turn of a transcript", () => {
    const text = "SADEGHPOUR: Then in April 2023 they took a tanker.\n\nROMERO: Some say it is a reply to the designations on November 12.\n\nSADEGHPOUR: The administration moved a carrier into the region on June 16.";
    expect(phrases(text, "2025-11-20")).toEqual(["April 2023 → 2023-04 (explicit)", "November 12 → 2025-11-12 (explicit)", "June 16 → 2025-06-16 (explicit)"]);
  });

  it("keeps the publication's year for what is still to come and for a day its weekday contradicts", () => {
    expect(phrases("Talks were held on 8 January 2020. The commission will convene on Friday, 2 April.", "2021-03-29").at(-1)).toBe("Friday, 2 April → 2021-04-02 (explicit)");
  });

  it("reads the date written beside an anchor rather than the anchor: 'during the G7 summit in August'", () => {
    expect(phrases("Talks were held on June 13, 2019. Macron flew Zarif into Biarritz during the G7 summit in August.", "2021-01-19")).toEqual(["June 13, 2019 → 2019-06-13 (explicit)", "August → 2019-08 (explicit)"]);
  });
});

describe("advisories with a date field per entry", () => {
  it("dates an entry's description by its DTG line, across its other fields, until the next entry", () => {
    const text = "Serial 2\nDTG: 15 NOV 2022 approx. 1730 UTC\nPosition: Approx. 150nm SE of Muscat, Oman\nVessel: MT PACIFIC ZIRCON, Liberia flag\nDescription: Vessel struck by a one-way attack UAV.\n\nSerial 3\nDTG: 16 NOV 2022 (time not reported)\nDescription: IRGCN units boarded and detained the vessel.";
    const { sentences, eventDate } = read(text, { published: "2022-11-19" });
    const dateOf = (words: string) => {
      const sentence = sentences.find((s) => s.text.startsWith(words))!;
      return eventDate(sentence, { start: sentence.start, end: sentence.start + 1 })?.date;
    };
    expect(dateOf("Description: Vessel struck")).toBe("2022-11-15");
    expect(dateOf("Description: IRGCN units")).toBe("2022-11-16");
  });

  it("reads 'On the same date' as the day before it", () => {
    expect(phrases("The framework was adopted on 20 July 2023. On the same date the Council listed six individuals.", "2024-03-01").at(-1)).toBe("the same date → 2023-07-20 (anaphoric)");
  });
});

describe("date lines at the top", () => {
  it("reads a metadata strip whose segments are separated by pipes", () => {
    const text = "Explainer: what snapback means\nPolicy primer | Nonproliferation Program | 14 August 2024\nFew provisions of the 2015 agreement are as misunderstood as this one.";
    expect(read(text, { hasTitle: true }).published).toMatchObject({ date: "2024-08-14", method: "dateline" });
  });

  it("reads a date line below a masthead, a section name and a title", () => {
    const text = "U.S. DEPARTMENT OF THE TREASURY\nPress Releases\nTreasury Targets Shadow Fleet Network\nDecember 12, 2024\nWASHINGTON - Today, the Department of the Treasury is designating eight entities.";
    expect(read(text, { hasTitle: true }).published).toMatchObject({ date: "2024-12-12", method: "dateline" });
  });

  it("does not take a date inside a sentence-long line as a date line", () => {
    const text = "Talks in Muscat\nThe talks of 12 December 2024 were held in Muscat under Omani mediation with both delegations.";
    expect(read(text, { hasTitle: true }).published.method).toBe("unknown");
  });
});

describe("tense around a weekday", () => {
  const published = "2025-04-12"; // a Saturday
  it("reads the governing verb, not the rest of the sentence", () => {
    expect(phrases("Iran and the US held talks in Oman on Saturday and agreed to reconvene next week.", published)[0]).toBe("Saturday → 2025-04-12 (relative)");
    expect(phrases("Araqchi said the next round would be held on Saturday.", published)).toEqual(["Saturday → 2025-04-19 (relative)"]);
    expect(phrases("On Tuesday, the envoys will meet again.", published)).toEqual(["Tuesday → 2025-04-15 (relative)"]);
    expect(phrases("On Tuesday, the envoys met again.", published)).toEqual(["Tuesday → 2025-04-08 (relative)"]);
  });
});

describe("tense stays within the clause", () => {
  it("does not let a future verb in an earlier clause or a later one make a weekday future", () => {
    expect(phrases("He said the talks would be indirect, rejecting Trump's assertion on Monday that Washington would deal directly.", "2025-04-12")).toEqual([
      "Monday → 2025-04-07 (relative)",
    ]);
  });
});

describe("anaphors that relate two events", () => {
  it("does not read 'two days before the sixth round' as a date", () => {
    expect(phrases("Israel attacked Iran on 13 June, two days before the sixth round was due.", "2025-06-26")).toEqual(["13 June → 2025-06-13 (explicit)"]);
    expect(phrases("Talks ended on 13 June. Two days before, the envoys met.", "2025-06-26")).toEqual([
      "13 June → 2025-06-13 (explicit)",
      "Two days before → 2025-06-11 (anaphoric)",
    ]);
  });
});

describe("date headings", () => {
  it("dates the paragraphs under a heading that is only a date, up to the next heading", () => {
    const text =
      "GULF SECURITY WEEKLY\nFriday 28 June 2019\nMONDAY 17 JUNE\nThe Pentagon sent troops. The same day, Iran spoke.\nIran warned Europe.\nLOOKING AHEAD\nEurope will answer.";
    const { sentences, eventDate, all } = read(text, { hasTitle: true });
    expect(all.map((d) => `${d.quote} → ${d.date}`)).toEqual(["Friday 28 June 2019 → 2019-06-28", "MONDAY 17 JUNE → 2019-06-17", "The same day → 2019-06-17"]);
    const at = (index: number) => eventDate(sentences[index]!, { start: sentences[index]!.start, end: sentences[index]!.start + 4 })?.date;
    expect(sentences[3]!.text).toBe("The Pentagon sent troops.");
    expect(at(3)).toBe("2019-06-17");
    expect(at(5)).toBe("2019-06-17");
    expect(at(7)).toBeUndefined();
  });
});

describe("more datelines", () => {
  it("dates a yearless wire dateline by a year its own paragraph writes", () => {
    expect(read("MUSCAT, Feb. 6 (Reuters) - Iran and the US held talks. Tensions have risen since late January 2026.").published).toMatchObject({
      date: "2026-02-06",
      method: "dateline",
    });
    expect(read("MUSCAT, Feb. 6 (Reuters) - Iran and the US held talks.").published.method).toBe("unknown");
  });

  it("does not take another report's date as the article's own", () => {
    expect(read("This report by the IAEA, dated 31 May 2025, found uranium traces.").published.method).toBe("unknown");
    expect(read("The figures were correct at the time of writing on 3 March 2025.").published).toMatchObject({ date: "2025-03-03", method: "dateline" });
  });
});

describe("weeks of months, seasons, weekends and the coming days", () => {
  const published = "2026-02-06"; // a Friday
  it("reads the first or last week of a month as an approximate interval", () => {
    expect(phrases("Talks are due in the first week of March 2026.", published)).toEqual(["the first week of March 2026 → 2026-03-01~/2026-03-07~ (approximate)"]);
    expect(phrases("They met in the last week of January.", published)).toEqual(["the last week of January → 2026-01-25~/2026-01-31~ (approximate)"]);
  });

  it("reads a season of a year as an approximate interval", () => {
    expect(phrases("The strikes of summer 2025 hit three sites.", published)).toEqual(["summer 2025 → 2025-06~/2025-08~ (approximate)"]);
  });

  it("reads weekends, 'in the coming days' and 'a week later'", () => {
    expect(phrases("Envoys met over the weekend.", published)).toEqual(["over the weekend → 2026-01-31/2026-02-01 (relative)"]);
    expect(phrases("Envoys will meet next weekend.", published)).toEqual(["next weekend → 2026-02-07/2026-02-08 (relative)"]);
    // Written on a Saturday, "next weekend" is not the one it is written in.
    expect(phrases("Envoys will meet next weekend.", "2026-02-07")).toEqual(["next weekend → 2026-02-14/2026-02-15 (relative)"]);
    // "weekend talks" take the tense of their verb after them, not of the "said" before.
    expect(phrases("Ruritania said weekend talks with the envoys will be held in Oslo.", published)).toEqual(["weekend → 2026-02-07/2026-02-08 (relative)"]);
    expect(phrases("Ruritania said weekend talks with the envoys were held in Oslo.", published)).toEqual(["weekend → 2026-01-31/2026-02-01 (relative)"]);
    expect(phrases("More talks are expected in the coming days.", published)).toEqual(["in the coming days → 2026-02-07~/2026-02-13~ (approximate)"]);
    expect(phrases("Talks were held on February 3. A week later, sanctions followed.", "2026-02-20")).toEqual([
      "February 3 → 2026-02-03 (explicit)",
      "A week later → 2026-02-10 (anaphoric)",
    ]);
  });
});

describe("wire-style relative days", () => {
  const published = "2026-02-06"; // a Friday
  it("reads 'said Sunday', 'in the early hours of Tuesday', 'overnight Wednesday' and 'this morning'", () => {
    expect(phrases("Iran's foreign minister said Sunday that talks would go on.", published)).toEqual(["Sunday → 2026-02-01 (relative)"]);
    expect(phrases("The drone was downed in the early hours of Tuesday.", published)).toEqual(["Tuesday → 2026-02-03 (relative)"]);
    expect(phrases("Strikes hit Natanz overnight Wednesday.", published)).toEqual(["Wednesday → 2026-02-04 (relative)"]);
    expect(phrases("The envoys met this morning.", published)).toEqual(["this morning → 2026-02-06 (relative)"]);
  });
});

describe("short sentences near the top", () => {
  it("does not take a short sentence with a date as a date line", () => {
    expect(read("Talks in Muscat\nTalks resumed on 6 February 2026.\nOman mediated them.", { hasTitle: true }).published.method).toBe("unknown");
  });
});

describe("anaphora after a dated statement", () => {
  it("keeps 'a few hours later' on the antecedent's day and reads 'the following week' as the next Monday-Sunday, approximate", () => {
    const text = "Inspectors left the reactor site on 14 March 2024. A few hours later, the site was struck. Two days later a tanker was seized. The following week the council met.";
    expect(phrases(text, "2024-03-28")).toEqual([
      "14 March 2024 → 2024-03-14 (explicit)",
      "A few hours later → 2024-03-14 (anaphoric)",
      "Two days later → 2024-03-16 (anaphoric)",
      "The following week → 2024-03-18~/2024-03-24~ (anaphoric)",
    ]);
  });

  it("keeps 'Within an hour,' and 'An hour later' on the antecedent's day, but leaves 'within hours of the session' to the talks", () => {
    const text = "The tanker was seized on Friday afternoon. Within an hour, a second ship was boarded. An hour later the Guards released it.";
    expect(phrases(text, "2019-07-20")).toEqual(["Friday → 2019-07-19 (relative)", "Within an hour → 2019-07-19 (anaphoric)", "An hour later → 2019-07-19 (anaphoric)"]);
    expect(phrases("The envoys met on 6 February 2026. Within hours of the session concluding, sanctions followed.", "2026-02-09")).not.toContain("Within hours → 2026-02-06 (anaphoric)");
  });

  it("puts a clock time with no day ('At around 10:25 a.m.,') on the story's day, and counts 'Over the following 12 days' from it", () => {
    const text = "The truce took effect on Tuesday morning. At around 10:25 a.m., the IDF said missiles had been launched. The war began on June 13. Over the following 12 days, Iran fired 550 missiles.";
    expect(phrases(text, "2025-06-24")).toEqual([
      "Tuesday → 2025-06-24 (relative)",
      "At around 10:25 a.m. → 2025-06-24 (anaphoric)",
      "June 13 → 2025-06-13 (explicit)",
      "Over the following 12 days → 2025-06-13~/2025-06-24~ (approximate)",
    ]);
    // A clock time in the future, or one inside a sentence ("said at 10 a.m., …"), is no anaphor.
    expect(phrases("The talks will open on Tuesday. They will begin at 10 a.m., officials said.", "2025-06-22")).toEqual(["Tuesday → 2025-06-24 (relative)"]);
  });

  it("reads nothing when there is no earlier day to count from", () => {
    expect(phrases("A few hours later, the site was struck. The following week the council met.", "2024-03-28")).toEqual([]);
  });
});

describe("since then", () => {
  it("gives a sentence opening with 'Since then' no date, not even its paragraph's time frame", () => {
    const { sentences, eventDate } = read("On 3 May 2022, the board met in Vienna. Since then, inspectors have been barred from the site.", { published: "2022-06-01" });
    expect(eventDate(sentences[1]!, { start: sentences[1]!.start, end: sentences[1]!.start + 5 })).toBeUndefined();
  });

  it("still gives the frame to a following sentence without 'since then'", () => {
    const { sentences, eventDate } = read("On 3 May 2022, the board met in Vienna. Inspectors were barred from the site.", { published: "2022-06-01" });
    expect(eventDate(sentences[1]!, { start: sentences[1]!.start, end: sentences[1]!.start + 5 })?.date).toBe("2022-05-03");
  });
});

describe("a called-off plan's weekday", () => {
  // 8 May 2024 is a Wednesday.
  it("reads 'had been due to … on Saturday' in a postponement as the Saturday ahead", () => {
    expect(phrases("The fifth round, which had been due to take place in Geneva on Saturday, has been called off, officials said.", "2024-05-08")).toEqual([
      "Saturday → 2024-05-11 (relative)",
    ]);
    expect(phrases("The meeting, which was scheduled for Wednesday, has been postponed.", "2024-05-08")).toEqual(["Wednesday → 2024-05-08 (relative)"]);
  });

  it("keeps the past reading when nothing says the plan was called off", () => {
    expect(phrases("The envoys were set to meet on Saturday, and they did, officials said.", "2024-05-08")).toEqual(["Saturday → 2024-05-04 (relative)"]);
    expect(phrases("The meeting was scheduled for Saturday and went ahead.", "2024-05-08")).toEqual(["Saturday → 2024-05-04 (relative)"]);
  });
});

describe("posted, published and updated lines", () => {
  it("dates the document from a labelled date line under the title", () => {
    for (const line of ["Posted on 18 September 2023", "Published: 2023-09-18", "Updated 18 Sep 2023 09:14 GMT"]) {
      const { published } = read(`Tanker held off Hormuz\n${line}\nIran seized a tanker on Sunday.`, { hasTitle: true });
      expect(published).toMatchObject({ date: "2023-09-18", method: "dateline" });
    }
  });

  it("does not take a dated sentence in the body for such a line", () => {
    expect(read("Tanker held off Hormuz\nThe tanker was posted to the Gulf on 18 September 2023 by its owners, who said nothing.", { hasTitle: true }).published.method).toBe("unknown");
  });
});

describe("events timed by the talks", () => {
  it("anchors 'coincided with the talks' and 'on the sidelines of the negotiations' to the document's one talks day", () => {
    const text = "Envoys met in Vienna on 12 March 2023 for a second session of talks. The strike coincided with the talks. A drone was downed on the sidelines of the negotiations.";
    expect(phrases(text, "2023-03-14").slice(1)).toEqual([
      "coincided with the talks → 2023-03-12 (anchored)",
      "on the sidelines of the negotiations → 2023-03-12 (anchored)",
    ]);
  });

  it("reads no date when the document has talks on two days", () => {
    const text = "Envoys met in Vienna on 12 March 2023 for talks. They will hold more talks on 20 March 2023. The strike coincided with the talks.";
    expect(phrases(text, "2023-03-14")).toEqual(["12 March 2023 → 2023-03-12 (explicit)", "20 March 2023 → 2023-03-20 (explicit)"]);
  });
});

describe("dates of bulletin entries and anaphoric years", () => {
  /** The date `eventDate` gives the sentence containing `word`. */
  function dateAt(text: string, word: string, published?: string) {
    const { sentences, eventDate } = read(text, published === undefined ? {} : { published });
    const at = text.indexOf(word);
    const sentence = sentences.find((s) => s.start <= at && s.end > at)!;
    return eventDate(sentence, { start: at, end: at + word.length })?.date;
  }

  it("dates the sentences of an entry that opens with its date and a dash or colon", () => {
    const text = "29 JUL 2021 - MERCER STREET (Liberia-flagged tanker). Attacked by drones north-east of Duqm.\n\nNo further reports.";
    expect(dateAt(text, "Attacked", "2021-08-06")).toBe("2021-07-29");
    expect(dateAt("June 13: Israel struck Natanz. Iran fired missiles in reply.", "fired", "2025-06-20")).toBe("2025-06-13");
  });

  it("does not spread a date from the middle of a paragraph, or one followed by neither dash nor colon", () => {
    expect(dateAt("Talks resumed. 29 JUL 2021 - a tanker was hit. Attacked by drones.", "Attacked", "2021-08-06")).toBeUndefined();
    expect(dateAt("29 July 2021 was quiet. Attacked by drones the ship sailed on.", "Attacked", "2021-08-06")).toBeUndefined();
  });

  it("reads 'at the beginning of the month' and 'in the middle of last month' against publication, to the month", () => {
    expect(phrases("The minister ordered a carrier to the region at the beginning of the month.", "2031-04-19")).toEqual(["at the beginning of the month → 2031-04 (relative)"]);
    expect(phrases("A strike hit the port in the middle of last month.", "2031-04-19")).toEqual(["in the middle of last month → 2031-03 (relative)"]);
  });

  it("reads 'in July that year' in the year written last, and lets it refine that year in its sentence", () => {
    const text = "The region has been listed since 2019, when Iran seized a tanker in the Strait of Hormuz in July that year.";
    expect(phrases(text, "2023-05-02")).toEqual(["July that year → 2019-07 (explicit)"]);
  });

  it("reads no date for 'that year' with no year before it", () => {
    expect(phrases("Iran seized a tanker in July that year.", "2023-05-02")).toEqual([]);
  });

  it("reads 'since January, when …' as January itself: the when-clause happened then", () => {
    expect(phrases("It is the first seizure since January, when the navy took a tanker.", "2024-04-15")).toEqual(["January → 2024-01 (explicit)"]);
    expect(phrases("Seizures have risen since January.", "2024-04-15")).toEqual(["January → 2024-01/2024-04-15 (explicit)"]);
  });

  it("lets the article's date line date only what it announces as under way, not past reports", () => {
    const text = "Treasury targets oil network\nOctober 11, 2024\n\nThe Department of State is designating two entities. A spokesperson said Iran had raised objections.";
    expect(dateAt(text, "designating")).toBe("2024-10-11");
    expect(dateAt(text, "raised")).toBeUndefined();
  });

  it("does not take a quoted 'we are moving forward' as the reporter announcing something under way", () => {
    const text = 'Envoys end talks in Oslo\nOctober 11, 2024\n\n"The talks were serious and we are moving forward slowly," the minister told state television after the meeting.';
    expect(dateAt(text, "serious")).toBeUndefined();
  });

  it("dates no act by a quoted 'today': '\"Talks concluded today in Oslo,\" the minister wrote' is the day of the words quoted", () => {
    expect(dateAt('"Talks concluded today in Oslo with some progress," the minister wrote on X.', "concluded", "2031-05-24")).toBeUndefined();
    expect(dateAt("Talks concluded today in Oslo with some progress, the minister said.", "concluded", "2031-05-24")).toBe("2031-05-24");
  });

  it("dates an act after a ship's relative clause by the day opening the sentence, not by the clause's 'since 2026'", () => {
    const text = "Delegations opened the first round of talks in Oslo on Tuesday last week. On the same Tuesday the Oslo round opened, the Example Star, a cargo ship that has been anchored off the coast since 2026 and is believed to serve as a base, was damaged by a limpet mine.";
    expect(dateAt(text, "damaged", "2031-04-14")).toBe("2031-04-08");
  });

  it("dates no act of the lead by its dateline's own day, but counts from it ('OSLO, 22 July 2031 - A week after the strike …')", () => {
    expect(dateAt("OSLO, 22 July 2031 - The crisis has entered a new phase after the guards seized a tanker, sources said.", "seized")).toBeUndefined();
    expect(dateAt("OSLO, 22 July 2031 - A week after the drone strike that killed the general, the region is still counting the cost.", "strike")).toBe("2031-07-15");
  });

  it("dates the account after 'Tehran's reply, on Monday evening, was …' by that day, for the rest of the paragraph", () => {
    const text = "Ruritania's reply, on Monday evening, was almost ritualistic. The guards fired a salvo of missiles at the air base.\n\nThe navy said it had seen nothing.";
    expect(dateAt(text, "fired", "2031-06-27")).toBe("2031-06-23");
    expect(dateAt(text, "seen", "2031-06-27")).toBeUndefined();
  });

  it("reads 'That same Thursday' as the day the text last gave when it is a Thursday, else as the Thursday the tense gives", () => {
    expect(dateAt("Talks ended in Oslo on July 10, 2031. That same Thursday, the navy seized a tanker.", "seized", "2031-07-22")).toBe("2031-07-10");
    expect(dateAt("The ministry listed two firms on Monday. That same Thursday, the navy seized a tanker.", "seized", "2031-07-22")).toBe("2031-07-17");
  });

  it("reads 'On the same Saturday that the third round was held' and 'the same Friday as the Oslo talks' as those talks' day", () => {
    const text = "The first round was held in Oslo on April 12, 2031, and the third round was held in Bern on April 26. On the same Saturday that the third round was held, an explosion tore through the port.";
    expect(dateAt(text, "explosion", "2031-05-12")).toBe("2031-04-26");
    expect(dateAt("The Oslo talks opened on Friday. On the same Friday as the Oslo talks, the president signed an order.", "signed", "2031-02-12")).toBe("2031-02-07");
  });

  it("dates a clause after ', and' by the day opening the sentence, not by one inside the relative clause before it", () => {
    const text = "On Thursday, the ministry listed 16 people who built drones that were used on April 13, and the Commerce Department tightened export controls.";
    expect(dateAt(text, "tightened", "2031-04-20")).toBe("2031-04-17");
    expect(dateAt(text, "listed", "2031-04-20")).toBe("2031-04-17");
  });
});

describe("a month's year written as a reference", () => {
  it("reads 'In May last year' and 'in March this year' against the publication year", () => {
    expect(phrases("In May last year, the navy seized two tankers.", "2023-05-04")).toEqual(["May last year → 2022-05 (explicit)"]);
    expect(phrases("Exports have risen since March this year.", "2023-05-04")).toEqual(["March this year → 2023-03/2023-05-04 (explicit)"]);
    expect(phrases("A fire wrecked the hall July last year.", "2021-04-13")).toEqual(["July last year → 2020-07 (explicit)"]);    // A day too: not "May 23" of the publication year, still to come.
    expect(phrases("Talks were last held in Oslo on May 23 last year.", "2026-02-10")).toEqual(["May 23 last year → 2025-05-23 (explicit)"]);
    expect(phrases("The order took effect on 4 March this year.", "2026-05-10")).toEqual(["4 March this year → 2026-03-04 (explicit)"]);
  });

  it("reads 'the previous year' and 'the following year' from the year written last", () => {
    expect(phrases("Talks collapsed in 2019; in January of the previous year, Washington had walked out.", "2023-05-04")).toEqual([
      "2019 → 2019 (explicit)",
      "January of the previous year → 2018-01 (explicit)",
    ]);
    expect(phrases("The deal was signed in 2015. Sanctions were lifted in January the following year.", "2023-05-04")).toEqual([
      "2015 → 2015 (explicit)",
      "January the following year → 2016-01 (explicit)",
    ]);
  });

  it("reads no date for 'last year' in an undated text or 'the previous year' with no year before it", () => {
    expect(phrases("In May last year, the navy seized two tankers.")).toEqual([]);
    expect(phrases("In May of the previous year, the navy seized two tankers.", "2023-05-04")).toEqual([]);
  });
});

describe("days and months without a year in an undated text", () => {
  /** The date `eventDate` gives the sentence containing `word`. */
  function dateAt(text: string, word: string, published?: string) {
    const { sentences, eventDate } = read(text, published === undefined ? {} : { published });
    const at = text.indexOf(word);
    const sentence = sentences.find((s) => s.start <= at && s.end > at)!;
    return eventDate(sentence, { start: at, end: at + word.length })?.date;
  }

  it("takes the year last written out before them", () => {
    const text = "Talks resumed in 2025. The first round, in Muscat on April 12, was indirect. In March the envoy had sent a letter.";
    expect(phrases(text)).toEqual(["2025 → 2025 (explicit)", "April 12 → 2025-04-12 (explicit)", "March → 2025-03 (explicit)"]);
  });

  it("reads nothing with no year before them, or only a year used as an adjective", () => {
    expect(phrases("The first round, in Muscat on April 12, was indirect.")).toEqual([]);
    expect(phrases("The 2015 deal collapsed. On January 3 a drone strike killed a general.")).toEqual(["2015 → 2015 (explicit)"]);
  });

  it("drops a narrative year that the written weekday contradicts", () => {
    // 12 April 2025 was a Saturday.
    const { all, warnings } = read("Talks resumed in 2025. The envoys met on Friday, April 12, in Muscat.");
    expect(all.map((d) => d.quote)).toEqual(["2025"]);
    expect(warnings).toEqual([]);
  });

  it("lets anaphors chain from those days", () => {
    const text = "In 2024 Iran fired missiles on October 1. In 2025 talks began. On June 20 the envoys met in Geneva. Two days later bombers struck the plants.";
    expect(dateAt(text, "struck")).toBe("2025-06-22");
  });

  it("keeps reading them against the publication date in a dated text", () => {
    expect(phrases("Iran seized a tanker in 2019. The talks resumed on April 12.", "2025-05-01")).toEqual(["2019 → 2019 (explicit)", "April 12 → 2025-04-12 (explicit)"]);
  });
});

describe("an anaphor beside a day written out", () => {
  function dateAt(text: string, word: string, published?: string) {
    const { sentences, eventDate } = read(text, published === undefined ? {} : { published });
    const at = text.indexOf(word);
    const sentence = sentences.find((s) => s.start <= at && s.end > at)!;
    return eventDate(sentence, { start: at, end: at + word.length })?.date;
  }

  it("dates the event by the written day, even when the anaphor stands nearer", () => {
    const text = "Envoys met on 10 June 2025. On June 22, two days later, bombers struck the plants.";
    expect(dateAt(text, "struck", "2025-06-30")).toBe("2025-06-22");
  });

  it("still dates by the anaphor when no day is written beside it", () => {
    expect(dateAt("Envoys met on 20 June 2025. Two days later bombers struck the plants.", "struck", "2025-06-30")).toBe("2025-06-22");
  });
});

describe("a day of the month with no month", () => {
  it("takes the month of the date before it", () => {
    expect(phrases("On October 1, 2024, Iran fired missiles at Israel; Israel responded on the 26th with air strikes.").at(-1)).toBe("the 26th → 2024-10-26 (explicit)");
    expect(phrases("Talks began in Muscat in April 2025, and the parties met again on the 26th.").at(-1)).toBe("the 26th → 2025-04-26 (explicit)");
    expect(phrases("Envoys met on 12 April 2025. A week later they met in Rome, and again in Muscat on the 26th, when experts joined.").slice(1)).toEqual([
      "A week later → 2025-04-19 (anaphoric)",
      "the 26th → 2025-04-26 (explicit)",
    ]);
  });

  it("reads no date when the day would fall before the date it follows, or a year in between leaves the month unclear", () => {
    expect(phrases("On October 28, 2024, Iran fired missiles; Israel responded on the 3rd.")).toEqual(["October 28, 2024 → 2024-10-28 (explicit)"]);
    expect(phrases("On October 1, 2024, Iran fired missiles. The 2015 deal was long dead. Israel responded on the 26th.").map((p) => p.split(" → ")[0])).toEqual([
      "October 1, 2024",
      "2015",
    ]);
    expect(phrases("Israel responded on the 26th with air strikes.")).toEqual([]);
  });

  it("does not read an ordinal that numbers something else", () => {
    expect(phrases("On October 1, 2024, officials met on the 26th floor of the ministry.")).toEqual(["October 1, 2024 → 2024-10-01 (explicit)"]);
  });
});

describe("date lines that repeat the publication day", () => {
  function dateAt(text: string, word: string) {
    const { sentences, eventDate } = read(text, { hasTitle: true });
    const at = text.indexOf(word);
    const sentence = sentences.find((s) => s.start <= at && s.end > at)!;
    return eventDate(sentence, { start: at, end: at + word.length })?.date;
  }

  it("treats every such line above the body as the article's own date line", () => {
    const text =
      "Iran seizes a tanker in the Strait of Hormuz\nUpdated 04 May 2023\nAFP\nMay 04, 2023 01:12\n\nDUBAI: Iran's Guards seized a tanker on Wednesday, the navy said.\n\nThe judiciary said the ship had been seized on a prosecutor's order. The navy is monitoring the situation.";
    expect(read(text, { hasTitle: true }).published.date).toBe("2023-05-04");
    expect(dateAt(text, "had been seized")).toBeUndefined();
    expect(dateAt(text, "monitoring")).toBe("2023-05-04");
  });

  it("keeps a date heading inside the body as the date of what follows it, even on the publication day", () => {
    const text = "GULF SECURITY DAILY\nFriday 21 June 2019\nIran warned Europe on Thursday.\nFRIDAY 21 JUNE\nThe Pentagon sent troops.";
    expect(read(text, { hasTitle: true }).published.date).toBe("2019-06-21");
    expect(dateAt(text, "sent")).toBe("2019-06-21");
  });
});

describe("years of an undated text", () => {
  it("takes no story year from a list of years ('to Libya in 2011 and to Syria in 2018')", () => {
    const text = "OLC applied that test to Libya in 2011 and to Syria in 2018.\n\nOfficials described the strikes on the night of June 21 as a one-time action.";
    expect(read(text).all.map((d) => d.date)).not.toContain("2018-06-21");
  });
});

describe("days written in digits", () => {
  it("reads a day-first date with full stops and a slashed date whose numbers fix the order", () => {
    expect(phrases("Client Alert | 26.11.2019", "2019-11-27")).toEqual(["26.11.2019 → 2019-11-26 (explicit)"]);
    expect(phrases("Published: 14/04/2024", "2024-04-15")).toEqual(["14/04/2024 → 2024-04-14 (explicit)"]);
    expect(phrases("Posted 04/14/2024", "2024-04-15")).toEqual(["04/14/2024 → 2024-04-14 (explicit)"]);
  });

  it("reads '10.09.2020' month first under prose that writes every date month first, and '04.02.2026' day first beside one such date", () => {
    const alert = "Client Alert\n10.09.2020\n\nOn October 8, 2020, OFAC designated eighteen banks. EO 13902 was signed on January 10, 2020. On September 19, 2020, Pompeo spoke.";
    expect(read(alert).published.date).toBe("2020-10-09");
    const wire = "Burak Demirci | 04.02.2026 - Update : 04.02.2026\n\nThe first round was held on April 12, 2025.";
    expect(read(wire).published.date).toBe("2026-02-04");
  });

  it("leaves a slashed date that either order allows unread, and does not take ratios or versions for days", () => {
    expect(phrases("Posted 04/05/2024", "2024-04-15")).toEqual([]);
    expect(phrases("A 3/4 majority and 2.5% growth.", "2024-04-15")).toEqual([]);
  });

  it("reads a hyphenated byline date '14-10-2031 (updated: 15-10-2031)' as the publication day, but no hyphenated two-digit year", () => {
    const byline = "Council restores measures\nBy Ana Ruiz | Example Europe\n14-10-2031 (updated: 15-10-2031)\n\nThe Council on Tuesday restored the measures it had lifted a decade ago, its statement said.";
    expect(read(byline).published.date).toBe("2031-10-14");
    expect(phrases("Posted 10-14-2031", "2031-10-15")).toEqual(["10-14-2031 → 2031-10-14 (explicit)"]);
    expect(phrases("The vote went 3-2-24 in the end.", "2031-10-15")).toEqual([]);
    expect(phrases("It was filed on 2031-10-14.", "2031-10-15")).toEqual(["2031-10-14 → 2031-10-14 (explicit)"]);
  });

  it("reads a dotted date line followed by its clock, '13.04.2031, 11:52 GMT (Updated: …)', as the publication day, but no figure list", () => {
    const text = "Navy seizes container ship\n\n13.04.2031, 11:52 GMT (Updated: 13.04.2031, 15:20 GMT)\n\nMOSCOW (Example) - The navy seized a container ship on Saturday, the agency reported.";
    expect(read(text).published.date).toBe("2031-04-13");
    expect(phrases("Output rose from 12.04.2031,5 to 13.0.", "2031-10-15")).toEqual([]);
  });
});

describe("publication dates from wire lines and sign-offs", () => {
  it("reads a wire dateline followed by a double dash", () => {
    expect(read("Headline\n\nTEHRAN, April 7, 2021 (Xinhua) -- Iran on Wednesday confirmed the blast.", { hasTitle: true }).published.date).toBe("2021-04-07");
  });

  it("reads a date line that signs off the article", () => {
    const text = ["Talks put off", "", "MUSCAT - A second session has been postponed, officials said on Friday.", "", "Oman will keep its channel open.", "", "Times of Muscat correspondent", "Saturday, 14 February 2026"].join("\n");
    expect(read(text, { hasTitle: true }).published).toMatchObject({ date: "2026-02-14", method: "dateline" });
  });
});

describe("days counted from an event the text dated", () => {
  it("reads 'Twelve days after the Kerman bombing' from the day the Kerman sentence wrote, then chains 'The following evening' and 'Two days after that'", () => {
    const text = [
      "On 3 January 2024, two explosions tore through a crowd in Kerman.",
      "Twelve days after the Kerman bombing, the Guards fired missiles at Erbil.",
      "The following evening Iran struck bases near Panjgur.",
      "Two days after that, Pakistan struck hideouts near Saravan.",
    ].join(" ");
    expect(phrases(text).slice(1)).toEqual([
      "Twelve days after the Kerman bombing → 2024-01-15 (anchored)",
      "The following evening → 2024-01-16 (anaphoric)",
      "Two days after that → 2024-01-18 (anaphoric)",
    ]);
  });

  it("reads nothing when no earlier sentence names the event with a day", () => {
    expect(phrases("Twelve days after the Kerman bombing, the Guards fired missiles at Erbil.", "2024-01-20")).toEqual([]);
  });
});

describe("a month named by reference, and a masthead with segments", () => {
  it("reads 'later that month' as the month of the date before it", () => {
    expect(phrases("The UK acted in October 2022. The EU followed later that month.", "2023-01-30")).toEqual(["October 2022 → 2022-10 (explicit)", "later that month → 2022-10 (anaphoric)"]);
  });

  it("dates a newsletter from a masthead line of dash-separated segments", () => {
    const text = "THE HORMUZ BRIEF\nSanctions and shipping on the Iran file - Issue 42 - Friday, October 30, 2020\n\nGood morning. Treasury acted on Monday.";
    expect(read(text, { hasTitle: true }).published).toMatchObject({ date: "2020-10-30", method: "dateline" });
  });
});

describe("a chronology's own date", () => {
  it("reads 'Last updated 15 January 2020.' in the opening as the publication date", () => {
    const text = "Timeline: Iran and maximum pressure\n\nA chronology of the main measures. Last updated 15 January 2020.\n\n2019\n\n8 April - The State Department designates the IRGC.";
    expect(read(text, { hasTitle: true }).published.date).toBe("2020-01-15");
  });
});

describe("a round-up's masthead", () => {
  it("reads 'IRAN SANCTIONS ROUNDUP - Week ending 16 December 2022' as the publication date", () => {
    const text = "HARGREAVE LLP\nSanctions Practice\n\nIRAN SANCTIONS ROUNDUP - Week ending 16 December 2022\n\nThis week's note collects the developments of the past seven days.";
    expect(read(text, { hasTitle: true }).published.date).toBe("2022-12-16");
  });
});

describe("timelines in capitals, acts dated from another's day, and talks as a time", () => {
  it("reads a timeline's capitalised entry labels ('LATE MARCH -', 'MID-JULY -', 'MARCH -') but not a capitalised month word elsewhere", () => {
    const text = "2025\n\n* LATE MARCH - The Pentagon moves bombers.\n\n* MID-JULY - Iran seizes a tanker.\n\n* MARCH - Trump writes to Khamenei.\n\nTHE MAY DAY PARADE was held.";
    expect(phrases(text, "2025-09-30")).toEqual(["2025 → 2025 (explicit)", "LATE MARCH → 2025-03-21~/2025-03-31~ (approximate)", "MID-JULY → 2025-07-11~/2025-07-20~ (approximate)", "MARCH → 2025-03 (explicit)"]);
  });

  it("dates the act after 'came a week after' back from the day the text last gave, unless the sentence has a day of its own", () => {
    expect(phrases("The drone was shot down early Thursday.\n\nThe shootdown came a week after explosions crippled two tankers.", "2019-06-21")).toContain("a week after → 2019-06-13 (anaphoric)");
    expect(phrases("The drone was shot down early Thursday.\n\nFriday's seizure came a day after the Guards said they had held a tanker.", "2019-06-21").some((p) => p.startsWith("a day after"))).toBe(false);
  });

  it("reads 'As the negotiators were settling in' as the talks' day, not a round still to come", () => {
    const text = "Saturday's meeting in Muscat was the third in a fortnight. The first round took place on April 12. The second round, in Rome a week later, was hosted at the Omani embassy.\n\nAs the negotiators were settling in, a massive explosion tore through the port.\n\nA fourth round is scheduled for May 3.";
    expect(phrases(text, "2025-04-27")).toContain("As the negotiators were settling in → 2025-04-26 (anchored)");
  });

  it("reads a yearless wire dateline in the year of the timeline's latest year heading, and a new section as a new story", () => {
    expect(read("DUBAI/PARIS, Sept 30 (Reuters) - The EU re-imposed sanctions.\n\nBEFORE 2025\n\n* MAY 2018 - Trump quits the deal.\n\n2025\n\n* FEB 4 - Trump signs a memorandum.").published.date).toBe("2025-09-30");
    const release = "In February 2020, the cruiser USS Normandy seized missiles.\n\nSelf-defense strikes\n\nSeparately, on Feb. 14 a destroyer shot down a drone.";
    expect(phrases(release, "2024-02-15")).toContain("Feb. 14 → 2024-02-14 (explicit)");
  });
});

describe("stamps, story days and months counted back (session 8)", () => {
  it("reads a byline's American slash date with a clock in an American zone ('BY MORGAN KESSLER - 01/10/20 01:12 PM EST') month first", () => {
    const found = read("Trump hits Iran's metals industry\n\nBY MORGAN KESSLER - 01/10/20 01:12 PM EST\n\nThe administration on Friday announced sanctions.", { hasTitle: true });
    expect(found.published).toMatchObject({ date: "2020-01-10", method: "dateline" });
    // Without the zone the order is the prose's, and none is written here: no date.
    expect(read("Trump hits Iran\n\n01/10/20 13:12\n\nThe administration announced sanctions.", { hasTitle: true }).published.date).toBeNull();
  });

  it("reads a year-first stamp under the headline ('2021.04.09 15:12 KST') as the publication date", () => {
    const found = read("Iran releases tanker after 3 months\n2021.04.09 15:12 KST\nSEOUL, April 9 (Yonhap) -- Iran has released a tanker, the ministry said Friday.", { hasTitle: true });
    expect(found.published).toMatchObject({ date: "2021-04-09", method: "dateline" });
  });

  it("reads 'later Friday' in a Friday story as that day, and a plain future Friday as the next one", () => {
    expect(phrases("The delegations are set to reconvene later Friday to review progress.", "2021-04-09")).toEqual(["Friday → 2021-04-09 (relative)"]);
    expect(phrases("The delegations will meet again on Friday.", "2021-04-09")).toEqual(["Friday → 2021-04-16 (relative)"]);
  });

  it("counts 'came two weeks after' loosely: the days around the count, approximate", () => {
    expect(phrases("Iran seized the Stena Impero on 19 July 2019.\n\nThe seizure came two weeks after British marines had seized the Grace 1.", "2023-04-28")).toContain(
      "two weeks after → 2019-07-02~/2019-07-08~ (approximate)",
    );
  });

  it("counts 'came a month after' back from the day before it, to the month", () => {
    const text = "Two tankers were attacked on June 13, 2019. The incidents came a month after four vessels were damaged off Fujairah.";
    expect(phrases(text, "2019-06-14")).toEqual(["June 13, 2019 → 2019-06-13 (explicit)", "a month after → 2019-05 (anaphoric)"]);
  });

  it("reads a date line with a clock and a place beside it, and a Gulf ministry's Hijri-and-Gregorian line", () => {
    expect(read("Iran: the snapback closes a cycle\nBy our correspondent\nPublished on October 1, 2025 at 06:15 (Paris time) · Translated from the French\nIt was a funeral.", { hasTitle: true }).published.date).toBe("2025-10-01");
    expect(read("Oil note\nCrude Oil Flash — 15 April 2024, 07:40 London\nMarkets shrugged.", { hasTitle: true }).published.date).toBe("2024-04-15");
    expect(read("MINISTRY OF FOREIGN AFFAIRS\nMuscat, Thursday, 3 Dhu al-Qa'dah 1446 AH corresponding to 1 May 2025\nThe Sultanate announces.", { hasTitle: true }).published.date).toBe("2025-05-01");
    // A headline with a date in it is no date line.
    expect(read("Talks resume — Iran and US meet on 6 February 2026\nThe delegations met.", { hasTitle: true }).published.date).toBeNull();
  });

  it("counts 'two days later' from the latest day the sentence before told, and reads 'a week ago today'", () => {
    const text = "On June 20, barely a week after the offensive launched on June 13, the ministers met in Geneva. Two days later, bombers struck Fordow.";
    expect(phrases(text, "2025-10-01")).toContain("Two days later → 2025-06-22 (anaphoric)");
    expect(phrases("A week ago today, the carrier was ordered to the Gulf.", "2025-04-08")).toEqual(["A week ago today → 2025-04-01 (relative)"]);
  });

  it("reads a masthead in capitals ending on its date, a line opening on its weekday and date, and 'On Saturday last'", () => {
    expect(read("FEDERAL FORFEITURE & SANCTIONS DOCKET DIGEST 04/03/2025\nCASE SUMMARY\nThe court held on April 15, 2019 that the cargo was forfeit.", { hasTitle: false }).published.date).toBe("2025-04-03");
    expect(read("Press Conference by Foreign Minister\nFriday, June 14, 2019, 8:47 a.m. Ministry of Foreign Affairs Press Conference Room\nGood morning.", { hasTitle: true }).published.date).toBe("2019-06-14");
    expect(phrases("On Saturday last, the container ship was boarded.", "2024-04-20")).toEqual(["Saturday last → 2024-04-13 (relative)"]);
  });

  it("reads the date in the path of a web address heading the text ('thenational.ae/world/gcc/2019/06/22/…')", () => {
    expect(read("thenational.ae/world/gcc/2019/06/22/uae-urges-political-solution\nUAE urges a political solution\nThe UAE on Saturday called for dialogue.").published).toMatchObject({ date: "2019-06-22", method: "dateline" });
    expect(read("See https://example.org/archive/2019/06/22/report for the report of that day.\nThe UAE called for dialogue.").published.date).toBeNull();
  });

  it("reads a weekday after a clock time ('at about 5:30 p.m. ET Tuesday')", () => {
    expect(phrases("The missiles were launched at about 5:30 p.m. ET Tuesday from Iranian territory.", "2020-01-08")).toEqual(["Tuesday → 2020-01-07 (relative)"]);
  });

  it("reads a bare weekday after its verb's object ('signed the order Friday,'), not 'the previous Friday'", () => {
    expect(phrases("President Trump signed the order Friday, the same day negotiators met in Muscat.", "2026-02-09")).toEqual(["Friday → 2026-02-06 (relative)", "the same day → 2026-02-06 (anaphoric)"]);
    expect(phrases("In the early hours of the previous Friday, a drone strike killed him.", "2020-01-11")).toEqual([]);
  });

  it("dates the act after 'since January 2020, after …' to January 2020, not the span since", () => {
    expect(phrases("Tensions have run high since January 2020, after a US drone strike killed Qassem Soleimani.", "2024-01-29")).toEqual(["January 2020 → 2020-01 (explicit)"]);
  });

  it("reads 'On June 22nd American B-2 bombers' (a capitalised word right after the day no longer hides the date)", () => {
    expect(phrases("On June 22 American bombers struck Fordow.", "2025-09-30")).toEqual(["June 22 → 2025-06-22 (explicit)"]);
    expect(phrases("On 12 June 2025 bombers struck.", "2025-09-30")).toEqual(["12 June 2025 → 2025-06-12 (explicit)"]);
  });

  it("counts 'days later' from a month the sentence before just gave, not from an older day", () => {
    const text = "On October 3 the militia fired rockets at the base. In 2031 the president called off a raid, and in March 2032 he ordered the strike on the depot. The militia answered days later with a rocket barrage.";
    expect(phrases(text, "2033-01-10").at(-1)).toBe("days later → 2032-03 (approximate)");
  });

  it("gives no year, in an undated text, to a day earlier in the year than the last one written with its year, unless the sentence looks back", () => {
    const text = "The measures returned on October 30, 2031.\n\nOn Mar. 4, a patrol boat fired on a drone. Hours later, a tanker was boarded.\n\nThe boarding followed the detention in May of another tanker.";
    expect(phrases(text)).toEqual(["October 30, 2031 → 2031-10-30 (explicit)", "May → 2031-05 (explicit)"]);
  });

  it("reads no Iranian calendar day in a weapon's name ('a Dey 9 missile battery'), and 'came exactly a week after'", () => {
    expect(phrases("The drone was brought down by a Dey 9 missile battery.", "2031-06-21")).toEqual([]);
    expect(phrases("On Monday a drone was downed. The downing came exactly a week after two tankers were hit.", "2031-06-25")).toEqual(["Monday → 2031-06-23 (relative)", "a week after → 2031-06-16 (anaphoric)"]);
  });

  it("reads 'When the envoy sits down with the minister in Oslo on Saturday, it will be …' as a Saturday still ahead", () => {
    expect(phrases("When the envoy sits down with the minister in Oslo on Saturday, it will be their first meeting.", "2031-04-10")).toEqual(["Saturday → 2031-04-12 (relative)"]);
  });

  it("keeps 'overnight' the night before a report that adds 'the navy said today'", () => {
    expect(phrases("A patrol boat seized two survey drones in the Example Sea overnight, the navy said today.", "2031-09-02")).toEqual(["overnight → 2031-09-01~/2031-09-02~ (approximate)", "today → 2031-09-02 (relative)"]);
  });

  it("reads a month a statement said a round 'was expected in' as ahead, and 'hit' after its subject as past", () => {
    expect(phrases("The spokesman said Thursday that a third round was expected in early March.", "2031-02-20").at(-1)).toBe("early March → 2031-03-01~/2031-03-10~ (approximate)");
    expect(phrases("Bombers hit the depots on June 22.", "2032-02-20")).toEqual(["June 22 → 2031-06-22 (explicit)"]);
  });

  it("reads Monday as this week's when 'last week' comes far after it, and as last week's in 'on Monday last week'", () => {
    expect(phrases("The president signed the order on Monday, the latest turn in a standoff that nearly became a war late last week.", "2031-06-23")[0]).toBe("Monday → 2031-06-23 (relative)");
    expect(phrases("On Monday last week the coast guard boarded a trawler.", "2031-06-25")[0]).toBe("Monday → 2031-06-16 (relative)");
  });

  it("reads 'that November' as the November of the year last written", () => {
    expect(phrases("The crisis began in May 2028, when the council reimposed its measures on the port that November.", "2031-06-24")).toEqual(["May 2028 → 2028-05 (explicit)", "November → 2028-11 (explicit)"]);
    expect(phrases("In 2029 the minister said that May would be decisive.", "2031-06-24")).toEqual(["2029 → 2029 (explicit)"]);
  });

  it("dates 'A day before the Sea Wren was taken' from the day the text gave for the Sea Wren", () => {
    const text = "On July 19, marines boarded the Sea Wren and took it to port. A day before the Sea Wren was taken, the navy said it had downed a drone.";
    expect(phrases(text, "2031-08-22").at(-1)).toBe("A day before the Sea Wren was taken → 2031-07-18 (anchored)");
    const theDay = "On July 19, marines boarded the Sea Wren and took it to port. The day after the Sea Wren was taken, the navy said it had downed a drone.";
    expect(phrases(theDay, "2031-08-22").at(-1)).toBe("The day after the Sea Wren was taken → 2031-07-20 (anchored)");
  });
});

describe("session 13: dates read from a section line, a span before 'Days later', a local hour, an act's verb", () => {
  it("reads the date a trade site prints after the section a story is filed in", () => {
    expect(read("Boarding puts Gulf risk back on the agenda\nin World Shipping News 16/05/2031\nThe seizure of a container ship on Saturday has forced owners to look again.", { hasTitle: true }).published).toMatchObject({ date: "2031-05-16", method: "dateline" });
  });

  it("counts 'Days later' from a span of days written after the last single day ('In late April, …')", () => {
    const text = "The navy intervened early Wednesday. In late April, the guards seized a tanker in the strait. Days later, they seized another off the coast.";
    expect(phrases(text, "2031-07-04").at(-1)).toBe("Days later → 2031-04-22~/2031-05-09~ (approximate)");
  });

  it("puts the local hour of an act on the story's day, unless its sentence writes a day of its own", () => {
    const text = "The navy intervened early Wednesday. In the first incident, a patrol boat approached the tanker at around 1 a.m. local time and ordered it to stop.";
    expect(phrases(text, "2031-05-09").at(-1)).toBe("at around 1 a.m. → 2031-05-07 (anaphoric)");
    const own = "The ministry denied it on Friday. The drone hit the depot at about 1:38 p.m. local time on Thursday.";
    expect(phrases(own, "2031-05-09")).toEqual(["Friday → 2031-05-09 (relative)", "Thursday → 2031-05-08 (relative)"]);
  });

  it("dates 'Hours after the strikes' by the sentence that told the strike with its verb", () => {
    const text = "Bombers struck three sites in the early hours of Sunday. Hours after the strikes, the militia fired rockets at a base.";
    expect(phrases(text, "2031-06-22").at(-1)).toBe("Hours after the strikes → 2031-06-22 (anchored)");
  });

  it("reads 'on the day' alone as the day the text last gave, not 'on the day of the vote'", () => {
    const text = "The ministry listed six firms on Friday. Separately, it named six ships, bringing the total added on the day to twelve.";
    expect(phrases(text, "2031-05-12").at(-1)).toBe("on the day → 2031-05-09 (anaphoric)");
    expect(phrases("The ministry listed six firms on Friday. It acted on the day of the vote.", "2031-05-12")).toEqual(["Friday → 2031-05-09 (relative)"]);
  });

  it("gives days listed after a past one the same tense: 'was held on 12 April, …, a third round on 26 April' in a February story is last April", () => {
    const text = "The first round was held in Oslo on 12 April, followed by a round in Bern on 19 April, a third round in Oslo on 26 April, and a fourth round on 11 May.";
    expect(phrases(text, "2032-02-07")).toEqual(["12 April → 2031-04-12 (explicit)", "19 April → 2031-04-19 (explicit)", "26 April → 2031-04-26 (explicit)", "11 May → 2031-05-11 (explicit)"]);
    // A day with its own future verb keeps it.
    expect(phrases("The first round was held on 12 January, and a second round is expected on 26 April.", "2032-02-07").at(-1)).toBe("26 April → 2032-04-26 (explicit)");
  });

  it("reads 'A June drone attack' as a month naming the event, as 'the June war' is", () => {
    expect(phrases("On April 11, an explosion damaged the plant. A June drone attack damaged the workshop.", "2031-12-20")).toEqual(["April 11 → 2031-04-11 (explicit)", "June → 2031-06 (explicit)"]);
  });

  it("reads a day after a month named in an aside against publication, not as that month's story ('pressure - restored by a memorandum in February 2029 - leads …', then 'So on Feb. 6')", () => {
    const text = "The White House needs to show that pressure - restored by a memorandum in February 2029 - leads somewhere.\n\nSo on Feb. 6, the envoys returned to Oslo. Eleven days later came Bern.";
    expect(phrases(text, "2030-02-23")).toEqual(["February 2029 → 2029-02 (explicit)", "Feb. 6 → 2030-02-06 (explicit)", "Eleven days later → 2030-02-17 (anaphoric)"]);
    // Told as the story, the same month keeps its year.
    expect(phrases("In February 2029, tensions rose.\n\nOn Feb. 6, the envoys met in Oslo.", "2030-02-23").at(-1)).toBe("Feb. 6 → 2029-02-06 (explicit)");
  });

  it("does not count back from a day whose aside closes before the act ('On July 6 - barely a week after Doha - the Treasury listed …')", () => {
    const { datesIn, eventDate, sentences } = read("The Bern talks ended on June 29. On July 6 - barely a week after Bern - the Treasury listed 15 individuals.", { published: "2031-07-12" });
    const sentence = sentences[1]!;
    const at = sentence.start + sentence.text.indexOf("listed");
    expect(datesIn(sentence).map((d) => d.date)).toEqual(["2031-07-06"]);
    expect(eventDate(sentence, { start: at, end: at + 6 })?.date).toBe("2031-07-06");
  });

  it("reads 'Hours earlier' as the day the text last gave, as 'Hours later' is", () => {
    expect(phrases("Missiles were fired at Example on the night of April 13. Hours earlier, commandos boarded a ship.", "2031-04-20")).toEqual(["April 13 → 2031-04-13 (explicit)", "Hours earlier → 2031-04-13 (anaphoric)"]);
  });

  it("reads a stamp either way round ('Issued on: 10/01/2031 - 20:14') by the days the text writes near it, else not at all", () => {
    const text = "Example unveils new sanctions\n\nIssued on: 10/01/2031 - 20:14\n\nOSLO - The United States on Friday slapped fresh sanctions on Ruritania, after a rocket attack on December 27 and missile strikes on January 8.";
    expect(read(text, { hasTitle: true }).published).toMatchObject({ date: "2031-01-10", method: "dateline" });
    // With no day written in words, either reading is as good: no date.
    expect(read("Example unveils new sanctions\n\nIssued on: 10/01/2031 - 20:14\n\nThe United States on Friday slapped fresh sanctions on Ruritania.", { hasTitle: true }).published.date).toBeNull();
  });


  it("takes no publication date from 'Two days after that, on 10 January 2031, …', a day of the story", () => {
    const text = "How red lines changed\n\nIn the early hours of 3 January 2031, a drone strike killed a general. Two days after that, on 10 January 2031, the President signed an order.";
    expect(read(text, { hasTitle: true }).published.date).toBeNull();
  });
});

describe("session 22: what dates the writing", () => {
  it("leaves undated an analysis 'shaped by the events of the preceding summer: … a campaign that began on 13 June 2031'", () => {
    const text = "Example Commentaries\n\nAfter the Clock Ran Out\n\nThe three governments notified the Council in August. Their decision was shaped by the events of the preceding summer: the campaign that began on 13 June 2031 and the strikes that followed.";
    expect(read(text).published.date).toBeNull();
  });

  it("reads 'Jeddah, May 9, 2031, SPA -- The Cabinet …' as a wire dateline", () => {
    const text = "Cabinet Reviews Regional Developments\n\nJeddah, May 9, 2031, SPA -- The Cabinet session held today reviewed the talks in Muscat.";
    expect(read(text, { hasTitle: true }).published).toMatchObject({ date: "2031-05-09", method: "dateline" });
  });
});

describe("session 22: a masthead with the day in two calendars", () => {
  it("reads 'Example Online - Political Desk - Sunday, 22 Dey 1408 (13 January 2030)' as the writing's date", () => {
    const text = "Example Online - Political Desk - Sunday, 22 Dey 1408 (13 January 2030)\n\nNot Finished\n\nThe response came on Wednesday.";
    expect(read(text).published).toMatchObject({ date: "2030-01-13", method: "dateline" });
  });
});

describe("session 24: a day named by its place in the year", () => {
  it("reads 'on the last day of the year' as December 31 and 'the first day of the year' as January 1, in the year the story is in", () => {
    expect(phrases("Protesters stormed the compound on the last day of the year.", "2031-01-09")).toEqual(["the last day of the year → 2030-12-31 (explicit)"]);
    expect(phrases("The order took effect on the first day of the year.", "2031-01-09")).toEqual(["the first day of the year → 2031-01-01 (explicit)"]);
  });
});

describe("session 24: a weekday of last week", () => {
  it("reads 'On Thursday of last week' in a Thursday story as the Thursday of the week before", () => {
    expect(phrases("On Thursday of last week, the ministry designated nine companies.", "2031-03-13").filter((p) => p.startsWith("Thursday"))).toEqual(["Thursday → 2031-03-06 (relative)"]);
  });
});

describe("session 24: a bare weekday between a subject and its verb", () => {
  it("reads 'President Example Monday signed an order' as that Monday, but not 'The Monday deadline'", () => {
    expect(phrases("President Jan Example Monday signed an executive order.", "2031-03-12")).toEqual(["Monday → 2031-03-10 (relative)"]);
    expect(phrases("The Monday deadline passed.", "2031-03-12")).toEqual([]);
  });
});

describe("session 24: a look back told in passing, in an undated text", () => {
  it("reads the days of the next paragraph in the story's year, not in the year a subordinate clause looked back to", () => {
    const text = "The option expires on Oct. 18, 2031, when the resolution ends.\n\nThe Europeans lost that right when they failed to act after Ruritania left the accord in May 2027.\n\nDelegations met in Oslo on November 16.";
    expect(phrases(text).filter((p) => p.startsWith("November 16"))).toEqual(["November 16 → 2031-11-16 (explicit)"]);
    // A look back that opens its sentence moves the story there: "In May 2027, … On May 16, …".
    const opening = "The option expires on Oct. 18, 2031.\n\nIn May 2027, Ruritania left the accord.\n\nOn May 16, its envoys met in Oslo.";
    expect(phrases(opening).filter((p) => p.startsWith("May 16"))).toEqual(["May 16 → 2027-05-16 (explicit)"]);
  });
});

describe("session 26: counts with 'less than' and 'more than'", () => {
  it("reads 'Less than three weeks later' as some day inside the count, and 'More than two weeks later' as some day in the week past it", () => {
    expect(phrases("The order was signed on February 24, 2031. Less than three weeks later, the office designated 16 entities.", "2031-06-01").at(-1)).toBe("Less than three weeks later → 2031-02-25~/2031-03-16~ (approximate)");
    expect(phrases("The order was signed on February 24, 2031. More than two weeks later, the office designated 16 entities.", "2031-06-01").at(-1)).toBe("More than two weeks later → 2031-03-11~/2031-03-17~ (approximate)");
  });
});

describe("session 27: a plan told with an adverb before its participle", () => {
  it("reads 'is tentatively penciled in for Oslo in March' in a February story as the coming March (the adverb does not make it past)", () => {
    expect(phrases("A third session is tentatively penciled in for Oslo in March.", "2031-02-10")).toEqual(["March → 2031-03 (explicit)"]);
  });
});

describe("session 27: 'on the very day the first round opened'", () => {
  it("dates 'On the very day the first round opened' by the day the text gave that round", () => {
    expect(phrases("The first round opened in Oslo on April 6. On the very day the first round opened, a ship was damaged by an explosion.", "2031-04-17")).toEqual(["April 6 → 2031-04-06 (explicit)", "On the very day the first round opened → 2031-04-06 (anchored)"]);
  });
});

describe("session 28: a date line with an editor's note in square brackets", () => {
  it("reads 'OSLO - The Example Daily, Monday 21 July 2031 [translated from Norwegian]' as the publication date", () => {
    const text = "OSLO - The Example Daily, Monday 21 July 2031 [translated from Norwegian]\n\nThe strait on the brink\n\nIran seized a tanker on Friday in the strait, officials said.";
    expect(read(text).published).toMatchObject({ date: "2031-07-21", method: "dateline" });
  });
});

describe("session 28: a count from yesterday's event, opening its sentence", () => {
  it("dates 'A week before yesterday's round the delegations met in Oslo' a week before yesterday, but leaves 'on Thursday, three days before yesterday's talks' to its written day", () => {
    expect(phrases("A week before yesterday's round the delegations met in Oslo.", "2031-04-27")).toEqual(["A week before yesterday → 2031-04-19 (relative)"]);
    expect(phrases("On Thursday, barely three days before yesterday's talks, the Treasury sanctioned four companies.", "2031-05-12")).toContain("yesterday → 2031-05-11 (relative)");
  });
});

describe("session 29: an event counted from where it is named", () => {
  it("dates 'Hours before the attack' by the attack a statement of Monday placed 'two days after' it", () => {
    const { all } = read("The ministry on Monday urged restraint, two days after Ruritania carried out its first direct attack on Example. Hours before the attack, commandos seized a container ship.", { published: "2031-04-15" });
    expect(all.map((d) => [d.quote, d.date])).toEqual([["Monday", "2031-04-14"], ["Hours before the attack", "2031-04-12"]]);
  });
});
