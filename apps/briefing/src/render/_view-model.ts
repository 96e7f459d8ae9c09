/**
 * Turns the part of a dataset about a date range into the view model the templates render. Every
 * sentence here is built from structured fields and connective words only; every fact carries the
 * endnote references of the evidence it was read from. No template needs to know the dataset's shape.
 */
import {
  type Actor,
  type Dataset,
  type DateRange,
  type Discrepancy,
  type Document,
  type Evidence,
  type FuzzyDate,
  type Incident,
  type Mode,
  type Role,
  type Round,
  type Sanction,
  compareFuzzyDates,
  formatFuzzyDate,
  parseFuzzyDate,
  selectDateRange,
} from "@sitrep/domain";
import {
  describeCoarseness,
  firstWords,
  formatDateForReader,
  formatRange,
  formatRangeBetween,
  formatTimestamp,
  isCoarse,
  joinList,
  pluralise,
  toAnchor,
} from "./_format.js";
import { type NoteRef, NoteRegistry } from "./_notes.js";
import { type TimelineEvent, renderTimelineSvg } from "./_timeline-svg.js";
import type { BriefMeta } from "./_types.js";

export type EventType = "round" | "incident" | "sanction";

/** A piece of text and the notes it rests on. */
export interface Cited {
  text: string;
  refs: NoteRef[];
}

export interface QuoteView extends Cited {
  speaker?: string;
}

export interface RoundView {
  anchor: string;
  date: FuzzyDate;
  coarse: boolean;
  title: string;
  qualifiers: string[];
  ordinal?: string;
  venue?: string;
  mediators?: string;
  format: string;
  structure?: string;
  tracks?: string;
  delegations: { side: string; members: string }[];
  outcome?: QuoteView;
  nextStep?: QuoteView;
  statements: QuoteView[];
  summary: string;
  disputed?: string;
  refs: NoteRef[];
}

export interface IncidentView {
  anchor: string;
  date: FuzzyDate;
  coarse: boolean;
  kind: string;
  qualifiers: string[];
  location?: string;
  initiators?: string;
  targets?: string;
  assets?: string;
  casualties?: string;
  summary: string;
  disputed?: string;
  refs: NoteRef[];
}

export interface SanctionView {
  anchor: string;
  date: FuzzyDate;
  coarse: boolean;
  authorities: string;
  instrument: string;
  status: string;
  qualifiers: string[];
  targets?: string;
  targetDescription?: string;
  targetActors?: string;
  sectors?: string;
  rate?: string;
  summary: string;
  disputed?: string;
  refs: NoteRef[];
}

export interface DiscrepancyView {
  anchor: string;
  record: string;
  recordAnchor: string;
  field: string;
  values: { value: string; sources: { quote: string; source: string; sourceAnchor: string; refs: NoteRef[] }[] }[];
  note?: string;
}

export interface RoleView {
  title: string;
  period?: string;
  /** From the reference list of actors (with its dates). */
  reference: boolean;
  /** Stated by a source; `refs` quote it. */
  stated: boolean;
  refs: NoteRef[];
}

export interface ActorView {
  anchor: string;
  kind: Actor["kind"];
  name: string;
  detail?: string;
  roles: RoleView[];
  refs: NoteRef[];
}

export interface SourceView {
  anchor: string;
  label: string;
  title: string;
  /** True when the document has no title and `title` is its first words. */
  untitled: boolean;
  outlet?: string;
  byline?: string;
  attribution?: string;
  url?: string;
  file: string;
  published: { date?: FuzzyDate; method: string; quote?: string };
  links: { href?: string; text: string }[];
  warnings: string[];
}

export interface NoteView {
  n: number;
  id: string;
  quote: string;
  source: string;
  sourceAnchor: string;
  sourceDate: string;
  /** Note text says "S2, 9 February 2026" (see `describeSourceBriefly`). */
  backRefs: { href: string; text: string; label: string }[];
}

export interface TimelineRowView {
  anchor: string;
  date: FuzzyDate;
  coarse: boolean;
  type: EventType;
  typeLabel: string;
  label: string;
  summary: string;
  qualifiers: string[];
  refs: NoteRef[];
}

