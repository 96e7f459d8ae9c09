import { describe, expect, it } from "vitest";
import { createDocumentContext } from "./_context.js";
import { bundledActorDictionary, recogniseActors } from "./actors.js";
import { extractRounds } from "./rounds.js";

const roundsOf = (text: string, published = "2026-03-05") => {
  const ctx = createDocumentContext({ source: "t.txt", format: "text", text, title: null, links: [], published });
  return extractRounds(ctx, recogniseActors(ctx, bundledActorDictionary()), bundledActorDictionary());
};

describe("extractRounds", () => {
  it("reads no round in the talks a statement of Tuesday speaks of ('a statement on Tuesday described them as an attempt to poison the talks')", () => {
    expect(roundsOf("A ministry statement on Tuesday described the listings as an attempt to poison the atmosphere of the talks.", "2031-03-05").filter((r) => r.date !== undefined)).toEqual([]);
    expect(roundsOf("On Tuesday the talks resumed in Oslo.", "2031-03-05").map((r) => r.date)).toEqual(["2031-03-04"]);
  });

  it("reads an elliptic round with a relative clause before its verb: 'and the sixth, which ran from 12 to 20 June, ended two days after the election'", () => {
    const rounds = roundsOf("Four further rounds followed through April and May, and the sixth, which ran from 12 to 20 June, ended two days after the election.", "2031-12-06");
    expect(rounds.map((r) => [r.date, r.ordinal])).toContainEqual(["2031-06-12/2031-06-20", 6]);
  });

  it("does not date talks by the act their verb failed to stop: 'the meetings had not prevented the reimposition of sanctions on 28 September 2030'", () => {
    const rounds = roundsOf("She said these contacts had not prevented the reimposition of UN sanctions on 28 September 2030.", "2030-10-10");
    expect(rounds.filter((r) => r.date !== undefined)).toEqual([]);
  });

  it("reads no round in 'announced a \"pause\" in the talks' but keeps 'a pause in the eighth round'", () => {
    expect(roundsOf("Then, on 11 March 2031, the coordinator announced a \"pause\" in the talks because of external factors.", "2031-04-01").filter((r) => r.date !== undefined)).toEqual([]);
    expect(roundsOf("The process had been frozen since March 11, when the coordinator announced a pause in the eighth round of talks in Vienna.", "2031-04-01").map((r) => r.ordinal)).toEqual([8]);
  });

  it("reads no round in talks named as a market's hope: 'weighed the tariffs against the prospect of progress in the Omani-mediated talks'", () => {
    expect(roundsOf("Bond yields rose on Tuesday as traders set new sanctions against the prospect of progress in the Omani-mediated talks.", "2031-02-18").filter((r) => r.date !== undefined)).toEqual([]);
  });

  it("reads no round in talks named as the day of something else: 'On the same Saturday that the third round was held, an explosion …'", () => {
    expect(roundsOf("On the same Saturday that the third round was held, an explosion tore through the port.", "2031-05-12")).toEqual([]);
  });

  it("reads no round in talks named as the time of something else: 'At the same time as the talks, Washington continued its pressure'", () => {
    expect(roundsOf("Negotiators met in Oslo on 15 February. At the same time as the talks, Washington continued its pressure.", "2031-02-18").map((r) => r.date)).toEqual(["2031-02-15"]);
  });

  it("reads rounds counted, then listed in brackets after the envoys' titles: 'held five rounds … between U.S. Special Envoy X and Minister Y (the first in Oslo on April 12, followed by Bern on April 19, …)'", () => {
    const rounds = roundsOf("The two sides held five rounds of indirect talks, mediated by Norway, between U.S. Special Envoy Jane Roe and Foreign Minister John Doe (the first in Oslo on April 12, followed by Bern on April 19, Oslo on April 26 and May 11, and the fifth in Bern on May 23).", "2030-10-02");
    expect([...new Set(rounds.map((r) => r.date))].sort()).toEqual(["2030-04-12", "2030-04-19", "2030-04-26", "2030-05-11", "2030-05-23"]);
    // (Since session 28 the item starts at its city.)
    expect(rounds.find((r) => r.date === "2030-04-19")?.evidence[0]?.quote).toBe("Bern on April 19");
  });

  it("reads the rounds listed after the first: 'The first took place in Oslo on April 12; then came Bern on April 19, Oslo again on April 26, and Oslo on May 11'", () => {
    const rounds = roundsOf("The first took place in Oslo on April 12; then came Bern on April 19, Oslo again on April 26, and Oslo on May 11, before the fifth round returned to Bern on May 23.", "2030-10-02");
    expect([...new Set(rounds.map((r) => r.date))].sort()).toEqual(["2030-04-12", "2030-04-19", "2030-04-26", "2030-05-11", "2030-05-23"]);
    // Not where no round is spoken of: "The first ship left Oslo on April 12; then came Bern on April 19".
    expect(roundsOf("The first ship left Oslo on April 12; then came Bern on April 19.", "2030-10-02")).toEqual([]);
  });

  it("reads 'met on April 19 in Bern, and again on April 26 and May 11 in Oslo' as three rounds, the last two in Oslo", () => {
    const rounds = roundsOf("The negotiators then met on April 19 in Bern, and again on April 26 and May 11 in Oslo, the last two with expert-level sessions.", "2031-05-24");
    expect(rounds.map((r) => [r.date, r.venue.city]).sort()).toEqual([["2031-04-19", "Bern"], ["2031-04-26", "Oslo"], ["2031-05-11", "Oslo"]]);
  });

  it("reads no round in a body's own sittings: 'the war cabinet met on Sunday and again on Monday'", () => {
    expect(roundsOf("Example's war cabinet met on Sunday and again on Monday to discuss a response.", "2031-04-16").filter((r) => r.date !== undefined)).toEqual([]);
    expect(roundsOf("The negotiators met in Oslo on Sunday and again on Monday.", "2031-04-16").map((r) => r.date)).toEqual(["2031-04-13", "2031-04-14"]);
  });

  it("reads no round in talks something else ended ('the border war in June, which ended the last cycle of negotiations'), but keeps talks it upended 'that began in April' and a round the negotiators ended", () => {
    // "That round" is the round told before it (none here), not a round of the June named after "since".
    expect(roundsOf("That round was the first formal contact since the border war in June of last year, which ended the last cycle of Omani-mediated negotiations.", "2031-03-04").map((r) => [r.date, r.evidence[0]?.quote.slice(0, 10)])).toEqual([[undefined, "That round"]]);
    expect(roundsOf("The war upended the Omani-mediated talks that began in April.", "2031-08-01").map((r) => r.date)).toEqual(["2031-04"]);
    expect(roundsOf("Negotiators ended a fourth round of indirect talks in Oslo on Tuesday.", "2031-05-15").map((r) => r.date)).toEqual(["2031-05-13"]);
  });

  it("reads 'held five rounds …, the last of them in Rome on May 23' as one round that day, not the count", () => {
    const rounds = roundsOf("Between April and May, the two sides held five rounds of indirect talks mediated by Oman, the last of them in Rome on May 23.", "2031-09-29");
    expect(rounds.map((r) => [r.status, r.date, r.venue.city])).toEqual([["held", "2031-05-23", "Rome"]]);
  });

  it("counts back ', two days after a final round of talks in Geneva … ended without agreement' from the day of the main clause, but not a sentence opening with the count", () => {
    const rounds = roundsOf("The process began on 28 August, when the three states notified the Council, two days after a final round of talks in Geneva between Iranian and European deputy ministers ended without agreement.", "2031-10-01");
    expect(rounds.map((r) => [r.status, r.date, r.venue.city])).toEqual([["held", "2031-08-26", "Geneva"]]);
    expect(roundsOf("Two days after the talks adjourned, a power failure knocked out electricity at the plant.", "2031-10-01")).toEqual([]);
  });

  it("reads 'Five rounds … followed: the first in Muscat on April 12 and the fifth in Rome on May 23' as two rounds, not the count", () => {
    const rounds = roundsOf("Five rounds between the envoys followed: the first in Muscat on April 12 and the fifth in Rome on May 23.", "2031-08-29");
    expect(rounds.map((r) => [r.status, r.date, r.venue.city])).toEqual([
      ["held", "2031-04-12", "Muscat"],
      ["held", "2031-05-23", "Rome"],
    ]);
  });

  it("reads a round that 'was supposed to take place in Muscat last Sunday' as called off that day, and one 'supposed to happen … was postponed' as postponed", () => {
    expect(roundsOf("The sixth round of negotiations, mediated by Oman, was supposed to take place in Muscat last Sunday.", "2031-06-21").map((r) => [r.status, r.date])).toEqual([["cancelled", "2031-06-15"]]);
    expect(roundsOf("A meeting between the envoys that was supposed to happen in Oslo on March 10 was postponed.", "2031-03-12").map((r) => [r.status, r.date])).toEqual([["postponed", "2031-03-10"]]);
  });

  it("reads 'A week later, the delegations convened in Rome' as a round, though it names no one at the table", () => {
    const rounds = roundsOf("The first meeting was held in Muscat on April 12. A week later, the delegations convened in Rome, at the Omani embassy.", "2031-05-13");
    expect(rounds.map((r) => [r.date, r.venue.city])).toEqual([
      ["2031-04-12", "Muscat"],
      ["2031-04-19", "Rome"],
    ]);
    expect(roundsOf("The delegations included technical experts for the first time.", "2031-05-13")).toEqual([]);
  });

  it("gives 'President X, who returned to office in January, opened negotiations through Oman' no day from the aside", () => {
    expect(roundsOf("President Example, who returned to office in January, opened negotiations through Oman.", "2031-08-29").map((r) => r.date)).toEqual([undefined]);
    expect(roundsOf("In January, the president opened negotiations through Oman.", "2031-08-29").map((r) => r.date)).toEqual(["2031-01"]);
  });

  it("reads a listed round that 'went better than either side expected' as held, not planned", () => {
    const rounds = roundsOf("In the spring the envoys held five rounds of talks mediated by Oman. The first, in Muscat on April 12th, went better than either side expected.", "2031-10-01");
    expect(rounds.map((r) => [r.status, r.mode, r.date])).toEqual([["held", "asserted", "2031-04-12"]]);
  });

  it("reads 'The second came a week later, in Rome. The third was back in Muscat a week after that.' as rounds after one named by its ordinal", () => {
    const rounds = roundsOf("The first round was held in Muscat on April 12. The second came a week later, in Rome. The third was back in Muscat a week after that.", "2031-05-13");
    expect(rounds.map((r) => [r.date, r.venue.city])).toEqual([
      ["2031-04-12", "Muscat"],
      ["2031-04-19", "Rome"],
      ["2031-04-26", "Muscat"],
    ]);
    expect(roundsOf("The first round was held in Muscat on April 12. The second came as a surprise to no one.", "2031-05-13")).toHaveLength(1);
  });

  it("reads talks in New York last week that 'failed to produce a deal' as held: an outcome says they took place", () => {
    expect(roundsOf("Talks between the foreign minister and his European counterparts in New York last week failed to produce a deal.", "2031-09-29").map((r) => [r.status, r.date, r.venue.city])).toEqual([["held", "2031-09-22/2031-09-28", "New York"]]);
  });

  it("reads 'days ahead of planned talks between [two envoys with their titles], tentatively scheduled for Feb. 6' as the talks planned that day", () => {
    expect(roundsOf("The incidents come days ahead of planned talks between US Special Envoy Steve Witkoff and Iranian Foreign Minister Abbas Araghchi, tentatively scheduled for Feb. 6.", "2031-02-03").map((r) => [r.status, r.date])).toEqual([["planned", "2031-02-06"]]);
  });

  it("reads 'European Union leaders meeting in Brussels on Wednesday agreed to widen the measures against Iran' as a bloc's summit, no round", () => {
    expect(roundsOf("European Union leaders meeting in Brussels on Wednesday agreed to widen the bloc's measures against Iran.", "2031-04-18")).toEqual([]);
  });

  it("reads 'held a second round … on Saturday, a week after their first encounter in Muscat' in no city of the appositive, and 'The meeting came a week after their first round in Muscat' as that first round", () => {
    const rounds = roundsOf("Iran and the US held a second round of talks on Saturday, a week after their first encounter in Muscat. The meeting came a week after their first round in the Omani capital Muscat.", "2031-04-19");
    expect(rounds.map((r) => [r.date, r.venue.city])).toEqual([
      ["2031-04-19", undefined],
      ["2031-04-12", "Muscat"],
    ]);
  });

  it("reads no round in 'Rafael Grossi, the head of the … International Atomic Energy Agency, held talks with Iranian officials in Tehran'", () => {
    expect(roundsOf("Rafael Grossi, the head of the UN nuclear watchdog, the International Atomic Energy Agency, held talks with Iranian officials in Tehran this week.", "2031-04-19")).toEqual([]);
    expect(roundsOf("Iranian and American negotiators held talks in Muscat on Saturday.", "2031-04-19")).toHaveLength(1);
  });

  it("reads 'meeting the deputy ministers in Istanbul on July 25 and in Geneva on August 26' as two rounds", () => {
    const rounds = roundsOf("The Europeans pursued their own track, meeting Iranian deputy foreign ministers in Istanbul on July 25 and in Geneva on August 26, without a breakthrough.", "2031-09-29");
    expect(rounds.map((r) => [r.date, r.venue.city])).toEqual([
      ["2031-07-25", "Istanbul"],
      ["2031-08-26", "Geneva"],
    ]);
  });

  it("reads the talks in 'agreed to hold a fourth round after more than six hours of discussions in the Omani capital on Saturday' as held that Saturday, apart from the round planned", () => {
    const rounds = roundsOf("Iranian and American negotiators agreed to hold a fourth round of talks after more than six hours of discussions in the Omani capital on Saturday.", "2031-04-27");
    expect(rounds.map((r) => [r.status, r.date])).toEqual([
      ["planned", undefined],
      ["held", "2031-04-26"],
    ]);
  });

  it("reads 'a week after the second round in Rome on April 19' as that round held on April 19, but not talks 'while talks were under way'", () => {
    const rounds = roundsOf("The Muscat meeting came a week after the second round in Rome on April 19, which was held at an embassy.", "2031-04-27");
    expect(rounds.filter((r) => r.date !== undefined).map((r) => [r.status, r.date, r.venue?.city])).toEqual([["held", "2031-04-19", "Rome"]]);
    expect(roundsOf("Last Tuesday the Treasury listed six companies. The minister said it would target the trade while talks were under way.", "2031-04-27")).toEqual([]);
  });

  it("reads 'travelled to Oman in May for indirect talks' as a round held that month, but not 'travelled to Doha on Wednesday for talks with Qatari officials'", () => {
    expect(roundsOf("The coordinator travelled to Oman in May for indirect talks with Iranian officials.", "2031-07-21").map((r) => [r.status, r.date])).toEqual([["held", "2031-05"]]);
    expect(roundsOf("Araghchi, who had travelled to Doha on Wednesday for talks with Qatari officials, said the date was not set.", "2031-05-01")).toEqual([]);
    // The monitor's chief is no side of the file; the EU's coordinator and someone unknown may be.
    expect(roundsOf("The IAEA's director general, Rafael Grossi, travelled to Tehran on Wednesday for talks with Araghchi.", "2031-05-01")).toEqual([]);
    expect(roundsOf("Jane Example travelled to Muscat on Wednesday for talks with Iranian officials.", "2031-05-01").map((r) => [r.status, r.date])).toEqual([["held", "2031-04-30"]]);
  });

  it("reads mediators who 'hosted' two envoys 'in Muscat for indirect talks' in May as a round held then, but no round from 'called for talks'", () => {
    const text = "Omani officials had laid the groundwork in May, when they hosted US envoy Jane Example and Iran's chief nuclear negotiator Ali Bagheri Kani in Muscat for indirect talks.";
    expect(roundsOf(text, "2031-09-18").map((r) => [r.status, r.date, r.venue.city])).toEqual([["held", "2031-05", "Muscat"]]);
    expect(roundsOf("The League, which hosted a summit in Cairo in May, called for talks.", "2031-09-18")).toEqual([]);
  });

  it("reads no round in 'aides who attended or were briefed on Wednesday's closed-door session with the secretary'", () => {
    expect(roundsOf("It was not, according to two aides who attended or were briefed on Wednesday's closed-door session with Secretary Jane Example.", "2031-01-11")).toEqual([]);
  });

  it("reads 'By the sixth round, which broke up on June 20' as that round held that day", () => {
    expect(roundsOf("By the sixth round, which broke up on June 20, 2031, negotiators said the outline of a deal was visible.", "2032-03-01").map((r) => [r.status, r.date, r.ordinal])).toEqual([["held", "2031-06-20", 6]]);
  });

  it("reads no round in 'The meeting was only revealed by the Financial Times in March' nor in a visit whose 'talks there were bilateral'", () => {
    const text = "In January, Omani officials hosted indirect talks in Muscat. The meeting was only revealed by the Financial Times in March. The minister visited Muscat in mid-October, but officials stressed that his talks there were bilateral.";
    expect(roundsOf(text, "2031-10-30").map((r) => [r.status, r.date])).toEqual([["held", "2031-01"]]);
  });

  it("reads no planned round in 'a second session could be held in Europe later this month \"if Saturday produces anything\"'", () => {
    expect(roundsOf('Officials said that a second session could be held in Europe later this month "if Saturday produces anything worth continuing".', "2025-04-10")).toEqual([]);
  });

  it("reads 'began there on April 6, and the sixth round, which ran from June 12 to June 20' as two rounds, each on its own days", () => {
    expect(roundsOf("The negotiations began there on April 6, and the sixth round, which ran from June 12 to June 20, ended without a deal.", "2021-11-29").map((r) => r.date)).toEqual(["2021-04-06", "2021-06-12/2021-06-20"]);
  });

  it("reads a headline's 'US, Iran to hold direct talks Saturday' as a round planned for the coming Saturday", () => {
    expect(roundsOf("Trump says US, Iran to hold direct talks Saturday; Tehran says they will be indirect", "2025-04-08").map((r) => [r.status, r.date])).toEqual([["planned", "2025-04-12"]]);
  });

  it("reads 'A third, held in Muscat on April 26' after a sentence naming the second round, 'and a fifth in Rome in late May', and a past plan 'was scheduled for June 15'", () => {
    const text = "A second round followed a week later in Rome. A third, held in Muscat on April 26, brought expert teams in. A fourth round took place in Muscat in mid-May, and a fifth in Rome in late May. A sixth round was scheduled for June 15 in Muscat.";
    const rounds = roundsOf(text, "2025-09-30").map((r) => [r.status, r.date, r.venue.city]);
    expect(rounds).toContainEqual(["held", "2025-04-26", "Muscat"]);
    expect(rounds).toContainEqual(["held", "2025-05-21~/2025-05-31~", "Rome"]);
    expect(rounds).toContainEqual(["planned", "2025-06-15", "Muscat"]);
  });

  it("reads 'Iran will return to Vienna on Nov. 29 for a seventh round' as planned, and talks that 'opened … on April 6' before anyone 'expected' as held", () => {
    expect(roundsOf("Iran will return to Vienna on Nov. 29 for a seventh round of talks on reviving the deal.", "2021-11-24").map((r) => [r.status, r.date, r.ordinal])).toEqual([["planned", "2021-11-29", 7]]);
    expect(roundsOf("When the talks opened in Vienna on April 6, most diplomats expected a deal within weeks.", "2021-11-24").map((r) => [r.status, r.date])).toEqual([["held", "2021-04-06"]]);
    // A trip home "for consultations" is no round; nor are talks someone says "should not be called" nuclear.
    expect(roundsOf("Bagheri Kani is expected to fly to Tehran for consultations in the coming days.", "2022-03-10")).toEqual([]);
    expect(roundsOf("In a string of visits this month, he has argued that the talks should not be called nuclear negotiations.", "2021-11-24")).toEqual([]);
  });

  it("reads sides that 'agreed to reconvene in Oman next Saturday' as a planned round, and 'the sixth adjourned on June 20' as a held one", () => {
    expect(roundsOf("Both sides described the session as constructive, and they agreed to reconvene in Oman next Saturday, April 26.", "2025-04-19").map((r) => [r.status, r.date])).toEqual([["planned", "2025-04-26"]]);
    expect(roundsOf("The first round opened on April 6, and the sixth adjourned on June 20.", "2021-11-29").map((r) => r.date)).toEqual(["2021-04-06", "2021-06-20"]);
  });

  it("reads elliptic rounds after 'several rounds' and a second venue after 'met … in Istanbul on July 25, and in Geneva on Aug. 26'", () => {
    const counted = roundsOf("Iran and the United States held several rounds of talks in spring 2025. The first was held in Muscat on April 12, 2025, and the fifth in Rome on May 23, 2025.", "2025-10-01");
    expect(counted.map((r) => [r.date, r.venue.city])).toEqual([["2025-04-12", "Muscat"], ["2025-05-23", "Rome"]]);
    const met = roundsOf("Deputy foreign ministers from Iran and the E3 met again in Istanbul on July 25, 2025, and in Geneva on Aug. 26, 2025.", "2025-10-01");
    expect(met.map((r) => [r.date, r.venue.city])).toEqual([["2025-07-25", "Istanbul"], ["2025-08-26", "Geneva"]]);
  });

  it("reads no round in ships' 'encounters in the Gulf of Oman'", () => {
    expect(roundsOf("The decision follows a pair of encounters in the Gulf of Oman on July 5.", "2023-07-17")).toEqual([]);
  });

  it("reads no round in a body's sitting told by a participle: 'Meeting in Luxembourg, the Foreign Affairs Council added …'", () => {
    expect(roundsOf("The first response came on 17 October 2022. Meeting in Luxembourg, the Foreign Affairs Council added eleven individuals to its Iran sanctions list.", "2022-11-01")).toEqual([]);
    expect(roundsOf("Meeting in Vienna on 17 October 2022, Iranian and US negotiators resumed indirect talks.", "2022-11-01").map((r) => r.venue.city)).toEqual(["Vienna"]);
  });

  it("reads a wire line: venue, date, format, mediator and delegation", () => {
    const [round] = roundsOf(
      "Iranian and US negotiators held a fifth round of indirect talks in Rome on Tuesday, with Oman mediating. Deputy Foreign Minister Kazem Gharibabadi led the Iranian delegation.",
    );
    expect(round).toMatchObject({ status: "held", mode: "asserted", venue: { city: "Rome", country: "Italy" }, format: "indirect", ordinal: 5, mediators: ["state:oman"] });
    expect(round?.date).toBe("2026-03-03");
  });

  it("does not take a sitting of an institution's own board or council for a round", () => {
    expect(roundsOf("Grossi is convening an emergency meeting of the agency's board of governors on Monday to discuss Iran's nuclear programme.")).toEqual([]);
    expect(roundsOf("The UN Security Council met on Monday to discuss Iran's nuclear programme.")).toEqual([]);
  });

  it("reads the nuclear deal's Joint Commission reconvening as a planned round", () => {
    expect(roundsOf("The Joint Commission will reconvene on Friday to hear the working groups' reports.", "2021-04-06")[0]).toMatchObject({ status: "planned", date: "2021-04-09" });
  });

  it("reads 'would resume on Thursday' as a planned round, but not talks that would resume only if a condition is met", () => {
    expect(roundsOf("Araghchi told reporters the talks would resume on Thursday in Vienna.", "2021-04-13")[0]).toMatchObject({ status: "planned", date: "2021-04-15" });
    expect(roundsOf("The talks would resume only if Washington lifted sanctions.", "2021-04-13")).toEqual([]);
  });

  it("reads talks used as a time anchor that say when they took place ('since the sixth round ended in June')", () => {
    expect(roundsOf("The Vienna talks have been paused since the sixth round ended in June.", "2021-08-02")[0]).toMatchObject({ status: "held", date: "2021-06" });
    expect(roundsOf("Attacks on shipping have risen since the talks.", "2021-08-02")).toEqual([]);
  });

  it("reads the month May as no modal: 'The talks took place in Muscat on May 11'", () => {
    expect(roundsOf("The talks took place in Muscat on May 11.", "2025-06-01")[0]).toMatchObject({ status: "held", date: "2025-05-11", venue: { city: "Muscat" } });
    expect(roundsOf("The talks may take place in Muscat next week.", "2025-06-01")[0]).toMatchObject({ status: "planned" });
  });

  it("reads two rounds in one sentence, an ordinal standing for the round, and a city that hosted it", () => {
    const found = roundsOf("The fourth round took place in Muscat on May 11, and the fifth ended in Rome on May 23 with some progress.", "2025-06-01");
    expect(found.map((r) => [r.date, r.venue.city, r.ordinal])).toEqual([["2025-05-11", "Muscat", 4], ["2025-05-23", "Rome", 5]]);
    const hosted = roundsOf("Rome hosted the second round of nuclear talks on April 19, and the parties met again in Muscat on April 26.", "2025-06-01");
    expect(hosted.map((r) => [r.date, r.venue.city])).toEqual([["2025-04-19", "Rome"], ["2025-04-26", "Muscat"]]);
  });

  it("reads a round 'set for' a day as planned, a letter proposing negotiations as none, and a cancellation dated only by its own clause", () => {
    expect(roundsOf("A sixth round was set for Muscat on June 15.", "2025-06-01")[0]).toMatchObject({ status: "planned", date: "2025-06-15" });
    expect(roundsOf("In March he sent a letter to Khamenei proposing negotiations.", "2025-06-01")).toEqual([]);
    expect(roundsOf("Iran answered that night with missiles; the sixth round in Oman was cancelled.", "2025-06-14")).toEqual([]);
  });

  it("reads talks that 'would not go ahead' as a cancelled round", () => {
    expect(roundsOf("Oman's foreign minister said the sixth round of talks, scheduled for Sunday in Muscat, would not go ahead.", "2025-08-22")[0]).toMatchObject({ status: "cancelled", date: "2025-08-24", ordinal: 6 });
  });

  it("reads no round in 'a round of pressure', and 'agreed to start the negotiations on 29 November' as a plan", () => {
    expect(roundsOf("The latest round of pressure came this week.", "2024-03-28")).toEqual([]);
    expect(roundsOf('"We agreed to start the negotiations on 29 November in Vienna," Bagheri Kani wrote.', "2021-11-04")[0]).toMatchObject({ status: "planned", date: "2021-11-29" });
  });

  it("reads no round in a correction note", () => {
    expect(roundsOf("An earlier version of this article said the talks would be held on Sunday.", "2026-05-08")).toEqual([]);
  });

  it("reads 'met Iranian counterparts in Istanbul on 25 July and again in Geneva on 26 August' as two rounds", () => {
    const found = roundsOf("We met Iranian counterparts in Istanbul on 25 July and again in Geneva on 26 August to explore a deal.", "2025-08-28");
    expect(found.map((r) => [r.date, r.venue.city])).toEqual([["2025-07-25", "Istanbul"], ["2025-08-26", "Geneva"]]);
  });

  it("dates talks by a relative clause on them and a round that 'ran from' one day to another", () => {
    expect(roundsOf("The talks, which began in the Austrian capital on April 6, aim to bring the United States back.", "2021-06-20")[0]?.date).toBe("2021-04-06");
    expect(roundsOf("The fifth round, which ran from May 25 to June 2, ended with the texts largely drafted.", "2021-06-20")[0]).toMatchObject({ date: "2021-05-25/2021-06-02", ordinal: 5 });
  });

  it("reads no round in an option of a list of scenarios", () => {
    expect(roundsOf("(b) Direct talks hosted by Oman or Qatar, which would require a political decision in Tehran.", "2025-03-03")).toEqual([]);
  });

  it("reads no held round in a date given as 'the eve of the talks'", () => {
    expect(roundsOf("On Monday, the eve of the talks, the US Treasury designated three companies.", "2026-05-14")).toEqual([]);
  });

  it("names the people at the table by side", () => {
    const rounds = roundsOf("In Geneva on March 2, US envoy Steve Witkoff met face-to-face with Iran's Abbas Araghchi for three hours.");
    expect(rounds[0]?.format).toBe("direct");
    expect(rounds[0]?.delegations).toEqual(
      expect.arrayContaining([
        { side: "state:united-states", members: ["person:steve-witkoff"] },
        { side: "state:iran", members: ["person:abbas-araghchi"] },
      ]),
    );
  });

  it("reads a scheduled round as planned, with its venue", () => {
    const rounds = roundsOf("Talks are scheduled to resume in Geneva next month.");
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ status: "planned", mode: "planned", venue: { city: "Geneva" } });
  });

  it("keeps an expected second round planned and off the held round", () => {
    const rounds = roundsOf("The delegations met in Doha on Monday, with a second round expected within days.");
    const held = rounds.find((r) => r.status === "held");
    const planned = rounds.find((r) => r.status === "planned");
    expect(held?.ordinal).toBeUndefined();
    expect(planned?.ordinal).toBe(2);
  });

  it("attaches a next step and a quoted remark with its speaker to the held round", () => {
    const rounds = roundsOf('Trump called the talks "constructive" and said another round was planned for next week.');
    const held = rounds.find((r) => r.status === "held");
    expect(held?.statements[0]).toMatchObject({ speaker: "person:donald-trump" });
    expect(held?.statements[0]?.text).toContain('"constructive"');
    expect(held?.nextStep?.text).toContain("another round was planned");
    expect(rounds.some((r) => r.status === "planned")).toBe(true);
  });

  it("reads the capital metonym as the venue", () => {
    const [round] = roundsOf("The sides concluded a day of talks in the Qatari capital on Sunday.");
    expect(round?.venue).toEqual({ city: "Doha", country: "Qatar" });
  });

  it("yields nothing for talk of talks in general", () => {
    expect(roundsOf("Any second round of talks would face the same obstacles as previous rounds.")).toEqual([]);
    expect(roundsOf("Diplomacy requires patience, and negotiations are rarely quick.")).toEqual([]);
  });

  it("does not date a held round by a later clause about the future", () => {
    const rounds = roundsOf("The talks ended on March 3, and officials said more talks were planned next week.");
    expect(rounds.find((r) => r.status === "held")?.date).toBe("2026-03-03");
  });
  it("does not read talks offered, or a long process of talks, as a round", () => {
    expect(roundsOf("Araghchi mocked Washington's offer of talks on Tuesday.")).toEqual([]);
    expect(roundsOf("Years of US-Iran negotiations ended abruptly when the deal collapsed on March 1.")).toEqual([]);
    expect(roundsOf("US and Iranian negotiators held talks in Muscat on Tuesday.")).toHaveLength(1);
  });
  it("does not date a round by the reference point of a later 'since' phrase", () => {
    const rounds = roundsOf("On the last day the two delegations met face-to-face, the first such meeting since the Geneva talks collapsed in January.");
    expect(rounds.map((r) => r.date)).not.toContain("2026-01");
    // The main verb after the reference point takes the date back.
    expect(roundsOf("The first direct meeting since the envoys were replaced took place on Monday in Oslo.")[0]?.date).toBe("2026-03-02");
    // Talks with their own verb and time after "since" are still reported: background at month precision.
    expect(roundsOf("This is the first meeting since talks were held in Geneva in January.").map((r) => [r.date, r.venue.city])).toContainEqual(["2026-01", "Geneva"]);
    expect(roundsOf("Tuesday's round in Geneva was the second since indirect talks resumed in Muscat on Feb. 6.", "2026-02-25").map((r) => [r.date, r.venue.city])).toContainEqual(["2026-02-06", "Muscat"]);
  });

  it("skips what a questioner asks in a transcript", () => {
    expect(roundsOf('QUESTION: Tehran called the new sanctions "poison" for the talks. Your response?')).toEqual([]);
  });
  it("reads the statement before a rhetorical question, and nothing of a question itself", () => {
    const [round] = roundsOf("Negotiators held indirect talks in Doha on 24 February, yet one doubt lingers - will either capital accept the text on 10 March?");
    expect(round).toMatchObject({ status: "held", format: "indirect", venue: { city: "Doha" }, date: "2026-02-24" });
    // The date in the question is not the statement's.
    const [undated] = roundsOf("Negotiators held indirect talks in Doha, and a doubt lingers: will the text be signed on 10 March?");
    expect(undated?.status).toBe("held");
    expect(undated?.date).toBeUndefined();
    expect(roundsOf("Did negotiators hold indirect talks in Doha on 24 February?")).toEqual([]);
    expect(roundsOf("Negotiators held indirect talks in Doha on 24 February, or did they?")).toEqual([]);
    expect(roundsOf("Q: Negotiators held talks in Doha on 24 February: will they meet again?")).toEqual([]);
  });
  it("reads a postponed or cancelled round, dated by its description or its dateline", () => {
    const [postponed] = roundsOf("The third round of talks, which had been due to take place in Geneva on 12 March, has been postponed, officials said.");
    expect(postponed).toMatchObject({ status: "postponed", ordinal: 3, date: "2026-03-12", venue: { city: "Geneva" } });
    const [cancelled] = roundsOf("9 March | The next session of talks, planned for Doha, is cancelled after the attack.");
    expect(cancelled).toMatchObject({ status: "cancelled", date: "2026-03-09", venue: { city: "Doha" } });
    // A weekday in the relative clause describing the plan is the round's scheduled day (2026-03-05 is a Thursday).
    const [weekday] = roundsOf("The second round of talks between Iran and the E3, which had been due to take place in Vienna on Saturday, has been postponed, diplomats said.");
    expect(weekday).toMatchObject({ status: "postponed", ordinal: 2, date: "2026-03-07", venue: { city: "Vienna" } });
    // A weekday after the verb dates the announcement, not the round.
    expect(roundsOf("The second round of talks in Vienna has been postponed, diplomats said on Monday.")).toEqual([]);
    // A round postponed with no day of its own is left out rather than joined to another round.
    expect(roundsOf("The meeting was being rescheduled for logistical reasons, the mediator said.")).toEqual([]);
    expect(roundsOf("The postponed session in Geneva was mentioned on 2 March.").map((r) => r.status)).not.toContain("postponed");
  });

  it("reads each round of an ordinal list with its own date and venue", () => {
    const rounds = roundsOf(
      "Three rounds have been held so far. The first, in Doha on 2 February, was brief; the second, on 9 February in Geneva, lasted a day, and the third, in Doha on 16 February, set up expert groups, who will meet again.",
    );
    const listed = rounds.filter((r) => r.ordinal !== undefined).map((r) => [r.ordinal, r.date, r.venue.city, r.status]);
    expect(listed).toEqual([
      [1, "2026-02-02", "Doha", "held"],
      [2, "2026-02-09", "Geneva", "held"],
      [3, "2026-02-16", "Doha", "held"],
    ]);
    // Without rounds before it, "the first, in …" is no round.
    expect(roundsOf("Two ships sailed. The first, in Doha on 2 February, was inspected.")).toEqual([]);
  });
  it("reads a present-tense meeting on or after publication as planned, and an intention to meet as planned", () => {
    expect(roundsOf("LOOKING AHEAD\nIran and the E3 meet in Geneva on 9 March.")[0]).toMatchObject({ status: "planned", date: "2026-03-09" });
    expect(roundsOf("Washington says it expects to meet Iran next week.")[0]).toMatchObject({ status: "planned", date: "2026-03-09/2026-03-15" });
    expect(roundsOf("2 March | Iran and the E3 meet in Geneva for four hours of talks.")[0]).toMatchObject({ status: "held", date: "2026-03-02" });
  });
  it("reads a mediator who carries messages between the parties", () => {
    const [round] = roundsOf("Talks were held in Doha on Tuesday, with the delegations in separate rooms while Qatari Prime Minister Khalid Nasser shuttled messages between them.");
    expect(round?.mediators).toEqual(["state:qatar"]);
    const [eu] = roundsOf("Talks resumed in Vienna on Monday, with EU officials shuttling between the two delegations.");
    expect(eu?.mediators).toEqual(["organisation:european-union"]);
    expect(roundsOf("Talks resumed in Vienna on Monday, and Iranian officials said they were hopeful.")[0]?.mediators).toEqual([]);
  });
  it("does not read refused talks, or a meeting off the file, as a round", () => {
    expect(roundsOf("Tehran would not hold talks with Washington on Tuesday, as the US envoy meets officials in Riyadh.")).toEqual([]);
    expect(roundsOf("The EU's foreign ministers meet in Brussels on Monday to discuss Ukraine.")).toEqual([]);
    expect(roundsOf("Araghchi meets the E3 foreign ministers in Geneva on 2 March.")[0]).toMatchObject({ status: "held", venue: { city: "Geneva" } });
  });
  it("reads a round that could take place as planned, and rounds counted in general as none", () => {
    expect(roundsOf("Diplomats say a new round might take place in Doha later this month.")[0]).toMatchObject({ status: "planned", mode: "planned" });
    expect(roundsOf("Since 2021, Qatar has hosted several rounds of indirect negotiations.")).toEqual([]);
  });
  it("dates a planned round by its own day, not the day it was announced", () => {
    const [round] = roundsOf("Araghchi said on Tuesday that the next round of indirect talks with the United States will be held in Rome on Saturday.", "2026-03-03");
    expect(round).toMatchObject({ status: "planned", date: "2026-03-07", venue: { city: "Rome" } });
    expect(roundsOf("Araghchi said on Tuesday that talks were held in Rome.", "2026-03-03")[0]?.date).toBe("2026-03-03");
  });
  it("reads a commission that 'will convene' and sides that 'agreed to meet again' as planned rounds", () => {
    expect(roundsOf("The JCPOA Joint Commission will convene virtually on Friday, 2 April.", "2021-03-29")[0]).toMatchObject({ status: "planned", date: "2021-04-02" });
    const planned = roundsOf("Oman's foreign ministry said the two sides had agreed to meet again in the second half of May.", "2026-05-14");
    expect(planned.map((r) => [r.status, r.date])).toEqual([["planned", "2026-05-16~/2026-05-31~"]]);
  });

  it("does not date talks that had taken place by the day of a statement about them", () => {
    expect(roundsOf("Baghaei told reporters in Tehran on Wednesday that the discussions had focused on the nuclear file.", "2026-05-14")).toEqual([]);
  });

  it("reads a round 'expected in October' or that a mediator 'has proposed hosting' in October as one ahead, not the October before", () => {
    expect(roundsOf("A new round of talks is expected in October.", "2027-09-30").map((r) => [r.status, r.date])).toEqual([["planned", "2027-10"]]);
    expect(roundsOf("Oslo has proposed hosting a new round of talks in the second half of October.", "2027-09-30").map((r) => [r.status, r.date])).toEqual([["planned", "2027-10-16~/2027-10-31~"]]);
  });

  it("reads a round 'scheduled for 15 June' that 'was scuttled' as called off on the June before the story", () => {
    expect(roundsOf("The sixth round, scheduled for 15 June in Oslo, was scuttled when fighting broke out two days earlier.", "2032-02-09").map((r) => [r.status, r.date])).toEqual([["cancelled", "2031-06-15"]]);
  });

  it("reads no round in talks named as the day of something else: 'On the same Saturday that the third round was held, an explosion …'", () => {
    expect(roundsOf("On the same Saturday that the third round was held, an explosion tore through the port.", "2031-05-12")).toEqual([]);
  });

  it("reads no round in talks named as the time of something else ('designations have continued throughout the talks', 'amid the talks')", () => {
    expect(roundsOf("The president signed a memorandum on February 4, and the designations have continued throughout the talks.", "2031-06-05")).toEqual([]);
    expect(roundsOf("The president signed a memorandum on February 4, and designations continued amid the talks.", "2031-06-05")).toEqual([]);
  });

  it("reads no round in a round compared ('more realistic than in the first round') nor in dialogue a swap 'would \"open a door to\"'", () => {
    expect(roundsOf('Speaking to reporters on his return to Oslo on Monday night, Araghchi described the atmosphere as "serious and more realistic than in the first round", but stressed that his country will not negotiate under threats.', "2031-02-17").filter((r) => r.date !== undefined)).toEqual([]);
    expect(roundsOf('Speaking to reporters in Oslo on Tuesday on the sidelines of the General Assembly, the minister said Bern hoped the swap would "open a door to broader dialogue" on the nuclear programme.', "2031-02-17").filter((r) => r.date !== undefined)).toEqual([]);
  });

  it("reads no round in talks called for: 'prompting the prime minister to say it was time to begin talks on …'", () => {
    expect(roundsOf("Earlier this month, a drone strike killed a commander, prompting the prime minister to say it was time to begin talks on ending the coalition's presence.", "2031-01-30").filter((r) => r.date !== undefined)).toEqual([]);
    expect(roundsOf("The minister called for talks with Ruritania on Monday.", "2031-01-30").filter((r) => r.status === "held")).toEqual([]);
  });

  it("reads a round planned past a list between dashes: 'the talks between Ruritania and the parties - Britain, China, France - is due to start on Monday'", () => {
    expect(roundsOf("The eighth round of the talks between Ruritania and the remaining parties to the pact - Britain, China, France, Germany and Russia - is due to start on Monday.", "2031-12-23").map((r) => [r.status, r.date, r.ordinal])).toEqual([["planned", "2031-12-29", 8]]);
  });

  it("reads a round 'announced for Oslo on May 3' as a plan, and one that 'did not happen' as called off on that day", () => {
    expect(roundsOf("A fourth round had been announced for Oslo on May 3. It did not happen.", "2031-06-05").map((r) => [r.status, r.date, r.venue.city])).toEqual([["cancelled", "2031-05-03", "Oslo"]]);
    expect(roundsOf("A fourth round has been announced for Oslo on 3 July.", "2031-06-05").map((r) => [r.status, r.date])).toEqual([["planned", "2031-07-03"]]);
  });

  it("reads sides that 'agreed to set up working groups and to meet again' later this month as a round planned, not held", () => {
    expect(roundsOf("An official said the two sides had agreed to set up working groups and to meet again in Oslo later this month.", "2031-02-09").map((r) => [r.status, r.date])).toEqual([["planned", "2031-02"]]);
  });

  it("reads sides that 'agreed in principle to reconvene for a second round' as a round planned", () => {
    expect(roundsOf("The two sides agreed in principle to reconvene for a second round in Oslo later this month, although no date has been set.", "2031-02-09").map((r) => [r.status, r.date, r.venue.city])).toEqual([["planned", "2031-02", "Oslo"]]);
  });

  it("reads talks that 'will resume … in the middle of the coming week', said many words after the talks, as planned for mid-next week", () => {
    const [planned] = roundsOf("The negotiator has said that talks with the five powers on reviving the 2029 accord will resume in Oslo in the middle of the coming week.", "2031-12-05");
    expect(planned).toMatchObject({ status: "planned", date: "2031-12-09~/2031-12-11~", venue: { city: "Oslo" } });
  });

  it("does not date talks a statement only mentions ('unrelated to the negotiations') by the statement's day, but keeps talks it says were held", () => {
    expect(roundsOf("The ministry's spokesman told reporters in Oslo on Monday that the border clashes were unrelated to the negotiations.", "2027-04-14")).toEqual([]);
    expect(roundsOf("The spokesman said on Monday that the talks were held in Bern.", "2027-04-14").map((r) => [r.status, r.date])).toEqual([["held", "2027-04-12"]]);
  });

  it("reads delegations that sat in separate rooms as an indirect round, and not talks that 'will' precede the next one", () => {
    const [lead] = roundsOf("For four hours on Saturday, the two delegations sat in separate rooms of the Omani ambassador's residence.", "2025-04-20");
    expect(lead).toMatchObject({ status: "held", date: "2025-04-19", format: "indirect" });
    const next = roundsOf("The third round is to be held in Muscat next Saturday, and will be preceded by expert-level talks.", "2025-04-20");
    expect(next.map((r) => r.status)).toEqual(["planned"]);
  });

  it("reads a meeting 'quietly abandoned' as called off, a round 'held in Muscat on May 24' named after 'since', and a session that 'would now be held next week'", () => {
    expect(roundsOf("The meeting with Rouhani on September 24 was quietly abandoned.", "2019-10-01")[0]).toMatchObject({ status: "cancelled", date: "2019-09-24" });
    expect(roundsOf("Baghaei cited demands made since the fifth round, held in Muscat on May 24, and said Iran would not negotiate.", "2026-06-05")[0]).toMatchObject({ status: "held", date: "2026-05-24" });
    expect(roundsOf("Oman said on Wednesday that the session would now be held next week.", "2026-06-05")[0]).toMatchObject({ status: "planned", date: "2026-06-08/2026-06-14" });
  });

  it("reads 'The plan … was a meeting on September 24' as a planned round, even told after the day", () => {
    const [plan] = roundsOf("The plan, as one French official later described it, was a three-way meeting at the hotel on the evening of September 24, with Macron as host.", "2021-01-19");
    expect(plan).toMatchObject({ status: "planned", date: "2020-09-24" });
  });

  it("reads negotiators expected to meet again as a planned round", () => {
    expect(roundsOf("Negotiators are expected to meet again in Geneva next week.")[0]).toMatchObject({ status: "planned", venue: { city: "Geneva" } });
  });
  it("reads two rounds joined by 'and' in one sentence, each with its own date and venue", () => {
    const rounds = roundsOf("The talks follow the round hosted by the Sultanate earlier this month and the second round convened in Rome last Saturday.", "2025-04-26");
    expect(rounds.map((r) => [r.date, r.venue.city ?? null, r.ordinal ?? null])).toEqual([
      ["2025-04-01/2025-04-25", null, null],
      ["2025-04-19", "Rome", 2],
    ]);
  });

  it("reads 'will hold talks … on Friday' as a planned round on the coming Friday, past a list of names", () => {
    const [round] = roundsOf("Iran will hold talks on its nuclear programme with Britain, France and Germany in Geneva on Friday, the Foreign Ministry said.", "2024-11-25");
    expect(round).toMatchObject({ status: "planned", date: "2024-11-29", venue: { city: "Geneva" } });
  });
  it("reads 'met Iran's X' as talks held and 'are prepared to meet' as talks planned", () => {
    const held = roundsOf("Deputy foreign ministers of the E3 met Iran's Kazem Gharibabadi in Istanbul on 25 July.", "2025-09-02");
    expect(held.map((r) => [r.status, r.date, r.venue.city])).toEqual([["held", "2025-07-25", "Istanbul"]]);
    const planned = roundsOf("A diplomat said the three ministers are prepared to meet Araghchi in New York later this month.", "2025-09-02");
    expect(planned.map((r) => r.status)).toEqual(["planned"]);
  });
  it("reads rounds counted in the plural and placed day by day as one round per day, at the city before each", () => {
    const rounds = roundsOf("Last year, Oman mediated five rounds, held in Muscat on April 12, April 26 and May 11, and in Rome on April 19 and May 23.", "2026-05-10");
    expect(rounds.map((r) => [r.date, r.venue.city]).sort()).toEqual([
      ["2025-04-12", "Muscat"],
      ["2025-04-19", "Rome"],
      ["2025-04-26", "Muscat"],
      ["2025-05-11", "Muscat"],
      ["2025-05-23", "Rome"],
    ]);
  });
  it("reads an elliptic '…, and the second at the residence in Geneva on April 18' as its own round, day and city", () => {
    const rounds = roundsOf("The first round took place in Muscat on March 28, and the second at the Omani ambassador's residence in Geneva on April 18.", "2026-05-10");
    expect(rounds.map((r) => [r.date, r.venue.city])).toEqual([
      ["2026-03-28", "Muscat"],
      ["2026-04-18", "Geneva"],
    ]);
  });
  it("reads no round in talks paused or stalled, talks one is open to, or a meeting being discussed", () => {
    expect(roundsOf("2021\nJune - Hardliner Ebrahim Raisi is elected president; the talks are paused.", "2025-09-29")).toEqual([]);
    expect(roundsOf("2022\nMarch - Talks stall as a near-final text is held up, in part by Russian demands.", "2025-09-29")).toEqual([]);
    const idea = "Iranian diplomats said they are open to talks with the E3 in Istanbul, and a meeting at deputy minister level is being discussed for later this month.";
    expect(roundsOf(idea, "2025-08-14")).toEqual([]);
  });
  it("reads no round in talks only supposed ('Should talks resume …', 'If talks resume …') or only possible ('envoys can carry messages between delegations …')", () => {
    expect(roundsOf("Should talks resume this year, the first test will be whether either side raises the issue.", "2025-03-03")).toEqual([]);
    expect(roundsOf("If talks resume in 2025, they are likely to begin with a quiet message carried through Muscat.", "2025-01-14")).toEqual([]);
    expect(roundsOf("Omani envoys can carry messages between delegations sitting in separate rooms.", "2025-01-14")).toEqual([]);
    expect(roundsOf("Talks were held in Muscat on Saturday, and officials said they could resume next week.", "2025-03-03").map((r) => r.status)).toContain("held");
  });

  it("reads 'the first round of the current process … in the Omani capital Muscat' as the first round, in Muscat", () => {
    const [round] = roundsOf("The first round of the current process was held in the Omani capital Muscat on Saturday, April 12, and was followed by sessions in Rome.", "2025-05-23");
    expect(round).toMatchObject({ date: "2025-04-12", ordinal: 1, venue: { city: "Muscat" } });
  });
  it("reads no round in a meeting of the EU's own foreign ministers", () => {
    expect(roundsOf("June 22: EU foreign ministers meet in Luxembourg; a proposal to list the IRGC is on the agenda.", "2026-06-05")).toEqual([]);
  });
  it("reads no round in a minister meeting a third state's leader, and still one in meeting the US envoy", () => {
    expect(roundsOf("Iran's foreign minister is in Moscow today and is meeting Vladimir Putin, the Kremlin says.", "2025-06-23")).toEqual([]);
    expect(roundsOf("Iran's Araghchi met US envoy Steve Witkoff in Muscat on Saturday.", "2025-06-23").map((r) => r.venue.city)).toEqual(["Muscat"]);
  });

  it("reads an ordinal alone as the round called off after a sentence counting rounds, and 'never happened' as cancelled", () => {
    const text = "We had five rounds this spring.\n\nRight, and the sixth, set for June 15 in Muscat, was called off once Israel struck Iran.";
    expect(roundsOf(text, "2025-11-20").map((r) => [r.status, r.date, r.ordinal, r.venue.city])).toEqual([["cancelled", "2025-06-15", 6, "Muscat"]]);
    expect(roundsOf("Five people were injured, and the sixth, a guard, was called off duty.", "2025-11-20")).toEqual([]);
    const never = roundsOf("The last time the sides met for talks was Rome on May 23; the sixth round, pencilled in for Muscat on June 15, never happened.", "2025-10-04");
    expect(never.map((r) => [r.status, r.date])).toEqual([["cancelled", "2025-06-15"], ["held", "2025-05-23"]]);
  });

  it("reads '; a fifth, set for 9 June in Bern, was scrapped after … strikes on 7 June' as that round cancelled, and no rounds from the days after the semicolon", () => {
    const text = "Four rounds of talks mediated by Norway were held in the spring; a fifth, set for 9 June in Bern, was scrapped after the strikes on 7 June.";
    expect(roundsOf(text, "2031-09-29").map((r) => [r.status, r.date, r.ordinal, r.venue.city])).toEqual([["cancelled", "2031-06-09", 5, "Bern"]]);
  });

  it("reads ministers and the EU's foreign policy chief who 'met Araghchi in Geneva' as a round, dated by its own day, not by the day 'the offensive launched on' before it", () => {
    const text =
      "Foreign Minister Abbas Araghchi spoke first. On 20 June, a week after the offensive launched on 13 June, French Foreign Minister Jean Example and Kallas met Araghchi in Geneva for talks that ended without a breakthrough.";
    expect(roundsOf(text, "2031-09-29").map((r) => [r.status, r.date, r.venue.city])).toEqual([["held", "2031-06-20", "Geneva"]]);
    // A surname alone after "met" is no side unless the document knows it as one.
    expect(roundsOf("On 20 June, French Foreign Minister Jean Example met Smith in Geneva.", "2031-09-29")).toEqual([]);
  });

  it("reads 'the sixth broke up on 20 June' and 'an eighth began on 27 December' after rounds counted", () => {
    const text = "Five more rounds followed; the sixth broke up on 20 June 2021. The seventh round opened on 29 November 2021, and an eighth began on 27 December.";
    expect(roundsOf(text, "2025-04-09").map((r) => [r.status, r.date])).toEqual([["held", "2021-06-20"], ["held", "2021-11-29"], ["held", "2021-12-27"]]);
  });

  it("reads talks someone announced 'would' be held as planned", () => {
    const text = "On Monday, Trump surprised reporters by announcing that the United States and Iran would hold talks on Saturday, 12 April.";
    expect(roundsOf(text, "2025-04-09").map((r) => [r.status, r.date])).toEqual([["planned", "2025-04-12"]]);
    expect(roundsOf("Iran would hold talks only if sanctions were lifted.", "2025-04-09")).toEqual([]);
  });

  it("reads ordinals after a sentence counting rounds, each at its own day, and the count itself as no round", () => {
    const text = "Oman has mediated the three rounds held so far this year. The first took place in Muscat on April 12, the second at the Omani ambassador's residence in Rome a week later, and the third in Muscat last Saturday.";
    expect(roundsOf(text, "2025-05-02").map((r) => [r.date, r.venue.city, r.ordinal ?? null])).toEqual([
      ["2025-04-12", "Muscat", 1],
      ["2025-04-19", "Rome", 2],
      ["2025-04-26", "Muscat", 3],
    ]);
  });

  it("reads no round in talks someone wants to succeed or dialogue a state supports", () => {
    expect(roundsOf("The Qatari prime minister said in Doha on Wednesday that Gulf states wanted the talks to succeed.", "2025-05-02")).toEqual([]);
    expect(roundsOf("In Islamabad, a spokesperson told the weekly briefing on Thursday that Pakistan has always supported dialogue.", "2025-05-02")).toEqual([]);
  });

  it("reads each row of a table of rounds, with its date, city, number and status", () => {
    const text = ["Four more rounds followed in quick succession:", "# | Date | Venue | Status", "2 | 19 Apr 2025 | Rome (Omani embassy) | Held", "6 | 15 Jun 2025 | Muscat | Cancelled"].join("\n\n");
    expect(roundsOf(text, "2026-03-09").map((r) => [r.status, r.date, r.venue.city, r.ordinal])).toEqual([
      ["held", "2025-04-19", "Rome", 2],
      ["cancelled", "2025-06-15", "Muscat", 6],
    ]);
    // A timeline's table of events is no table of rounds.
    expect(roundsOf(["Key dates:", "Date | What happened", "13 June | Israel strikes Iran"].join("\n\n"), "2025-07-01")).toEqual([]);
  });

  it("reads 'met indirectly', and delegations meeting in a paragraph about the round, as held rounds", () => {
    expect(roundsOf("Witkoff and Araghchi first met indirectly in Muscat on 12 April 2025.", "2026-03-09").map((r) => r.date)).toEqual(["2025-04-12"]);
    expect(roundsOf("The delegations met in Muscat on Friday 6 February. Iran's foreign ministry called it the sixth round.", "2026-03-09").map((r) => [r.date, r.venue.city])).toEqual([["2026-02-06", "Muscat"]]);
    expect(roundsOf("The two teams met in Doha on Friday to discuss the football league.", "2026-03-09")).toEqual([]);
  });

  it("reads a round 'pencilled in' as planned, and no round in talks only named, urged or cancelled", () => {
    expect(roundsOf("A technical round in Vienna, with IAEA staff available for consultations, is pencilled in for 18 March.", "2026-03-09").map((r) => [r.status, r.date])).toEqual([["planned", "2026-03-18"]]);
    expect(roundsOf("Tehran called it the sixth round, picking up where the cancelled June session left off.", "2026-03-09")).toEqual([]);
    expect(roundsOf("He spoke on 26 September, urging the United States to return to negotiations.", "2025-09-27")).toEqual([]);
    expect(roundsOf("On 15 June the Omani foreign ministry confirmed the round was off.", "2025-06-20").map((r) => r.status)).not.toContain("held");
  });

  it("reads 'met again, this time in Rome' and 'It was eventually held in Muscat … on Sunday, May 11' after a round named", () => {
    const text = "The first round was held in Muscat on Saturday, April 12. A week later the negotiators met again, this time in Rome. The fourth round had been planned for May 3 in Rome, but it was postponed. It was eventually held in Muscat eight days later, on Sunday, May 11.";
    expect(roundsOf(text, "2025-05-23").map((r) => [r.status, r.date, r.venue.city ?? null])).toEqual([
      ["held", "2025-04-12", "Muscat"],
      ["held", "2025-04-19", "Rome"],
      ["postponed", "2025-05-03", "Rome"],
      ["held", "2025-05-11", "Muscat"],
    ]);
  });

  it("reads no round in talks named inside a condition, nor in talks dated by a span of months or years", () => {
    expect(roundsOf("The E3 offered an extension on 26 August if Iran restored access for inspectors and resumed negotiations with the United States.", "2025-09-26")).toEqual([]);
    expect(roundsOf("Israeli officials have in recent weeks threatened to strike if the negotiations fail.", "2025-05-23")).toEqual([]);
    // Undated, it joins no round and the merge drops it.
    expect(roundsOf("The three countries have held talks with Iran since 2019.", "2025-09-26").filter((r) => r.date !== undefined)).toEqual([]);
  });

  it("reads the next round planned and the session it replaces postponed, each with its own city and day", () => {
    const text = "Oman's foreign minister said on Wednesday that the fourth round of US-Iran talks will take place in Muscat on Sunday, after the session originally slated for Rome last Saturday was postponed.";
    expect(roundsOf(text, "2025-05-09").map((r) => [r.status, r.date, r.venue.city]).sort()).toEqual([
      ["planned", "2025-05-11", "Muscat"],
      ["postponed", "2025-05-03", "Rome"],
    ]);
    expect(roundsOf("A third session, again under Omani auspices, is tentatively penciled in for Vienna in the first week of March.", "2026-02-25").map((r) => r.status)).toEqual(["planned"]);
  });

  it("reads 'who met his British, French and German counterparts', 'sat down with the … foreign ministers' and 'The sixth was set for … and was called off'", () => {
    expect(roundsOf("Araghchi, who met his British, French and German counterparts in Geneva on Friday, said talks were over.", "2025-06-22").map((r) => [r.date, r.venue.city])).toEqual([["2025-06-20", "Geneva"]]);
    expect(roundsOf("On 23 September Araghchi sat down with the British, French and German foreign ministers in New York.", "2025-10-02").map((r) => [r.date, r.venue.city])).toEqual([["2025-09-23", "New York"]]);
    expect(roundsOf("On 8 March in Oslo, the envoy sat down for three hours with the foreign ministers of France and Germany.", "2031-03-12").map((r) => [r.date, r.venue.city])).toEqual([["2031-03-08", "Oslo"]]);
    expect(roundsOf("Two deputy ministers discussed that offer with E3 political directors in Istanbul on July 25, and Araghchi discussed it again with the three foreign ministers in New York on September 23.", "2031-10-03").map((r) => [r.date, r.venue.city])).toEqual([["2031-07-25", "Istanbul"], ["2031-09-23", "New York"]]);
    expect(roundsOf("The cabinet discussed the offer with reporters on Monday.", "2031-10-03")).toEqual([]);
    expect(roundsOf("Five rounds were held. The sixth was set for Muscat on 15 June and was called off when Israel began its strikes.", "2025-10-02").map((r) => [r.status, r.date, r.ordinal])).toEqual([["cancelled", "2025-06-15", 6]]);
  });

  it("reads 'After nearly four hours of discussion on Friday' as talks that day, and no day for 'The meeting was unthinkable only ten days ago'", () => {
    expect(roundsOf("After nearly four hours of discussion on Friday in a hotel in Oslo, the ministers left their counterpart with one conviction.", "2031-06-21").map((r) => [r.date, r.venue.city])).toEqual([["2031-06-20", "Oslo"]]);
    expect(roundsOf("The meeting was unthinkable only ten days ago.", "2031-06-21").filter((r) => r.date !== undefined)).toEqual([]);
    expect(roundsOf("The meeting was held in Oslo ten days ago.", "2031-06-21").map((r) => r.date)).toEqual(["2031-06-11"]);
  });

  it("reads 'The first round, which opened at the Grand Hotel on April 6, ended Friday' as the days from the first to the last", () => {
    // 2031-04-14 is a Monday; the Friday before is 11 April.
    expect(roundsOf("The first round, which opened at the Grand Hotel in Oslo on April 6, ended Friday with an agreement to set up two expert groups.", "2031-04-14").map((r) => r.date)).toEqual(["2031-04-06/2031-04-11"]);
    expect(roundsOf("The first round opened in Oslo on April 6, and talks on the side ended on Friday.", "2031-04-14").map((r) => r.date)).not.toContain("2031-04-06/2031-04-11");
  });

  it("reads 'will be the first since Araghchi met his E3 counterparts in Geneva on June 20' as that meeting held, and gives 'That meeting ended …, and two days later …' no day of the next clause", () => {
    const text = "Friday's meeting will be the first between the two sides since Araghchi met his E3 counterparts in Oslo on June 20. That meeting ended without a breakthrough, and two days later the air force struck three sites.";
    expect(roundsOf(text, "2031-07-22").filter((r) => r.status === "held" && r.date !== undefined).map((r) => [r.date, r.venue.city])).toEqual([["2031-06-20", "Oslo"]]);
    expect(roundsOf("It is the first contact since the talks in Oslo.", "2031-07-22").filter((r) => r.date !== undefined)).toEqual([]);
  });

  it("reads 'When the negotiators returned for a seventh round in late November' and 'met E3 ministers … on the sidelines' as rounds held", () => {
    expect(roundsOf("When the negotiators returned for a seventh round in late November 2029, the new government had hardened its position.", "2031-09-27").map((r) => [r.status, r.ordinal])).toEqual([["held", 7]]);
    expect(roundsOf("Araghchi met E3 ministers and the EU's foreign policy chief on the sidelines of the General Assembly this week.", "2031-09-27").map((r) => r.status)).toEqual(["held"]);
    expect(roundsOf("Hopes for a seventh round in late November faded.", "2031-09-27").filter((r) => r.status === "held")).toEqual([]);
  });

  it("reads 'On Tuesday in Geneva, Oman's foreign minister once again carried messages between the US envoy and Araghchi' as talks held, but not 'Oman has carried messages between them for a decade'", () => {
    expect(roundsOf("On Tuesday in Oslo, Norway's foreign minister once again carried messages between the US envoy and Iran's Abbas Araghchi.", "2031-02-20").map((r) => [r.status, r.date, r.venue.city])).toEqual([["held", "2031-02-18", "Oslo"]]);
    expect(roundsOf("Norway has carried messages between the United States and Iran for more than a decade.", "2031-02-20")).toEqual([]);
  });

  it("reads 'and the third returned to Muscat a week later' as the third round, a week after the second", () => {
    const text = "The first round was held in Oslo on April 12. The second, on April 19, took place at the embassy in Bern, and the third returned to Oslo a week later.";
    expect(roundsOf(text, "2031-05-11").map((r) => [r.date, r.venue.city, r.ordinal])).toContainEqual(["2031-04-26", "Oslo", 3]);
  });

  it("reads no round in 'talks between Baghdad and Washington on the future of the coalition', but reads one between Tehran and Washington", () => {
    expect(roundsOf("Meanwhile, talks between Baghdad and Washington on the future of the coalition began in Baghdad on January 27.", "2031-02-03")).toEqual([]);
    expect(roundsOf("Talks between Tehran and Washington began in Oslo on January 27.", "2031-02-03").map((r) => r.date)).toEqual(["2031-01-27"]);
  });

  it("reads 'When the parties returned to Vienna in April 2021' as a round there that month", () => {
    expect(roundsOf("When the parties returned to Oslo in April 2029 to bring the United States back into the deal, the format was already a curiosity.", "2031-10-01").map((r) => [r.date, r.venue.city])).toEqual([["2029-04", "Oslo"]]);
  });

  it("reads 'A sixth round was to be held on Sunday 15 June in Muscat. It never took place' as that round cancelled", () => {
    const text = "A sixth round was to be held on Sunday 15 June in Oslo. It never took place: two days before, the foreign ministry announced it would not attend.";
    expect(roundsOf(text, "2031-06-21").map((r) => [r.status, r.date, r.ordinal, r.venue.city])).toEqual([["cancelled", "2031-06-15", 6, "Oslo"]]);
    expect(roundsOf("A sixth round is to be held on Sunday 22 June in Oslo. It will be the last before the summer.", "2031-06-18").map((r) => [r.status, r.date])).toEqual([["planned", "2031-06-22"]]);
  });

  it("reads a round 'pencilled in for' a city as planned, a round only offered as not held, and a round interrupted by an aside between dashes", () => {
    expect(roundsOf("A third round is, as of this writing, pencilled in for Muscat later this month.", "2026-03-08").map((r) => [r.status, r.date])).toEqual([["planned", "2026-03"]]);
    expect(roundsOf("Doha has offered to host a round with direct talks in April.", "2026-03-08").filter((r) => r.status === "held")).toEqual([]);
    const text = "The February 6 session in Muscat was indirect.\n\nThe second round - I keep calling it round two - was held in Geneva on the 26th.";
    expect(roundsOf(text, "2026-03-08").map((r) => [r.date, r.venue?.city])).toEqual([
      ["2026-02-06", "Muscat"],
      ["2026-02-26", "Geneva"],
    ]);
  });

  it("reads 'Araghchi meets the foreign ministers of Britain, France and Germany in Geneva' as a held round", () => {
    expect(roundsOf("JUNE 20 - Araghchi meets the foreign ministers of Britain, France and Germany in Geneva.", "2025-09-30").map((r) => [r.status, r.date])).toEqual([["held", "2025-06-20"]]);
  });

  it("takes neither a meeting of an organisation nor consultations with a third state's leader for a round", () => {
    expect(roundsOf("In Istanbul, where he is attending a meeting of the Organization of Islamic Cooperation, Araghchi spoke to reporters.", "2025-06-22")).toEqual([]);
    expect(roundsOf('Araghchi says he will fly to Moscow tonight and meet Russian President Vladimir Putin on Monday for "serious consultations."', "2025-06-22")).toEqual([]);
  });

  it("takes a third state's leader meeting Iran's (named, or 'He' for the person the sentence before names) for no round", () => {
    expect(roundsOf("A tanker was damaged on Thursday, hours after Japanese Prime Minister Shinzo Abe met Iran's Supreme Leader Ayatollah Ali Khamenei in Tehran.", "2019-06-14")).toEqual([]);
    expect(roundsOf("Japanese Prime Minister Shinzo Abe's two-day visit was the first by a sitting Japanese prime minister. He held talks with President Hassan Rouhani on Wednesday.", "2019-06-14")).toEqual([]);
    expect(roundsOf("Foreign Minister Abbas Araghchi met with US envoy Steve Witkoff in Muscat on Saturday.", "2025-04-14").map((r) => r.status)).toEqual(["held"]);
  });

  it("reads 'the round scheduled for Saturday in Rome would be rescheduled' as postponed, the Saturday ahead", () => {
    expect(roundsOf('Albusaidi said the round scheduled for Saturday in Rome would be rescheduled "for logistical reasons."', "2025-05-01").map((r) => [r.status, r.date, r.venue?.city])).toEqual([["postponed", "2025-05-03", "Rome"]]);
  });

  it("reads 'met … in Istanbul on May 16 and again on July 25, and a final meeting took place in Geneva on August 26' as three rounds", () => {
    const text = "E3 deputy foreign ministers met Iranian counterparts in Istanbul on May 16, 2025 and again on July 25, and a final meeting took place in Geneva on August 26.";
    expect(roundsOf(text, "2025-10-01").map((r) => [r.date, r.venue.city]).sort()).toEqual([["2025-05-16", "Istanbul"], ["2025-07-25", "Istanbul"], ["2025-08-26", "Geneva"]]);
  });

  it("reads 'the last of them was held in Rome on May 23' after a count of rounds, and 'met Foreign Minister X'", () => {
    expect(roundsOf("Oman mediated five rounds of talks in the spring; the last of them was held in Rome on May 23, 2025.", "2025-10-01").map((r) => [r.date, r.venue.city])).toEqual([["2025-05-23", "Rome"]]);
    expect(roundsOf("Iran's file was discussed. David Lammy met Foreign Minister Abbas Araghchi in Geneva on 20 June.", "2025-11-18").map((r) => [r.date, r.venue.city])).toEqual([["2025-06-20", "Geneva"]]);
  });

  it("dates talks 'expected this week' that 'will take place in Muscat on Friday' to that Friday", () => {
    expect(roundsOf("Talks between Iran and the US expected this week will take place in Muscat on Friday rather than in Istanbul.", "2026-02-04").map((r) => [r.status, r.date])).toEqual([["planned", "2026-02-06"]]);
  });

  it("reads Oman 'is rescheduling the meeting' set for Saturday as a postponed round", () => {
    const text = "For logistical reasons, the Sultanate of Oman, in consultation with both parties, is rescheduling the meeting between Iran and the United States scheduled for Saturday in Rome.";
    expect(roundsOf(text, "2025-05-01").map((r) => [r.status, r.date])).toEqual([["postponed", "2025-05-03"]]);
  });

  it("takes dialogue a state 'called for' as no round", () => {
    expect(roundsOf('The UAE on Saturday called for "collective wisdom" and dialogue to pull the Gulf back from the brink.', "2019-06-22")).toEqual([]);
  });

  it("takes neither talks that 'remain frozen' nor a leader 'in Tehran meeting' Iran's for a round", () => {
    expect(roundsOf("Thursday's seizure comes as talks over reviving the 2015 nuclear deal remain frozen.", "2023-04-27")).toEqual([]);
    expect(roundsOf("The attacks took place as Japanese Prime Minister Shinzo Abe was in Tehran meeting Iran's supreme leader, Ayatollah Ali Khamenei.", "2019-06-21")).toEqual([]);
  });

  it("takes neither a round that 'went better than either side expected' for a planned one, nor negotiations someone is briefed on for a round", () => {
    expect(roundsOf("The first, in Muscat on April 12th, went better than either side expected.", "2025-09-30").filter((r) => r.status === "planned")).toEqual([]);
    expect(roundsOf("Araghchi flew to Moscow on Friday to brief Russian President Vladimir Putin on the negotiations.", "2025-04-19")).toEqual([]);
  });

  it("reads 'When the envoy sits down with Foreign Minister X in Oslo on Saturday, it will be …' as planned, and no round in 'confirming the meeting … on Monday'", () => {
    const text = "When the envoy sits down with Iranian Foreign Minister Abbas Araghchi in Oslo on Saturday, it will be their first meeting. The president, confirming the meeting at a news conference on Monday, called it direct.";
    expect(roundsOf(text, "2031-04-10").map((r) => [r.status, r.date, r.venue.city])).toEqual([["planned", "2031-04-12", "Oslo"]]);
  });

  it("reads 'An earlier round in Oslo in late June' and 'travelled to Oslo for indirect talks' as rounds held, and no round in 'the talks had stalled'", () => {
    expect(roundsOf("An earlier round in Oslo in late June, in which the envoys never met face to face, broke up after two days.", "2031-09-02").map((r) => [r.status, r.date, r.venue.city])).toEqual([["held", "2031-06-21~/2031-06-30~", "Oslo"]]);
    expect(roundsOf("In May 2031, the envoy travelled to Oslo for indirect talks in which Norwegian officials carried messages.", "2031-09-02").map((r) => [r.status, r.date, r.venue.city])).toEqual([["held", "2031-05", "Oslo"]]);
    expect(roundsOf("By late May the talks had stalled over the enrichment question.", "2031-09-02")).toEqual([]);
  });

  it("reads 'A fourth round followed in Oslo on 11 May and a fifth in Bern on 23 May' as two rounds", () => {
    expect(roundsOf("A fourth round followed in Oslo on 11 May and a fifth in Bern on 23 May.", "2031-09-02").map((r) => [r.date, r.venue.city])).toEqual([
      ["2031-05-11", "Oslo"],
      ["2031-05-23", "Bern"],
    ]);
  });

  it("gives a planned round no date from the day a minister said it would be hosted", () => {
    const [round] = roundsOf("Foreign Minister Jane Roe said Friday that Norway is ready to host the next round of talks between Iran and the United States.", "2031-02-20");
    expect(round).toMatchObject({ status: "planned" });
    expect(round?.date).toBeUndefined();
  });
});

