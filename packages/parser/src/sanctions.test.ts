import { describe, expect, it } from "vitest";
import { createDocumentContext } from "./_context.js";
import { type ActorDictionary, bundledActorDictionary, createActorDictionary, type DictionaryEntry, recogniseActors } from "./actors.js";
import { extractSanctions } from "./sanctions.js";

const sanctionsOf = (text: string, published = "2026-03-06") => {
  const ctx = createDocumentContext({ source: "t.txt", format: "text", text, title: null, links: [], published });
  return extractSanctions(ctx, recogniseActors(ctx, bundledActorDictionary()), bundledActorDictionary());
};

/** The bundled dictionary with entries added or replaced, as a user's file would. */
const dictionaryWith = (...extra: DictionaryEntry[]): ActorDictionary => {
  const entries = new Map(bundledActorDictionary().entries);
  for (const entry of extra) entries.set(entry.id, entry);
  return createActorDictionary([...entries.values()]);
};

const sanctionsWith = (dictionary: ActorDictionary, text: string, published = "2031-03-06") => {
  const ctx = createDocumentContext({ source: "t.txt", format: "text", text, title: null, links: [], published });
  return extractSanctions(ctx, recogniseActors(ctx, dictionary), dictionary);
};

describe("extractSanctions", () => {
  it("reads a tariff imposed 'on Monday' and the order it was imposed under, 'signed by the President on January 30', as two measures of their own days and authorities", () => {
    const text = "On Monday, the US Commerce Department imposed a further 15 percent tariff on goods from Ruritania, the first state to be named under an executive order signed by the President on January 30 that authorises tariffs of up to 40 percent.";
    expect(sanctionsOf(text, "2031-02-18").map((m) => [m.instrument, m.date, m.authorities])).toEqual([
      ["tariff", "2031-01-30", ["us-president"]],
      ["tariff", "2031-02-17", ["us-commerce"]],
    ]);
  });

  it("reads orders with their day told aside ('E.O. 19871, issued on May 8, 2030, targeted …') and a general licence issued as a measure eased", () => {
    const text = "The order builds on two executive orders issued last year. E.O. 19871, issued on May 8, 2030, targeted Ruritania's metals sectors, and E.O. 19876, issued on June 24, 2030, blocked the property of its leader.";
    expect(sanctionsOf(text, "2031-01-14").map((m) => [m.instrument, m.date])).toEqual([["executive-order", "2030-05-08"], ["executive-order", "2030-06-24"]]);
    expect(sanctionsOf("On Friday, OFAC also issued General License Q authorizing, for 60 days, the wind-down of contracts.", "2031-01-14").map((m) => [m.instrument, m.status, m.date, m.authorities])).toEqual([["other", "lifted", "2031-01-10", ["us-treasury"]]]);
  });

  it("dates 'On the same day Britain designated seven individuals and six entities, among them the navy' by the day before: the appositive is no main clause", () => {
    const text = "On 18 April the Treasury sanctioned 11 individuals. On the same day Britain designated four individuals and three entities, among them a port authority.";
    expect(sanctionsOf(text, "2031-05-08").map((m) => [m.date, m.authorities])).toEqual([["2031-04-18", ["us-treasury"]], ["2031-04-18", ["uk"]]]);
  });

  it("reads 'The UN sanctions, which include an arms embargo and restrictions on enrichment, snapped back into force on Saturday night'", () => {
    expect(sanctionsOf("The UN sanctions, which include an arms ban and limits on enrichment and missile work, snapped back into force on Saturday night, New York time.", "2031-09-29").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["snapback", "2031-09-27", ["un-security-council"]]]);
  });

  it("dates 'a sanctions waiver that the Secretary of State signed last week' by that week", () => {
    expect(sanctionsOf("The swap was made possible by a sanctions waiver that Secretary of State Jane Roe signed last week.", "2031-09-19").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["other", "2031-09-08/2031-09-14", ["us-state"]]]);
  });

  it("reads a measure a verb 'had not prevented' as taken, and 'did not impose' as none", () => {
    expect(sanctionsOf("She said the talks had not prevented the reimposition of UN sanctions on 28 September 2030 under the snapback mechanism.", "2030-10-10").map((m) => [m.instrument, m.date])).toEqual([["snapback", "2030-09-28"]]);
    expect(sanctionsOf("Washington did not impose sanctions on 28 September 2030.", "2030-10-10")).toEqual([]);
  });

  it("gives an order to the president the dictionary names, whoever announced it", () => {
    const text = "On Friday, the Treasury Secretary announced that Roe had signed an executive order that authorizes sanctions on the shipping sector.";
    const roe: DictionaryEntry = { id: "person:jane-roe", kind: "person", name: "Jane Roe", aliases: ["Roe"], affiliation: "state:united-states", roles: [{ title: "President of the United States", of: "state:united-states", from: "2029-01-20" }] };
    expect(sanctionsWith(dictionaryWith(roe), text).map((m) => [m.instrument, m.authorities])).toEqual([["executive-order", ["us-president"]]]);
    expect(sanctionsWith(dictionaryWith({ ...roe, roles: [{ title: "Senator", of: "state:united-states" }] }), text).map((m) => m.authorities)).toEqual([["us-treasury"]]);
  });

  it("takes the E3's members from the dictionary: a member named before 'the snapback' started it, on its own day", () => {
    const invoked = (state: string) => `${state} invoked the snapback in late August; it took effect on 28 September.`;
    const e3 = bundledActorDictionary().entries.get("organisation:e3") as DictionaryEntry;
    expect(e3.members).toEqual(["state:france", "state:germany", "state:united-kingdom"]);
    const startedLateAugust = [["2030-08-21~/2030-08-31~", ["other"]]];
    expect(sanctionsWith(bundledActorDictionary(), invoked("Germany"), "2030-10-06").map((m) => [m.date, m.authorities])).toEqual(startedLateAugust);
    // A state outside the group is not read as starting it, until a user's dictionary adds it.
    expect(sanctionsWith(bundledActorDictionary(), invoked("Italy"), "2030-10-06").map((m) => [m.date, m.authorities])).toEqual([["2030-09-28", ["un-security-council"]]]);
    const withItaly = dictionaryWith({ ...e3, members: [...(e3.members ?? []), "state:italy"] });
    expect(sanctionsWith(withItaly, invoked("Italy"), "2030-10-06").map((m) => [m.date, m.authorities])).toEqual(startedLateAugust);
  });

  it("dates 'Concurrently with the new order, OFAC designated …' by the order's day, not the last day written, and 'OFAC also designated …' by the listing before it", () => {
    const text = [
      "On March 4, 2031, the President issued Executive Order 19001, widening sanctions to the shipping sector.",
      "The order follows the seizure of a tanker on February 26 and a drone attack on March 1.",
      "Concurrently with the new order, the Office of Foreign Assets Control (OFAC) designated six (6) port officials, citing the March 1 attack.",
      "OFAC also designated nine (9) shipping companies and two (2) vessels.",
    ].join("\n\n");
    expect(sanctionsOf(text, "2031-03-11").map((m) => [m.instrument, m.date, m.targets.individuals, m.targets.entities])).toEqual([
      ["executive-order", "2031-03-04", undefined, undefined],
      ["designation", "2031-03-04", 6, undefined],
      ["designation", "2031-03-04", undefined, 9],
    ]);
  });

  it("reads 'the three countries formally notified the Security Council of Iran's non-performance' as the snapback's start", () => {
    expect(sanctionsOf("On August 28, the three countries formally notified the Security Council of Example's non-performance, starting the 30-day countdown.", "2031-09-27").map((m) => [m.instrument, m.date])).toEqual([["snapback", "2031-08-28"]]);
    expect(sanctionsOf("On August 28, the three countries notified the Security Council of a new envoy.", "2031-09-27")).toEqual([]);
  });

  it("reads 'the State Department ended Iraq's sanctions waiver … last March' as a waiver ended", () => {
    expect(sanctionsOf("Baghdad has struggled since the State Department ended Iraq's sanctions waiver to pay for electricity last March.", "2031-02-18").map((m) => [m.instrument, m.status, m.date])).toEqual([["other", "imposed", "2030-03"]]);
  });

  it("reads 'France, Germany and the UK notified the Security Council on Aug. 28 that Iran was in significant non-performance' as that day's snapback notice", () => {
    expect(sanctionsOf("France, Germany and the UK notified the Security Council on Aug. 28 that Example was in significant non-performance of its commitments.", "2031-10-03").map((m) => [m.instrument, m.date])).toEqual([["snapback", "2031-08-28"]]);
  });

  it("gives no lifting to 'reinstated the restrictive measures it had suspended' - the suspension has no day of its own there", () => {
    expect(sanctionsOf("On Monday, the EU Council reinstated the nuclear-related restrictive measures it had suspended.", "2031-10-03").map((m) => [m.status, m.date])).toEqual([
      ["imposed", "2031-09-29"],
      ["lifted", undefined],
    ]);
  });

  it("dates 'and although UN sanctions returned under the snapback mechanism at the end of September' by its own clause, not the clause before", () => {
    expect(sanctionsOf("The missile provisions had lapsed in October 2029, and although UN sanctions returned under the snapback mechanism at the end of September 2030, others will not enforce them.", "2031-01-10").map((m) => [m.instrument, m.date])).toEqual([["snapback", "2030-09-21~/2030-09-30~"]]);
  });

  it("reads no measure in a tally 'Since …, Treasury has sanctioned more than 200 vessels'", () => {
    expect(sanctionsOf("Since the President restored maximum pressure, Treasury has sanctioned more than 200 vessels in the shadow fleet.", "2031-03-11")).toEqual([]);
  });

  it("reads 'the EU's decision on Sept. 29 to reinstate its own restrictions' as a measure taken that day", () => {
    expect(sanctionsOf("More significant was the EU's decision on Sept. 29 to reinstate its own nuclear-related restrictions on Iran.", "2031-10-20").map((s) => [s.status, s.date, s.authorities])).toEqual([["imposed", "2031-09-29", ["eu"]]]);
  });

  it("dates 'Hours before the airstrikes, the Treasury announced sanctions' by the day the text gave the airstrikes", () => {
    const text = "The air force launched a wave of airstrikes on Friday night against depots. Hours before the airstrikes, the US Treasury Department announced sanctions on six officials of a cyber unit.";
    expect(sanctionsOf(text, "2031-02-08").map((s) => [s.date, s.targets.individuals])).toEqual([["2031-02-07", 6]]);
  });

  it("reads what leaders 'agreed at their summit to expand' as a measure planned, not taken", () => {
    expect(sanctionsOf("European Union leaders agreed at their summit in Brussels on Wednesday to expand sanctions on Ruritania's drone producers.", "2031-04-19").map((m) => [m.mode, m.authorities])).toEqual([["planned", ["eu"]]]);
  });

  it("reads 'the Guards' designation as a Foreign Terrorist Organization, imposed by the State Department in April 2029' as that month's listing", () => {
    expect(sanctionsOf("Tehran cited the Guards' designation as a Foreign Terrorist Organization, imposed by the State Department in April 2029, as a reason.", "2031-03-10").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["designation", "2029-04", ["us-state"]]]);
  });

  it("reads 'The United Nations sanctions on Ruritania, lifted under the 2015 accord, returned on 28 September' as the snapback", () => {
    expect(sanctionsOf("The United Nations sanctions on Ruritania, lifted under the 2015 accord, returned on 28 September 2031 after the process ran its course.", "2031-10-10").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["snapback", "2031-09-28", ["un-security-council"]]]);
  });

  it("reads export controls 'tightened' or 'added' by the Commerce Department as a measure imposed", () => {
    expect(sanctionsOf("The Commerce Department also tightened export controls on basic electronic components on Thursday.", "2031-04-20").map((m) => [m.instrument, m.status, m.date, m.authorities])).toEqual([["other", "imposed", "2031-04-17", ["us-commerce"]]]);
    expect(sanctionsOf("The Commerce Department separately added new export controls covering basic commercial items on Thursday.", "2031-04-20").map((m) => [m.instrument, m.date])).toEqual([["other", "2031-04-17"]]);
  });

  it("dates a presidential memorandum by the day right after its name ('with National Security Presidential Memorandum 2 on February 4')", () => {
    expect(sanctionsOf("The president restored the pressure campaign with National Security Presidential Memorandum 2 on February 4.", "2031-06-05").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["other", "2031-02-04", ["us-president"]]]);
    expect(sanctionsOf("The president threatened to issue a national security presidential memorandum on February 4.", "2031-06-05")).toEqual([]);
  });

  it("reads 'the Treasury Department for the first time sanctioned an independent Chinese refinery' and 'Since signing a national security presidential memorandum on February 4'", () => {
    expect(sanctionsOf('Last month the Treasury Department for the first time sanctioned an independent Chinese "teapot" refinery.', "2025-04-08").map((m) => [m.instrument, m.date])).toEqual([["designation", "2025-03"]]);
    expect(sanctionsOf('Since signing a national security presidential memorandum on February 4 restoring his "maximum pressure" campaign, Trump has tightened the screws.', "2025-04-08").map((m) => [m.instrument, m.date])).toEqual([["other", "2025-02-04"]]);
  });

  it("reads 'The return of UN sanctions …, which took effect at 8:00 p.m. Eastern time on Sept. 27' and tankers 'added … to its sanctions list'", () => {
    expect(sanctionsOf("The return of UN sanctions on Iran, which took effect at 8:00 p.m. Eastern time on Sept. 27, capped a process.", "2025-09-30").map((m) => [m.instrument, m.date])).toEqual([["snapback", "2025-09-27"]]);
    expect(sanctionsOf("The U.S. Treasury, for its part, added another batch of shadow-fleet tankers and Iranian financial facilitators to its sanctions list earlier this month.", "2025-09-30").map((m) => m.instrument)).toEqual(["designation"]);
    expect(sanctionsOf("Washington on Friday added the tanker Example Star to its sanctions blacklist, along with its captain.", "2031-08-31").map((m) => [m.instrument, m.date])).toEqual([["designation", "2031-08-29"]]);
  });

  it("dates 'On Thursday, three days before the Muscat meeting, State designated a refinery …, which had bought crude since 2023, while the Treasury added …' by the Thursday, both listings", () => {
    const text =
      "The envoys met in Muscat on Sunday for a round planned for May 3. On Thursday, three days before the Muscat meeting, the State Department designated a refinery, which it said had bought Iranian crude since 2029, while the Treasury added two individuals and six companies to its sanctions list.";
    expect(sanctionsOf(text, "2031-05-12").map((m) => [m.instrument, m.date])).toEqual([["designation", "2031-05-08"], ["designation", "2031-05-08"]]);
  });

  it("reads a listing of one target described, not counted ('designated a shadow banking network', 'sanctioned another independent refinery')", () => {
    expect(sanctionsOf("Last Friday, the Treasury Department designated a shadow banking network it said was run by a family.", "2031-06-12").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["designation", "2031-06-06", ["us-treasury"]]]);
    expect(sanctionsOf("Last Thursday, three days before the session, the State Department sanctioned another independent refinery, the third such plant to be targeted since March.", "2031-05-13").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["designation", "2031-05-08", ["us-state"]]]);
    // A listing's idea, no target: "sanctioned a move" names none.
    expect(sanctionsOf("Last Friday, the Treasury Department sanctioned a new approach to enforcement.", "2031-06-12")).toEqual([]);
  });

  it("reads 'announced what it called its largest action since 2018, sanctioning more than 115 individuals' as that day's listing", () => {
    expect(sanctionsOf("Last Wednesday, the Treasury Department announced what it called its largest action since 2018, sanctioning more than 115 individuals, entities, and vessels.", "2031-08-05").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["designation", "2031-07-30", ["us-treasury"]]]);
  });

  it("dates 'On January 10, 2030, a week after the strike … on January 3, the president issued an order' by the sentence's own day, not the day counted from", () => {
    expect(sanctionsOf("On January 10, 2030, a week after the drone strike in the capital on January 3, the president issued Executive Order 19902, extending sanctions to four sectors.", "2031-08-05").map((m) => [m.instrument, m.date])).toEqual([["executive-order", "2030-01-10"]]);
  });

  it("reads 'he signed another order aimed at the Office of the Supreme Leader' as an executive order, beside the Treasury's listing of that day", () => {
    expect(sanctionsOf("On June 24, 2029, days after the guards shot down a drone, he signed another order aimed at the Office of the Supreme Leader, and the Treasury designated eight commanders.", "2031-08-05").map((m) => [m.instrument, m.date])).toEqual([
      ["executive-order", "2029-06-24"],
      ["designation", "2029-06-24"],
    ]);
    expect(sanctionsOf("The court issued another order aimed at the shipping company on 3 May.", "2031-08-05")).toEqual([]);
  });

  it("dates 'the UN snapback of sanctions, which they triggered on August 28, 2030' by the clause that tells the act itself", () => {
    expect(sanctionsOf("The limits became clear as the European powers moved ahead with the UN snapback of sanctions, which they triggered on August 28, 2030.", "2031-10-01").map((m) => [m.instrument, m.date])).toEqual([["snapback", "2030-08-28"]]);
  });

  it("reads 'new sanctions imposed by the US Treasury Department on Tuesday against a network' as that Tuesday's measure", () => {
    expect(sanctionsOf("He referred to new sanctions imposed by the US Treasury Department on Tuesday against a network of firms.", "2031-05-01").map((m) => [m.date, m.authorities])).toEqual([["2031-04-29", ["us-treasury"]]]);
    expect(sanctionsOf("He warned about sanctions imposed by the Treasury.", "2031-05-01")).toEqual([]);
  });

  it("gives 'It also blacklisted 17 producers' the authority of the sentence before it", () => {
    const measures = sanctionsOf("The Treasury Department said it had designated eight senior officials on Friday.\n\nIt also blacklisted 17 metals producers and one vessel.", "2031-01-11");
    expect(measures.map((m) => [m.date, m.authorities])).toEqual([
      ["2031-01-10", ["us-treasury"]],
      ["2031-01-10", ["us-treasury"]],
    ]);
  });

  it("reads no measure in 'have warned they will trigger the snapback … unless' nor in 'are prepared to trigger the snapback'", () => {
    expect(sanctionsOf("The three European powers have warned they will trigger the snapback of UN sanctions by the end of August unless Ruritania cooperates.", "2031-07-31")).toEqual([]);
    expect(sanctionsOf("The three have said they are prepared to trigger the snapback of UN sanctions before the mechanism expires in October.", "2031-06-30")).toEqual([]);
    expect(sanctionsOf("On August 28, the three triggered the snapback of UN sanctions.", "2031-09-30").map((m) => m.instrument)).toEqual(["snapback"]);
  });

  it("reads 'an executive order, signed on June 24, 2029, targeting the leader' as the order of that day", () => {
    expect(sanctionsOf("The president held back; what followed was an executive order, signed on June 24, 2029, targeting the Supreme Leader and his office.", "2031-08-31").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["executive-order", "2029-06-24", ["us-president"]]]);
  });

  it("reads 'Earlier, in May, another executive order had taken aim at the metals sectors' as an order of that May", () => {
    expect(sanctionsOf("Earlier, in May, another executive order had taken aim at Ruritania's iron, steel and copper sectors.", "2031-08-31").map((m) => [m.instrument, m.date])).toEqual([["executive-order", "2031-05"]]);
  });

  it("reads a law firm's 'EO 13902, signed by President Trump on January 10, 2020', 'eighteen (18) Iranian banks' and 'a combined twenty-seven (27)'", () => {
    const [order] = sanctionsOf("EO 13902, signed by President Trump on January 10, 2020, authorized sanctions on persons operating in the construction sector.", "2020-10-09");
    expect(order).toMatchObject({ instrument: "executive-order", date: "2020-01-10", authorities: ["us-president"] });
    const [banks] = sanctionsOf("On October 8, 2020, OFAC designated eighteen (18) Iranian banks.", "2020-10-09");
    expect(banks?.targets.entities).toBe(18);
    expect(sanctionsOf("On Monday, the State Department designated a combined 27 individuals.", "2020-10-09").map((m) => m.instrument)).toEqual(["designation"]);
  });

  it("reads an addition to Commerce's Entity List as a designation (a listing by name; session 28, as most golds read it), and 'the UN measures had \"snapped back\"' as the snapback", () => {
    const [listing] = sanctionsOf("On Monday, the Department of Commerce added five Iranian nuclear scientists to the Entity List.", "2020-10-09");
    expect(listing).toMatchObject({ instrument: "designation", authorities: ["us-commerce"] });
    const [controls] = sanctionsOf("On Monday, the Department of Commerce announced new export controls on Iranian airlines.", "2020-10-09");
    expect(controls).toMatchObject({ instrument: "other", authorities: ["us-commerce"] });
    const [snapback] = sanctionsOf('On September 19, 2020, Secretary Pompeo announced that, as of that date, the UN measures had "snapped back" into effect.', "2020-10-09");
    expect(snapback).toMatchObject({ instrument: "snapback", date: "2020-09-19" });
  });

  it("reads 'the State Department let lapse the waivers' as the sanctions they suspended coming back", () => {
    const [lapse] = sanctionsOf("In early May, the State Department let lapse the waivers that had allowed eight governments to keep buying Iranian oil.", "2019-06-24");
    expect(lapse).toMatchObject({ status: "imposed", authorities: ["us-state"] });
    expect(lapse?.date?.startsWith("2019-05")).toBe(true);
  });

  it("reads restrictions lifted as a measure only when they are economic or on Iran", () => {
    expect(sanctionsOf("The Home Front Command lifted some restrictions in the center of the country on Wednesday.", "2024-10-02")).toEqual([]);
    expect(sanctionsOf("The EU lifted some economic restrictions on Iran on Wednesday.", "2024-10-02").map((s) => [s.instrument, s.status])).toEqual([["other", "lifted"]]);
  });

  it("reads 'The sanctions returned at 8 p.m. ET on Sept. 27' as the snapback only in a paragraph about the UN process", () => {
    const snapback = sanctionsOf("The council voted on Sept. 19, 2025. The sanctions returned at 8 p.m. ET on Sept. 27, 2025, after the E3 triggered the process.", "2025-10-01");
    expect(snapback.map((s) => [s.instrument, s.status, s.date])).toContainEqual(["snapback", "imposed", "2025-09-27"]);
    expect(sanctionsOf("Washington left the deal in May 2018. The sanctions returned in November 2018, hitting oil exports.", "2025-10-01").map((s) => s.instrument)).not.toContain("snapback");
  });

  it("reads 'The administration blacklisted Iran's central bank in September' as a designation of that month", () => {
    const found = sanctionsOf("The administration blacklisted Iran's central bank in September, and in June Trump signed an executive order.", "2020-01-10");
    expect(found.map((s) => [s.instrument, s.date])).toEqual(expect.arrayContaining([["designation", "2019-09"], ["executive-order", "2019-06"]]));
  });

  it("reads a Treasury press release: authority, counts, sector", () => {
    const [designation] = sanctionsOf(
      "Today, OFAC is designating 8 entities and 3 individuals involved in the shipment of Iranian petroleum, and identifying 5 vessels as blocked property.",
    );
    // Designating is announcing a listing; only "imposed sanctions on …" reads as imposed.
    expect(designation).toMatchObject({ authorities: ["us-treasury"], instrument: "designation", status: "announced", targets: { entities: 8, individuals: 3, vessels: 5 } });
    expect(sanctionsOf("On Monday the Treasury imposed sanctions on four companies.")[0]?.status).toBe("imposed");
    expect(designation?.sectors).toContain("petroleum");
  });

  it("reads the EU's 'restrictive measures' as sanctions, not a possibility of them", () => {
    expect(sanctionsOf("The Council today decided to impose restrictive measures on five individuals and two entities.")[0]).toMatchObject({ instrument: "designation", date: "2026-03-06", targets: { individuals: 5, entities: 2 } });
    expect(sanctionsOf("The EU may impose restrictive measures on Iran's drone makers.")).toEqual([]);
  });

  it("reads an embargo that expired as a lifting, and not one that may expire", () => {
    expect(sanctionsOf("The UN arms embargo on Iran expired on October 18, 2020 under the terms of Resolution 2231.", "2020-11-02")[0]).toMatchObject({ instrument: "other", status: "lifted", date: "2020-10-18" });
    expect(sanctionsOf("The embargo could expire on October 18 unless the Council acts.", "2020-09-02")).toEqual([]);
  });

  it("reads a sanctions framework adopted and persons listed under it as two measures", () => {
    const found = sanctionsOf("The Council adopted a framework for restrictive measures in view of Iran's military support to Russia in July 2023, and listed further persons under it in February 2024.", "2024-05-14");
    expect(found.map((m) => [m.instrument, m.date])).toEqual([["other", "2023-07"], ["designation", "2024-02"]]);
  });

  it("reads a passive designation's subject as its target and its 'by' agent as the authority", () => {
    const [m] = sanctionsOf("Ali Shamkhani served as secretary of the council and was designated by OFAC on January 10, 2020.", "2025-07-30");
    expect(m).toMatchObject({ instrument: "designation", date: "2020-01-10", authorities: ["us-treasury"] });
  });

  it("reads a presidential memorandum as the president's measure of its own kind (not an executive order), and dated designations and waivers cited as nouns", () => {
    expect(sanctionsOf("Today, President Donald J. Trump signed a National Security Presidential Memorandum restoring maximum pressure on Iran.", "2025-02-04")[0]).toMatchObject({ instrument: "other", date: "2025-02-04" });
    expect(sanctionsOf("It follows OFAC's July 3, 2025 designation of a network of oil smugglers.", "2025-07-30")[0]).toMatchObject({ instrument: "designation", date: "2025-07-03" });
    expect(sanctionsOf("It rescinds the September 2023 waiver that allowed funds to be moved to Qatar.", "2025-02-04")[0]).toMatchObject({ instrument: "other", status: "lifted", date: "2023-09" });
    expect(sanctionsOf("The waiver that allowed funds to be moved to Qatar is under review.", "2025-02-04")).toEqual([]);
  });

  it("reads a waiver that expired or was not renewed, and an exception revoked, as sanctions restored; an exemption granted as a lifting", () => {
    expect(sanctionsOf("The six-month waiver expired at midnight Washington time on Sunday.", "2026-03-31")[0]).toMatchObject({ instrument: "other", status: "imposed", date: "2026-03-29" });
    expect(sanctionsOf("In May 2019 the administration declines to renew the Significant Reduction Exceptions.", "2021-03-29")[0]).toMatchObject({ instrument: "other", status: "imposed", date: "2019-05" });
    const both = sanctionsOf("The State Department revoked the 2018 exception in September 2025, before granting India a six-month exemption in October.", "2026-03-31");
    expect(both.map((m) => [m.status, m.date])).toEqual([
      ["lifted", "2025-10"],
      ["imposed", "2025-09"],
    ]);
    expect(sanctionsOf("The Treasury issued guidance stating that humanitarian exemptions remain.", "2026-03-31")).toEqual([]);
  });

  it("reads an order issued by its number, ships 'identified as blocked property', and 'designated three others'", () => {
    expect(sanctionsOf("On September 21, 2020, the President issued E.O. 13949, Blocking Property of Certain Persons.", "2020-12-15")[0]).toMatchObject({ instrument: "executive-order", date: "2020-09-21" });
    expect(sanctionsOf("On Thursday the State Department identified three further vessels as blocked property.", "2026-06-05")[0]).toMatchObject({ instrument: "designation", date: "2026-06-04" });
    expect(sanctionsOf("On September 3, 2020, OFAC designated three others.", "2020-12-15")[0]).toMatchObject({ instrument: "designation", date: "2020-09-03" });
  });

  it("reads 'listed six individuals and one entity' as a listing without the word sanctions, and sanctions 'on Iran were lifted'", () => {
    expect(sanctionsOf("On 20 July 2023 the Council listed six individuals and one entity involved in the production of Iranian drones.", "2024-03-01")[0]).toMatchObject({ instrument: "designation", date: "2023-07-20" });
    expect(sanctionsOf("Most UN and EU sanctions on Iran were lifted on Implementation Day, 16 January 2016.", "2024-03-01")[0]).toMatchObject({ status: "lifted", date: "2016-01-16" });
  });

  it("reads 'had frozen the assets of seven individuals' as a designation", () => {
    expect(sanctionsOf("The Foreign Office said on Thursday that it had frozen the assets of seven individuals and six organisations.", "2024-04-19")[0]).toMatchObject({ instrument: "designation", date: "2024-04-18", authorities: ["uk"] });
  });

  it("describes an order's targets from what follows 'targets', not from its date ('signed on 24 June 2019')", () => {
    const [order] = sanctionsOf("E.O. 13876, which the President signed on 24 June 2019, targets the Office of the Supreme Leader.", "2019-07-01");
    expect(order?.targets.description ?? "").not.toMatch(/^24 June/);
  });

  it("reads an embargo that 'expires' in a timeline's present tense as lifted", () => {
    expect(sanctionsOf("On 18 October 2020 the UN arms embargo on Iran expires under Resolution 2231.", "2021-03-29")[0]).toMatchObject({ status: "lifted", date: "2020-10-18" });
  });

  it("reads 'is sanctioning more than 115 individuals, entities, and vessels' as a designation", () => {
    expect(sanctionsOf("Today, the Treasury is sanctioning more than 115 individuals, entities, and vessels.", "2025-07-30")[0]).toMatchObject({ instrument: "designation", date: "2025-07-30" });
  });

  it("reads UN sanctions that 'came back into force' as re-imposed", () => {
    expect(sanctionsOf("UN sanctions, including the arms embargo, came back into force at 00:00 GMT on September 28, 2025.", "2025-10-02")[0]).toMatchObject({ status: "imposed", date: "2025-09-28", instrument: "snapback" });
  });

  it("reads 'Concurrently, the State Department designated <a person>' as a second designation that day", () => {
    const found = sanctionsOf("On September 18, 2023, the Treasury designated the Ministry of Intelligence. Concurrently, the State Department designated Mahmoud Ahmadinejad, who was president of Iran from 2005 to 2013.", "2023-09-20");
    expect(found.map((m) => [m.date, m.authorities])).toEqual([["2023-09-18", ["us-treasury"]], ["2023-09-18", ["us-state"]]]);
  });

  it("reads a designation cited as a noun and dated by 'on <day>' after it", () => {
    const found = sanctionsOf("This action follows the State Department's designation of Iranian oil minister Mohsen Paknejad on February 6.", "2025-03-14");
    expect(found.map((m) => [m.instrument, m.date])).toEqual([["designation", "2025-02-06"]]);
  });

  it("reads a regime extended with persons listed, and asset freezes named as what was done", () => {
    const found = sanctionsOf("On 14 May 2024, the Council of the European Union extended its Iran drone regime to cover missiles and listed six individuals and three entities. The UK followed on 16 May with asset freezes on two IRGC commanders.", "2024-05-21");
    expect(found.map((m) => [m.instrument, m.date, m.authorities])).toEqual([["designation", "2024-05-14", ["eu"]], ["designation", "2024-05-16", ["uk"]]]);
  });

  it("reads waivers renewed or run out, a sector determination, an order cited as signed on a day, and a target cited as designated in a month", () => {
    const text = [
      "On 31 October 2019, Secretary of State Michael R. Pompeo determined, under section 1245 of IFCA, that Iran's construction sector is controlled by the IRGC.",
      "The same day, the State Department renewed for a further 90 days the waivers that permit work on the Bushehr plant.",
      "The designations were made under E.O. 13876, which the President signed on 24 June 2019.",
      "Its partner Sepehr Energy, designated in November 2023, shipped the oil.",
      "The expiry on 2 May of the last US waivers for buyers of Iranian oil cut exports.",
    ].join(" ");
    expect(sanctionsOf(text, "2019-11-26").map((m) => [m.instrument, m.status, m.date])).toEqual([
      ["other", "imposed", "2019-10-31"],
      ["other", "lifted", "2019-10-31"],
      ["executive-order", "imposed", "2019-06-24"],
      ["designation", "announced", "2023-11"],
      ["other", "imposed", "2019-05-02"],
    ]);
  });

  it("reads a designation that 'took effect on' a day", () => {
    expect(sanctionsOf("The designation of Ansarallah as a Specially Designated Global Terrorist by the US Department of State took effect on 16 February 2024.", "2024-03-01")[0]).toMatchObject({ instrument: "designation", date: "2024-02-16", authorities: ["us-state"] });
  });

  it("reads a designation cited as 'OFAC's designation in March of …'", () => {
    expect(sanctionsOf("Today's action builds on OFAC's designation in March of a refinery in Shandong.", "2025-12-16").map((m) => [m.instrument, m.date])).toContainEqual(["designation", "2025-03"]);
  });

  it("reads the snapback process launched, and Washington's own 2018 re-imposition as no snapback, in a piece about the snapback", () => {
    const text = "The United States declared on Saturday that all UN sanctions on Iran had been restored. Pompeo launched the 30-day process on August 20. Washington has piled sanctions on Iran since it reimposed sweeping restrictions on its oil sector in November 2018.";
    expect(sanctionsOf(text, "2020-09-20").map((m) => [m.instrument, m.date])).toEqual([["snapback", "2020-09-19"], ["snapback", "2020-08-20"], ["other", "2018-11"]]);
  });

  it("reads an authority designating or sanctioning a named body, and a package listing persons 'later that month'", () => {
    expect(sanctionsOf("Today, the Treasury's Office of Foreign Assets Control (OFAC) is designating Iran's Morality Police for abuses.", "2022-09-22")[0]).toMatchObject({ instrument: "designation", date: "2022-09-22" });
    const found = sanctionsOf("The UK followed in October 2022, when the Foreign, Commonwealth and Development Office sanctioned the morality police. The European Union adopted its own package later that month, listing eleven individuals and four entities.", "2023-01-30");
    expect(found.map((m) => [m.authorities, m.date])).toEqual([[["uk"], "2022-10"], [["eu"], "2022-10"]]);
  });

  it("reads a timeline's present-tense designations, a terrorist listing by declaration, and not the day a listing takes effect", () => {
    const text = "8 April - The State Department designates the Islamic Revolutionary Guard Corps (IRGC) as a Foreign Terrorist Organization, effective 15 April. Iran's Supreme National Security Council answers by naming U.S. Central Command a terrorist organisation.";
    expect(sanctionsOf(text, "2019-12-01").map((m) => [m.date, m.authorities])).toEqual([["2019-04-08", ["us-state"]], ["2019-04-08", ["other"]]]);
    expect(sanctionsOf("On November 4, Treasury designates nine appointees and advisers of Khamenei.", "2019-12-01")[0]).toMatchObject({ date: "2019-11-04", targets: { individuals: 9 } });
  });

  it("reads the EU's 'adopted restrictive measures against', 'designated the same three individuals', and 'triggered the process known as snapback'", () => {
    const found = sanctionsOf("On 20 October 2022, the Council of the European Union adopted restrictive measures against three individuals and one entity. The United Kingdom designated the same three individuals on the same day.", "2022-11-01");
    expect(found.map((m) => [m.authorities, m.date])).toEqual([[["eu"], "2022-10-20"], [["uk"], "2022-10-20"]]);
    expect(sanctionsOf("Today we have thereby triggered the process known as snapback under Resolution 2231.", "2025-08-28")[0]).toMatchObject({ instrument: "snapback", date: "2025-08-28" });
  });

  it("reads 'added twenty individuals and one entity to its … sanctions list' as a designation", () => {
    expect(sanctionsOf("On 12 December, the Council of the European Union added twenty individuals and one entity to its Iran human rights sanctions list.", "2022-12-16")[0]).toMatchObject({ instrument: "designation", date: "2022-12-12", targets: { individuals: 20, entities: 1 } });
  });

  it("reads assets frozen as a designation, and 'Tuesday's designations, which target …' as one dated by the day", () => {
    expect(sanctionsOf("On 20 October 2022 the United Kingdom followed, freezing the assets of the same drone manufacturer and three officers.", "2022-11-01")[0]).toMatchObject({ instrument: "designation", date: "2022-10-20", authorities: ["uk"] });
    expect(sanctionsOf("The UK Foreign Office has defended Tuesday's designations, which target four individuals and two entities.", "2026-03-12")[0]).toMatchObject({ instrument: "designation", date: "2026-03-10" });
  });

  it("reads 'the February 6, 2025 action against', 'sanctioned a number of', a listing as a terrorist entity, and 'measures lifted in January 2016'", () => {
    const text = "It follows Treasury's February 6, 2024 action against an oil network. On 10 September, OFAC sanctioned a number of Russian vessels. Canada listed the IRGC as a terrorist entity in June 2024. Any snapback would reinstate UN measures lifted in January 2016.";
    expect(sanctionsOf(text, "2024-10-16").map((m) => [m.instrument, m.date])).toEqual([["designation", "2024-02-06"], ["designation", "2024-09-10"], ["designation", "2024-06"], ["other", "2016-01"]]);
  });

  it("reads counts written in words", () => {
    const [designation] = sanctionsOf("The State Department announced sanctions on twelve companies and four tankers on Wednesday.");
    expect(designation).toMatchObject({ authorities: ["us-state"], status: "announced", targets: { entities: 12, vessels: 4 }, date: "2026-03-04" });
  });

  it("reads a tariff order with a ceiling as authorised", () => {
    const [tariff] = sanctionsOf("President Trump signed an executive order allowing tariffs of up to 40% on goods from any country that buys Iranian crude.");
    expect(tariff).toMatchObject({ instrument: "tariff", status: "authorised", authorities: ["us-president"], rate: { value: 40, unit: "percent", ceiling: true } });
    expect(tariff?.targets.description).toMatch(/^goods from any country that buys Iranian crude/);
  });

  it("reads a measure signed into an order or law, dated by its sentence", () => {
    const [order] = sanctionsOf("Lawmakers met in Brussels on Tuesday, as the president signed the new oil tariffs into an executive order.");
    expect(order).toMatchObject({ instrument: "tariff", authorities: ["us-president"], date: "2026-03-03" });
    const [law] = sanctionsOf("On Monday the president signed the Iran sanctions bill into law.");
    expect(law).toMatchObject({ instrument: "executive-order", authorities: ["us-president"] });
    expect(sanctionsOf("The president signed a peace accord into the record books.")).toEqual([]);
  });

  it("reads an imposed tariff at a fixed rate", () => {
    const [tariff] = sanctionsOf("The White House issued an executive order imposing 10 percent tariffs on imports from countries trading with Iran.");
    expect(tariff).toMatchObject({ instrument: "tariff", status: "imposed", rate: { value: 10, ceiling: false } });
  });

  it("reads a UN snapback and an EU lift", () => {
    expect(sanctionsOf("The E3 triggered the UN sanctions snapback in late August.")[0]).toMatchObject({ instrument: "snapback", authorities: ["uk", "other"] });
    expect(sanctionsOf("The European Union lifted sanctions on three Iranian banks on Monday.")[0]).toMatchObject({ status: "lifted", authorities: ["eu"] });
  });

  it("yields nothing for sanctions spoken of in general", () => {
    expect(sanctionsOf("The sanctions architecture remains in place, and Iran refuses to cooperate until sanctions are lifted.")).toEqual([]);
    expect(sanctionsOf("Western powers refuse to lift sanctions until the IAEA is satisfied.")).toEqual([]);
  });

  it("dates the measures a report lists without a day by its lede's, unless they retell the lede's own", () => {
    const report = [
      "Ruritania slaps sanctions on Example after border raids",
      "",
      "The Treasury Department on Friday designated nine officers of the Example border guard.",
      "",
      "The president had also signed an executive order authorizing sanctions on anyone who trades with Example's mining sector.",
      "",
      "In 2019, the State Department designated two commanders of the guard.",
    ].join("\n");
    expect(sanctionsOf(report, "2027-06-12").map((m) => [m.instrument, m.date])).toEqual([
      ["designation", "2027-06-11"],
      ["executive-order", "2027-06-11"],
      ["designation", "2019"],
    ]);
    // "… announced new sanctions" names no author: "OFAC designated …" is the same news, left to join it.
    const unnamed = "The government on Friday announced new sanctions on Example's border guard.\n\nOFAC designated nine of its officers.";
    expect(sanctionsOf(unnamed, "2027-06-12").map((m) => [m.instrument, m.date])).toEqual([
      ["designation", "2027-06-11"],
      ["designation", undefined],
    ]);
    // A report published weeks after its lede's day is no news report of that day.
    const looking = report.replace("on Friday", "on June 11");
    expect(sanctionsOf(looking, "2027-06-12").find((m) => m.instrument === "executive-order")?.date).toBe("2027-06-11");
    expect(sanctionsOf(looking, "2027-09-01").find((m) => m.instrument === "executive-order")?.date).toBeUndefined();
  });

  it("reads no measure in a promise of penalties ('announced he would respond with new penalties')", () => {
    expect(sanctionsOf("In a speech on Wednesday the president announced he would respond with additional economic penalties.", "2027-04-01")).toEqual([]);
    expect(sanctionsOf("On Wednesday the Treasury announced new penalties on four shipping firms.", "2027-04-01").map((m) => m.date)).toEqual(["2027-03-31"]);
  });

  it("reads the UN's sanctions that 'formally returned' on a day written before them as the snapback, on the state they target", () => {
    const [returned] = sanctionsOf("On Saturday, September 25, the United Nations sanctions on Ruritania that had been lifted under the 2029 accord formally returned.", "2027-09-28");
    expect(returned).toMatchObject({ instrument: "snapback", status: "imposed", date: "2027-09-25", targets: { description: "Ruritania" } });
    // Sanctions named without the UN need the day after them, in a paragraph about the snapback.
    expect(sanctionsOf("On Saturday the sanctions returned.", "2027-09-28")).toEqual([]);
  });

  it("reads a presidential memorandum cited by its day as that day's measure, and one named without a day as none", () => {
    expect(sanctionsOf("The campaign restored by the president's February 4 national security presidential memorandum has continued.", "2027-09-30").map((m) => [m.instrument, m.date])).toEqual([["other", "2027-02-04"]]);
    expect(sanctionsOf("The presidential memorandum restored maximum pressure.", "2027-09-30")).toEqual([]);
  });

  it("reads a decision on a day to restore waivers as a lifting of that day", () => {
    expect(sanctionsOf("Talks were helped by a Ruritanian decision on March 3 to restore sanctions waivers for civil nuclear work.", "2027-04-01").map((m) => [m.status, m.date])).toEqual([["lifted", "2027-03-03"]]);
  });

  it("dates a report's undated measures by the first day its news gives, in the lede or the paragraph after it", () => {
    const report = [
      "Singapore, 9 May (Example Wire) - Ruritania has sanctioned a third refinery for processing Example crude.",
      "",
      "The State Department on 8 May designated the Sea Wren Refining Company and two traders.",
      "",
      "Ofac separately sanctioned 10 entities and one individual and identified six vessels as blocked property.",
    ].join("\n");
    const measures = sanctionsOf(report, "2027-05-09").filter((m) => m.date !== undefined && m.date.startsWith("2027-05-08"));
    expect(measures.map((m) => m.authorities)).toEqual([["us-state"], ["us-treasury"]]);
  });

  it("reads two listings joined by 'and' with their own authorities and days", () => {
    const joined = sanctionsOf("It is the third, after Ofac sanctioned the Sea Wren Refining Company on 20 March and the State Department designated the Blue Heron Trading Company on 16 April.", "2027-05-09");
    expect(joined.map((m) => [m.authorities, m.date])).toEqual([
      [["us-treasury"], "2027-03-20"],
      [["us-state"], "2027-04-16"],
    ]);
  });

  it("reads a snapback a memorandum directs as the memorandum's, and new export controls as no designation", () => {
    const [directed] = sanctionsOf("The memorandum directs the Ambassador to the United Nations to work with allies to complete the snapback of sanctions on Example.", "2027-02-05");
    expect(directed?.instrument).not.toBe("snapback");
    expect(sanctionsOf("On Monday the Commerce Department imposed new export controls on Example's drone makers.", "2027-02-05").map((m) => m.instrument)).toEqual(["other"]);
  });

  it("reads no measure in a threat, but one the threat was carried out by", () => {
    expect(sanctionsOf("Washington threatened to impose new sanctions on Iranian oil buyers.")).toEqual([]);
    expect(sanctionsOf("The president has threatened Ruritania with sanctions if its parliament expels foreign troops.")).toEqual([]);
    expect(sanctionsOf("The ministers warned that snapback sanctions would follow.")).toEqual([]);
    expect(sanctionsOf("On Monday the Treasury imposed the sanctions it had threatened on two refiners.", "2027-05-05").map((s) => [s.instrument, s.date])).toEqual([["designation", "2027-05-03"]]);
  });
  it("reads a past action cited by its date, and not the adjective 'designated'", () => {
    const [cited] = sanctionsOf("The move builds on OFAC's January 9, 2025 designations targeting Iranian shipping networks.");
    expect(cited).toMatchObject({ instrument: "designation", date: "2025-01-09", authorities: ["us-treasury"] });
    expect(sanctionsOf("Designations targeting shipping networks remain in force.")).toEqual([]);
    expect(sanctionsOf("All property of the designated persons and companies in the United States is blocked.")).toEqual([]);
  });
  it("reads an announced designation written as a noun", () => {
    const [designation] = sanctionsOf("On Monday the Treasury Secretary announced the designation of nine senior IRGC officers.");
    expect(designation).toMatchObject({ instrument: "designation", status: "announced", targets: { individuals: 9 } });
  });
  it("reads the start of a snapback as announced, dated by its main clause rather than a cited resolution's year", () => {
    const [started] = sanctionsOf("On March 2, 2026, the E3 wrote to the UN Security Council, triggering the snapback mechanism of Resolution 2231 (2015).");
    expect(started).toMatchObject({ instrument: "snapback", status: "announced", date: "2026-03-02" });
  });

  it("reads re-impositions of measures as the snapback's, each under its own authority", () => {
    const text =
      "UN sanctions returned under the snapback. On 3 March 2026, the European Union reinstated the nuclear-related restrictive measures it had suspended in January 2016. The United Kingdom brought its restored measures into force on 4 March 2026.";
    const [un, eu, lifted, uk] = sanctionsOf(text);
    // "UN sanctions returned" is the snapback itself, which this text leaves undated.
    expect(un).toMatchObject({ instrument: "snapback", authorities: ["un-security-council"] });
    expect(un?.date).toBeUndefined();
    expect(eu).toMatchObject({ instrument: "snapback", status: "imposed", authorities: ["eu"], date: "2026-03-03" });
    expect(lifted).toMatchObject({ status: "lifted", authorities: ["eu"], date: "2016-01" });
    expect(uk).toMatchObject({ instrument: "snapback", authorities: ["uk"], date: "2026-03-04" });
    // "the reinstated measures" is a description, not an act.
    expect(sanctionsOf("The reinstated measures include an arms embargo.")).toEqual([]);
    const [reintroduced] = sanctionsOf("The EU on Monday reintroduced the sweeping nuclear-related sanctions on Iran it lifted a decade ago.", "2031-09-30");
    expect(reintroduced).toMatchObject({ instrument: "snapback", status: "imposed", authorities: ["eu"], date: "2031-09-29" });
  });

  it("reads a waiver left to lapse as a sanction imposed again", () => {
    const [lapse] = sanctionsOf("On February 20, 2026 the State Department declined to renew the waiver allowing Iraq to buy Iranian gas.");
    expect(lapse).toMatchObject({ instrument: "other", status: "imposed", authorities: ["us-state"], date: "2026-02-20" });
    expect(sanctionsOf("The State Department may decline to renew the waiver if talks fail.")).toEqual([]);
    const [revoking] = sanctionsOf("On Tuesday, the State Department announced that it was revoking the sanctions exception granted in 2018 for the port.", "2031-09-20");
    expect(revoking).toMatchObject({ instrument: "other", status: "imposed", authorities: ["us-state"], date: "2031-09-16" });
  });
  it("reads a designation in the passive with its count before the verb", () => {
    const [designation] = sanctionsOf("On Monday, the minister said that six IRGC commanders, including the navy chief, had been designated.");
    expect(designation).toMatchObject({ instrument: "designation", targets: { individuals: 6 }, date: "2026-03-02" });
    expect(sanctionsOf("The minister said that the commander would be sanctioned later this week.")).toEqual([]);
  });
  it("reads a signed waiver as a lift", () => {
    expect(sanctionsOf("On 2 March, the Secretary of State signed a waiver letting Iraq pay for Iranian electricity.")[0]).toMatchObject({ status: "lifted", date: "2026-03-02" });
    expect(sanctionsOf("Lawmakers said the Secretary of State should not have signed any waiver.")).toEqual([]);
  });
  it("reads sanctions named with the day they were imposed, and not without it", () => {
    const [imposed] = sanctionsOf("Tehran condemned new EU sanctions imposed on Monday against three shipping firms.");
    expect(imposed).toMatchObject({ status: "imposed", date: "2026-03-02" });
    expect(sanctionsOf("Tehran condemned the sanctions imposed on its economy.")).toEqual([]);
  });
  it("reads a designation of named targets by an authority", () => {
    const [listed] = sanctionsOf("On Tuesday, the Treasury Department designated former defence minister Ahmad Vahidi and Iran's Ministry of Defence.");
    expect(listed).toMatchObject({ instrument: "designation", date: "2026-03-03", authorities: ["us-treasury"] });
    // Not an authority's listing.
    expect(sanctionsOf("On Tuesday, the party designated Ahmad Vahidi as its candidate.")).toEqual([]);
  });
  it("leaves undated an event whose 'same day' names its own event", () => {
    const [listed] = sanctionsOf("Talks ended on 2 March. On the same day the hostages landed, the Treasury designated four firms.");
    expect(listed?.date).toBeUndefined();
    expect(sanctionsOf("Talks ended on 2 March. On the same day, the Treasury designated four firms.")[0]?.date).toBe("2026-03-02");
  });
  it("reads an order named by its date as the order, with the status its verb gives", () => {
    const text = "Unlike the February 6, 2026 order that authorized tariffs of up to 25 percent on goods from countries trading with Iran, the new order imposes none.";
    expect(sanctionsOf(text, "2026-10-19").map((s) => [s.instrument, s.status, s.date])).toEqual([["tariff", "authorised", "2026-02-06"]]);
  });

  it("dates an undated designation by its paragraph's opening 'Last Thursday's actions'", () => {
    const text = "Last Thursday's actions were the first under the new order. OFAC designated nine entities and two individuals.\nOFAC designated three more entities.";
    expect(sanctionsOf(text, "2026-10-19").map((s) => s.date ?? null)).toEqual(["2026-10-15", null]);
  });
  it("reads an EU release's listing of 'a number of' persons, a framework's scope extended, and 'all the EU's … measures' reinstated", () => {
    const listed = sanctionsOf("On 14 October 2024, following the transfer of missiles to Russia, the Council listed a number of individuals and entities.", "2026-04-13");
    expect(listed.map((s) => [s.instrument, s.date])).toEqual([["designation", "2024-10-14"]]);
    const widened = sanctionsOf("In May 2024, the Council extended the scope of the framework to cover missiles.", "2026-04-13");
    expect(widened.map((s) => [s.instrument, s.date])).toEqual([["other", "2024-05"]]);
    const reinstated = sanctionsOf("On 29 September 2025 the Council reinstated all the EU's nuclear-related restrictive measures against Iran.", "2026-04-13");
    expect(reinstated.map((s) => [s.status, s.date])).toEqual([["imposed", "2025-09-29"]]);
  });
  it("reads a timeline's present tense: waivers ended, a reimposition ordered, the UN notified of significant non-performance", () => {
    const text = [
      "2018",
      "May 8 - Trump withdraws from the deal and orders the reimposition of US sanctions lifted under the deal.",
      "2019",
      "May - Washington ends waivers that had let some buyers keep importing Iranian oil.",
      "2025",
      "August 28 - Britain, France and Germany formally notify the UN Security Council that Iran is in significant non-performance of the deal.",
    ].join("\n");
    expect(sanctionsOf(text, "2025-09-29").map((s) => [s.instrument, s.status, s.date])).toEqual([
      ["other", "imposed", "2018-05-08"],
      ["other", "imposed", "2019-05"],
      ["snapback", "announced", "2025-08-28"],
    ]);
  });

  it("reads UN sanctions that 'came back into force' as the snapback, on the Saturday of 'late last week'", () => {
    const text = "Late last week — 8 p.m. New York time on Saturday, to be exact — the UN sanctions that had been lifted under Resolution 2231 came back into force.";
    expect(sanctionsOf(text, "2025-10-04").map((s) => [s.instrument, s.date])).toEqual([["snapback", "2025-09-27"]]);
  });

  it("dates a designation by a possessive weekday: 'Wednesday's OFAC action designated 21 entities'", () => {
    expect(sanctionsOf("Wednesday's OFAC action designated 21 entities and 17 individuals.", "2025-10-04").map((s) => [s.instrument, s.date, s.targets.entities])).toEqual([["designation", "2025-10-01", 21]]);
  });

  it("dates the lifting named inside a re-imposition by its own words ('it suspended in 2016'), not by the main clause's day", () => {
    const text = "On Monday the EU Council reinstated the nuclear-related restrictive measures it suspended in 2016.";
    expect(sanctionsOf(text, "2025-10-04").map((s) => [s.status, s.date])).toEqual([["imposed", "2025-09-29"], ["lifted", "2016"]]);
  });

  it("reads a day followed by a dash and a count as the day: 'designations on November 12 - 32 individuals and entities'", () => {
    expect(sanctionsOf("It is a reply to the Treasury designations on November 12 - 32 individuals and entities in eight countries.", "2025-11-20").map((s) => s.date)).toEqual(["2025-11-12"]);
  });

  it("dates 'The same day Trump signed …' by the day before it, and gives a later clause its own authority", () => {
    const text = "The delegations met in Muscat on Friday 6 February. The same day Trump signed an executive order allowing tariffs of up to 25 per cent on imports from countries that buy Iranian oil, and the Treasury and State Department blacklisted 14 tankers.";
    expect(sanctionsOf(text, "2026-03-09").map((s) => [s.instrument, s.date, s.authorities])).toEqual([
      ["tariff", "2026-02-06", ["us-president"]],
      ["designation", "2026-02-06", ["us-treasury", "us-state"]],
    ]);
  });

  it("reads the E3 notifying 'the Council', the US notifying it of an 'intention to restore sanctions', and UN measures that 'will apply again' as snapback steps", () => {
    const text = "By a letter dated 28 August, France, Germany and the United Kingdom notified the Council of what they described as significant non-performance by Iran. The measures contained in resolutions 1696 (2006) and 1929 (2010) will apply again as of 8 p.m. New York time on 27 September. In August 2020 the United States had notified the Council of its intention to restore sanctions.";
    expect(sanctionsOf(text, "2025-09-26").map((s) => [s.instrument, s.date])).toEqual([
      ["snapback", "2025-08-28"],
      ["snapback", "2025-09-27"],
      ["snapback", "2020-08"],
    ]);
  });

  it("reads a state 'declaring' another's forces \"terrorists\" as a designation", () => {
    expect(sanctionsOf('In April, Tehran responded by declaring US forces in the region "terrorists".', "2019-06-20").map((s) => [s.instrument, s.date])).toEqual([["designation", "2019-04"]]);
  });

  it("keeps a later clause's counted targets off the order before it, and gives an order named by its date to the president", () => {
    const text = "The same day Trump signed an executive order allowing tariffs of up to 25 per cent on imports from countries that buy Iranian oil, and the Treasury and State Department blacklisted 14 tankers.";
    const [tariff, designation] = sanctionsOf(text, "2026-03-09");
    expect(tariff?.targets.vessels).toBeUndefined();
    expect(designation?.targets.vessels).toBe(14);
    const named = "Unlike the February 6, 2026 order that authorized tariffs of up to 25 percent, the new order imposes none.";
    expect(sanctionsOf(named, "2026-10-19")[0]?.authorities).toEqual(["us-president"]);
  });

  it("summarises a measure reported in a relative clause with the sentence it continues, not from 'which'", () => {
    const text = "The State Department designated two tankers on 24 February, which identified 12 tankers in the AFGS fleet as blocked property.";
    expect(sanctionsOf(text, "2026-02-25").map((s) => s.summary)).toEqual([
      "The State Department designated two tankers on 24 February",
      "The State Department designated two tankers on 24 February, which identified 12 tankers in the AFGS fleet as blocked property.",
    ]);
  });

  it("reads a timeline's present-tense sanctions: an order or memorandum as subject, states that 'sanction' a target, the snapback triggered, UN sanctions that 'return' or were 're-applied'", () => {
    const cases: [string, string, string[]][] = [
      ["On 21 January 2020, Executive Order 13902 extends sanctions to Iran's construction and mining sectors.", "executive-order", ["us-president"]],
      ["On 4 February 2025, National Security Presidential Memorandum 2 restores maximum pressure on Iran.", "other", ["us-president"]],
      ["On 10 September 2024, Britain, France and Germany sanction Iran Air.", "designation", ["uk"]],
      ["On 28 August 2025, France, Germany and the UK trigger the UN snapback mechanism.", "snapback", ["uk", "other"]],
      ["On 28 September 2025, UN sanctions return.", "snapback", ["un-security-council"]],
      ["The provisions of Resolutions 1696 (2006) and 1929 (2010) were re-applied with effect from 00:00 GMT on 28 September 2025.", "snapback", ["un-security-council"]],
      ["On 28 August 2025, the E3 notified the President of the United Nations Security Council of significant non-performance by Iran.", "snapback", ["uk", "other"]],
      ["On 28 August 2025, the E3 sent a letter to the president of the UN Security Council notifying it of Iran's significant non-performance.", "snapback", ["uk", "other"]],
      ['On 28 August 2025, France, Germany and the United Kingdom invoked the "snapback" mechanism of Resolution 2231.', "snapback", ["uk", "other"]],
    ];
    for (const [text, instrument, authorities] of cases) expect(sanctionsOf(text, "2026-02-11").map((s) => [s.instrument, s.authorities]), text).toEqual([[instrument, authorities]]);
  });

  it("reads 'The UN measures snapped back' and the EU that 'put its own nuclear-related sanctions back in place' as snapback steps", () => {
    expect(sanctionsOf("The UN measures snapped back at eight o'clock on Saturday evening, New York time.", "2025-10-02").map((s) => [s.instrument, s.date])).toEqual([["snapback", "2025-09-27"]]);
    expect(sanctionsOf("On Monday the European Union put its own nuclear-related sanctions back in place.", "2025-10-02").map((s) => [s.instrument, s.authorities])).toEqual([["snapback", ["eu"]]]);
  });

  it("reads measures restored 'by presidential memorandum', U.N. sanctions 'including …, are reimposed' and 'that snapped back', and 'signed the tariff executive order'", () => {
    expect(sanctionsOf('The "maximum pressure" policy was restored by United States presidential memorandum on 4 February 2025.', "2025-12-01").map((s) => [s.instrument, s.date])).toEqual([["other", "2025-02-04"]]);
    expect(sanctionsOf("SEPT 28 - U.N. sanctions on Iran, including an arms embargo, are reimposed at 0000 GMT.", "2025-09-30").map((s) => [s.instrument, s.date])).toEqual([["snapback", "2025-09-28"]]);
    expect(sanctionsOf("That's on top of the UN sanctions that snapped back last September.", "2026-03-08").map((s) => [s.instrument, s.date])).toEqual([["snapback", "2025-09"]]);
    expect(sanctionsOf("Trump signed the tariff executive order - up to 25 percent - on February 6.", "2026-03-08").map((s) => [s.instrument, s.date])).toEqual([["tariff", "2026-02-06"]]);
  });

  it("reads an order applying a tariff, an executive order named by its day, and a snapback described as reviving resolutions", () => {
    expect(sanctionsOf("The American president on Friday signed an order applying a 25 percent tariff on imports from countries that buy Iranian oil.", "2026-03-09").map((s) => [s.instrument, s.date])).toEqual([["tariff", "2026-03-06"]]);
    expect(sanctionsOf("They put into force the tariffs they threatened in the so-called executive order of 6 February.", "2026-03-09").map((s) => [s.instrument, s.date])).toEqual([["tariff", "2026-02-06"]]);
    const snapback = "I should also recall that the three European countries bear responsibility for the illegitimate attempt to revive terminated Security Council resolutions last September.";
    expect(sanctionsOf(snapback, "2026-03-09").map((s) => [s.instrument, s.date])).toEqual([["snapback", "2025-09"]]);
    // The speaker's modal goes; the measure's own stays: "sanctions should be imposed" is no measure.
    expect(sanctionsOf("Sanctions should be imposed on the network.", "2026-03-09")).toEqual([]);
  });

  it("reads a framework widened to cover new ground as a measure, and yields to persons listed under it", () => {
    expect(sanctionsOf("On 14 May 2024, the Council of the European Union widened its Iran drone sanctions framework to cover missiles.", "2024-05-21").map((s) => [s.instrument, s.date])).toEqual([["other", "2024-05-14"]]);
  });

  it("reads the EU's and the UK's measures 'brought back' after the UN's as their snapback", () => {
    expect(sanctionsOf("The EU brought back its own nuclear-related sanctions, including the ban on Iranian crude oil imports, on September 29, 2025.", "2025-10-10").map((s) => [s.instrument, s.date, s.authorities])).toEqual([["snapback", "2025-09-29", ["eu"]]]);
    expect(sanctionsOf("Following the return of the UN measures, the United Kingdom brought its corresponding national measures back into force on 29 September.", "2025-11-18").map((s) => [s.instrument, s.date, s.authorities])).toEqual([["snapback", "2025-09-29", ["uk"]]]);
  });

  it("dates measures 'announced the same day that it had reinstated' to that day, and reads exceptions that 'expired'", () => {
    const text = "On Monday the Council of the EU reinstated its own asset freezes and trade restrictions. Britain announced the same day that it had reinstated the corresponding UK measures, with the Foreign Office calling for talks.";
    expect(sanctionsOf(text, "2025-09-30").map((s) => [s.date, s.authorities])).toEqual([["2025-09-29", ["eu"]], ["2025-09-29", ["uk"]]]);
    expect(sanctionsOf("The significant reduction exceptions granted to Japan under U.S. law expired on May 2.", "2019-06-14").map((s) => [s.instrument, s.date])).toEqual([["other", "2019-05-02"]]);
  });

  it("reads asset freezes reinstated in a list, measures 'back in effect' and the 'reimposition of United Nations sanctions'", () => {
    const text = "The snapback is complete. On Monday the European Union reinstated its own asset freezes, a ban on buying Iranian crude and restrictions on banks. Britain's Foreign Office said the same day that its own measures were back in effect as well.";
    expect(sanctionsOf(text, "2025-09-30").map((s) => [s.instrument, s.date, s.authorities])).toEqual([
      ["snapback", "2025-09-29", ["eu"]],
      ["snapback", "2025-09-29", ["uk"]],
    ]);
    expect(sanctionsOf("Canada welcomed the reimposition of United Nations sanctions on Iran on September 28, 2025.", "2026-01-16").map((s) => [s.instrument, s.date])).toEqual([["snapback", "2025-09-28"]]);
  });

  it("reads 'signed a memorandum in February restoring …', and 'restored his campaign … by presidential memorandum' as memoranda, not executive orders", () => {
    expect(sanctionsOf('Trump signed a memorandum in February restoring his "maximum pressure" campaign against Example.', "2031-05-14").map((s) => [s.instrument, s.date, s.authorities])).toEqual([["other", "2031-02", ["us-president"]]]);
    expect(sanctionsOf('In February he restored his "maximum pressure" campaign against Example by presidential memorandum.', "2031-05-14").map((s) => [s.instrument, s.date])).toEqual([["other", "2031-02"]]);
    expect(sanctionsOf("On 9 May 2031, the President signed an executive order restoring the oil embargo.", "2031-05-14").map((s) => s.instrument)).toEqual(["executive-order"]);
  });

  it("reads a lower-cased 'state department', a memorandum 'Trump signed on' a day, and the dated 'return of United Nations sanctions'", () => {
    expect(sanctionsOf("Last Thursday the state department designated Hebei Xinhai Chemical Group, a refiner in northern China.", "2025-05-14").map((s) => [s.date, s.authorities])).toEqual([["2025-05-08", ["us-state"]]]);
    expect(sanctionsOf("The campaign follows a national security presidential memorandum Trump signed on February 4.", "2025-05-14").map((s) => [s.instrument, s.date])).toEqual([["other", "2025-02-04"]]);
    expect(sanctionsOf("Oil rose despite the return of United Nations sanctions in late September under the snapback mechanism.", "2026-02-09").map((s) => s.instrument)).toEqual(["snapback"]);
    expect(sanctionsOf('Treasury billed it as the first action "following the return of UN sanctions".', "2025-10-01")).toEqual([]);
  });

  it("reads the UN sanctions 'lifted under' a deal that 'returned', measures under a resolution that 'expired', and a delisting", () => {
    expect(sanctionsOf("The UN sanctions lifted under the deal returned on October 2, 2031.", "2031-11-01").map((s) => [s.instrument, s.status, s.date])).toEqual([["snapback", "imposed", "2031-10-02"]]);
    expect(sanctionsOf("United Nations sanctions lifted under the deal are set to return at the end of the month.", "2031-09-12").map((s) => s.instrument)).not.toContain("snapback");
    expect(sanctionsOf("The restrictions under Resolution 1929 expired on October 18, 2031.", "2031-11-01").map((s) => [s.authorities, s.status])).toEqual([[["un-security-council"], "lifted"]]);
    expect(sanctionsOf("The Treasury on May 10 removed from its sanctions list three executives of a shipping firm.", "2031-05-20").map((s) => [s.instrument, s.status, s.targets])).toEqual([["designation", "lifted", { individuals: 3 }]]);
  });

  it("reads 'State and Treasury jointly targeted more than 40 persons, firms and tankers' with no count for any one kind", () => {
    const [action] = sanctionsOf("On May 24, State and Treasury jointly targeted more than 40 persons, firms and tankers.", "2031-06-01");
    expect(action).toMatchObject({ instrument: "designation", date: "2031-05-24", authorities: ["us-treasury", "us-state"], targets: {} });
  });

  it("reads 'made its first designation of', 'That order, signed on', and 'used the order the same day it was signed to designate'", () => {
    expect(sanctionsOf("In May, Treasury made its first designation of a port operator in Example Province.", "2031-06-01").map((s) => [s.instrument, s.date])).toEqual([["designation", "2031-05"]]);
    const text = "The Secretary acted under E.O. 14000. That order, signed on May 2, 2031, covers four sectors. OFAC used the order the same day it was signed to designate twelve firms and three vessels.";
    expect(sanctionsOf(text, "2031-08-01").map((s) => [s.instrument, s.date, s.authorities])).toEqual([
      ["executive-order", "2031-05-02", ["us-president"]],
      ["designation", "2031-05-02", ["us-treasury"]],
    ]);
  });

  it("reads 'announced … would pay a 30% tariff' as the president's tariff announced, and an order 'signed by' the president that 'authorizes' sanctions", () => {
    expect(sanctionsOf("The president announced on Jan. 12 that any country trading with Ruritania would pay a 30% tariff.", "2031-02-20").map((s) => [s.instrument, s.status, s.date, s.authorities])).toEqual([["tariff", "announced", "2031-01-12", ["us-president"]]]);
    expect(sanctionsOf("An executive order signed by Mr. Example authorizes sanctions against anyone in Ruritania's mining sector.", "2031-02-20").map((s) => [s.instrument, s.authorities])).toEqual([["executive-order", ["us-president"]]]);
  });

  it("reads measures restored 'including asset freezes on' a bank as one measure, and no snapback in 'conditions for delaying snapback: restored access'", () => {
    const restored = sanctionsOf("The European Union followed on 29 September by reinstating its nuclear-related restrictive measures, including asset freezes on the central bank.", "2031-10-03");
    expect(restored.map((s) => s.instrument)).toEqual(["snapback"]);
    expect(sanctionsOf("The meeting produced no agreement on the conditions the Europeans had set for delaying snapback: restored inspector access.", "2031-10-03")).toEqual([]);
  });
});

