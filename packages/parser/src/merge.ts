/**
 * THE MERGE RULE — the one place that decides when two reports are the same event.
 *
 * Two candidates (or records) are the same event when they are of the same type, their dates share a
 * day (`datesOverlap`: "in recent days" overlaps 3 March) and they are compatible:
 * - rounds: the same city and country, or unstated on either side; a round reported called off and one
 *   reported held only on the same day, or with the same city or number;
 * - incidents: the same kind; the same place (where both name one: "several military sites"
 *   describes, "Arak" names; "the Arak and Tabriz air bases" names Arak too), water body
 *   ("Iranian waters" and "international waters" say nothing against a sea) and country where both state one; initiators that
 *   share an actor where both name some (across documents a body counts as its state: "the Royal Navy"
 *   and "the United Kingdom"); targets likewise, ships, states, bodies and people counted apart (a ship
 *   named on one side only, its flag unwritten, says nothing against a state named on the other, nor a
 *   company against a state); a vaguely dated report that names someone or somewhere does not join a
 *   day's group whose reports name no one and nowhere;
 * - sanctions: the same instrument; authorities that share one; both lifting a measure or neither.
 *
 * Within a document, a held round and one not held (planned, postponed, cancelled) are never the same
 * round, nor a planned one and one called off unless on the same day, nor two rounds of one sentence or
 * two with different ordinals; and a candidate reported
 * as done (a held round, an incident, a measure taken) but dated after the document's publication
 * counts as undated — its date was misread. Dated candidates are grouped by the rule (the most precise
 * first); an undated candidate joins the nearest compatible group of the same document, and is dropped
 * when there is none (an undated document thus yields no events). "Compatible" is stricter for an
 * undated sanction, which has no date to tell it apart: every authority it names must be among the
 * group's ("The EU and Canada have re-imposed …" does not join "three states notified the UN" nor an EU-only
 * measure), it must agree with the group on whether the measure was lifted, and where both count what they
 * listed they must count something alike, and the same ("four entities" is not "12 tankers"); an undated incident
 * that counts its dead or wounded does not join one that counts them otherwise ("16 people were killed in the
 * attacks" is not the drone attack that killed three). A group whose date is only a
 * year, or a span from a year ("since 2028"), is left out, background ("the 1998 accord") or this year's
 * ("resumed this year") alike: it places nothing; month-or-better background ("the May 2031 raids") is
 * kept at its precision. Before the first vague report is placed, the groups of one day that the rule holds
 * compatible become one.
 *
 * Across documents (`mergeExtractions`), the records of every document are grouped by the same rule.
 * A merged record carries:
 * - the most precise date its sources support (the narrowest span: a day beats "in recent days"); a
 *   vague report that fits several distinct events is not merged into any of them, unless it names what
 *   only some of them have (the same ship, taken or sent; the same named place; the round's number, or the
 *   talks as the series' start - its first round): then the best-attested of those;
 * - the union of evidence (sorted by document, then offset), of lists (actors, tracks, sectors…), and of
 *   delegations (by side), assets and statements;
 * - a round's format from all its reports together: indirect talks during which the delegations also
 *   met face-to-face are `mixed` (as is any report saying so); `unknown` yields to any stated format;
 * - for each other scalar field (status, rate, target counts, ordinal, city, mode…) the value of the
 *   leading source: a report that a round took place first, then one of it called off, then one of it
 *   planned (unless as many documents report it called off as report it held or more: then the record
 *   does not assert it took place); then the one that reports the event in most detail (evidence
 *   passages and stated fields), then the most recently published, then the first by source name.
 * Where two documents state different values of such a field, a `Discrepancy` lists each value with the
 * evidence of the document(s) stating it, and its note says which value the record carries and why.
 *
 * Ids are `type:date:slug` (`round:2031-03-04:oslo`, `incident:2031-03-02:drone-shootdown`,
 * `sanction:2031-03-04:tariff`), with `-2`, `-3`… on a collision. Everything is sorted, so the same
 * inputs give byte-identical JSON.
 */
import {
  type Actor,
  compareFuzzyDates,
  type Discrepancy,
  type Document,
  datesOverlap,
  type Evidence,
  type FuzzyDate,
  type Incident,
  parseFuzzyDate,
  type Round,
  type Sanction,
} from "@sitrep/domain";
import type { EventCandidates, Extraction, IncidentCandidate, RoundCandidate, SanctionCandidate } from "./_types.js";
import { ActorLookup } from "./_extract.js";
import { createActorIndex } from "./actors.js";
import { alternation, TALKS_ENDED_VERBS, TALKS_OPENED_VERBS } from "./_lexicon.js";
import { addDays, isDay } from "./dates.js";

type EventType = "round" | "incident" | "sanction";
type AnyCandidate = RoundCandidate | IncidentCandidate | SanctionCandidate;

interface TypeRule<C extends AnyCandidate> {
  type: EventType;
  compatible(a: C, b: C): boolean;
  /** Stricter test for two candidates of one document (one source does not contradict itself). */
  compatibleWithin?(a: C, b: C): boolean;
  /**
   * Whether an undated candidate may join a dated group of its document (besides being compatible with
   * each member): it must not say more than the group does, or it is another event.
   */
  joins?(undated: C, group: C[]): boolean;
  /**
   * Whether a vaguely dated report may join a group dated to the day: a report that names
   * someone or somewhere does not join a group whose reports name no one and nowhere ("since French
   * commandos helped seize the Aster 2 earlier this month" is not the Friday seizure of a tanker whose
   * report names no one).
   */
  linksVague?(vague: C, group: C[]): boolean;
  /** Whether a report names what only this group's event has: the same ship, the same named place. */
  identifies?(record: C, group: C[]): boolean;
  /** True when the candidate reports something that has already happened. */
  happened(record: C): boolean;
  /**
   * How much a report's account outranks others' before detail counts: a round reported as held
   * outranks a report of it as planned (the plan was carried out), and one called off outranks the plan,
   * whatever the detail.
   */
  precedence?(record: C): number;
  slug(record: C): string;
  /** Fields compared across documents for discrepancies, as dot paths. */
  scalars: string[];
}

// ------------------------------------------------------------------------------------------ helpers

const lower = (value: string | undefined) => value?.trim().toLowerCase();
/** Both stated and different. */
const differ = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && lower(a) !== lower(b);
/**
 * A place that names one ("Arak", "Harbor Point Air Base") rather than describing several ("several
 * military sites", "western Iran" is named): a description tells no event apart from a named place.
 */