describe("session 13: rounds told with their parties, venue and month; a meeting of two sides' officials; shuttle talks", () => {
  it("reads 'rounds of talks between … in Bern in July and in Oslo in August' as two held rounds", () => {
    const rounds = roundsOf("That meeting came after rounds of talks between Iranian deputy foreign ministers and E3 officials in Bern in July and in Oslo in August.", "2031-09-28");
    expect(rounds.map((r) => [r.status, r.date, r.venue.city])).toEqual([
      ["held", "2031-07", "Bern"],
      ["held", "2031-08", "Oslo"],
    ]);
  });

  it("reads 'came after talks between … in Bern on July 25' as talks held", () => {
    expect(roundsOf("The meeting came after talks between Iranian and E3 officials in Bern on July 25.", "2031-09-28").map((r) => [r.status, r.date])).toEqual([["held", "2031-07-25"]]);
  });

  it("reads 'the envoy met <Iran's minister> in Muscat' as a round, but not Iran's minister meeting a third state's", () => {
    const held = roundsOf("In April 2025, the envoy Steve Witkoff, a developer with no diplomatic experience, met Abbas Araghchi, Iran's foreign minister, in Muscat.", "2025-10-28");
    expect(held.map((r) => [r.date, r.venue.city])).toEqual([["2025-04", "Muscat"]]);
    expect(roundsOf("In April 2025, Abbas Araghchi met Sergey Lavrov in Moscow to discuss the nuclear talks.", "2025-10-28")).toEqual([]);
  });

  it("reads ministers who 'emerged from a final round of talks', past a long list of their states", () => {
    const [round] = roundsOf("The first was a palace in Vienna, where in July 2015 ministers from the P5+1 - the United States, Britain, France, Germany, Russia, and China - emerged from a final round of talks with Iran.", "2025-10-28");
    expect(round).toMatchObject({ status: "held", date: "2015-07", venue: { city: "Vienna" } });
  });

  it("reads a mediator 'shuttling between the … delegations' as indirect talks held", () => {
    const [round] = roundsOf("In late June 2022, the mediator tried again in Doha, shuttling between the Iranian and American delegations at a hotel.", "2025-10-28");
    expect(round).toMatchObject({ status: "held", format: "indirect", venue: { city: "Doha" } });
  });

  it("reads a meeting a quotation names as planned ('a \"very big meeting\" would take place on Saturday'), not talks said to be under way", () => {
    const rounds = roundsOf("The president said on Monday that Washington was \"having direct talks\" with Ruritania and that a \"very big meeting\" would take place on Saturday.", "2031-04-09");
    expect(rounds.map((r) => [r.status, r.date])).toEqual([["planned", "2031-04-12"]]);
  });

  it("reads 'weekend negotiations … will be conducted through intermediaries' as a round planned for the coming weekend", () => {
    const [round] = roundsOf("Ruritania said weekend negotiations with the US will be conducted through Omani intermediaries.", "2031-04-09");
    expect(round).toMatchObject({ status: "planned", date: "2031-04-12/2031-04-13" });
  });

  it("reads 'have not met since the fifth round … in Rome on 23 May, and a sixth round pencilled in for Muscat on 15 June was overtaken by the war' as two rounds", () => {
    const rounds = roundsOf("The sides have not met since the fifth round of mediated talks in Rome on 23 May, and a sixth round pencilled in for Muscat on 15 June was overtaken by the war.", "2031-11-20");
    expect(rounds.map((r) => [r.status, r.date, r.ordinal, r.venue.city]).sort()).toEqual([
      ["cancelled", "2031-06-15", 6, "Muscat"],
      ["held", "2031-05-23", 5, "Rome"],
    ]);
  });

  it("still reads talks refused as no round: 'would not hold talks since …' keeps its negation when the talks come first", () => {
    expect(roundsOf("Ruritania has not held talks with Washington since the war began in June.", "2031-11-20")).toEqual([]);
  });

  it("reads envoys in separate rooms at a villa outside a capital, with a mediator shuttling, as a round there on the day the paragraph opens with", () => {
    const rounds = roundsOf("For a few hours on Friday, the Omani capital was the centre of diplomacy. Steve Witkoff and Abbas Araghchi spent most of the day in separate rooms at a villa outside Muscat while Badr Albusaidi shuttled between them.", "2031-02-10");
    expect(rounds.map((r) => [r.status, r.date, r.venue.city])).toEqual([["held", "2031-02-07", "Muscat"]]);
  });

  it("dates a round by its own relative clause after 'of the talks in <city>' ('The second round of the talks in Oslo, which started on 3 May, has stalled')", () => {
    const [round] = roundsOf("The second round of the indirect talks in Oslo, which started on 3 May, has been on ice since June.", "2031-08-02");
    expect(round).toMatchObject({ status: "held", date: "2031-05-03", ordinal: 2 });
  });

  it("does not date a round by the day of what it coincided with ('coincided with the election, held on Friday')", () => {
    // (Since session 27 such a round is no report at all: it names the round as the time of something else.)
    const rounds = roundsOf("The latest round coincided with the country's presidential election, held on Friday.", "2031-08-02");
    expect(rounds.map((r) => r.date).filter((d) => d !== undefined)).toEqual([]);
  });

  it("reads a round that 'had been scheduled to be held in Oslo on 15 June, did not take place' as cancelled on that day", () => {
    const [round] = roundsOf("A sixth round, which had been scheduled to be held in Oslo on 15 June, did not take place after the fighting began.", "2031-11-20");
    expect(round).toMatchObject({ status: "cancelled", date: "2031-06-15", venue: { city: "Oslo" } });
  });

  it("reads rounds listed one by one ('held in Oslo on 12 April, followed by a round in Bern on 19 April, a third round in Oslo on 26 April') each with its own city and day", () => {
    const text = "Norway hosted five rounds of indirect talks between Iran and the United States last year. The first round was held in Oslo on 12 April, followed by a round in Bern on 19 April hosted at the residence of the ambassador, a third round in Oslo on 26 April, and a fourth round in Oslo on 11 May.";
    const rounds = roundsOf(text, "2032-02-07");
    expect(rounds.map((r) => [r.status, r.date, r.venue.city, r.ordinal])).toEqual([
      ["held", "2031-04-12", "Oslo", 1],
      ["held", "2031-04-19", "Bern", undefined],
      ["held", "2031-04-26", "Oslo", 3],
      ["held", "2031-05-11", "Oslo", 4],
    ]);
  });

  it("does not read a list of rounds still ahead ('a round in Oslo on 12 April and a round in Bern on 19 April will follow') as held", () => {
    const rounds = roundsOf("Officials said a round in Oslo on 12 April and a round in Bern on 19 April will follow.", "2031-03-01");
    expect(rounds.filter((r) => r.status === "held")).toEqual([]);
  });

  it("dates a round in a when-clause by its own day ('agreed in early April, when the first round opened in Oslo on April 6')", () => {
    const [round] = roundsOf("That structure was agreed in early April, when the first round opened in Oslo on April 6.", "2031-12-20");
    expect(round).toMatchObject({ status: "held", date: "2031-04-06", ordinal: 1 });
  });

  it("reads a round that 'broke off on June 20' as held that day", () => {
    const [round] = roundsOf("The talks have been frozen since the sixth round broke off on June 20, two days after the election.", "2031-12-20");
    expect(round).toMatchObject({ status: "held", date: "2031-06-20", ordinal: 6 });
  });

  it("reads no round in 'European Union leaders, meeting in Brussels this week, agreed …' (the comma before the participle), nor in 'The European Union's leaders, meeting …'", () => {
    expect(roundsOf("European Union leaders, meeting in Brussels this week, agreed in principle to widen the bloc's sanctions on Iran's drone programme.", "2031-04-20")).toEqual([]);
    expect(roundsOf("The European Union's leaders, meeting in Brussels on Wednesday, agreed in principle to expand the bloc's drone sanctions.", "2031-04-20")).toEqual([]);
  });

  it("reads 'A third round has been pencilled in for early March' as planned, ahead of publication", () => {
    const [round] = roundsOf("A third round has been pencilled in for early March.", "2031-02-23");
    expect(round).toMatchObject({ status: "planned", date: "2031-03-01~/2031-03-10~", ordinal: 3 });
  });

  it("reads a round the parties 'had agreed to' (\"a third round in early March\") as planned", () => {
    const [round] = roundsOf('The minister wrote that the parties had agreed to "a third round in early March".', "2031-02-19");
    expect(round).toMatchObject({ status: "planned", date: "2031-03-01~/2031-03-10~" });
  });

  it("reads negotiators who 'sat at the same table' as a direct round there, and does not date 'the second round of the channel that Norway reopened this month' by the channel's month", () => {
    const rounds = roundsOf("Last Tuesday in Bern, for the first time since the war, American and Iranian negotiators sat at the same table. The meeting - the second round of the channel that Norway reopened this month - lasted two hours.", "2031-02-23");
    expect(rounds.map((r) => [r.date, r.venue.city, r.format])).toEqual([
      ["2031-02-18", "Bern", "direct"],
      [undefined, undefined, "unknown"],
    ]);
  });

  it("reads 'and a third, joined by technical teams, took place in Oslo on April 26' as the third round there, after a second in Bern", () => {
    const rounds = roundsOf("The first round was held in Oslo on April 12. A second round followed a week later at the embassy in Bern, and a third, joined by expert-level technical teams, took place in Oslo on April 26.", "2031-06-01");
    expect(rounds.map((r) => [r.date, r.venue.city, r.ordinal])).toEqual([
      ["2031-04-12", "Oslo", 1],
      ["2031-04-19", "Bern", 2],
      ["2031-04-26", "Oslo", 3],
    ]);
  });

  it("reads 'The two sides agreed to meet again later this month' as a planned round", () => {
    const [round] = roundsOf("The two sides agreed to meet again later this month, although neither the date nor the venue has been decided.", "2031-02-09");
    expect(round).toMatchObject({ status: "planned", date: "2031-02" });
  });

  it("reads a round 'postponed at the last minute and eventually held in Oslo on May 11' as postponed from its first day and held on the later one", () => {
    const rounds = roundsOf("The fourth round, pencilled in for Bern on May 3, was postponed at the last minute and eventually held in Oslo on May 11.", "2031-10-01");
    expect(rounds.map((r) => [r.status, r.date, r.venue.city, r.ordinal])).toEqual([
      ["postponed", "2031-05-03", "Bern", 4],
      ["held", "2031-05-11", "Oslo", 4],
    ]);
  });

  it("reads 'It got postponed …, and eventually happened in Oslo on May 11' as the round the sentence before planned, held later", () => {
    const rounds = roundsOf("The fourth round was scheduled for May 3 in Bern. It got postponed over a scheduling clash, and eventually happened in Oslo on May 11.", "2031-05-20");
    expect(rounds.map((r) => [r.status, r.date, r.venue.city, r.ordinal])).toEqual([
      ["postponed", "2031-05-03", "Bern", 4],
      ["held", "2031-05-11", "Oslo", 4],
    ]);
  });

  it("does not read 'It happened' alone as a round held", () => {
    expect(roundsOf("The talks ended without a date for the next round. It happened in Oslo on May 11, a day of protests.", "2031-10-01").filter((r) => r.status === "held" && r.date === "2031-05-11")).toEqual([]);
  });

  it("reads 'held five rounds this spring - Oslo on April 12 through Bern on May 23' as the first and last of them, each in its city", () => {
    const rounds = roundsOf("The sides held five rounds this spring - Oslo on April 12 through Bern on May 23.", "2031-10-01");
    expect(rounds.map((r) => [r.status, r.date, r.venue.city])).toEqual([
      ["held", "2031-04-12", "Oslo"],
      ["held", "2031-05-23", "Bern"],
    ]);
  });

  it("reads 'the process collapsed: the sixth, pencilled in for Oslo on June 15, was overtaken by Ruritania's air campaign' as the sixth round cancelled, but talks held and then 'overtaken by the strikes' as held", () => {
    const [sixth] = roundsOf("Five rounds later the process collapsed: the sixth, pencilled in for Oslo on June 15, was overtaken by Ruritania's air campaign.", "2032-02-20");
    expect(sixth).toMatchObject({ status: "cancelled", date: "2031-06-15", ordinal: 6, venue: { city: "Oslo" } });
    const held = roundsOf("The mediated talks that opened in Oslo in April 2031 were the most substantive contact in years, and were overtaken by Ruritania's strikes of 13 June.", "2032-02-20");
    expect(held.map((r) => [r.status, r.date])).toEqual([["held", "2031-04"]]);
  });

  it("reads 'held several hours of talks … in Oslo on Monday' as a round, but not 'discussed the talks in a phone call' or 'the continuation of the dialogue'", () => {
    expect(roundsOf("The Iranian delegation and the US team held several hours of talks through Omani mediators in Oslo on Monday.", "2031-03-05").map((r) => [r.status, r.date])).toEqual([["held", "2031-03-03"]]);
    expect(roundsOf("The prime minister discussed the talks in a phone call with Araghchi on Sunday.", "2031-03-05")).toEqual([]);
    expect(roundsOf("Speaking at the weekly briefing on Tuesday, the spokesman said Westland stood ready to provide every facility for the continuation of the dialogue.", "2031-03-05")).toEqual([]);
  });

  it("dates the session 'after Monday's session' names by that Monday", () => {
    expect(roundsOf("The mediator said on X after Monday's session that both sides had agreed to meet again.", "2031-03-05").map((r) => [r.status, r.date])).toEqual([["held", "2031-03-03"]]);
  });

  it("reads 'Five rounds …, the first in Oslo on April 12, 2031 and the fifth in Bern on May 23, …, and a sixth round planned for June 15 … was cancelled' as two held and one called off", () => {
    const rounds = roundsOf("Five rounds of talks between the United States and Iran, the first in Oslo on April 12, 2031 and the fifth in Bern on May 23, produced no agreement, and a sixth round planned for June 15 in Oslo was cancelled after fighting broke out on June 13, 2031.", "2031-10-02");
    expect(rounds.map((r) => [r.status, r.date]).sort()).toEqual([["cancelled", "2031-06-15"], ["held", "2031-04-12"], ["held", "2031-05-23"]]);
  });

  it("reads 'the third, back in Oslo on April 26, ran …' and 'By the fifth, in Bern on May 23, the point was plain: one side would not give way' as held rounds", () => {
    const rounds = roundsOf("The second round, in Bern on April 19, 2031, produced agreement on expert work; the third, back in Oslo on April 26, ran two tracks in parallel. By the fifth, in Bern on May 23, the point was plain: one side would not give way.", "2031-10-02");
    expect(rounds.map((r) => [r.status, r.date, r.ordinal]).sort()).toEqual([["held", "2031-04-19", 2], ["held", "2031-04-26", 3], ["held", "2031-05-23", 5]]);
  });

  it("dates a sixth round 'scheduled for June 15 …, called off after Example launched strikes … on June 13' in the strikes' year, months back", () => {
    const rounds = roundsOf("Oslo hosted five rounds last year. A sixth round, which had been scheduled for June 15 in Oslo, was called off after Example launched strikes on Ruritanian sites on June 13, triggering a war.", "2031-03-04");
    expect(rounds.filter((r) => r.status === "cancelled").map((r) => r.date)).toEqual(["2030-06-15"]);
    // A plan still ahead keeps the nearest day.
    expect(roundsOf("The round, set for March 20 in Oslo, was postponed after clashes on March 2.", "2031-03-04").map((r) => [r.status, r.date])).toEqual([["postponed", "2031-03-20"]]);
  });

  it("reads 'negotiators expected a fifth round later this month' as planned, not held", () => {
    expect(roundsOf("The spokesman said on Monday that the negotiators expected a fifth round later this month, although the venue had yet to be fixed.", "2031-05-12").map((r) => [r.status, r.date])).toEqual([["planned", "2031-05"]]);
  });

  it("reads 'A second round was held in Bern on April 19, and the negotiators returned to Oslo on April 26, when …' as two rounds, and 'a series that began in Oslo on April 12, when Araghchi and Witkoff met' as the first", () => {
    expect(roundsOf("A second round was held in Bern on April 19, and the negotiators returned to Oslo on April 26, when technical experts also met for the first time.", "2031-05-12").map((r) => r.date).sort()).toEqual(["2031-04-19", "2031-04-26"]);
    expect(roundsOf("Sunday's meeting was the latest in a series that began in Oslo on April 12, when Araghchi and Witkoff met for the first time.", "2031-05-12").map((r) => r.date).sort()).toEqual(["2031-04-12", "2031-05-11"]);
  });

  it("reads 'The round opened on November 29 … and was suspended on December 3' as held, not called off", () => {
    const rounds = roundsOf("The round opened in Oslo on November 29, the first since the new government took office, and was suspended on December 3 after the Europeans said they were disappointed.", "2031-12-23");
    expect(rounds.map((r) => [r.status, r.date])).toEqual([["held", "2031-11-29"]]);
  });
});

