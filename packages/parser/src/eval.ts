/**
 * Measures a parsed dataset against hand-written gold annotations (`fixtures/gold/*.json`): precision,
 * recall and F1 per record type, publication-date accuracy, and the list of misses and spurious records.
 *
 * The matching rules, in one place:
 * - An event is judged per article: a predicted record counts once in every article its evidence cites
 *   (a round merged from two articles is a prediction in each), and only in articles that have a gold.
 * - A predicted event matches a gold event of the same article when the type agrees (rounds: held vs
 *   not held — planned, postponed and cancelled form one class; incidents: `kind`; sanctions:
 *   `instrument`) and the predicted date lies inside the gold date: every day the prediction covers must
 *   be a day the gold covers. So a gold `2031-03` accepts `2031-03-03`, `2031-03` or an interval inside
 *   March; a gold day accepts only that day (an interval `2031-03-03/2031-03-04` does not match the gold
 *   `2031-03-04`); a prediction vaguer than the gold (`2031-03` for a gold day) is a miss. Matches more
 *   precise than the gold are listed apart (`finer`): the text did not support that day, or the gold is wrong.
 * - Matching is greedy and one-to-one: candidate pairs are ranked (identical date first, then quotes that
 *   overlap the gold evidence, then gold order) and taken best first.
 * - Actors match per article on a normalised name (case, diacritics, hyphens and apostrophes, "al-"
 *   written joined or apart, a leading "the"): any gold name or alias against the predicted name, aliases
 *   or id slug, for actors with a mention in that article.
 * - The publication date must equal the gold's exactly (`null` for an undated article).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Actor, Dataset, Evidence, Round } from "@sitrep/domain";
import {
  ActorKindSchema,
  IncidentKindSchema,
  RoundFormatSchema,
  RoundStatusSchema,
  SanctionAuthoritySchema,
  SanctionInstrumentSchema,
  SanctionStatusSchema,
  tryParseFuzzyDate,
} from "@sitrep/domain";

// ---------------------------------------------------------------------------------------------------
// Gold annotations

export interface GoldRound {
  date: string;
  /** `held` when absent. */
  status?: "held" | "planned" | "postponed" | "cancelled";
  venue?: string | null;
  mediator?: string | null;
  format?: "direct" | "indirect" | "mixed" | "unknown" | null;
  ordinal?: number | null;
  participants?: string[];
  evidence: string;
  notes?: string;
}

export interface GoldIncident {
  date: string;
  kind: string;
  location?: string | null;
  actors?: string[];
  evidence: string;
  notes?: string;
}

export interface GoldSanction {
  date: string;
  authority: string[];
  instrument: string;
  status?: string;
  entities?: number | null;
  individuals?: number | null;
  vessels?: number | null;
  evidence: string;
  notes?: string;
}

export interface GoldActor {
  name: string;
  kind: string;
  title?: string | null;
  aliases?: string[];
}

export interface Gold {
  /** File name of the article (no folder). */
  article: string;
  published: string | null;
  rounds: GoldRound[];
  incidents: GoldIncident[];
  sanctions: GoldSanction[];
  actors: GoldActor[];
  /** Quotes the parser should raise a warning on (a weekday that contradicts its date…). */
  warnings?: string[];
  notes?: string;
}

/** A gold file that does not have the expected shape. */
export class GoldFormatError extends Error {
  override readonly name = "GoldFormatError";
}

const fail = (where: string, message: string): never => {
  throw new GoldFormatError(`could not read gold ${where} - ${message}`);
};

function checkDate(value: unknown, where: string): string {
  if (typeof value !== "string" || tryParseFuzzyDate(value) === undefined) {
    fail(where, `expected an EDTF date such as 2026-02-06 or 2026-02, received ${JSON.stringify(value)}`);
  }
  return value as string;
}

function checkEnum(value: unknown, options: readonly string[], where: string): string {
  if (typeof value !== "string" || !options.includes(value)) {
    fail(where, `expected one of ${options.join(", ")}, received ${JSON.stringify(value)}`);
  }
  return value as string;
}

function checkString(value: unknown, where: string): string {
  if (typeof value !== "string" || value.length === 0) fail(where, `expected a non-empty string, received ${JSON.stringify(value)}`);
  return value as string;
}

function checkArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(where, `expected an array, received ${JSON.stringify(value)}`);
  return value as unknown[];
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(where, "expected an object");
  return value as Record<string, unknown>;
}