describe("session 13: measures back in force, and 'on the day' as no target", () => {
  it("reads 'every UN sanction the deal had suspended came back into force' as the snapback imposed", () => {
    const [measure] = sanctionsOf("In September 2031, every UN sanction the deal had suspended came back into force: the arms embargo and the ban on enrichment.", "2031-10-28");
    expect(measure).toMatchObject({ instrument: "snapback", status: "imposed", date: "2031-09", authorities: ["un-security-council"] });
  });

  it("does not take 'on the day' for who was targeted", () => {
    const measures = sanctionsOf("The ministry acted on Friday. Separately, the State Department sanctioned six entities and identified six vessels as blocked property, bringing the ships added on the day to twelve.", "2031-05-12");
    const state = measures.find((m) => m.authorities.includes("us-state"))!;
    expect(state).toMatchObject({ targets: { entities: 6, vessels: 6 } });
    expect(state.targets.description).toBeUndefined();
  });

  it("reads a designation whose target is described, then named: 'blacklisted the country's largest shipping line, Example Lines'", () => {
    const [listing] = sanctionsOf("Earlier this month the Treasury Department blacklisted the country's largest shipping line, Example Lines, on the claim that it moves arms.", "2031-06-20");
    expect(listing).toMatchObject({ instrument: "designation", authorities: ["us-treasury"], date: "2031-06-01/2031-06-19" });
    expect(listing?.targets.description).toBeUndefined();
  });

  it("reads a listing told by its participle after the act in other words: 'OFAC went after a refinery …, blacklisting Example Co.'", () => {
    const [listing] = sanctionsOf("On March 20, OFAC went after a foreign refinery for the first time, blacklisting Example Petrochemical Co. along with 12 tankers.", "2031-04-09");
    expect(listing).toMatchObject({ instrument: "designation", authorities: ["us-treasury"], date: "2031-03-20", targets: { vessels: 12 } });
  });

  it("does not take a day or what a deal traded for as the targets: 'on Feb. 4', 'curbs on its atomic work'", () => {
    const [order] = sanctionsOf("The president signed an executive order on Feb. 4 restoring pressure.", "2031-04-09");
    expect(order?.targets.description).toBeUndefined();
    const [reimposed] = sanctionsOf("The president quit the accord in 2028, reimposing sanctions that had been lifted in exchange for curbs on the country's atomic work.", "2031-04-09");
    expect(reimposed?.targets.description).toBeUndefined();
  });

  it("reads UN sanctions brought 'back into force' as a snapback, whatever the verb", () => {
    const [snapback] = sanctionsOf("It comes after the E3 dragged the UN sanctions regime back into force in September.", "2031-02-10");
    expect(snapback).toMatchObject({ instrument: "snapback", date: "2030-09" });
  });

  it("dates list items by the day their introduction ends on ('announced actions … on September 21:' then '- The Department of State designated …')", () => {
    const text = [
      "In total, the Administration announced actions against more than two dozen entities and individuals on September 21:",
      "- The Department of State designated seven entities and five individuals.",
      "- The Department of the Treasury designated four entities and 11 individuals.",
      "Treasury has listed three ships.",
    ].join("\n\n");
    const measures = sanctionsOf(text, "2031-09-24");
    expect(measures.slice(0, 2).map((m) => [m.authorities, m.date, m.targets.entities, m.targets.individuals])).toEqual([
      [["us-state"], "2031-09-21", 7, 5],
      [["us-treasury"], "2031-09-21", 4, 11],
    ]);
    // The paragraph after the list is no item of it.
    expect(measures.slice(2).map((m) => m.date)).toEqual([undefined]);
  });

  it("does not date an order by the day of an attack named before it ('on January 10, 2030, following Iran's January 8 missile attack …, the President issued …')", () => {
    const [order] = sanctionsOf("Most recently, on January 10, 2030, following Iran's January 8 ballistic missile attack on bases hosting US forces, the President issued Executive Order 19002, which authorizes sanctions on the construction sector.", "2030-09-24");
    expect(order).toMatchObject({ instrument: "executive-order", date: "2030-01-10" });
  });

  it("reads 'announced that virtually all UN sanctions on Ruritania had \"returned\"' as the snapback on that day", () => {
    const [snapback] = sanctionsOf('On September 19, the Department of State announced that virtually all UN sanctions on Ruritania had "returned".', "2031-09-24");
    expect(snapback).toMatchObject({ instrument: "snapback", date: "2031-09-19" });
  });

  it("reads designations 'at a rate of several dozen a month' as a habit, not one measure", () => {
    expect(sanctionsOf("The Treasury Department has continued designating tankers in the shadow fleet at a rate of several dozen a month.", "2031-02-01")).toEqual([]);
  });

  it("does not date a listing by the protests it punishes ('On December 7, … designated two units … for their role in the November 2029 protests')", () => {
    const [listing] = sanctionsOf("On December 7, during the pause in Oslo, Treasury designated two security units along with six officials for their role in the violent suppression of the November 2029 protests.", "2031-12-20");
    expect(listing).toMatchObject({ instrument: "designation", date: "2031-12-07" });
  });

  it("dates 'The US Treasury designated 16 individuals …' by the sentence before it that announced the measures on Thursday", () => {
    const text = [
      "Four sailors on the seized ship are safe, the ministry said on Friday.",
      "The United States and Britain announced coordinated sanctions on Thursday in response to the attack. The US Treasury's Office of Foreign Assets Control designated 16 individuals and two entities involved in drone production.",
    ].join("\n\n");
    const us = sanctionsOf(text, "2031-04-19").find((m) => m.authorities.includes("us-treasury"));
    expect(us).toMatchObject({ date: "2031-04-17", targets: { individuals: 16, entities: 2 } });
  });

  it("reads a measure with the instrument that made it in a reduced relative ('a 25 percent tariff …, imposed by executive order in January'; 'pressure - restored by National Security Presidential Memorandum 2 in February 2029 -')", () => {
    const [tariff] = sanctionsOf('The administration has layered on a 25 percent "secondary tariff" on countries buying Ruritanian oil, imposed by executive order in January.', "2031-02-23");
    expect(tariff).toMatchObject({ instrument: "tariff", date: "2031-01", authorities: ["us-president"] });
    const [memorandum] = sanctionsOf("The White House must show that maximum pressure - restored by National Security Presidential Memorandum 2 in February 2029 - leads somewhere.", "2031-02-23");
    expect(memorandum).toMatchObject({ instrument: "other", date: "2029-02" });
  });

  it("reads an instrument named and then issued ('NSPM-2, issued on February 4, 2029', 'EO 19002 was itself issued on January 10, 2029')", () => {
    const [memorandum] = sanctionsOf("It builds on National Security Presidential Memorandum 2 (NSPM-2), issued on February 4, 2029, which directed Treasury to drive exports to zero.", "2031-01-20");
    expect(memorandum).toMatchObject({ instrument: "other", date: "2029-02-04" });
    const [order] = sanctionsOf("EO 19002 was itself issued on January 10, 2029, in the aftermath of a missile attack on US forces; it initially targeted the construction sector.", "2031-01-20");
    expect(order).toMatchObject({ instrument: "executive-order", date: "2029-01-10" });
  });

  it("reads 'The E3 delivered their notification on August 28' as the snapback's start in a piece about the snapback", () => {
    const measures = sanctionsOf("Under Resolution 2231, the snapback is triggered by a notification to the Security Council. The E3 delivered their notification on August 28, 2031.", "2031-10-03");
    expect(measures.filter((m) => m.date !== undefined).map((m) => [m.instrument, m.date, m.status])).toEqual([["snapback", "2031-08-28", "announced"]]);
  });

  it("does not date a re-imposition by the relief it reverses ('…, reversing most of the relief granted in January 2026')", () => {
    const measures = sanctionsOf("The European Union and the United Kingdom have since reinstated their own nuclear-related restrictive measures, reversing most of the relief granted in January 2026 under the nuclear deal.", "2031-10-03");
    expect(measures.map((m) => m.date)).toEqual([undefined]);
  });

  it("dates 'In a parallel action, OFAC designated …' by the order told before it, even a paragraph from the day it was dated by", () => {
    const text = ["Westland on Friday renewed its call for restraint.", "Its spokesperson said Westland would stay out.", "Hours later, the minister said the President had signed an executive order authorising sanctions on the steel sector. In a parallel action, the Office of Foreign Assets Control designated eight senior officials it accused of involvement in Wednesday's attack."].join("\n\n");
    expect(sanctionsOf(text, "2031-01-11").map((m) => [m.instrument, m.date])).toEqual([["executive-order", "2031-01-10"], ["designation", "2031-01-10"]]);
  });

  it("reads 'National Security Presidential Memorandum 2, signed by President Example on February 4, 2029' as the memorandum's issuing", () => {
    const measures = sanctionsOf("The designations continue the policy set out in National Security Presidential Memorandum 2, signed by President Example on February 4, 2029, which directed a campaign of pressure.", "2031-10-02");
    expect(measures.map((m) => [m.instrument, m.date])).toEqual([["other", "2029-02-04"]]);
  });

  it("reads '…, with the Office of Foreign Assets Control blacklisting 12 tankers and seven companies' as a designation of that day", () => {
    const measures = sanctionsOf("The US stepped up its sanctions campaign on Wednesday, with the Treasury Department's Office of Foreign Assets Control blacklisting 12 tankers and seven companies.", "2031-03-06");
    expect(measures.map((m) => [m.instrument, m.date, m.targets.vessels, m.targets.entities])).toEqual([["designation", "2031-03-05", 12, 7]]);
  });

  it("gives 'The action targeted one individual and six entities' the authority and day of the listing told just before it", () => {
    const measures = sanctionsOf("On Tuesday, the U.S. Treasury Department sanctioned businessman John Example and his network. The action targeted one individual and six entities, according to the Treasury.", "2031-04-27");
    expect(measures.map((m) => [m.instrument, m.date, m.authorities])).toEqual([
      ["designation", "2031-04-22", ["us-treasury"]],
      ["designation", "2031-04-22", ["us-treasury"]],
    ]);
  });

  it("reads 'That followed a similar action targeting a network in late May' as another listing by the same authority, on its own days", () => {
    const measures = sanctionsOf("On June 16 the Office of Foreign Assets Control designated 15 companies. That followed a similar action targeting a Russia-based network in late May.", "2031-07-05");
    expect(measures.map((m) => [m.instrument, m.date, m.authorities])).toEqual([
      ["designation", "2031-06-16", ["us-treasury"]],
      ["designation", "2031-05-21~/2031-05-31~", ["us-treasury"]],
    ]);
    // With no measure told before it, nothing.
    expect(sanctionsOf("That followed a similar action targeting a Russia-based network in late May.", "2031-07-05")).toEqual([]);
  });

  it("reads 'published a notice imposing an additional 10 percent ad valorem duty' as a tariff imposed", () => {
    const measures = sanctionsOf("On March 9, 2031, the Department of Commerce published a notice imposing an additional 10 percent ad valorem duty on imports from Westland.", "2031-03-20");
    expect(measures.map((m) => [m.instrument, m.status, m.date])).toEqual([["tariff", "imposed", "2031-03-09"]]);
  });

  it("makes an order whose next sentence says 'the order authorizes … an additional ad valorem duty of up to 25 percent' a tariff authorised", () => {
    const text = 'On February 6, 2031, the President signed an executive order titled "Addressing Threats by Example Purchases." Relying on the emergency declared in 1979, the order authorizes the imposition of an additional ad valorem duty of up to 25 percent on goods from any buyer.';
    expect(sanctionsOf(text, "2031-03-20").map((m) => [m.instrument, m.status, m.date])).toEqual([["tariff", "authorised", "2031-02-06"], ["tariff", "authorised", "2031-02-06"]]);
  });

  it("reads 'Executive Order 19001 of August 6, 2029, re-imposed …' and '… of January 10, 2030, extended …' as the orders of those days", () => {
    const measures = sanctionsOf("Executive Order 19001 of August 6, 2029, re-imposed the secondary sanctions. Executive Order 19002 of January 10, 2030, extended sanctions exposure to the construction sector.", "2031-03-20");
    expect(measures.map((m) => [m.instrument, m.date])).toEqual([["executive-order", "2029-08-06"], ["executive-order", "2030-01-10"]]);
  });

  it("reads 'the executive order signed by the US president on February 6 authorizing tariffs of up to 25 percent' as that day's tariff order", () => {
    const measures = sanctionsOf("He also referred to the executive order signed by the US president on February 6 authorizing tariffs of up to 25 percent on goods from any buyer.", "2031-02-18");
    expect(measures.map((m) => [m.instrument, m.status, m.date])).toEqual([["tariff", "authorised", "2031-02-06"]]);
  });

  it("reads a campaign 'which he restored in a national security presidential memorandum on February 4' as the memorandum of that day", () => {
    const measures = sanctionsOf("The track has continued beside a campaign of pressure, which he restored in a national security presidential memorandum on February 4 directing agencies to drive exports to zero.", "2031-05-12");
    expect(measures.map((m) => [m.instrument, m.date])).toEqual([["other", "2031-02-04"]]);
  });

  it("reads 'since the President's Feb 4 2031 memorandum restored …' as the president's memorandum of that day", () => {
    const measures = sanctionsOf("Washington has kept up the campaign. Listings have multiplied since the President's Feb 4 2031 memorandum restored pressure on Example exporters.", "2031-05-12");
    expect(measures.map((m) => [m.instrument, m.date, m.authorities])).toEqual([["other", "2031-02-04", ["us-president"]]]);
  });

  it("reads 'the State Department followed with sanctions on a second refinery, Example Chemical' as a listing", () => {
    const measures = sanctionsOf("On April 16, 2031, the State Department followed with sanctions on a second refinery, Example Chemical.", "2031-06-01");
    expect(measures.map((m) => [m.instrument, m.date, m.authorities])).toEqual([["designation", "2031-04-16", ["us-state"]]]);
  });

  it("reads an order 'authorizing the Secretary of Commerce to impose additional duties of up to 25 percent' as a tariff authorised", () => {
    const measures = sanctionsOf("On Friday, the President signed an executive order authorizing the Secretary of Commerce to impose additional duties of up to 25 percent on imports from any buyer.", "2031-02-17");
    expect(measures.map((m) => [m.instrument, m.status, m.date])).toEqual([["tariff", "authorised", "2031-02-14"]]);
  });
});