describe("session 22: rounds read in pairs, and 'talks' the verb", () => {
  it("reads 'The second and fifth rounds, on May 3 and June 9, were held in Oslo' as two rounds in order, each with its day", () => {
    const rounds = roundsOf("Norway hosted five rounds in 2031. The second and fifth rounds, on May 3 and June 9, were held in Oslo; the third and fourth returned to Geneva, on May 17 and May 24.", "2031-08-01");
    const read = rounds.filter((r) => r.ordinal !== undefined).map((r) => [r.ordinal, r.date, r.venue.city]).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(read).toEqual([
      [2, "2031-05-03", "Oslo"],
      [3, "2031-05-17", "Geneva"],
      [4, "2031-05-24", "Geneva"],
      [5, "2031-06-09", "Oslo"],
    ]);
  });

  it("does not read 'this only talks about …' as talks", () => {
    expect(roundsOf('Asked about the ship on Friday, the president told reporters that "this only talks about what I have said for months."', "2031-07-20")).toEqual([]);
  });
});

describe("session 22: the E3 as a side", () => {
  it("reads 'The E3 held talks with Iran in Istanbul on 25 July' as a round, as it reads Britain, France and Germany", () => {
    expect(roundsOf("The E3 held talks with Iran in Istanbul on 25 July 2031 on the nuclear file.", "2031-08-01").map((r) => [r.status, r.date, r.venue.city])).toEqual([["held", "2031-07-25", "Istanbul"]]);
  });
});

