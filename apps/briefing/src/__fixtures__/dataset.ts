/**
 * A hand-written dataset over the four seed articles, standing in for the parser's output so the brief
 * can be rendered and tested on its own. Every quote is looked up in the seed text, so a span cannot drift.
 * It reads the seeds as they are on disk (no normalisation) and is deliberately richer than the parser
 * needs to be: it exercises coarse, approximate and interval dates, planned and claimed events,
 * time-bounded roles and a discrepancy.
 */
import { readFileSync } from "node:fs";
import {
  type Actor,
  type Dataset,
  type Discrepancy,
  type Document,
  type Evidence,
  type Incident,
  type Role,
  type Round,
  type Sanction,
  SCHEMA_VERSION,
} from "@sitrep/domain";

const SEEDS = new URL("../../../../seeds/", import.meta.url);

const FILES = {
  d000: "000_1b4dac7aeb5536a9.txt",
  d001: "001_38a2526c3d9235ef.txt",
  d002: "002_a3abaf2181e453b6.txt",
  d003: "003_cf0bd94e75d63faf.txt",
} as const;
type DocKey = keyof typeof FILES;

/** The seeds' text, read once. */
export function readSeedTexts(): Record<DocKey, string> {
  const texts = {} as Record<DocKey, string>;
  for (const [key, file] of Object.entries(FILES) as [DocKey, string][]) texts[key] = readFileSync(new URL(file, SEEDS), "utf8");
  return texts;
}

const idOf = (key: DocKey) => FILES[key].slice(4, 20);