const isNamedPlace = (place: string) => /\p{Lu}/u.test(place.replace(/^(?:(?:the|a|an|its|their|two|three|several)\s+)?(?:\p{Lu}\p{Ll}+(?:ian|i|ese|ish|an)\s+)?/u, ""));
/** Named places that differ, unless one names the other ("the Arak and Tabriz air bases", "Arak"). */
const differPlace = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && differ(a, b) && isNamedPlace(a) && isNamedPlace(b) && !a.toLowerCase().includes(b.toLowerCase()) && !b.toLowerCase().includes(a.toLowerCase());
/** The heart of a place's name, to find it in a quote: "the Al Nakheel air base" → "nakheel". */
const placeCore = (place: string) =>
  lower(place)!
    .replace(/^(?:the|a|an)\s+/, "")
    .replace(/\b(?:air\s*base|airbase|base|airport|facility|port|city|province)\b/g, "")
    .replace(/\b(?:ain|al|el)\b[-\s]*/g, "")
    .trim();
/** Two incidents' places differ unless one's reports name the other's place too ("at Al Nakheel … and at a facility in Basra"). */
const differPlaces = (a: IncidentCandidate, b: IncidentCandidate) => {
  if (!differPlace(a.location.place, b.location.place)) return false;
  const named = (record: IncidentCandidate, place: string) => {
    const core = placeCore(place);
    return core.length >= 3 && record.evidence.some((e) => e.quote.toLowerCase().includes(core));
  };
  return !named(a, b.location.place!) && !named(b, a.location.place!);
};
/** Both non-empty and sharing nothing. */
const disjoint = (a: readonly string[], b: readonly string[]) => a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
const isVessel = (id: string) => id.startsWith("vessel:");
/** What lasted: "for nine days", "over the following 9 days", "from 3 to 11 May". */
const LASTED = /\b(?:for|over|during)\s+(?:the\s+)?(?:(?:following|next|past|last|first)\s+)?(?:\w+\s+)?(?:days|weeks|months)\b|\bfrom\s+\d{1,2}\s+(?:to|until|through)\s+\d{1,2}\s+\p{Lu}/u;
/** Whose waters ("Iranian waters", "international waters") say nothing against the sea they lie in. */
const WATERS_OF = /^(?:iranian|international|territorial)\b.*\bwaters$/i;
const differWaters = (a: string | undefined, b: string | undefined) => differ(a, b) && !WATERS_OF.test(a!) && !WATERS_OF.test(b!);
/**
 * Targets that tell two incidents apart: ships named on both sides that share none, and likewise states,
 * bodies or people. A ship named on one side only says nothing against the state on the other ("detained
 * a Ruritanian tanker" and "detain the Aster 2"): its flag or owner goes unwritten; nor does a company
 * against a state ("the Example-operated tanker" and "a British tanker").
 */
const TARGET_CLASSES = ["vessel:", "state:", "organisation:", "person:"];
const differTargets = (a: readonly string[], b: readonly string[]) =>
  TARGET_CLASSES.some((prefix) =>
    disjoint(
      a.filter((id) => id.startsWith(prefix)),
      b.filter((id) => id.startsWith(prefix)),
    ),
  );