describe("session 22: rounds counted, then listed after a colon", () => {
  it("reads 'held five rounds …: in Oslo on 12 April, in Geneva on 19 April, back in Oslo on 26 April and 11 May' as four rounds with their places", () => {
    const text = "Between April and May 2031, the two envoys held four rounds of indirect talks through the Omani minister: in Oslo on 12 April, in Geneva on 19 April, back in Oslo on 26 April and 11 May.";
    expect(roundsOf(text, "2031-09-01").map((r) => [r.date, r.venue.city, r.status]).sort()).toEqual([
      ["2031-04-12", "Oslo", "held"],
      ["2031-04-19", "Geneva", "held"],
      ["2031-04-26", "Oslo", "held"],
      ["2031-05-11", "Oslo", "held"],
    ]);
  });
});

describe("session 22: reactions to a round, and rounds of fighting", () => {
  it("does not date a round by the day another state welcomed it, nor read 'the end of a round rather than the start of a war' as talks", () => {
    expect(roundsOf("Ruritania on Monday welcomed the fourth round of nuclear talks between Iran and the United States.", "2031-05-12")).toEqual([]);
    expect(roundsOf("Both governments treated last Friday's strike as the end of a round rather than the start of a war.", "2031-05-12")).toEqual([]);
  });
});

