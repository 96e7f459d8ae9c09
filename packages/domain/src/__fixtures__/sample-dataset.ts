/**
 * A small, realistic dataset written by hand from the seed articles: short verbatim excerpts of the four
 * seeds, and the records an honest reader would take from them (the 6 Feb 2026 Muscat round, the 3 Feb
 * drone shoot-down and tanker interception, the June 2025 strikes, the 6 Feb sanctions and tariff order,
 * the 21 June 2026 seventh round) with the "imposing" / "authorising … up to" disagreement between 001
 * and 003 kept as a discrepancy.
 *
 * Offsets are never typed by hand: `cite` finds the quote in the document text, so editing an excerpt
 * cannot leave a span pointing at the wrong words.
 */
import { type Actor, type Dataset, type Discrepancy, type Document, type Evidence, type Incident, type Round, SCHEMA_VERSION, type Sanction } from "../index.js";

// Verbatim lines of the seeds (whole paragraphs, joined with "\n").
const TEXT_000 = [
  "Iran and US open two-track track in Muscat, with nuclear file and regional front running on parallel rails",
  "The seventh round of indirect negotiations between Iran and the United States opened in Muscat on 21 June 2026 in a one-day, two-meeting format — morning and afternoon — with Tehran's foreign ministry confirming the structure on the record before the chairs sat down. Iranian foreign ministry spokesman Esmail Baghaei told state media that the day would begin with bilateral meetings, with technical tracks to follow in the afternoon, and that the overarching aim of the session is to reach agreement on ending the war across all fronts, a phrase that, in Tehran's diplomatic usage, gestures simultaneously at the regional Israeli-Iranian shadow confrontation and at the slow-motion confrontation over the country's nuclear programme.",
].join("\n");

const TEXT_001 = [
  "The resumption of diplomatic contact between Washington and Tehran in Oman marks a fragile turning point, but entrenched mistrust, military posturing, and clashing agendas threaten to overwhelm any momentum toward a nuclear agreement.",
  "Three days after American and Iranian delegations concluded hours of indirect discussions in the Omani capital, the fundamental question hanging over the Persian Gulf remains unanswered: did the February 6 session represent a genuine diplomatic opening or merely a tactical pause in an escalatory spiral that has defined relations between the two adversaries since mid-2025? The answer likely lies somewhere in between, and the narrow space occupied by that ambiguity is precisely what makes the coming weeks so consequential.",
  "Any assessment of the Muscat session must begin not with the substance of what was discussed but with the volatile security environment that preceded it. Within a single 72-hour window before delegations arrived in Oman, two incidents underscored how close military friction had come to derailing diplomacy entirely. On February 3, an F-35C fighter jet launched from the USS Abraham Lincoln shot down an Iranian Shahed-139 drone that approached the carrier strike group in the Arabian Sea. The same day, six Iranian gunboats attempted to intercept the US-flagged tanker Stena Imperative in the Strait of Hormuz, ordering the vessel to halt its engines before it managed to continue its passage.",
  "The composition of the American delegation further blurred the line between diplomacy and coercion. Special Envoy Steve Witkoff and Jared Kushner led the team, but the inclusion of Admiral Brad Cooper, head of US Central Command, in full military dress represented an unprecedented presence at a negotiating table ostensibly dedicated to nuclear issues. Iranian officials responded sharply, with one diplomatic source telling Reuters that Cooper’s attendance “endangered” the process. The deliberate fusion of military command authority with diplomatic engagement reflects Washington’s belief that coercive pressure strengthens its hand—a premise Tehran categorically rejects.",
  "The June 2025 joint US-Israeli strikes on Iranian nuclear facilities transformed this trust deficit into something qualitatively different. Tehran reported over a thousand casualties from attacks that hit three separate nuclear sites, and the IAEA subsequently confirmed direct impacts on underground enrichment halls. Iran has since stated that enrichment activity ceased following the bombing, but it has also conditioned future IAEA inspections on entirely new verification frameworks, citing unexploded ordnance at damaged facilities as a safety concern. This creates an information gap that arms control specialists warn could itself become a source of crisis if either side misinterprets the other’s nuclear posture.",
  "The economic dimension of Washington’s approach deserves particular scrutiny because it reveals the fundamental tension embedded in US strategy. Within hours of the Muscat session concluding, the State Department announced sanctions on 15 entities, two individuals, and 14 shadow fleet vessels involved in illicit Iranian petroleum trade. The Treasury Department framed the action as part of the administration’s continuing “maximum pressure” campaign. The same day, Trump signed an executive order imposing 25 percent tariffs on imports from any country purchasing Iranian goods—a sweeping secondary sanctions measure targeting Tehran’s remaining trade partners.",
].join("\n");