describe("who acts: the authority of a measure", () => {
  const authorityOf = (text: string, published = "2031-06-02") => sanctionsOf(text, published).map((s) => [s.instrument, s.authorities]);

  it("gives a measure of 'the United States' to the agency that takes such measures", () => {
    expect(authorityOf("On Monday, the United States imposed sanctions on 16 individuals and two entities tied to the drone programme.")).toEqual([["designation", ["us-treasury"]]]);
    expect(authorityOf("Washington blacklisted the Example Guard as a Foreign Terrorist Organization in April 2031.")).toEqual([["designation", ["us-state"]]]);
    expect(authorityOf("Secretary of State Jane Roe signed a waiver on 4 March 2031 allowing banks in Ruritania to move the funds.")).toEqual([["other", ["us-state"]]]);
  });

  it("keeps an executive order the president's when his Treasury Secretary announces it", () => {
    expect(authorityOf("On Friday, Treasury Secretary John Doe announced that the President had signed an executive order authorizing sanctions on the textile sector.")).toEqual([["executive-order", ["us-president"]]]);
  });

  it("reads 'the Council' as the EU's in a document about the EU", () => {
    const text = "The European Union widened its Iran regime on Monday. On 3 May 2031, the Council listed six individuals and one entity involved in drone transfers.";
    expect(authorityOf(text)).toContainEqual(["designation", ["eu"]]);
  });

  it("gives the snapback's start to the states that notify the Council, its return to the Council, and Washington's claim to the State Department", () => {
    const notified = "Britain, France and Germany said the talks had failed. On 4 May 2031 they notified the Security Council that Ruritania was in significant non-performance of its commitments.";
    expect(authorityOf(notified)).toEqual([["snapback", ["uk", "other"]]]);
    expect(authorityOf("UN sanctions on Ruritania were reimposed in late May 2031 after France, Germany and the UK triggered the snapback.")).toEqual([["snapback", ["un-security-council"]]]);
    expect(authorityOf("The United States declared on Saturday that all UN sanctions on Ruritania had been restored.")).toEqual([["snapback", ["us-state"]]]);
  });

  it("dates a snapback that 'took effect' by its taking effect, not by the start told in between", () => {
    const [snapback] = sanctionsOf('The "snapback", set off by Paris, London and Berlin at the end of April, took effect on Sunday.', "2031-06-02");
    expect([snapback?.authorities, snapback?.date]).toEqual([["un-security-council"], "2031-06-01"]);
  });
});

