import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDocumentContext } from "./_context.js";
import { bundledActorDictionary, loadActorDictionary, recogniseActors } from "./actors.js";

const contextOf = (text: string) => createDocumentContext({ source: "test.txt", format: "text", text, title: null, links: [] });
const read = (text: string) => {
  const ctx = contextOf(text);
  return { ctx, index: recogniseActors(ctx, bundledActorDictionary()) };
};
const ids = (text: string) => read(text).index.actors.map((a) => a.id);

describe("recogniseActors", () => {
  it("knows the states a Security Council vote or a ship's flag names beyond the file's own ('only the Dominican Republic voted with Washington')", () => {
    expect(ids("Only the Dominican Republic voted with Washington; Slovenia and Montenegro abstained.")).toEqual(expect.arrayContaining(["state:dominican-republic", "state:slovenia", "state:montenegro"]));
  });

  it("resolves capitals, adjectives and dictionary officials to their actors", () => {
    const found = ids("Tehran rejected the offer, an Iranian official said, after Marco Rubio spoke to the Omani side in Muscat.");
    expect(found).toEqual(expect.arrayContaining(["state:iran", "person:marco-rubio", "state:oman"]));
  });

  it("links a bare 'the Foreign Ministry' to the ministry of the state whose foreign minister the text named last", () => {
    expect(ids("Iranian Deputy Foreign Minister Majid Takht-Ravanchi said talks were on track. The track referenced by the Foreign Ministry is narrow.")).toContain("organisation:iran-foreign-ministry");
    expect(ids("Talks were on track, the Foreign Ministry said.")).not.toContain("organisation:iran-foreign-ministry");
  });

  it("leaves out a wire's credit line but keeps the outlet cited in the text", () => {
    expect(ids("TEHRAN, April 19, 2024 (AFP) - Explosions were heard near Isfahan.")).not.toContain("organisation:afp");
    expect(ids("Explosions were heard near Isfahan, AFP reported.")).toContain("organisation:afp");
    expect(ids("Three outlets - Tasnim, Mehr News, and Al-Alam — carried the story.")).toContain("organisation:al-alam");
  });

  it("does not take another person with a dictionary official's surname for that official", () => {
    const found = ids("Among them were Gholamreza Soleimani, the head of the Basij, and Mohammad Hossein Shamkhani's shipping firms.");
    expect(found).toEqual(expect.arrayContaining(["person:gholamreza-soleimani", "person:mohammad-hossein-shamkhani"]));
    expect(found).not.toContain("person:qasem-soleimani");
    expect(found).not.toContain("person:ali-shamkhani");
  });

  it("finds persons by a known given name, but not in a byline", () => {
    const found = ids("By Helen Marsh\nThe nationals - among them Siamak Namazi, Emad Shargi and Morad Tahbaz - were flown out.");
    expect(found).toEqual(expect.arrayContaining(["person:siamak-namazi", "person:emad-shargi", "person:morad-tahbaz"]));
    expect(found).not.toContain("person:helen-marsh");
  });

  it("reads officials and executives by office: press secretary, chief executive", () => {
    const roles = read("White House Press Secretary Jen Psaki said so. Stena Bulk Chief Executive Erik Hanell agreed.").index.actors.flatMap((a) => a.roles.map((r) => `${a.id}: ${r.title}`));
    expect(roles).toEqual(expect.arrayContaining(["person:jen-psaki: Press Secretary", "person:erik-hanell: Chief Executive"]));
  });

  it("finds ships written after 'The tanker', ending in a number, listed after a plural, or in a sanctions annex, without size class", () => {
    const found = ids(
      "The tanker Niovi left Dubai. Marines seized the tanker Grace 1 off Gibraltar. The Guards seized two tankers, the Delta Poseidon and the Prudent Warrior. Iran took the Marshall Islands-flagged Suezmax Advantage Sweet.\nOCEAN KESTREL (f.k.a. GULF PRIDE) Crude Oil Tanker Panama flag; IMO 9281073.",
    );
    expect(found).toEqual(expect.arrayContaining(["vessel:niovi", "vessel:grace-1", "vessel:delta-poseidon", "vessel:prudent-warrior", "vessel:advantage-sweet", "vessel:ocean-kestrel"]));
  });

  it("finds a ship by its appositive with a tonnage, by a cargo it carried when detained, and by its size class", () => {
    const found = ids(
      "The Stena Impero, a 30,000-tonne product tanker owned by Stena Bulk, was approached by four craft. Marines helped the authorities detain the Grace 1, which was suspected of carrying crude to Syria. Forces seized the Marshall Islands-flagged suezmax St Nikolas.",
    );
    expect(found).toEqual(expect.arrayContaining(["vessel:stena-impero", "vessel:grace-1", "vessel:st-nikolas"]));
    // A name detained with no ship, sea, day or cargo around it is not read as a ship.
    expect(ids("Police detained the Grace Hopper Group, which was accused of fraud.")).not.toContain("vessel:grace-hopper-group");
  });

  it("finds a ship owned by a bulk carrier's company, and every later mention of a ship by its name alone", () => {
    const { index } = read("The Stena Impero, owned by Sweden's Stena Bulk, was surrounded. Later the Stena Impero was taken to port.");
    const mentions = index.mentions.filter((m) => m.actorId === "vessel:stena-impero");
    expect(mentions).toHaveLength(2);
  });

  it("reads a paragraph's first word in capitals ('IRANIAN forces boarded …') as the state, but not a dateline", () => {
    expect(ids("IRANIAN forces boarded the tanker on Thursday.")).toContain("state:iran");
    expect(ids("MUSCAT (Reuters) - Forces boarded the tanker on Thursday.")).not.toContain("state:oman");
    expect(ids("The report said NORWAY was consulted.")).not.toContain("state:norway");
  });

  it("leaves where a company is based out of its name", () => {
    expect(ids("The tanker is managed by Istanbul-based Advantage Tankers and Marshall Islands-registered Kestrel Bay Maritime Inc.")).toEqual(
      expect.arrayContaining(["organisation:advantage-tankers", "organisation:kestrel-bay-maritime"]),
    );
  });

  it("ends a name at the full stop that ends its sentence, but not at an abbreviated title", () => {
    const roles = read('"Iran supplies drones," said Deputy Secretary of the Treasury Michael Faulkender. "We will respond," says spokesman Rear Adm. Daniel Hagari.').index.actors.flatMap((a) => a.roles.map((r) => `${a.name}: ${r.title}`));
    expect(roles).toContain("Michael Faulkender: Deputy Secretary of the Treasury");
    expect(ids('says spokesman Rear Adm. Daniel Hagari.')).not.toContain("person:rear-adm");
  });

  it("reads a state's ministry named by its adjective, keeping the state's own mention", () => {
    expect(ids("The Syrian defence ministry said seven soldiers died.")).toEqual(expect.arrayContaining(["state:syria", "organisation:syria-defence-ministry"]));
  });

  it("finds the ship heading a bulletin entry, and no person in a place such as a road", () => {
    expect(ids("2.1 GALAXY LEADER (Bahamas-flagged car carrier). Boarded and seized on 19 November 2023.")).toEqual(expect.arrayContaining(["vessel:galaxy-leader", "state:bahamas"]));
    expect(ids("Its office is on Sheikh Zayed Road in Dubai.")).toEqual([]);
  });

  it("prefers the longest dictionary name and strips a possessive from the span", () => {
    const { ctx, index } = read("A spokesman for US Central Command said Trump's envoy would travel.");
    expect(index.actors.map((a) => a.id)).toContain("organisation:us-central-command");
    expect(index.actors.map((a) => a.id)).not.toContain("state:united-states");
    const trump = index.mentions.find((m) => m.actorId === "person:donald-trump")!;
    expect(ctx.document.text.slice(trump.start, trump.end)).toBe("Trump");
  });

  it("recognises a titled person the dictionary does not know, with the state of the title and the title as stated", () => {
    const { index } = read("Qatari Foreign Minister Khalid Al-Mansouri met reporters. Al-Mansouri later left.");
    const person = index.actors.find((a) => a.id === "person:khalid-al-mansouri");
    expect(person?.affiliation).toBe("state:qatar");
    expect(person?.roles).toEqual([expect.objectContaining({ title: "Foreign Minister", of: "state:qatar", source: "article" })]);
    expect(person?.mentions).toHaveLength(2);
  });

  it("links a later surname to the full name given earlier", () => {
    const { index } = read("Admiral Brad Cooper, head of US Central Command, attended. Cooper said little.");
    const cooper = index.actors.find((a) => a.id === "person:brad-cooper")!;
    expect(cooper.mentions.map((m) => m.quote)).toEqual(["Brad Cooper", "Cooper"]);
    expect(cooper.roles.map((r) => r.title)).toEqual(expect.arrayContaining(["Admiral", "head of US Central Command"]));
  });

  it("does not link a common surname when the document never gave the full name", () => {
    expect(ids("Cooper said the meeting was useful.")).toEqual([]);
  });

  it("recognises named vessels with flag and type", () => {
    const { index } = read("The IRGC Navy seized the Marshall Islands-flagged tanker Ocean Star in the Gulf of Oman, while the destroyer USS Mason watched.");
    const tanker = index.actors.find((a) => a.id === "vessel:ocean-star");
    expect(tanker?.vessel).toEqual({ flag: "state:marshall-islands", type: "tanker" });
    const destroyer = index.actors.find((a) => a.id === "vessel:uss-mason");
    expect(destroyer?.vessel).toEqual({ flag: "state:united-states", type: "destroyer" });
    expect(index.actors.map((a) => a.id)).toContain("organisation:irgc-navy");
  });

  it("recognises an organisation by the head of its name, but not a sentence-initial phrase", () => {
    const found = ids("The Nordic Policy Forum warned of escalation. The Talks Remain Fragile.");
    expect(found).toContain("organisation:nordic-policy-forum");
    expect(found.filter((id) => id.startsWith("organisation:"))).toHaveLength(1);
  });

  it("keeps only references to actors the document names", () => {
    const { index } = read("Brad Cooper arrived.");
    const cooper = index.actors.find((a) => a.id === "person:brad-cooper")!;
    expect(cooper.affiliation).toBeUndefined();
    expect(cooper.roles.every((r) => r.of === undefined)).toBe(true);
  });

  it("finds the actors named within a span", () => {
    const { index } = read("Iran and Oman met. Qatar watched.");
    expect(index.within({ start: 0, end: 18 }).map((m) => m.actorId)).toEqual(["state:iran", "state:oman"]);
  });
  it("reads a title, a comma and a name, and strips a title from the head of an appositive's name", () => {
    const { index } = read("The Defence Secretary, Harriet Vale, said Britain would help. Brigadier General Karim Nouri, commander of the border guards, declined.");
    const vale = index.actors.find((a) => a.id === "person:harriet-vale");
    expect(vale?.roles).toEqual([expect.objectContaining({ title: "Defence Secretary", source: "article" })]);
    expect(index.actors.map((a) => a.id)).toContain("person:karim-nouri");
    expect(index.actors.map((a) => a.id)).not.toContain("person:brigadier-general-karim-nouri");
    // A title followed by a name is that name's title, not an appositive of the words before it.
    expect(ids("Minister of Trade Affairs, Sheikh Salem Al Harthy, arrived.")).not.toContain("person:trade-affairs");
  });

  it("reads those quoted for their expertise by the appositive that says so, without the 'Dr' before the name", () => {
    const { index } = read('"It adds weeks," said Dr. Tamsin Okorafor, a senior analyst at Example Research. Brannigan Voss, a fellow at the Example Institute, agreed.');
    const okorafor = index.actors.find((a) => a.id === "person:tamsin-okorafor");
    expect(okorafor?.name).toBe("Tamsin Okorafor");
    expect(okorafor?.roles).toEqual([expect.objectContaining({ title: "senior analyst at Example Research" })]);
    expect(index.actors.map((a) => a.id)).toContain("person:brannigan-voss");
  });

  it("reads a ship whose owner's adjective stands before its flag with a comma", () => {
    expect(ids("The guards boarded the Danish-owned, Liberia-flagged tanker Sea Wren near the strait.")).toContain("vessel:sea-wren");
  });

  it("recognises companies by their registered form and their short name in brackets", () => {
    const { index } = read("Brightwater Shipping L.L.C. (Brightwater) manages two tankers. Brightwater is based in Dubai. Nordic Fuel Trading Co., Limited owns a third.");
    const company = index.actors.find((a) => a.id === "organisation:brightwater-shipping")!;
    expect(company.name).toBe("Brightwater Shipping L.L.C.");
    expect(company.mentions.map((m) => m.quote)).toEqual(["Brightwater Shipping L.L.C.", "Brightwater", "Brightwater"]);
    expect(index.actors.map((a) => a.name)).toContain("Nordic Fuel Trading Co., Limited");
    // A full stop ends a name: no "Dubai. Nordic Fuel Trading Co.".
    expect(index.actors.map((a) => a.name).filter((n) => n.includes("."))).toEqual(["Brightwater Shipping L.L.C.", "Nordic Fuel Trading Co., Limited"]);
  });

  it("reads an organisation that its bracketed initials abbreviate, but not a person's name", () => {
    expect(ids("Funds went to the Maritime Logistics Directorate (MLD), a front. The MLD denied it.")).toContain("organisation:maritime-logistics-directorate");
    expect(ids("Jane Roe (Reuters) reported it.").some((id) => id.startsWith("organisation:jane"))).toBe(false);
  });

  it("recognises vessels named in capitals, with their IMO number", () => {
    const { index } = read("OFAC identified the Togo-flagged crude oil tanker SILVER DAWN (IMO 9123456) and the Palau-flagged RIVER KITE.");
    expect(index.actors.find((a) => a.id === "vessel:silver-dawn")?.vessel).toEqual({ flag: "state:togo", type: "crude oil tanker", imo: "9123456" });
    expect(index.actors.map((a) => a.id)).toContain("vessel:river-kite");
    expect(index.actors.filter((a) => a.kind === "vessel" && a.name.length < 3)).toEqual([]);
  });

  it("names an organisation by an acronym after what it is", () => {
    const { index } = read("Yemen's state news agency YNA said the port was hit.");
    expect(index.actors.find((a) => a.id === "organisation:yna")?.organisationType).toBe("media");
  });

  it("does not read a sea named after a state as a mention of the state", () => {
    expect(ids("A tanker was seized in the Gulf of Oman and another in the Indian Ocean.")).toEqual([]);
  });

  it("recognises bodies of states by the head of their name, not across an apostrophe or a line", () => {
    const found = ids("Iraq's Popular Defence Forces and the Armed Forces Logistics Staff responded.\nFLEET NEWS\nCoastal Patrol Command said nothing.");
    expect(found).toEqual(expect.arrayContaining(["organisation:popular-defence-forces", "organisation:armed-forces-logistics-staff"]));
    expect(found.some((id) => id.includes("iraq-s"))).toBe(false);
    expect(ids("Trump spoke aboard Air Force One.")).not.toContain("organisation:air-force");
  });
  it("keeps the state a navy prefix names, quoted by the prefix, when the text names it nowhere else", () => {
    const { index } = read("An F-35C from the USS Carl Vinson shot down a drone on Monday.");
    const us = index.actors.find((a) => a.id === "state:united-states");
    expect(us?.mentions.map((m) => m.quote)).toEqual(["USS"]);
    expect(index.actors.find((a) => a.id === "vessel:uss-carl-vinson")?.affiliation).toBe("state:united-states");
    const named = read("The United States said the USS Carl Vinson sailed.").index.actors.find((a) => a.id === "state:united-states");
    expect(named?.mentions.map((m) => m.quote)).toEqual(["United States"]);
    expect(ids("The MV Sea Star sailed on Monday.").filter((id) => id.startsWith("state:"))).toEqual([]);
  });
  it("reads names with an inner capital", () => {
    expect(ids("US envoy Brett McGurk arrived.")).toContain("person:brett-mcgurk");
  });
  it("reads a title with its complement, a comma and a name", () => {
    const { index } = read("Iran's ambassador to the UN, Amir Saeid Iravani, wrote to the Council. The spokesman of the Iranian Judiciary, Asghar Jahangir, said so.");
    expect(index.actors.map((a) => a.id)).toEqual(expect.arrayContaining(["person:amir-saeid-iravani", "person:asghar-jahangir"]));
    expect(index.actors.find((a) => a.id === "person:amir-saeid-iravani")?.affiliation).toBe("state:iran");
  });
});