describe("session 22: rounds unlikely, political directors met, the first round since a campaign", () => {
  it("does not read 'a seventh round is unlikely to be convened before September' as a round", () => {
    expect(roundsOf("Diplomats say a seventh round is unlikely to be convened before September.", "2031-08-05")).toEqual([]);
  });

  it("reads 'met the three countries' political directors again in Istanbul on 25 July' as a round", () => {
    expect(roundsOf("The deputy foreign minister of Iran met the three countries' political directors again in Istanbul on 25 July 2031.", "2031-08-05").map((r) => [r.date, r.venue.city])).toEqual([["2031-07-25", "Istanbul"]]);
  });

  it("dates 'held talks in Muscat on February 21, the first round since the bombing campaign that began on June 13' by its own day", () => {
    expect(roundsOf("Ruritania and Iran held indirect talks in Muscat on February 21, in the first round of negotiations since the bombing campaign that began on June 13 last year.", "2031-03-14").map((r) => r.date)).toEqual(["2031-02-21"]);
  });
});

describe("session 22: a plan told in the past perfect", () => {
  it("dates 'a meeting that officials had offered to host in late January was called off' in the January before the story", () => {
    expect(roundsOf("A meeting that Turkish officials had offered to host in Istanbul in late January was called off at the last minute.", "2031-02-10").map((r) => [r.status, r.date])).toEqual([["cancelled", "2031-01-21~/2031-01-31~"]]);
  });
});