export interface BriefView {
  lang: "en";
  title: string;
  rangeLabel: string;
  rangeBetween: string;
  range: DateRange;
  asOf: FuzzyDate;
  generatedLabel: string;
  generatedIso: string;
  paper: "a4" | "letter";
  sourceCount: number;
  counts: { rounds: number; incidents: number; sanctions: number; discrepancies: number; actors: number; notes: number };
  keyDevelopments: Cited[];
  timeline: { svg: string; rows: TimelineRowView[] };
  rounds: RoundView[];
  incidents: IncidentView[];
  sanctions: { items: SanctionView[]; totals?: string };
  discrepancies: DiscrepancyView[];
  whosWho: { people: ActorView[]; organisations: ActorView[]; vessels: ActorView[]; count: number };
  sources: SourceView[];
  notes: NoteView[];
  empty: Record<"keyDevelopments" | "timeline" | "rounds" | "incidents" | "sanctions" | "discrepancies" | "whosWho" | "sources", string>;
}

const INCIDENT_KINDS: Record<Incident["kind"], string> = {
  "drone-shootdown": "Drone shoot-down",
  "vessel-seizure": "Vessel seizure",
  "vessel-harassment": "Vessel harassment",
  strike: "Strike",
  "missile-launch": "Missile launch",
  "missile-test": "Missile test",
  "missile-display": "Missile display",
  deployment: "Deployment",
  other: "Other incident",
};

const AUTHORITIES: Record<Sanction["authorities"][number], string> = {
  "us-president": "US President",
  "us-treasury": "US Treasury",
  "us-state": "US State Department",
  "us-commerce": "US Commerce Department",
  eu: "European Union",
  "un-security-council": "UN Security Council",
  uk: "United Kingdom",
  other: "Other authority",
};

const INSTRUMENTS: Record<Sanction["instrument"], string> = {
  designation: "Designations",
  "executive-order": "Executive order",
  tariff: "Tariff",
  snapback: "Snapback",
  other: "Other measure",
};

const DATE_METHODS: Record<Document["published"]["method"], string> = {
  metadata: "from the page metadata",
  dateline: "from the dateline",
  anchored: "anchored to a dated event the text reports",
  inferred: "inferred from the latest date the text reports (a weaker guess)",
  unknown: "undated: nothing in the text supports a date",
};

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

const TYPE_LABELS: Record<EventType, string> = { round: "Round", incident: "Incident", sanction: "Sanction" };