describe("names the dictionary does not know", () => {
  it("reads a name after stacked titles, keeping the first title as the role", () => {
    const { index } = read("The range was confirmed by Defense Minister Brigadier General Mohammad Reza Ashtiani on Monday.");
    const person = index.actors.find((a) => a.id === "person:mohammad-reza-ashtiani");
    expect(person?.roles?.map((r) => r.title)).toEqual(["Defense Minister"]);
  });

  it("keeps a ship's middle initial and an organisation's 'for …' tail in the name", () => {
    expect(ids("Hegseth ordered the USS Carl Vinson to join the USS Harry S. Truman.")).toContain("vessel:uss-harry-s-truman");
    expect(ids("He is a senior fellow at the Lowell Center for Strategic Studies in Washington.")).toContain("organisation:lowell-center-for-strategic-studies");
  });
});

describe("loadActorDictionary", () => {
  it("extends the bundled dictionary with a user file", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-actors-"));
    const file = join(dir, "extra.json");
    writeFileSync(file, JSON.stringify({ actors: [{ id: "person:jane-roe", kind: "person", name: "Jane Roe", aliases: ["Roe"], affiliation: "state:iran" }, { id: "state:iran", name: "Iran", aliases: ["Persia"] }] }));
    const dictionary = loadActorDictionary(file);
    expect(dictionary.forms.get("Roe")).toBe("person:jane-roe");
    expect(dictionary.forms.get("Persia")).toBe("state:iran");
    expect(dictionary.forms.get("Iranian")).toBe("state:iran");
  });

  it("says which entry is malformed", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-actors-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ actors: [{ id: "Iran", name: "Iran" }] }));
    expect(() => loadActorDictionary(file)).toThrow(/could not load actor dictionary - .*actors\[0\]: expected an id/);
  });

  it("adds a user file's members to a group's and says when one is not an actor id", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-actors-"));
    const file = join(dir, "group.json");
    writeFileSync(file, JSON.stringify({ actors: [{ id: "organisation:e3", name: "E3", members: ["state:italy"] }] }));
    expect(loadActorDictionary(file).entries.get("organisation:e3")?.members).toEqual(["state:france", "state:germany", "state:united-kingdom", "state:italy"]);
    writeFileSync(file, JSON.stringify({ actors: [{ id: "organisation:e3", name: "E3", members: ["Italy"] }] }));
    expect(() => loadActorDictionary(file)).toThrow(/actors\[0\]: expected members to be actor ids such as state:france, received \["Italy"\]/);
  });

  it("reads ships from a form's vessel field, not a description there, and keeps 'Mc' in a capitalised name", () => {
    const found = ids("Vessel:    FRONT ALTAIR (Marshall Islands) / KOKUKA COURAGEOUS (Panama)\nVessel: Bulk carrier, Panama flag\nThey withdrew on arrival of the destroyer USS McFAUL.");
    expect(found).toEqual(expect.arrayContaining(["vessel:front-altair", "vessel:kokuka-courageous", "vessel:uss-mcfaul"]));
    expect(found).not.toContain("vessel:bulk");
  });

  it("reads the outlet asking at a press conference ('Q (IRNA): …') as an actor, and ships by their crew or a boarding", () => {
    expect(ids("Q (IRNA): When is the next round?\nBaghaei: Soon.")).toContain("organisation:irna");
    expect(ids("HORMUZ (Reuters) - The ministry said.")).not.toContain("organisation:reuters");
    const found = ids("Two Greek nationals are among the crew of the Coral Meridian. A similar operation targeted the Silver Warden, which was boarded near the coast.");
    expect(found).toEqual(expect.arrayContaining(["vessel:coral-meridian", "vessel:silver-warden"]));
  });

  it("reads Indian, Australian and Canadian navy prefixes as ships of those states", () => {
    expect(ids("INS Visakhapatnam answered the distress call.")).toEqual(expect.arrayContaining(["vessel:ins-visakhapatnam", "state:india"]));
  });

  it("reads organisations named with a number or an 'on' tail: 'Task Force 77', 'Patrol Squadron 12', 'the Example Center on Law and Security', not 'the Council on Monday'", () => {
    const found = read("Drones of Task Force 77 and a helicopter of Patrol Squadron 12 were there, said a fellow at the Example Center on Law and Security. The Council on Monday agreed.").index.actors.map((a) => a.name);
    expect(found).toEqual(expect.arrayContaining(["Task Force 77", "Patrol Squadron 12", "Example Center on Law and Security"]));
    expect(found.some((name) => /Monday/.test(name))).toBe(false);
  });
});