/** Checks untrusted JSON as a gold annotation; throws a {@link GoldFormatError} naming the field. */
export function parseGold(input: unknown, label = "(gold)"): Gold {
  const gold = asRecord(input, label);
  const article = checkString(gold.article, `${label}: article`);
  const at = (path: string) => `${label}: ${path}`;
  const published = gold.published === null ? null : checkDate(gold.published, at("published"));
  const rounds = checkArray(gold.rounds ?? [], at("rounds")).map((value, i): GoldRound => {
    const r = asRecord(value, at(`rounds[${i}]`));
    const status = r.status === undefined ? "held" : checkEnum(r.status, RoundStatusSchema.options, at(`rounds[${i}].status`));
    if (r.format !== undefined && r.format !== null) checkEnum(r.format, RoundFormatSchema.options, at(`rounds[${i}].format`));
    return {
      ...(r as object),
      date: checkDate(r.date, at(`rounds[${i}].date`)),
      status: status as GoldRound["status"],
      evidence: checkString(r.evidence, at(`rounds[${i}].evidence`)),
    } as GoldRound;
  });
  const incidents = checkArray(gold.incidents ?? [], at("incidents")).map((value, i): GoldIncident => {
    const r = asRecord(value, at(`incidents[${i}]`));
    return {
      ...(r as object),
      date: checkDate(r.date, at(`incidents[${i}].date`)),
      kind: checkEnum(r.kind, IncidentKindSchema.options, at(`incidents[${i}].kind`)),
      evidence: checkString(r.evidence, at(`incidents[${i}].evidence`)),
    } as GoldIncident;
  });
  const sanctions = checkArray(gold.sanctions ?? [], at("sanctions")).map((value, i): GoldSanction => {
    const r = asRecord(value, at(`sanctions[${i}]`));
    const authorities = typeof r.authority === "string" ? [r.authority] : checkArray(r.authority, at(`sanctions[${i}].authority`));
    if (authorities.length === 0) fail(at(`sanctions[${i}].authority`), "expected at least one authority");
    if (r.status !== undefined) checkEnum(r.status, SanctionStatusSchema.options, at(`sanctions[${i}].status`));
    return {
      ...(r as object),
      date: checkDate(r.date, at(`sanctions[${i}].date`)),
      authority: authorities.map((a, j) => checkEnum(a, SanctionAuthoritySchema.options, at(`sanctions[${i}].authority[${j}]`))),
      instrument: checkEnum(r.instrument, SanctionInstrumentSchema.options, at(`sanctions[${i}].instrument`)),
      evidence: checkString(r.evidence, at(`sanctions[${i}].evidence`)),
    } as GoldSanction;
  });
  const actors = checkArray(gold.actors ?? [], at("actors")).map((value, i): GoldActor => {
    const r = asRecord(value, at(`actors[${i}]`));
    const aliases = r.aliases === undefined ? [] : checkArray(r.aliases, at(`actors[${i}].aliases`));
    return {
      ...(r as object),
      name: checkString(r.name, at(`actors[${i}].name`)),
      kind: checkEnum(r.kind, ActorKindSchema.options, at(`actors[${i}].kind`)),
      aliases: aliases.map((a, j) => checkString(a, at(`actors[${i}].aliases[${j}]`))),
    } as GoldActor;
  });
  const warnings = gold.warnings === undefined ? undefined : checkArray(gold.warnings, at("warnings")).map((w, i) => checkString(w, at(`warnings[${i}]`)));
  return {
    article,
    published,
    rounds,
    incidents,
    sanctions,
    actors,
    ...(warnings ? { warnings } : {}),
    ...(typeof gold.notes === "string" ? { notes: gold.notes } : {}),
  };
}

/** Every gold quote that is not an exact substring of the article's raw text (a broken gold). */
export function findUnquotedEvidence(gold: Gold, articleText: string): string[] {
  const quotes = [...gold.rounds, ...gold.incidents, ...gold.sanctions].map((r) => r.evidence).concat(gold.warnings ?? []);
  const missing = quotes.filter((quote) => !articleText.includes(quote));
  if (missing.length === 0) return missing;
  // An HTML page writes "—" as "&mdash;" and may set a title in italics inside a sentence ("under the
  // <em>Example Sanctions Regulations</em> on 5 firms"): the quote is of what the page shows.
  const decoded = decodeEntities(articleText.replace(/<(?:em|i|b|strong|a|span|abbr|cite|sup|sub)\b[^>]*>|<\/(?:em|i|b|strong|a|span|abbr|cite|sup|sub)>/gi, ""));
  return missing.filter((quote) => !decoded.includes(quote));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "—", ndash: "–", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…", middot: "·", eacute: "é" };
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, decimal: string | undefined, hex: string | undefined, name: string | undefined) =>
    decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : (ENTITIES[name!.toLowerCase()] ?? entity),
  );
}