const TEXT_002 = [
  "The survival of diplomatic channels between Tehran and Washington depends less on shared objectives and more on the management of institutional inertia. Iranian Deputy Foreign Minister Majid Takht-Ravanchi’s recent confirmation that communication paths remain \"on track\" is not an indicator of an imminent breakthrough, but rather a functional requirement for crisis de-escalation. These talks operate within a high-friction environment where both parties must balance domestic hardline constraints against the existential need to prevent a direct kinetic confrontation. To understand the current trajectory of these negotiations, one must look past the rhetoric of \"goodwill\" and analyze the underlying mechanics of signaling, leverage acquisition, and the specific hurdles posed by the transition of power in Washington.",
].join("\n");

const TEXT_003 = [
  "The US and Iran on Friday (February 6, 2026) resumed their informal talks regarding Tehran’s nuclear programme, as American President Donald Trump signed his tariff threat to Iranian partners into an executive order.",
  "Oman mediated the talks in Muscat, marking the first time the US involved its Central Command chief and US Navy Admiral Brad Cooper in the discussions with Iran.",
  "Iran, however, struck a more cautious tone. Foreign Minister Abbas Araghchi said the talks focused mainly on exploring a framework for future negotiations and stressed that dialogue could only succeed in a “calm atmosphere, without tension and without threats.”",
  "The talks were held at a palace near Muscat’s international airport, a venue previously used for discreet US-Iran engagements.",
  "The diplomatic engagement came amid heightened regional tensions. In recent days, US forces shot down an Iranian drone near the USS Abraham Lincoln, while Iran attempted to stop a US-flagged vessel in the Strait of Hormuz, incidents that have raised fears among Gulf Arab states of a wider regional conflict.",
  "More significantly, Trump signed an executive order authorising the potential imposition of tariffs of up to 25% on imports from countries that continue to buy Iranian oil or conduct business with Tehran.",
  "While the order does not immediately impose tariffs, it establishes a legal framework allowing the US to act swiftly, with the measures removable if Iran or its trading partners align with US national security and foreign policy interests.",
].join("\n");

/** The seeds' own ids (their file names), so a reader can find the full article. */
export const DOC_000 = "1b4dac7aeb5536a9";
export const DOC_001 = "38a2526c3d9235ef";
export const DOC_002 = "a3abaf2181e453b6";
export const DOC_003 = "cf0bd94e75d63faf";

export const SAMPLE_TEXTS: Readonly<Record<string, string>> = {
  [DOC_000]: TEXT_000,
  [DOC_001]: TEXT_001,
  [DOC_002]: TEXT_002,
  [DOC_003]: TEXT_003,
};

/**
 * Evidence for `quote` in a sample document, at its `occurrence`-th appearance (0-based). Throws when the
 * quote is not in the text, so a broken fixture fails loudly instead of producing a wrong span.
 */
export function cite(documentId: string, quote: string, occurrence = 0): Evidence {
  const text = SAMPLE_TEXTS[documentId];
  if (text === undefined) throw new Error(`could not cite - no sample document ${documentId}`);
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`could not cite - "${quote}" (occurrence ${occurrence}) is not in document ${documentId}`);
  }
  return { documentId, quote, start, end: start + quote.length };
}