describe("session 13: ships listed after their noun with an owner's or flag's adjective", () => {
  it("reads 'two tankers - the Ruritanian-owned Blue Heron and the Example-flagged Sea Wren' as two vessels", () => {
    const found = ids("On June 13, two tankers - the Norwegian-owned Blue Heron and the Japanese-owned Sea Wren - were damaged by explosions.");
    expect(found).toEqual(expect.arrayContaining(["vessel:blue-heron", "vessel:sea-wren"]));
  });

  it("recognises a ship named as the subject of 'was intercepted and boarded', and one after 'the Iranian-crewed, Russian-flagged tanker'", () => {
    expect(ids("Several hours later, the Sea Wren was intercepted and boarded off the coast.")).toContain("vessel:sea-wren");
    expect(ids("Greece detained the Iranian-crewed, Russian-flagged tanker Blue Heron off Evia.")).toContain("vessel:blue-heron");
  });

  it("names 'the 4,400-ton destroyer X' a vessel and keeps a unit's number in its name ('the 494th Fighter Squadron')", () => {
    expect(ids("The 4,400-ton destroyer Sea Wren leads the contingent.")).toContain("vessel:sea-wren");
    expect(ids("A squadron from the 494th Fighter Squadron arrived.")).toContain("organisation:494th-fighter-squadron");
  });
});

