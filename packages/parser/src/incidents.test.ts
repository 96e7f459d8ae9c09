import { describe, expect, it } from "vitest";
import { createDocumentContext } from "./_context.js";
import { bundledActorDictionary, recogniseActors } from "./actors.js";
import { casualtiesIn, extractIncidents } from "./incidents.js";

const incidentsOf = (text: string, published = "2026-03-06") => {
  const ctx = createDocumentContext({ source: "t.txt", format: "text", text, title: null, links: [], published });
  return extractIncidents(ctx, recogniseActors(ctx, bundledActorDictionary()), bundledActorDictionary());
};

describe("extractIncidents", () => {
  it("reads an explosion or blackout named by its day ('recalled the 9 May blackout at the pumping station') as that day's incident", () => {
    expect(incidentsOf("Officials recalled the 9 May blackout at the pumping station, which the ministry called sabotage.", "2031-12-04").map((m) => [m.kind, m.date])).toEqual([["other", "2031-05-09"]]);
    expect(incidentsOf("A blackout at the pumping station would be costly.", "2031-12-04")).toEqual([]);
  });

  it("reads a second ship taken with its day first: 'seized the tanker Sea Wren in late April and, on May 3, the Panama-flagged Blue Heron as it left port'", () => {
    const found = incidentsOf("The navy seized the Marshall Islands-flagged tanker Sea Wren in the Gulf of Oman in late April and, on May 3, the Panama-flagged Blue Heron as it left port.", "2031-09-19");
    expect(found.map((m) => [m.kind, m.date]).sort()).toEqual([["vessel-seizure", "2031-04-21~/2031-04-30~"], ["vessel-seizure", "2031-05-03"]]);
    // Not the next clause's subject after "took place … and on June 22, U.S. bombers struck".
    expect(incidentsOf("The round never took place: war broke out two days before the meeting, and on June 22, 2030, U.S. bombers struck the sites.", "2031-09-19").map((m) => m.kind)).not.toContain("vessel-seizure");
  });

  it("does not date 'The US strikes made it a party to a war that Ruritania began on June 13' by the war's first day", () => {
    const found = incidentsOf("The U.S. strikes made the United States a direct participant in a war that Ruritania began on June 13.", "2031-06-23");
    expect(found.map((m) => m.date)).not.toContain("2031-06-13");
  });

  it("reads 'a strike by Israeli aircraft on a single radar' like 'a strike on a radar'", () => {
    expect(incidentsOf("Last Friday's reply - a strike by Israeli jets on one radar site near Isfahan - was kept small.", "2031-04-24").map((m) => [m.kind, m.date])).toEqual([["strike", "2031-04-18"]]);
  });

  it("dates two joined acts apart when the second counts on from the first: 'missile strikes hit the town on 16 January and Ruritania carried out strikes on hideouts two days later'", () => {
    const found = incidentsOf("Relations recovered after January 2030, when Example missile strikes hit targets near the border on 16 January and Ruritania carried out retaliatory strikes on militant hideouts two days later.", "2031-03-06");
    expect(found.map((m) => [m.kind, m.date])).toEqual([["missile-launch", "2030-01-16"], ["strike", "2030-01-18"]]);
  });

  it("reads 'the container ship seized by Example' as a done seizure by Example, whatever the main clause's tense, with no day of the main clause", () => {
    const [seizure] = incidentsOf("Diplomats hope to visit the sailors of the bulk freighter seized by Iran near the Strait of Hormuz on Saturday.", "2031-04-15");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", date: "2031-04-12", mode: "asserted", initiators: ["state:iran"] });
    // "warned on Saturday … a tanker seized by the Guards": the warning's day is not the seizure's.
    expect(incidentsOf("Ruritania warned Iran on Saturday of grave consequences if it did not free a freighter seized by the Revolutionary Guards.", "2031-07-20").map((m) => m.date)).toEqual([undefined]);
    // "the second vessel seized by Iran this year" counts; it tells no seizure of a day (the year alone is background).
    expect(incidentsOf("The Example Star is the second vessel seized by Iran this year.", "2031-07-20").map((m) => m.date)).toEqual(["2031"]);
  });

  it("reads the act a barrage answered, dated by its own day, beside the barrage: 'an attack Tehran said was retaliation for the April 1 air strike on its consular building'", () => {
    const found = incidentsOf("Late on Saturday, Example launched more than 300 drones and missiles towards Ruritania, an attack it said was retaliation for the April 1 air strike on its consular building.", "2031-04-15");
    expect(found.map((m) => [m.kind, m.date]).sort()).toEqual([["missile-launch", "2031-04-12"], ["strike", "2031-04-01"]]);
  });

  it("reads a ship's flag as a target, never the one who acted: 'the British-flagged tanker it seized', 'the Liberian-flagged Mesdar was boarded'", () => {
    const [seizure] = incidentsOf("The navy says the British-flagged product tanker it seized in the Strait of Hormuz on Friday had broken shipping rules.", "2031-07-21");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", date: "2031-07-18", initiators: [], targets: ["state:united-kingdom"] });
    const [boarding] = incidentsOf("Another ship, the Liberian-flagged, British-managed Example Star, was also boarded by armed men on Friday and later released.", "2031-07-21");
    expect(boarding?.initiators).not.toContain("state:liberia");
    expect(boarding?.targets).toContain("state:liberia");
  });

  it("reads an act blamed on a state 'without providing any evidence' as reported: the aside is how it was said, not a condition", () => {
    expect(incidentsOf("Washington has sought to blame Ruritania, without providing any evidence, for the sabotage of four merchant ships off the port of Example on May 12.", "2031-07-21").map((m) => [m.kind, m.date])).toEqual([["other", "2031-05-12"]]);
  });

  it("reads attacks a reaction or a warning names with their own day ('condemned the attacks on Example that began on 13 June 2030') as the attacks", () => {
    expect(incidentsOf("Ruritania condemned the Israeli attacks on Example that began on 13 June 2030.", "2031-01-10").map((m) => [m.kind, m.date])).toEqual([["strike", "2030-06-13"]]);
    expect(incidentsOf("Ruritania had warned against the repercussions of the Israeli attacks on Example that began on 13 June 2030.", "2031-01-10").map((m) => [m.kind, m.date])).toEqual([["strike", "2030-06-13"]]);
    // Without a day of their own they stay a reaction's object.
    expect(incidentsOf("Ruritania condemned the Israeli attacks on Example.", "2031-01-10")).toEqual([]);
  });

  it("reads a strike 'near' or 'targeting' a place ('The Ruritanian strike near Example on Friday targeted a radar'), and explosions 'the result of' a state's strike as that strike", () => {
    expect(incidentsOf("The Israeli strike near Isfahan on Friday targeted a radar.", "2031-04-20").map((m) => [m.kind, m.date])).toEqual([["strike", "2031-04-18"]]);
    expect(incidentsOf("Officials said the explosions near Isfahan on Friday were the result of a limited Israeli strike targeting a radar.", "2031-04-20").map((m) => [m.kind, m.date])).toEqual([["strike", "2031-04-18"]]);
    // Not a labour strike or a strike price near a level.
    expect(incidentsOf("Dockworkers said their strike near the port on Friday would go on.", "2031-04-20")).toEqual([]);
  });

  it("reads 'the Israeli strikes in June and the American attack on the three sites later that month' as two strikes", () => {
    const found = incidentsOf("It was the first contact since the Israeli strikes in June of last year and the American attack on the three sites later that month.", "2031-03-04");
    expect(found.map((m) => [m.kind, m.date])).toEqual([["strike", "2030-06"], ["strike", "2030-06"]]);
    expect(incidentsOf("It was the first contact since the Israeli strikes in June of last year and the American attack on the three sites.", "2031-03-04").map((m) => m.kind)).toEqual(["strike"]);
  });

  it("dates a shoot-down a command 'claimed on Monday' had happened 'the night before' on the Sunday", () => {
    expect(incidentsOf("The command claimed on Monday that a drone had been shot down over the strait the night before.", "2031-03-05").map((m) => [m.kind, m.date])).toEqual([["drone-shootdown", "2031-03-02"]]);
  });

  it("reads 'When Israel launched its campaign on June 13, 2025, the IRGC's missile command was a primary target' as a strike, not a missile launch", () => {
    expect(incidentsOf("When Israel launched its campaign on June 13, 2030, the IRGC's missile command was a primary target.", "2031-01-10").map((i) => [i.kind, i.date])).toEqual([["strike", "2030-06-13"]]);
  });

  it("reads 'the killing of X in a US drone strike in January 2029 was followed five days later by an Iranian missile barrage' as two acts, each by its own state", () => {
    const text = "Seven months later he did not hold back: the killing of Quds Force commander Qassem Soleimani in a US drone strike at Baghdad airport in January 2029 was followed five days later by an Iranian missile barrage on an air base in Iraq.";
    expect(incidentsOf(text, "2031-07-15").map((i) => [i.kind, i.date, i.initiators]).sort()).toEqual([
      ["missile-launch", "2029-01", ["state:iran"]],
      ["strike", "2029-01", ["state:united-states"]],
    ]);
  });

  it("reads the ship of a conjunct with its verb left out ('seized the X … on April 27 and the Y in the Strait of Hormuz six days later') as a second seizure by the same state", () => {
    const text = "Example seized the Advantage Example in the Gulf of Oman on April 27 and the Sea Wren in the Strait of Hormuz six days later.";
    expect(incidentsOf(text, "2031-10-01").map((i) => [i.kind, i.date, i.initiators]).sort()).toEqual([
      ["vessel-seizure", "2031-04-27", []],
      ["vessel-seizure", "2031-05-03", []],
    ]);
    expect(incidentsOf("Iran seized the Advantage Example in the Gulf of Oman on April 27 and the Sea Wren in the Strait of Hormuz six days later.", "2031-10-01").map((i) => i.initiators)).toEqual([["state:iran"], ["state:iran"]]);
    expect(incidentsOf("The navy seized the tanker on April 27 and the crew were released in Bandar Abbas on May 3.", "2031-10-01").map((i) => i.date)).toEqual(["2031-04-27"]);
  });

  it("dates 'US forces hit three facilities, including the plant at Fordow, on June 22' by the day after the examples", () => {
    const text = "Example began striking sites on June 13, and US forces hit three nuclear facilities, including the underground plant at Fordow, on June 22.";
    expect(incidentsOf(text, "2031-09-27").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-06-13"], ["strike", "2031-06-22"]]);
  });

  it("reads 'the Guards took the Example Star, a Panama-flagged tanker, in the Strait of Hormuz' as a seizure, and not 'took the minister to Oslo'", () => {
    const text = "On 27 April 2031 the navy seized the tanker Advantage Example in the Gulf of Oman. Six days later, the Revolutionary Guards took the Example Star, a Panama-flagged tanker, in the Strait of Hormuz.";
    expect(incidentsOf(text, "2031-10-01").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-04-27"], ["vessel-seizure", "2031-05-03"]]);
    expect(incidentsOf("On 3 May the plane took the Example Minister, a former envoy, to Oslo.", "2031-10-01")).toEqual([]);
  });

  it("gives no day of its own to 'the missile attack' that officials blacklisted on Friday were 'linked to'", () => {
    const text = "Iran fired more than a dozen ballistic missiles at two bases on Wednesday. On Friday, the Treasury blacklisted eight senior officials it said were linked to the missile attack.";
    expect(incidentsOf(text, "2031-01-11").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2031-01-08"]]);
  });

  it("dates 'Two days after the talks adjourned' from the day the round 'ended', not the day it opened", () => {
    const text = ["The talks that opened in Vienna on April 6 brought the parties together.", "An envoy described the first round, which ended Friday, as successful.", "Two days after the talks adjourned, an explosion knocked out power at the enrichment plant."].join("\n\n");
    expect(incidentsOf(text, "2031-04-14").map((i) => [i.kind, i.date])).toEqual([["other", "2031-04-13"]]);
  });

  it("counts 'Nine days later' from the strikes of June 13, not from the round 'scheduled for June 15' they called off", () => {
    const text = "The sixth round, scheduled for June 15 in Muscat, was called off after Ruritania launched strikes on its neighbour on June 13. Nine days later, bombers of the Alliance struck three nuclear facilities.";
    expect(incidentsOf(text, "2031-10-20").map((i) => [i.kind, i.date])).toEqual([
      ["strike", "2031-06-13"],
      ["strike", "2031-06-22"],
    ]);
  });

  it("names no author for 'a commander was killed in a drone strike' or 'the killing of three soldiers in a drone attack', and counts the dead as its target", () => {
    expect(incidentsOf("On Sunday an Iranian commander was killed in a drone strike near the border.", "2031-02-03")).toMatchObject([{ kind: "strike", initiators: [], targets: ["state:iran"] }]);
    const [killing] = incidentsOf("Washington blamed militias for the killing of three US soldiers in a drone attack on a base on Sunday.", "2031-02-03");
    expect(killing).toMatchObject({ kind: "strike", initiators: [], targets: ["state:united-states"] });
    // A state named with the strike still acts.
    expect(incidentsOf("General Example was killed early Sunday in a U.S. drone strike.", "2031-02-03")[0]?.initiators).toEqual(["state:united-states"]);
  });

  it("reads the retaliated-for attack in 'launched airstrikes on Friday night against dozens of sites, in what Washington described as retaliation for the killing of … last Sunday' as no one's, and takes no site from the day", () => {
    const text = "The United States launched airstrikes on Friday night against dozens of sites in Iraq, in what Washington described as retaliation for the killing of two US soldiers in a drone attack near the Jordanian-Syrian border last Sunday.";
    const incidents = incidentsOf(text, "2031-02-08");
    expect(incidents.map((i) => [i.date, i.initiators, i.targets])).toEqual([
      ["2031-02-07", ["state:united-states"], []],
      ["2031-02-02", [], ["state:united-states"]],
    ]);
    expect(incidents[0]!.location.place).toBeUndefined();
  });

  it("takes no target from where it happened: 'in northeastern Ruritania', 'near the X-Y border' (but a state's border guards are one)", () => {
    expect(incidentsOf("A drone struck a logistics base in northeastern Jordan on Sunday.", "2031-02-03")[0]?.targets).toEqual([]);
    expect(incidentsOf("Militias fired rockets at a camp near the Syrian border on Sunday.", "2031-02-03")[0]?.targets).toEqual([]);
    expect(incidentsOf("Militias attacked Syrian border guards on Sunday.", "2031-02-03")[0]?.targets).toEqual(["state:syria"]);
  });

  it("counts the dead in '16 people, including civilians, were killed'", () => {
    expect(casualtiesIn("The government said 16 people, including civilians, were killed and 25 were wounded.")).toEqual({ killed: 16, injured: 25 });
  });

  it("reads warships that 'departed Norfolk on Thursday for the Middle East', 'The A-10s arrived in the region in April' and 'is sending a ready group and 3,000 sailors and Marines' as deployments", () => {
    expect(incidentsOf("The USS Example and USS Sample, carrying elements of the 24th Marine Expeditionary Unit, departed Norfolk, Virginia, on Thursday for the Middle East.", "2031-07-21").map((i) => [i.kind, i.date])).toEqual([["deployment", "2031-07-17"]]);
    expect(incidentsOf("The A-10s arrived in the region in April.", "2031-07-21").map((i) => [i.kind, i.date])).toEqual([["deployment", "2031-04"]]);
    expect(incidentsOf("The USS Example carrier strike group moved into the command's area of responsibility in April.", "2031-07-21").map((i) => [i.kind, i.date])).toEqual([["deployment", "2031-04"]]);
    // The month belongs to the other moves the appositive counts this one among, not to this one.
    const [sending] = incidentsOf("The Pentagon is sending an amphibious ready group and more than 3,000 sailors and Marines to the region, the latest in a series of moves this month.", "2031-07-21");
    expect(sending).toMatchObject({ kind: "deployment", initiators: ["organisation:pentagon"] });
    expect(sending?.date).toBeUndefined();
  });

  it("dates 'ordered 2,000 paratroopers to Kuwait, on top of the 500 rushed to the region on New Year's Eve' by neither that eve nor any day, and reads the eve as 31 December", () => {
    const [ordered] = incidentsOf("The Pentagon ordered 2,000 paratroopers to Kuwait, on top of the 500 rushed to the region on New Year's Eve.", "2031-01-05");
    expect(ordered).toMatchObject({ kind: "deployment" });
    expect(ordered?.date).toBeUndefined();
    expect(incidentsOf("The Pentagon rushed 500 paratroopers to Kuwait on New Year's Eve.", "2031-01-05").map((i) => [i.kind, i.date])).toEqual([["deployment", "2030-12-31"]]);
  });

  it("dates 'The Pentagon said the Guards launched 16 missiles …; 11 struck the air base' by 'Their answer came early Wednesday.' before it, as one launch", () => {
    const text = "Their answer came early Wednesday. The Pentagon said the Guards launched 16 short-range ballistic missiles from three sites; 11 struck an air base in western Iraq.";
    expect(incidentsOf(text, "2031-01-11").map((i) => [i.kind, i.date, i.location.place])).toEqual([["missile-launch", "2031-01-08", "western Iraq"]]);
  });

  it("reads 'retaliation for a rocket attack two days earlier on the base' as that attack, dated two days before the day told before it", () => {
    const text = "The air strikes on December 29 hit five depots. Officials said those strikes were retaliation for a rocket attack two days earlier on a base near Kirkuk.";
    expect(incidentsOf(text, "2031-01-05").map((i) => i.date)).toEqual(["2030-12-29", "2030-12-27"]);
  });

  it("takes neither the day nor the initiator of 'the spokesman this week defended the seizure of the Advantage Sweet', and drops an undated act 'weeks after' another", () => {
    const text = "The IRGC seized the Advantage Sweet on April 27. Iran's foreign ministry spokesman Nasser Kanaani this week defended the seizure of the Advantage Sweet as a legal matter.";
    const defended = incidentsOf(text, "2023-05-05").find((i) => i.evidence[0]!.quote.includes("defended"));
    expect(defended).toMatchObject({ initiators: [] });
    expect(defended?.date).toBeUndefined();
    expect(incidentsOf("The arrival comes weeks after the Pentagon sent F-35 and F-16 fighter jets to the region.", "2023-08-07")).toEqual([]);
    expect(incidentsOf("Six weeks after the attack, neither Washington nor Riyadh has struck back militarily.", "2019-10-24").map((i) => i.kind)).not.toContain("strike");
  });

  it("reads a helicopter that 'had flown within 25 yards of' a warship, 'an act of sabotage at its Natanz site' and 'the detention by Greek authorities in April of' a tanker", () => {
    expect(incidentsOf("On Monday the Navy said an Iranian helicopter had flown within 25 yards of the amphibious assault ship USS Essex.", "2021-11-29").map((i) => i.kind)).toEqual(["vessel-harassment"]);
    expect(incidentsOf("Tehran began enriching to 60 percent in April, after an act of sabotage at its Natanz enrichment site.", "2021-11-29").map((i) => [i.kind, i.date])).toEqual([["other", "2021-04"]]);
    const [detention] = incidentsOf("The seizures followed the detention by Greek authorities in April of the Russian-flagged tanker Lana.", "2022-06-29");
    expect(detention).toMatchObject({ kind: "vessel-seizure", date: "2022-04" });
  });

  it("reads 'images in late March showed six B-2 stealth bombers parked at the US base on Diego Garcia' as a deployment", () => {
    expect(incidentsOf("Satellite images in late March showed at least six B-2 stealth bombers parked at the US base on Diego Garcia.", "2025-04-08").map((i) => [i.kind, i.date])).toEqual([["deployment", "2025-03-21~/2025-03-31~"]]);
  });

  it("reads ships 'damaged off Fujairah in what Washington said were limpet mine attacks' and tankers 'hit in the Gulf of Oman' as incidents no one is named for", () => {
    expect(incidentsOf("Four ships were damaged off Fujairah in May in what Washington said were limpet mine attacks.", "2019-07-22").map((i) => [i.kind, i.date])).toEqual([["other", "2019-05"]]);
    expect(incidentsOf("The Front Altair and the Kokuka Courageous were hit in the Gulf of Oman on June 13.", "2019-07-22").map((i) => [i.kind, i.date])).toEqual([["other", "2019-06-13"]]);
  });

  it("reads no strike in 'which nearly led to American air strikes', no date in 'the 2018-built Stena Impero', and the agent of 'was briefly detained by armed guards'", () => {
    expect(incidentsOf("Iran shot down a US drone on June 20, which nearly led to American air strikes.", "2019-07-22").map((i) => i.kind)).toEqual(["drone-shootdown"]);
    expect(incidentsOf("The 2018-built Stena Impero was boarded by IRGC commandos.", "2019-07-22").every((i) => i.date !== "2018")).toBe(true);
    const [detention] = incidentsOf("On Friday the Liberian-flagged Mesdar was briefly detained by armed guards near the strait.", "2019-07-22");
    expect(detention?.initiators).not.toContain("state:liberia");
  });

  it("reads warships 'entered the Red Sea on Sunday' as a deployment, and a purpose 'to deter Iran from seizing and harassing ships' as none", () => {
    const kinds = incidentsOf("More than 3,000 sailors and marines have arrived in the Red Sea aboard two warships, part of a buildup meant to deter Iran from seizing and harassing commercial ships.", "2023-08-07").map((i) => i.kind);
    expect(kinds).toEqual(["deployment"]);
    expect(incidentsOf("The amphibious assault ship USS Bataan and the dock landing ship USS Carter Hall entered the Red Sea on Sunday.", "2023-08-07").map((i) => [i.kind, i.date])).toEqual([["deployment", "2023-08-06"]]);
  });

  it("dates 'the following month' from the month the text last gave, and reads sailors who 'arrived aboard' a ship as a deployment", () => {
    const sent = incidentsOf("In July 2031 the ministry sent jets to the region. The following month some 3,000 sailors and marines arrived aboard the assault ship USS Example.", "2032-01-10");
    expect(sent.map((i) => [i.kind, i.date])).toEqual([["deployment", "2031-07"], ["deployment", "2031-08"]]);
    // No month before it: no date.
    expect(incidentsOf("The following month some 3,000 sailors arrived aboard the assault ship USS Example.", "2032-01-10").filter((i) => i.date !== undefined)).toEqual([]);
  });

  it("keeps a statement's act apart from one its participle clause names after a quotation ('…for \"defensive purposes,\" following the deployment last month of …')", () => {
    const sent = incidentsOf('The ministry announced on Monday that it was sending 1,000 troops to the region for "defensive purposes," following the deployment last month of the carrier USS Example to the Gulf.', "2031-06-21");
    expect(sent.map((i) => [i.kind, i.date])).toEqual([["deployment", "2031-06-16"], ["deployment", "2031-05"]]);
  });

  it("does not take 'on the same day that X was meeting Y' for the day the text last gave", () => {
    const struck = incidentsOf("Ruritania shot down a drone on Thursday. The incident came a week after two tankers were struck by explosions in the strait on the same day that the prime minister was meeting the king.", "2031-06-21");
    expect(struck.map((i) => [i.kind, i.date])).toEqual([["drone-shootdown", "2031-06-19"], ["other", "2031-06-12"]]);
  });

  it("reads a state that 'launched its surprise assault on' another as a strike", () => {
    expect(incidentsOf("Ruritania launched its surprise assault on Example on June 13.", "2031-07-01").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-06-13"]]);
  });

  it("counts days written as words past twelve ('Fifteen days later')", () => {
    const seized = incidentsOf("On 4 July 2031, marines helped detain the tanker Sea Wren off Gibraltar. Fifteen days later, the guard seized the tanker Blue Heron in the strait.", "2032-01-10");
    expect(seized.map((i) => i.date)).toEqual(["2031-07-04", "2031-07-19"]);
  });

  it("does not date an act told in a 'whose' clause about someone a dated sentence names", () => {
    const told = incidentsOf("On Monday the Treasury designated eight commanders, whose unit the navy says fired the missile that brought down the drone.", "2027-06-25");
    expect(told.filter((i) => i.date !== undefined)).toEqual([]);
    expect(incidentsOf("On Monday the guard's air unit fired the missile that brought down the drone.", "2027-06-25").map((i) => [i.kind, i.date])).toEqual([["drone-shootdown", "2027-06-21"]]);
  });

  it("reads 'approached the Marshall Islands-flagged TRF Moss' as harassment and 'state television showing … missile launchers' as a display, but not a tally of 'nearly 20 vessels' over two years", () => {
    expect(incidentsOf("On July 5, an Iranian navy vessel approached the Marshall Islands-flagged TRF Moss.", "2023-08-07").map((i) => i.kind)).toEqual(["vessel-harassment"]);
    // A flag or owner written with an abbreviation's dots is still a ship's modifier.
    expect(incidentsOf("Hours later, four IRGC fast boats approached the U.K.-flagged product tanker Sea Wren off Jask.", "2027-03-09").map((i) => i.kind)).toEqual(["vessel-harassment"]);
    expect(incidentsOf("On Monday two speedboats approached the U.S.-owned tanker near the strait.", "2027-03-09").map((i) => i.kind)).toEqual(["vessel-harassment"]);
    expect(incidentsOf("Last week, the Guard staged an exercise on Abu Musa, with state television showing drones and missile launchers.", "2023-08-07").map((i) => i.kind)).toEqual(["missile-display"]);
    expect(incidentsOf("The Navy says Iran has harassed, attacked or seized nearly 20 merchant vessels over the past two years.", "2023-08-07")).toEqual([]);
  });

  it("reads 'a missile destroyed a U.S. Navy RQ-4A Global Hawk' as a shoot-down, and tankers 'rocked by explosions' as an incident no one is named for", () => {
    expect(incidentsOf("On Thursday, an IRGC surface-to-air missile destroyed a U.S. Navy RQ-4A Global Hawk over the Strait of Hormuz.", "2019-06-24").map((i) => [i.kind, i.date])).toEqual([["drone-shootdown", "2019-06-20"]]);
    const [blasts] = incidentsOf("On June 13, two tankers, the Front Altair and the Kokuka Courageous, were rocked by explosions in the Gulf of Oman.", "2019-06-24");
    expect(blasts).toMatchObject({ kind: "other", date: "2019-06-13", initiators: [] });
  });

  it("reads a killing 'in a US drone strike' as the United States' strike on the one killed", () => {
    const [killing] = incidentsOf("General Qassem Soleimani, commander of the IRGC's Quds Force, was assassinated along with Abu Mahdi al-Muhandis in a US drone strike near Baghdad International Airport on January 3.", "2020-01-08");
    expect(killing).toMatchObject({ kind: "strike", date: "2020-01-03", initiators: ["state:united-states"] });
    expect(killing?.targets).toContain("person:qasem-soleimani");
  });

  it("reads 'warplanes pounded positions' as a strike and 'said … it would send 3,000 more troops' as a planned deployment", () => {
    expect(incidentsOf("US warplanes pounded positions of the Kata'ib Hezbollah group in western Iraq on December 29.", "2020-01-08").map((i) => [i.kind, i.date])).toEqual([["strike", "2019-12-29"]]);
    expect(incidentsOf("The Pentagon said on January 3 that it would send about 3,000 more troops to the region.", "2020-01-08").map((i) => [i.kind, i.mode, i.date])).toEqual([["deployment", "planned", "2020-01-03"]]);
  });

  it("takes no target from the reason after 'after the aircraft entered Iranian airspace'", () => {
    const [shootdown] = incidentsOf("The IRGC's air defences brought down the RQ-4A Global Hawk on Thursday after the aircraft entered Iranian airspace.", "2019-06-22");
    expect(shootdown?.targets).not.toContain("state:iran");
  });

  it("reads a seizure with initiator, target vessel, sea area and date", () => {
    const [seizure] = incidentsOf("The IRGC Navy seized the Marshall Islands-flagged tanker Ocean Star in the Gulf of Oman on Thursday.");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", mode: "asserted", initiators: ["organisation:irgc-navy"], location: { waterBody: "Gulf of Oman" }, date: "2026-03-05" });
    // Iran is not named, so the command stands for it; the state in the sea's name is no target.
    expect(seizure?.targets).toEqual(["state:marshall-islands", "vessel:ocean-star"]);
  });

  it("reads a drill in which drones struck practice targets as a weapons test, not a strike", () => {
    const text = "The army held a large-scale drone exercise in Semnan province on 5-6 January, in which more than 100 UAVs struck targets.";
    expect(incidentsOf(text, "2021-01-16").map((i) => [i.kind, i.date])).toEqual([["missile-test", "2021-01-05/2021-01-06"]]);
    expect(incidentsOf("After weeks of exercises, US jets struck targets in Iraq on 5 January.", "2021-01-16").map((i) => i.kind)).toEqual(["strike"]);
  });

  it("reads a ship named by its appositive ('the X, managed by Y Shipping') as the vessel a passive seizure took", () => {
    const text = "The Delta Poseidon was boarded on 27 May 2022. Hours later the Prudent Warrior, managed by Polembros Shipping, was taken near the Iranian coast.";
    const seizures = incidentsOf(text, "2022-05-28").filter((i) => i.targets.includes("vessel:prudent-warrior" as never));
    expect(seizures.map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2022-05-27"]]);
  });

  it("takes nothing after an agentless passive seizure as its target: 'had been seized at the request of the Ports Organisation'", () => {
    const text = "On Friday the Guards seized a British tanker. IRNA said on Friday the ship had been seized at the request of the Hormozgan Ports and Maritime Organisation.";
    const claims = incidentsOf(text, "2019-07-20").filter((i) => i.evidence.some((e) => e.quote.startsWith("IRNA")));
    expect(claims.flatMap((i) => i.targets)).toEqual([]);
  });

  it("prefers the act's own day to the day of a statement reporting it in the pluperfect", () => {
    const [seizure] = incidentsOf("On Thursday, state television said the Guards had seized the Panama-flagged tanker Riah on Sunday.", "2019-07-19");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", date: "2019-07-14" });
  });

  it("reads fighters who dropped from a helicopter onto a ship's deck as a seizure, a drone that hit a named outpost as a strike, and a tanker damaged in an attack no one is named for as 'other'", () => {
    const [seizure] = incidentsOf("On Nov. 19, 2023, Houthi fighters dropped from a helicopter onto the deck of the Galaxy Leader and sailed it to Hodeidah.", "2024-05-01");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", date: "2023-11-19", targets: ["vessel:galaxy-leader"] });
    const [strike] = incidentsOf("On Jan. 28, 2024, a one-way attack drone hit Tower 22, a small U.S. outpost in northeastern Jordan, killing three soldiers.", "2024-05-01");
    expect(strike).toMatchObject({ kind: "strike", date: "2024-01-28" });
    const [attack] = incidentsOf("Tokyo sent a destroyer after a Japanese-operated tanker was damaged in an attack in June 2019.", "2024-05-01").filter((i) => i.kind !== "deployment");
    expect(attack).toMatchObject({ kind: "other", date: "2019-06" });
    // Bombs dropped onto a deck are no boarding; a drone that hit a name with no outpost after it is not read here.
    expect(incidentsOf("On Nov. 19, 2023, jets dropped bombs onto the deck of the Galaxy Leader.", "2024-05-01").map((i) => i.kind)).not.toContain("vessel-seizure");
  });

  it("reads set 31's forms: a dated strike noun, a ship taken into port, marines who helped officers board a ship, boats that tried on a day to block one, and an authorised movement of troops", () => {
    const kinds = (text: string, published: string) => incidentsOf(text, published).map((i) => [i.kind, i.date]);
    expect(kinds("He also defended the Jan. 3 strike that killed Maj. Gen. Qassem Soleimani.", "2020-01-10")).toEqual([["strike", "2020-01-03"]]);
    expect(kinds("The Guards took the Stena Impero to the port of Bandar Abbas on Friday.", "2019-07-20")).toEqual([["vessel-seizure", "2019-07-19"]]);
    expect(kinds("On July 4, British Royal Marines helped police and customs officers in the British overseas territory board the Iranian supertanker Grace 1.", "2019-07-20")).toEqual([["vessel-seizure", "2019-07-04"]]);
    expect(kinds("The Royal Navy said three Iranian boats had tried on July 10 to block the passage of the tanker British Heritage.", "2019-07-20")).toEqual([["vessel-harassment", "2019-07-10"]]);
    expect(kinds("On Friday, the command said it had authorized the movement of US troops and resources to Saudi Arabia.", "2019-07-20")).toEqual([["deployment", "2019-07-19"]]);
  });

  it("dates what is under way by the day it was announced, apart from the act an 'after' clause tells", () => {
    const text = "The Pentagon is sending F-35 fighter jets and the destroyer USS Thomas Hudner to the Middle East, officials announced Monday, after Iranian forces tried to seize two tankers earlier this month.";
    expect(incidentsOf(text, "2023-07-17").map((i) => [i.kind, i.date])).toEqual([
      ["vessel-harassment", "2023-07-01/2023-07-16"],
      ["deployment", "2023-07-17"],
    ]);
  });

  it("reads what a sentence's second passive verb took ('… was surrounded … and was taken to the port'), and no target in a reason or a requester", () => {
    const text = "The tanker Stena Impero left Fujairah. The Stena Impero, owned by Sweden's Stena Bulk, was surrounded by four vessels late on Friday, and was taken to the Iranian port of Bandar Abbas.";
    const [seizure] = incidentsOf(text, "2019-07-20").filter((i) => i.kind === "vessel-seizure");
    expect(seizure?.targets).toContain("vessel:stena-impero");
    const [claim] = incidentsOf("On 19 July the IRGC Navy said it had seized the tanker because it had collided with an Iranian fishing boat.", "2019-07-20");
    expect(claim?.targets).not.toContain("state:iran");
    const [grace] = incidentsOf("On 4 July British Royal Marines seized the Iranian supertanker Grace 1, an act Tehran described as carried out at Washington's behest.", "2019-07-20");
    expect(grace?.targets).not.toContain("state:united-states");
    expect(grace?.location.place).toBeUndefined();
  });

  it("reads the one killed 'early Friday in a U.S. drone strike' as its target, and missiles fired at an airliner as the airliner brought down", () => {
    const [strike] = incidentsOf("Soleimani, the commander of the Quds Force, was killed early Friday in a U.S. drone strike near Baghdad International Airport.", "2020-01-08");
    expect(strike).toMatchObject({ kind: "strike", date: "2020-01-03", initiators: ["state:united-states"] });
    expect(strike?.targets).toContain("person:qasem-soleimani");
    const [airliner] = incidentsOf("On Jan. 8, a Revolutionary Guard unit fired two surface-to-air missiles at Ukraine International Airlines Flight 752.", "2020-01-10");
    expect(airliner?.kind).toBe("other");
    expect(incidentsOf("On Jan. 8, Iran fired missiles at the Ain al-Asad air base.", "2020-01-10")[0]?.kind).toBe("missile-launch");
  });

  it("dates an act given in two time zones by the local one ('late Tuesday Eastern time, early Wednesday in Iraq')", () => {
    const [launch] = incidentsOf("Iran fired 16 ballistic missiles at two bases late Tuesday Eastern time, early Wednesday in Iraq, officials said.", "2020-01-09");
    expect(launch).toMatchObject({ kind: "missile-launch", date: "2020-01-08" });
  });

  it("takes no target from a company's nationality, no author from a ship's register, and no place from an office", () => {
    const [chevron] = incidentsOf("That vessel, which was carrying crude oil for US energy company Chevron, was taken on April 27.", "2023-05-04");
    expect(chevron?.targets).toEqual(["organisation:chevron"]);
    const text = "The tanker Niovi left Dubai. Ambrey said the tanker Niovi, which is registered with the International Maritime Organization, had been seized on Wednesday.";
    expect(incidentsOf(text, "2023-05-04").flatMap((i) => i.initiators)).not.toContain("organisation:international-maritime-organization");
    const [ordered] = incidentsOf("On Wednesday the tanker Niovi was seized on the order of the Tehran prosecutor.", "2023-05-04");
    expect(ordered?.location.place).toBeUndefined();
  });

  it("reads the noun an object relative clause describes as what was seized, and no author in its flag", () => {
    const [seizure] = incidentsOf("Analysts drew comparisons with the Stena Impero, the British-flagged tanker that the Guards seized in July 2019.", "2023-04-28");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", date: "2019-07", initiators: [] });
    expect(seizure?.targets).toContain("vessel:stena-impero");
  });

  it("does not date an act by the day of the event it answered, nor by the count placing the act it came after", () => {
    const text = "The United States struck more than 85 targets in Iraq and Syria, a response to the killing of three American soldiers in Jordan last Sunday.";
    expect(incidentsOf(text, "2024-02-03").find((i) => i.kind === "strike")?.date).toBeUndefined();
    const count = "Iran seized the tanker Stena Impero on 19 July 2019.\n\nThe seizure of the Stena Impero came two weeks after British Royal Marines had seized the supertanker Grace 1.";
    const dated = incidentsOf(count, "2023-04-28").map((i) => [i.targets.includes("vessel:grace-1" as never) ? "Grace 1" : "Stena Impero", i.date]);
    expect(dated).toContainEqual(["Grace 1", "2019-07-02~/2019-07-08~"]);
    expect(dated).not.toContainEqual(["Stena Impero", "2019-07-02~/2019-07-08~"]);
  });

  it("reads an act of sabotage that knocked out a site's power as 'other'", () => {
    const [sabotage] = incidentsOf("Less than a week after the talks opened, an act of sabotage on April 11 knocked out the power supply at Natanz.", "2021-11-29");
    expect(sabotage).toMatchObject({ kind: "other", date: "2021-04-11", location: { place: "Natanz" } });
  });

  it("reads no shoot-down in what became of an attack's missiles, and no second strike in an attack counted", () => {
    const text = "In April, Iran launched more than 300 drones and missiles at Israel, almost all of which were shot down. Tuesday's attack was the second time Iran has struck Israel directly.";
    expect(incidentsOf(text, "2024-10-02").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2024-04"]]);
  });

  it("reads 'off the coast of Somalia' as where a boarding happened, not who boarded", () => {
    const [seizure] = incidentsOf("On 11 January US Navy SEALs, supported by helicopters, boarded a dhow off the coast of Somalia and seized missile parts.", "2024-02-01");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", date: "2024-01-11", location: { country: "Somalia" } });
    expect(seizure?.initiators).not.toContain("state:somalia");
  });

  it("reads the agent of 'was taken by Iranian forces' as the initiator", () => {
    const [seizure] = incidentsOf("He said the Vietnamese-flagged tanker Sothys was taken by Iranian forces in international waters last month.", "2021-11-04");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", date: "2021-10", initiators: ["state:iran"] });
  });

  it("reads two seizures in one sentence when one is placed weeks before the other", () => {
    const text = "In July 2019 the Guards seized the British-flagged Stena Impero in the strait two weeks after British Royal Marines helped detain an Iranian supertanker off Gibraltar.";
    expect(incidentsOf(text, "2022-05-28").filter((i) => i.kind === "vessel-seizure")).toHaveLength(2);
    expect(incidentsOf("The seizures followed the detention in April of the Iranian-flagged tanker Lana off Evia.", "2022-05-28").map((i) => [i.kind, i.date])).toEqual([
      ["vessel-seizure", "2022-04"],
    ]);
  });

  it("reads a timeline's present tense: 'brings down' a drone, 'places' a satellite in orbit, 'dispatches' a unit", () => {
    const kinds = (text: string) => incidentsOf(text, "2021-03-29").map((i) => [i.kind, i.date]);
    expect(kinds("In June 2019 an IRGC surface-to-air missile brings down a US Navy RQ-4A Global Hawk.")).toEqual([["drone-shootdown", "2019-06"]]);
    expect(kinds("In April 2020 the IRGC places its first military satellite in orbit.")).toEqual([["missile-test", "2020-04"]]);
    expect(kinds("In January 2021 Seoul dispatches an anti-piracy unit to the area.")).toEqual([["deployment", "2021-01"]]);
  });

  it("reads a boarding followed by an escort into port as a seizure, and boats that sailed within yards of a ship as harassment", () => {
    const text = "The IRGC Navy boarded a Liberian-flagged product tanker on Tuesday and escorted it to the port of Bandar Abbas. The previous week, the Fifth Fleet said, three Guards fast boats had sailed within 150 yards of the patrol ship USS Thunderbolt.";
    expect(incidentsOf(text, "2022-08-18").map((i) => [i.kind, i.date])).toEqual([
      ["vessel-seizure", "2022-08-16"],
      ["vessel-harassment", "2022-08-08~/2022-08-14~"],
    ]);
  });

  it("dates a seizure by the place and day after a relative clause the comma closes, and reads commandos who fast-roped onto a ship", () => {
    const text = "The IRGC Navy seized the tanker Advantage Sweet, which was carrying Kuwaiti crude, in the Gulf of Oman on 27 April 2023. Six days later, commandos fast-roped from a helicopter onto the Panama-flagged Niovi.";
    expect(incidentsOf(text, "2023-06-01").map((i) => [i.kind, i.date])).toEqual([
      ["vessel-seizure", "2023-04-27"],
      ["vessel-seizure", "2023-05-03"],
    ]);
  });

  it("reads rockets that 'were fired' and an attack drone that 'hit' a facility", () => {
    const text = "The one-way attack drone hit a maintenance facility near Hasakah on Thursday. Early on Friday, around ten rockets were fired at the Green Village base.";
    expect(incidentsOf(text, "2023-03-24").map((i) => [i.kind, i.date])).toEqual([
      ["strike", "2023-03-23"],
      ["missile-launch", "2023-03-24"],
    ]);
  });

  it("does not date an act by the day of a denial of it, nor an act 'hours after' which the sentence dates another", () => {
    const text = "Iran on Friday denied any involvement in a drone attack that killed a U.S. contractor, hours after U.S. warplanes struck facilities in Syria.";
    expect(incidentsOf(text, "2023-03-24").every((i) => i.date === undefined)).toBe(true);
  });

  it("reads drones that 'had torn into' a plant and a drone that 'fired on a convoy' as strikes", () => {
    expect(incidentsOf("On 14 September 2019 drones and cruise missiles had torn into the Saudi plant at Abqaiq.", "2021-01-19").map((i) => [i.kind, i.date])).toEqual([["strike", "2019-09-14"]]);
    expect(incidentsOf("On 3 January 2020 an MQ-9 Reaper fired on a convoy leaving Baghdad airport.", "2021-01-19").map((i) => [i.kind, i.date])).toEqual([["strike", "2020-01-03"]]);
  });

  it("dates boats that came within '68 yards (62 meters)' of a ship by the act's day, not the day the Pentagon spoke", () => {
    const text = "A U.S. Navy patrol ship fired warning shots on Monday after three fast attack craft of the IRGC Navy came within 68 yards (62 meters) of it, the Pentagon said on Tuesday.";
    expect(incidentsOf(text, "2021-04-27").map((i) => [i.kind, i.date])).toEqual([["vessel-harassment", "2021-04-26"]]);
  });

  it("keeps a ship named 'Grace 1,' whole, and leaves out of the targets the body whose sanctions were breached", () => {
    const [seizure] = incidentsOf("On 4 July Royal Marines helped the authorities in Gibraltar detain the tanker Grace 1, suspected of carrying Iranian crude to Syria in breach of EU sanctions.", "2019-07-20");
    expect(seizure?.targets).toContain("vessel:grace-1");
    expect(seizure?.targets).not.toContain("vessel:grace");
    expect(seizure?.targets).not.toContain("organisation:european-union");
  });

  it("does not take a capital that stands for its government as the place", () => {
    const [seizure] = incidentsOf("The Guards seized the British-flagged tanker Stena Impero in the Strait of Hormuz on Friday, in what London described as an unacceptable interference.", "2019-07-20");
    expect(seizure?.location).toEqual({ waterBody: "Strait of Hormuz" });
  });

  it("reads 'took' with a ship as its object as a seizure, and not other things taken", () => {
    expect(incidentsOf("On April 27, the navy took the Marshall Islands-flagged tanker Ocean Star in the Gulf of Oman.", "2023-05-02")[0]).toMatchObject({ kind: "vessel-seizure", date: "2023-04-27" });
    expect(incidentsOf("On April 27, Iran took part in talks and took a hard line on the ship's release.", "2023-05-02")).toEqual([]);
  });

  it("reads a bulletin's boarding followed by an order to sail as a seizure", () => {
    const text = "03 AUG 2021 - ASPHALT PRINCESS (Panama-flagged tanker). Boarded by armed persons approx. 60 nm east of Fujairah; crew ordered to sail towards Iran.";
    expect(incidentsOf(text, "2021-08-06").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2021-08-03"]]);
  });

  it("reads a force presence that grew since a date as a deployment over that interval, not one merely mentioned", () => {
    const [buildup] = incidentsOf("The US naval presence in the Gulf has expanded significantly since late January 2026.", "2026-02-09");
    expect(buildup).toMatchObject({ kind: "deployment", date: "2026-01-21~/2026-02-09", initiators: ["state:united-states"] });
    expect(incidentsOf("A military buildup in the Gulf would risk war. The US naval presence there was discussed on March 2.")).toEqual([]);
  });

  it("does not date an incident by the date of a relative clause about another event", () => {
    const [launch] = incidentsOf("The IRGC said it fired missiles at militants in Idlib on Monday, which it held responsible for the bombings on Jan. 3.", "2024-01-16");
    expect(launch?.date).toBe("2024-01-15");
    expect(incidentsOf("The IRGC said it also fired missiles at militants in Idlib, which it held responsible for the bombings on Jan. 3.", "2024-01-16")[0]?.date).toBeUndefined();
  });

  it("reads a barrage named in a reference back when the reference dates it by day", () => {
    const [launch] = incidentsOf("Israel said the strikes were a response to Iran's barrage of about 180 ballistic missiles fired at Israel on October 1.", "2024-10-26");
    expect(launch).toMatchObject({ kind: "missile-launch", date: "2024-10-01", initiators: ["state:iran"] });
    // Without a day the reference dates nothing (and an undated candidate is dropped at the merge).
    expect(incidentsOf("Israel said the strikes were a response to Iran's barrage of missiles.", "2024-10-26")[0]?.date).toBeUndefined();
  });

  it("reads nominal and passive wordings: the downing of a jet, a drone 'destroyed', a ship that 'was taken' or 'was hit'", () => {
    expect(incidentsOf("It followed the downing of a Ukrainian passenger jet near Tehran on Wednesday.", "2020-01-10")[0]).toMatchObject({ kind: "other", date: "2020-01-08" });
    expect(incidentsOf('The Pentagon said USS Boxer had "destroyed" an Iranian drone on Thursday.', "2019-07-20")[0]).toMatchObject({ kind: "drone-shootdown", date: "2019-07-18" });
    expect(incidentsOf("The tanker was taken on April 27 after a collision with an Iranian boat.", "2023-05-04")[0]).toMatchObject({ kind: "vessel-seizure", date: "2023-04-27" });
    expect(incidentsOf("The Liberian-flagged tanker was hit on Thursday night in the Arabian Sea.", "2021-08-02")[0]).toMatchObject({ kind: "strike", date: "2021-07-29" });
    expect(incidentsOf("The tanker company was hit by new sanctions on Thursday.", "2021-08-02")).toEqual([]);
  });

  it("reads a fact after 'since' even when the main clause is a threat, and a conditional still as none", () => {
    const found = incidentsOf("Iranian officials had threatened to retaliate since British Royal Marines helped seize the Iranian tanker Grace 1 off Gibraltar on July 4.", "2019-07-20");
    expect(found.map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2019-07-04"]]);
    expect(incidentsOf("Iran threatened to retaliate if the navy seized another tanker on Friday.", "2019-07-20")).toEqual([]);
  });

  it("reads two incidents of one kind in a sentence when their dates differ", () => {
    const found = incidentsOf("The United States dispatched the carrier USS Abraham Lincoln to the region in May, and the Pentagon said on Friday it was sending troops to Saudi Arabia.", "2019-07-20");
    expect(found.map((i) => [i.kind, i.date])).toEqual([["deployment", "2019-05"], ["deployment", "2019-07-19"]]);
  });

  it("reads an explosion, fire or blackout that struck a site as an incident of kind other, not a strike", () => {
    expect(incidentsOf("Early on Sunday, a blackout struck the enrichment facility at Natanz.", "2021-04-13")[0]).toMatchObject({ kind: "other", date: "2021-04-11" });
    expect(incidentsOf("An explosion and fire on March 2 wrecked a centrifuge assembly building.", "2021-04-13")[0]).toMatchObject({ kind: "other", date: "2021-03-02" });
    expect(incidentsOf("Israeli jets struck the facility on Sunday.", "2021-04-13")[0]).toMatchObject({ kind: "strike" });
  });

  it("reads a ship 'taken to' a port, a boarding that let the ship go, an air campaign launched, and waves of missiles", () => {
    expect(incidentsOf("The tanker was surrounded by four vessels late on Friday and was taken to the Iranian port of Bandar Abbas.", "2019-07-20")[0]).toMatchObject({ kind: "vessel-seizure", date: "2019-07-19" });
    expect(incidentsOf("A second tanker was boarded by armed guards on Friday evening but was allowed to continue its voyage.", "2019-07-20")[0]).toMatchObject({ kind: "vessel-harassment", date: "2019-07-19" });
    expect(incidentsOf("In the early hours of June 13, Israel launched a large-scale air campaign against Iran.", "2025-06-20")[0]).toMatchObject({ kind: "strike", date: "2025-06-13", initiators: ["state:israel"] });
    expect(incidentsOf("Iran answered on June 13 with waves of ballistic missiles aimed at Israeli cities.", "2025-06-20")[0]).toMatchObject({ kind: "missile-launch", date: "2025-06-13" });
  });

  it("reads a bulletin's fragments under an entry line that names the ship", () => {
    const text = "MV GALAXY LEADER (Bahamas-flagged vehicle carrier). Boarded from a helicopter and seized by Houthi forces in the Red Sea on 19 November 2023.\n\nMARLIN LUANDA (Marshall Islands-flagged tanker). Struck by an ASBM in the Gulf of Aden on 26 January 2024.";
    expect(incidentsOf(text, "2024-03-01").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2023-11-19"], ["missile-launch", "2024-01-26"]]);
  });

  it("reads other wordings of attacks: rammed, damaged by sabotage, a drone attack that set fire, a cyber operation carried out", () => {
    expect(incidentsOf("The tanker was rammed by a Houthi boat west of Hodeidah on 12 June 2024.", "2024-06-20")[0]).toMatchObject({ kind: "strike", date: "2024-06-12" });
    expect(incidentsOf("Four ships were damaged by sabotage attacks off Fujairah on May 12.", "2019-06-13")[0]).toMatchObject({ kind: "strike", date: "2019-05-12" });
    expect(incidentsOf("On August 17 a drone attack set fire to a gas plant at the Shaybah field.", "2019-10-24")[0]).toMatchObject({ kind: "strike", date: "2019-08-17" });
    expect(incidentsOf("The United States carried out a secret cyber operation against Iran in late September.", "2019-10-24")[0]).toMatchObject({ kind: "other" });
  });

  it("reads drones by their type, forces rushed, naval operations set up and warships entering a sea as incidents", () => {
    expect(incidentsOf("A Reaper was shot down over Yemen on June 6 by Houthi rebels.", "2019-06-20")[0]).toMatchObject({ kind: "drone-shootdown", date: "2019-06-06" });
    expect(incidentsOf("In May, the U.S. rushed an aircraft carrier and B-52 bombers to the Mideast.", "2019-06-20")[0]).toMatchObject({ kind: "deployment", date: "2019-05" });
    expect(incidentsOf("Operation Prosperity Guardian, a US-led maritime initiative, was announced on 18 December 2023.", "2024-03-01")[0]).toMatchObject({ kind: "deployment", date: "2023-12-18" });
    expect(incidentsOf("The Iranian frigate Alborz entered the Red Sea on 1 January 2024.", "2024-03-01")[0]).toMatchObject({ kind: "deployment", date: "2024-01-01" });
  });

  it("reads no display in missile debris shown, and no event in a downing cited as what came before", () => {
    expect(incidentsOf("Four days later, a Saudi spokesman displayed the debris of missiles at a press conference in Riyadh on September 18.", "2019-10-24")).toEqual([]);
    expect(incidentsOf("The order was signed on 24 June 2019 following the downing of a US Navy surveillance drone.", "2019-11-26")).toEqual([]);
  });

  it("reads a ship hit by a blast and a killing in an ambush as incidents of kind other, with no initiator taken from the victim", () => {
    expect(incidentsOf("The Iranian ship Saviz was hit by a blast on Tuesday morning near the coast of Djibouti.", "2021-04-07")[0]).toMatchObject({ kind: "other", date: "2021-04-06", initiators: [] });
    expect(incidentsOf("Mohsen Fakhrizadeh was killed on Friday in an ambush on his car outside Tehran.", "2020-11-28")[0]).toMatchObject({ kind: "other", date: "2020-11-27", initiators: [] });
  });

  it("reads a Boeing shot down as an incident of kind other", () => {
    expect(incidentsOf("The Boeing 737-800 bound for Kyiv was shot down by Iran's Revolutionary Guards on January 8, 2020.", "2021-01-08")[0]).toMatchObject({ kind: "other", date: "2020-01-08" });
  });

  it("does not count a year before a singular asset as a number of them", () => {
    const [launch] = incidentsOf("Iran's October 1, 2024 ballistic missile attack on Israel drew a response.", "2024-10-11");
    expect(launch?.assets.find((a) => a.category === "missile")?.count).toBeUndefined();
  });

  it("does not name the striking state among the targets of its strike", () => {
    const [strike] = incidentsOf("On October 26, Israeli jets struck Iranian air-defence batteries near Tehran.", "2024-10-27");
    expect(strike?.initiators).toEqual(["state:israel"]);
    expect(strike?.targets).not.toContain("state:israel");
  });

  it("keeps a clock time in its clause and a bulletin's paragraph number out of the summary", () => {
    const [strike] = incidentsOf('"At 4:00 p.m. (EST) Feb. 2, U.S. forces conducted airstrikes in Iraq and Syria against the Quds Force," it said.', "2024-02-03");
    expect(strike?.evidence[0]?.quote.startsWith('"At 4:00 p.m.')).toBe(true);
    expect(incidentsOf("3.4 The Iranian frigate Alborz entered the Red Sea on 1 January 2024.", "2024-03-01")[0]?.summary).toMatch(/^The Iranian frigate/);
  });

  it("does not date a launch by the day of the strike it retaliates for", () => {
    const found = incidentsOf('The IRGC said it had fired "dozens of drones and missiles" at Israel in retaliation for the April 1 strike on its consulate.', "2024-04-14");
    expect(found.find((i) => i.kind === "missile-launch")?.date).toBeUndefined();
    expect(found.find((i) => i.kind === "strike")?.date).toBe("2024-04-01");
    expect(incidentsOf('It fired "dozens of drones" in response to "the Zionist regime\'s crime" of April 1.', "2024-04-14")[0]?.date).toBeUndefined();
    expect(incidentsOf("Iran launched an attack on 3 January on a base in Iraq.", "2024-01-10")[0]?.date).toBe("2024-01-03");
  });

  it("reads a timeline's present tense: vessels 'are damaged by' explosions, marines 'help … detain' a tanker, boats 'try to impede' one, a tanker 'held'", () => {
    // Explosions name no author (as "were damaged by explosions" does not): kind other.
    expect(incidentsOf("On 12 May, four commercial vessels are damaged by explosions off Fujairah.", "2019-06-01")[0]).toMatchObject({ kind: "other", date: "2019-05-12" });
    expect(incidentsOf("On 4 July, Royal Marines help the authorities in Gibraltar detain the tanker Grace 1.", "2019-08-01")[0]).toMatchObject({ kind: "vessel-seizure", date: "2019-07-04" });
    expect(incidentsOf("On 10 July, three IRGC boats try to impede the British Heritage tanker as it leaves the Gulf.", "2019-08-01")[0]).toMatchObject({ kind: "vessel-harassment", date: "2019-07-10" });
    expect(incidentsOf("In July 2019 the IRGC held a Panama-flagged tanker for weeks.", "2021-01-05")[0]).toMatchObject({ kind: "vessel-seizure", date: "2019-07" });
  });

  it("reads a second seizure in a clause 'six days after …', a vessel that 'came within a mile of' a ship, and a satellite launch as a test", () => {
    const found = incidentsOf("The Guards took the Panama-flagged tanker Niovi on May 3, six days after Iran's regular navy seized the Marshall Islands-flagged Advantage Sweet in the Gulf of Oman on April 27.", "2023-07-06");
    expect(found.map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2023-05-03"], ["vessel-seizure", "2023-04-27"]]);
    expect(incidentsOf("On Wednesday a second Iranian vessel came within a mile of the Bahamas-flagged tanker Richmond Voyager.", "2023-07-06")[0]).toMatchObject({ kind: "vessel-harassment", date: "2023-07-05" });
    expect(incidentsOf("Iran launched its Simorgh satellite carrier on Sunday and placed three small satellites into orbit.", "2024-01-29")[0]).toMatchObject({ kind: "missile-test", date: "2024-01-28" });
  });

  it("reads a tanker 'boarded by' a navy as seized, a detention cited with its month, and no launch in officials 'complicit in' it", () => {
    expect(incidentsOf("The Panama-flagged tanker Niovi was boarded by the Islamic Revolutionary Guard Corps Navy in the Strait of Hormuz early on Wednesday.", "2023-05-04")[0]).toMatchObject({ kind: "vessel-seizure", date: "2023-05-03" });
    expect(incidentsOf("Tehran had threatened to retaliate for the detention of the Iranian supertanker Grace 1 by British Royal Marines off Gibraltar earlier this month.", "2019-07-20")[0]).toMatchObject({ kind: "vessel-seizure", date: "2019-07-01/2019-07-19" });
    expect(incidentsOf('"We are targeting officials who were complicit in the ballistic missile attack," the secretary said.', "2020-01-10")).toEqual([]);
  });

  it("reads 'the capture on Thursday of' a tanker, commandos rappelling onto one, and a dhow stopped and found to carry arms as seizures", () => {
    expect(incidentsOf("The move follows the capture on Thursday of the Marshall Islands-flagged Advantage Sweet in the Gulf of Oman.", "2023-05-03")[0]).toMatchObject({ kind: "vessel-seizure", date: "2023-04-27" });
    expect(incidentsOf("In July 2019, Guards commandos rappelled onto the British-flagged Stena Impero in the Strait of Hormuz.", "2023-05-03")[0]).toMatchObject({ kind: "vessel-seizure", date: "2019-07" });
    expect(incidentsOf("In November 2019, the destroyer USS Forrest Sherman stopped a dhow in the Arabian Sea and found parts for cruise missiles.", "2024-03-01")[0]).toMatchObject({ kind: "vessel-seizure", date: "2019-11" });
  });

  it("reads no incident in a habit or a count of occasions", () => {
    expect(incidentsOf("Tehran has repeatedly seized ships in the Strait of Hormuz.", "2023-05-04")).toEqual([]);
    expect(incidentsOf("Since 2023, the Houthis have attacked commercial shipping in the Red Sea more than 100 times.", "2025-02-04")).toEqual([]);
  });

  it("reads a reference back ('involved in this week's missile attack', 'blaming Iran for a drone attack') as no new incident", () => {
    expect(incidentsOf("Treasury sanctioned eight officials it said were involved in this week's ballistic missile attack on two bases.", "2020-01-10")).toEqual([]);
    expect(incidentsOf("The United States on Sunday joined Israel in blaming Iran for a drone attack on a tanker.", "2021-08-01")).toEqual([]);
  });

  it("reads 'May' before a day as the month, not the modal of a hypothetical", () => {
    expect(incidentsOf("On May 4, the IRGC Navy seized a Liberian-flagged tanker in the Strait of Hormuz.", "2026-06-10")[0]).toMatchObject({ kind: "vessel-seizure", date: "2026-05-04" });
    expect(incidentsOf("The IRGC Navy may seize a tanker in the Strait of Hormuz.")).toEqual([]);
  });

  it("reads aircraft written by designation ('Six B-2As', 'F-35s', 'KC-46 tankers') as the forces a deployment sends", () => {
    expect(incidentsOf("Six B-2As were deployed to an island base in the Indian Ocean in late March.", "2031-06-20")).toMatchObject([{ kind: "deployment", date: "2031-03-21~/2031-03-31~" }]);
    expect(incidentsOf("On 2 June the air force sent a dozen F-35s to the Gulf.", "2031-06-20")).toMatchObject([{ kind: "deployment", date: "2031-06-02" }]);
  });

  it("reads 'the shootdown of a drone' as a shoot-down, dated by the day written before the noun", () => {
    expect(incidentsOf("The March 3, 2029, shootdown of a navy surveillance drone over the Gulf was the closest the two came to war.", "2031-06-20")).toMatchObject([{ kind: "drone-shootdown", date: "2029-03-03" }]);
    expect(incidentsOf("Officials recalled the shoot-down of a passenger jet near the capital on 8 January.", "2031-06-20")).toMatchObject([{ kind: "other", date: "2031-01-08" }]);
  });

  it("reads 'following an April 1 airstrike on the consular building' as that day's strike, a reference back dated by its own day", () => {
    expect(incidentsOf("Fears grew following an April 1 airstrike on the consular building in the capital.", "2031-04-13")).toMatchObject([{ kind: "strike", date: "2031-04-01" }]);
    expect(incidentsOf("Fears grew following the airstrike on the consular building.", "2031-04-13")).toEqual([]);
  });

  it("reads 'was moving additional naval assets to the region' as a deployment", () => {
    expect(incidentsOf("On Friday, officials said Washington was moving additional naval assets to the region.", "2031-04-13")).toMatchObject([{ kind: "deployment", date: "2031-04-11" }]);
    expect(incidentsOf("On Friday, the network was moving billions of dollars to the region.", "2031-04-13")).toEqual([]);
    expect(incidentsOf("On Friday, the Pentagon said it was moving additional assets into the region.", "2031-04-13")).toMatchObject([{ kind: "deployment", date: "2031-04-11" }]);
    expect(incidentsOf("On Friday, the fund was moving its assets into bonds.", "2031-04-13")).toEqual([]);
  });

  it("reads 'comes just over two months after Israeli and U.S. strikes on …' as strikes named to place the move, not news", () => {
    expect(incidentsOf("The move comes just over two months after Israeli and U.S. strikes on the nuclear program.", "2031-08-29")).toEqual([]);
  });

  it("reads 'began ballistic missile and UAV attacks on Israel' as a missile launch, and 'drone attacks on' as a strike", () => {
    expect(incidentsOf("Ruritania began retaliatory ballistic missile and UAV attacks on the Alliance on 13 June.", "2031-06-25")).toMatchObject([{ kind: "missile-launch", date: "2031-06-13" }]);
    expect(incidentsOf("Ruritania began drone attacks on the Alliance on 13 June.", "2031-06-25")).toMatchObject([{ kind: "strike", date: "2031-06-13" }]);
  });

  it("reads a tanker that 'was hit on Thursday morning' after a long appositive as a strike that day", () => {
    expect(incidentsOf("The Sea Wren, a Panama-flagged chemical tanker operated by an Example-based company and carrying methanol to Singapore, was hit on Thursday morning.", "2031-06-14")).toMatchObject([{ kind: "strike", date: "2031-06-12" }]);
  });

  it("reads a tanker that 'was briefly detained' as what was taken, not who took it", () => {
    const [seizure] = incidentsOf("On Friday a second tanker, the Liberian-flagged Sea Wren, was briefly detained in the strait.", "2031-07-24");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", date: "2031-07-18", initiators: [] });
    expect(seizure?.targets).toContain("vessel:sea-wren");
  });

  it("reads 'is not Libya or Syria but the January 3, 2029, strike near the airport' as that day's strike, and keeps 'had not been taken lightly but' negated", () => {
    expect(incidentsOf("The most instructive comparison is not Libya or Syria but the January 3, 2029, strike near the capital's airport that killed the general.", "2031-03-01")).toMatchObject([{ kind: "strike", date: "2029-01-03" }]);
    expect(incidentsOf("The navy did not seize the tanker.", "2031-03-01")).toEqual([]);
  });

  it("keeps 'and Iran responded with missile and drone attacks' beside the strikes of the same day: a kind is told once per day by what it was read as", () => {
    const incidents = incidentsOf("On June 13, Israel launched a wave of airstrikes against Iranian sites, and Iran responded with missile and drone attacks on Israel.", "2031-12-01");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([
      ["strike", "2031-06-13"],
      ["missile-launch", "2031-06-13"],
    ]);
  });

  it("reads 'US forces intervened to prevent Iranian vessels from seizing two tankers' as an attempted seizure by the ones stopped", () => {
    expect(incidentsOf("In July 2030, US Navy forces intervened to prevent Iranian naval vessels from seizing two commercial tankers.", "2031-01-11")).toMatchObject([{ kind: "vessel-harassment", date: "2030-07", initiators: ["state:iran"] }]);
    expect(incidentsOf("New rules aim to prevent Iranian vessels from seizing tankers.", "2031-01-11")).toEqual([]);
  });

  it("reads no strike in 'an agreement on inspections struck with the agency on September 9' nor in 'inspections at bombed sites'", () => {
    expect(incidentsOf("He said that an agreement on inspections struck with the agency on September 9 was no longer relevant.", "2031-10-01")).toEqual([]);
    expect(incidentsOf("The understanding of September 9 set out a framework for inspections at bombed sites.", "2031-10-01")).toEqual([]);
    expect(incidentsOf("Jets bombed the sites on September 9.", "2031-10-01")).toMatchObject([{ kind: "strike", date: "2031-09-09" }]);
  });

  it("gives strikes that made a round 'scheduled to take place in Muscat on June 15' be cancelled no day from the plan", () => {
    expect(incidentsOf("The sixth round had been scheduled to take place in Muscat on June 15 but was cancelled after the strikes began.", "2031-06-23").map((i) => i.date)).not.toContain("2031-06-15");
  });

  it("reads no seizure in 'Nobody is pricing in another seizure of a large tanker'", () => {
    expect(incidentsOf("\"Nobody is pricing in another seizure of a large tanker,\" one broker said on Thursday.", "2031-07-18")).toEqual([]);
  });

  it("reads no strike in 'Exactly a week after the first Israeli strikes, the minister met …': the strikes place the meeting", () => {
    expect(incidentsOf("On June 13 Israel launched strikes on Iran. Exactly a week after the first Israeli strikes, the minister met his counterparts in Geneva.", "2031-06-30").map((i) => i.date)).toEqual(["2031-06-13"]);
  });

  it("reads bombers flown over a region ('flew two B-52 strategic bombers over the region', 'a pair of B-1B bombers flew over the Gulf') as a deployment", () => {
    expect(incidentsOf("The US flew two B-52 strategic bombers over the region last week.", "2031-01-05")).toMatchObject([{ kind: "deployment", date: "2030-12-23/2030-12-29" }]);
    expect(incidentsOf("In late October, a pair of US Air Force B-1B bombers flew over the Gulf.", "2031-11-20")).toMatchObject([{ kind: "deployment" }]);
    expect(incidentsOf("The minister flew to Oman on Monday.", "2031-11-20")).toEqual([]);
  });

  it("reads 'Since May,' opening a sentence as the month the act ran from, not the modal", () => {
    const [deployment] = incidentsOf("Since May, the navy has also dispatched a carrier strike group and four destroyers to the Gulf.", "2031-06-14");
    expect(deployment).toMatchObject({ kind: "deployment", date: "2031-05/2031-06-14" });
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
  it("reads a weapon named by a compound adjective as part of a strike, not a launch", () => {
    const [strike, ...rest] = incidentsOf("US warplanes and ship-launched missiles strike Houthi radar sites near Hodeidah on Tuesday.");
    expect(strike?.kind).toBe("strike");
    expect(rest.map((i) => i.kind)).not.toContain("missile-launch");
  });

  it("does not read a decision about strikes, or a reference to them, as the strikes", () => {
    expect(incidentsOf("The president approved air strikes on two radar sites on Monday, then called them off.")).toEqual([]);
    expect(incidentsOf("The minister announces the strikes on the evening of 4 March in a televised address.")).toEqual([]);
    expect(incidentsOf("Treasury designated six commanders on March 2 for their role in the rocket attacks on the base.")).toEqual([]);
    expect(incidentsOf("Israeli jets struck two radar sites near Isfahan on Monday.")[0]).toMatchObject({ kind: "strike", initiators: ["state:israel"] });
  });

  it("reads missiles fired in a drill as a test", () => {
    expect(incidentsOf("The Revolutionary Guards fired eight cruise missiles during naval drills on Sunday.")[0]?.kind).toBe("missile-test");
    expect(incidentsOf("The Revolutionary Guards fired eight cruise missiles at an air base in Iraq on Sunday.")[0]?.kind).toBe("missile-launch");
  });

  it("reads a cyber attack as another kind of incident, not a strike", () => {
    expect(incidentsOf("Officials said hackers carried out a cyber attack on an Iranian port's computer systems on Monday.")[0]?.kind).toBe("other");
  });

  it("skips what a questioner asks in a transcript", () => {
    expect(incidentsOf("QUESTION: Reports say Iranian boats seized a tanker near Fujairah on Monday. Any comment?")).toEqual([]);
    expect(incidentsOf("Did Iranian boats seize a tanker in the Gulf of Oman on Monday?")).toEqual([]);
    expect(incidentsOf("MR PRICE: Iranian boats seized a tanker in the Gulf of Oman on Monday.")[0]?.kind).toBe("vessel-seizure");
  });
  it("lists the harassed or seized ship among the targets, not the assets", () => {
    const [stopped] = incidentsOf("On Monday, three Iranian speedboats tried to stop a British-flagged vessel near Bandar Abbas.");
    expect(stopped).toMatchObject({ kind: "vessel-harassment", initiators: ["state:iran"], targets: ["state:united-kingdom"] });
    expect(stopped?.assets).toEqual([{ name: "speedboats", category: "vessel", owner: "state:iran", count: 3 }]);
    // A ship of the initiator's own side stays an asset.
    const [shadowed] = incidentsOf("On Monday, an Iranian vessel shadowed a British-flagged tanker in the Strait of Hormuz.");
    expect(shadowed?.assets.map((a) => a.name)).toContain("vessel");
  });
  it("reads an act named in retaliation as its own incident, apart from the reprisal", () => {
    const incidents = incidentsOf("Iran fired missiles at Iraq on Sunday in retaliation for the March 2 strike on its embassy in Beirut.");
    expect(incidents.find((i) => i.kind === "missile-launch")).toMatchObject({ date: "2026-03-01", location: { country: "Iraq" } });
    expect(incidents.find((i) => i.kind === "strike")).toMatchObject({ date: "2026-03-02" });
    // Undated, a reference back to an act stays a reference.
    expect(incidentsOf("The Treasury listed six firms on Monday for their role in the missile attacks on shipping.")).toEqual([]);
  });
  it("takes the possessor of a nominal attack as its initiator", () => {
    // Not the subject of the clause it sits in.
    const [attack] = incidentsOf("Israeli jets struck back after Iran's overnight drone and missile attack on Haifa on Monday.");
    expect(attack).toMatchObject({ kind: "missile-launch", initiators: ["state:iran"] });
    const launch = incidentsOf("Officials called the Israeli raid a reply to Iran's overnight drone and missile attack on Israel on Monday.")[0];
    expect(launch).toMatchObject({ kind: "missile-launch", initiators: ["state:iran"] });
  });
  it("reads a seizure told in a relative clause, with the ship before it as the target", () => {
    const [seizure] = incidentsOf("Crew remain aboard the bulk carrier Ocean Star, which was seized by Iran's navy in the Gulf of Oman on Monday.");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", date: "2026-03-02", location: { waterBody: "Gulf of Oman" } });
    expect(seizure?.initiators).toHaveLength(1);
    // The relative clause of a non-ship is no seizure.
    expect(incidentsOf("Officials cited the 2019 law, which was seized upon by critics on Monday.")).toEqual([]);
  });
  it("takes 'the United States' as the subject, not a reporting verb before it", () => {
    expect(incidentsOf("The United States on Monday sent 1,000 troops to the Gulf region.")[0]?.initiators).toEqual(["state:united-states"]);
    expect(incidentsOf("Iran says the United States on Monday sent 1,000 troops to the Gulf region.")[0]?.mode).toBe("claimed");
  });
  it("reads the statement before a rhetorical question", () => {
    const [seizure] = incidentsOf("Iranian boats seized a tanker in the Gulf of Oman on Monday: was it retaliation for the sanctions?");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", date: "2026-03-02", initiators: ["state:iran"] });
    expect(incidentsOf("Why did Iranian boats seize a tanker in the Gulf of Oman on Monday?")).toEqual([]);
  });

  it("takes the subject after a subordinating word, and stops the place at a time appositive", () => {
    const [strike] = incidentsOf("Months of US-Iran diplomacy ended when Israel attacked Iran on 3 March, hours before envoys were due in Geneva.");
    expect(strike).toMatchObject({ kind: "strike", initiators: ["state:israel"], targets: ["state:iran"] });
    expect(strike?.location.place).toBeUndefined();
  });
  it("reads seizures and harassment of a vessel named only by its flag", () => {
    const [seizure] = incidentsOf("On Tuesday the navy seized the Togo-flagged Gulf Pioneer off Jask while it was heading to Fujairah.");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", date: "2026-03-03" });
    const [diverted] = incidentsOf("IRGC boats boarded the Malta-flagged bulk carrier Delta Wave on Monday and forced it to sail into Iranian waters.");
    expect(diverted?.kind).toBe("vessel-seizure");
    const [circled] = incidentsOf("On Sunday, four fast boats of the IRGC Navy (IRGCN) approached the Greek-flagged tanker Nissos Aura, circling the ship and ordering it by radio to change course.");
    expect(circled).toMatchObject({ kind: "vessel-harassment", initiators: ["organisation:irgc-navy"] });
    expect(incidentsOf("Coast guard officers boarded the Malta-flagged ferry Sea Star on Monday for a routine inspection.")).toEqual([]);
  });
  it("reads a shoot-down in the passive, and of an aircraft that is no drone", () => {
    const [downed] = incidentsOf("On Monday a US Navy surveillance plane was shot down by Iranian air defences over the Gulf of Oman, killing all 9 crew.");
    expect(downed).toMatchObject({ kind: "other", initiators: ["state:iran"], targets: ["organisation:us-navy"], casualties: { killed: 9 } });
  });

  it("reads nominal drone strikes and present-tense launches of timelines", () => {
    expect(incidentsOf("On 2 March, a US drone strike near Sanaa killed two commanders.")[0]).toMatchObject({ kind: "strike", date: "2026-03-02" });
    expect(incidentsOf("4 March | Iran fires cruise missiles at a base in Iraq.")[0]?.kind).toBe("missile-launch");
    expect(incidentsOf("The drone strike capability of the Houthis was discussed on 2 March.")).toEqual([]);
  });
  it("reads an announced deployment in the passive as planned, and a mere possibility as nothing", () => {
    const [deployment] = incidentsOf("On Monday the Pentagon announced that 2,500 more troops would be sent to the Gulf region.");
    expect(deployment).toMatchObject({ kind: "deployment", mode: "planned", date: "2026-03-02" });
    expect(deployment?.assets[0]).toMatchObject({ category: "ground", count: 2500 });
    expect(incidentsOf("Analysts said more troops would be needed if the talks failed.")).toEqual([]);
  });
  it("places an incident at a named city or facility rather than a generic phrase, and a launch in its target state", () => {
    expect(incidentsOf("On 1 March Israeli jets struck Iranian military sites, including Isfahan.")[0]?.location.place).toBe("Isfahan");
    expect(incidentsOf("On 1 March Iran fired missiles at Al Udeid Air Base in Qatar.")[0]?.location.place).toBe("Al Udeid Air Base");
    expect(incidentsOf("On 1 March Iran fired ballistic missiles at Israeli cities.")[0]?.location.country).toBe("Israel");
    expect(incidentsOf("On 1 March the army test-fired cruise missiles in southern Iran.")[0]?.location.place).toBe("southern Iran");
  });
  it("reads two acts joined by 'and' with their own subjects as two incidents", () => {
    const kinds = incidentsOf("On 1 March Israeli jets struck radar sites near Shiraz and Iran launched missiles at Haifa.").map((i) => [i.kind, i.initiators]);
    expect(kinds).toEqual([["missile-launch", ["state:iran"]], ["strike", ["state:israel"]]]);
    expect(incidentsOf("On 1 March Israeli jets struck and damaged radar sites near Shiraz.")).toHaveLength(1);
  });
  it("does not read a tally over years as an incident", () => {
    expect(incidentsOf("Iran has seized dozens of tankers over the past five years.")).toEqual([]);
    expect(incidentsOf("The Houthis have fired hundreds of missiles at shipping since 2023.")).toEqual([]);
    expect(incidentsOf("On Monday Iran seized two tankers in the Gulf of Oman.")[0]?.kind).toBe("vessel-seizure");
  });
  it("does not read a numbered note citing a headline as an incident, and still reads the prose it annotates", () => {
    const text = 'On April 22 the IRGC test-fired ballistic missiles in the desert.4\nNotes\n4 "IRGC fires missiles at Gulf target," Tasnim News Agency, April 28, 2020.';
    expect(incidentsOf(text, "2020-07-31").map((i) => i.date)).toEqual(["2020-04-22"]);
  });
  it("reads boats that surrounded a tanker and escorted it to port as a seizure, and craft that approached warships as harassment", () => {
    const seized = incidentsOf("On 4 January, IRGCN boats surrounded the tanker Hankuk Chemi and escorted it to Bandar Abbas.", "2021-12-20");
    expect(seized.map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2021-01-04"]]);
    expect(incidentsOf("Iranian boats surrounded the tanker for an hour before leaving.", "2021-12-20")).toEqual([]);
    const approached = incidentsOf("On 10 May, 13 IRGCN fast attack craft approached a group of six US warships in the strait.", "2021-12-20");
    expect(approached.map((i) => [i.kind, i.date])).toEqual([["vessel-harassment", "2021-05-10"]]);
  });
  it("reads a timeline's present tense 'seize(s) the <name> in the Gulf of Oman' as a seizure of that ship, and not 'threatened to seize'", () => {
    const [seizure] = incidentsOf("2023\nApril 27 - Iran's navy seizes the Advantage Sweet in the Gulf of Oman.", "2025-09-29");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", date: "2023-04-27", targets: ["vessel:advantage-sweet"] });
    expect(incidentsOf("On 3 May Iran threatened to seize the Niovi in the Strait of Hormuz.", "2025-09-29")).toEqual([]);
  });

  it("dates a lede's present-perfect seizure to the publication day or the day before, and nothing later in the text so", () => {
    const text = "TEHRAN - The Iranian navy has impounded a foreign-flagged oil tanker in the Sea of Oman after a collision.\nThe navy has seized tankers before.";
    expect(incidentsOf(text, "2023-04-28").map((i) => i.date)).toEqual(["2023-04-27~/2023-04-28~"]);
  });

  it("gives an act in a clause placed days before another's day no day of its own, only the days before it, approximate", () => {
    // "days after", uncounted, reads as "Days later" does: one to nine days.
    const text = "On May 27, the Guards seized two Greek-flagged tankers in the Gulf, days after Greece had impounded an Iranian-crewed tanker.";
    expect(incidentsOf(text, "2022-06-20").map((i) => i.date ?? null)).toEqual(["2022-05-27", "2022-05-18~/2022-05-26~"]);
  });
  it("reads air campaigns begun, bombs dropped and a quoted 'missile attack' carried out as strikes and launches", () => {
    expect(incidentsOf("Israel began its air campaign against Iran on Friday 13 June, striking nuclear sites.", "2025-06-23").map((i) => [i.kind, i.date])).toEqual([["strike", "2025-06-13"]]);
    expect(incidentsOf("On Sunday, US B-2 bombers dropped 30,000lb GBU-57 bombs on the Fordow site.", "2025-06-23").map((i) => i.kind)).toEqual(["strike"]);
    expect(incidentsOf('On Monday the IRGC said it had carried out a "mighty" missile attack on Al Udeid air base.', "2025-06-23").map((i) => i.kind)).toEqual(["missile-launch"]);
  });

  it("reads boats closing to within a distance as harassment, and an interception that escorted the ship to port as a seizure", () => {
    expect(incidentsOf("On Thursday three fast boats approached the bulk carrier, closing to within 0.3 nm.", "2026-03-12").map((i) => i.kind)).toEqual(["vessel-harassment"]);
    const text = 'On Tuesday the IRGC Navy said its units had "intercepted a foreign vessel carrying smuggled fuel" and escorted it to Bandar Abbas.';
    expect(incidentsOf(text, "2026-03-12").map((i) => i.kind)).toEqual(["vessel-seizure"]);
  });

  it("does not date an act by the day of an earlier act a 'since' clause names", () => {
    const text = "GULF WEEKLY\nThe Guards have seized a small tanker near the Strait of Hormuz, the most serious action since the Talara was diverted into Iranian waters last November.";
    expect(incidentsOf(text, "2026-03-12").map((i) => i.date)).toEqual(["2026-03-11~/2026-03-12~"]);
  });
  it("dates an act by the 'two days earlier' after it rather than by the day another clause wrote", () => {
    const text = "A sixth round, scheduled in Muscat for June 15, 2025, was called off after Israel launched strikes on Iran two days earlier.";
    expect(incidentsOf(text, "2026-05-10").map((i) => [i.kind, i.date])).toEqual([["strike", "2025-06-13"]]);
  });
  it("reads 'has hit a series of targets' as a strike, and not a rally that 'has hit its targets'", () => {
    expect(incidentsOf("Israel has hit a series of targets in Tehran this morning.", "2025-06-23").map((i) => [i.kind, i.date])).toEqual([["strike", "2025-06-23"]]);
    expect(incidentsOf("The rally has hit its targets this morning.", "2025-06-23")).toEqual([]);
  });
  it("does not read a group suspending its attacks as an attack", () => {
    expect(incidentsOf("On Tuesday the militia said it was suspending attacks on US forces.", "2024-02-06")).toEqual([]);
  });
  it("reads 'Israel's strikes of 13 June' as a strike on that day, and not 'the attacks of September 11'", () => {
    expect(incidentsOf("Since Israel's strikes of 13 June, the programme has been opaque.", "2025-09-29").map((i) => [i.kind, i.date])).toEqual([["strike", "2025-06-13"]]);
    expect(incidentsOf("The attacks of September 11 changed everything.", "2025-09-29")).toEqual([]);
  });
  it("reads 'the St Nikolas, taken by the regular Iranian navy … in January 2024' as a seizure of that ship", () => {
    const [seizure] = incidentsOf("The exceptions have been the St Nikolas, taken by the regular Iranian navy in the Gulf of Oman in January 2024.", "2026-03-12");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", date: "2024-01" });
    expect(seizure?.targets).toContain("vessel:st-nikolas");
  });
  it("reads a destroyer moved into the strait, and a carrier 'ordered to the Middle East' in a reduced relative, as deployments; not talks moved to Rome", () => {
    expect(incidentsOf("On Wednesday the Fifth Fleet moved the destroyer USS Paul Ignatius into the Strait of Hormuz.", "2026-03-12").map((i) => i.kind)).toEqual(["deployment"]);
    expect(incidentsOf("The aircraft carrier USS Nimitz, ordered to the Middle East by the Pentagon last week, is due on Friday.", "2026-03-12").map((i) => i.kind)).toEqual(["deployment"]);
    expect(incidentsOf("Officials moved the talks to Rome on Monday.", "2026-03-12")).toEqual([]);
  });
  it("reads marines or commandos boarding a tanker as a seizure, unless they let it go; a pilot boarding a ship is nothing", () => {
    expect(incidentsOf("Royal Marines boarded the supertanker off Gibraltar on July 4.", "2019-07-20").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2019-07-04"]]);
    expect(incidentsOf("On Monday IRGC commandos boarded the tanker, inspected its papers and released it.", "2024-02-01").map((i) => i.kind)).toEqual(["vessel-harassment"]);
    expect(incidentsOf("The pilot boarded the ship in port on Monday.", "2024-02-01")).toEqual([]);
  });

  it("reads commandos landing by helicopter on a ship, and a force boarding a ship named where it lay, as seizures", () => {
    expect(incidentsOf("On 13 April 2024, IRGC commandos landed by helicopter on the container ship MSC Aries near the Strait of Hormuz.", "2025-04-09").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2024-04-13"]]);
    expect(incidentsOf("Two weeks earlier the Royal Marines boarded the Grace 1 off Gibraltar on July 4.", "2019-07-20").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2019-07-04"]]);
    expect(incidentsOf("The minister boarded the Airbus in Tehran on July 4.", "2019-07-20")).toEqual([]);
  });

  it("reads a second act with its own date after ', and on …' as another incident", () => {
    const text = "On 1 October 2024 Iran fired some 180 ballistic missiles at Israel, and on 26 October Israeli aircraft struck missile production sites across Iran.";
    expect(incidentsOf(text, "2025-04-09").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2024-10-01"], ["strike", "2024-10-26"]]);
  });

  it("reads 'responded … with a limited strike' as a strike, and sailors arriving or bombers stationed as deployments", () => {
    expect(incidentsOf("Israel responded on 19 April with a limited strike near Isfahan.", "2024-04-25").map((i) => [i.kind, i.date])).toEqual([["strike", "2024-04-19"]]);
    expect(incidentsOf("In August 2023, more than 3,000 US sailors and Marines arrived in the Red Sea aboard two warships.", "2025-04-09").map((i) => [i.kind, i.date])).toEqual([["deployment", "2023-08"]]);
    expect(incidentsOf("Since late March, at least six B-2 bombers have been parked at Diego Garcia.", "2025-04-09").map((i) => i.kind)).toEqual(["deployment"]);
    expect(incidentsOf("The delegates arrived in Muscat on Friday.", "2025-04-09")).toEqual([]);
  });

  it("reads a war 'started' on a state as a strike, dated by the anaphor after it", () => {
    const text = "The sixth round was set for June 15. It never happened because Israel started its war on Iran two days earlier.";
    expect(incidentsOf(text, "2025-10-04").map((i) => [i.kind, i.date])).toEqual([["strike", "2025-06-13"]]);
  });

  it("dates 'seized … on July 19 that year' in the year last written", () => {
    const text = "On September 27, 2019, Iran released the tanker Stena Impero, which the IRGC had seized in the Strait of Hormuz on July 19 that year.";
    expect(incidentsOf(text, "2025-10-04").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2019-07-19"]]);
  });

  it("reads an opening 'After …,' clause as another act than the main clause's, each with its own date", () => {
    const text = "After the assassination of Qassem Soleimani near Baghdad airport on Dey 13, 1398, the IRGC targeted the Ain al-Asad base in Iraq with more than a dozen ballistic missiles on Dey 18, 1398 (January 8, 2020).";
    expect(incidentsOf(text, "2023-06-07").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2020-01-08"], ["other", "2020-01-03"]]);
  });

  it("reads a bulletin's 'reported an approach by three small craft' as harassment, and a tanker 'boarded by armed men … and taken to Iran' as a seizure", () => {
    const approach = "At 2150 UTC on Tuesday 03 February, a Panama-flagged bulk carrier south of Larak Island reported an approach by three small craft.";
    expect(incidentsOf(approach, "2026-02-05").map((i) => [i.kind, i.date])).toEqual([["vessel-harassment", "2026-02-03"]]);
    const boarded = "Three months earlier, on 11 January 2024, the tanker ST NIKOLAS was boarded by armed men off Sohar, Oman, and taken to Iran.";
    expect(incidentsOf(boarded, "2026-02-05").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2024-01-11"]]);
  });

  it("reads tankers 'hit by explosions' and 'the sabotage of four vessels' as incidents of kind other", () => {
    const text = "Two tankers were hit by explosions in the Gulf of Oman on June 13. Washington blamed Iran for the sabotage of four vessels off Fujairah on May 12.";
    expect(incidentsOf(text, "2019-06-20").map((i) => [i.kind, i.date])).toEqual([["other", "2019-06-13"], ["other", "2019-05-12"]]);
  });

  it("reads no strike in a description of an act ('This was an unprovoked attack') nor in a missile striking an aircraft", () => {
    expect(incidentsOf('"This was an unprovoked attack on a U.S. surveillance asset in international airspace."', "2019-06-20")).toEqual([]);
    expect(incidentsOf("A surface-to-air missile struck the aircraft at 11:35 p.m. GMT on Wednesday.", "2019-06-20")).toEqual([]);
  });

  it("reads an assassination by a state as a strike, one whose author is not given as other", () => {
    expect(incidentsOf("After the assassination of General Qassem Soleimani by the United States near Baghdad airport on 3 January 2020, tensions rose.", "2023-06-07").map((i) => i.kind)).toEqual(["strike"]);
    expect(incidentsOf("The scientist was assassinated near Tehran on 27 November 2020.", "2023-06-07").map((i) => i.kind)).toEqual(["other"]);
  });

  it("reads boats that 'tried to order' a named tanker to stop as harassment", () => {
    const text = "On 3 February IRGC Navy fast boats tried to order the US-flagged tanker Stena Imperative to stop in the Strait of Hormuz.";
    expect(incidentsOf(text, "2026-03-09").map((i) => [i.kind, i.date])).toEqual([["vessel-harassment", "2026-02-03"]]);
  });

  it("reads barrels seized from a ship as a cargo seizure (other), a carrier 'approached by' craft as harassment, and an operation 'launched in December' as a deployment", () => {
    expect(incidentsOf("US authorities seized around 800,000 barrels of Iranian crude from the ship last April.", "2024-01-12").map((i) => [i.kind, i.date])).toEqual([["other", "2023-04"]]);
    expect(incidentsOf("Iran seized the Marshall Islands-flagged crude tanker Advantage Sweet on 27 April 2023.", "2024-01-12").map((i) => i.kind)).toEqual(["vessel-seizure"]);
    expect(incidentsOf("On 4 January a bulk carrier had been approached by three small craft off Jask.", "2024-01-12").map((i) => i.kind)).toEqual(["vessel-harassment"]);
    expect(incidentsOf("The US-led Operation Prosperity Guardian, launched in December, has warships escorting traffic.", "2024-01-12").map((i) => [i.kind, i.date])).toEqual([["deployment", "2023-12"]]);
  });

  it("reads a timeline's 'Four tankers are damaged by blasts off Example Port' as kind other: blasts name no author", () => {
    expect(incidentsOf("May 12 - Four tankers are damaged by blasts off the port of Example.", "2031-07-22").map((i) => [i.kind, i.date])).toEqual([["other", "2031-05-12"]]);
  });

  it("reads a subject corrected in an aside ('the regular navy, not the Guards') as no negation of the act", () => {
    expect(incidentsOf("The Ruritanian Navy - the regular navy, not the Guards - seized the tanker Example Star in the Gulf of Oman on May 2.", "2031-05-04").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-05-02"]]);
    expect(incidentsOf("On May 2, the regular navy, not the Guards, seized the tanker Example Star.", "2031-05-04").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-05-02"]]);
    expect(incidentsOf("The navy did not seize the tanker Example Star on May 2.", "2031-05-04")).toEqual([]);
  });

  it("reads 'the mining of the MV Example Ray … on 25 February' as kind other, and boats that 'approached the VLCC Example Star at close range' as harassment", () => {
    expect(incidentsOf("Premiums spiked after the mining of the MV Example Ray in the Gulf of Oman on 25 February.", "2031-04-14").map((i) => [i.kind, i.date])).toEqual([["other", "2031-02-25"]]);
    expect(incidentsOf("On Thursday, IRGC fast boats approached the Greek-managed VLCC Example Star at close range in the inbound lane, before breaking off after about 20 minutes.", "2031-02-10").map((i) => [i.kind, i.date])).toEqual([["vessel-harassment", "2031-02-06"]]);
  });

  it("reads 'the attack of September 14 on the oil facilities' as that day's act, and 'the limpet mine attacks of June 13' as kind other", () => {
    expect(incidentsOf("Riyadh blamed Tehran for the attack of September 14 on the Example oil facilities.", "2031-01-04").map((i) => [i.kind, i.date])).toEqual([["strike", "2030-09-14"]]);
    expect(incidentsOf("Shipowners recalled the limpet mine attacks of June 13 in the Gulf of Oman on two tankers.", "2031-07-22").map((i) => [i.kind, i.date])).toEqual([["other", "2031-06-13"]]);
    expect(incidentsOf("Shipowners recalled the sabotage attacks of May 12 off the port of Example, which damaged four ships.", "2031-07-22").map((i) => [i.kind, i.date])).toEqual([["other", "2031-05-12"]]);
  });

  it("reads ships 'damaged in sabotage attacks' as kind other, and no incident in 'a string of attacks on tankers'", () => {
    expect(incidentsOf("Four ships were damaged in mysterious sabotage attacks off Fujairah in May.", "2019-06-20").map((i) => [i.kind, i.date])).toEqual([["other", "2019-05"]]);
    expect(incidentsOf("Tensions rose on Thursday after a string of attacks on tankers in the Gulf.", "2019-06-20")).toEqual([]);
  });

  it("reads a force 'that were rushed to the region in May' as a deployment of its own beside the clause's", () => {
    const text = "The Pentagon announced on Monday it was sending about 1,000 troops to the Middle East, on top of a carrier strike group and a bomber task force that were rushed to the region in May.";
    expect(incidentsOf(text, "2019-06-20").map((i) => [i.kind, i.date])).toEqual([["deployment", "2019-06-17"], ["deployment", "2019-05"]]);
  });

  it("reads 'and then Iran fired missiles' as another act than the strike before it", () => {
    const text = "The US killed him with a drone strike at Baghdad airport in January 2020, and then Iran fired ballistic missiles at Al Asad a few days later.";
    expect(incidentsOf(text, "2023-01-01").map((i) => i.kind).sort()).toEqual(["missile-launch", "strike"]);
  });

  it("reads '…, and the same day boats tried to order a tanker to stop' as an incident of its own after a shoot-down", () => {
    const text = "On 3 February, a US Navy F-35C shot down an Iranian drone approaching the carrier, and the same day IRGC Navy fast boats tried to order the US-flagged tanker Stena Imperative to stop.";
    expect(incidentsOf(text, "2026-03-09").map((i) => [i.kind, i.date])).toEqual([["drone-shootdown", "2026-02-03"], ["vessel-harassment", "2026-02-03"]]);
  });

  it("reads set 20's wordings of old acts: a helicopter landing on a ship's deck, an operation stood up, a strike that killed, a campaign 'it launched', close approaches, a power failure or explosions that cripple, a drone destroyed, forces arriving", () => {
    const cases: [string, string][] = [
      ["On November 19, Houthi fighters descended by helicopter onto the deck of the Galaxy Leader, a Bahamas-flagged car carrier.", "vessel-seizure"],
      ["In December, the Department of Defense stood up Operation Prosperity Guardian, a multinational maritime security initiative.", "deployment"],
      ["Last week, a U.S. strike in Baghdad killed a Kata'ib Hizballah commander.", "strike"],
      ["Washington will halt the air campaign it launched on March 15.", "strike"],
      ["On 15 April 2020, eleven IRGC Navy fast boats make repeated close approaches to six US Navy vessels.", "vessel-harassment"],
      ["On 11 April 2021, a power failure caused by sabotage hits the Natanz enrichment facility.", "other"],
      ["On 13 June 2019, explosions cripple the tankers Front Altair and Kokuka Courageous.", "other"],
      ["On 18 July 2019, USS Boxer destroys an Iranian drone near the Strait of Hormuz.", "drone-shootdown"],
      ["In August 2023, more than 3,000 US sailors and Marines aboard USS Bataan arrive in the Red Sea.", "deployment"],
      ["On 28 January 2024, a drone attack by Iran-backed militants on Tower 22 in Jordan kills three US soldiers.", "strike"],
      ["On Tuesday the navy staged a missile drill, test-firing Qader anti-ship cruise missiles.", "missile-test"],
    ];
    for (const [text, kind] of cases) expect(incidentsOf(text, "2024-02-14").map((i) => i.kind), text).toEqual([kind]);
    expect(incidentsOf("Militias have conducted more than 160 attacks on U.S. personnel since mid-October.", "2024-02-14")).toEqual([]);
  });

  it("reads the rows of a table of events, written telegraphically in the present tense", () => {
    const text = [
      "Incident log, first quarter of 2026:",
      "Date | Location | Event",
      "03 Feb | Strait of Hormuz | Six IRGCN fast attack craft order US-flagged tanker Stena Imperative to stop engines; master continues transit",
      "w/c 2 Mar | Diego Garcia | Four B-52H bombers arrive, the first bomber presence on the island this year",
      "Thu 12 Mar | Fujairah outer anchorage | Explosion on the waterline of a Liberia-flagged VLCC; no casualties",
      "15 Mar | Off Qeshm Island | IRGCN detains Togo-flagged product tanker Andaman Breeze, alleging smuggled diesel",
    ].join("\n\n");
    expect(incidentsOf(text, "2026-03-20").map((i) => [i.kind, i.date])).toEqual([
      ["vessel-harassment", "2026-02-03"],
      ["deployment", "2026-03-02"],
      ["other", "2026-03-12"],
      ["vessel-seizure", "2026-03-15"],
    ]);
  });

  it("reads a navy that 'prevented' vessels 'from seizing' tankers as harassment, guards who swarmed a ship and 'forced it into Iranian waters' as a seizure, and 'There was an explosion at …' as other", () => {
    expect(incidentsOf("Last month, the US Navy said it had prevented Iranian naval vessels from seizing two commercial tankers.", "2023-08-17").map((i) => i.kind)).toEqual(["vessel-harassment"]);
    expect(incidentsOf("On May 3, the Revolutionary Guards swarmed the Panama-flagged Niovi and forced it into Iranian waters.", "2023-08-17").map((i) => i.kind)).toEqual(["vessel-seizure"]);
    expect(incidentsOf("There was an explosion at a fuel depot near Bandar Abbas on Sunday.", "2025-10-02").map((i) => [i.kind, i.date])).toEqual([["other", "2025-09-28"]]);
    // "the guided missile destroyer" names a ship, not a launch.
    expect(incidentsOf("Under Operation Sankalp, launched on June 20, the Navy has deployed the guided missile destroyer INS Chennai.", "2019-07-20").map((i) => i.kind)).toEqual(["deployment"]);
  });

  it("takes no place from a capital a message is sent to: 'a clear message to Washington'", () => {
    const [shot] = incidentsOf('Iran\'s Revolutionary Guards shot down a U.S. drone near the Strait of Hormuz on Thursday, in what Tehran called a "clear message" to Washington.', "2019-06-20");
    expect(shot?.location).toEqual({ waterBody: "Strait of Hormuz" });
  });

  it("reads the agent of a passive shoot-down after the place ('shot down over Yemen by …') and past a source's attribution", () => {
    const [shot] = incidentsOf("On 6 June, an American MQ-9 Reaper drone was shot down over Yemen by what the US military said was a missile fired by Iranian forces.", "2019-06-20");
    expect([shot?.initiators, shot?.targets]).toEqual([["state:iran"], ["state:united-states"]]);
  });

  it("reads a form's report field by the ship its vessel field names, a fragment's 'Seized by …' as the agent, and a diversion into Iranian waters as a seizure", () => {
    const form = (event: string) => `Date:      19 July 2019\nVessel:    STENA IMPERO (United Kingdom)\nPosition:  Strait of Hormuz\nEvent:     ${event}`;
    expect(incidentsOf(form("Boarded by IRGC Navy personnel from a helicopter and seized; taken to Bandar Abbas."), "2025-12-01").map((i) => [i.kind, i.date, i.initiators])).toEqual([["vessel-seizure", "2019-07-19", ["organisation:irgc-navy"]]]);
    expect(incidentsOf(form("Diverted into Iranian territorial waters by IRGC Navy small craft; vessel and crew released."), "2025-12-01").map((i) => i.kind)).toEqual(["vessel-seizure"]);
    expect(incidentsOf(form("Attempted seizures by IRIN vessels; shots fired."), "2025-12-01").map((i) => i.kind)).toEqual(["vessel-harassment"]);
    expect(incidentsOf(form("Explosions on both tankers; crews evacuated."), "2025-12-01").map((i) => i.kind)).toEqual(["other"]);
    // Without the form the same words name no ship: no seizure.
    expect(incidentsOf("Boarded by personnel from a helicopter and seized on 19 July 2019.", "2025-12-01")).toEqual([]);
  });

  it("reads a timeline's present tense: 'launches an air campaign against', 'moves … bombers to', 'an explosion rips through', 'a missile slammed into'", () => {
    expect(incidentsOf("JUNE 13 - Israel launches a surprise air campaign against Iran's nuclear sites.", "2025-09-30").map((i) => [i.kind, i.date])).toEqual([["strike", "2025-06-13"]]);
    expect(incidentsOf("MARCH 30 - The Pentagon moves at least six B-2 stealth bombers to Diego Garcia.", "2025-09-30").map((i) => i.kind)).toEqual(["deployment"]);
    expect(incidentsOf("APRIL 26 - A massive explosion rips through the Shahid Rajaee port near Bandar Abbas.", "2025-09-30").map((i) => i.kind)).toEqual(["other"]);
    expect(incidentsOf("On Thursday morning, an Iranian missile slammed into a hospital in Beersheba.", "2025-06-20").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2025-06-19"]]);
  });

  it("takes an act's own day over the day a plan in the same sentence was set for", () => {
    const text = "A sixth round, set for June 15 in Muscat, is called off after Israel launches an air campaign against Iran on June 13.";
    expect(incidentsOf(text, "2025-09-30").map((i) => [i.kind, i.date])).toEqual([["strike", "2025-06-13"]]);
  });

  it("reports no act named only as what it could cause, promised on a condition, or demanded to stop", () => {
    expect(incidentsOf("On Friday Grossi told the Council that an attack on the Bushehr plant could cause a radioactive release.", "2025-06-20")).toEqual([]);
    expect(incidentsOf('Trump warns there will be "bombing" if Tehran does not agree to a deal.', "2025-03-20")).toEqual([]);
    expect(incidentsOf("In January we made plain that the attacks on our forces had to stop.", "2024-03-20")).toEqual([]);
    expect(incidentsOf("Members whose vessels are detained should notify the Managers immediately.", "2024-03-20")).toEqual([]);
  });

  it("reads the facts a modal's 'forget … that' presupposes: 'Nobody should forget that the IRGC seized …, or that the US struck …'", () => {
    const text = "Nobody should forget, either, that the IRGC seized the tanker Talara in the Strait last November, or that the US struck Fordow, Natanz and Isfahan last June.";
    expect(incidentsOf(text, "2026-03-08").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2025-11"], ["strike", "2025-06"]]);
  });

  it("reads a coast guard that 'interdicted a vessel' as a seizure", () => {
    expect(incidentsOf("On Jan. 28, the U.S. Coast Guard Cutter Clarence Sutphin Jr. interdicted a vessel in the Arabian Sea.", "2024-02-15").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2024-01-28"]]);
  });

  it("gives an act no day from the plan it made someone call off: 'the sixth, set for June 15, was called off once Israel struck Iran'", () => {
    expect(incidentsOf("SADEGHPOUR: Right, and the sixth, set for June 15 in Muscat, was called off once Israel struck Iran.", "2025-11-20").map((i) => i.date)).toEqual([undefined]);
  });

  it("reads ships damaged in blasts, or in what officials called sabotage, as incidents with no author (other)", () => {
    expect(incidentsOf("A tanker was damaged in two blasts in the Gulf of Oman on Thursday.", "2019-06-14").map((i) => [i.kind, i.date])).toEqual([["other", "2019-06-13"]]);
    expect(incidentsOf("On May 12, four vessels were damaged off the port of Fujairah in what Emirati authorities described as a sabotage operation.", "2019-06-14").map((i) => i.kind)).toEqual(["other"]);
    expect(incidentsOf("Traders are watching the fallout from last Saturday's explosion at the port near Bandar Abbas.", "2025-05-01").map((i) => [i.kind, i.date])).toEqual([["other", "2025-04-26"]]);
  });

  it("reads 'carried out a limited strike' with no target after it as a strike", () => {
    expect(incidentsOf("On 19 April 2024 US officials told reporters that Israel had carried out a limited strike.", "2024-04-25").map((i) => [i.kind, i.date, i.initiators])).toEqual([["strike", "2024-04-19", ["state:israel"]]]);
    expect(incidentsOf("The ministry carried out a review of port security.", "2024-04-25")).toEqual([]);
  });

  it("reads 'the detention last month by Greek authorities of the tanker X' as a seizure", () => {
    expect(incidentsOf("The seizures follow the detention last month by Greek authorities of the Russian-flagged tanker Corvina off Evia.", "2022-05-28").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2022-04"]]);
  });

  it("takes the subject of an object relative clause as the initiator, and no state from a time zone", () => {
    const text = "The strikes bring the United States directly into the war that Israel opened nine days ago with strikes on Iran's nuclear and military sites.";
    expect(incidentsOf(text, "2025-06-22").map((i) => [i.date, i.initiators])).toEqual([["2025-06-13", ["state:israel"]]]);
    const early = "Two days later, in the early hours of June 22 Iranian time, US B-2 bombers struck the enrichment plants at Fordow and Natanz.";
    expect(incidentsOf(early, "2025-09-30").map((i) => i.initiators)).toEqual([["state:united-states"]]);
  });

  it("ends a clause at ', and then on <day>', and reads 'under bombardment' as no act", () => {
    const text = "The sixth was called off when Israel began its strikes, and then on 22 June the United States bombed Fordow, Natanz and Isfahan.";
    expect(incidentsOf(text, "2025-09-30").map((i) => [i.date, i.initiators])).toEqual([["2025-06-22", ["state:united-states"]]]);
    expect(incidentsOf('On 15 June Tehran said that negotiating "under bombardment" was meaningless.', "2025-06-20")).toEqual([]);
  });

  it("counts no asset from the day before a month name ('On 22 June US B-2 bombers struck')", () => {
    const [strike] = incidentsOf("On 22 June US B-2 bombers struck the enrichment sites at Fordow and Natanz.", "2025-09-30");
    expect(strike?.assets.find((a) => a.name === "B-2 bombers")?.count).toBeUndefined();
    const [raid] = incidentsOf("On 22 June, seven US B-2 bombers struck Fordow.", "2025-09-30");
    expect(raid?.assets.find((a) => a.name === "B-2 bombers")?.count).toBe(7);
  });

  it("reads a participle's act with its main clause's subject and day ('The US joined the campaign on June 22, striking …')", () => {
    const text = "The US joined the campaign on June 22, striking the Fordow, Natanz and Isfahan nuclear facilities, before a ceasefire took hold on June 24.";
    expect(incidentsOf(text, "2026-02-04").map((i) => [i.kind, i.date, i.initiators])).toEqual([["strike", "2025-06-22", ["state:united-states"]]]);
    expect(incidentsOf("The film was striking in its honesty.", "2026-02-04")).toEqual([]);
  });

  it("reads ships taken at sea in an aside or the passive, with no one named, as targets of a seizure", () => {
    const text = "This is the latest in a string of seizures over the past year, including the Liberian-flagged tanker Coral Meridian, taken in the Gulf of Oman on April 27, 2023, and the Silver Warden, seized in the Gulf of Oman in January.";
    expect(incidentsOf(text, "2024-04-19").map((i) => [i.kind, i.date, i.initiators, i.targets])).toEqual([
      ["vessel-seizure", "2023-04-27", [], ["state:liberia", "vessel:coral-meridian"]],
      ["vessel-seizure", "2024-01", [], ["vessel:silver-warden"]],
    ]);
    expect(incidentsOf("The Marble Crest was taken on 19 July 2019.", "2025-11-18").map((i) => i.targets)).toEqual([["vessel:marble-crest"]]);
    expect(incidentsOf("The Council was taken on 19 July 2019 by surprise.", "2025-11-18")).toEqual([]);
  });

  it("reads the agent of 'the detention of the supertanker X by British Royal Marines' as its initiator", () => {
    const [seizure] = incidentsOf("Analysts linked it to the detention of the Iranian supertanker Coral Meridian by British Royal Marines off Gibraltar earlier this month.", "2019-07-20");
    expect(seizure?.initiators).toEqual(["organisation:royal-marines"]);
    expect(seizure?.targets).toContain("vessel:coral-meridian");
  });

  it("reads a boarding by a Guard Corps navy that diverted 'her', a carrier group 'operating in' a sea and a carrier 'ordered west' as what they are", () => {
    expect(incidentsOf("On Friday, units of the Islamic Revolutionary Guard Corps navy boarded the tanker Marble Crest as she transited the strait and diverted her into Iranian territorial waters.", "2025-11-18").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2025-11-14"]]);
    expect(incidentsOf("The USS Carl Vinson carrier strike group has been operating in the Arabian Sea since April.", "2025-06-27").map((i) => [i.kind, i.date])).toEqual([["deployment", "2025-04/2025-06-27"]]);
    expect(incidentsOf("The Pentagon ordered the USS Nimitz west from the South China Sea last week.", "2025-06-27").map((i) => [i.kind, i.date])).toEqual([["deployment", "2025-06-16/2025-06-22"]]);
  });

  it("reads an offensive 'launched on June 13', an air campaign that 'began on' a day, missile salvoes and rockets that landed", () => {
    expect(incidentsOf("On June 20, a week after the Israeli offensive launched on June 13, the ministers met.", "2025-10-01").map((i) => [i.kind, i.date, i.initiators])).toEqual([["strike", "2025-06-13", ["state:israel"]]]);
    expect(incidentsOf("The Israeli air campaign against Iranian nuclear and military targets began on 13 June 2025.", "2025-10-01").map((i) => [i.kind, i.initiators])).toEqual([["strike", ["state:israel"]]]);
    expect(incidentsOf("Iran responded with ballistic missile salvoes against Israeli cities on 13 June.", "2025-10-01").map((i) => [i.kind, i.initiators])).toEqual([["missile-launch", ["state:iran"]]]);
    expect(incidentsOf("Late on Wednesday, two Katyusha rockets landed inside Baghdad's Green Zone.", "2020-01-11").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2020-01-08"]]);
  });

  it("reads 'killed in a US strike' as the US's strike, and a tanker 'boarded in the Gulf of Oman' as seized", () => {
    expect(incidentsOf("Their commander was killed in a US strike in Baghdad on January 4.", "2024-02-08").map((i) => [i.kind, i.date, i.initiators])).toEqual([["strike", "2024-01-04", ["state:united-states"]]]);
    expect(incidentsOf("The tanker Silver Warden was boarded in the Gulf of Oman on 11 January.", "2024-04-15").map((i) => [i.kind, i.targets])).toEqual([["vessel-seizure", ["vessel:silver-warden"]]]);
  });

  it("reads 'began striking', a drone that 'killed' someone (not the airport's state), a fire after an explosion and a ship 'damaged while navigating'", () => {
    expect(incidentsOf("Israel began striking Iranian nuclear and military sites on June 13.", "2025-09-30").map((i) => [i.kind, i.date, i.initiators])).toEqual([["strike", "2025-06-13", ["state:israel"]]]);
    expect(incidentsOf("Last Friday, at Baghdad International Airport, a U.S. MQ-9 Reaper killed Qassem Soleimani.", "2020-01-08").map((i) => [i.kind, i.date, i.initiators])).toEqual([["strike", "2020-01-03", ["state:united-states"]]]);
    expect(incidentsOf("On 13 June 2019 the tanker Front Altair caught fire following an explosion.", "2019-06-14").map((i) => i.kind)).toEqual(["other"]);
    expect(incidentsOf("Yesterday the chemical tanker Kokuka Courageous was damaged while navigating in the Gulf of Oman.", "2019-06-14").map((i) => [i.kind, i.date])).toEqual([["other", "2019-06-13"]]);
  });

  it("reads 'a Houthi cruise missile hit the arrivals hall' as a missile launch", () => {
    expect(incidentsOf("A Houthi cruise missile hit the arrivals hall at Abha airport on June 12, wounding 26 civilians.", "2019-06-22").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2019-06-12"]]);
  });

  it("reads a carrier group 'rushed' to the region, and a strike group that 'arrived in the region'", () => {
    expect(incidentsOf("The administration responded in May by rushing the USS Abraham Lincoln carrier strike group to the region.", "2019-06-21").map((i) => [i.kind, i.date])).toEqual([["deployment", "2019-05"]]);
    expect(incidentsOf("The Lincoln's strike group arrived in the region late last month.", "2026-02-09").map((i) => i.kind)).toEqual(["deployment"]);
  });

  it("counts a harassed or seized ship's flag state among the targets, so reports of different ships stay apart", () => {
    const [harassment] = incidentsOf("IRGC boats harassed the bulk carrier Sea Lark (Panama) in the Strait of Hormuz on 3 February.", "2026-02-06");
    expect(harassment?.targets).toEqual(["vessel:sea-lark", "state:panama"]);
  });

  it("dates 'retaliated in late May with strikes' by its verb, and reads an ordered strike 'that killed' someone as done", () => {
    expect(incidentsOf("Ruritania retaliated in late May with strikes that damaged Iranian radar sites.", "2031-09-01").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-05-21~/2031-05-31~"]]);
    expect(incidentsOf("In March 2030 he ordered the drone strike in Basra that killed a militia commander.", "2031-09-01").map((i) => [i.kind, i.date])).toEqual([["strike", "2030-03"]]);
  });

  it("reads a drone 'launched by' a militia that 'killed' soldiers, strikes a carrier's air wing 'has been striking', and an explosion that 'cut the power'", () => {
    expect(incidentsOf("On May 2, a drone launched by the Example Front, a coalition of militias, killed two U.S. soldiers at an outpost in Jordan.", "2031-06-01").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-05-02"]]);
    expect(incidentsOf("Its air wing has been striking Houthi targets in Yemen since May 3.", "2031-06-01").map((i) => i.kind)).toEqual(["strike"]);
    expect(incidentsOf("On May 9, an explosion cut the power supply at an enrichment plant in Natanz.", "2031-06-01").map((i) => [i.kind, i.date])).toEqual([["other", "2031-05-09"]]);
  });

  it("reads one state's bombers and missiles on one day as one strike, and 'launched an attack …, firing missiles' as the launch", () => {
    const strike = incidentsOf("On May 4, US bombers struck two sites while a US submarine fired cruise missiles at a third.", "2031-06-01");
    expect(strike.map((i) => [i.kind, i.date])).toEqual([["strike", "2031-05-04"]]);
    const launch = incidentsOf("In May 2031, Iran launched a direct attack on Israel, firing more than 100 drones and missiles.", "2031-06-01");
    expect(launch.map((i) => [i.kind, i.date, i.targets])).toEqual([["missile-launch", "2031-05", ["state:israel"]]]);
  });

  it("reads a carrier group 'which the Pentagon ordered to' a region, 'the detention earlier that month of' a tanker, and no act in 'while the bombing continued'", () => {
    expect(incidentsOf("The carrier strike group, which the Pentagon ordered to the region on May 6, is due to arrive next week.", "2031-05-20").map((i) => [i.kind, i.date])).toEqual([["deployment", "2031-05-06"]]);
    expect(incidentsOf("The boarding came after the detention earlier that month of the tanker Sea Wren off Malta by British forces, in May 2031.", "2031-08-01").map((i) => i.kind)).toEqual(["vessel-seizure"]);
    expect(incidentsOf("The minister said there would be no talks while the bombing continued.", "2031-06-20")).toEqual([]);
  });

  it("reads 'a missile salvo at' a base as a launch, and a frigate that 'opened fire on' a tanker as harassment, not the destroyer that arrived after", () => {
    const salvo = incidentsOf("On 22 June, jets struck a depot. Iran's retaliation the next day - a missile salvo at the Example air base - caused no casualties.", "2031-07-01");
    expect(salvo.map((i) => [i.kind, i.date])).toEqual([["strike", "2031-06-22"], ["missile-launch", "2031-06-23"]]);
    const text = "On July 5, 2031, a patrol vessel opened fire on the Malta-flagged tanker Sea Wren, withdrawing only when the destroyer USS Example arrived.";
    expect(incidentsOf(text, "2031-08-01").map((i) => [i.kind, i.date])).toEqual([["vessel-harassment", "2031-07-05"]]);
  });

  it("takes no seizure from 'an attempt to have it seized again'", () => {
    expect(incidentsOf("The tanker sailed on Sunday despite a last-minute attempt by the court to have it seized again.", "2031-08-22")).toEqual([]);
  });
});

describe("session 13: acts only ordered, called off or used as a time, and acts told beside another", () => {
  it("reads no strike in 'approved, and then abruptly called off, military strikes'", () => {
    expect(incidentsOf("The president said Friday that he approved, and then abruptly called off, military strikes against three sites.", "2031-06-21")).toEqual([]);
  });

  it("reads no seizure in 'a court had ordered the seizure of the tanker'", () => {
    expect(incidentsOf("State media reported Wednesday that a court had ordered the seizure of the Sea Wren after a collision.", "2031-07-06").filter((i) => i.kind === "vessel-seizure")).toEqual([]);
  });

  it("reads the act 'in what it described as retaliation for' as its own incident, placed where it happened", () => {
    const incidents = incidentsOf("Late on Saturday, the militia launched dozens of rockets at the port in what it described as retaliation for a strike on its depot in Example City on April 1.", "2031-04-16");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([
      ["missile-launch", "2031-04-12"],
      ["strike", "2031-04-01"],
    ]);
    expect(incidents[0]!.location.place).toBe("the port");
  });

  it("reads no strike in 'Hours after the strikes, …' but keeps one the phrase dates or says what it did", () => {
    const after = incidentsOf("Jets struck three depots early on Sunday. Hours after the strikes, the militia fired rockets at the base.", "2031-06-22");
    expect(after.map((i) => [i.kind, i.date, i.initiators])).toEqual([
      ["strike", "2031-06-22", []],
      ["missile-launch", "2031-06-22", []],
    ]);
    const killed = incidentsOf("Protests spread on January 8, five days after a drone strike killed the commander near the airport.", "2031-01-08");
    expect(killed.map((i) => [i.kind, i.date])).toEqual([["strike", "2031-01-03"]]);
  });

  it("reads two strikes in '… on June 13 and Example B-2 bombers struck the plant on June 22'", () => {
    const incidents = incidentsOf("Inspections stopped in July, weeks after Israel launched an air war against the country on June 13 and US B-2 bombers struck the plant on June 22.", "2031-09-28");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([
      ["strike", "2031-06-13"],
      ["strike", "2031-06-22"],
    ]);
  });

  it("reads 'its second attack this year after a first barrage … in April' as an April launch too", () => {
    const incidents = incidentsOf("The militia fired some 180 rockets at the port on October 1, its second attack this year after a first barrage of drones and rockets in April.", "2031-10-14");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([
      ["missile-launch", "2031-10-01"],
      ["missile-launch", "2031-04"],
    ]);
  });

  it("reads bombers dropping bunker busters, with a submarine's missiles after, as one strike; not a rocket attack told before a strike", () => {
    const one = incidentsOf("Later that month, US B-2 bombers dropped fourteen bunker busters on two plants, and a submarine fired cruise missiles at a third.", "2031-07-10");
    expect(one.map((i) => [i.kind, i.initiators])).toEqual([["strike", ["state:united-states"]]]);
    const two = incidentsOf("In May 2031 a rocket attack on the airfield killed a contractor, and US jets struck five depots later that month.", "2031-09-10");
    expect(two.map((i) => i.kind).sort()).toEqual(["missile-launch", "strike"]);
  });

  it("does not count the source of a report ('…, the US Navy said, …') among the targets", () => {
    const [attempt] = incidentsOf("Patrol boats tried to seize two tankers off the coast early on Wednesday, the US Navy said, firing at one of them.", "2031-07-06");
    expect(attempt).toMatchObject({ kind: "vessel-harassment", date: "2031-07-02", targets: [] });
  });

  it("dates a shoot-down by the day its relative clause gives when that day is the day of the report", () => {
    const [today] = incidentsOf("Guards shot down a drone which had violated the country's airspace near Example early on Thursday.", "2031-06-19");
    expect(today).toMatchObject({ kind: "drone-shootdown", date: "2031-06-19" });
    // A day before the report says only when the drone crossed, not when it fell.
    const [earlier] = incidentsOf("Guards shot down a drone which had violated the country's airspace near Example early on Monday.", "2031-06-19");
    expect(earlier?.date).toBeUndefined();
  });

  it("reads sabotage attacks on ships as an incident whose author is not given, not a strike", () => {
    const [attacks] = incidentsOf("Washington blamed Ruritania for the sabotage attacks on four ships off the port of Example in May, a charge it denied.", "2031-06-20");
    expect(attacks).toMatchObject({ kind: "other", date: "2031-05" });
  });

  it("reads 'announced … would send troops, after Washington dispatched a carrier … last month' as two deployments", () => {
    const incidents = incidentsOf("On Monday, the defence secretary announced that the US would send an extra 2,000 troops to the region, after Washington dispatched a carrier strike group to the Gulf last month.", "2031-06-20");
    expect(incidents.map((i) => [i.kind, i.date, i.mode])).toEqual([
      ["deployment", "2031-06-16", "planned"],
      ["deployment", "2031-05", "asserted"],
    ]);
  });

  it("reads boats that 'surrounded the Panama-flagged Sea Wren, a … tanker that had just left drydock …, as it transited the strait and forced it into Iranian waters' as a seizure, on the day 'Six days later,' gives", () => {
    const text =
      "The first tanker was taken on 27 April. Six days later, it was the turn of the Guards. Naval units surrounded the Panama-flagged Sea Wren, a Greek-managed products tanker that had just left drydock in Dubai, as it transited the Strait of Hormuz and forced it into Iranian waters.";
    expect(incidentsOf(text, "2031-05-12").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-04-27"], ["vessel-seizure", "2031-05-03"]]);
  });

  it("reads 'the tanker Sea Wren, which Royal Marines helped detain off Gibraltar on July 4' as a seizure, and a missile that 'destroyed the unmanned aircraft early on June 20' as a shoot-down", () => {
    expect(incidentsOf("The dispute is over the tanker Sea Wren, which Royal Marines helped detain off Gibraltar on July 4.", "2031-07-19").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-07-04"]]);
    expect(incidentsOf("The Guards said a surface-to-air missile destroyed the unmanned aircraft early on June 20.", "2031-07-19").map((i) => [i.kind, i.date])).toEqual([["drone-shootdown", "2031-06-20"]]);
  });

  it("reads 'bombers dropped bombs on the sites at Fordow and Natanz, while a submarine fired cruise missiles at Isfahan' as one strike, and none in 'while you are being bombed'", () => {
    const text = "In the early hours of Sunday, seven bombers dropped fourteen bombs on the enrichment sites at Fordow and Natanz, while a submarine fired some two dozen cruise missiles at the Isfahan complex.";
    expect(incidentsOf(text, "2031-06-24").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-06-22"]]);
    // The submarine's state named does not make its missiles a second act.
    const named = "In the early hours of Sunday, seven bombers dropped fourteen bombs on Fordow and Natanz, while a U.S. submarine launched two dozen cruise missiles at the Isfahan complex.";
    expect(incidentsOf(named, "2031-06-24").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-06-22"]]);
    expect(incidentsOf('"You cannot negotiate while you are being bombed," the minister said in Istanbul on Monday.', "2031-06-24")).toEqual([]);
  });

  it("reads no strike in talks held 'on regional de-escalation and attacks on U.S. forces', but reads drones that struck 'after the talks ended'", () => {
    expect(incidentsOf("In January 2031, the envoys held indirect talks in Muscat, with Omani officials carrying messages between rooms, on regional de-escalation and attacks on U.S. forces.", "2031-10-01")).toEqual([]);
    expect(incidentsOf("After the talks ended on Friday, drones struck a base on the border in attacks that killed two.", "2031-10-01").map((i) => i.kind)).toEqual(["strike"]);
  });

  it("reads 'Ruritania's military campaign against Iran, launched on 13 June' as a strike that day", () => {
    expect(incidentsOf("Ruritania's military campaign against Iran, launched on 13 June, broke the talks.", "2031-11-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-06-13"]]);
  });

  it("reads 'Ruritania's air campaign from 13 June and the Example strikes on two plants on 22 June' as two strikes", () => {
    const incidents = incidentsOf("Ruritania's air campaign from 13 June and the US strikes on Fordow and Natanz on 22 June degraded the programme.", "2031-11-20");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([
      ["strike", "2031-06-13"],
      ["strike", "2031-06-22"],
    ]);
  });

  it("reads 'followed three weeks later by Ruritania's surprise assault on X and, on 22 June, by the US bombing of Y' as two strikes", () => {
    const incidents = incidentsOf("Talks were held in Oslo on May 23 last year, which was followed three weeks later by Israel's surprise assault on Iran and, on June 22, by the US bombing of Fordow.", "2031-02-10");
    expect(incidents.map((i) => [i.kind, i.date, i.initiators])).toEqual([
      ["strike", "2030-06-13", ["state:israel"]],
      ["strike", "2030-06-22", ["state:united-states"]],
    ]);
  });

  it("reads 'The SEA WREN, Example-flagged, was boarded 20 miles off the coast' as a seizure of that ship", () => {
    const [seizure] = incidentsOf("The SEA WREN, Maltese-flagged, was boarded around 20 nautical miles off the Ruritanian coast on Friday.", "2031-06-02");
    expect(seizure).toMatchObject({ kind: "vessel-seizure", date: "2031-05-30" });
    expect(seizure?.targets).toContain("vessel:sea-wren");
  });

  it("reads a state's campaign begun on a day ('The Ruritanian campaign that began on June 13, 2031, was followed …', 'Ruritania's campaign, launched on June 13') as a strike on that day", () => {
    const first = incidentsOf("The Ruritanian campaign that began on June 13, 2031, was followed on June 22 by air strikes on the enrichment sites.", "2031-08-01");
    expect(first.map((i) => [i.kind, i.date]).sort()).toEqual([["strike", "2031-06-13"], ["strike", "2031-06-22"]]);
    expect(incidentsOf("Israel's campaign, launched on June 13, killed senior commanders.", "2031-08-01").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-06-13"]]);
    expect(incidentsOf("The senator's campaign began in June with a rally in Ohio.", "2031-08-01")).toEqual([]);
  });

  it("reads boats that 'swarmed and seized' a tanker as a seizure, not harassment", () => {
    const incidents = incidentsOf("On May 3, 2031, Guard boats swarmed and seized the Panama-flagged tanker Sea Wren as it left Dubai.", "2031-06-01");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-05-03"]]);
  });

  it("reads 'a B-1B bomber flew across the region and over the Strait' as a deployment, as it does bombers in the plural", () => {
    const incidents = incidentsOf("On October 30, a US Air Force B-1B bomber flew across the Middle East and over the Strait of Hormuz in a show of force.", "2031-12-20");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["deployment", "2031-10-30"]]);
  });

  it("does not read strikes a state 'was preparing' as strikes carried out", () => {
    expect(incidentsOf("Earlier this week, media reported that Ruritania was preparing possible strikes on the enrichment sites.", "2031-05-23")).toEqual([]);
  });

  it("reads 'seized two Greek-flagged crude oil tankers' as a seizure of ships, not of a cargo of crude", () => {
    const incidents = incidentsOf("On 27 May, the Guards navy seized two Greek-flagged crude oil tankers in separate operations in the Persian Gulf.", "2031-05-28");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-05-27"]]);
  });

  it("dates the act after 'was followed by' by its own day, not the first act's ('The detention of X in July 2029 was followed by the seizure of Y … on 19 July 2029')", () => {
    const incidents = incidentsOf("The detention of the Sea Wren off Gibraltar in July 2029 was followed by the seizure of the British-flagged tanker Example Star in the Strait of Hormuz on 19 July 2029.", "2031-05-28");
    expect(incidents.map((i) => [i.kind, i.date]).sort()).toEqual([["vessel-seizure", "2029-07"], ["vessel-seizure", "2029-07-19"]]);
  });

  it("reads a ship that 'was intercepted and boarded … off the coast' as seized, not harassed", () => {
    const incidents = incidentsOf("On 27 May, the Sea Wren was intercepted and boarded in a similar manner off the coast of Iran.", "2031-05-28");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-05-27"]]);
  });

  it("keeps a deployment and a shoot-down one sentence joins with ', and on Feb. 3' apart (an abbreviated month opens the second clause)", () => {
    const incidents = incidentsOf("The USS Example carrier strike group arrived in the Arabian Sea in late January, and on Feb. 3 one of its F-35Cs shot down an Iranian drone approaching the carrier.", "2031-02-23");
    expect(incidents.map((i) => [i.kind, i.date]).sort()).toEqual([["deployment", "2031-01-21~/2031-01-31~"], ["drone-shootdown", "2031-02-03"]]);
  });

  it("dates a shoot-down by the day of the drone 'that was closing on the carrier … on Tuesday' (a progressive relative clause shares the act's time)", () => {
    const incidents = incidentsOf("A Marine Corps F-35C flying from USS Example shot down an Iranian drone that was closing on the carrier in the Arabian Sea on Tuesday, Central Command announced.", "2031-02-05");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["drone-shootdown", "2031-02-04"]]);
  });

  it("reads a ship that 'left Busan on Jan. 20 for a six-month deployment', and a squadron that 'arrived at' a base, as deployments", () => {
    expect(incidentsOf("The destroyer Sea Wren left the port city of Busan on Jan. 20 for a six-month deployment.", "2031-02-09").map((i) => [i.kind, i.date])).toEqual([["deployment", "2031-01-20"]]);
    expect(incidentsOf("On Saturday, a squadron of F-15E Strike Eagles arrived at an air base in Jordan.", "2031-02-04").map((i) => i.kind)).toEqual(["deployment"]);
  });

  it("reads an attack named 'in the aftermath of' as a reference back, not an attack on the order's day", () => {
    expect(incidentsOf("EO 19002 was itself issued on January 10, 2029, in the aftermath of Ruritania's missile attack on US forces in Iraq.", "2031-01-20")).toEqual([]);
  });

  it("dates an incident 'reported … on Nov 6, in which three small craft approached a tanker … the previous evening' on the evening before", () => {
    const incidents = incidentsOf("The seizure followed an incident reported by the maritime agency on Nov 6, in which three small craft approached a tanker about 40 nautical miles off the coast the previous evening and ordered it to alter course toward Ruritanian waters.", "2031-11-18");
    expect(incidents.map((i) => [i.kind, i.date])).toContainEqual(["vessel-harassment", "2031-11-05"]);
  });

  it("reads 'seizures - including the Sea Wren in April 2029 and the Blue Heron in January 2030 -' as two seizures, each in its month", () => {
    const incidents = incidentsOf("By comparison, the earlier wave of seizures - including the Sea Wren in April 2029 and the Blue Heron in January 2030 - took tankers out of service for months.", "2031-01-29");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2029-04"], ["vessel-seizure", "2030-01"]]);
  });

  it("reads strikes someone 'learned of' as a reference, not an attack", () => {
    expect(incidentsOf("The minister learned of the first Ruritanian strikes like everybody else: from the news.", "2031-01-29")).toEqual([]);
  });

  it("reads a campaign 'which began two days earlier' as a strike, and 'and a month later boarded the tanker X, holding its 23 crew' as a second act, a seizure", () => {
    const campaign = incidentsOf("The sixth round, pencilled in for June 15, was overtaken by Ruritania's air campaign, which began two days earlier.", "2031-07-20");
    expect(campaign.map((i) => [i.kind, i.date])).toEqual([["strike", "2031-06-13"]]);
    const two = incidentsOf("The Guards shot down a US Navy RQ-4A Global Hawk over the Strait of Hormuz on June 20, 2029, and a month later boarded the British-flagged tanker Sea Wren, holding its 23 crew for more than two months.", "2031-07-20");
    expect(two.map((i) => [i.kind, i.date])).toEqual([["drone-shootdown", "2029-06-20"], ["vessel-seizure", "2029-07"]]);
  });

  it("reads fast craft that 'swarmed the tanker …, forcing it to reverse course towards Iranian waters' as a seizure", () => {
    const incidents = incidentsOf("On 3 May 2031, more than a dozen fast attack craft swarmed the Panama-flagged tanker SEA WREN in the Strait of Hormuz, forcing it to reverse course towards Iranian territorial waters.", "2031-07-21");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-05-03"]]);
  });

  it("reads 'responded the following day with a missile attack on the air base' as a missile launch", () => {
    const incidents = incidentsOf("Jets struck the sites on June 22. Ruritania responded the following day with a missile attack on the Example air base.", "2031-07-21");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["strike", "2031-06-22"], ["missile-launch", "2031-06-23"]]);
  });

  it("reads 'the barrage of more than 300 drones and missiles that Ruritania launched at Example on the night of April 13' and 'missiles that slammed into the air base' as launches", () => {
    expect(incidentsOf("The escalation began with the barrage of more than 300 drones and missiles that Ruritania launched at Example on the night of April 13.", "2031-04-20").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2031-04-13"]]);
    expect(incidentsOf("The ballistic missiles that slammed into the Example air base on January 8, 2030 injured dozens.", "2031-04-20").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2030-01-08"]]);
  });

  it("reads craft that approached a destroyer at high speed, 'coming within 150 yards of the warship', as harassment", () => {
    const incidents = incidentsOf("On Sunday, five Guards fast attack craft approached the guided-missile destroyer USS John Q. Example at high speed as it transited the Strait of Hormuz, coming within 150 yards of the warship, Central Command said.", "2031-02-19");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["vessel-harassment", "2031-02-16"]]);
  });

  it("reads a carrier group that 'would move from the eastern Mediterranean to the Arabian Sea' as a planned deployment, but not a frigate that 'moved between them'", () => {
    const planned = incidentsOf("The Pentagon said last Friday that the aircraft carrier USS Example and its strike group would move from the eastern Mediterranean to the Arabian Sea.", "2031-02-19");
    expect(planned.map((i) => [i.kind, i.date, i.mode])).toEqual([["deployment", "2031-02-14", "planned"]]);
    expect(incidentsOf("On July 10, boats tried to impede the tanker before HMS Example moved between them and trained its guns on the boats.", "2031-07-20").filter((i) => i.kind === "deployment")).toEqual([]);
  });

  it("does not date an act 'nearly eight months' before a round with the round's day", () => {
    const incidents = incidentsOf("The first round was held in Oslo on 14 March, nearly eight months after Example bombers struck Ruritanian radar sites.", "2031-04-02");
    expect(incidents.filter((i) => i.date === "2031-03-14")).toEqual([]);
  });

  it("reads 'a massive explosion at the port … on Saturday, which killed at least 40 people' as an incident no one is named for", () => {
    const incidents = incidentsOf("The round coincided with a massive explosion at Example Port near the city of Westhaven on Saturday, which killed at least 40 people.", "2031-04-27");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["other", "2031-04-26"]]);
  });

  it("dates 'since the January 2030 killing of a general … in a drone strike' by the killing's month", () => {
    const incidents = incidentsOf("It was the most direct clash since the January 2030 killing of General Example, the commander of the Quds Force, in a drone strike near the airport.", "2031-04-15");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["strike", "2030-01"]]);
  });

  it("keeps the act a retaliation is 'in apparent retaliation for' as an act of its own month", () => {
    const incidents = incidentsOf("On May 27 naval forces seized two tankers in the Gulf, in apparent retaliation for Westland's decision to let US authorities confiscate oil from a vessel detained off the island of Example in April.", "2031-07-05");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-05-27"], ["vessel-seizure", "2031-04"]]);
  });

  it("dates strikes 'beginning on June 13' after a round 'to have been held … on June 15' by their own day", () => {
    const incidents = incidentsOf("A planned sixth round, which was to have been held in Oslo on June 15, was cancelled after Example launched strikes on Ruritanian facilities beginning on June 13.", "2031-10-02");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["strike", "2031-06-13"]]);
  });

  it("keeps a missile attack 'earlier that month', named as what designations answered, at that month", () => {
    const incidents = incidentsOf("The designations of 11 October 2030, which targeted 16 entities in response to Ruritania's missile attack on Example earlier that month, were followed by more harassment.", "2031-02-01");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2030-10"]]);
  });

  it("reads no strike in 'retaliatory strikes … were approved and then, by his own account, called off'", () => {
    expect(incidentsOf("Retaliatory strikes on Ruritanian radar sites were approved and then, by the President's own account, called off ten minutes before launch.", "2031-07-25")).toEqual([]);
    expect(incidentsOf("On June 20 strikes on Ruritanian radar sites were carried out, and a planned follow-up was cancelled.", "2031-07-25").map((i) => i.kind)).toEqual(["strike"]);
  });

  it("dates an explosion that 'That session coincided with' by the session the text just dated, among several", () => {
    const incidents = incidentsOf("The first round took place in Oslo on 12 April.\n\nThe third round was held in Oslo last Saturday.\n\nThat session coincided with a huge explosion at Example port, which killed at least 57 people.", "2031-05-02");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["other", "2031-04-26"]]);
  });

  it("reads 'a ballistic missile fired by the militia struck near the airport' as a launch, but 'drones and cruise missiles struck the plant' as a strike", () => {
    expect(incidentsOf("On Sunday, a ballistic missile fired by the militia struck near Example airport.", "2031-05-06").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2031-05-04"]]);
    expect(incidentsOf("On Sunday, drones and cruise missiles struck the Example processing plant.", "2031-05-06").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-05-04"]]);
  });

  it("makes 'launched its first direct attack on Israel over the weekend' the missile launch the report tells of those days", () => {
    const text = "Westland on Monday called for calm after Iran launched its first direct attack on Israel over the weekend.\n\nIran fired more than 300 drones and ballistic missiles at Israel late Saturday.";
    expect(incidentsOf(text, "2031-04-15").map((i) => i.kind)).toEqual(["missile-launch", "missile-launch"]);
    // An attack by aircraft stays a strike.
    const air = "Westland on Monday called for calm after Iran launched its first air attack on Israel over the weekend.\n\nIran fired ballistic missiles at Israel late Saturday.";
    expect(incidentsOf(air, "2031-04-15").map((i) => i.kind)).toEqual(["strike", "missile-launch"]);
  });

  it("dates a strike 'On June 23, a day after US strikes on three sites, Ruritania fired …' by the count back from the frame", () => {
    const incidents = incidentsOf("On June 23, a day after US strikes on three Iranian nuclear facilities, Iran fired missiles at the Example air base.", "2031-03-04");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2030-06-23"], ["strike", "2030-06-22"]]);
    expect(incidentsOf("On 4 May the navy detained two trawlers, days after a neighbour had held one of its own.", "2031-05-06").map((i) => i.date)).toEqual([]);
  });

  it("dates 'seized the Sea Wren … less than a week later, on May 3' by the day written, not the count", () => {
    const incidents = incidentsOf("The navy seized the tanker Example Star in the Gulf of Oman on April 27, and the Guards seized the Panama-flagged Sea Wren in the Strait of Hormuz less than a week later, on May 3.", "2031-09-19");
    expect(incidents.map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-04-27"], ["vessel-seizure", "2031-05-03"]]);
  });

  it("reads troops 'were flown to Kuwait on New Year's Eve' as a deployment", () => {
    expect(incidentsOf("Some 750 soldiers were flown to Kuwait on New Year's Eve.", "2031-01-09").map((i) => [i.kind, i.date])).toEqual([["deployment", "2030-12-31"]]);
  });

  it("reads an assassination 'which Ruritania blamed on Israel' as a strike", () => {
    expect(incidentsOf("The assassination of the scientist John Example outside Tehran last November, which Iran also blamed on Israel, remains a raw wound.", "2031-04-16").map((i) => [i.kind, i.date])).toEqual([["strike", "2030-11"]]);
  });

  it("dates a ship damaged 'On the morning the Oslo talks opened' by the round's first day, not the day it ended", () => {
    const text = "When delegations gathered in Oslo on 6 April, expectations were modest. The mediator described the first round, which ended on Friday 9 April, as constructive.\n\nOn the morning the Oslo talks opened, the cargo ship Example Star was damaged by a limpet mine.";
    expect(incidentsOf(text, "2031-04-16").map((i) => [i.kind, i.date])).toEqual([["other", "2031-04-06"]]);
  });

  it("reads 'the regime launched an unprovoked aggression against Iran on June 13' as a strike", () => {
    expect(incidentsOf("Iran had not forgotten the war of June 2030, when the regime launched an unprovoked aggression against Iran on June 13.", "2031-02-18").map((i) => [i.kind, i.date])).toEqual([["strike", "2030-06-13"]]);
  });

  it("reads forces that 'rappelled from a helicopter onto the Sea Wren on Friday' as a seizure, but not troops 'descending onto the deck'", () => {
    expect(incidentsOf("Oil rose on Monday, after Guards forces rappelled from a helicopter onto the Sea Wren on Friday and steered it into port.", "2031-07-22").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-07-18"]]);
  });

  it("dates 'In January 2031, the navy seized the tanker Sea Wren … on January 11' by the day, but not 'the detention of X in July 2029 was followed by … on 19 July 2029'", () => {
    expect(incidentsOf("In January 2031, Iran's navy seized the tanker Sea Wren in the Gulf of Oman on January 11.", "2031-06-01").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-01-11"]]);
    const two = incidentsOf("The detention of the tanker Example Star off Gibraltar in July 2029 was followed by the seizure of the British-flagged Sea Wren in the Strait of Hormuz on 19 July 2029.", "2031-06-01");
    expect(two.map((i) => i.date).sort()).toEqual(["2029-07", "2029-07-19"]);
  });

  it("reads 'the April 11 explosion that knocked out power to the halls' and a carrier group that 'deployed to the Arabian Sea last month'", () => {
    expect(incidentsOf("Analysts said the April 11 explosion that knocked out power to the centrifuge halls at Natanz set the programme back.", "2031-07-14").map((i) => [i.kind, i.date])).toEqual([["other", "2031-04-11"]]);
    expect(incidentsOf("The aircraft carrier USS Example and its strike group deployed to the Arabian Sea last month.", "2031-02-17").map((i) => [i.kind, i.date])).toEqual([["deployment", "2031-01"]]);
  });

  it("reads ships that 'intercepted a fishing vessel … and seized more than 2,100 rifles' as a seizure (an interdiction)", () => {
    expect(incidentsOf("On January 6, the patrol ships USS Example and USS Sample intercepted a fishing vessel in the Gulf of Oman and seized more than 2,100 rifles bound for Yemen.", "2031-07-06").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-01-06"]]);
  });
});

describe("session 22: who fired, and what came after a death", () => {
  it("reads rockets 'fired by X, a militia backed by Y, struck' a base as their launch", () => {
    expect(incidentsOf("On May 3, more than 30 rockets fired by the Example Brigade, a militia backed by Ruritania, struck a base near Exampleton.", "2031-05-20").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2031-05-03"]]);
  });

  it("reads bombers and cruise missiles that 'hit' sites as a strike", () => {
    expect(incidentsOf("On May 3, B-2 bombers and submarine-launched cruise missiles hit the Example and Sample sites.", "2031-05-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-05-03"]]);
  });

  it("dates 'The answer came five days after his death, when …' five days after the killing the text dated", () => {
    const text = "A drone strike killed General Example Person in the early hours of May 3. On May 6, crowds marched in the capital. The answer came five days after his death, when the Guards fired 16 ballistic missiles at an air base.";
    expect(incidentsOf(text, "2031-05-20").find((i) => i.kind === "missile-launch")?.date).toBe("2031-05-08");
  });
});

describe("session 22: a killing attributed to a state, an explosion and power failure, an attack in the early hours of a day, two acts joined by 'and the following evening'", () => {
  it("reads 'the killing of X near Y on <date>, which is widely attributed to Israel' as a strike", () => {
    expect(incidentsOf("Talks resumed a year after the killing of the scientist Example Person near Exampleton on 4 March 2030, which is widely attributed to Israel.", "2031-05-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2030-03-04"]]);
  });

  it("reads 'an explosion and power failure had damaged centrifuges' as an incident of no named author, but not what a ministry 'confirmed that an explosion had damaged'", () => {
    expect(incidentsOf("Already on 4 March 2031, an explosion and power failure had damaged centrifuges at the Example plant.", "2031-05-20").map((i) => [i.kind, i.date])).toEqual([["other", "2031-03-04"]]);
  });

  it("reads 'X's attack in the early hours of 13 May 2031 on nuclear sites' as a strike on that day (May the month, not the modal)", () => {
    expect(incidentsOf("Israel's attack in the early hours of 13 May 2031 on nuclear sites killed several commanders.", "2031-06-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-05-13"]]);
  });

  it("reads a strike and, 'and the following evening', another state's launch as two acts on their own days", () => {
    const text = "Bombers struck the Example site on 22 May 2031, and the following evening Ruritania fired missiles at a base in Qatar.";
    expect(incidentsOf(text, "2031-06-20").map((i) => [i.kind, i.date]).sort()).toEqual([["missile-launch", "2031-05-23"], ["strike", "2031-05-22"]]);
  });
});

describe("session 22: acts referred to, and killers named before", () => {
  it("does not read 'drones used in the attack on X' or 'talks on the militia's attacks on shipping' as acts of their sentence's day", () => {
    expect(incidentsOf("On Thursday, the Treasury designated suppliers of engines for the drones used in the attack on Israel.", "2031-05-20")).toEqual([]);
    expect(incidentsOf("Officials held indirect talks in Muscat in January, with messages carried on the militia's attacks on shipping.", "2031-05-20")).toEqual([]);
  });

  it("reads 'Israel's assassination of X … on <date>' as a strike", () => {
    expect(incidentsOf("The blast followed Israel's assassination of the scientist Example Person near Exampleton on 4 March 2030.", "2031-05-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2030-03-04"]]);
  });

  it("reads 'an MQ-9 Reaper strike near the airport killed …' and 'a drone launched by militias killed …' as strikes", () => {
    expect(incidentsOf("In the early hours of May 3, an MQ-9 Reaper strike near the airport killed a general.", "2031-05-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-05-03"]]);
    expect(incidentsOf("On May 3 a drone launched by militias killed three soldiers at a remote outpost.", "2031-05-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-05-03"]]);
  });

  it("reads commandos who 'abseiled from a helicopter onto the Example Star' as a seizure", () => {
    expect(incidentsOf("On May 3, commandos abseiled from a helicopter onto the Example Star near the strait.", "2031-05-20").map((i) => i.kind)).toEqual(["vessel-seizure"]);
  });
});

describe("session 22: explosions reported, and what officials described them as", () => {
  it("reads 'explosions were reported near a base, in what officials described as an Israeli strike' as that strike (and explosions merely reported as nothing yet)", () => {
    expect(incidentsOf("Early on Friday, explosions were reported near a military air base in Example province.", "2031-05-20")).toEqual([]);
    expect(incidentsOf("Early on Friday, explosions were reported near a military air base in Example province, in what US officials described as a limited Israeli strike.", "2031-05-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-05-16"]]);
  });
});

describe("session 22: killings named by their state, ships impounded", () => {
  it("reads 'the American regime assassinated X' and 'the killing of X …, which Iran attributed to Israel' as strikes", () => {
    expect(incidentsOf("The operation came after the criminal American regime assassinated General Example Person in Exampleton on 3 May 2031.", "2031-05-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-05-03"]]);
    expect(incidentsOf("Talks resumed after the killing of the scientist Example Person on 4 March 2030, which Ruritania attributed to Israel.", "2031-05-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2030-03-04"]]);
  });

  it("reads 'the impounding of the tanker X by Greek authorities in April' as a seizure", () => {
    expect(incidentsOf("The talks came after the impounding of the Example-flagged tanker Sample Star by Greek authorities in April.", "2031-06-30").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-04"]]);
  });
});

describe("session 22: rockets fired at a base, missiles aimed at one, a ship holed, a sabotage attack", () => {
  it("reads 'rockets fired at the base killed a contractor' and 'missiles aimed at the air base' as launches", () => {
    expect(incidentsOf("On 27 May rockets fired at the Example military base near Sampleton killed a civilian contractor.", "2031-06-20").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2031-05-27"]]);
    expect(incidentsOf("In the early hours of Wednesday, the Guards answered with a dozen ballistic missiles aimed at the Example air base.", "2031-06-20").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2031-06-18"]]);
  });

  it("reads 'an explosion holed the carrier X' and 'the sabotage attack that struck the plant' as incidents of no named author", () => {
    expect(incidentsOf("On 26 May an explosion holed the vehicle carrier Example Ray in the Gulf of Oman.", "2031-06-20").map((i) => [i.kind, i.date])).toEqual([["other", "2031-05-26"]]);
    expect(incidentsOf("The talks were overshadowed by the sabotage attack that struck the Example enrichment plant on Sunday, May 11.", "2031-06-20").map((i) => [i.kind, i.date])).toEqual([["other", "2031-05-11"]]);
  });
});

describe("session 22: the US killing of X", () => {
  it("reads 'Since the US killing of X in January 2030' as a strike of that month", () => {
    expect(incidentsOf("Since the US killing of General Example Person in January 2030, the talks have stalled.", "2031-06-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2030-01"]]);
  });
});

describe("session 24: a ship the story knows, taken", () => {
  it("reads 'In May 2029 they took the Sea Wren' as a seizure when the story knows the Sea Wren as a ship, not 'took the USS Example through the strait'", () => {
    const text = "The tanker Sea Wren was released last week. In May 2029 the Guards took the Sea Wren, and a year later the navy took the USS Example through the strait.";
    expect(incidentsOf(text, "2031-03-06").map((m) => [m.kind, m.date])).toEqual([["vessel-seizure", "2029-05"]]);
    // Nor a name the story never calls a ship: "took the Foreign Office by surprise".
    expect(incidentsOf("In May 2029 the Guards took the Foreign Office by surprise.", "2031-03-06")).toEqual([]);
  });
});

describe("session 24: a mob's assault on a mission", () => {
  it("reads 'supporters of the militia stormed the outer compound of the embassy in Example City' as an incident of its own", () => {
    expect(incidentsOf("On Dec. 31, a crowd stormed the compound of the Ruritanian Embassy in Example City, setting fire to the gate.", "2031-01-09").map((m) => [m.kind, m.date])).toEqual([["other", "2030-12-31"]]);
    expect(incidentsOf("A storm of criticism hit the embassy on Dec. 31.", "2031-01-09")).toEqual([]);
  });

  it("keeps both acts of '… ordered 3,500 troops to Example Port, on top of the 750 sent on New Year's Eve, when protesters stormed the embassy'", () => {
    const incidents = incidentsOf("Hours after the strike on January 3, the ministry ordered 2,000 soldiers to Example Port, on top of the 400 sent there on New Year's Eve, when protesters stormed the compound of its embassy in Example City.", "2031-01-10");
    expect(incidents.map((m) => [m.kind, m.date])).toEqual([["deployment", "2031-01-03"], ["other", "2030-12-31"]]);
  });

  it("keeps one act where a missile attack is retold as a strike in a 'when' clause: '… fired missiles at a base was in May 2029, when the Guards struck Example Base'", () => {
    const incidents = incidentsOf("The last time Ruritania fired ballistic missiles at a base was in May 2029, when its Guards struck Example Base.", "2031-01-10");
    expect(incidents.map((m) => m.date)).toEqual(["2029-05"]);
  });
});

describe("session 24: an indirect question, a closer approach, a second ship counted on", () => {
  it("reads 'probing how far it could go, from attacks on tankers to the downing of a drone in June 2029' as a shoot-down: the modal is the question's", () => {
    expect(incidentsOf("Ruritania spent the year asking how far it could push, from raids on ships to the downing of a Global Hawk over the bay in June 2029.", "2030-01-08").map((m) => [m.kind, m.date])).toContainEqual(["drone-shootdown", "2029-06"]);
    expect(incidentsOf("Officials asked whether the navy could shoot down a Global Hawk over the strait in June 2029.", "2030-01-08")).toEqual([]);
  });

  it("reads 'two fast-attack craft approached within 150 meters of the container ship' as harassment", () => {
    expect(incidentsOf("On Monday two patrol boats approached within 200 meters of the freighter Sea Wren in the bay.", "2031-03-12").map((m) => [m.kind, m.date])).toEqual([["vessel-harassment", "2031-03-10"]]);
  });

  it("reads '… seized the tanker Sea Wren on April 27 and, six days later, the tanker Blue Heron in the strait' as two seizures, the first by its own day, not 'Weeks earlier'", () => {
    const incidents = incidentsOf("On Jul 5, navy vessels tried to seize two tankers. Weeks earlier, Ruritania had seized the tanker Sea Wren in the Gulf of Oman on April 27 and, six days later, the tanker Blue Heron in the strait.", "2031-09-19");
    expect(incidents.filter((m) => m.kind === "vessel-seizure").map((m) => m.date).sort()).toEqual(["2031-04-27", "2031-05-03"]);
  });
});

describe("session 24: set 85's readings", () => {
  it("reads 'a Reaper drone fired missiles at a convoy' as a strike, not a missile launch", () => {
    expect(incidentsOf("On January 3, a Reaper drone fired missiles at a convoy leaving the airport.", "2031-01-10").map((m) => m.kind)).toEqual(["strike"]);
    expect(incidentsOf("On January 8, the Guards fired missiles at the base.", "2031-01-10").map((m) => m.kind)).toEqual(["missile-launch"]);
  });

  it("reads 'the killing of General X by an American drone … on 3 January, followed five days later by an Iranian missile barrage' as two acts, five days apart", () => {
    const incidents = incidentsOf("The crisis peaked with the killing of General Jan Example by an American drone near the airport on 3 January 2030, followed five days later by an Iranian missile barrage on the base.", "2031-11-01");
    expect(incidents.map((m) => [m.kind, m.date]).sort()).toEqual([["missile-launch", "2030-01-08"], ["strike", "2030-01-03"]]);
  });

  it("reads timeline entries in the present: 'Swarms of drones slam into the plant', 'supporters break into the outer compound of the embassy'", () => {
    expect(incidentsOf("September 14: Swarms of drones slam into the Example Oil pumping station.", "2031-01-10").map((m) => [m.kind, m.date])).toEqual([["strike", "2030-09-14"]]);
    expect(incidentsOf("December 31: Militia supporters break into the outer compound of the Ruritanian Embassy in Example City.", "2031-01-10").map((m) => [m.kind, m.date])).toEqual([["other", "2030-12-31"]]);
    expect(incidentsOf("A storm of protest hit the embassy on December 31.", "2031-01-10")).toEqual([]);
  });

  it("reads 'Explosions tore holes in two tankers … on June 13' and commandos 'onto the deck of the 15,000 TEU Sea Wren'", () => {
    expect(incidentsOf("Explosions tore holes in two freighters off Example Port on June 13.", "2031-09-27").map((m) => [m.kind, m.date])).toEqual([["other", "2031-06-13"]]);
    expect(incidentsOf("On Saturday naval commandos rappelled from a helicopter onto the deck of the 15,000 TEU Sea Wren as the Example-flagged vessel sailed towards Oslo.", "2031-04-21").map((m) => [m.kind, m.date])).toEqual([["vessel-seizure", "2031-04-19"]]);
  });

  it("dates 'Exactly a week ago, in the early hours of Friday, jets struck' in a Friday story by the Friday a week before", () => {
    expect(incidentsOf("Exactly a week ago, in the early hours of Friday, jets struck a convoy leaving the airport.", "2031-01-10").map((m) => m.date)).toEqual(["2031-01-03"]);
  });
});

describe("session 24: strikes named by their missiles, and what an act showed", () => {
  it("reads 'ballistic missile strikes on the base', told after a drone strike in the same sentence, as a missile launch", () => {
    const text = "The crisis peaked with a drone strike near the airport on 3 January 2031, followed five days later by Ruritanian ballistic missile strikes on the Example base.";
    expect(incidentsOf(text, "2031-03-10").map((m) => [m.kind, m.date]).sort()).toEqual([["missile-launch", "2031-01-08"], ["strike", "2031-01-03"]]);
  });

  it("reads no display in 'the missile strike on the base … showed that no base is beyond reach'", () => {
    const incidents = incidentsOf("The reply on 23 June 2031, the missile strike on the Example base, showed that no base is out of range.", "2031-09-01");
    expect(incidents.map((m) => [m.kind, m.date])).toEqual([["missile-launch", "2031-06-23"]]);
  });
});

describe("session 24: strikes halted", () => {
  it("reads no strike in 'he halted retaliatory military strikes against Ruritania the previous evening', but one a round was cancelled after", () => {
    expect(incidentsOf("The president said Friday that he halted retaliatory military strikes against Ruritania the previous evening.", "2031-06-21")).toEqual([]);
    expect(incidentsOf("The round set for 15 June was cancelled after the Example strikes on Ruritanian sites which began on 13 June 2031.", "2031-10-02").map((m) => [m.kind, m.date])).toEqual([["strike", "2031-06-13"]]);
  });
});

describe("session 24: supporters who forced their way into an embassy", () => {
  it("reads 'supporters of the militia forced their way into the compound of the embassy' as an incident", () => {
    expect(incidentsOf("On New Year's Eve, supporters of the militia forced their way into the compound of the Ruritanian embassy in Example City.", "2031-01-08").map((m) => [m.kind, m.date])).toEqual([["other", "2030-12-31"]]);
  });
});

describe("session 24: set 86's incidents", () => {
  it("reads 'the Israeli enemy assassinated the scientist X' as a strike", () => {
    expect(incidentsOf("On 27 November 2030 the Israeli enemy assassinated the engineer Jan Example near the capital.", "2031-05-01").map((m) => [m.kind, m.date])).toEqual([["strike", "2030-11-27"]]);
  });

  it("reads 'was cancelled after Ruritania's attack of 13 June on the sites' as a strike of 13 June", () => {
    expect(incidentsOf("The sixth round, scheduled for 15 June in Oslo, was cancelled after Ruritania's attack of 13 June on Example's nuclear sites.", "2031-09-30").map((m) => [m.kind, m.date])).toEqual([["strike", "2031-06-13"]]);
  });
});

describe("session 24: commandos who slid down ropes", () => {
  it("reads 'commandos slid down ropes from a helicopter onto the deck of the Example-flagged Sea Wren' as a seizure", () => {
    expect(incidentsOf("On Friday commandos slid down ropes from a helicopter onto the deck of the Example-flagged Sea Wren in the bay.", "2031-07-23").map((m) => [m.kind, m.date])).toEqual([["vessel-seizure", "2031-07-18"]]);
  });
});

describe("session 24: a drone met as it came near", () => {
  it("dates 'destroyed a drone that had flown within 1,000 yards of the ship on Thursday' by that Thursday", () => {
    expect(incidentsOf("The assault ship USS Example destroyed a Ruritanian drone that had flown within 1,000 yards of the vessel on Thursday, officials said.", "2031-07-22").map((m) => [m.kind, m.date])).toEqual([["drone-shootdown", "2031-07-17"]]);
  });
});

describe("session 25: an act named in a reaction, with its day in its own relative clause", () => {
  it("reads 'condemned the missile attack that Ruritania launched against Example on Saturday night' as that Saturday's launch", () => {
    expect(incidentsOf("Oslo condemned the ballistic missile attack that Ruritania launched against Example on Saturday night.", "2031-07-22").map((m) => [m.kind, m.date])).toEqual([["missile-launch", "2031-07-19"]]);
  });

  it("reads 'a response to the missile attack that Ruritania launched against two bases in the early hours of Wednesday' as that Wednesday's launch", () => {
    expect(incidentsOf("The minister said the measures were a response to the ballistic missile attack that Ruritania launched against two bases near the border in the early hours of Wednesday.", "2031-07-26").map((m) => [m.kind, m.date])).toEqual([["missile-launch", "2031-07-23"]]);
  });

  it("still reads 'condemned the attack' with no day of its own as no report of it", () => {
    expect(incidentsOf("Oslo condemned the missile attack that Ruritania threatened.", "2031-07-22")).toEqual([]);
  });
});

describe("session 25: a death told as a martyrdom", () => {
  it("reads 'the martyrdom of X …, by the direct order of' a US president as a strike of that day", () => {
    expect(incidentsOf("Crowds recalled the martyrdom of General Jan Example near Oslo on 3 January 2020, by the direct order of the American president.", "2020-06-03").map((m) => [m.kind, m.date])).toEqual([["strike", "2020-01-03"]]);
    expect(incidentsOf("Crowds recalled the martyrdom of General Jan Example near Oslo on 3 January 2020 by order of Donald Trump.", "2020-06-03").map((m) => [m.kind, m.date])).toEqual([["strike", "2020-01-03"]]);
  });

  it("reads no incident in a martyrdom with no state's order: a crash, a commemoration, another's order", () => {
    expect(incidentsOf("The nation marked the anniversary of the martyrdom of President Jan Example on 19 May 2030.", "2031-01-03")).toEqual([]);
    expect(incidentsOf("Crowds recalled the martyrdom of the imam on 3 March 2030 by order of the regional governor.", "2031-01-03")).toEqual([]);
  });
});

describe("session 26: 'the following day before …'", () => {
  it("dates 'and Ruritania fired missiles at the base the following day before a ceasefire took hold' the day after the strike", () => {
    const text = "Example jets struck the Alpha, Beta and Gamma facilities on June 22, and Ruritania fired missiles at the Delta Air Base the following day before a ceasefire took hold.";
    expect(incidentsOf(text, "2031-10-01").map((i) => [i.kind, i.date]).sort()).toEqual([["missile-launch", "2031-06-23"], ["strike", "2031-06-22"]]);
  });
});

describe("session 26: 'two days before it was due'", () => {
  it("counts back from the day the plan just told was due, and leaves the next clause its own day", () => {
    const text = "A sixth round, set for Oslo on June 15, never took place. Two days before it was due, Ruritania began striking Example's nuclear sites, and on June 22 Sample bombers hit the Alpha plant.";
    expect(incidentsOf(text, "2031-06-25").map((i) => [i.kind, i.date]).sort()).toEqual([["strike", "2031-06-13"], ["strike", "2031-06-22"]]);
  });
});

describe("session 26: an attack whose means include missiles", () => {
  it("reads 'launched its first direct attack on Example, with more than 300 drones and missiles' as a launch", () => {
    expect(incidentsOf("On 13 April, Ruritania launched its first direct attack on Example, with more than 300 drones and missiles.", "2031-04-20").map((i) => i.kind)).toEqual(["missile-launch"]);
    expect(incidentsOf("On 13 April, Ruritania attacked Example with more than 300 drones and missiles.", "2031-04-20").map((i) => i.kind)).toEqual(["missile-launch"]);
  });

  it("reads the means told after a colon: 'launched its first-ever direct attack on Example from its own territory: … roughly 170 drones, more than 30 cruise missiles …'", () => {
    const text = "On Saturday, Ruritania launched its first-ever direct attack on Example from its own territory: by the army's count, roughly 170 drones, more than 30 cruise missiles and some 120 ballistic missiles.";
    expect(incidentsOf(text, "2031-04-16").map((i) => i.kind)).toEqual(["missile-launch"]);
  });

  it("keeps jets' attack with bombs and missiles a strike, and an attack with drones alone", () => {
    expect(incidentsOf("On 13 April, Example jets attacked the site with bombs and missiles.", "2031-04-20").map((i) => i.kind)).toEqual(["strike"]);
    expect(incidentsOf("On 13 April, Ruritania launched an attack on Example with drones.", "2031-04-20").map((i) => i.kind)).toEqual(["strike"]);
  });
});

describe("session 26: attacks told of the people a listing names", () => {
  it("reads no incident of the listing's day in '… designated four leaders who have overseen the group's attacks on shipping'", () => {
    expect(incidentsOf("On January 25, the Treasury and the United Kingdom jointly designated four militia leaders who have overseen the group's attacks on shipping.", "2031-02-01").filter((i) => i.date !== undefined)).toEqual([]);
  });
});

describe("session 26: a city after 'inside'", () => {
  it("places 'two rockets landed inside Baghdad's heavily fortified Green Zone' in Baghdad", () => {
    const [launch] = incidentsOf("Late on Wednesday, two rockets landed inside Baghdad's heavily fortified Green Zone, about 100 metres from the embassy.", "2031-01-11");
    expect(launch?.location.place).toBe("Baghdad");
  });
});

describe("session 26: an act named to say who was listed", () => {
  it("reads no incident of the listing's day in 'designated eight officials it linked to the missile attack'", () => {
    const text = "On Friday, the Treasury said it had designated eight senior officials it linked to the missile attack, as well as 17 steel producers.";
    expect(incidentsOf(text, "2031-01-11").filter((i) => i.date !== undefined)).toEqual([]);
  });

  it("still dates one the clause dates after it: 'officials it linked to the missile attack on the Alpha base on January 8'", () => {
    const text = "On Friday, the Treasury designated eight officials it linked to the missile attack on the Alpha base on January 8.";
    expect(incidentsOf(text, "2031-01-11").map((i) => i.date)).toEqual(["2031-01-08"]);
  });
});

describe("session 26: an offensive launched by name", () => {
  it("reads 'launched Operation Example Lion …, striking the Alpha plant' as a strike and no deployment", () => {
    const text = "Ruritania launched Operation Example Lion in the early hours of June 13, striking the Alpha enrichment plant and missile sites.";
    expect(incidentsOf(text, "2031-06-25").map((i) => i.kind)).toEqual(["strike"]);
  });
});

describe("session 26: boats approaching warships counted", () => {
  it("reads 'three fast boats of the Guard's navy approached two U.S. Navy ships' as harassment", () => {
    const text = "On June 20, three fast boats of the Revolutionary Guard's navy approached two U.S. Navy ships, the patrol craft USS Example and the transport ship USNS Sample, in the Strait of Hormuz.";
    expect(incidentsOf(text, "2031-06-30").map((i) => [i.kind, i.date])).toEqual([["vessel-harassment", "2031-06-20"]]);
  });
});

describe("session 26: an act 'not prevented'", () => {
  it("reads 'It did not prevent the drone strike on the Alpha outpost on 28th January' as the strike, which happened", () => {
    expect(incidentsOf("The channel did not prevent the drone strike on the Alpha outpost on 28th January that killed three soldiers.", "2031-04-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-01-28"]]);
  });
});

describe("session 27: an act answered, and one attributed to a state", () => {
  it("reads 'will not respond to the strike … early Friday' as the strike, which happened", () => {
    expect(incidentsOf("Officials judged on Saturday that Ruritania will not respond to the strike near Example City early Friday.", "2031-04-20").map((i) => [i.kind, i.date, i.mode])).toEqual([["strike", "2031-04-18", "asserted"]]);
  });
  it("reads 'the April 1 strike attributed to Exland on a building' as a strike, dated by its day", () => {
    expect(incidentsOf("Ruritania presented the barrage as its response to the April 1 strike attributed to Exland on a building in Example City.", "2031-04-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-04-01"]]);
  });
  it("reads no act in 'would respond to any attack on its territory'", () => {
    expect(incidentsOf("Ruritania would respond to any attack on its territory, the minister said on Friday.", "2031-04-20")).toEqual([]);
  });
});

describe("session 27: a killing 'widely attributed to' a state, and 'struck again' as an idiom", () => {
  it("reads 'The killing of a scientist in an ambush on November 27, 2030, widely attributed to Exland' as a strike", () => {
    expect(incidentsOf("The killing of a nuclear scientist in an ambush east of Example City on November 27, 2030, widely attributed to Israel, showed the limits of restraint.", "2031-07-14").map((i) => [i.kind, i.date])).toEqual([["strike", "2030-11-27"]]);
  });
  it("reads no strike in 'the navy struck again, boarding and diverting the tanker' (the boarding is the act)", () => {
    expect(incidentsOf("On 11 January 2031 the navy struck again, boarding and diverting the tanker Example Star off the coast of Oman.", "2031-07-14").map((i) => i.kind)).not.toContain("strike");
  });
});

describe("session 27: ships holed by explosions, mines that tore into tankers", () => {
  it("reads 'On May 12, four ships … were holed by explosions' as an incident with no author", () => {
    expect(incidentsOf("On May 12, four merchant ships anchored off the port of Example were holed by explosions near their waterlines.", "2031-07-20").map((i) => [i.kind, i.date])).toEqual([["other", "2031-05-12"]]);
  });
  it("reads 'On June 13, limpet mines tore into the tankers' as an incident with no author, not a strike", () => {
    expect(incidentsOf("On June 13, limpet mines tore into the tankers Example Star and Example Dawn in the Gulf of Oman.", "2031-07-20").map((i) => [i.kind, i.date])).toEqual([["other", "2031-06-13"]]);
  });
});

describe("session 27: two acts joined by ', and', each with its own day", () => {
  it("reads 'mines damaged four ships on May 12, and two more tankers … were hit by explosions … on June 13' as two incidents", () => {
    expect(incidentsOf("Limpet mines damaged four ships anchored off Example Port on May 12, and two more tankers, the Example Star and the Example Dawn, were hit by explosions in the Gulf of Oman on June 13.", "2031-07-20").map((i) => [i.kind, i.date])).toEqual([["other", "2031-05-12"], ["other", "2031-06-13"]]);
  });
});

describe("session 27: a day in the possessive before the act's noun", () => {
  it("dates 'answered the weekend's attack on Thursday' by the weekend, and 'Saturday's attack' by the Saturday", () => {
    // (Published on Friday 18 April 2031: the Thursday is the 17th, the weekend the 12th and 13th.)
    expect(incidentsOf("Washington answered the weekend's attack on Thursday with new sanctions.", "2031-04-18").map((i) => i.date)).toEqual(["2031-04-12/2031-04-13"]);
    expect(incidentsOf("Washington answered Saturday's attack on Thursday with new sanctions.", "2031-04-18").map((i) => i.date)).toEqual(["2031-04-12"]);
  });
});

describe("session 27: a dated strike ', widely attributed to' a state", () => {
  it("reads 'began with the April 1 strike, widely attributed to Israel, that destroyed a building' as a strike", () => {
    expect(incidentsOf("The current cycle began with the April 1 strike, widely attributed to Israel, that destroyed a building in Example City.", "2031-04-29").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-04-01"]]);
  });
});

describe("session 27: a force that left for the region, and a negation that stops at ', and'", () => {
  it("reads 'The destroyer Example Star left Example Port on Dec. 27 with some 300 personnel' as a deployment that day", () => {
    expect(incidentsOf("The destroyer Example Star left Example Port on Dec. 27 with some 300 personnel and a helicopter.", "2031-01-22").map((i) => [i.kind, i.date])).toEqual([["deployment", "2030-12-27"]]);
  });
  it("reads 'Ruritania did not join the coalition, and two patrol planes left for the region on Jan. 11' as a deployment", () => {
    expect(incidentsOf("Ruritania did not join the coalition, and two patrol planes left for the region on Jan. 11.", "2031-01-22").map((i) => [i.kind, i.date])).toEqual([["deployment", "2031-01-11"]]);
  });
  it("reads no act in 'If Ruritania attacks, and the navy seizes a tanker, the talks end'", () => {
    expect(incidentsOf("If Ruritania attacks, and the navy seizes a tanker, the talks end.", "2031-01-22")).toEqual([]);
  });
  it("reads no deployment in 'The minister left for Brussels on Monday'", () => {
    expect(incidentsOf("The minister left for Brussels on Monday.", "2031-01-22")).toEqual([]);
  });
});

describe("session 27: a killing by 'the same administration'", () => {
  it("reads 'In January 2030, the same administration assassinated the commander' as a strike", () => {
    expect(incidentsOf("In January 2030, the same administration assassinated the commander at Example airport.", "2031-10-02").map((i) => [i.kind, i.date])).toEqual([["strike", "2030-01"]]);
  });
});

describe("session 27: an act counted back from the writing, and approaches 'what the Navy called' unsafe", () => {
  it("dates 'Eight months after bombers hit the plant, the two sides are talking again' to the month eight before publication", () => {
    expect(incidentsOf("Eight months after American bombers hit the Example plant, the United States and Ruritania are talking again.", "2031-02-19").map((i) => [i.kind, i.date])).toEqual([["strike", "2030-06"]]);
  });
  it("does not date that act when the main clause tells a past act ('…, the envoys met in Oslo')", () => {
    expect(incidentsOf("Eight months after American bombers hit the Example plant, the envoys met in Oslo.", "2031-02-19").map((i) => i.date)).not.toContain("2030-06");
  });
  it("reads 'fast boats made what the Navy called \"unsafe and unprofessional\" high-speed approaches to a destroyer' as harassment", () => {
    expect(incidentsOf('Earlier this month, fast boats made what the Navy called "unsafe and unprofessional" high-speed approaches to a destroyer in the Strait of Hormuz.', "2031-02-19").map((i) => i.kind)).toEqual(["vessel-harassment"]);
  });
});

describe("session 27: waves of missiles in answer, a drone attack 'that killed', a force that deployed from its port", () => {
  it("reads 'On June 13, Ruritania retaliated with waves of ballistic missiles' as a missile launch", () => {
    expect(incidentsOf("On June 13, Ruritania retaliated with waves of ballistic missiles and drones targeting Example cities.", "2031-12-20").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2031-06-13"]]);
  });
  it("reads 'the drone attack that killed three soldiers at the Alpha outpost on January 28' as a strike", () => {
    expect(incidentsOf("The official pointed to the drone attack that killed three soldiers at the Alpha outpost on January 28.", "2031-12-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-01-28"]]);
  });
  it("reads 'The Example deployed from San Diego in late November' as a deployment", () => {
    expect(incidentsOf("The carrier Example deployed from San Diego in late November.", "2031-12-20").map((i) => i.kind)).toEqual(["deployment"]);
  });
});

describe("session 27: ships that 'were sabotaged'", () => {
  it("reads 'On 12 May 2031, four commercial vessels were sabotaged off the coast of Example Port' as an incident with no author", () => {
    expect(incidentsOf("On 12 May 2031, four commercial vessels, two of them tankers, were sabotaged off the coast of Example Port.", "2031-11-20").map((i) => [i.kind, i.date])).toEqual([["other", "2031-05-12"]]);
  });
});

describe("session 27: a ship that 'had struck' a boat, and an act told in a 'since' clause of its own", () => {
  it("reads only the seizure in 'the navy seized the tanker Example Star, saying the ship had struck a fishing boat'", () => {
    expect(incidentsOf("On April 27, the navy seized the tanker Example Star in the Gulf of Oman, saying the ship had struck a fishing boat.", "2031-05-01").map((i) => i.kind)).toEqual(["vessel-seizure"]);
  });
  it("reads 'Ruritania had vowed revenge since an air strike on April 1 destroyed its consulate' as the strike", () => {
    expect(incidentsOf("Ruritania had vowed revenge since an air strike on April 1 destroyed its consulate in Example City.", "2031-04-14").map((i) => [i.kind, i.date])).toEqual([["strike", "2031-04-01"]]);
  });
});

describe("session 27: messages sent, and an attack as the time of an address", () => {
  it("reads no deployment in 'the Ruritanians sent messages through these channels that it would not target American forces'", () => {
    expect(incidentsOf('On Monday the Ruritanians sent messages through these channels that their response would be "limited" and would not target American forces.', "2031-04-21")).toEqual([]);
  });
  it("reads no launch in 'In his address on the morning of the missile attack, the President had stated …, and officials said on Friday …'", () => {
    expect(incidentsOf("In his address on the morning of the missile attack, the President had stated that sanctions would follow, and officials said on Friday that designations should be expected.", "2031-01-14")).toEqual([]);
  });
});

describe("session 28: the day of the act answered", () => {
  it("does not date 'a limited strike in retaliation for last weekend's barrage' by last weekend", () => {
    expect(incidentsOf("Officials said Ruritania had carried out a limited strike in retaliation for last weekend's Iranian barrage.", "2031-04-20")).toEqual([]);
  });
});

describe("session 28: a strike named by its month and year", () => {
  it("reads 'The January 2030 strike that killed the general' as a strike that month", () => {
    expect(incidentsOf("The January 2030 strike that killed General Jan Example briefly reset Iran's risk calculus.", "2031-08-20").map((i) => [i.kind, i.date])).toEqual([["strike", "2030-01"]]);
  });
});

describe("session 28: boats that approached or followed a ship, commandos onto a described ship", () => {
  it("reads 'three fast boats approached the USS Example' as harassment (a hull name longer than one letter)", () => {
    expect(incidentsOf("On 20 June, three fast boats of the Guards' navy approached the USS Example and the USNS Other County.", "2031-07-02").map((i) => [i.kind, i.date])).toEqual([["vessel-harassment", "2031-06-20"]]);
  });
  it("reads 'three small boats had followed it for about 20 minutes' as harassment", () => {
    expect(incidentsOf("On Thursday, the crew of a Ruritanian-operated product tanker reported that three small boats had followed it for about 20 minutes near the Strait of Hormuz before turning away.", "2031-02-01").map((i) => [i.kind, i.date])).toEqual([["vessel-harassment", "2031-01-30"]]);
  });
  it("does not read 'the delegation followed the talks closely' or 'boats followed the rules' as harassment", () => {
    expect(incidentsOf("On Thursday, the fishing boats followed the new rules in the Gulf.", "2031-02-01")).toEqual([]);
  });
  it("reads 'commandos rappelled from a helicopter onto the Ruritanian-flagged container ship MSC Example' as a seizure", () => {
    expect(incidentsOf("On April 13, commandos rappelled from a helicopter onto the Ruritanian-flagged container ship MSC Example near the Strait of Hormuz.", "2031-04-20").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-04-13"]]);
  });
});

describe("session 28: ships boarded by armed individuals or personnel", () => {
  it("reads 'was boarded by four to five armed individuals … and diverted towards Example Port' as a seizure", () => {
    expect(incidentsOf("On 11 January 2031, the tanker Example Star was boarded by four to five armed individuals approximately 50 NM east of Sohar, Oman, and diverted towards Jask.", "2031-12-01").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-01-11"]]);
    expect(incidentsOf("On 13 April 2031, the container ship MSC Example was boarded by personnel descending from a helicopter.", "2031-12-01").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-04-13"]]);
  });
  it("reads a boarding by armed personnel that let the ship resume its voyage as harassment", () => {
    expect(incidentsOf("The Liberian-flagged Example was boarded by armed personnel on Friday but was allowed to resume its voyage after an hour.", "2031-07-22").map((i) => i.kind)).toEqual(["vessel-harassment"]);
  });
});

describe("session 28: ships attacked by no one named", () => {
  it("reads 'tankers were attacked off the coast of Example Port on May 12' as an incident of unknown kind, not a strike", () => {
    expect(incidentsOf("Tehran could resort to its proxies, as happened last summer when tankers were attacked off the coast of Fujairah on May 12.", "2031-01-09").map((i) => [i.kind, i.date])).toEqual([["other", "2030-05-12"]]);
  });
  it("keeps 'tankers were attacked by drones' a strike", () => {
    expect(incidentsOf("Two tankers were attacked by drones off the coast of Fujairah on May 12.", "2031-01-09").map((i) => i.kind)).toEqual(["strike"]);
  });
});

describe("session 28: a ship stopped, then taken away in the next sentence; seizures counted in a week", () => {
  it("reads 'the tanker Example was intercepted by a swarm of fast craft. The vessel was forced to alter course towards Iranian territorial waters.' as a seizure", () => {
    expect(incidentsOf("On Wednesday morning, the Panama-flagged tanker Example was intercepted by a swarm of fast attack craft in the Strait of Hormuz. The vessel was forced to alter course towards Iranian territorial waters.", "2031-05-05").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-04-30"]]);
  });
  it("reads 'swarmed the tanker … shortly after 6:20 a.m. local time, forcing the ship to reverse course and head toward Iranian waters' as a seizure", () => {
    expect(incidentsOf("On Wednesday, a dozen fast-attack craft swarmed the Panama-flagged tanker Example as it transited the Strait of Hormuz shortly after 6:20 a.m. local time, forcing the ship to reverse course and head toward Iranian territorial waters.", "2031-05-04").map((i) => i.kind)).toEqual(["vessel-seizure"]);
  });
  it("reads no incident in 'Iranian forces have seized two commercial tankers in the space of a week'", () => {
    expect(incidentsOf("Iranian forces have seized two commercial tankers in the space of a week, and analysts expect more.", "2031-05-05")).toEqual([]);
  });
});

describe("session 28: a killing attributed to a state", () => {
  it("reads 'The killing of the physicist X near Tehran on 27 November 2030, in an operation widely attributed to Ruritania' as a strike", () => {
    expect(incidentsOf("The killing of the physicist Jan Example near Tehran on 27 November 2030, in an operation widely attributed to Ruritania, hardened positions.", "2031-01-10").map((i) => [i.kind, i.date])).toEqual([["strike", "2030-11-27"]]);
  });
});

describe("session 28: an act done 'since'", () => {
  it("does not date 'the United States has since moved warships to the region' by the seizure told before it", () => {
    expect(incidentsOf("In April, Iranian forces seized the tanker Example Star in the Gulf of Oman, and the United States has since moved additional warships and aircraft to the region.", "2031-09-19").map((i) => [i.kind, i.date])).toEqual([["vessel-seizure", "2031-04"]]);
  });
});

describe("session 28: the missiles of a force struck", () => {
  it("reads 'the missiles of the IRGC struck the American base' as a missile launch", () => {
    expect(incidentsOf("On January 8, 2030, the missiles of the IRGC struck the American base at Ain al-Asad in Iraq.", "2031-01-10").map((i) => i.kind)).toEqual(["missile-launch"]);
  });
});

describe("session 28: an act that followed another", () => {
  it("reads 'The missile attack followed a US drone strike near the airport last Friday that killed the general' as the strike of last Friday only", () => {
    expect(incidentsOf("The missile attack followed a US drone strike near Baghdad International Airport last Friday that killed General Jan Example.", "2031-01-08").filter((i) => i.date !== undefined).map((i) => [i.kind, i.date])).toEqual([["strike", "2031-01-03"]]);
  });
});

describe("session 28: an undated text's narrative year and a sentence that counts from the writing", () => {
  it("does not read 'a barrage on October 1' in the year last written when the same sentence says 'October 26 last year'", () => {
    const text = "Ruritania halted imports in 2029 after its waivers expired.\n\nTensions rose after Example carried out strikes on military sites inside Iran on October 26 last year, in retaliation for an Iranian missile barrage against Example on October 1.";
    const ctx = createDocumentContext({ source: "t.txt", format: "text", text, title: null, links: [] });
    const incidents = extractIncidents(ctx, recogniseActors(ctx, bundledActorDictionary()), bundledActorDictionary());
    expect(incidents.filter((i) => i.date !== undefined)).toEqual([]);
  });
});

describe("session 28: a campaign told as the backdrop of a meeting", () => {
  it("reads no strike in 'met … in Geneva on June 20, even as Ruritanian strikes continued' nor in 'a week into the bombing campaign'", () => {
    expect(incidentsOf("The minister met his European counterparts in Geneva on June 20, even as Ruritanian strikes continued.", "2031-09-01").filter((i) => i.date !== undefined)).toEqual([]);
    expect(incidentsOf("The minister met the European envoys in Geneva on June 20, while the bombing was still under way.", "2031-09-01").filter((i) => i.date !== undefined)).toEqual([]);
    expect(incidentsOf("It was their first meeting since the minister met his counterparts in Geneva on June 20, a week into the Ruritanian bombing campaign.", "2031-09-01").filter((i) => i.date !== undefined)).toEqual([]);
  });
});

describe("session 28: a missile 'launched from' a place that 'was fired towards' a ship; a ship let go on its way", () => {
  it("reads 'a ballistic missile launched from rebel-held areas was fired towards the bulk carrier MV Example' as a missile launch", () => {
    expect(incidentsOf("On Sunday night, a ballistic missile launched from rebel-held areas of Yemen was fired towards the Panama-flagged bulk carrier MV Example.", "2031-02-11").map((i) => [i.kind, i.date])).toEqual([["missile-launch", "2031-02-09"]]);
  });
  it("reads 'was briefly surrounded and diverted towards Iranian waters … before being allowed to continue its voyage' as harassment", () => {
    expect(incidentsOf("A second tanker, the Liberian-flagged Example, was briefly surrounded and diverted towards Iranian waters by Guard boats on Friday evening before being allowed to continue its voyage.", "2031-07-21").map((i) => i.kind)).toEqual(["vessel-harassment"]);
  });
});

describe("session 28: ships targeted in acts of sabotage", () => {
  it("reads 'four commercial vessels were targeted in acts of sabotage off the port' as an incident of unknown kind", () => {
    expect(incidentsOf("On May 12, four commercial vessels, including two Saudi tankers, were targeted in acts of sabotage off the port of Fujairah.", "2031-07-22").map((i) => [i.kind, i.date])).toEqual([["other", "2031-05-12"]]);
  });
});

describe("session 28: a second seizure counted back in its own clause", () => {
  it("reads '…, and six days earlier the navy seized the tanker Example Two' as a seizure six days before", () => {
    expect(incidentsOf("On Wednesday the Guards boarded and seized the tanker Example One in the Strait of Hormuz, and six days earlier the navy seized the tanker Example Two in the Gulf of Oman.", "2031-05-09").map((i) => i.date).sort()).toEqual(["2031-05-01", "2031-05-07"]);
  });
});

describe("session 29: a list of acts, each with its day", () => {
  it("reads 'Mines damaged four tankers off Example Port on May 12, explosions struck the Alpha on June 13, the navy seized the Gamma on July 19, and blasts hit the Delta on October 11' as four incidents", () => {
    const text = "Limpet mines damaged four tankers off Example Port on May 12, explosions struck the tanker Alpha Star in the Gulf of Oman on June 13, the navy seized the British-flagged Gamma Light on July 19, and blasts hit the tanker Delta Wave in the Red Sea on October 11.";
    expect(incidentsOf(text, "2032-01-11").map((m) => [m.kind, m.date]).sort()).toEqual([
      ["other", "2031-05-12"],
      ["other", "2031-06-13"],
      ["other", "2031-10-11"],
      ["vessel-seizure", "2031-07-19"],
    ]);
  });
});

describe("session 29: the target's missile sites, bombs told by their count", () => {
  it("reads 'launched a wave of air strikes on nuclear facilities, missile bases and commanders' as a strike, not a missile launch", () => {
    expect(incidentsOf("The conflict began on 13 June 2031, when Ruritania launched a wave of air strikes on nuclear facilities, missile bases and military commanders.", "2031-07-01").map((m) => [m.kind, m.date])).toEqual([["strike", "2031-06-13"]]);
  });

  it("reads 'with seven bombers dropping 14 of the weapons on two enrichment facilities' as a strike", () => {
    expect(incidentsOf("The bomber fleet has carried out its first combat use of the new penetrator, with seven bombers dropping 14 of the weapons on two Ruritanian enrichment facilities in the early hours of Sunday, 22 June.", "2031-06-25").map((m) => [m.kind, m.date])).toEqual([["strike", "2031-06-22"]]);
  });
});

describe("session 29: a war's start told by its first act", () => {
  it("dates 'The war began on 13 June 2031, when Ruritania bombed nuclear facilities' by that day: the act is the start", () => {
    expect(incidentsOf("The war began on 13 June 2031, when Ruritania bombed nuclear facilities.", "2031-07-01").map((m) => [m.kind, m.date])).toEqual([["strike", "2031-06-13"]]);
  });
});

describe("session 29: ships damaged by no one named", () => {
  it("reads 'Four tankers were damaged off Example Port on May 12' as an incident of no named author, and 'damaged by drones' as a strike", () => {
    expect(incidentsOf("Four tankers were damaged off Example Port on May 12.", "2031-07-22").map((m) => [m.kind, m.date])).toEqual([["other", "2031-05-12"]]);
    expect(incidentsOf("Two tankers were damaged by Ruritanian drones off Example Port on May 12.", "2031-07-22").map((m) => m.kind)).toEqual(["strike"]);
  });
});

describe("session 29: an answer in missiles fired at a target, a downing within hours of that salvo", () => {
  it("reads 'Ruritania responded five days later with ballistic missiles fired at bases in Example' as a launch five days after, and 'Within hours of that salvo, …' as on its day", () => {
    const text = "On 3 January 2030, a drone strike killed General Jane Roe near the airport. Ruritania responded five days later with ballistic missiles fired at bases in Example hosting foreign troops. Within hours of that salvo, Ruritanian air defences shot down a passenger jet leaving the capital.";
    expect(incidentsOf(text, "2031-01-10").map((m) => [m.kind, m.date]).sort()).toEqual([["missile-launch", "2030-01-08"], ["other", "2030-01-08"], ["strike", "2030-01-03"]]);
  });
});

describe("session 29: a power failure caused by an explosion, a blast aboard a ship named with its day", () => {
  it("reads 'two days after a power failure, caused by an explosion, knocked out the network at Example on Sunday morning'", () => {
    expect(incidentsOf("The announcement came two days after a power failure, caused by an explosion, knocked out the electricity network feeding the halls at Example on Sunday morning.", "2031-04-15").map((m) => [m.kind, m.date])).toEqual([["other", "2031-04-13"]]);
  });

  it("reads 'including an explosion aboard the vehicle carrier Example Ray in the Gulf of Oman on February 25-26' as that incident", () => {
    expect(incidentsOf("That attack came after a string of incidents involving merchant ships, including an explosion aboard the vehicle carrier Example Ray in the Gulf of Oman on February 25-26, which Ruritania blamed on its neighbour.", "2031-04-13").map((m) => [m.kind, m.date])).toEqual([["other", "2031-02-25/2031-02-26"]]);
  });
});

describe("session 29: a plan's day is not the day of what the plan was dropped for", () => {
  it("does not date the strikes in 'A sixth round had been scheduled for Oslo on 15 June 2031, but Ruritania withdrew after the strikes began' by the round's day", () => {
    expect(incidentsOf("A sixth round had been scheduled to take place in Oslo on 15 June 2031, but Ruritania withdrew after the Example strikes began.", "2031-09-01").filter((m) => m.date !== undefined)).toEqual([]);
  });
});

describe("session 29: boats trying to impede a ship", () => {
  it("reads 'the frigate trained her guns on three fast attack craft that were trying to impede the passage of the tanker Example Heritage' as harassment", () => {
    expect(incidentsOf("On 10 July 2031, the frigate HMS Example trained her guns on three Ruritanian fast attack craft that were trying to impede the passage of the tanker Example Heritage near the strait, and the boats withdrew.", "2031-08-01").map((m) => [m.kind, m.date])).toEqual([["vessel-harassment", "2031-07-10"]]);
  });
});

describe("session 29: drones destroyed, counted loosely", () => {
  it("reads 'destroyed more than 80 one-way attack drones' as shoot-downs", () => {
    expect(incidentsOf("Central Command said its forces destroyed more than 80 one-way attack drones aimed at Example on Saturday.", "2031-04-16").map((m) => m.kind)).toEqual(["drone-shootdown"]);
  });
});