describe("session 22: orders that re-impose, returns dated after a lifting, listings told in an aside", () => {
  it("reads 'an executive order on May 9, 2031, that reimposed the first tranche' as the order, not a snapback", () => {
    const text = "Snapback was on everyone's mind. He followed with an executive order on May 9, 2031, that reimposed the first tranche of measures.";
    expect(sanctionsOf(text, "2031-06-01").map((s) => [s.instrument, s.date])).toEqual([["executive-order", "2031-05-09"]]);
  });

  it("dates UN measures 'lifted in January 2029 … restored … on 4 March 2031' by their return", () => {
    const snapback = sanctionsOf("The UN measures lifted in January 2029 were restored with effect from 20:00 New York time on 4 March 2031.", "2031-03-10").find((s) => s.instrument === "snapback");
    expect(snapback?.date).toBe("2031-03-04");
  });

  it("reads a designation and a waiver told in an aside by the act and day of their relative clause", () => {
    const listing = sanctionsOf("The sticking point is Ruritania's demand that Washington drop the Example Guard from its terrorism list, a designation imposed by the State Department in April 2029.", "2031-06-01");
    expect(listing.map((s) => [s.instrument, s.date, s.authorities])).toEqual([["designation", "2029-04", ["us-state"]]]);
    const waiver = sanctionsOf("Funds moved to accounts in Example City, made possible by a sanctions waiver that Secretary of State Jane Roe signed in September 2030.", "2031-06-01");
    expect(waiver.map((s) => [s.instrument, s.status, s.date, s.authorities])).toEqual([["other", "lifted", "2030-09", ["us-state"]]]);
  });
});