describe("session 22: rounds one took part in, listed after a colon", () => {
  it("reads 'had taken part in five rounds …: in Muscat on 12 April, Rome on 19 April' as rounds, the second with its bare city (since session 28)", () => {
    const rounds = roundsOf("Iran had taken part in two rounds of indirect talks last spring: in Oslo on 12 April, Geneva on 19 April.", "2031-11-10");
    expect(rounds.map((r) => [r.date, r.venue.city])).toEqual([["2031-04-12", "Oslo"], ["2031-04-19", "Geneva"]]);
  });
});

describe("session 22: envoys who met so many times, listed after a colon", () => {
  it("reads 'X and Y met three times under Omani auspices: in Oslo on April 12, in Geneva on April 19, and in Oslo on May 3' as three rounds", () => {
    const rounds = roundsOf("Between April 12 and May 3, the two envoys met three times under Omani auspices: in Oslo on April 12, in Geneva on April 19, and in Oslo on May 3.", "2031-10-02");
    // (the sentence's own "met" is a candidate too, which the merge joins to the May 3 round)
    expect(rounds.filter((r) => r.evidence[0]!.quote.startsWith("in ")).map((r) => [r.date, r.venue.city])).toEqual([["2031-04-12", "Oslo"], ["2031-04-19", "Geneva"], ["2031-05-03", "Oslo"]]);
  });
});