describe("session 26: a ship named only as what was seized", () => {
  it("reads 'the Guards seized the Sea Wren' as a vessel, and not 'seized the Golan Heights'", () => {
    const vessels = (text: string) => ids(text).filter((id) => id.startsWith("vessel:"));
    expect(vessels("On 19 July the Guards seized the Sea Wren in the strait.")).toEqual(["vessel:sea-wren"]);
    expect(vessels("In 1967 the army seized the Golan Heights.")).toEqual([]);
  });
});

describe("session 26: ships named in lists, annexes and by cutters", () => {
  it("reads two ships after their plural type, a name before its IMO number, and a Coast Guard cutter", () => {
    const vessels = (text: string) => ids(text).filter((id) => id.startsWith("vessel:"));
    expect(vessels("Blasts crippled the tankers Sea Wren and Blue Heron in the Gulf of Oman.")).toEqual(["vessel:sea-wren", "vessel:blue-heron"]);
    expect(vessels("The vessels include PEARL TIDE (IMO 9199540) and KESTREL (IMO 9203368).")).toEqual(["vessel:pearl-tide", "vessel:kestrel"]);
    expect(vessels("The Coast Guard cutter Example fired some 30 warning shots.")).toEqual(["vessel:example"]);
  });
});

describe("session 26: military units", () => {
  it("reads 'the 82nd Airborne Division', 'the 26th Marine Expeditionary Unit' and 'the Fifth Fleet' as organisations", () => {
    const orgs = ids("The Pentagon sent paratroopers of the 82nd Airborne Division, and the 26th Marine Expeditionary Unit and the Fifth Fleet stayed.").filter((id) => id.startsWith("organisation:"));
    expect(orgs).toEqual(expect.arrayContaining(["organisation:82nd-airborne-division", "organisation:26th-marine-expeditionary-unit"]));
    expect(orgs.some((id) => id.endsWith("fifth-fleet"))).toBe(true);
  });
});