// ---------------------------------------------------------------------------------------------------
// Normalisation

const QUOTES_RE = /[\u2018\u2019\u201A\u201B\u2032'`\u00B4]/g;

/** An actor name reduced to what must agree: "Badr Al-Busaidi" and "badr albusaidi" are the same. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(QUOTES_RE, "")
    .replace(/[-\u2010-\u2015_.,/]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/\b(al|el) (?=\S)/g, "$1");
}

/** Text reduced for quote comparison: typography and spacing do not matter. */
function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(QUOTES_RE, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

function quotesOverlap(a: string, b: string): boolean {
  const x = normaliseText(a);
  const y = normaliseText(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x) || sharedRun(x, y) >= 24);
}

/** Length of a common run of characters, looked for in 24-character windows of the shorter text. */
function sharedRun(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  for (let i = 0; i + 24 <= short.length; i += 8) if (long.includes(short.slice(i, i + 24))) return 24;
  return 0;
}

/** File name of a path, either separator. */
export function articleName(source: string): string {
  const parts = source.split(/[\\/]/);
  return parts[parts.length - 1] ?? source;
}

// ---------------------------------------------------------------------------------------------------
// Dates

/**
 * True when every day `predicted` covers is a day `gold` covers (see the rules at the top). Invalid
 * dates never match.
 */
export function dateMatchesGold(gold: string, predicted: string): boolean {
  const g = tryParseFuzzyDate(gold);
  const p = tryParseFuzzyDate(predicted);
  if (!g || !p) return false;
  return p.start >= g.start && p.end <= g.end;
}

/** True when a matching prediction covers fewer days than the gold: a day the gold did not give. */
function isFiner(gold: string, predicted: string): boolean {
  const g = tryParseFuzzyDate(gold);
  const p = tryParseFuzzyDate(predicted);
  return !!g && !!p && (p.start > g.start || p.end < g.end);
}

// ---------------------------------------------------------------------------------------------------
// Report

export type RecordType = "round" | "incident" | "sanction" | "actor";

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** One line of the misses / spurious / finer lists. */
export interface Finding {
  type: RecordType | "published" | "warning";
  article: string;
  /** `kind`, `instrument`, round status, or the actor's name. */
  label: string;
  date?: string;
  /** The gold date, for `finer` matches and wrong publication dates. */
  goldDate?: string | null;
  evidence?: string;
}

/** Agreement on a field over the matched pairs where the gold gives it. */
export interface Agreement {
  agreed: number;
  compared: number;
}

/** Per-article counts, to see where the misses concentrate. */
export interface ArticleScore {
  article: string;
  events: Counts;
  actors: Counts;
  published: boolean;
}

export interface Report {
  articles: { evaluated: string[]; missing: string[] };
  perArticle: ArticleScore[];
  scores: {
    rounds: Score;
    roundsHeld: Score;
    roundsNotHeld: Score;
    incidents: Score;
    sanctions: Score;
    events: Score;
    actors: Score;
  };
  published: { correct: number; total: number; accuracy: number };
  warnings: { found: number; expected: number };
  attributes: Record<string, Agreement>;
  misses: Finding[];
  spurious: Finding[];
  /** Matches whose predicted date is more precise than the gold's. */
  finer: Finding[];
  /** Publication dates that differ from the gold. */
  wrongPublished: Finding[];
}

export interface EvaluateOptions {
  /** Evaluate only these articles (file names); default: every gold whose article is in the dataset. */
  articles?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function toScore({ tp, fp, fn }: Counts): Score {
  // No predictions and nothing to find is a perfect score, not a division by zero.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

interface Predicted<T> {
  record: T;
  date: string;
  /** The record's evidence in this article. */
  quotes: string[];
}

interface GoldEvent {
  date: string;
  evidence: string;
}

/** Greedy one-to-one matching of the gold events of one article and type to the predictions. */
function matchEvents<G extends GoldEvent, P>(
  golds: G[],
  predicted: Predicted<P>[],
  compatible: (gold: G, prediction: Predicted<P>) => boolean,
): { pairs: [G, Predicted<P>][]; missed: G[]; extra: Predicted<P>[] } {
  const candidates: { g: number; p: number; rank: number }[] = [];
  golds.forEach((gold, g) => {
    predicted.forEach((prediction, p) => {
      if (!compatible(gold, prediction) || !dateMatchesGold(gold.date, prediction.date)) return;
      const sameDate = gold.date === prediction.date ? 2 : 0;
      const sameQuote = prediction.quotes.some((quote) => quotesOverlap(quote, gold.evidence)) ? 1 : 0;
      candidates.push({ g, p, rank: sameDate + sameQuote });
    });
  });
  candidates.sort((a, b) => b.rank - a.rank || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [G, Predicted<P>][] = [];
  for (const { g, p } of candidates) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    pairs.push([golds[g]!, predicted[p]!]);
  }
  return {
    pairs,
    missed: golds.filter((_, g) => !usedG.has(g)),
    extra: predicted.filter((_, p) => !usedP.has(p)),
  };
}

/** The records of a collection that cite a document, with their quotes from it. */
function citing<T extends { date: string; evidence: Evidence[] }>(records: T[], documentId: string): Predicted<T>[] {
  const out: Predicted<T>[] = [];
  for (const record of records) {
    const quotes = record.evidence.filter((e) => e.documentId === documentId).map((e) => e.quote);
    if (quotes.length > 0) out.push({ record, date: record.date, quotes });
  }
  return out;
}

const isHeld = (status: string | undefined) => (status ?? "held") === "held";

function snippet(text: string | undefined, length = 110): string | undefined {
  if (text === undefined) return undefined;
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** Names an actor can be recognised by: its name, aliases and the slug of its id. */
function actorNames(actor: Actor): Set<string> {
  const names = new Set([actor.name, ...actor.aliases].map(normaliseName));
  const slug = actor.id.split(":")[1];
  if (slug) names.add(normaliseName(slug));
  return names;
}

/**
 * "Islamic Revolutionary Guard Corps (IRGC)": the name before a bracket, and an acronym in it, are names of the actor
 * too ("Foreign Ministry (Iran)" adds "Foreign Ministry", not "Iran").
 */
const BRACKETED = /^(.+?)\s*\(([^()]{1,40})\)$/;
const ACRONYM = /^[A-Z][A-Z0-9&.-]{1,11}$/;

function goldNames(actor: GoldActor): Set<string> {
  const written = [actor.name, ...(actor.aliases ?? [])];
  const bracketed = written.flatMap((name) => {
    const match = BRACKETED.exec(name);
    return match ? [match[1]!, ...(ACRONYM.test(match[2]!) ? [match[2]!] : [])] : [];
  });
  return new Set([...written, ...bracketed].map(normaliseName));
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function snapshot(counts: Record<"rounds" | "incidents" | "sanctions" | "actors", Counts>): { events: Counts; actors: Counts } {
  const sum = (key: keyof Counts) => counts.rounds[key] + counts.incidents[key] + counts.sanctions[key];
  return { events: { tp: sum("tp"), fp: sum("fp"), fn: sum("fn") }, actors: { ...counts.actors } };
}

/** Scores a dataset against gold annotations. Pure: reads nothing, prints nothing. */
export function evaluate(dataset: Dataset, golds: Gold[], options: EvaluateOptions = {}): Report {
  const documentsByArticle = new Map<string, Dataset["documents"][number]>();
  for (const document of dataset.documents) documentsByArticle.set(articleName(document.source), document);
  const wanted = options.articles ? new Set(options.articles) : undefined;

  const counts: Record<"rounds" | "roundsHeld" | "roundsNotHeld" | "incidents" | "sanctions" | "actors", Counts> = {
    rounds: { tp: 0, fp: 0, fn: 0 },
    roundsHeld: { tp: 0, fp: 0, fn: 0 },
    roundsNotHeld: { tp: 0, fp: 0, fn: 0 },
    incidents: { tp: 0, fp: 0, fn: 0 },
    sanctions: { tp: 0, fp: 0, fn: 0 },
    actors: { tp: 0, fp: 0, fn: 0 },
  };
  const attributes: Record<string, Agreement> = {};
  const agree = (field: string, ok: boolean) => {
    const entry = attributes[field] ?? { agreed: 0, compared: 0 };
    entry.compared += 1;
    if (ok) entry.agreed += 1;
    attributes[field] = entry;
  };
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const refersTo = (ids: string[], name: string) => {
    const wantedName = normaliseName(name);
    return ids.some((id) => {
      const actor = actorsById.get(id);
      return actor ? actorNames(actor).has(wantedName) : normaliseName(id.split(":")[1] ?? id) === wantedName;
    });
  };

  const misses: Finding[] = [];
  const spurious: Finding[] = [];
  const finer: Finding[] = [];
  const wrongPublished: Finding[] = [];
  const evaluated: string[] = [];
  const missing: string[] = [];
  const perArticle: ArticleScore[] = [];
  let publishedCorrect = 0;
  let warningsFound = 0;
  let warningsExpected = 0;

  for (const gold of golds) {
    if (wanted && !wanted.has(gold.article)) continue;
    const document = documentsByArticle.get(gold.article);
    if (!document) {
      missing.push(gold.article);
      continue;
    }
    evaluated.push(gold.article);
    const article = gold.article;
    const before = snapshot(counts);

    // Publication date.
    const published = document.published.date;
    if (published === gold.published) publishedCorrect += 1;
    else wrongPublished.push({ type: "published", article, label: "date", date: published ?? "null", goldDate: gold.published });

    // Warnings the gold expects.
    for (const quote of gold.warnings ?? []) {
      warningsExpected += 1;
      const found = document.warnings.some((w) => (w.evidence ? quotesOverlap(w.evidence.quote, quote) : false));
      if (found) warningsFound += 1;
      else misses.push({ type: "warning", article, label: "warning", evidence: snippet(quote) });
    }

    const recordFinder = (type: RecordType, label: string, prediction: Predicted<unknown>): Finding => ({
      type,
      article,
      label,
      date: prediction.date,
      evidence: snippet(prediction.quotes[0]),
    });
    const goldFinding = (type: RecordType, label: string, gold: GoldEvent): Finding => ({
      type,
      article,
      label,
      date: gold.date,
      evidence: snippet(gold.evidence),
    });
    const noteFiner = (type: RecordType, label: string, gold: GoldEvent, prediction: Predicted<unknown>) => {
      if (isFiner(gold.date, prediction.date)) finer.push({ ...recordFinder(type, label, prediction), goldDate: gold.date });
    };

    // Rounds: held and not-held are separate classes, each as this document reports it: a round announced
    // here and reported held by a later source is one held record, with the status discrepancy that says
    // what each source wrote.
    const ownStatus = (record: Round) =>
      (dataset.discrepancies
        .find((d) => d.recordId === record.id && d.field === "status")
        ?.values.find((v) => v.evidence.some((e) => e.documentId === document.id))?.value as Round["status"] | undefined) ?? record.status;
    const rounds = citing(dataset.rounds, document.id).map((p) => ({ ...p, record: { ...p.record, status: ownStatus(p.record) } }));
    const roundMatch = matchEvents(gold.rounds, rounds, (g, p) => isHeld(g.status) === isHeld(p.record.status));
    for (const [g, p] of roundMatch.pairs) {
      const heldKey = isHeld(g.status) ? "roundsHeld" : "roundsNotHeld";
      counts.rounds.tp += 1;
      counts[heldKey].tp += 1;
      noteFiner("round", g.status ?? "held", g, p);
      agree("round.status", (g.status ?? "held") === p.record.status);
      if (g.venue) {
        const venue = p.record.venue;
        const names = [venue.city, venue.site, venue.country].filter((x): x is string => !!x).map(normaliseName);
        agree("round.venue", names.some((n) => n.includes(normaliseName(g.venue!))));
      }
      if (g.format && g.format !== "unknown") agree("round.format", p.record.format === g.format);
      if (typeof g.ordinal === "number") agree("round.ordinal", p.record.ordinal === g.ordinal);
      if (g.mediator) agree("round.mediator", refersTo(p.record.mediators, g.mediator));
    }
    for (const g of roundMatch.missed) {
      counts.rounds.fn += 1;
      counts[isHeld(g.status) ? "roundsHeld" : "roundsNotHeld"].fn += 1;
      misses.push(goldFinding("round", g.status ?? "held", g));
    }
    for (const p of roundMatch.extra) {
      counts.rounds.fp += 1;
      counts[isHeld(p.record.status) ? "roundsHeld" : "roundsNotHeld"].fp += 1;
      spurious.push(recordFinder("round", p.record.status, p));
    }

    // Incidents: same kind.
    const incidentMatch = matchEvents(gold.incidents, citing(dataset.incidents, document.id), (g, p) => g.kind === p.record.kind);
    for (const [g, p] of incidentMatch.pairs) {
      counts.incidents.tp += 1;
      noteFiner("incident", g.kind, g, p);
      if (g.location) {
        const loc = p.record.location;
        const names = [loc.place, loc.waterBody, loc.country].filter((x): x is string => !!x).map(normaliseName);
        const want = normaliseName(g.location);
        agree("incident.location", names.some((n) => n.includes(want) || want.includes(n)));
      }
    }
    for (const g of incidentMatch.missed) {
      counts.incidents.fn += 1;
      misses.push(goldFinding("incident", g.kind, g));
    }
    for (const p of incidentMatch.extra) {
      counts.incidents.fp += 1;
      spurious.push(recordFinder("incident", p.record.kind, p));
    }

    // Sanctions: same instrument.
    const sanctionMatch = matchEvents(gold.sanctions, citing(dataset.sanctions, document.id), (g, p) => g.instrument === p.record.instrument);
    for (const [g, p] of sanctionMatch.pairs) {
      counts.sanctions.tp += 1;
      noteFiner("sanction", g.instrument, g, p);
      const predictedAuthorities = new Set<string>(p.record.authorities);
      agree("sanction.authority", g.authority.length === predictedAuthorities.size && g.authority.every((a) => predictedAuthorities.has(a)));
      if (g.status) agree("sanction.status", p.record.status === g.status);
      for (const field of ["entities", "individuals", "vessels"] as const) {
        const want = g[field];
        if (typeof want === "number") agree(`sanction.${field}`, p.record.targets[field] === want);
      }
    }
    for (const g of sanctionMatch.missed) {
      counts.sanctions.fn += 1;
      misses.push(goldFinding("sanction", g.instrument, g));
    }
    for (const p of sanctionMatch.extra) {
      counts.sanctions.fp += 1;
      spurious.push(recordFinder("sanction", p.record.instrument, p));
    }

    // Actors named in this article.
    const present = dataset.actors.filter((actor) => actor.mentions.some((m) => m.documentId === document.id));
    const presentNames = present.map(actorNames);
    const used = new Set<number>();
    for (const goldActor of gold.actors) {
      const names = goldNames(goldActor);
      const index = presentNames.findIndex((set, i) => !used.has(i) && intersects(set, names));
      if (index === -1) {
        counts.actors.fn += 1;
        misses.push({ type: "actor", article, label: `${goldActor.kind}: ${goldActor.name}` });
        continue;
      }
      used.add(index);
      counts.actors.tp += 1;
      const actor = present[index]!;
      agree("actor.kind", actor.kind === goldActor.kind);
      if (goldActor.title) {
        const want = normaliseName(goldActor.title);
        agree("actor.title", actor.roles.some((role) => normaliseName(role.title).includes(want) || want.includes(normaliseName(role.title))));
      }
    }
    present.forEach((actor, i) => {
      if (used.has(i)) return;
      counts.actors.fp += 1;
      const mention = actor.mentions.find((m) => m.documentId === document.id);
      spurious.push({ type: "actor", article, label: `${actor.kind}: ${actor.name}`, evidence: snippet(mention?.quote) });
    });
    const after = snapshot(counts);
    perArticle.push({
      article,
      events: { tp: after.events.tp - before.events.tp, fp: after.events.fp - before.events.fp, fn: after.events.fn - before.events.fn },
      actors: { tp: after.actors.tp - before.actors.tp, fp: after.actors.fp - before.actors.fp, fn: after.actors.fn - before.actors.fn },
      published: published === gold.published,
    });
  }

  const events: Counts = {
    tp: counts.rounds.tp + counts.incidents.tp + counts.sanctions.tp,
    fp: counts.rounds.fp + counts.incidents.fp + counts.sanctions.fp,
    fn: counts.rounds.fn + counts.incidents.fn + counts.sanctions.fn,
  };
  const total = evaluated.length;
  return {
    articles: { evaluated, missing },
    perArticle,
    scores: {
      rounds: toScore(counts.rounds),
      roundsHeld: toScore(counts.roundsHeld),
      roundsNotHeld: toScore(counts.roundsNotHeld),
      incidents: toScore(counts.incidents),
      sanctions: toScore(counts.sanctions),
      events: toScore(events),
      actors: toScore(counts.actors),
    },
    published: { correct: publishedCorrect, total, accuracy: total === 0 ? 1 : publishedCorrect / total },
    warnings: { found: warningsFound, expected: warningsExpected },
    attributes,
    misses,
    spurious,
    finer,
    wrongPublished,
  };
}

// ---------------------------------------------------------------------------------------------------
// Text output (used by the CLI; kept here so the table format is tested with the report)

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The report as a plain-text table followed by the misses, spurious records and finer dates. */
export function formatReport(report: Report): string {
  const lines: string[] = [];
  lines.push(`articles evaluated: ${report.articles.evaluated.length}${report.articles.missing.length ? ` (gold without article: ${report.articles.missing.join(", ")})` : ""}`);
  lines.push("");
  lines.push("record            gold  pred    tp    fp    fn  precision  recall      f1");
  const rows: [string, Score][] = [
    ["rounds", report.scores.rounds],
    ["  held", report.scores.roundsHeld],
    ["  planned/other", report.scores.roundsNotHeld],
    ["incidents", report.scores.incidents],
    ["sanctions", report.scores.sanctions],
    ["events (all)", report.scores.events],
    ["actors", report.scores.actors],
  ];
  for (const [name, s] of rows) {
    const gold = s.truePositives + s.falseNegatives;
    const pred = s.truePositives + s.falsePositives;
    lines.push(
      `${name.padEnd(16)}${String(gold).padStart(6)}${String(pred).padStart(6)}${String(s.truePositives).padStart(6)}${String(s.falsePositives).padStart(6)}${String(s.falseNegatives).padStart(6)}${pct(s.precision).padStart(11)}${pct(s.recall).padStart(8)}${pct(s.f1).padStart(8)}`,
    );
  }
  lines.push("");
  lines.push(`published date    ${report.published.correct}/${report.published.total} correct (${pct(report.published.accuracy)})`);
  lines.push(`expected warnings ${report.warnings.found}/${report.warnings.expected} raised`);
  if (report.perArticle.length > 1) {
    lines.push("");
    lines.push("article                              events tp/fp/fn   actors tp/fp/fn   published");
    for (const a of report.perArticle) {
      const c = (x: Counts) => `${x.tp}/${x.fp}/${x.fn}`;
      lines.push(`${a.article.slice(0, 36).padEnd(37)}${c(a.events).padStart(14)}${c(a.actors).padStart(18)}${(a.published ? "ok" : "WRONG").padStart(12)}`);
    }
  }
  const fields = Object.entries(report.attributes).sort(([a], [b]) => (a < b ? -1 : 1));
  if (fields.length > 0) {
    lines.push("");
    lines.push("field agreement on matched records");
    for (const [field, { agreed, compared }] of fields) lines.push(`  ${field.padEnd(22)}${agreed}/${compared}`);
  }
  const list = (title: string, findings: Finding[]) => {
    if (findings.length === 0) return;
    lines.push("");
    lines.push(`${title} (${findings.length})`);
    for (const f of findings) {
      const date = f.date !== undefined ? ` ${f.date}` : "";
      const goldDate = f.goldDate !== undefined ? ` (gold ${f.goldDate ?? "null"})` : "";
      const evidence = f.evidence ? ` "${f.evidence}"` : "";
      lines.push(`  ${f.article}  ${f.type} ${f.label}${date}${goldDate}${evidence}`);
    }
  };
  list("wrong publication dates", report.wrongPublished);
  list("misses (in gold, not found)", report.misses);
  list("spurious (found, not in gold)", report.spurious);
  list("dates more precise than gold (check)", report.finer);
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------------
// Files

/** Reads every `*.json` of a folder as a gold annotation, sorted by name. */
export function readGolds(folder: string): Gold[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith(".json")).sort();
  } catch (cause) {
    throw new GoldFormatError(`could not read gold folder ${folder} - ${(cause as NodeJS.ErrnoException).code ?? "unreadable"}`, { cause });
  }
  return names.map((name) => {
    const path = join(folder, name);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (cause) {
      throw new GoldFormatError(`could not read gold ${path} - not valid JSON`, { cause });
    }
    return parseGold(json, path);
  });
}