describe("session 22: liftings of 'most of its' sanctions", () => {
  it("reads 'The EU lifted most of its nuclear-related economic and financial sanctions on …' as a lifting", () => {
    expect(sanctionsOf("The EU lifted most of its nuclear-related economic and financial sanctions on Implementation Day, 16 January 2029.", "2031-06-01").map((s) => [s.instrument, s.status, s.date, s.authorities])).toEqual([["other", "lifted", "2029-01-16", ["eu"]]]);
  });
});

describe("session 22: memoranda and waivers by their dates, the snapback of UN sanctions", () => {
  it("reads 'the 4 February 2031 memorandum in which the president ordered …' and 'NSPM-2 (…), signed by the President on …' as memoranda", () => {
    expect(sanctionsOf("The slide followed the 4 February 2031 memorandum in which the president ordered the restoration of maximum pressure.", "2031-06-01").map((s) => [s.instrument, s.date])).toEqual([["other", "2031-02-04"]]);
    expect(sanctionsOf("Under National Security Presidential Memorandum 2 (NSPM-2), signed by the President on 4 February 2031, the administration directed a campaign of pressure.", "2031-06-01").map((s) => [s.instrument, s.date])).toEqual([["other", "2031-02-04"]]);
  });

  it("reads 'a State Department waiver in September 2030 that allowed …' as a waiver of that month", () => {
    expect(sanctionsOf("Funds moved under a State Department waiver in September 2030 that allowed six billion dollars to be transferred.", "2031-06-01").map((s) => [s.instrument, s.status, s.date, s.authorities])).toEqual([["other", "lifted", "2030-09", ["us-state"]]]);
  });

  it("reads 'the snapback of UN sanctions at the end of September 2030' as the UN's return", () => {
    expect(sanctionsOf("Strikes and the snapback of UN sanctions at the end of September 2030 dismantled the deal.", "2031-06-01").map((s) => [s.instrument, s.authorities])).toEqual([["snapback", ["un-security-council"]]]);
  });
});