function buildDocuments(): Document[] {
  return [
    {
      id: DOC_000,
      source: "000_1b4dac7aeb5536a9.txt",
      format: "text",
      title: "Iran and US open two-track track in Muscat, with nuclear file and regional front running on parallel rails",
      // No dateline: the latest full date the text reports, labelled as a guess.
      published: { date: "2026-06-21", method: "inferred", evidence: cite(DOC_000, "21 June 2026") },
      links: [],
      text: TEXT_000,
      warnings: [],
    },
    {
      id: DOC_001,
      source: "001_38a2526c3d9235ef.txt",
      format: "text",
      title: null,
      published: { date: "2026-02-09", method: "anchored", evidence: cite(DOC_001, "Three days after") },
      links: [],
      text: TEXT_001,
      warnings: [],
    },
    {
      id: DOC_002,
      source: "002_a3abaf2181e453b6.txt",
      format: "text",
      title: null,
      // Undated and must stay so: nothing in the text supports a date.
      published: { date: null, method: "unknown" },
      links: [],
      text: TEXT_002,
      warnings: [],
    },
    {
      id: DOC_003,
      source: "003_cf0bd94e75d63faf.txt",
      format: "text",
      title: null,
      published: { date: "2026-02-06", method: "dateline", evidence: cite(DOC_003, "on Friday (February 6, 2026)") },
      links: [],
      text: TEXT_003,
      warnings: [],
    },
  ];
}

function buildActors(): Actor[] {
  return [
    {
      id: "state:iran",
      kind: "state",
      name: "Iran",
      aliases: ["Tehran", "Islamic Republic of Iran"],
      roles: [],
      capital: "Tehran",
      mentions: [cite(DOC_003, "Iran"), cite(DOC_001, "Tehran"), cite(DOC_002, "Tehran"), cite(DOC_000, "Iran")],
    },
    {
      id: "state:united-states",
      kind: "state",
      name: "United States",
      aliases: ["US", "Washington"],
      roles: [],
      capital: "Washington",
      mentions: [cite(DOC_003, "The US"), cite(DOC_001, "Washington"), cite(DOC_002, "Washington"), cite(DOC_000, "the United States")],
    },
    {
      id: "state:oman",
      kind: "state",
      name: "Oman",
      aliases: ["Muscat"],
      roles: [],
      capital: "Muscat",
      mentions: [cite(DOC_003, "Oman mediated the talks"), cite(DOC_001, "Oman")],
    },
    {
      id: "state:israel",
      kind: "state",
      name: "Israel",
      aliases: [],
      roles: [],
      capital: "Jerusalem",
      mentions: [cite(DOC_001, "Israeli")],
    },
    {
      id: "organisation:us-central-command",
      kind: "organisation",
      name: "US Central Command",
      aliases: ["CENTCOM"],
      organisationType: "military",
      affiliation: "state:united-states",
      roles: [],
      mentions: [cite(DOC_001, "US Central Command")],
    },
    {
      id: "person:abbas-araghchi",
      kind: "person",
      name: "Abbas Araghchi",
      aliases: ["Araghchi"],
      affiliation: "state:iran",
      roles: [
        { title: "Foreign Minister", of: "state:iran", from: "2024-08", source: "reference" },
        { title: "Foreign Minister", of: "state:iran", source: "article", evidence: [cite(DOC_003, "Foreign Minister Abbas Araghchi")] },
      ],
      mentions: [cite(DOC_003, "Abbas Araghchi")],
    },
    {
      id: "person:steve-witkoff",
      kind: "person",
      name: "Steve Witkoff",
      aliases: ["Witkoff"],
      affiliation: "state:united-states",
      roles: [{ title: "Special Envoy", of: "state:united-states", source: "article", evidence: [cite(DOC_001, "Special Envoy Steve Witkoff")] }],
      mentions: [cite(DOC_001, "Steve Witkoff")],
    },
    {
      id: "person:brad-cooper",
      kind: "person",
      name: "Brad Cooper",
      aliases: ["Cooper"],
      affiliation: "organisation:us-central-command",
      roles: [
        { title: "head", of: "organisation:us-central-command", source: "article", evidence: [cite(DOC_001, "Admiral Brad Cooper, head of US Central Command")] },
      ],
      mentions: [cite(DOC_001, "Brad Cooper"), cite(DOC_003, "Brad Cooper")],
    },
    {
      id: "person:esmail-baghaei",
      kind: "person",
      name: "Esmail Baghaei",
      aliases: ["Baghaei"],
      affiliation: "state:iran",
      roles: [{ title: "foreign ministry spokesman", of: "state:iran", source: "article", evidence: [cite(DOC_000, "Iranian foreign ministry spokesman Esmail Baghaei")] }],
      mentions: [cite(DOC_000, "Esmail Baghaei")],
    },
    {
      id: "person:majid-takht-ravanchi",
      kind: "person",
      name: "Majid Takht-Ravanchi",
      aliases: ["Takht-Ravanchi"],
      affiliation: "state:iran",
      roles: [{ title: "Deputy Foreign Minister", of: "state:iran", source: "article", evidence: [cite(DOC_002, "Iranian Deputy Foreign Minister Majid Takht-Ravanchi")] }],
      mentions: [cite(DOC_002, "Majid Takht-Ravanchi")],
    },
    {
      id: "vessel:uss-abraham-lincoln",
      kind: "vessel",
      name: "USS Abraham Lincoln",
      aliases: [],
      affiliation: "state:united-states",
      roles: [],
      vessel: { flag: "state:united-states", type: "aircraft carrier" },
      mentions: [cite(DOC_001, "USS Abraham Lincoln"), cite(DOC_003, "USS Abraham Lincoln")],
    },
    {
      id: "vessel:stena-imperative",
      kind: "vessel",
      name: "Stena Imperative",
      aliases: [],
      roles: [],
      vessel: { flag: "United States", type: "tanker" },
      mentions: [cite(DOC_001, "Stena Imperative")],
    },
  ];
}