/** Builds a fixture dataset; `texts` may be passed to avoid re-reading the seeds (the benchmark does). */
export function createFixtureDataset(texts: Record<DocKey, string> = readSeedTexts()): Dataset {
  const ev = (key: DocKey, quote: string, occurrence = 0): Evidence => {
    const text = texts[key];
    let start = -1;
    for (let i = 0; i <= occurrence; i++) {
      start = text.indexOf(quote, start + 1);
      if (start === -1) throw new Error(`fixture quote not found in ${FILES[key]}: ${quote}`);
    }
    return { documentId: idOf(key), quote, start, end: start + quote.length };
  };

  const documents: Document[] = [
    {
      id: idOf("d000"),
      source: FILES.d000,
      format: "text",
      title: "Iran and US open two-track track in Muscat, with nuclear file and regional front running on parallel rails",
      published: { date: "2026-06-21", method: "inferred", evidence: ev("d000", "on the morning of 21 June 2026") },
      links: ["https://t.me/mehrnews/", "https://t.me/tasnimnews_en/", "https://t.me/alalamfa", "https://t.me/JahanTasnim"],
      text: texts.d000,
      warnings: [],
    },
    {
      id: idOf("d001"),
      source: FILES.d001,
      format: "text",
      title: null,
      published: {
        date: "2026-02-09",
        method: "anchored",
        evidence: ev("d001", "Three days after American and Iranian delegations concluded hours of indirect discussions in the Omani capital"),
      },
      attribution: "Original analysis inspired by Muhanad Seloom from Al Jazeera.",
      links: [],
      text: texts.d001,
      warnings: [],
    },
    {
      id: idOf("d002"),
      source: FILES.d002,
      format: "text",
      title: null,
      published: { date: null, method: "unknown" },
      links: [],
      text: texts.d002,
      warnings: [],
    },
    {
      id: idOf("d003"),
      source: FILES.d003,
      format: "text",
      title: null,
      published: { date: "2026-02-06", method: "dateline", evidence: ev("d003", "on Friday (February 6, 2026)") },
      links: [],
      text: texts.d003,
      warnings: [],
    },
  ];

  const role = (title: string, of: string, extra: Partial<Role> = {}): Role => ({ title, of, source: "reference", ...extra });
  const actor = (id: string, name: string, mentions: Evidence[], extra: Partial<Actor> = {}): Actor => ({
    id,
    kind: id.slice(0, id.indexOf(":")) as Actor["kind"],
    name,
    aliases: [],
    roles: [],
    mentions,
    ...extra,
  });

  const actors: Actor[] = [
    actor("state:iran", "Iran", [ev("d001", "Iranian"), ev("d003", "Iran", 1), ev("d000", "Iran")], { capital: "Tehran" }),
    actor("state:united-states", "United States", [ev("d001", "American"), ev("d003", "US"), ev("d000", "US")], { capital: "Washington" }),
    actor("state:oman", "Oman", [ev("d003", "Oman"), ev("d001", "Oman"), ev("d000", "Omani")], { capital: "Muscat" }),
    actor("organisation:us-central-command", "US Central Command", [ev("d001", "US Central Command")], {
      organisationType: "military",
      affiliation: "state:united-states",
    }),
    actor("person:abbas-araghchi", "Abbas Araghchi", [ev("d001", "Abbas Araghchi"), ev("d003", "Abbas Araghchi")], {
      affiliation: "state:iran",
      roles: [role("Foreign Minister", "state:iran", { from: "2024-08" })],
    }),
    actor("person:steve-witkoff", "Steve Witkoff", [ev("d001", "Steve Witkoff"), ev("d003", "Steve Witkoff")], {
      affiliation: "state:united-states",
      roles: [role("Special Envoy", "state:united-states", { source: "article", evidence: [ev("d001", "Special Envoy Steve Witkoff")] })],
    }),
    actor("person:jared-kushner", "Jared Kushner", [ev("d001", "Jared Kushner")], { affiliation: "state:united-states" }),
    actor("person:brad-cooper", "Brad Cooper", [ev("d001", "Brad Cooper"), ev("d003", "Brad Cooper")], {
      affiliation: "state:united-states",
      roles: [
        role("Commander, US Central Command", "organisation:us-central-command", {
          source: "article",
          evidence: [ev("d001", "Admiral Brad Cooper, head of US Central Command")],
        }),
      ],
    }),
    actor("person:badr-al-busaidi", "Badr al-Busaidi", [ev("d001", "Badr al-Busaidi"), ev("d003", "Badr al-Busaidi")], {
      affiliation: "state:oman",
      roles: [role("Foreign Minister", "state:oman", { from: "2020-08" })],
    }),
    actor("person:donald-trump", "Donald Trump", [ev("d001", "Trump"), ev("d003", "Donald Trump")], {
      affiliation: "state:united-states",
      roles: [
        role("President", "state:united-states", { from: "2017-01-20", to: "2021-01-20" }),
        role("President", "state:united-states", { from: "2025-01-20" }),
      ],
    }),
    actor("person:marco-rubio", "Marco Rubio", [ev("d001", "Marco Rubio")], {
      affiliation: "state:united-states",
      roles: [role("Secretary of State", "state:united-states", { from: "2025-01-21" })],
    }),
    actor("person:esmail-baghaei", "Esmail Baghaei", [ev("d000", "Esmail Baghaei")], {
      affiliation: "state:iran",
      roles: [
        role("Foreign ministry spokesman", "state:iran", {
          source: "article",
          evidence: [ev("d000", "Iranian foreign ministry spokesman Esmail Baghaei")],
        }),
      ],
    }),
    actor("person:majid-takht-ravanchi", "Majid Takht-Ravanchi", [ev("d002", "Majid Takht-Ravanchi")], {
      affiliation: "state:iran",
      roles: [
        role("Deputy Foreign Minister", "state:iran", {
          source: "article",
          evidence: [ev("d002", "Iranian Deputy Foreign Minister Majid Takht-Ravanchi")],
        }),
      ],
    }),
    actor("vessel:uss-abraham-lincoln", "USS Abraham Lincoln", [ev("d001", "USS Abraham Lincoln"), ev("d003", "USS Abraham Lincoln")], {
      affiliation: "state:united-states",
      vessel: { flag: "United States", type: "aircraft carrier" },
    }),
    actor("vessel:stena-imperative", "Stena Imperative", [ev("d001", "Stena Imperative")], {
      vessel: { flag: "United States", type: "tanker" },
    }),
  ];

  const rounds: Round[] = [
    {
      id: "round:2026-02-06:muscat",
      date: "2026-02-06",
      mode: "asserted",
      summary: "US and Iranian delegations held indirect talks in Muscat, mediated by Oman.",
      evidence: [
        ev("d003", "The US and Iran on Friday (February 6, 2026) resumed their informal talks regarding Tehran’s nuclear programme"),
        ev("d003", "Oman mediated the talks in Muscat"),
        ev("d001", "did the February 6 session represent a genuine diplomatic opening"),
      ],
      venue: { city: "Muscat", country: "Oman", site: "a palace near Muscat’s international airport" },
      mediators: ["state:oman"],
      format: "indirect",
      tracks: ["nuclear file"],
      delegations: [
        { side: "state:united-states", members: ["person:steve-witkoff", "person:jared-kushner", "person:brad-cooper"] },
        { side: "state:iran", members: ["person:abbas-araghchi"] },
      ],
      outcome: {
        text: "diplomats would return to their capitals for consultations, effectively ending this round of talks",
        speaker: "person:abbas-araghchi",
        evidence: [ev("d003", "diplomats would return to their capitals for consultations, effectively ending this round of talks")],
      },
      nextStep: {
        text: "more talks were planned early next week",
        speaker: "person:donald-trump",
        evidence: [ev("d003", "more talks were planned early next week")],
      },
      statements: [
        { text: "very good", speaker: "person:donald-trump", evidence: [ev("d003", "Trump described the discussions as “very good”")] },
        {
          text: "calm atmosphere, without tension and without threats.",
          speaker: "person:abbas-araghchi",
          evidence: [ev("d003", "“calm atmosphere, without tension and without threats.”")],
        },
        { text: "very serious", speaker: "person:badr-al-busaidi", evidence: [ev("d001", "described the February 6 discussions as “very serious”")] },
      ],
      status: "held",
    },
    {
      id: "round:2026-02-09~/2026-02-13~:next",
      date: "2026-02-09~/2026-02-13~",
      mode: "planned",
      summary: "Further talks planned early the following week.",
      evidence: [ev("d003", "more talks were planned early next week")],
      venue: {},
      mediators: [],
      format: "unknown",
      tracks: [],
      delegations: [],
      statements: [],
      status: "planned",
    },
    {
      id: "round:2026-06-21:muscat",
      date: "2026-06-21",
      mode: "asserted",
      summary: "Seventh round of indirect negotiations opened in Muscat in a one-day, two-meeting format.",
      evidence: [
        ev("d000", "The seventh round of indirect negotiations between Iran and the United States opened in Muscat on 21 June 2026 in a one-day, two-meeting format"),
      ],
      venue: { city: "Muscat", country: "Oman" },
      mediators: ["state:oman"],
      format: "indirect",
      ordinal: 7,
      structure: "one-day, two-meeting",
      tracks: ["nuclear file", "regional security"],
      delegations: [],
      statements: [
        {
          text: "the overarching aim of the session is to reach agreement on ending the war across all fronts",
          speaker: "person:esmail-baghaei",
          evidence: [ev("d000", "the overarching aim of the session is to reach agreement on ending the war across all fronts")],
        },
      ],
      status: "held",
    },
  ];

  const incidents: Incident[] = [
    {
      id: "incident:2026-02-03:drone-shootdown",
      date: "2026-02-03",
      mode: "asserted",
      summary: "A US F-35C shot down an Iranian Shahed-139 drone approaching the USS Abraham Lincoln carrier strike group.",
      evidence: [
        ev(
          "d001",
          "On February 3, an F-35C fighter jet launched from the USS Abraham Lincoln shot down an Iranian Shahed-139 drone that approached the carrier strike group in the Arabian Sea.",
        ),
        ev("d003", "US forces shot down an Iranian drone near the USS Abraham Lincoln"),
      ],
      kind: "drone-shootdown",
      location: { waterBody: "Arabian Sea" },
      initiators: ["state:united-states"],
      targets: ["state:iran"],
      assets: [
        { name: "F-35C fighter jet", category: "aircraft", owner: "state:united-states", count: 1 },
        { name: "Shahed-139 drone", category: "drone", owner: "state:iran", count: 1 },
      ],
    },
    {
      id: "incident:2026-02-03:vessel-harassment",
      date: "2026-02-03",
      mode: "asserted",
      summary: "Six Iranian gunboats attempted to intercept the US-flagged tanker Stena Imperative in the Strait of Hormuz.",
      evidence: [
        ev(
          "d001",
          "The same day, six Iranian gunboats attempted to intercept the US-flagged tanker Stena Imperative in the Strait of Hormuz, ordering the vessel to halt its engines before it managed to continue its passage.",
        ),
        ev("d003", "Iran attempted to stop a US-flagged vessel in the Strait of Hormuz"),
      ],
      kind: "vessel-harassment",
      location: { waterBody: "Strait of Hormuz" },
      initiators: ["state:iran"],
      targets: ["vessel:stena-imperative"],
      assets: [{ name: "gunboats", category: "vessel", owner: "state:iran", count: 6 }],
    },
    {
      id: "incident:2026-02-06~:missile-display",
      date: "2026-02-06~",
      mode: "asserted",
      summary: "Iran broadcast images of a Khorramshahr-4 ballistic missile deployed at a Revolutionary Guard underground facility.",
      evidence: [
        ev(
          "d001",
          "Tehran, meanwhile, broadcast images of its advanced Khorramshahr-4 ballistic missile being deployed at a Revolutionary Guard underground facility just hours before talks began",
        ),
      ],
      kind: "missile-display",
      location: { place: "Revolutionary Guard underground facility", country: "Iran" },
      initiators: ["state:iran"],
      targets: [],
      assets: [{ name: "Khorramshahr-4 ballistic missile", category: "missile", owner: "state:iran" }],
    },
    {
      id: "incident:2026-02:deployment",
      date: "2026-02",
      mode: "asserted",
      summary: "US carrier strike group led by the USS Abraham Lincoln deployed in West Asia, close to Iranian waters.",
      evidence: [
        ev("d003", "The talks coincided with the US deployment of its carrier strike group led by aircraft carrier USS Abraham Lincoln in West Asia, close to Iranian waters."),
      ],
      kind: "deployment",
      location: { place: "West Asia" },
      initiators: ["state:united-states"],
      targets: [],
      assets: [{ name: "USS Abraham Lincoln carrier strike group", category: "vessel", owner: "state:united-states" }],
    },
    {
      id: "incident:2025-06:strike",
      date: "2025-06",
      mode: "asserted",
      summary: "Joint US-Israeli strikes on Iranian nuclear facilities hit three nuclear sites.",
      evidence: [
        ev("d001", "The June 2025 joint US-Israeli strikes on Iranian nuclear facilities"),
        ev("d001", "Tehran reported over a thousand casualties from attacks that hit three separate nuclear sites"),
      ],
      kind: "strike",
      location: { country: "Iran", place: "three nuclear sites" },
      initiators: ["state:united-states"],
      targets: ["state:iran"],
      assets: [],
      casualties: { description: "over a thousand casualties, as reported by Tehran" },
    },
  ];

  const sanctions: Sanction[] = [
    {
      id: "sanction:2026-02-06:designations",
      date: "2026-02-06",
      mode: "asserted",
      summary: "Sanctions on 15 entities, two individuals and 14 shadow fleet vessels involved in illicit Iranian petroleum trade.",
      evidence: [
        ev("d001", "the State Department announced sanctions on 15 entities, two individuals, and 14 shadow fleet vessels involved in illicit Iranian petroleum trade"),
        ev("d003", "The US Treasury and State Departments announced new sanctions targeting Iran’s energy sector"),
      ],
      authorities: ["us-state", "us-treasury"],
      instrument: "designation",
      status: "announced",
      targets: { entities: 15, individuals: 2, vessels: 14, description: "illicit Iranian petroleum trade" },
      sectors: ["energy"],
      targetActors: ["state:iran"],
    },
    {
      id: "sanction:2026-02-06:tariff",
      date: "2026-02-06",
      mode: "asserted",
      summary: "Executive order authorising tariffs of up to 25% on imports from countries that buy Iranian oil.",
      evidence: [
        ev("d003", "Trump signed an executive order authorising the potential imposition of tariffs of up to 25% on imports from countries that continue to buy Iranian oil or conduct business with Tehran"),
        ev("d001", "Trump signed an executive order imposing 25 percent tariffs on imports from any country purchasing Iranian goods"),
      ],
      authorities: ["us-president"],
      instrument: "tariff",
      status: "authorised",
      targets: { description: "countries that continue to buy Iranian oil or conduct business with Tehran" },
      sectors: ["trade"],
      rate: { value: 25, unit: "percent", ceiling: true },
      targetActors: ["state:iran"],
    },
  ];

  const discrepancies: Discrepancy[] = [
    {
      id: "discrepancy:sanction:2026-02-06:tariff:status",
      recordType: "sanction",
      recordId: "sanction:2026-02-06:tariff",
      field: "status",
      values: [
        { value: "imposed", evidence: [ev("d001", "Trump signed an executive order imposing 25 percent tariffs")] },
        {
          value: "authorised",
          evidence: [ev("d003", "authorising the potential imposition of tariffs of up to 25%"), ev("d003", "the order does not immediately impose tariffs")],
        },
      ],
      note: "The record keeps “authorised”: the later, more specific source says the order does not immediately impose tariffs.",
    },
    {
      id: "discrepancy:sanction:2026-02-06:tariff:rate.ceiling",
      recordType: "sanction",
      recordId: "sanction:2026-02-06:tariff",
      field: "rate.ceiling",
      values: [
        { value: false, evidence: [ev("d001", "imposing 25 percent tariffs")] },
        { value: true, evidence: [ev("d003", "tariffs of up to 25%")] },
      ],
    },
  ];

  return { schemaVersion: SCHEMA_VERSION, documents, actors, rounds, incidents, sanctions, discrepancies };
}