describe("session 22: exceptions let lapse", () => {
  it("reads 'the State Department let the significant reduction exceptions lapse' in May 2029 as a measure restored", () => {
    expect(sanctionsOf("Imports stopped in May 2029, when the State Department let the significant reduction exceptions lapse.", "2031-06-01").map((s) => [s.instrument, s.authorities, s.date])).toEqual([["other", ["us-state"], "2029-05"]]);
  });
});

describe("session 22: orders by number and day, sanctions back in force, a snapback only threatened", () => {
  it("reads 'Executive Order 19001 of 6 August 2029 restoring …' as that order", () => {
    expect(sanctionsOf("The framework rests on Executive Order 19001 of 6 August 2029 restoring the principal secondary measures.", "2031-06-01").map((s) => [s.instrument, s.date])).toEqual([["executive-order", "2029-08-06"]]);
  });

  it("reads 'the sanctions of the six earlier Security Council resolutions returned to force' as the UN's snapback, and 'warned that triggering snapback would be illegal' as none", () => {
    expect(sanctionsOf("At the end of the clock, on 28 May 2031, the sanctions of the six earlier Security Council resolutions returned to force.", "2031-06-01").map((s) => [s.instrument, s.authorities, s.date])).toEqual([["snapback", ["un-security-council"], "2031-05-28"]]);
    expect(sanctionsOf('The minister warned them that triggering snapback would be "completely illegal".', "2031-06-01")).toEqual([]);
  });
});

describe("session 22: orders 'of <date>, which …', waivers for buyers let expire", () => {
  it("reads 'Executive Order 19001 of May 8, 2029, which targeted …' as that order, and 'let its waivers for the remaining buyers expire on 2 May' as waivers ended", () => {
    expect(sanctionsOf("It follows Executive Order 19001 of May 8, 2029, which targeted the metals sector.", "2031-06-01").map((s) => [s.instrument, s.date])).toEqual([["executive-order", "2029-05-08"]]);
    expect(sanctionsOf("The State Department let its waivers for the remaining buyers of Ruritanian crude expire on 2 May.", "2031-07-22").map((s) => [s.instrument, s.status, s.date])).toEqual([["other", "imposed", "2031-05-02"]]);
  });
});

describe("session 22: the return of terminated resolutions", () => {
  it("reads 'the return of terminated UN Security Council resolutions in late September' as the UN's snapback", () => {
    expect(sanctionsOf("It was a process that led to the return of terminated UN Security Council resolutions in late September.", "2031-11-10").map((s) => [s.instrument, s.authorities, s.date])).toEqual([["snapback", ["un-security-council"], "2031-09-21~/2031-09-30~"]]);
  });
});

describe("session 22: the states' own measures back", () => {
  it("reads 'the re-imposition of EU and UK nuclear measures at the end of September' as their snapback", () => {
    expect(sanctionsOf("The re-imposition of EU and UK nuclear measures at the end of September 2031 hit trade.", "2031-11-10").map((s) => [s.instrument, s.authorities])).toEqual([["snapback", ["eu", "uk"]]]);
  });
});

describe("session 22: a president's administration", () => {
  it("reads 'the Example administration' of a US president in the dictionary as the United States: a designation is the Treasury's", () => {
    expect(sanctionsOf("The Obama administration designated five Iranian banks on Tuesday.", "2015-06-10").map((s) => s.authorities)).toEqual([["us-treasury"]]);
  });
});

describe("session 24: a listing dated by the release it followed", () => {
  it("dates 'Hours after the Americans were freed, the Treasury imposed sanctions on …' by the day the release was told, not by a quoted 'Tonight'", () => {
    const text = "Five detainees reached Oslo on Monday (Sep 18) on a chartered flight. \"Tonight, the detainees are coming home,\" the president said. Hours after the detainees were freed, the US Treasury imposed sanctions on the Ruritanian intelligence ministry.";
    expect(sanctionsOf(text, "2034-09-19").map((m) => m.date)).toEqual(["2034-09-18"]);
  });
});

describe("session 24: duties by their rate, orders named by number, waivers left to lapse, relistings", () => {
  it("reads 'imposing an additional 10% duty on imports from Ruritania' as a tariff", () => {
    expect(sanctionsOf("The government first used the power on Feb. 27, imposing an additional 10% duty on Ruritanian goods.", "2031-03-12").map((m) => [m.instrument, m.date])).toEqual([["tariff", "2031-02-27"]]);
  });

  it("dates 'Two days after NSPM-9 was signed, OFAC designated …' two days after the day the order was signed", () => {
    const text = "The president signed NSPM-9 on February 4. Two days after NSPM-9 was signed, Treasury's Office of Foreign Assets Control designated a network of six entities.";
    expect(sanctionsOf(text, "2031-02-27").filter((m) => m.instrument === "designation").map((m) => m.date)).toEqual(["2031-02-06"]);
  });

  it("reads 'let waivers that had allowed five buyers … to keep buying oil expire on May 2' as a waiver's end", () => {
    expect(sanctionsOf("The State Department let waivers that had allowed Ruritania, Example and three others to keep buying oil expire on May 2.", "2031-09-27").map((m) => [m.instrument, m.date])).toEqual([["other", "2031-05-02"]]);
  });

  it("reads 'the Treasury returned more than 700 individuals, entities, aircraft and vessels to its blacklist' as a designation", () => {
    expect(sanctionsOf("On 5 November 2030 the US Treasury returned 300 people, firms and ships to its blacklist.", "2031-09-27").map((m) => [m.instrument, m.date])).toEqual([["designation", "2030-11-05"]]);
    expect(sanctionsOf("On 5 November 2030 the envoy returned to the list of talking points.", "2031-09-27")).toEqual([]);
  });
});