function buildRounds(): Round[] {
  return [
    {
      id: "round:2026-02-06:muscat",
      date: "2026-02-06",
      mode: "asserted",
      summary: "US and Iranian delegations hold indirect talks in Muscat, mediated by Oman.",
      evidence: [
        cite(DOC_003, "The US and Iran on Friday (February 6, 2026) resumed their informal talks regarding Tehran’s nuclear programme"),
        cite(DOC_001, "did the February 6 session represent a genuine diplomatic opening"),
      ],
      venue: { city: "Muscat", country: "Oman", site: "a palace near Muscat’s international airport" },
      mediators: ["state:oman"],
      format: "indirect",
      tracks: ["nuclear file"],
      delegations: [
        { side: "state:united-states", members: ["person:steve-witkoff", "person:brad-cooper"] },
        { side: "state:iran", members: ["person:abbas-araghchi"] },
      ],
      statements: [
        {
          text: "the talks focused mainly on exploring a framework for future negotiations",
          speaker: "person:abbas-araghchi",
          evidence: [cite(DOC_003, "Foreign Minister Abbas Araghchi said the talks focused mainly on exploring a framework for future negotiations")],
        },
      ],
      status: "held",
    },
    {
      id: "round:2026-06-21:muscat",
      date: "2026-06-21",
      mode: "asserted",
      summary: "The seventh round of indirect Iran–US negotiations opens in Muscat, one day, two meetings.",
      evidence: [cite(DOC_000, "The seventh round of indirect negotiations between Iran and the United States opened in Muscat on 21 June 2026")],
      venue: { city: "Muscat", country: "Oman" },
      mediators: [],
      format: "indirect",
      ordinal: 7,
      structure: "one-day, two-meeting",
      tracks: [],
      delegations: [],
      statements: [
        {
          text: "the day would begin with bilateral meetings, with technical tracks to follow in the afternoon",
          speaker: "person:esmail-baghaei",
          evidence: [cite(DOC_000, "the day would begin with bilateral meetings, with technical tracks to follow in the afternoon")],
        },
      ],
      status: "held",
    },
  ];
}