describe("session 24: a bloc's ministers with Iran's side, far-off days, meetings being arranged", () => {
  it("reads 'EU foreign ministers met Iran's foreign minister in Oslo on 20 May' as a round, but not the bloc's own sitting", () => {
    expect(roundsOf("The E3 and EU foreign ministers met Iran's Foreign Minister Abbas Araghchi in Oslo on 20 May.", "2031-06-02").map((r) => r.date)).toEqual(["2031-05-20"]);
    expect(roundsOf("EU foreign ministers met in Brussels on 20 May and agreed new listings.", "2031-06-02").filter((r) => r.date !== undefined)).toEqual([]);
  });

  it("dates 'discussed it again with the three foreign ministers and the bloc's envoy … in Bern on 23 May' by the day after a long object", () => {
    expect(roundsOf("The envoy discussed it again with the three foreign ministers and the EU's Kaja Kallas in Bern on May 23.", "2031-06-02").map((r) => r.date)).toEqual(["2031-05-23"]);
  });

  it("dates 'a meeting between X and the ministers, joined by the bloc's envoy, on the sidelines of the summit in Oslo on Tuesday' by that Tuesday", () => {
    expect(roundsOf("A final meeting between Araghchi and the three ministers, joined by the bloc's envoy, on the margins of the summit in Oslo on Tuesday ended without a deal.", "2031-05-24").map((r) => r.date)).toEqual(["2031-05-20"]);
    // Not across a verb of another clause: "talks between them that collapsed … in May".
    expect(roundsOf("Nobody recalls the talks between the two envoys that collapsed amid recriminations and mutual accusations in the spring of 2029, in the capital, on 9 May.", "2031-05-24").filter((r) => r.date !== undefined && r.status === "held")).toEqual([]);
  });

  it("reads 'is working to organise a meeting between its envoy and Iran's deputy minister … in Geneva in October' as a round planned for the October ahead", () => {
    const rounds = roundsOf("Two officials said the agency is working to organise a meeting between its senior envoy Jan Example and Iranian deputy foreign minister Kazem Gharibabadi in Geneva in October.", "2031-09-29");
    expect(rounds.map((r) => [r.status, r.date])).toEqual([["planned", "2031-10"]]);
  });
});

describe("session 24: a round a dated lede says has ended", () => {
  it("dates 'OSLO, May 23. The fifth round …, held in Oslo with Norway mediating, has ended, the minister told reporters' by the report's day", () => {
    const rounds = roundsOf("Fifth round ends in Oslo\n\nOSLO, May 23. The fifth round of indirect consultations between Iran and the United States, held in Oslo with the mediation of Norway, has ended, the minister told reporters.", "2031-05-23");
    expect(rounds.filter((r) => r.date !== undefined).map((r) => [r.date, r.ordinal])).toEqual([["2031-05-23", 5]]);
  });
});

describe("session 24: rounds of fighting, talks left idle, rounds told by ordinal after a comma", () => {
  it("reads no round in 'had closed the direct round between Israel and Iran' (a side outside the talks)", () => {
    expect(roundsOf("Investors concluded on Friday that the raid had closed the direct round between Israel and Iran.", "2031-04-21").filter((r) => r.date !== undefined)).toEqual([]);
  });

  it("reads 'Tehran let the talks rest for five months; the seventh round began on 29 November, the eighth on 27 December' as two rounds, none in the months of rest", () => {
    const rounds = roundsOf("After the election in June 2030, both sides let the talks rest for a season; the seventh round began on 29 November, the eighth on 27 December.", "2031-06-30");
    expect(rounds.filter((r) => r.date !== undefined).map((r) => r.date)).toEqual(["2030-11-29", "2030-12-27"]);
  });

  it("reads '… five rounds of talks between the envoys, the first of which was held in Oslo on April 12' as that round", () => {
    expect(roundsOf("The measures ran in parallel with five rounds of indirect talks between the two envoys, the first of which was held in Oslo on April 12.", "2031-10-03").map((r) => r.date)).toEqual(["2031-04-12"]);
  });
});

describe("session 24: set 88's rounds", () => {
  it("reads 'There was supposed to be a fourth round in Oslo on May 3. It got postponed' as a round postponed, not held", () => {
    expect(roundsOf("There was supposed to be a fourth round in Oslo on May 3. It got postponed at the host's request.", "2031-06-24").map((r) => [r.status, r.date])).toEqual([["postponed", "2031-05-03"]]);
  });

  it("reads no round in the bloc's own sitting: 'EU foreign ministers are due to hold an emergency meeting in Brussels on Friday'", () => {
    expect(roundsOf("EU foreign ministers are due to hold an emergency meeting in Brussels on Friday.", "2031-01-08").filter((r) => r.date !== undefined)).toEqual([]);
  });

  it("reads the days after 'Between April and late May 2031 the parties met five times:' in an undated text in 2031", () => {
    const text = "Between April and late May 2031 the parties met five times: in Oslo on 12 April, in Bern on 19 April, in Oslo again on 26 April and on 11 May.";
    const ctx = createDocumentContext({ source: "t.txt", format: "text", text, title: null, links: [] });
    expect(ctx.published).toBeNull();
    const rounds = extractRounds(ctx, recogniseActors(ctx, bundledActorDictionary()), bundledActorDictionary());
    expect(rounds.filter((r) => r.date !== undefined).map((r) => r.date).sort()).toEqual(["2031-04-12", "2031-04-19", "2031-04-26", "2031-05-11"]);
  });

  it("does not date a meeting an envoy was sent to hold by what was done before the sending", () => {
    const rounds = roundsOf("The administration, having restored sanctions by a memorandum on 4 February 2031, sent its envoy to meet Foreign Minister Jan Example.", "2031-06-01");
    expect(rounds.filter((r) => r.date !== undefined)).toEqual([]);
  });
});

describe("session 24: set 86's rounds", () => {
  it("reads 'A sixth round was fixed for Sunday 15 June in Oslo. It never took place.' as a round called off", () => {
    expect(roundsOf("A sixth round was fixed for Sunday 15 June in Oslo. It never took place.", "2031-07-01").map((r) => [r.status, r.date])).toEqual([["cancelled", "2031-06-15"]]);
  });

  it("reads no round in 'In Brussels, EU foreign ministers held an emergency meeting yesterday'", () => {
    expect(roundsOf("In Brussels, EU foreign ministers held an emergency meeting yesterday.", "2031-01-11").filter((r) => r.date !== undefined)).toEqual([]);
  });

  it("reads 'indirect Ruritanian-Iranian contacts held in Oslo in January' as a round, but not 'contacts' alone", () => {
    expect(roundsOf("Diplomats said indirect US-Iranian contacts held in Oslo in January had focused on shipping.", "2031-04-22").map((r) => r.date)).toEqual(["2031-01"]);
    expect(roundsOf("The ministry updated its contacts in Oslo in January.", "2031-04-22").filter((r) => r.date !== undefined)).toEqual([]);
  });
});

describe("session 26: a round that 'was due'", () => {
  it("reads 'A sixth round was due in Oslo on June 15' as a plan, not a held round", () => {
    expect(roundsOf("A sixth round was due in Oslo on June 15.", "2031-06-25").map((r) => [r.status, r.date, r.mode])).toEqual([["planned", "2031-06-15", "planned"]]);
    expect(roundsOf("The sixth round was due on June 15 in Oslo.", "2031-06-25").map((r) => r.status)).toEqual(["planned"]);
  });
});

describe("session 26: an ordinal alone, planned", () => {
  it("reads 'The sixth was set for Bern on 15 June and was called off …' after a sentence naming the fifth round", () => {
    const text = "The fifth round was held in Oslo on 23 May. The sixth was set for Bern on 15 June and was called off when the fighting began.";
    expect(roundsOf(text, "2031-07-01").map((r) => [r.status, r.date, r.ordinal, r.venue?.city])).toEqual([["held", "2031-05-23", 5, "Oslo"], ["cancelled", "2031-06-15", 6, "Bern"]]);
  });

  it("reads no round in 'The sixth was set for a vote' without a round named before", () => {
    expect(roundsOf("The council met on 23 May. The sixth was set for 15 June.", "2031-07-01").filter((r) => r.status !== "held")).toEqual([]);
  });
});

describe("session 26: 'a week after that'", () => {
  it("reads 'Then it was back to Oslo for a third indirect round a week after that' as a round a week on", () => {
    const text = "The first round was held in Oslo on April 12. A week later they met again for a second round in Bern. Then it was back to Oslo for a third indirect round a week after that, with technical teams in tow.";
    expect(roundsOf(text, "2031-06-01").map((r) => r.date)).toEqual(["2031-04-12", "2031-04-19", "2031-04-26"]);
  });
});

describe("session 26: plans with their venue first, and sittings that are no round", () => {
  it("dates 'a sixth round was scheduled in Oslo for 15 June 2031' by the plan's day, not the nearer day of the fifth", () => {
    const text = "The channel had produced five rounds of talks, from the first in Oslo on 12 April 2031 to the fifth in Bern on 23 May 2031, and a sixth round was scheduled in Oslo for 15 June 2031 when the fighting began.";
    expect(roundsOf(text, "").filter((r) => r.status !== "held").map((r) => [r.status, r.date])).toEqual([["planned", "2031-06-15"]]);
  });

  it("reads no round in 'gains for a second straight session' or 'the committee met in emergency session'", () => {
    expect(roundsOf("Shares on the Oslo exchange extended their gains for a second straight session yesterday on hopes for the talks.", "2031-05-13")).toEqual([]);
    expect(roundsOf("The governor said the security committee met in emergency session late Wednesday.", "2031-02-09")).toEqual([]);
  });
});

describe("session 26: 'will meet on Wednesday in Oslo'", () => {
  it("reads 'experts from the two countries will meet on Wednesday in Oslo to begin drafting a framework' as a planned meeting", () => {
    expect(roundsOf("Iran's foreign minister said experts from the two countries will meet on Wednesday in Oslo to begin drafting a framework for a deal.", "2031-04-20").map((r) => [r.status, r.date])).toEqual([["planned", "2031-04-23"]]);
  });
});

describe("session 26: a past plan with its place and weekday before the day", () => {
  it("reads 'A sixth round was scheduled for Oslo on Sunday 15 June.' in a later report as the plan of that day", () => {
    expect(roundsOf("A sixth round was scheduled for Oslo on Sunday 15 June.", "2031-06-30").map((r) => [r.status, r.date])).toEqual([["planned", "2031-06-15"]]);
  });
});

describe("session 26: formats said in the negative or as either", () => {
  it("reads 'the delegations did not meet face to face' as indirect and 'if Ruritania resumed direct or indirect negotiations' as no format", () => {
    expect(roundsOf("Iran and the United States held talks in Oslo on Friday; the delegations did not meet face to face and messages went through the Norwegian minister.", "2031-02-08").map((r) => r.format)).toEqual(["indirect"]);
    expect(roundsOf("E3 officials met Iranian deputy ministers in Oslo on Friday and offered a delay if Iran resumed direct or indirect negotiations with the United States.", "2031-02-08").map((r) => r.format)).toEqual(["unknown"]);
  });

  it("reads no round in 'Indirect talks …, mediated by Oman, had been under way since April'", () => {
    expect(roundsOf("Indirect talks between Iran and the United States, mediated by Oman, had been under way since April.", "2031-09-29")).toEqual([]);
  });
});

describe("session 26: a round due some days after a day written before it", () => {
  it("dates 'on June 13, two days before a sixth round of talks between Ruritania and Example was due to take place in Oslo' to June 15", () => {
    const text = "The strikes began on June 13, two days before a sixth round of mediated talks between Ruritania and the United States was due to take place in Oslo.";
    expect(roundsOf(text, "2031-07-25").map((r) => [r.status, r.date])).toEqual([["planned", "2031-06-15"]]);
  });

  it("reads a round 'were due to hold …, talks that were then called off' as cancelled", () => {
    const text = "Israel launched its attacks on June 13, two days before Iran and the U.S. were due to hold a sixth round of negotiations in Oslo, talks that were then called off.";
    expect(roundsOf(text, "2031-07-25").map((r) => [r.status, r.date])).toEqual([["cancelled", "2031-06-15"]]);
  });
});

describe("session 26: a round called off, told on another day", () => {
  it("takes no day from 'said on Thursday the meeting had been put off' or 'wrote on social media on Thursday that the meeting was being rescheduled'", () => {
    const said = 'The fourth round was due in Bern on Saturday. The Norwegian minister said on Thursday the meeting had been put off "for logistical reasons".';
    expect(roundsOf(said, "2031-05-02").filter((r) => r.date === "2031-05-01")).toEqual([]);
    const wrote = 'The fourth round was due in Bern on Saturday. The Norwegian minister wrote on social media on Thursday that the meeting was being rescheduled "for logistical reasons."';
    expect(roundsOf(wrote, "2031-05-02").filter((r) => r.date === "2031-05-01")).toEqual([]);
  });
});

describe("session 27: a meeting 'penciled in … before being pushed back'", () => {
  it("reads 'had originally been penciled in for Feb. 13 in Bern before being pushed back' as a postponed round on that day", () => {
    expect(roundsOf("That second meeting with the Ruritanian delegation over its nuclear programme had originally been penciled in for Feb. 13 in Bern before being pushed back, officials said.", "2031-02-26").map((r) => [r.status, r.date])).toEqual([["postponed", "2031-02-13"]]);
  });
});

describe("session 27: a round pencilled in for a time", () => {
  it("reads 'Oman has pencilled in a first formal round of talks with Iran for Bern at the end of this month' as planned", () => {
    expect(roundsOf("Oman has pencilled in a first formal round of indirect talks with Iran for Bern at the end of this month.", "2031-02-10").map((r) => [r.status, r.date])).toEqual([["planned", "2031-02"]]);
  });
});

describe("session 27: a time inside a round told before", () => {
  it("reads no round in 'Five days into that round, on April 11, an explosion knocked out power at the Example plant'", () => {
    expect(roundsOf("The talks with Iran opened in Vienna on April 6. Five days into that round, on April 11, an explosion knocked out power at the Example plant.", "2031-04-20").map((r) => r.date)).toEqual(["2031-04-06"]);
  });
});

describe("session 27: talks whose outcome is reviewed", () => {
  it("reads no round in 'During the call on Thursday, they reviewed the outcomes of the indirect talks between Iran and the United States'", () => {
    expect(roundsOf("During the call on Thursday, they reviewed the outcomes of the indirect talks between Iran and the United States.", "2031-05-14")).toEqual([]);
  });
});