/** At most this many bullets in "Key developments"; a brief with fewer events shows fewer. */
const MAX_KEY_DEVELOPMENTS = 6;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function ordinalWord(n: number): string {
  const word = ORDINALS[n - 1];
  if (word) return word;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** "on 6 February 2026", "in June 2025 (day not reported)", "during about 9–13 February 2026". */
function dateClause(date: FuzzyDate, planned = false): string {
  const parts = parseFuzzyDate(date);
  const text = formatFuzzyDate(date);
  const coarse = describeCoarseness(date);
  if (planned) return `for ${text}${coarse ? ` (${coarse})` : ""}`;
  if (parts.precision === "day") return `on ${text}`;
  if (parts.precision === "interval") return `during ${text}${coarse ? ` (${coarse})` : ""}`;
  return `in ${text}${coarse ? ` (${coarse})` : ""}`;
}

/** Human wording for a discrepancy field path: `rate.ceiling` → "whether the rate is a ceiling". */
function describeField(field: string): string {
  const known: Record<string, string> = {
    date: "date",
    status: "status",
    mode: "whether it happened or was claimed",
    format: "format",
    ordinal: "round number",
    "rate.value": "rate",
    "rate.ceiling": "whether the rate is a ceiling",
    "targets.entities": "number of entities targeted",
    "targets.individuals": "number of individuals targeted",
    "targets.vessels": "number of vessels targeted",
    "venue.city": "city",
    "location.place": "place",
    "location.waterBody": "sea area",
    "casualties.killed": "number killed",
    "casualties.injured": "number injured",
  };
  return known[field] ?? field.replace(/\./g, " › ");
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "not reported";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return /^\d{4}(-\d{2}){0,2}[~?%]?(\/.+)?$/.test(value) ? safeFormatDate(value) : value;
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

function safeFormatDate(value: string): string {
  try {
    return formatDateForReader(value);
  } catch {
    return value;
  }
}

interface Context {
  range: DateRange;
  notes: NoteRegistry;
  actors: Map<string, Actor>;
  documents: Map<string, Document>;
  disputedFields: Map<string, string[]>;
}

function nameOf(ctx: Context, id: string): string {
  return ctx.actors.get(id)?.name ?? id;
}

function namesOf(ctx: Context, ids: readonly string[]): string | undefined {
  return ids.length > 0 ? joinList(ids.map((id) => nameOf(ctx, id))) : undefined;
}

/** "claimed by Iran", "planned", "denied by the United States": how a brief must word a non-asserted event. */
function describeMode(ctx: Context, mode: Mode, claimedBy: readonly string[] | undefined): string | undefined {
  const who = claimedBy && claimedBy.length > 0 ? namesOf(ctx, claimedBy) : undefined;
  if (mode === "claimed") return who ? `claimed by ${who}` : "claimed (claimant not named)";
  if (mode === "denied") return who ? `denied by ${who}` : "denied";
  if (mode === "planned") return "planned";
  return undefined;
}

function qualifiersOf(...items: (string | undefined)[]): string[] {
  return [...new Set(items.filter((item): item is string => item !== undefined))];
}

function describeVenue(round: Round): string | undefined {
  const { site, city, country } = round.venue;
  const parts = [site, city, country].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

function describeLocation(incident: Incident): string | undefined {
  const { place, waterBody, country } = incident.location;
  const parts = [place, waterBody, country].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/** "in the Arabian Sea", "at Natanz, Iran": seas, straits and gulfs take "the". */
function locationClause(incident: Incident): string | undefined {
  const { place, waterBody, country } = incident.location;
  if (waterBody) return `in ${/^the\s/i.test(waterBody) ? "" : "the "}${waterBody}${place ? ` near ${place}` : ""}`;
  // A place needs "at", "in" or an article depending on what it is, which the data does not say: set it off instead.
  if (place) return `, ${place}${country ? `, ${country}` : ""},`;
  if (country) return `in ${country}`;
  return undefined;
}

function describeAssets(ctx: Context, incident: Incident): string | undefined {
  if (incident.assets.length === 0) return undefined;
  return joinList(
    incident.assets.map((asset) => {
      const count = asset.count !== undefined && asset.count > 1 ? `${asset.count} ` : "";
      const owner = asset.owner ? ` (${nameOf(ctx, asset.owner)})` : "";
      return `${count}${asset.name}${owner}`;
    }),
  );
}

function describeRate(sanction: Sanction): string | undefined {
  if (!sanction.rate) return undefined;
  return `${sanction.rate.ceiling ? "up to " : ""}${sanction.rate.value}%`;
}

function describeTargetCounts(targets: Sanction["targets"]): string | undefined {
  const parts: string[] = [];
  if (targets.entities !== undefined) parts.push(pluralise(targets.entities, "entity", "entities"));
  if (targets.individuals !== undefined) parts.push(pluralise(targets.individuals, "individual"));
  if (targets.vessels !== undefined) parts.push(pluralise(targets.vessels, "vessel"));
  return parts.length > 0 ? joinList(parts) : undefined;
}

function disputedNote(ctx: Context, id: string): string | undefined {
  const fields = ctx.disputedFields.get(id);
  // "the status", but "whether the rate is a ceiling" takes no article.
  return fields ? `Sources disagree on ${joinList(fields.map((f) => (f.startsWith("whether") ? f : `the ${f}`)))}.` : undefined;
}

function roundTitle(round: Round): string {
  const place = round.venue.city ?? round.venue.country ?? round.venue.site;
  const lead = round.ordinal ? `${capitalise(ordinalWord(round.ordinal))} round` : "Round";
  return place ? `${lead} in ${place}` : lead;
}

function sanctionTitle(sanction: Sanction): string {
  return `${INSTRUMENTS[sanction.instrument]} (${sanction.authorities.map((a) => AUTHORITIES[a]).join(", ")})`;
}

/**
 * A source passage shown inside quotation marks has its own quotations turned to single marks, as
 * editors nest them (“… as ‘very good’”); the endnotes keep the passage exactly as the source has it.
 */
export function nestQuotes(text: string): string {
  return text.replace(/"([^"\n]*)"/g, "‘$1’");
}

function buildRound(ctx: Context, round: Round): RoundView {
  const quote = (statement: Round["statements"][number]): QuoteView => ({
    text: nestQuotes(statement.text),
    speaker: statement.speaker ? nameOf(ctx, statement.speaker) : undefined,
    refs: ctx.notes.cite(statement.evidence),
  });
  return {
    anchor: `event-${toAnchor(round.id)}`,
    date: round.date,
    coarse: isCoarse(round.date),
    title: roundTitle(round),
    qualifiers: qualifiersOf(round.status === "held" ? undefined : round.status, describeMode(ctx, round.mode, round.claimedBy)),
    ordinal: round.ordinal ? `${capitalise(ordinalWord(round.ordinal))} round (as stated by the source)` : undefined,
    venue: describeVenue(round),
    mediators: namesOf(ctx, round.mediators),
    format: round.format === "unknown" ? "not reported" : round.format,
    structure: round.structure,
    tracks: round.tracks.length > 0 ? joinList(round.tracks) : undefined,
    delegations: round.delegations.map((d) => ({
      side: nameOf(ctx, d.side),
      members: d.members.length > 0 ? joinList(d.members.map((id) => nameOf(ctx, id))) : "members not named",
    })),
    outcome: round.outcome ? quote(round.outcome) : undefined,
    nextStep: round.nextStep ? quote(round.nextStep) : undefined,
    statements: round.statements.map(quote),
    summary: round.summary,
    disputed: disputedNote(ctx, round.id),
    refs: ctx.notes.cite(round.evidence),
  };
}

function buildIncident(ctx: Context, incident: Incident): IncidentView {
  const casualties = incident.casualties;
  const casualtyParts = casualties
    ? [
        casualties.killed !== undefined ? `${casualties.killed} killed` : undefined,
        casualties.injured !== undefined ? `${casualties.injured} injured` : undefined,
        casualties.description,
      ].filter((part): part is string => part !== undefined)
    : [];
  return {
    anchor: `event-${toAnchor(incident.id)}`,
    date: incident.date,
    coarse: isCoarse(incident.date),
    kind: INCIDENT_KINDS[incident.kind],
    qualifiers: qualifiersOf(describeMode(ctx, incident.mode, incident.claimedBy)),
    location: describeLocation(incident),
    initiators: namesOf(ctx, incident.initiators),
    targets: namesOf(ctx, incident.targets),
    assets: describeAssets(ctx, incident),
    casualties: casualtyParts.length > 0 ? casualtyParts.join("; ") : undefined,
    summary: incident.summary,
    disputed: disputedNote(ctx, incident.id),
    refs: ctx.notes.cite(incident.evidence),
  };
}

function buildSanction(ctx: Context, sanction: Sanction): SanctionView {
  return {
    anchor: `event-${toAnchor(sanction.id)}`,
    date: sanction.date,
    coarse: isCoarse(sanction.date),
    authorities: joinList(sanction.authorities.map((a) => AUTHORITIES[a])),
    instrument: INSTRUMENTS[sanction.instrument],
    status: sanction.status,
    qualifiers: qualifiersOf(describeMode(ctx, sanction.mode, sanction.claimedBy)),
    targets: describeTargetCounts(sanction.targets),
    targetDescription: sanction.targets.description,
    targetActors: namesOf(ctx, sanction.targetActors),
    sectors: sanction.sectors.length > 0 ? joinList(sanction.sectors) : undefined,
    rate: describeRate(sanction),
    summary: sanction.summary,
    disputed: disputedNote(ctx, sanction.id),
    refs: ctx.notes.cite(sanction.evidence),
  };
}

/** A plain sentence per event for "Key developments", from its fields only. */
function describeRoundInBrief(ctx: Context, round: Round): string {
  const planned = round.status === "planned" || round.mode === "planned";
  const lead = round.ordinal ? `The ${ordinalWord(round.ordinal)} round of talks was` : "Talks";
  const verb = round.status === "planned" ? "planned" : round.status;
  const place = round.venue.city ?? round.venue.country;
  let sentence = `${lead} ${verb}${place ? ` in ${place}` : ""} ${dateClause(round.date, planned)}`;
  const mediators = namesOf(ctx, round.mediators);
  if (mediators) sentence += `, mediated by ${mediators}`;
  if (round.format !== "unknown") sentence += ` (${round.format})`;
  const mode = round.mode === "planned" ? undefined : describeMode(ctx, round.mode, round.claimedBy);
  if (mode) sentence += `, ${mode}`;
  sentence += ".";
  const delegations = round.delegations.filter((d) => d.members.length > 0);
  if (delegations.length > 0) {
    sentence += ` Delegations: ${delegations.map((d) => `${nameOf(ctx, d.side)} — ${joinList(d.members.map((id) => nameOf(ctx, id)))}`).join("; ")}.`;
  }
  if (round.outcome) sentence += ` Outcome, as reported: “${nestQuotes(round.outcome.text)}”${/[.!?]$/.test(round.outcome.text) ? "" : "."}`;
  return sentence;
}

function describeIncidentInBrief(ctx: Context, incident: Incident): string {
  const location = locationClause(incident);
  const separator = location?.startsWith(",") ? "" : " ";
  let sentence = `${INCIDENT_KINDS[incident.kind]}${location ? `${separator}${location}` : ""} ${dateClause(incident.date, incident.mode === "planned")}`;
  const mode = describeMode(ctx, incident.mode, incident.claimedBy);
  if (mode) sentence += ` (${mode})`;
  const details: string[] = [];
  const initiators = namesOf(ctx, incident.initiators);
  const targets = namesOf(ctx, incident.targets);
  if (initiators) details.push(`initiated by ${initiators}`);
  if (targets) details.push(`targeting ${targets}`);
  const assets = describeAssets(ctx, incident);
  if (assets) details.push(`assets: ${assets}`);
  if (details.length > 0) sentence += `: ${details.join("; ")}`;
  return `${sentence}.`;
}

function describeSanctionInBrief(ctx: Context, sanction: Sanction): string {
  const authorities = joinList(sanction.authorities.map((a) => AUTHORITIES[a]));
  const rate = describeRate(sanction);
  const measure: Record<Sanction["instrument"], string> = {
    designation: "sanctions designations",
    "executive-order": "an executive order",
    tariff: rate ? `tariffs of ${rate}` : "tariffs",
    snapback: "the snapback of sanctions",
    other: "a measure",
  };
  let sentence = `${authorities} ${sanction.status} ${measure[sanction.instrument]} ${dateClause(sanction.date, sanction.mode === "planned")}`;
  const targets = describeTargetCounts(sanction.targets) ?? sanction.targets.description;
  if (targets) sentence += `, targeting ${targets}`;
  if (sanction.sectors.length > 0) sentence += ` (${joinList(sanction.sectors)} sector${sanction.sectors.length > 1 ? "s" : ""})`;
  const mode = describeMode(ctx, sanction.mode, sanction.claimedBy);
  if (mode) sentence += `, ${mode}`;
  sentence += ".";
  const disputed = disputedNote(ctx, sanction.id);
  if (disputed) sentence += ` ${disputed}`;
  return sentence;
}

type AnyEvent = { type: "round"; event: Round } | { type: "incident"; event: Incident } | { type: "sanction"; event: Sanction };

/**
 * How much an event belongs in the bottom line: held rounds first, then kinetic incidents and measures
 * in force, then the rest; a precise date and corroboration by several sources weigh a little more.
 */
function significance(item: AnyEvent): number {
  const sources = new Set(item.event.evidence.map((e) => e.documentId)).size;
  let score = 0;
  if (item.type === "round") score = item.event.status === "held" ? 100 : 65;
  else if (item.type === "incident") {
    const kinetic = ["strike", "missile-launch", "drone-shootdown", "vessel-seizure"].includes(item.event.kind);
    score = kinetic ? 80 : item.event.kind === "vessel-harassment" ? 75 : 55;
    if (item.event.casualties) score += 5;
  } else {
    score = item.event.status === "imposed" || item.event.status === "authorised" || item.event.status === "lifted" ? 76 : 74;
  }
  if (item.event.mode !== "asserted") score -= 15;
  if (isCoarse(item.event.date)) score -= 10;
  return score + Math.min(sources - 1, 3) * 2;
}

function compareEvents(a: AnyEvent, b: AnyEvent): number {
  const order: EventType[] = ["round", "incident", "sanction"];
  return compareFuzzyDates(a.event.date, b.event.date) || order.indexOf(a.type) - order.indexOf(b.type) || a.event.id.localeCompare(b.event.id);
}

function eventLabel(item: AnyEvent): string {
  if (item.type === "round") return roundTitle(item.event);
  if (item.type === "incident") return INCIDENT_KINDS[item.event.kind];
  return sanctionTitle(item.event);
}

/** Roles whose period overlaps the range; roles without dates count as current (their source says so). */
function rolesDuring(roles: readonly Role[], range: DateRange): Role[] {
  return roles.filter((role) => {
    if (role.from && parseFuzzyDate(role.from).start > range.to) return false;
    if (role.to && parseFuzzyDate(role.to).end < range.from) return false;
    return true;
  });
}

function describePeriod(role: Role): string | undefined {
  if (role.from && role.to) return `${formatFuzzyDate(role.from)} – ${formatFuzzyDate(role.to)}`;
  if (role.from) return `since ${formatFuzzyDate(role.from)}`;
  if (role.to) return `until ${formatFuzzyDate(role.to)}`;
  return undefined;
}

/**
 * One line per title: the reference list and several sources often give the same title in different
 * words ("President", "President, United States", "President of the United States"). Titles are the
 * same when they match once the organisation's name is taken off; the line keeps the fullest wording,
 * the reference dates and every source's quote.
 */
function mergeRoles(ctx: Context, roles: readonly Role[]): RoleView[] {
  const groups = new Map<string, Role[]>();
  for (const role of roles) {
    const of = role.of ? nameOf(ctx, role.of).toLowerCase() : undefined;
    let key = role.title.toLowerCase().trim();
    if (of && key.endsWith(of)) key = key.slice(0, -of.length).replace(/(,|\bof|\bof the)\s*$/, "").trim();
    groups.set(key, [...(groups.get(key) ?? []), role]);
  }
  return [...groups.values()].map((group): RoleView => {
    const display = (role: Role) => (role.of && !role.title.includes(nameOf(ctx, role.of)) ? `${role.title}, ${nameOf(ctx, role.of)}` : role.title);
    const titles = group.map(display).sort((a, b) => b.length - a.length);
    const reference = group.find((role) => role.source === "reference");
    const evidence = group.flatMap((role) => (role.source === "article" ? (role.evidence ?? []) : []));
    return {
      title: titles[0]!,
      period: reference ? describePeriod(reference) : group.map(describePeriod).find((p) => p !== undefined),
      reference: reference !== undefined,
      stated: group.some((role) => role.source === "article"),
      refs: ctx.notes.cite(evidence),
    };
  });
}

function buildActor(ctx: Context, actor: Actor): ActorView {
  const roles = mergeRoles(ctx, rolesDuring(actor.roles, ctx.range));
  const details: string[] = [];
  if (actor.kind === "vessel" && actor.vessel) {
    if (actor.vessel.type) details.push(actor.vessel.type);
    if (actor.vessel.flag) details.push(`flag: ${nameOf(ctx, actor.vessel.flag)}`);
    if (actor.vessel.imo) details.push(`IMO ${actor.vessel.imo}`);
  }
  if (actor.organisationType) details.push(actor.organisationType.replace("-", " "));
  if (actor.capital) details.push(`capital: ${actor.capital}`);
  if (actor.affiliation) details.push(nameOf(ctx, actor.affiliation));
  // Cite where the actor is named, unless a role already cites an article; one mention is enough to trace.
  const cited = roles.some((role) => role.refs.length > 0);
  const firstMention = actor.mentions[0];
  return {
    anchor: `actor-${toAnchor(actor.id)}`,
    kind: actor.kind,
    name: actor.name,
    detail: details.length > 0 ? details.join(" · ") : undefined,
    roles,
    refs: !cited && firstMention ? ctx.notes.cite([firstMention]) : [],
  };
}

function documentLabel(document: Document): string {
  return document.title ?? firstWords(document.text);
}

function buildSource(document: Document, index: number): SourceView {
  const published = document.published;
  return {
    anchor: `source-${document.id}`,
    label: `S${index + 1}`,
    title: documentLabel(document),
    untitled: document.title === null,
    outlet: document.outlet,
    byline: document.byline,
    attribution: document.attribution,
    url: isWebLink(document.url) ? document.url : undefined,
    // The name, not the path: a brief is forwarded, the machine it was built on is nobody's business.
    file: document.source.split(/[\\/]/).pop() || document.source,
    published: { date: published.date ?? undefined, method: DATE_METHODS[published.method], quote: published.evidence?.quote },
    links: document.links.map((link) => (isWebLink(link) ? { href: link, text: link } : { text: link })),
    warnings: document.warnings.map((w) => w.message),
  };
}

/** "S2, Al Jazeera, 9 February 2026": enough to find the source in the list. */
function describeSourceBriefly(source: SourceView): string {
  const date = source.published.date ? formatFuzzyDate(source.published.date) : "undated";
  return [source.label, source.outlet, date].filter(Boolean).join(", ");
}

/** Only http(s) links become clickable: a source's `javascript:` link stays text. */
function isWebLink(link: string | undefined): link is string {
  return link !== undefined && /^https?:\/\//i.test(link);
}

function compareDocuments(a: Document, b: Document): number {
  const left = a.published.date;
  const right = b.published.date;
  if (left && right) return compareFuzzyDates(left, right) || a.id.localeCompare(b.id);
  if (left) return -1;
  if (right) return 1;
  return a.id.localeCompare(b.id);
}

export function buildBriefView(dataset: Dataset, meta: BriefMeta): BriefView {
  if (!(meta.range.from <= meta.range.to)) {
    throw new RangeError(`could not build the brief - the range starts on ${meta.range.from}, after its end ${meta.range.to}`);
  }
  const selected = selectDateRange(dataset, meta.range);
  const range = meta.range;
  const ctx: Context = {
    range,
    notes: new NoteRegistry(),
    actors: new Map(selected.actors.map((a) => [a.id, a])),
    documents: new Map(selected.documents.map((d) => [d.id, d])),
    disputedFields: new Map(),
  };
  for (const discrepancy of selected.discrepancies) {
    const fields = ctx.disputedFields.get(discrepancy.recordId) ?? [];
    fields.push(describeField(discrepancy.field));
    ctx.disputedFields.set(discrepancy.recordId, fields);
  }

  const events: AnyEvent[] = [
    ...selected.rounds.map((event): AnyEvent => ({ type: "round", event })),
    ...selected.incidents.map((event): AnyEvent => ({ type: "incident", event })),
    ...selected.sanctions.map((event): AnyEvent => ({ type: "sanction", event })),
  ].sort(compareEvents);

  const rangeLabel = formatRange(range);
  const rangeBetween = formatRangeBetween(range);

  // Notes are numbered in reading order: key developments first, then each section as the layout has it.
  const keyDevelopments = [...events]
    .sort((a, b) => significance(b) - significance(a) || compareEvents(a, b))
    .slice(0, MAX_KEY_DEVELOPMENTS)
    .map((item): Cited => {
      const text =
        item.type === "round"
          ? describeRoundInBrief(ctx, item.event)
          : item.type === "incident"
            ? describeIncidentInBrief(ctx, item.event)
            : describeSanctionInBrief(ctx, item.event);
      return { text, refs: ctx.notes.cite(item.event.evidence) };
    });

  const timelineRows = events.map(
    (item): TimelineRowView => ({
      anchor: `event-${toAnchor(item.event.id)}`,
      date: item.event.date,
      coarse: isCoarse(item.event.date),
      type: item.type,
      typeLabel: TYPE_LABELS[item.type],
      label: eventLabel(item),
      summary: item.event.summary,
      qualifiers: qualifiersOf(
        item.type === "round" && item.event.status !== "held" ? item.event.status : undefined,
        describeMode(ctx, item.event.mode, item.event.claimedBy),
      ),
      refs: ctx.notes.cite(item.event.evidence),
    }),
  );
  const timelineEvents: TimelineEvent[] = timelineRows.map((row) => ({
    anchor: row.anchor,
    date: row.date,
    type: row.type,
    label: row.label,
    planned: row.qualifiers.includes("planned"),
    tentative: row.qualifiers.some((q) => q !== "planned"),
  }));

  const rounds = events.flatMap((item) => (item.type === "round" ? [buildRound(ctx, item.event)] : []));
  const incidents = events.flatMap((item) => (item.type === "incident" ? [buildIncident(ctx, item.event)] : []));
  const sanctionEvents = events.flatMap((item) => (item.type === "sanction" ? [item.event] : []));
  const sanctions = sanctionEvents.map((event) => buildSanction(ctx, event));

  const documents = [...selected.documents].sort(compareDocuments);
  const sources = documents.map(buildSource);
  const sourceLabels = new Map(sources.map((s, i) => [documents[i]!.id, s]));

  const discrepancies = selected.discrepancies
    .map((discrepancy) => ({ discrepancy, event: events.find((item) => item.event.id === discrepancy.recordId) }))
    .sort((a, b) => (a.event && b.event ? compareEvents(a.event, b.event) : 0))
    .map(({ discrepancy, event }) => buildDiscrepancy(ctx, discrepancy, event));

  const byName = (a: Actor, b: Actor) => a.name.localeCompare(b.name);
  const actors = [...selected.actors].sort(byName);
  const people = actors.filter((a) => a.kind === "person").map((a) => buildActor(ctx, a));
  const organisations = actors.filter((a) => a.kind === "state" || a.kind === "organisation").map((a) => buildActor(ctx, a));
  const vessels = actors.filter((a) => a.kind === "vessel").map((a) => buildActor(ctx, a));

  const notes = ctx.notes.notes.map((note): NoteView => {
    const document = ctx.documents.get(note.evidence.documentId);
    const source = sourceLabels.get(note.evidence.documentId);
    const published = document?.published.date;
    return {
      n: note.n,
      id: note.id,
      quote: note.evidence.quote,
      source: source ? describeSourceBriefly(source) : note.evidence.documentId,
      sourceAnchor: source ? `#${source.anchor}` : "",
      sourceDate: published ? formatDateForReader(published) : "undated",
      backRefs: note.citedAt.map((id, i) => ({
        href: `#${id}`,
        text: note.citedAt.length > 1 ? String.fromCharCode(97 + (i % 26)) : "↩",
        label: note.citedAt.length > 1 ? `back to citation ${i + 1}` : "back to citation",
      })),
    };
  });

  const totals = describeSanctionTotals(sanctionEvents);

  return {
    lang: "en",
    title: meta.title ?? `Situation brief — ${rangeLabel}`,
    rangeLabel,
    rangeBetween,
    range,
    asOf: meta.asOf,
    generatedLabel: formatTimestamp(meta.generatedAt),
    generatedIso: meta.generatedAt.toISOString(),
    paper: meta.paper,
    sourceCount: documents.length,
    counts: {
      rounds: rounds.length,
      incidents: incidents.length,
      sanctions: sanctions.length,
      discrepancies: discrepancies.length,
      actors: actors.length,
      notes: notes.length,
    },
    keyDevelopments,
    timeline: { svg: renderTimelineSvg(timelineEvents, range), rows: timelineRows },
    rounds,
    incidents,
    sanctions: { items: sanctions, totals },
    discrepancies,
    whosWho: { people, organisations, vessels, count: people.length + organisations.length + vessels.length },
    sources,
    notes,
    empty: {
      keyDevelopments: `No negotiation rounds, incidents or sanctions reported ${rangeBetween}.`,
      timeline: `No events reported ${rangeBetween}.`,
      rounds: `No negotiation rounds reported ${rangeBetween}.`,
      incidents: `No incidents reported ${rangeBetween}.`,
      sanctions: `No sanctions or tariff measures reported ${rangeBetween}.`,
      discrepancies: `No disagreements between sources on events reported ${rangeBetween}.`,
      whosWho: `No actors named in events reported ${rangeBetween}.`,
      sources: `No source reports an event ${rangeBetween}.`,
    },
  };

  function buildDiscrepancy(ctx: Context, discrepancy: Discrepancy, event: AnyEvent | undefined): DiscrepancyView {
    return {
      anchor: `discrepancy-${toAnchor(discrepancy.id)}`,
      record: event ? `${eventLabel(event)}, ${formatDateForReader(event.event.date)}` : discrepancy.recordId,
      recordAnchor: `#event-${toAnchor(discrepancy.recordId)}`,
      field: capitalise(describeField(discrepancy.field)),
      values: discrepancy.values.map((value) => ({
        value: describeValue(value.value),
        sources: value.evidence.map((evidence: Evidence) => {
          const source = sourceLabels.get(evidence.documentId);
          return {
            quote: evidence.quote,
            source: source ? describeSourceBriefly(source) : evidence.documentId,
            sourceAnchor: `#source-${evidence.documentId}`,
            refs: ctx.notes.cite([evidence]),
          };
        }),
      })),
      note: discrepancy.note,
    };
  }
}

/** "15 entities, 2 individuals and 14 vessels across 1 of 2 measures": only counts the sources state. */
function describeSanctionTotals(sanctions: readonly Sanction[]): string | undefined {
  if (sanctions.length === 0) return undefined;
  const counted = sanctions.filter((s) => describeTargetCounts(s.targets) !== undefined);
  const sum = (key: "entities" | "individuals" | "vessels") =>
    counted.some((s) => s.targets[key] !== undefined) ? counted.reduce((total, s) => total + (s.targets[key] ?? 0), 0) : undefined;
  const totals = describeTargetCounts({ entities: sum("entities"), individuals: sum("individuals"), vessels: sum("vessels") });
  const measures = pluralise(sanctions.length, "measure");
  if (!totals) return `${measures} in the range; no source states how many entities, individuals or vessels they target.`;
  const scope = counted.length === sanctions.length ? `across ${measures}` : `counted by ${counted.length} of ${measures}; the others state no counts`;
  return `Totals for the period: ${totals} targeted (${scope}).`;
}