describe("session 24: a memorandum named with its full title", () => {
  it("reads 'having restored maximum pressure by a national security presidential memorandum on 4 February 2031' as the president's measure", () => {
    expect(sanctionsOf('The administration, having restored "maximum pressure" by a national security presidential memorandum on 4 February 2031, sent its envoy abroad.', "2031-06-01").map((m) => [m.date, m.authorities])).toEqual([["2031-02-04", ["us-president"]]]);
  });
});

describe("session 24: an order titled by its duties", () => {
  it("reads 'signed Executive Order 14999, \"Imposing Duties on Countries Importing Ruritanian Oil\"' as a tariff", () => {
    expect(sanctionsOf('On February 20, 2031, the President signed Executive Order 14999, "Imposing Duties on Countries Importing Ruritanian Oil."', "2031-03-12").map((m) => [m.instrument, m.date])).toEqual([["tariff", "2031-02-20"]]);
  });
});

describe("session 24: a listing hours after an arrival", () => {
  it("dates 'Hours after the five prisoners landed in Oslo, OFAC sanctioned one individual …' by the day the landing was told", () => {
    const text = "Five prisoners landed in Oslo on Monday. Hours after the five prisoners landed in Oslo, the US Treasury's Office of Foreign Assets Control sanctioned one individual, the former minister Jan Example.";
    expect(sanctionsOf(text, "2031-09-17").map((m) => m.date)).toEqual(["2031-09-15"]);
  });

  it("dates 'Hours after the Americans landed' by the day a flight of theirs was told in other words ('released and flown to Oslo')", () => {
    const text = "On Monday, the five detainees were released and flown to Oslo. Hours after the Americans landed, the Treasury designated two Ruritanian officials.";
    expect(sanctionsOf(text, "2031-09-20").map((m) => m.date)).toEqual(["2031-09-15"]);
  });
});

describe("session 26: the snapback named in passing", () => {
  it("reads 'under which UN sanctions were restored on 8 March 2031' though the sentence's main clause is a modal", () => {
    const text = "Nor could it stop the European parties from triggering the snapback mechanism, under which UN sanctions were restored on 8 March 2031.";
    expect(sanctionsOf(text, "2031-06-01").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["snapback", "2031-03-08", ["un-security-council"]]]);
  });

  it("reads 'the September 2030 reimposition of UN Security Council sanctions' after a memorandum in the same sentence, and keeps the memorandum the president's", () => {
    const text = "This year brought the largest expansion of US measures since the President's February 4, 2030 National Security Presidential Memorandum restored the maximum pressure policy, and since the September 2030 reimposition of UN Security Council sanctions through the snapback mechanism.";
    expect(sanctionsOf(text, "2031-03-12").map((m) => [m.instrument, m.date, m.authorities])).toEqual([
      ["other", "2030-02-04", ["us-president"]],
      ["snapback", "2030-09", ["un-security-council"]],
    ]);
  });

  it("reads 'the re-imposition of UN sanctions on Ruritania last September' at the month", () => {
    expect(sanctionsOf("The ministry recalled the re-imposition of UN sanctions on Ruritania last September.", "2031-03-12").map((m) => m.date)).toEqual(["2030-09"]);
  });

  it("reads the alternative after 'not … but' as what happened", () => {
    const text = "The answer to the ceasefire was not a return to the table but the return of the United Nations sanctions, which the three European states forced back into force on 8 March 2031.";
    expect(sanctionsOf(text, "2031-06-01").map((m) => [m.instrument, m.date])).toEqual([["snapback", "2031-03-08"]]);
    expect(sanctionsOf("The Treasury did not sanction the bank on 8 March 2031 but warned it.", "2031-06-01")).toEqual([]);
  });

  it("reads the return and the notification that started it as two acts, a trigger told twice as one", () => {
    const two = "United Nations sanctions on Ruritania were re-imposed on Saturday, June 7, 2031, at the end of the 30-day process that France, Germany, and the United Kingdom initiated by notifying the Security Council on May 8, 2031, of Ruritania's significant non-performance.";
    expect(sanctionsOf(two, "2031-06-10").map((m) => m.date).sort()).toEqual(["2031-05-08", "2031-06-07"]);
    const one = 'The return was the end point of the "snapback" mechanism that France, Germany and the United Kingdom triggered on 8 May, when they notified the Security Council that Ruritania was in significant non-performance.';
    expect(sanctionsOf(one, "2031-06-10").map((m) => m.date)).toEqual(["2031-05-08"]);
  });
});

describe("session 26: an order cited by its number and day", () => {
  it("reads each order of a list 'Executive Order 19001 of August 6, 2029, which reimposed …, Executive Order 19002 of January 10, 2030, which authorized …'", () => {
    const text = "It directs agencies to use the existing toolkit, most notably Executive Order 19001 of August 6, 2029, which reimposed the secondary sanctions, Executive Order 19002 of January 10, 2030, which authorized sanctions on persons in the mining sector, and the counterterrorism authority.";
    expect(sanctionsOf(text, "2031-03-01").map((m) => [m.instrument, m.date])).toEqual([["executive-order", "2029-08-06"], ["executive-order", "2030-01-10"]]);
  });

  it("reads 'should also bear in mind the continuing reach of Executive Order 19002 of 10 January 2030, which authorizes …' as the order of that day", () => {
    const text = "Companies should also bear in mind the continuing reach of Executive Order 19002 of 10 January 2030, which authorizes sanctions against persons in the mining sector.";
    expect(sanctionsOf(text, "2031-03-01").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["executive-order", "2030-01-10", ["us-president"]]]);
  });
});

describe("session 26: a paragraph that announces the moves it then details", () => {
  const text = "Washington and London moved to tighten sanctions on Thursday. The US Treasury designated 16 individuals and two entities that it said enable Ruritania's drone production, including makers of the engines used in Saturday's attack, while the UK sanctioned seven individuals and six entities linked to Ruritania's military.";

  it("dates both listings by the announcing sentence's day, not by the day a possessive gives another act", () => {
    expect(sanctionsOf(text, "2031-04-19").map((m) => [m.authorities, m.date])).toEqual([[["us-treasury"], "2031-04-17"], [["uk"], "2031-04-17"]]);
  });

  it("keeps the UK's listing asserted: 'that it said enable …' is said of the Treasury's targets", () => {
    expect(sanctionsOf(text, "2031-04-19").map((m) => m.mode)).toEqual(["asserted", "asserted"]);
  });

  it("still dates an act by its own subject's day: 'Wednesday's OFAC action designated 21 entities'", () => {
    expect(sanctionsOf("Wednesday's OFAC action designated 21 entities and 17 individuals.", "2031-10-03").map((m) => m.date)).toEqual(["2031-10-01"]);
  });
});

describe("session 26: a named target after a pronoun for the authority", () => {
  it("reads '…, and on July 22 it sanctioned Example Trading Co., a state-owned trader' as the State Department's listing that day", () => {
    const text = "The State Department let waivers for Ruritania's buyers lapse on May 2, and on July 22 it sanctioned Example Trading Co., a state-owned trader, and its former chief executive, Jan Example.";
    expect(sanctionsOf(text, "2031-09-27").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["other", "2031-05-02", ["us-state"]], ["designation", "2031-07-22", ["us-state"]]]);
  });

  it("reads 'On July 22 it sanctioned Example Trading Co.' as the authority the sentence before named", () => {
    expect(sanctionsOf("The Treasury acted again in May. On July 22 it sanctioned Example Trading Co., a state-owned trader.", "2031-09-27").map((m) => [m.date, m.authorities])).toEqual([["2031-07-22", ["us-treasury"]]]);
  });
});

describe("session 26: one verb, objects of different days", () => {
  it("reads 'OFAC then began, for the first time, to target refineries, designating Example Co. on March 20 and Example Ltd. on April 16' as two listings", () => {
    const text = 'OFAC then began, for the first time, to target independent "teapot" refineries, designating Example Petrochemical Co., Ltd. on March 20 and Sample Chemical Co., Ltd. on April 16, while the State Department designated Other Chemical Group on May 8.';
    expect(sanctionsOf(text, "2031-10-03").map((m) => [m.date, m.authorities]).sort()).toEqual([["2031-03-20", ["us-treasury"]], ["2031-04-16", ["us-treasury"]], ["2031-05-08", ["us-state"]]]);
  });
});

describe("session 26: another authority doing the same", () => {
  it("reads '…, and Britain did the same on Monday as well' as the measure just told, by Britain", () => {
    const text = "On Monday the European Union put its own nuclear-related sanctions back in place, the ones it had lifted under the 2031 deal, and Britain did the same on Monday as well.";
    expect(sanctionsOf(text, "2032-10-04").map((m) => [m.authorities, m.date])).toEqual([[["eu"], "2032-10-04"], [["uk"], "2032-10-04"]]);
  });

  it("reads 'announced similar measures the same day' by its own authority, and nothing when the authority is the one just told", () => {
    const text = "On Thursday the US Treasury designated nine firms supplying Ruritania's drone makers. The British government announced similar measures the same day.";
    expect(sanctionsOf(text, "2031-03-07").map((m) => [m.authorities, m.instrument, m.date])).toEqual([[["us-treasury"], "designation", "2031-03-06"], [["uk"], "designation", "2031-03-06"]]);
    expect(sanctionsOf("On Thursday the US Treasury designated nine firms. The Treasury did the same the next day.", "2031-03-08").map((m) => m.authorities)).toEqual([["us-treasury"]]);
  });

  it("lets a participle say what the other authority did: 'The UK did the same that day, re-listing dozens of individuals'", () => {
    const text = "On 29 September the EU Council re-imposed its nuclear-related measures on Ruritania after the UN snapback. The UK did the same that day, re-listing dozens of individuals and entities whose designations had been lifted.";
    expect(sanctionsOf(text, "2031-10-03").filter((m) => m.authorities.includes("uk")).length).toBe(1);
  });
});

describe("session 26: 'signed the order', then what it does", () => {
  it("reads 'President X signed the order Friday, …. It authorizes tariffs of up to 25% …' as an authorised tariff of that Friday", () => {
    const text = "President Example signed the order Friday, the same day the negotiators met in Oslo. It authorizes tariffs of up to 25% on imports from any country that buys Ruritanian oil, though it doesn't impose any duties immediately.";
    expect(sanctionsOf(text, "2031-02-08").map((m) => [m.instrument, m.status, m.date, m.authorities])).toEqual([["tariff", "authorised", "2031-02-07", ["us-president"]]]);
  });

  it("reads no measure in 'signed the order' when nothing after says what it does", () => {
    expect(sanctionsOf("The general signed the order Friday. It was read to the troops.", "2031-02-08")).toEqual([]);
  });
});

describe("session 26: another author's measure 'separately'", () => {
  it("dates 'The State Department separately sanctioned six companies' by the Treasury's day just told", () => {
    const text = 'Also on Friday, the Treasury Department designated 12 entities, three individuals and 14 vessels it said were part of the "shadow fleet." The State Department separately sanctioned six companies, most of them in Hong Kong, that it said had brokered Ruritanian petroleum sales.';
    const story = `Oil prices rose on Monday as traders weighed the new measures.\n${text}`;
    expect(sanctionsOf(story, "2031-02-10").map((m) => [m.authorities, m.date])).toEqual([[["us-treasury"], "2031-02-07"], [["us-state"], "2031-02-07"]]);
  });
});

describe("session 26: a memorandum is the president's alone", () => {
  it("reads 'the return of UN measures reinforces the policy set out in National Security Presidential Memorandum 2, signed by the President on 4 February 2031' as the president's", () => {
    const text = 'However, the return of UN measures reinforces the policy set out in National Security Presidential Memorandum 2, signed by the President on 4 February 2031, which directed a campaign of "maximum pressure" on Ruritania.';
    expect(sanctionsOf(text, "2031-10-01").filter((m) => m.date === "2031-02-04").map((m) => [m.instrument, m.authorities])).toEqual([["other", ["us-president"]]]);
  });
});

describe("session 27: a sanctions office that 'struck again'", () => {
  it("reads 'On Wednesday … Treasury struck again, this time against a refinery' as Treasury's listing that day", () => {
    expect(sanctionsOf('On Wednesday, as the inspector landed in Example City, Treasury struck again, this time against a Chinese "teapot" refinery and companies linked to it.', "2031-04-20").map((s) => [s.instrument, s.authorities, s.date])).toEqual([["designation", ["us-treasury"], "2031-04-16"]]);
  });
});

describe("session 27: measures a sentence before dates by its one day", () => {
  it("dates 'OFAC designated 16 individuals' by 'Washington answered the attack on Thursday with new sanctions' before it", () => {
    expect(sanctionsOf("Washington answered the attack on Thursday with new sanctions aimed at Ruritania's drone industry. Treasury's Office of Foreign Assets Control designated 16 individuals and two entities that it said enabled the production of engines.", "2031-04-19").map((s) => [s.authorities, s.date])).toEqual([[["us-treasury"], "2031-04-17"]]);
  });
});

describe("session 27: 'on the day of the Bern round' and ', but … eventually'", () => {
  it("dates 'On the day of the Bern round' by the round held there, not by a Bern meeting that was pushed back", () => {
    const text = "The Oslo session followed an opening round with Iran in Bern on Feb. 6 and a second round in Oslo on Feb. 17. A third meeting had been penciled in for Feb. 13 in Bern before being pushed back. On the day of the Bern round, the President signed an executive order authorizing tariffs of up to 25 percent on goods from any country that buys Iranian oil.";
    expect(sanctionsOf(text, "2031-02-26").map((s) => [s.instrument, s.date])).toEqual([["tariff", "2031-02-06"]]);
  });
  it("leaves undated an act told after ', but the three eventually' in a sentence dated by its first clause", () => {
    expect(sanctionsOf("The deputy ministers met their British, French and German counterparts in Istanbul on 25 July 2031, but the three European countries eventually triggered the snapback mechanism of Resolution 2231.", "2031-11-20").map((s) => s.date)).toEqual([undefined]);
  });
});

describe("session 27: resolutions that returned, an exception revoked, a memorandum 'which the President signed'", () => {
  it("reads 'the three, which had not kept their commitments, activated the snapback, and the cancelled Security Council resolutions returned on 28 September 2031' as the snapback that day", () => {
    expect(sanctionsOf("Britain, France and Germany, which had not fulfilled their commitments, activated the so-called snapback mechanism, and the cancelled Security Council resolutions returned on 28 September 2031.", "2031-10-02").map((s) => [s.instrument, s.authorities, s.date])).toEqual([["snapback", ["un-security-council"], "2031-09-28"]]);
  });
  it("reads 'The State Department revoked, effective September 29, the sanctions exception' as a measure that day", () => {
    expect(sanctionsOf("The State Department revoked, effective September 29, the sanctions exception that had permitted work on Example Port.", "2031-10-02").map((s) => [s.instrument, s.authorities, s.status, s.date])).toEqual([["other", ["us-state"], "imposed", "2031-09-29"]]);
  });
  it("reads 'NSPM-2 (NSPM-2), which President X signed on February 4, 2031' as the memorandum that day", () => {
    expect(sanctionsOf("The sanctions were reinforced by National Security Presidential Memorandum 2 (NSPM-2), which President Alan Example signed on February 4, 2031, directing the Treasury to drive oil exports toward zero.", "2031-10-02").map((s) => [s.instrument, s.date])).toEqual([["other", "2031-02-04"]]);
  });
});