describe("session 27: a called-off verb with no talks before it", () => {
  it("reads 'The resumption itself was delayed: a meeting originally set for Jan. 24 was postponed at Iran's request' as the meeting postponed", () => {
    expect(roundsOf("The resumption itself was delayed: a meeting originally set for Jan. 24 was postponed at Iran's request after a dispute over the agenda.", "2031-03-04").map((r) => [r.status, r.date])).toEqual([["postponed", "2031-01-24"]]);
  });
});

describe("session 27: two plans joined by ', and', each with its own day", () => {
  it("reads 'Expert talks with Iran would begin in Oslo on Wednesday, he said, and the chief negotiators would meet again next Saturday' as two planned rounds", () => {
    expect(roundsOf("Expert-level negotiations with Iran would begin in Oslo on Wednesday, he said, and the two chief negotiators would meet again in Oslo next Saturday.", "2031-04-20").map((r) => [r.status, r.date])).toEqual([["planned", "2031-04-23"], ["planned", "2031-04-26"]]);
  });
});

describe("session 27: talks between Iran and a third state's officials", () => {
  it("reads no round in 'Senior Saudi and Iranian officials held a first round of direct talks in Baghdad on April 9'", () => {
    expect(roundsOf("Senior Saudi and Iranian officials held a first round of direct talks in Baghdad on April 9.", "2031-04-20")).toEqual([]);
  });
  it("still reads 'American and Iranian officials held a first round of indirect talks in Oslo on April 12'", () => {
    expect(roundsOf("American and Iranian officials held a first round of indirect talks in Oslo on April 12.", "2031-04-20").map((r) => r.date)).toEqual(["2031-04-12"]);
  });
});

describe("session 27: a bloc's ministers in their own sitting", () => {
  it("reads no round in 'an extraordinary meeting of EU foreign ministers on Friday produced a call for de-escalation'", () => {
    expect(roundsOf("The envoy has invited the Iranian foreign minister to Brussels, though no date has been set, and an extraordinary meeting of EU foreign ministers on Friday produced a call for de-escalation.", "2031-01-12")).toEqual([]);
  });
});

describe("session 27: a round as the time of another event", () => {
  it("reads only the held round in 'The third round took place in Oslo on April 26. The third round coincided with a blast at the port.'", () => {
    expect(roundsOf("The third round of talks with Iran took place in Oslo on April 26. The third round coincided with one of the most painful events of this year.", "2031-05-12").map((r) => [r.date, r.evidence[0]!.quote.slice(0, 20)])).toEqual([["2031-04-26", "The third round of t"]]);
  });
});

describe("session 27: a leader's meeting with his own commanders", () => {
  it("reads no round in 'The Leader, in a meeting with Army commanders on Sunday, praised the seizure of the ship'", () => {
    expect(roundsOf("The Leader of Iran, in a meeting with Army commanders on Sunday, praised the seizure of the ship.", "2031-04-15")).toEqual([]);
  });
});

describe("session 27: talks characterised, entered or judged impossible", () => {
  it("reads no round in 'the agency describing the talks as \"an opportunity\"' on Friday", () => {
    expect(roundsOf('Ruritanian state media struck a cautious tone on Friday, with the news agency describing the talks with Iran as "an opportunity".', "2031-05-10")).toEqual([]);
  });
  it("reads no round in 'said on Monday that Iran had entered the talks \"with open eyes\"'", () => {
    expect(roundsOf('The council secretary said on Monday that Iran had entered the talks "with open eyes".', "2031-02-18")).toEqual([]);
  });
  it("reads no round in 'said on March 3 that \"sanctions and negotiations cannot go together\"'", () => {
    expect(roundsOf('The Iranian spokesman said on March 3 that "sanctions and negotiations cannot go together."', "2031-03-06")).toEqual([]);
  });
});

describe("session 27: a round welcomed on a day", () => {
  it("does not date a round by the day a third state welcomed it ('on Thursday welcomed the second round … held in Oslo')", () => {
    expect(roundsOf("Pakistan on Thursday welcomed the second round of indirect talks between the United States and Iran held in Oslo.", "2031-03-07")).toEqual([]);
  });
  it("dates it by a day told after it ('… held in Oslo on Monday')", () => {
    expect(roundsOf("Pakistan on Thursday welcomed the second round of indirect talks between the United States and Iran held in Oslo on Monday.", "2031-03-07").map((r) => r.date)).toEqual(["2031-03-03"]);
  });
});

describe("session 27: a round of trade talks", () => {
  it("reads no round in 'The commerce minister is due in Washington later this month for the next round of negotiations on the bilateral trade agreement'", () => {
    expect(roundsOf("The commerce minister is due in Washington later this month for the next round of negotiations on the bilateral trade agreement, as the tariff on buyers of Iranian oil looms.", "2031-03-06")).toEqual([]);
  });
});

describe("session 28: rounds counted, then listed after a dash", () => {
  it("reads 'held four rounds … this spring - in Oslo on April 12, in Bern on April 19, in Oslo again on April 26 and May 11' as four rounds with their places", () => {
    const rounds = roundsOf("Ruritania and Iran held four rounds of talks this spring - in Oslo on April 12, in Bern on April 19, in Oslo again on April 26 and May 11.", "2031-09-30");
    expect(rounds.filter((r) => r.evidence[0]!.quote.startsWith("in ")).map((r) => [r.date, r.venue.city])).toEqual([
      ["2031-04-12", "Oslo"],
      ["2031-04-19", "Bern"],
      ["2031-04-26", "Oslo"],
      ["2031-05-11", "Oslo"],
    ]);
  });
});

describe("session 28: a round 'held' in a place and month after 'since'", () => {
  it("reads 'have not produced a formal session since the round held in Oslo in August 2030' as that round", () => {
    expect(roundsOf("The talks have not produced a formal session since the round held in Oslo in August 2030.", "2031-05-05").map((r) => [r.date, r.status])).toEqual([["2030-08", "held"]]);
  });
});

describe("session 28: two days and 'last year'; the first of those rounds; a mediator carrying messages", () => {
  it("dates 'hosted US and Iranian negotiators in Doha on June 28 and 29 last year' in the year before the story", () => {
    expect(roundsOf("Qatar also hosted US and Iranian negotiators in Doha on June 28 and 29 last year, with the EU's coordinator shuttling between the two delegations.", "2031-09-19").map((r) => r.date)).toEqual(["2030-06-28/2030-06-29"]);
  });
  it("reads 'The first of those resumed rounds was held in Oslo on Jan. 24.' as a round", () => {
    expect(roundsOf("The first of those resumed rounds was held in Oslo on Jan. 24.", "2031-03-14").map((r) => r.date)).toEqual(["2031-01-24"]);
  });
  it("reads 'An attempt to relaunch it in Doha on 28 and 29 June 2030, with the coordinator again carrying messages between X and Y' as a round", () => {
    expect(roundsOf("An attempt to relaunch it in Doha on 28 and 29 June 2030, with the coordinator again carrying messages between Ali Example and Rob Other, produced nothing.", "2031-01-10").map((r) => r.date)).toEqual(["2030-06-28/2030-06-29"]);
  });
});

describe("session 28: a round 'held indirectly' in a place and month", () => {
  it("reads 'the last formal round, held indirectly in Doha in June 2030 with EU mediation, ended without agreement' as that round", () => {
    expect(roundsOf("Talks stalled after the last formal nuclear round, held indirectly in Doha in June 2030 with EU mediation, ended without agreement.", "2031-09-19").map((r) => r.date)).toEqual(["2030-06"]);
  });
});

describe("session 28: a session that 'would be convened'", () => {
  it("reads 'an extraordinary session of the Joint Commission would be convened in Vienna later this month' as a planned round", () => {
    expect(roundsOf("Diplomats said an extraordinary session of the Joint Commission would be convened in Vienna later this month.", "2031-07-20").map((r) => [r.status, r.date])).toEqual([["planned", "2031-07"]]);
  });
});

describe("session 28: a round agreed on a day", () => {
  it("does not date 'The Oslo round was agreed during the envoy's visit to Tehran on Saturday' by that Saturday", () => {
    expect(roundsOf("The Oslo round was agreed during the visit of the EU envoy to Tehran on Saturday.", "2031-06-30").filter((r) => r.date !== undefined)).toEqual([]);
  });
});

describe("session 28: rounds listed by day then place; a plan with a quoted adverb", () => {
  it("reads 'conducted through Oman: rounds on 12 April 2031 in Oslo, 19 April in Bern, 26 April in Oslo and 3 May in Bern' as four rounds with their places", () => {
    const rounds = roundsOf("What followed was the most sustained negotiation in years, conducted through Oman: rounds on 12 April 2031 in Oslo, 19 April in Bern, 26 April in Oslo and 3 May in Bern, all of them formally indirect.", "2031-12-01");
    expect(rounds.filter((r) => /^\d/.test(r.evidence[0]!.quote)).map((r) => [r.date, r.venue.city])).toEqual([
      ["2031-04-12", "Oslo"],
      ["2031-04-19", "Bern"],
      ["2031-04-26", "Oslo"],
      ["2031-05-03", "Bern"],
    ]);
  });
  it("reads 'the next meeting, a fourth round, was \"provisionally\" set for Saturday, May 3' as a planned round", () => {
    expect(roundsOf('The mediator announced on Saturday that the next high-level meeting, a fourth round, was "provisionally" set for Saturday, May 3, without naming the city.', "2031-04-27").map((r) => [r.status, r.date])).toEqual([["planned", "2031-05-03"]]);
  });
});

describe("session 28: the talks pattern reads Unicode classes (its 'u' flag)", () => {
  it("reads 'US and Iranian negotiators held indirect contacts in Oslo' in May as a round", () => {
    expect(roundsOf("Officials carried messages between the two sides, and in May US and Iranian negotiators held indirect contacts in Oslo, with mediators passing proposals between rooms.", "2031-09-19").filter((r) => r.date !== undefined).map((r) => r.date)).toEqual(["2031-05"]);
  });
  it("reads 'Oman hosted U.S. Special Envoy X and Foreign Minister Y in Oslo on 12 April' as a round", () => {
    expect(roundsOf("Oman hosted U.S. Special Envoy Steve Witkoff and Foreign Minister Abbas Araghchi in Oslo on 12 April.", "2031-07-10").map((r) => [r.date, r.venue.city])).toEqual([["2031-04-12", "Oslo"]]);
  });
  it("reads 'on 20 June, I sat in Geneva with Foreign Minister X' as a round", () => {
    expect(roundsOf("Three weeks ago, on 20 June, I sat in Geneva with Foreign Minister Abbas Araghchi, together with the foreign ministers of France, Germany and the UK.", "2031-07-10").map((r) => r.date)).toEqual(["2031-06-20"]);
  });
});

describe("session 28: the next round; a mediator with one side; a participle of messages carried", () => {
  it("reads '… as next Oslo round takes shape' as a round still to come", () => {
    expect(roundsOf("Quiet shuttle: the mediator carries messages as next Oslo round takes shape.", "2031-03-03").map((r) => r.status)).toEqual(["planned"]);
  });
  it("reads no round in 'Albusaidi met Iranian Foreign Minister X during a visit' (the mediator with one side)", () => {
    expect(roundsOf("Badr Albusaidi met Iranian Foreign Minister Abbas Araghchi in Tehran on Tuesday during a visit that lasted less than a day. The two sides discussed further indirect contacts with the United States.", "2031-03-06").filter((r) => r.date !== undefined)).toEqual([]);
  });
  it("reads no held round in '… will be held in Oslo on 7 March, with the mediator again passing messages between the delegations'", () => {
    expect(roundsOf("The next round of indirect talks between Iran and the United States will be held in Oslo on 7 March 2031, with the mediator again passing messages between the delegations.", "2031-03-03").map((r) => r.status)).toEqual(["planned"]);
  });
});

describe("session 28: rounds listed in brackets by bare city and day", () => {
  it("reads 'The five rounds of talks between U.S. and Iranian negotiators (Oslo on April 12, Bern on April 19, Oslo again on April 26 and Bern on May 23)' as rounds with their cities", () => {
    const rounds = roundsOf("The four rounds of mediated talks between U.S. and Iranian negotiators (Oslo on April 12, Bern on April 19, Oslo again on April 26 and Bern on May 23) did not produce a framework.", "2031-10-03");
    expect(rounds.map((r) => [r.date, r.venue.city, r.evidence[0]!.quote])).toEqual([
      ["2031-04-12", "Oslo", "Oslo on April 12"],
      ["2031-04-19", "Bern", "Bern on April 19"],
      ["2031-04-26", "Oslo", "Oslo again on April 26"],
      ["2031-05-23", "Bern", "Bern on May 23"],
    ]);
  });
});

describe("session 28: rounds listed before a called-off one", () => {
  it("reads the rounds listed in brackets in a sentence that goes on to a sixth round called off", () => {
    const rounds = roundsOf("The two rounds of mediated talks between U.S. and Iranian negotiators (Oslo on April 12 and Bern on April 19) did not produce a framework, and a third round scheduled for June 15 in Oslo was cancelled after fighting broke out on June 13.", "2031-10-03");
    expect(rounds.map((r) => [r.status, r.date]).sort()).toEqual([["cancelled", "2031-06-15"], ["held", "2031-04-12"], ["held", "2031-04-19"]]);
  });
});

describe("session 29: two rounds joined, the second's day after an aside", () => {
  it("dates 'a round in Oslo on 6 May and a second round in Bern, again with Omani mediation, on 17 May' as two rounds of their own days", () => {
    const found = roundsOf("Ruritanian and American negotiators held an indirect round in Oslo on 6 May and a second round in Bern, again with Omani mediation, on 17 May.", "2031-06-04").filter((r) => r.date !== undefined);
    expect(found.map((r) => [r.date, r.venue?.city]).sort()).toEqual([["2031-05-06", "Oslo"], ["2031-05-17", "Bern"]]);
  });
});

describe("session 29: rounds told after a long aside, by the delegations' return, and as the start of those counted", () => {
  const dated = (text: string, published: string) => roundsOf(text, published).filter((r) => r.date !== undefined).map((r) => [r.date, r.venue?.city]).sort();

  it("reads 'A fourth round followed in Oslo on May 11th, after a postponement both sides blamed on \"logistical reasons,\" and a fifth in Bern on May 23rd'", () => {
    expect(dated('A fourth round followed in Oslo on May 11th, after a postponement that both sides blamed on "logistical reasons," and a fifth in Bern on May 23rd.', "2031-07-14")).toEqual([["2031-05-11", "Oslo"], ["2031-05-23", "Bern"]]);
  });

  it("reads 'On April 26th the delegations were back in Oslo' as a round, as 'returned to Oslo' is", () => {
    expect(dated("The first round of talks was held in Oslo on April 12th. On April 26th the delegations were back in Oslo.", "2031-07-14")).toEqual([["2031-04-12", "Oslo"], ["2031-04-26", "Oslo"]]);
  });

  it("reads 'five rounds of indirect talks, starting in Oslo on 12 April 2031 and ending with a fifth round in Bern on 23 May 2031' as the first and the fifth", () => {
    expect(dated("Norway mediated five rounds of indirect talks between Ruritanian and American negotiators, starting in Oslo on 12 April 2031 and ending with a fifth round in Bern on 23 May 2031.", "2031-07-14")).toEqual([["2031-04-12", "Oslo"], ["2031-05-23", "Bern"]]);
  });
});

describe("session 29: talks dated by a war named by its month", () => {
  it("reads no round in 'The talks never recovered from the June war.'", () => {
    expect(roundsOf("The talks between Ruritania and Example themselves never recovered from the June war.", "2031-09-29").filter((r) => r.date !== undefined)).toEqual([]);
  });
});