function buildIncidents(): Incident[] {
  return [
    {
      id: "incident:2026-02-03:drone-shootdown",
      date: "2026-02-03",
      mode: "asserted",
      summary: "A US F-35C shoots down an Iranian Shahed-139 drone approaching the carrier strike group in the Arabian Sea.",
      evidence: [
        cite(DOC_001, "On February 3, an F-35C fighter jet launched from the USS Abraham Lincoln shot down an Iranian Shahed-139 drone"),
        cite(DOC_003, "US forces shot down an Iranian drone near the USS Abraham Lincoln"),
      ],
      kind: "drone-shootdown",
      location: { waterBody: "Arabian Sea" },
      initiators: ["state:united-states"],
      targets: ["state:iran"],
      assets: [
        { name: "F-35C fighter jet", category: "aircraft", owner: "state:united-states" },
        { name: "Shahed-139 drone", category: "drone", owner: "state:iran" },
      ],
    },
    {
      id: "incident:2026-02-03:vessel-harassment",
      date: "2026-02-03",
      mode: "asserted",
      summary: "Six Iranian gunboats try to stop the US-flagged tanker Stena Imperative in the Strait of Hormuz.",
      evidence: [cite(DOC_001, "six Iranian gunboats attempted to intercept the US-flagged tanker Stena Imperative in the Strait of Hormuz")],
      kind: "vessel-harassment",
      location: { waterBody: "Strait of Hormuz" },
      initiators: ["state:iran"],
      targets: ["vessel:stena-imperative"],
      assets: [{ name: "gunboats", category: "vessel", owner: "state:iran", count: 6 }],
    },
    {
      id: "incident:2025-06:strike",
      // "The June 2025 … strikes": the month is all the text gives.
      date: "2025-06",
      mode: "asserted",
      summary: "Joint US-Israeli strikes hit three Iranian nuclear sites.",
      evidence: [cite(DOC_001, "The June 2025 joint US-Israeli strikes on Iranian nuclear facilities")],
      kind: "strike",
      location: { country: "Iran" },
      initiators: ["state:united-states", "state:israel"],
      targets: ["state:iran"],
      assets: [],
      casualties: { description: "over a thousand casualties" },
    },
  ];
}

function buildSanctions(): Sanction[] {
  return [
    {
      id: "sanction:2026-02-06:designation",
      date: "2026-02-06",
      mode: "asserted",
      summary: "The State Department sanctions 15 entities, two individuals and 14 shadow fleet vessels.",
      evidence: [cite(DOC_001, "the State Department announced sanctions on 15 entities, two individuals, and 14 shadow fleet vessels")],
      authorities: ["us-state"],
      instrument: "designation",
      status: "announced",
      targets: { entities: 15, individuals: 2, vessels: 14 },
      sectors: ["petroleum"],
      targetActors: [],
    },
    {
      id: "sanction:2026-02-06:tariff",
      date: "2026-02-06",
      mode: "asserted",
      summary: "An executive order authorises tariffs of up to 25% on imports from countries buying Iranian oil.",
      evidence: [
        cite(DOC_003, "Trump signed an executive order authorising the potential imposition of tariffs of up to 25%"),
        cite(DOC_001, "Trump signed an executive order imposing 25 percent tariffs"),
      ],
      authorities: ["us-president"],
      instrument: "tariff",
      status: "authorised",
      targets: { description: "countries that continue to buy Iranian oil or conduct business with Tehran" },
      sectors: [],
      rate: { value: 25, unit: "percent", ceiling: true },
      targetActors: [],
    },
  ];
}

function buildDiscrepancies(): Discrepancy[] {
  return [
    {
      id: "discrepancy:sanction:2026-02-06:tariff:status",
      recordType: "sanction",
      recordId: "sanction:2026-02-06:tariff",
      field: "status",
      values: [
        { value: "imposed", evidence: [cite(DOC_001, "imposing 25 percent tariffs")] },
        {
          value: "authorised",
          evidence: [cite(DOC_003, "authorising the potential imposition"), cite(DOC_003, "the order does not immediately impose tariffs")],
        },
      ],
      note: "The record says authorised: 003 states the order does not immediately impose tariffs.",
    },
  ];
}

/** A fresh copy of the sample dataset: tests may mutate it freely. */
export function buildSampleDataset(): Dataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: buildDocuments(),
    actors: buildActors(),
    rounds: buildRounds(),
    incidents: buildIncidents(),
    sanctions: buildSanctions(),
    discrepancies: buildDiscrepancies(),
  };
}