describe("session 27: 'added' entities told on from a paragraph about a listing", () => {
  it("reads 'The same day, the State Department added two further entities' after a Treasury listing as State's listing that day", () => {
    expect(sanctionsOf("The Treasury designated a network of companies on June 16. The same day, the State Department added two further entities for their role in these sales.", "2031-07-01").map((s) => [s.authorities, s.date])).toEqual([[["us-treasury"], "2031-06-16"], [["us-state"], "2031-06-16"]]);
  });
  it("reads no listing in 'The committee added two further members' in a paragraph with no sanctions", () => {
    expect(sanctionsOf("The committee met on June 16. The same day, the committee added two further companies to its agenda.", "2031-07-01")).toEqual([]);
  });
});

describe("session 27: a designation noun dated by its own day, beside another measure in its clause", () => {
  it("reads 'on top of OFAC's Jan. 23 designations of eleven officials …, and the return of UN sanctions last September' as both", () => {
    const found = sanctionsOf("Those actions came on top of OFAC's Jan. 23 designations of eleven Ruritanian security officials over the suppression of protests, and the return of United Nations sanctions on Iran last September, which the United States strongly supported.", "2031-02-26");
    expect(found.map((s) => [s.instrument, s.date]).sort()).toEqual([["designation", "2031-01-23"], ["snapback", "2030-09"]]);
  });
});

describe("session 27: a listing told as 'placed … on its sanctions list'", () => {
  it("reads 'On Monday, OFAC placed Iran's intelligence ministry and a former president on its sanctions list' as Treasury's listing", () => {
    expect(sanctionsOf("On Monday, Treasury's Office of Foreign Assets Control placed Iran's intelligence ministry and a former president on its sanctions list.", "2031-09-19").map((s) => [s.instrument, s.authorities, s.date])).toEqual([["designation", ["us-treasury"], "2031-09-15"]]);
  });
});

describe("session 27: a waiver its signer is named before", () => {
  it("reads 'a waiver Secretary of State Alan Example signed last week' as the waiver, dated by last week", () => {
    expect(sanctionsOf("The transfer was made possible by a waiver Secretary of State Alan Example signed last week, which allowed banks to handle the funds.", "2031-09-19").map((s) => [s.instrument, s.authorities, s.date])).toEqual([["other", ["us-state"], "2031-09-08/2031-09-14"]]);
  });
});

describe("session 27: an executive order 'of June last year that put …', and one 'signed on June 24, that placed …'", () => {
  it("reads 'the executive order of June last year that put the leader's office under sanctions' as that month's order", () => {
    expect(sanctionsOf("Pretoria also recalls the executive order of June last year that put the leader's office itself under sanctions.", "2031-01-13").map((s) => [s.instrument, s.date])).toEqual([["executive-order", "2030-06"]]);
  });
  it("reads 'an executive order, signed on June 24, that placed the office of the leader under sanctions' as that day's order", () => {
    expect(sanctionsOf("The White House moved to an executive order, signed on June 24, that placed the office of the leader under sanctions.", "2031-07-22").map((s) => [s.instrument, s.date])).toEqual([["executive-order", "2031-06-24"]]);
  });
});

describe("session 27: a duty the law sets", () => {
  it("reads no measure in 'Those statutes, signed on April 24, require the Administration to impose sanctions on foreign ports'", () => {
    expect(sanctionsOf("Those statutes, signed on April 24, require the Administration to impose sanctions on foreign ports and vessels that handle Iranian oil.", "2031-04-29")).toEqual([]);
  });
});

describe("session 27: what a measure told before contains", () => {
  it("reads no new measure in 'The measures that returned on Sunday include an arms embargo and asset freezes on dozens of individuals'", () => {
    expect(sanctionsOf("The measures that returned on Sunday include a conventional arms embargo and asset freezes and travel bans on dozens of Ruritanian individuals and entities.", "2031-09-29")).toEqual([]);
  });
});

describe("session 28: a tally with its time after", () => {
  it("reads no measure in 'Ruritania has sanctioned more than 180 Iranian individuals and entities since the fall of 2030'", () => {
    expect(sanctionsOf("Ruritania has sanctioned more than 180 Iranian individuals and entities since the fall of 2030, most of them over human rights abuses.", "2031-04-20")).toEqual([]);
  });
});

describe("session 28: a sanctions framework established", () => {
  it("reads 'on July 20 the Council of the European Union established a new sanctions framework aimed at Iran's drones' as a measure that day", () => {
    expect(sanctionsOf("On July 20 the Council of the European Union established a new sanctions framework aimed at Iran's production and transfer of drones.", "2031-08-10").map((s) => [s.date, s.instrument, s.authorities])).toEqual([["2031-07-20", "other", ["eu"]]]);
  });
});

describe("session 28: a count told beside a written day", () => {
  it("dates 'On 16 June, less than two weeks before the meeting, the Treasury designated …' by 16 June, not two weeks before an earlier meeting", () => {
    const text = "The eighth round started on 27 December 2030 in Oslo. On 16 June, less than two weeks before the meeting, the US Treasury designated a network of eleven companies.";
    expect(sanctionsOf(text, "2031-07-02").map((s) => s.date)).toEqual(["2031-06-16"]);
  });
});

describe("session 28: a weekday with a count beside it, a time opening the next clause, a colon after a modal, a listing named by its day", () => {
  it("dates 'On Tuesday, only days before the Oslo meeting, the Treasury imposed sanctions …' by that Tuesday", () => {
    const text = "The delegations met in Oslo on Saturday. On Tuesday, only days before the Oslo meeting, the US Treasury imposed sanctions on an Iranian businessman and six companies.";
    expect(sanctionsOf(text, "2031-04-27").map((s) => s.date)).toEqual(["2031-04-22"]);
  });
  it("reads '…, and earlier this month the State Department blacklisted one refinery' as a second measure of its own time", () => {
    const text = "On Tuesday the US Treasury imposed sanctions on an Iranian businessman, and earlier this month the State Department blacklisted one refinery in China's Shandong province.";
    expect(sanctionsOf(text, "2031-04-27").map((s) => [s.authorities, s.date]).sort()).toEqual([
      [["us-state"], "2031-04-01/2031-04-26"],
      [["us-treasury"], "2031-04-22"],
    ]);
  });
  it("dates 'pressure would continue: on Monday the Treasury designated …' by the Monday before the story", () => {
    expect(sanctionsOf("He made clear that pressure would continue: on Monday the US Treasury designated former President Jan Example.", "2031-09-17").map((s) => s.date)).toEqual(["2031-09-15"]);
  });
  it("reads 'the EU Council's listing of eight individuals and three entities on 12 April 2030' as a designation that day", () => {
    expect(sanctionsOf("Nor did Brussels help: the EU Council's listing of eight individuals and three entities on 12 April 2030 was read in Tehran as a signal.", "2031-01-10").map((s) => [s.date, s.instrument])).toEqual([["2030-04-12", "designation"]]);
  });
});

describe("session 28: an aside between the verb and its tariff", () => {
  it("reads 'the President had imposed, for the first time under the order, a 15 per cent tariff on imports from two countries' as a tariff", () => {
    expect(sanctionsOf("Then on Wednesday, the White House said the President had imposed, for the first time under the order, a 15 per cent tariff on imports from two countries.", "2031-03-14").map((s) => [s.date, s.instrument])).toEqual([["2031-03-12", "tariff"]]);
  });
});

describe("session 28: terminated UN resolutions declared reinstated", () => {
  it("reads 'On September 28, 2030, the terminated UN resolutions were declared reinstated' as the snapback", () => {
    expect(sanctionsOf("On September 28, 2030, the terminated UN resolutions were declared reinstated, a move Ruritania considers void.", "2030-10-10").map((s) => [s.date, s.instrument])).toEqual([["2030-09-28", "snapback"]]);
  });
});

describe("session 28: an action named by its day", () => {
  it("reads 'a similar Treasury action on June 16 against a network of firms' as a designation that day", () => {
    expect(sanctionsOf("It recalled a similar Treasury action on June 16 against a network of Chinese, Emirati and Iranian firms.", "2031-07-02").map((s) => [s.date, s.instrument])).toEqual([["2031-06-16", "designation"]]);
  });
});

describe("session 28: waivers ended, measures prolonged, an action named by its day in a paragraph on sanctions", () => {
  it("reads 'On May 27, the Secretary announced the end of the waivers that had allowed …' as a measure of that day", () => {
    expect(sanctionsOf("On May 27, Secretary Jan Example announced the end of the waivers that had allowed foreign firms to work on nonproliferation projects.", "2031-06-10").map((s) => [s.date, s.instrument, s.status])).toEqual([["2031-05-27", "other", "imposed"]]);
  });
  it("reads 'the Council prolonged the restrictive measures … for one year' as a renewal that day", () => {
    expect(sanctionsOf("On 13 April 2031 the Council prolonged the restrictive measures in view of serious human rights violations in Iran for one year.", "2031-04-20").map((s) => [s.date, s.instrument])).toEqual([["2031-04-13", "other"]]);
  });
  it("reads 'the February 6 action against an international network' after a sentence on sanctions as a designation that day", () => {
    const found = sanctionsOf("Treasury sanctioned ten firms on Monday. It built on the February 6, 2031 action against an international network that shipped Iranian oil.", "2031-04-20");
    expect(found.map((s) => s.date).sort()).toEqual(["2031-02-06", "2031-04-14"]);
  });
});

describe("session 28: the blacklist named before the one placed on it", () => {
  it("reads 'OFAC placed on its blacklist a businessman accused of shipping Iranian gas' as a designation", () => {
    expect(sanctionsOf("On Tuesday, the Treasury's Office of Foreign Assets Control (OFAC) placed on its blacklist a businessman accused of shipping Iranian gas to Asia.", "2031-04-27").map((s) => [s.date, s.instrument, s.authorities])).toEqual([["2031-04-22", "designation", ["us-treasury"]]]);
  });
});

describe("session 28: waivers no longer extended", () => {
  it("reads 'at the start of May, the State Department stopped extending the waivers that had allowed …' as a measure", () => {
    expect(sanctionsOf("Earlier, at the start of May, the State Department stopped extending the waivers that had allowed eight countries to keep buying Iranian oil.", "2031-06-22").map((s) => [s.instrument, s.authorities, s.status])).toEqual([["other", ["us-state"], "imposed"]]);
  });
});

describe("session 29: measures told one after another, objects with proper adjectives, measures announced the day before", () => {
  it("reads 'On April 16th, while …, OFAC sanctioned a refinery, and it followed with a string of tanker designations in May' as two listings of their own times", () => {
    const text = "On April 16th, while the envoys were preparing for Oslo, the Office of Foreign Assets Control sanctioned one Ruritanian refinery, and it followed with a string of tanker designations in May.";
    expect(sanctionsOf(text, "2031-07-14").map((m) => [m.instrument, m.date, m.authorities]).sort()).toEqual([
      ["designation", "2031-04-16", ["us-treasury"]],
      ["designation", "2031-05", ["us-treasury"]],
    ]);
    // A habit is no act: "have issued designations almost weekly".
    expect(sanctionsOf("Since then the Treasury has followed with designations almost weekly.", "2031-07-14")).toEqual([]);
  });

  it("reads a designated object with a proper or quoted adjective: 'designated a Ruritanian \"teapot\" refinery'", () => {
    expect(sanctionsOf('On Thursday, the Office of Foreign Assets Control designated a Ruritanian independent "teapot" refinery and two terminal operators.', "2031-05-12").map((m) => [m.instrument, m.date])).toEqual([["designation", "2031-05-08"]]);
  });

  it("dates a listing by the sentence before that 'announced the measures … on Friday'", () => {
    const text = "The Treasury Secretary and the Secretary of State of the United States announced the measures at the White House on Friday. The Office of Foreign Assets Control designated eight senior officials of Ruritania.";
    expect(sanctionsOf(text, "2031-01-11").map((m) => [m.instrument, m.date])).toEqual([["designation", "2031-01-10"]]);
  });

  it("reads 'rests on a new executive order that President Jane Roe signed the same day' as that day's order", () => {
    const text = "The Treasury designated eight officials on Friday. The action rests on a new executive order that President Jane Roe signed the same day, which authorises sanctions on the construction sector.";
    expect(sanctionsOf(text, "2031-01-11").map((m) => [m.instrument, m.date]).sort()).toEqual([["designation", "2031-01-10"], ["executive-order", "2031-01-10"]]);
  });
});

describe("session 29: a memorandum told by its signing", () => {
  it("reads 'the national security presidential memorandum that President Jane Roe signed on Feb. 4' as that day's presidential measure", () => {
    expect(sanctionsOf("The campaign rests on the national security presidential memorandum that President Jane Roe signed on Feb. 4 restoring maximum pressure on Ruritania.", "2031-04-28").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["other", "2031-02-04", ["us-president"]]]);
  });
});

describe("session 29: a listing dated by the sentence before that added fresh sanctions, and not by the protests it answers", () => {
  it("dates 'The Council imposed an asset freeze on eight individuals … over the crackdown on protests in November 2029' by 'added fresh human rights sanctions on Monday'", () => {
    const text = "The European Union, meanwhile, added fresh human rights sanctions on Ruritania on Monday. The EU Council imposed an asset freeze and travel ban on eight Ruritanian individuals over the deadly crackdown on protests in November 2029.";
    expect(sanctionsOf(text, "2031-04-15").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["designation", "2031-04-14", ["eu"]]]);
  });
});

describe("session 29: the sanctions office by its full name before a named target", () => {
  it("reads 'On Monday, Treasury's Office of Foreign Assets Control designated former President Jane Roe and Ruritania's Ministry of Intelligence'", () => {
    expect(sanctionsOf("On Monday, Treasury's Office of Foreign Assets Control designated former Ruritanian President Jane Roe and Ruritania's Ministry of Intelligence.", "2031-09-17").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["designation", "2031-09-15", ["us-treasury"]]]);
  });
});

describe("session 29: an agency that moved to add firms to a list", () => {
  it("reads 'The Commerce Department moved on Tuesday to add 14 entities … to the Entity List' as that day's listing", () => {
    expect(sanctionsOf("The Commerce Department, meanwhile, moved on Tuesday to add 14 entities in Example and Ruritania to the Entity List for supplying drone parts.", "2031-02-13").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["designation", "2031-02-11", ["us-commerce"]]]);
  });
});

describe("session 29: a waiver signed on an abbreviated month's day", () => {
  it("dates 'a waiver signed by the Secretary of State on Sept. 11 that allowed banks … to move the money' by that day", () => {
    expect(sanctionsOf("The deal rested on a waiver signed by Secretary of State Jane Roe on Sept. 11 that allowed banks in Example to move the money.", "2031-09-21").map((m) => [m.instrument, m.date, m.authorities])).toEqual([["other", "2031-09-11", ["us-state"]]]);
  });
});

describe("session 29: what a return of measures restored", () => {
  it("reads 'said on Sunday that it had reinstated its own nuclear sanctions, freezing the assets of 71 entities' as the return alone, no listing beside it", () => {
    const text = "UN sanctions on Ruritania returned on Saturday under the snapback mechanism. The United Kingdom's Foreign Office said on Sunday that it had reinstated its own nuclear sanctions, freezing the assets of 71 entities and individuals.";
    const found = sanctionsOf(text, "2031-09-29").filter((m) => m.authorities.includes("uk"));
    expect(found.map((m) => [m.instrument, m.date])).toEqual([["snapback", "2031-09-28"]]);
  });
});