describe("session 26: a state's body named by its adjective", () => {
  it("reads 'the Iraqi parliament' and 'the Indian Navy' as bodies of their states, keeps the states, and takes the dictionary's body where it has one", () => {
    const found = ids("The Iraqi parliament voted on Sunday. The Indian Navy escorted tankers. The American navy sailed.");
    expect(found).toEqual(expect.arrayContaining(["state:iraq", "organisation:iraq-parliament", "state:india", "organisation:india-navy", "organisation:us-navy"]));
  });
});

describe("session 26: a capital where something happened", () => {
  it("reads no state in 'signed an agreement in Cairo', but still in 'Cairo said' and 'Cairo's mediation'", () => {
    expect(ids("The two men signed an agreement in Cairo on September 9.")).not.toContain("state:egypt");
    expect(ids("Cairo said the deal would hold.")).toContain("state:egypt");
    expect(ids("The talks owed much to Cairo's mediation.")).toContain("state:egypt");
  });
});

describe("session 28: a capital in a place's name", () => {
  it("reads no state in 'a convoy leaving Baghdad International Airport', but the state in 'Baghdad protested'", () => {
    expect(ids("A drone fired missiles at a convoy leaving Baghdad International Airport.")).not.toContain("state:iraq");
    expect(ids("Baghdad protested the strike.")).toContain("state:iraq");
  });
});