/** A dataset whose every article-derived string is hostile markup, to prove the brief escapes it. */
export const HOSTILE_SCRIPT = "<script>alert(1)</script>";
export const HOSTILE_ATTR = `"><img src=x onerror=alert(1)>`;

export function createHostileDataset(): Dataset {
  const text = `Headline ${HOSTILE_SCRIPT} and more. On 3 February 2026 ${HOSTILE_ATTR} something happened at sea. Officials met ${HOSTILE_SCRIPT} in town.`;
  const id = "0123456789abcdef";
  const ev = (quote: string): Evidence => {
    const start = text.indexOf(quote);
    if (start === -1) throw new Error(`hostile quote not found: ${quote}`);
    return { documentId: id, quote, start, end: start + quote.length };
  };
  const hostileAll = `${HOSTILE_SCRIPT} ${HOSTILE_ATTR}`;
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: [
      {
        id,
        source: `${HOSTILE_ATTR}.txt`,
        format: "text",
        title: HOSTILE_SCRIPT,
        published: { date: "2026-02-04", method: "dateline", evidence: ev("On 3 February 2026") },
        outlet: HOSTILE_ATTR,
        byline: HOSTILE_SCRIPT,
        links: [`javascript:alert(1)`, `https://example.org/${HOSTILE_ATTR}`],
        text,
        warnings: [],
      },
    ],
    actors: [
      {
        id: "state:hostile",
        kind: "state",
        name: HOSTILE_SCRIPT,
        aliases: [],
        roles: [],
        mentions: [ev(HOSTILE_SCRIPT)],
      },
      {
        id: "person:hostile",
        kind: "person",
        name: HOSTILE_ATTR,
        aliases: [],
        affiliation: "state:hostile",
        roles: [{ title: HOSTILE_SCRIPT, of: "state:hostile", source: "article", evidence: [ev(HOSTILE_ATTR)] }],
        mentions: [ev(HOSTILE_ATTR)],
      },
    ],
    rounds: [
      {
        id: "round:2026-02-03:town",
        date: "2026-02-03",
        mode: "claimed",
        claimedBy: ["state:hostile"],
        summary: hostileAll,
        evidence: [ev(`Officials met ${HOSTILE_SCRIPT} in town.`)],
        venue: { city: HOSTILE_SCRIPT, site: HOSTILE_ATTR },
        mediators: ["state:hostile"],
        format: "direct",
        structure: HOSTILE_ATTR,
        tracks: [HOSTILE_SCRIPT],
        delegations: [{ side: "state:hostile", members: ["person:hostile"] }],
        outcome: { text: HOSTILE_ATTR, evidence: [ev(HOSTILE_ATTR)] },
        statements: [{ text: HOSTILE_SCRIPT, speaker: "person:hostile", evidence: [ev(HOSTILE_SCRIPT)] }],
        status: "held",
      },
    ],
    incidents: [
      {
        id: "incident:2026-02-03:sea",
        date: "2026-02-03",
        mode: "asserted",
        summary: hostileAll,
        evidence: [ev(`On 3 February 2026 ${HOSTILE_ATTR} something happened at sea.`)],
        kind: "other",
        location: { place: HOSTILE_SCRIPT, waterBody: HOSTILE_ATTR },
        initiators: ["state:hostile"],
        targets: ["person:hostile"],
        assets: [{ name: HOSTILE_ATTR, category: "other", owner: "state:hostile" }],
        casualties: { description: HOSTILE_SCRIPT },
      },
    ],
    sanctions: [
      {
        id: "sanction:2026-02-03:order",
        date: "2026-02-03",
        mode: "asserted",
        summary: hostileAll,
        evidence: [ev(`Headline ${HOSTILE_SCRIPT} and more.`)],
        authorities: ["other"],
        instrument: "other",
        status: "announced",
        targets: { description: HOSTILE_ATTR },
        sectors: [HOSTILE_SCRIPT],
        targetActors: ["state:hostile"],
      },
    ],
    discrepancies: [
      {
        id: "discrepancy:hostile",
        recordType: "sanction",
        recordId: "sanction:2026-02-03:order",
        field: "targets.description",
        values: [
          { value: HOSTILE_SCRIPT, evidence: [ev(HOSTILE_SCRIPT)] },
          { value: HOSTILE_ATTR, evidence: [ev(HOSTILE_ATTR)] },
        ],
        note: HOSTILE_SCRIPT,
      },
    ],
  };
}