function slugify(text: string | undefined): string {
  return (text ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** JSON with sorted keys: a stable identity for deduplication and ordering. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareEvidence(a: Evidence, b: Evidence): number {
  return compareStrings(a.documentId, b.documentId) || a.start - b.start || a.end - b.end;
}

function unionEvidence(lists: Evidence[][]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const list of lists) for (const e of list) seen.set(`${e.documentId}:${e.start}:${e.end}`, e);
  return [...seen.values()].sort(compareEvidence);
}

function getPath(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** How much a record states: evidence passages count double, then every stated leaf value. */
function detailOf(record: unknown): number {
  let leaves = 0;
  const walk = (value: unknown, key: string) => {
    if (value === undefined || value === null || value === "" || key === "historical") return;
    if (key === "evidence" && Array.isArray(value)) {
      leaves += value.length * 2;
      return;
    }
    if (Array.isArray(value)) for (const item of value) walk(item, "");
    else if (typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
    else if (value !== "unknown") leaves += 1;
  };
  walk(record, "");
  return leaves;
}

/** Days a date covers; approximate and uncertain dates count as wider than exact ones of equal span. */
function widthOf(date: FuzzyDate): number {
  const parts = parseFuzzyDate(date);
  const days = (Date.parse(parts.end) - Date.parse(parts.start)) / 86_400_000 + 1;
  return days + (parts.approximate ? 0.25 : 0) + (parts.uncertain ? 0.5 : 0);
}

/** The most precise of several dates: the narrowest, then the earliest. */
function mostPrecise(dates: FuzzyDate[]): FuzzyDate {
  return [...dates].sort((a, b) => widthOf(a) - widthOf(b) || compareFuzzyDates(a, b))[0]!;
}

function firstPosition(record: AnyCandidate): Evidence | undefined {
  return [...record.evidence].sort(compareEvidence)[0];
}

// --------------------------------------------------------------------------------------- type rules

const isDayDate = (date: FuzzyDate | undefined) => date !== undefined && isDay(date);
const isCalledOff = (r: RoundCandidate) => r.status === "postponed" || r.status === "cancelled";

/** "the talks that opened in the capital in March", "talks … that began last spring": the first of a series. */
const SERIES_OPENED = /\b(?:talks|negotiations)\b[^.;]{0,60}?\b(?:that|which)\s+(?:first\s+)?(?:opened|began|started)\b/i;

/** Two candidates read from one sentence (their evidence is the same span). */
const sameSentence = (a: AnyCandidate, b: AnyCandidate) => a.evidence.some((x) => b.evidence.some((y) => x.start === y.start && x.end === y.end));

const ROUND_RULE: TypeRule<RoundCandidate> = {
  type: "round",
  // A report of a round called off contradicts one of it held only when it names the same round: the same
  // day, or the same city or number. "A meeting … pencilled in for late March was pushed back" is not
  // the Bern round another source reports held on 24 March.
  compatible: (a, b) =>
    !differ(a.venue.city, b.venue.city) &&
    !differ(a.venue.country, b.venue.country) &&
    !(
      isCalledOff(a) !== isCalledOff(b) &&
      (a.status === "held" || b.status === "held") &&
      !(isDayDate(a.date) && isDayDate(b.date)) &&
      !(a.venue.city !== undefined && a.venue.city === b.venue.city) &&
      !(a.ordinal !== undefined && a.ordinal === b.ordinal)
    ),
  // Within one document a held round and one not held (planned, postponed, cancelled) are two rounds
  // ("talks were held… more talks are planned next week"; "the second round was held in Oslo… the
  // third has been postponed"); across documents the same round may be announced, then reported held.
  // Nor are two rounds one sentence tells apart ("the talks hosted last week and the third round
  // convened in Oslo last Sunday"), or two the document numbers differently.
  compatibleWithin: (a, b) =>
    ROUND_RULE.compatible(a, b) &&
    (a.status === "held") === (b.status === "held") &&
    // "a fourth round is pencilled in for Bern later this month" is not the session postponed on the 3rd.
    (a.status === b.status || (isDayDate(a.date) && a.date === b.date)) &&
    !(a.ordinal !== undefined && b.ordinal !== undefined && a.ordinal !== b.ordinal) &&
    !sameSentence(a, b),
  // A vague report names its round by number ("the second round, in March"), or as the series' start ("the
  // mediated talks that opened in the capital in March"): the group holding that round.
  identifies: (record, group) => {
    const ordinal = record.ordinal ?? (record.evidence.some((e) => SERIES_OPENED.test(e.quote)) ? 1 : undefined);
    return ordinal !== undefined && group.some((m) => m.ordinal === ordinal);
  },
  happened: (r) => r.status === "held" && r.mode !== "planned",
  // Held, then called off, then planned: what a later report knows beats what an earlier one expected.
  precedence: (r) => (r.status === "held" && r.mode !== "planned" ? 2 : r.status === "postponed" || r.status === "cancelled" ? 1 : 0),
  slug: (r) => slugify(r.venue.city) || "talks",
  scalars: ["status", "mode", "format", "ordinal", "venue.city", "venue.country"],
};

/**
 * A mention that opens by placing itself before or after another ("Earlier this week the navy
 * test-fired …", "Before that, the militia staged …") tells of another event than the one just reported.
 */
/** Warships a report names among its assets ("the destroyer USS X"): the same ship sent is the same deployment. */
const namedWarships = (record: IncidentCandidate) => record.assets.flatMap((asset) => (/^(?:USS|HMS|INS|HMCS|HMAS|FS)\s/.test(asset.name) ? [asset.name.toLowerCase()] : []));

const SEQUENCED_START = /^(?:Earlier|Hours (?:earlier|later)|Before that|Before then|Previously|Prior to that|Later|After that|Afterwards|Subsequently|(?:A|One|Two|Three|Several|A few)\s+(?:days?|weeks?)\s+(?:earlier|later|before|after)\b)/i;
const opensSequenced = (record: AnyCandidate) => SEQUENCED_START.test(firstPosition(record)?.quote ?? "");

const INCIDENT_RULE: TypeRule<IncidentCandidate> = {
  type: "incident",
  compatible: (a, b) =>
    a.kind === b.kind &&
    !differPlaces(a, b) &&
    !differWaters(a.location.waterBody, b.location.waterBody) &&
    !differ(a.location.country, b.location.country) &&
    !disjoint(a.initiators, b.initiators) &&
    !differTargets(a.targets, b.targets),
  // Nor are two acts one sentence tells on different dates ("The detention of X in July 2029 was followed by the
  // seizure of Y on 19 July 2029"): the extractor read them apart.
  compatibleWithin: (a, b) => INCIDENT_RULE.compatible(a, b) && !opensSequenced(a) && !opensSequenced(b) && !(a.date !== b.date && a.date !== undefined && b.date !== undefined && sameSentence(a, b)),
  identifies: (record, group) => {
    const own = [...record.targets.filter(isVessel), ...(record.location.place && isNamedPlace(record.location.place) ? [lower(record.location.place)] : []), ...namedWarships(record)];
    return group.some((m) => m.targets.some((t) => own.includes(t)) || (m.location.place !== undefined && own.includes(lower(m.location.place))) || namedWarships(m).some((ship) => own.includes(ship)));
  },
  linksVague: (vague, group) => {
    const named = (r: IncidentCandidate) => [...r.initiators, ...r.targets, r.location.place, r.location.waterBody].filter((x): x is string => x !== undefined);
    // "For nine days, from 3 to 11 May, … rockets fell on border towns": a campaign that lasted,
    // not a report of one of its days.
    if (vague.evidence.some((e) => LASTED.test(e.quote))) return false;
    const own = named(vague);
    const theirs = group.flatMap(named);
    return own.length === 0 || theirs.length > 0;
  },
  joins: (undated, group) => group.every((m) => casualtiesAgree(undated, m)),
  happened: (r) => r.mode !== "planned",
  slug: (r) => r.kind,
  scalars: ["mode", "casualties.killed", "casualties.injured"],
};

const SANCTION_RULE: TypeRule<SanctionCandidate> = {
  type: "sanction",
  // A lifting and an imposition by one authority the same day are two acts ("determined … sanctionable"; "the
  // same day, renewed the waivers").
  compatible: (a, b) => a.instrument === b.instrument && !disjoint(a.authorities, b.authorities) && (a.status === "lifted") === (b.status === "lifted"),
  // An undated "The EU and Canada have re-imposed …" is not the dated "Canada notified the UN …": every
  // authority it names must be one of the group's, and a lifting is not an imposition.
  // Nor is an undated measure that counts what it listed ("four entities and two individuals") one that counts
  // other things ("12 tankers"): where both count, they count something alike, and the same.
  joins: (undated, group) =>
    undated.authorities.every((authority) => group.some((m) => m.authorities.includes(authority))) &&
    group.every((m) => (m.status === "lifted") === (undated.status === "lifted")) &&
    group.every((m) => countsAgree(undated, m)),
  // Within one document, two listings that count different things ("designated eight officials …";
  // "also designated seventeen producers and one vessel") are two listings of that day; but vessels "identified
  // as blocked property" are the listing's own ships.
  compatibleWithin: (a, b) => SANCTION_RULE.compatible(a, b) && (countsAgree(a, b) || [a, b].some(identifiesBlockedProperty)),
  happened: (r) => r.mode !== "planned",
  slug: (r) => r.instrument,
  scalars: ["status", "mode", "rate.value", "rate.ceiling", "targets.entities", "targets.individuals", "targets.vessels"],
};

/** Whether two reports' tolls could be one incident's: no count they both give differs. */
function casualtiesAgree(a: IncidentCandidate, b: IncidentCandidate): boolean {
  return (["killed", "injured"] as const).every((k) => a.casualties?.[k] === undefined || b.casualties?.[k] === undefined || a.casualties[k] === b.casualties[k]);
}

const COUNTED = ["entities", "individuals", "vessels"] as const;
/** Whether two measures' counts could be one listing's: no counts on one side, or a count in common and no count that differs. */
/** "OFAC is also identifying 5 vessels as blocked property": ships named as the designated persons' property (a mention, not a group that has one). */
const BLOCKED_PROPERTY = /\bidentif(?:y|ies|ied|ying)\b[^.;]{0,60}\bas blocked property\b/i;
const identifiesBlockedProperty = (c: SanctionCandidate) => c.evidence.length === 1 && BLOCKED_PROPERTY.test(c.evidence[0]!.quote);

function countsAgree(a: SanctionCandidate, b: SanctionCandidate): boolean {
  const shared = COUNTED.filter((k) => a.targets[k] !== undefined && b.targets[k] !== undefined);
  const counts = (c: SanctionCandidate) => COUNTED.some((k) => c.targets[k] !== undefined);
  if (!counts(a) || !counts(b)) return true;
  return shared.length > 0 && shared.every((k) => a.targets[k] === b.targets[k]);
}

// ------------------------------------------------------------------------------------------ combine

/** Keys whose objects are statements: taken whole from one source, never mixed. */
const ATOMIC_KEYS = new Set(["outcome", "nextStep"]);

function mergeLists(key: string, lists: unknown[][]): unknown[] {
  const items = lists.flat();
  if (items.every((item) => typeof item !== "object" || item === null)) {
    return [...new Set(items)].sort((a, b) => compareStrings(String(a), String(b)));
  }
  if (key === "delegations") {
    const bySide = new Map<string, string[]>();
    for (const item of items as { side: string; members: string[] }[]) bySide.set(item.side, [...(bySide.get(item.side) ?? []), ...item.members]);
    return [...bySide.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([side, members]) => ({ side, members: [...new Set(members)].sort(compareStrings) }));
  }
  if (key === "assets") {
    const byName = new Map<string, Record<string, unknown>>();
    for (const item of items as Record<string, unknown>[]) {
      const identity = `${lower(String(item.name))}|${String(item.category)}`;
      const existing = byName.get(identity);
      byName.set(identity, existing ? combineObjects([existing, item]) : item);
    }
    return [...byName.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, item]) => item);
  }
  // Statements and anything else: deduplicated whole, ordered by their first evidence.
  const seen = new Map<string, { item: unknown; order: string }>();
  for (const item of items) {
    const identity = stableJson(item);
    if (seen.has(identity)) continue;
    const evidence = (item as { evidence?: Evidence[] }).evidence;
    const order = evidence?.[0] ? `${evidence[0].documentId}:${String(evidence[0].start).padStart(9, "0")}:${identity}` : identity;
    seen.set(identity, { item, order });
  }
  return [...seen.values()].sort((a, b) => compareStrings(a.order, b.order)).map((entry) => entry.item);
}

/** Indirect talks in which the delegations also met directly were mixed; "unknown" is no statement. */
function combineFormats(formats: Round["format"][]): Round["format"] {
  const stated = new Set(formats.filter((format) => format !== "unknown"));
  if (stated.has("mixed") || (stated.has("direct") && stated.has("indirect"))) return "mixed";
  return [...stated][0] ?? "unknown";
}

/** Merges objects field by field: the first stated value wins (callers put the leading source first). */
function combineObjects(objects: Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys: string[] = [];
  for (const object of objects) for (const key of Object.keys(object)) if (!keys.includes(key)) keys.push(key);
  for (const key of keys) {
    const values = objects.map((object) => object[key]).filter((value) => value !== undefined);
    if (values.length === 0) continue;
    if (key === "evidence") out[key] = unionEvidence(values as Evidence[][]);
    else if (Array.isArray(values[0])) out[key] = mergeLists(key, values as unknown[][]);
    else if (typeof values[0] === "object" && values[0] !== null && !ATOMIC_KEYS.has(key)) out[key] = combineObjects(values as Record<string, unknown>[]);
    else if (key === "format") out[key] = combineFormats(values as Round["format"][]);
    // A brief opens on the summary: a sentence of prose reads better than a table row ("4 | 6 Jun 2031 | Oslo | Cancelled").
    else if (key === "summary") out[key] = (values as string[]).find((value) => !value.includes(" | ")) ?? values[0];
    else out[key] = values[0];
  }
  return out;
}

// ------------------------------------------------------------------------------------------- groups

interface Member<C extends AnyCandidate> {
  record: C;
  documentId: string;
}

interface Group<C extends AnyCandidate> {
  members: Member<C>[];
  date: FuzzyDate;
  /** First and last day of `date`, kept to test overlaps without re-parsing. */
  start: string;
  end: string;
}

/**
 * Groups dated records by the merge rule, most precise first, so a vague report joins a precise one.
 * Across documents (`acrossDocuments`), a group takes one record per document: the records of one
 * document are the events it was already judged to report apart ("Earlier this week the navy
 * test-fired …" beside Friday's launches), and another source must not join them.
 */
function groupDated<C extends AnyCandidate>(rule: TypeRule<C>, members: Member<C>[], acrossDocuments = false): Group<C>[] {
  const keyed = members.map((member) => {
    const parts = parseFuzzyDate(member.record.date!);
    return { member, start: parts.start, end: parts.end, width: widthOf(member.record.date!), first: firstPosition(member.record)! };
  });
  keyed.sort((a, b) => a.width - b.width || compareFuzzyDates(a.member.record.date!, b.member.record.date!) || compareEvidence(a.first, b.first));
  const groups: Group<C>[] = [];
  let consolidated = false;
  for (const { member, start, end } of keyed) {
    const date = member.record.date!;
    // Before the first vague report, reports of one day that a greedy pass left apart but that the rule
    // holds compatible become one group, so that the vague report finds one event there, not two.
    if (!consolidated && !isDayDate(date)) {
      consolidated = true;
      consolidateDays(rule, groups, acrossDocuments);
    }
    // Bounds parsed once rule out most groups cheaply; `datesOverlap` has the last word.
    const fits = groups.filter(
      (g) =>
        g.start <= end &&
        start <= g.end &&
        datesOverlap(g.date, date) &&
        g.members.every((m) => rule.compatible(m.record, member.record) && !(acrossDocuments && m.documentId === member.documentId)) &&
        (!rule.linksVague || isDayDate(date) || !isDayDate(g.date) || rule.linksVague(member.record, g.members.map((m) => m.record))),
    );
    // A vague report that fits several distinct events ("the May 2031 raids" against raids on 3
    // and 11 May) could be any of them: it stays on its own rather than be guessed into one. A report of
    // the very day those groups share is no vaguer than they are: it joins the best-attested of them, so
    // that one shoot-down reported by eight sources is not eight records.
    const sameDay = fits.length > 1 && isDayDate(date) && fits.every((g) => g.date === date) ? [...fits].sort((a, b) => b.members.length - a.members.length) : [];
    // Unless it names what only some of them have: "the Malta-flagged Sea Wren that the coast guard seized
    // in July 2028" is the 9 July seizure of that ship; several naming the same ship are one seizure a
    // source misdated, and it joins the best-attested of them.
    const identified = fits.length > 1 && rule.identifies ? fits.filter((g) => rule.identifies!(member.record, g.members.map((m) => m.record))).sort((a, b) => b.members.length - a.members.length) : [];
    const group = fits.length === 1 ? fits[0] : (sameDay[0] ?? identified[0]);
    if (group) {
      group.members.push(member);
      const precise = mostPrecise([group.date, date]);
      if (precise !== group.date) Object.assign(group, { date: precise, start, end });
    } else {
      groups.push({ members: [member], date, start, end });
    }
  }
  if (!consolidated) consolidateDays(rule, groups, acrossDocuments);
  return groups;
}

/** A group as one report: its first member's fields, with every member's initiators, targets and authorities. */
function pooled<C extends AnyCandidate>(group: Group<C>): C {
  const records = group.members.map((m) => m.record as Record<string, unknown>);
  const out: Record<string, unknown> = { ...records[0] };
  for (const key of ["initiators", "targets", "authorities"]) {
    if (Array.isArray(out[key])) out[key] = [...new Set(records.flatMap((r) => (r[key] as string[] | undefined) ?? []))];
  }
  out.evidence = records.flatMap((r) => r.evidence as Evidence[]);
  return out as C;
}

function consolidateDays<C extends AnyCandidate>(rule: TypeRule<C>, groups: Group<C>[], acrossDocuments: boolean): void {
  for (let i = 0; i < groups.length; i++) {
    for (let j = groups.length - 1; j > i; j--) {
      const [a, b] = [groups[i]!, groups[j]!];
      if (a.date !== b.date || !isDayDate(a.date)) continue;
      // Each group as one report, its actors pooled: "the militia fired at Al Nakheel" (Iraq) and "the militia
      // fired at bases housing US troops" (the United States) are one launch once each group says both.
      const sharesDocument = acrossDocuments && a.members.some((m) => b.members.some((n) => m.documentId === n.documentId));
      const fits = !sharesDocument && rule.compatible(pooled(a), pooled(b));
      if (!fits) continue;
      a.members.push(...b.members);
      groups.splice(j, 1);
    }
  }
}

/**
 * A group dated only to a year: background ("the 1998 accord"), or an event of the current year the text
 * does not place ("the indirect talks … resumed this year") - which tells a reader no more than that talks
 * happened, and is counted in no brief of a month or a week.
 */
function isBackground<C extends AnyCandidate>(group: Group<C>): boolean {
  // "Rockets have been fired at border towns since 2028": a span from a year is a year's background too.
  return parseFuzzyDate(group.date).precision === "year" || /^\d{4}\//.test(group.date);
}

/**
 * The precedence of each member's account, across the documents of a group. A report that the event took
 * place outranks one of it called off (a later report knows more) - unless reports of it called off come
 * from as many documents or more: then the sources contradict each other and the record does not assert
 * what most of them deny ("the fourth round … was called off" four times against one "held").
 */
/** The precedence of a report that a round took place, when as many documents or more report it called off. */
const CONTESTED_HELD = 0.5;

function precedenceOf<C extends AnyCandidate>(rule: TypeRule<C>, members: Member<C>[]): (record: C) => number {
  const base = (record: C) => rule.precedence?.(record) ?? 0;
  const documentsAt = (level: number) => new Set(members.filter((m) => base(m.record) === level).map((m) => m.documentId)).size;
  const held = documentsAt(2);
  const calledOff = documentsAt(1);
  const outnumbered = held > 0 && calledOff >= held;
  return (record) => (outnumbered && base(record) === 2 ? CONTESTED_HELD : base(record));
}

/** Orders members with the leading one first: most detail, then most recently published, then source order. */
function leadingOrder<C extends AnyCandidate>(rule: TypeRule<C>, members: Member<C>[], rank: (documentId: string) => { published: string; order: number }, precedence = precedenceOf(rule, members)): Member<C>[] {
  return [...members].sort((a, b) => {
    const ahead = precedence(b.record) - precedence(a.record);
    if (ahead !== 0) return ahead;
    const detail = detailOf(b.record) - detailOf(a.record);
    if (detail !== 0) return detail;
    const ra = rank(a.documentId);
    const rb = rank(b.documentId);
    return compareStrings(rb.published, ra.published) || ra.order - rb.order || compareEvidence(firstPosition(a.record)!, firstPosition(b.record)!);
  });
}

function combineGroup<C extends AnyCandidate>(
  rule: TypeRule<C>,
  group: Group<C>,
  rank: (documentId: string) => { published: string; order: number },
): Omit<C, "date" | "historical"> & { date: FuzzyDate } {
  const ordered = leadingOrder(rule, group.members, rank);
  const combined = combineObjects(ordered.map((m) => m.record as unknown as Record<string, unknown>));
  // Copied key by key rather than `delete`d and spread: deleting turns the object into a slow
  // dictionary, and spreading that was most of this function's time. Same keys, same order.
  const out: Record<string, unknown> = { date: group.date };
  for (const key of Object.keys(combined)) if (key !== "historical" && key !== "id" && key !== "date") out[key] = combined[key];
  if (rule.type === "incident") {
    const sides = sidesByVote(ordered.map((m) => m.record as unknown as IncidentCandidate));
    const initiators = (out.initiators as string[]).filter((id) => sides.get(id) !== "target");
    const targets = (out.targets as string[]).filter((id) => sides.get(id) !== "initiator");
    // A tie: the side on which another actor remains gives it up ("Ruritania's air force shot down a US drone"
    // with "a drone that violated Ruritanian airspace" keeps Ruritania the initiator only).
    out.initiators = apartFrom(initiators, targets);
    out.targets = apartFrom(targets, out.initiators as string[]);
  }
  return out as Omit<C, "date" | "historical"> & { date: FuzzyDate };
}

/** `ids` without those of `other`, when some remain; otherwise `ids` as they are (an exchange of fire). */
function apartFrom(ids: string[], other: string[]): string[] {
  const apart = ids.filter((id) => !other.includes(id));
  return apart.length > 0 && apart.length < ids.length ? apart : ids;
}

/**
 * Reports pooled into one incident may name its target as an initiator ("US bombers struck Ruritania's Example
 * site" with "Ruritania fired cruise missiles in reply" in another report's sentence), or the other way round
 * ("the militia targeted the Al Nakheel base" after "the killing of its commander by the United States"):
 * an actor named on both sides goes to the side more reports name it on. On a tie it leaves the side on
 * which another actor remains (see `apartFrom`); an exchange of fire, every actor on both sides, stays so.
 */
function sidesByVote(records: IncidentCandidate[]): Map<string, "initiator" | "target"> {
  const votes = new Map<string, number>();
  for (const record of records) {
    for (const id of record.initiators) votes.set(id, (votes.get(id) ?? 0) + 1);
    for (const id of record.targets) votes.set(id, (votes.get(id) ?? 0) - 1);
  }
  const both = new Set(records.flatMap((r) => r.initiators.filter((id) => records.some((o) => o.targets.includes(id)))));
  const sides = new Map<string, "initiator" | "target">();
  for (const id of both) {
    const vote = votes.get(id) ?? 0;
    if (vote > 0) sides.set(id, "initiator");
    else if (vote < 0) sides.set(id, "target");
  }
  return sides;
}

function idDate(date: FuzzyDate): string {
  return date.toLowerCase().replace(/\?/g, "").replace(/[^a-z0-9:~/-]/g, "-");
}

/** Gives records ids, sorted by date, slug and first evidence; collisions get -2, -3… */
function assignIds<C extends AnyCandidate>(rule: TypeRule<C>, records: (Omit<C, "date" | "historical"> & { date: FuzzyDate })[]) {
  const sorted = [...records].sort(
    (a, b) =>
      compareFuzzyDates(a.date, b.date) ||
      compareStrings(rule.slug(a as unknown as C), rule.slug(b as unknown as C)) ||
      compareEvidence(firstPosition(a as unknown as C)!, firstPosition(b as unknown as C)!),
  );
  const used = new Map<string, number>();
  return sorted.map((record) => {
    const base = `${rule.type}:${idDate(record.date)}:${rule.slug(record as unknown as C)}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    const { date, ...rest } = record;
    return { id: count === 1 ? base : `${base}-${count}`, date, ...rest };
  });
}

// --------------------------------------------------------------------------------- within document

/** Words that place an act by the day of writing: in an undated document they place it nowhere. */
const TIME_OF_WRITING = /\b(?:yesterday|today|tonight|tomorrow|(?:earlier|later)\s+this\s+(?:week|month)|(?:this|last)\s+(?:week|month)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i;

/** A date after publication for something reported as done cannot be right: the candidate counts as undated. */
function withoutImpossibleDate<C extends AnyCandidate>(rule: TypeRule<C>, record: C, published: FuzzyDate | null): C {
  if (record.date === undefined || published === null || !rule.happened(record)) return record;
  if (parseFuzzyDate(record.date).start <= parseFuzzyDate(published).end) return record;
  const { date: _date, historical: _historical, ...rest } = record;
  return rest as C;
}

function mergeTypeWithinDocument<C extends AnyCandidate>(rule: TypeRule<C>, candidates: C[], document: Document) {
  const compatible = rule.compatibleWithin ?? rule.compatible;
  const within: TypeRule<C> = { ...rule, compatible };
  const members = candidates
    .filter((c) => c.evidence.length > 0)
    .map((record) => ({ record: withoutImpossibleDate(rule, record, document.published.date), documentId: document.id }));
  const groups = groupDated(
    within,
    members.filter((m) => m.record.date !== undefined),
  ).filter((group) => !isBackground(group));
  for (const member of members.filter((m) => m.record.date === undefined)) {
    // In an undated document, "held in Oslo yesterday" or "on Friday" tells of the unknown present (a weekday the
    // text dated would have dated the candidate), not of a round the text dates.
    if (document.published.date === null && member.record.evidence.some((e) => TIME_OF_WRITING.test(e.quote))) continue;
    const position = firstPosition(member.record)!.start;
    // The nearest compatible group, but first one that names the same ship or place: "The tanker Sea Wren was
    // detained on a court's order" joins the Sea Wren's record, not the nearer one of another tanker.
    const home = groups
      .filter(
        (g) =>
          g.members.every((m) => compatible(m.record, member.record)) &&
          (rule.joins?.(member.record, g.members.map((m) => m.record)) ?? true),
      )
      .map((g) => ({
        g,
        named: rule.identifies?.(member.record, g.members.map((m) => m.record)) ? 0 : 1,
        distance: Math.min(...g.members.map((m) => Math.abs(firstPosition(m.record)!.start - position))),
      }))
      .sort((a, b) => a.named - b.named || a.distance - b.distance)[0];
    home?.g.members.push(member);
  }
  if (rule.type === "round") joinOpenedAndEnded(groups as unknown as Group<RoundCandidate>[]);
  const rank = () => ({ published: "", order: 0 });
  return assignIds(
    rule,
    groups.map((group) => combineGroup(rule, group, rank)),
  );
}

const OPENED = new RegExp(String.raw`\b(?:${alternation(TALKS_OPENED_VERBS)})\b`, "i");
const ENDED = new RegExp(String.raw`\b(?:${alternation(TALKS_ENDED_VERBS)})\b`, "i");

/**
 * "The talks, which began Tuesday in Oslo, …" and "Talks … ended in Norway on Wednesday": within one document, a
 * held round told as opening on one day and one told as ending in the same city a few days later are one round
 * that ran from the first day to the last. A round numbered on one side ("closed the fourth round in Oslo on
 * Friday" after "The round that began on March 3") may run for weeks, as rounds of a long negotiation do:
 * up to five weeks when no other numbered round lies between, and the talks that "resumed" inside it are its own.
 * Talks told as opening with no city read join the only round told as ending within four days, if no held round lies between.
 */
function joinOpenedAndEnded(groups: Group<RoundCandidate>[]): void {
  const held = (g: Group<RoundCandidate>) => g.members.every((m) => m.record.status === "held" && m.record.mode !== "planned");
  const city = (g: Group<RoundCandidate>) => {
    const cities = new Set(g.members.flatMap((m) => (m.record.venue.city ? [m.record.venue.city] : [])));
    return cities.size === 1 ? [...cities][0] : cities.size === 0 ? undefined : null;
  };
  const ordinal = (g: Group<RoundCandidate>) => {
    const ordinals = new Set(g.members.flatMap((m) => (m.record.ordinal === undefined ? [] : [m.record.ordinal])));
    return ordinals.size === 1 ? [...ordinals][0] : ordinals.size === 0 ? undefined : null;
  };
  const tells = (g: Group<RoundCandidate>, verb: RegExp) => g.members.some((m) => m.record.evidence.some((e) => verb.test(e.quote)));
  const sameOrUnknown = <T>(a: T | undefined | null, b: T | undefined | null) => a !== null && b !== null && (a === undefined || b === undefined || a === b);
  for (let i = 0; i < groups.length; i++) {
    const opened = groups[i]!;
    const place = city(opened);
    if (!isDayDate(opened.date) || !held(opened) || !tells(opened, OPENED) || place === null) continue;
    const days = (limit: number) => (g: Group<RoundCandidate>) => g !== opened && isDayDate(g.date) && g.date > opened.date && g.date <= addDays(opened.date, limit) && held(g);
    let at = place === undefined ? -1 : groups.findIndex((g) => days(6)(g) && city(g) === place && tells(g, ENDED));
    // "The talks, which began on Tuesday at a Doha hotel" (no city read) and "talks in the Qatari capital ended on
    // Wednesday": the only round told as ending within a few days, with no other held round between.
    if (at === -1 && place === undefined) {
      const endings = groups.filter((g) => days(4)(g) && tells(g, ENDED) && city(g) !== null);
      const between = (g: Group<RoundCandidate>) => groups.some((other) => other !== g && other !== opened && isDayDate(other.date) && other.date > opened.date && other.date < g.date && held(other));
      if (endings.length === 1 && !between(endings[0]!)) at = groups.indexOf(endings[0]!);
    }
    if (at === -1) {
      at = groups.findIndex((g) => {
        if (!days(35)(g) || !tells(g, ENDED) || !sameOrUnknown(place, city(g)) || !sameOrUnknown(ordinal(opened), ordinal(g))) return false;
        const number = ordinal(opened) ?? ordinal(g);
        if (number === undefined || number === null) return false;
        // Another round numbered between them ends this one before.
        return !groups.some((other) => other !== g && other !== opened && isDayDate(other.date) && other.date > opened.date && other.date < g.date && ordinal(other) !== undefined && ordinal(other) !== number);
      });
      if (at === -1) continue;
      const ended = groups[at]!;
      // "When the talks resumed on December 9": a pause inside the round.
      for (let k = groups.length - 1; k >= 0; k--) {
        const inside = groups[k]!;
        if (inside === opened || inside === ended || !days(35)(inside) || inside.date >= ended.date || !tells(inside, RESUMED) || ordinal(inside) !== undefined || !sameOrUnknown(place ?? city(ended), city(inside))) continue;
        opened.members.push(...inside.members);
        groups.splice(k, 1);
        if (k < i) i--;
      }
      at = groups.indexOf(ended);
    }
    const ended = groups[at]!;
    opened.members.push(...ended.members);
    Object.assign(opened, { date: `${opened.date}/${ended.date}`, end: ended.end });
    groups.splice(at, 1);
    if (at < i) i--;
  }
}
const RESUMED = /\bresumed\b/i;

/**
 * Merges one document's candidates into records (see the rule at the top). Undated candidates that
 * join no dated group, and year-only background, are dropped.
 */
export function mergeDocumentCandidates(candidates: EventCandidates, document: Document): { rounds: Round[]; incidents: Incident[]; sanctions: Sanction[] } {
  return {
    rounds: mergeTypeWithinDocument(ROUND_RULE, candidates.rounds, document) as Round[],
    incidents: mergeTypeWithinDocument(INCIDENT_RULE, candidates.incidents, document) as Incident[],
    sanctions: mergeTypeWithinDocument(SANCTION_RULE, candidates.sanctions, document) as Sanction[],
  };
}

// -------------------------------------------------------------------------------- across documents

interface MergedEvents {
  rounds: Round[];
  incidents: Incident[];
  sanctions: Sanction[];
  discrepancies: Discrepancy[];
}

function describeValue(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : JSON.stringify(value);
}

function findDiscrepancies<C extends AnyCandidate>(
  rule: TypeRule<C>,
  recordId: string,
  group: Group<C>,
  documents: Map<string, Document>,
  rank: (documentId: string) => { published: string; order: number },
): Discrepancy[] {
  const documentIds = [...new Set(group.members.map((m) => m.documentId))];
  if (documentIds.length < 2) return [];
  // Each document's own view of the event, led by its most detailed member.
  const precedenceIn = precedenceOf(rule, group.members);
  const views = documentIds.map((documentId) => {
    const members = group.members.filter((m) => m.documentId === documentId);
    const ordered = leadingOrder(rule, members, rank, precedenceIn);
    const record = combineObjects(ordered.map((m) => m.record as unknown as Record<string, unknown>));
    const precedence = precedenceIn(ordered[0]!.record);
    return { documentId, record, evidence: unionEvidence(members.map((m) => m.record.evidence)), detail: members.reduce((sum, m) => sum + detailOf(m.record), 0), precedence };
  });
  const leading = [...views].sort((a, b) => b.precedence - a.precedence || b.detail - a.detail || compareStrings(rank(b.documentId).published, rank(a.documentId).published) || rank(a.documentId).order - rank(b.documentId).order)[0]!;
  const discrepancies: Discrepancy[] = [];
  for (const field of rule.scalars) {
    const byValue = new Map<string, { value: unknown; views: typeof views }>();
    for (const view of views) {
      const value = getPath(view.record, field);
      if (value === undefined || value === "unknown") continue;
      const key = typeof value === "string" ? value.toLowerCase() : stableJson(value);
      const entry = byValue.get(key) ?? { value, views: [] };
      entry.views.push(view);
      byValue.set(key, entry);
    }
    if (byValue.size < 2) continue;
    const values = [...byValue.values()]
      .map((entry) => ({ value: entry.value, evidence: unionEvidence(entry.views.map((v) => v.evidence)), views: entry.views }))
      .sort((a, b) => compareEvidence(a.evidence[0]!, b.evidence[0]!));
    const carried = values.find((v) => v.views.includes(leading)) ?? values[0]!;
    // File names only: a note is read in a brief, where a reader's machine paths mean nothing.
    const sourceNames = (vs: typeof views) =>
      vs.map((v) => documents.get(v.documentId)?.source.split(/[\\/]/).pop() ?? v.documentId).join(", ");
    const others = values.filter((v) => v !== carried);
    const runnerUp = Math.max(...views.filter((v) => v !== leading).map((v) => v.detail));
    const published = documents.get(leading.documentId)?.published.date;
    const heldCount = views.filter((v) => v.precedence === CONTESTED_HELD).length;
    const calledOffCount = views.filter((v) => v.precedence === 1).length;
    const reason = heldCount > 0
      ? calledOffCount > heldCount
        ? `as ${calledOffCount} sources report it called off against ${heldCount} reporting it held`
        : `as as many sources report it called off as report it held (${heldCount} each)`
      : views.some((v) => v.precedence < leading.precedence)
      ? "the report that it took place (a report of it as still to come gives way)"
      : leading.detail > runnerUp
        ? `the most detailed report of the event (${leading.detail} stated details against ${runnerUp})`
        : published
          ? `the most recently published of equally detailed reports (${published})`
          : "the first of equally detailed, undated reports";
    discrepancies.push({
      id: `${recordId}:${field}`,
      recordType: rule.type,
      recordId,
      field,
      values: values.map(({ value, evidence }) => ({ value: value as never, evidence })),
      note: `The record carries ${describeValue(carried.value)} from ${sourceNames(carried.views)}, ${reason}; ${others.map((o) => `${sourceNames(o.views)} gives ${describeValue(o.value)}`).join("; ")}.`,
    });
  }
  return discrepancies;
}

function mergeTypeAcross<C extends AnyCandidate>(
  rule: TypeRule<C>,
  records: Member<C>[],
  documents: Map<string, Document>,
  rank: (documentId: string) => { published: string; order: number },
): { records: (C & { id: string; date: FuzzyDate })[]; discrepancies: Discrepancy[] } {
  const groups = groupDated(rule, records, true);
  const combined = groups.map((group) => ({ group, record: combineGroup(rule, group, rank) }));
  const withIds = assignIds(
    rule,
    combined.map((c) => c.record),
  );
  const discrepancies: Discrepancy[] = [];
  for (const { group, record } of combined) {
    const withId = withIds.find((r) => r.evidence === record.evidence)!;
    discrepancies.push(...findDiscrepancies(rule, withId.id, group, documents, rank));
  }
  return { records: withIds as unknown as (C & { id: string; date: FuzzyDate })[], discrepancies };
}

/** Merges actors by id: lists and mentions united, other fields from the first document naming them. */
export function mergeActors(lists: Actor[][]): Actor[] {
  const byId = new Map<string, Actor[]>();
  for (const list of lists) for (const actor of list) byId.set(actor.id, [...(byId.get(actor.id) ?? []), actor]);
  return [...byId.keys()].sort(compareStrings).map((id) => {
    const versions = byId.get(id)!;
    const scalars = versions.map(({ aliases: _aliases, roles: _roles, mentions: _mentions, ...rest }) => rest);
    const merged = combineObjects(scalars) as unknown as Actor;
    merged.aliases = [...new Set(versions.flatMap((v) => v.aliases))].sort(compareStrings);
    const roles = new Map<string, Actor["roles"][number]>();
    for (const role of versions.flatMap((v) => v.roles)) roles.set(stableJson(role), role);
    merged.roles = [...roles.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, role]) => role);
    merged.mentions = unionEvidence(versions.map((v) => v.mentions));
    return merged;
  });
}

/**
 * The incident rule across documents, where a body stands for its state: one report's "the Royal Navy"
 * (whose state that document does not name) and another's "the United Kingdom" are the same initiator.
 */
function incidentRuleAcross(actors: Actor[]): TypeRule<IncidentCandidate> {
  const lookup = new ActorLookup(createActorIndex(actors, []));
  const cache = new WeakMap<IncidentCandidate, IncidentCandidate>();
  const asStates = (record: IncidentCandidate) => {
    let out = cache.get(record);
    if (!out) {
      out = record.initiators.some((id) => !id.startsWith("state:")) ? { ...record, initiators: record.initiators.map((id) => lookup.stateOf(id) ?? id) } : record;
      cache.set(record, out);
    }
    return out;
  };
  return { ...INCIDENT_RULE, compatible: (a, b) => INCIDENT_RULE.compatible(asStates(a), asStates(b)) };
}

/**
 * Merges the extractions of several documents into one set of records, with discrepancies where
 * sources disagree. Documents come back sorted by source name, then id, without duplicates.
 */
export function mergeExtractions(extractions: Extraction[]): MergedEvents & { documents: Document[]; actors: Actor[] } {
  // Identical texts are one document: keep the copy with the first source name, whatever the input order.
  const unique = new Map<string, Extraction>();
  for (const extraction of extractions) {
    const kept = unique.get(extraction.document.id);
    if (!kept || extraction.document.source < kept.document.source) unique.set(extraction.document.id, extraction);
  }
  const ordered = [...unique.values()].sort((a, b) => compareStrings(a.document.source, b.document.source) || compareStrings(a.document.id, b.document.id));
  const documents = new Map(ordered.map((e) => [e.document.id, e.document]));
  const order = new Map(ordered.map((e, index) => [e.document.id, index]));
  const rank = (documentId: string) => {
    const published = documents.get(documentId)?.published.date;
    return { published: published ? parseFuzzyDate(published).end : "", order: order.get(documentId) ?? 0 };
  };
  const membersOf = <C extends AnyCandidate>(pick: (e: Extraction) => C[]) => ordered.flatMap((e) => pick(e).map((record) => ({ record, documentId: e.document.id })));

  const actors = mergeActors(ordered.map((e) => e.actors));
  const rounds = mergeTypeAcross(ROUND_RULE, membersOf((e) => e.rounds as RoundCandidate[]), documents, rank);
  const incidents = mergeTypeAcross(incidentRuleAcross(actors), membersOf((e) => e.incidents as IncidentCandidate[]), documents, rank);
  const sanctions = mergeTypeAcross(SANCTION_RULE, membersOf((e) => e.sanctions as SanctionCandidate[]), documents, rank);
  return {
    documents: ordered.map((e) => e.document),
    actors,
    rounds: rounds.records as unknown as Round[],
    incidents: incidents.records as unknown as Incident[],
    sanctions: sanctions.records as unknown as Sanction[],
    discrepancies: [...rounds.discrepancies, ...incidents.discrepancies, ...sanctions.discrepancies].sort((a, b) => compareStrings(a.id, b.id)),
  };
}
