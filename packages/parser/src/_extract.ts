/** Helpers shared by the round, incident and sanction extractors. */
import { type Actor, type ActorId, type Asset, isWithinRange, type Location, parseFuzzyDate, type Statement } from "@sitrep/domain";
import type { ActorDictionary } from "./actors.js";
import { alternation, ASSET_NOUNS, compilePattern, COUNT_PATTERN, matchesOf, isPlanDayAt, parseCount, REACTION_VERB, REGIONS, REQUEST_NOUNS, SEA_AREAS, SPAN_COUNT_PATTERN, STATEMENT_VERB, wordBounded } from "./_lexicon.js";
import { clauseAround } from "./_mode.js";
import type { ActorIndex, ActorMention, DocumentContext, ResolvedDate, Sentence, Span } from "./_types.js";
import { addDays, isDay, monthsBeforeWriting, TALKS_NOUN_NEXT } from "./dates.js";

/** Actors by id, and the state each actor stands for (a person's or a command's state). */
export class ActorLookup {
  readonly byId: Map<ActorId, Actor>;
  constructor(readonly index: ActorIndex) {
    this.byId = new Map(index.actors.map((actor) => [actor.id, actor]));
  }
  kindOf(id: ActorId): string {
    return id.split(":")[0]!;
  }
  /** The state behind an actor: itself, its affiliation, a vessel's navy flag. */
  stateOf(id: ActorId): ActorId | undefined {
    for (let current: ActorId | undefined = id, depth = 0; current && depth < 4; depth++) {
      if (current.startsWith("state:")) return current;
      const actor = this.byId.get(current);
      current = actor?.affiliation ?? (actor?.vessel?.flag?.startsWith("state:") && actor.id.startsWith("vessel:us") ? actor.vessel.flag : undefined);
    }
    return undefined;
  }
  within(span: Span): ActorMention[] {
    return this.index.within(span);
  }
  /** The flag a vessel sails under, when the document gives it. */
  flagOf(id: ActorId): ActorId | undefined {
    return this.byId.get(id)?.vessel?.flag as ActorId | undefined;
  }
}

/** Absolute span of a regex match found in `sentence.text`. */
export function spanOf(sentence: Sentence, index: number, length: number): Span {
  return { start: sentence.start + index, end: sentence.start + index + length };
}

/** The date of an event and whether it is background, from the context's date resolution. */
export function dateFields(resolved: ResolvedDate | undefined): { date?: string; historical?: boolean } {
  if (!resolved) return {};
  return resolved.historical ? { date: resolved.date, historical: true } : { date: resolved.date };
}

/** Whitespace other than a single space: what `summarise` collapses. */
const SPACE_TO_COLLAPSE = /[^\S ]| \s/;

/**
 * A candidate's first fields: `dateFields(resolved)` on a fresh object the caller goes on filling in
 * key order. Building a candidate key by key rather than from a literal of conditional spreads (each
 * spread a temporary object V8 copies at run time) gives the same keys in the same order, cheaper.
 */
export function startCandidate<T extends { date?: string; historical?: boolean }>(resolved: ResolvedDate | undefined): T {
  const out = {} as T;
  if (!resolved) return out;
  out.date = resolved.date;
  if (resolved.historical) out.historical = true;
  return out;
}

/** A short plain summary in the source's words: the clause or sentence, tidied and cut to length. */
/**
 * The words an event's summary quotes: its clause, from the sentence's start when the clause only
 * continues another ("…, which listed nine barges as blocked property", "…, calling itself the
 * coast guard, told the crew …"), so that a brief never opens a line on a fragment.
 */
export function summaryScope(sentence: Sentence, clause: Span): Span {
  const text = sentence.text.slice(clause.start - sentence.start, clause.end - sentence.start);
  return clause.start > sentence.start && CONTINUING_CLAUSE.test(text) ? { start: sentence.start, end: clause.end } : clause;
}
const CONTINUING_CLAUSE = /^(?:which|who|whose|whom|that|\p{Ll}+ing)\b/iu;

export function summarise(text: string, max = 240): string {
  // Sentences are mostly single-spaced already: then the collapse would change nothing.
  let out = (SPACE_TO_COLLAPSE.test(text) ? text.replace(/\s+/g, " ") : text).trim();
  out = out.replace(/^(?:and|but|while|as|meanwhile|however|yet|so)\s+/i, "");
  // A bulletin's paragraph number ("2.1 A patrol boat approached …") is no part of what happened.
  out = out.replace(/^\d+(?:\.\d+)*\.?\s+(?=\p{Lu})/u, "");
  if (out.length > max) {
    const cut = out.slice(0, max);
    out = `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[,;:\s-]+$/, "")}…`;
  }
  out = out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

/** A statement over a span of a sentence. */
export function statementOf(ctx: DocumentContext, span: Span, speaker?: ActorId): Statement {
  const evidence = ctx.evidence(span);
  return { text: summarise(evidence.quote, 400), ...(speaker ? { speaker } : {}), evidence: [evidence] };
}

const SEA_RE = new RegExp(
  wordBounded(alternation(SEA_AREAS.flat())),
  "gu",
);
const SEA_CANONICAL = new Map(SEA_AREAS.flatMap((names) => names.map((name) => [name, names[0]] as const)));
const REGION_RE = new RegExp(wordBounded(alternation(REGIONS)), "gu");
// Not a day ("on Friday night against dozens of sites"): the phrase names a site, and never runs across "against".
const SITE_RE =
  /\b(?:at|on|near)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)((?:an?|the|its|three|two|several|separate|\w+)\s+(?:(?!against\b)[\w'-]+\s+){0,4}?(?:facility|facilities|base|bases|site|sites|port|airport|complex|plant|plants|installation|installations))\b/i;

/** Where an incident happened: a sea area, a region, a facility, a known city. */
export function locationIn(text: string, dictionary: ActorDictionary): Location {
  const location: Location = {};
  for (const match of matchesOf(SEA_RE, text)) {
    if (/^the Gulf$/i.test(match[0]) && /\bGulf of\b/.test(text.slice(match.index, match.index + 12))) continue;
    location.waterBody = SEA_CANONICAL.get(match[0]) ?? match[0];
    break;
  }
  // A named city or site ("hit Shiraz and Tabriz", "sites including Arak") says more than
  // a generic phrase ("several military sites"); a proper-named facility ("Harbor Point Air Base") most.
  const site = SITE_RE.exec(text);
  const namedSite = site && /\s\p{Lu}/u.test(site[1]!.replace(/^\S+/u, "")) && !/^(?:the|a|an|its|two|three|several)\s+\p{Lu}\p{Ll}+(?:ian|i|ese|ish)\s/u.test(site[1]!);
  const city = placesPattern(dictionary).exec(text) ?? barePlacesPattern(dictionary).exec(text);
  const place = city ? dictionary.places.get(city[1]!.replace(/\s+/g, " ")) : undefined;
  if (site && (namedSite || !place)) location.place = site[1]!;
  else if (place) location.place = place.city;
  else {
    const region = REGION_RE.exec(text) ?? PART_OF_COUNTRY_RE.exec(text);
    REGION_RE.lastIndex = 0;
    if (region) location.place = region[1] ?? region[0];
  }
  if (place) location.country = place.country;
  // "stopped a skiff off the coast of Eritrea": the coast places it, though no city or sea is named.
  const coast = location.country || location.waterBody ? null : COAST_RE.exec(text);
  const coastState = coast ? dictionary.states.get(coast[1] ?? coast[2]!) : undefined;
  const coastName = coastState ? dictionary.entries.get(coastState)?.name : undefined;
  if (coastName) location.country = coastName;
  return location;
}

/** "off the coast of Eritrea", "off Oman's southern coast". */
const COAST_RE = /\boff\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?coast\s+of\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)|\boff\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)['’]s\s+(?:[\p{Ll}-]+\s+)?coast\b/u;

/** "in southern Iran", "over north-western Syria". */
const PART_OF_COUNTRY_RE =
  /\b(?:in|over|across|off|near)\s+((?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+\p{Lu}\p{L}+)/u;

const BARE_PLACE_PATTERNS = new WeakMap<ActorDictionary, RegExp>();
/**
 * A known city named anywhere: "hit Shiraz and Tabriz" — but not a capital standing for its
 * government ("in what Paris called", "Tehran said", "a warning to Moscow"), nor one
 * naming an office ("at the request of the Shiraz prosecutor").
 */
function barePlacesPattern(dictionary: ActorDictionary): RegExp {
  let re = BARE_PLACE_PATTERNS.get(dictionary);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(?<!\\b(?:to|from|with|against|by|toward|towards|and)\\s)(${alternation(dictionary.places.keys())})(?![\\p{L}'’])(?!\\s+(?:said|says|described|called|accused|denied|warned|rejected|insisted|condemned|demanded|blamed|urged|responded|retaliated|has|had|is|was|would|will|prosecutor|prosecutors|court|courts|judiciary|government|regime|authorities|officials)\\b)`, "u");
    BARE_PLACE_PATTERNS.set(dictionary, re);
  }
  return re;
}

const PLACE_PATTERNS = new WeakMap<ActorDictionary, RegExp>();
/** "in Doha", "near Basra", "inside Baghdad's Green Zone": a known city after a preposition of place. */
export function placesPattern(dictionary: ActorDictionary): RegExp {
  let re = PLACE_PATTERNS.get(dictionary);
  if (!re) {
    // Not the state behind an act: "done at Moscow's request".
    re = new RegExp(`\\b(?:in|inside|into|near|at|outside|off|over|around)\\s+(${alternation(dictionary.places.keys())})(?![\\p{L}])(?!['’]s\\s+${REQUEST_NOUNS}\\b)`, "u");
    PLACE_PATTERNS.set(dictionary, re);
  }
  return re;
}

const ASSET_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:(${COUNT_PATTERN})\s+)?((?:[\p{L}][\p{L}'-]*\s+){0,2}?)((?:\p{Lu}[\p{L}/]*-?\d+[\p{L}\d]*|\p{Lu}[\p{L}]+-\d+[\p{L}\d-]*)\s+)?(${ASSET_NOUNS.map((a) => a.pattern).join("|")})(?![\p{L}])`,
  "giu",
);
const CATEGORY_BY_NOUN = ASSET_NOUNS.map((a) => ({ category: a.category, re: compilePattern(`^(?:${a.pattern})$`, "iu") }));

/** Platforms and weapons named in a clause, with counts ("six gunboats") and owners. */
export function assetsIn(
  text: string,
  offset: number,
  lookup: ActorLookup,
  dictionary: ActorDictionary,
  defaultOwner: (at: number) => ActorId | undefined,
): Asset[] {
  const assets: Asset[] = [];
  for (const match of matchesOf(ASSET_RE, text)) {
    const noun = match[4]!;
    // "the tanker X": the named vessel below stands for it.
    const nameAt = offset + match.index + match[0].length;
    if (lookup.index.mentions.some((m) => m.start > nameAt && m.start <= nameAt + 3 && m.actorId.startsWith("vessel:"))) continue;
    const category = CATEGORY_BY_NOUN.find((c) => c.re.test(noun))?.category ?? "other";
    // Words before the noun: a state adjective is the owner; "fighter"/"ballistic" stay in the name.
    const modifiers = (match[2] ?? "").trim().split(/\s+/).filter(Boolean);
    let owner: ActorId | undefined;
    const kept: string[] = [];
    for (const word of modifiers) {
      const state = dictionary.states.get(word.replace(/-(?:flagged|owned|backed|made|linked)$/, ""));
      if (state) owner = state;
      else if (/^(?:the|a|an|its|their|his|her|of|and|from|with|by|at|in|on|to|that|which|advanced|new|other|same|separate|several|some|many|more|US-flagged)$/i.test(word)) continue;
      else if (/^(?:fighter|ballistic|cruise|anti-ship|attack|surveillance|patrol|oil|guided-missile|unmanned|carrier|strike|naval|military)$/i.test(word)) kept.push(word);
    }
    const designator = match[3]?.trim();
    const name = [designator, ...kept, noun].filter(Boolean).join(" ");
    // "the March 3, 2031 missile attack": a year before a singular noun is no count.
    const yearNotCount = match[1] !== undefined && /^(?:19|20)\d\d$/.test(match[1]) && !/s$/i.test(noun);
    // "On 9 May B-52 bombers struck": a day of the month before its month name is no count.
    const dayNotCount = match[1] !== undefined && /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$/.test(modifiers[0] ?? "");
    const count = match[1] && !yearNotCount && !dayNotCount ? parseCount(match[1]) : undefined;
    owner ??= defaultOwner(offset + match.index);
    if (assets.some((a) => a.name === name)) continue;
    // A bare "vessel"/"ship" with neither count nor owner adds nothing to the record.
    if (!designator && kept.length === 0 && !count && /^(?:vessels?|ships?|boats?)$/i.test(noun) && !owner) continue;
    assets.push({ name, category, ...(owner ? { owner } : {}), ...(count && count > 0 ? { count } : {}) });
  }
  // Named vessels: "USS Example".
  for (const mention of lookup.within({ start: offset, end: offset + text.length })) {
    const actor = lookup.byId.get(mention.actorId);
    if (actor?.kind !== "vessel" || assets.some((a) => a.name === actor.name)) continue;
    const owner = actor.vessel?.flag?.startsWith("state:") ? (actor.vessel.flag as ActorId) : undefined;
    assets.push({ name: actor.name, category: "vessel", ...(owner ? { owner } : {}) });
  }
  return assets;
}

/** Distinct ids, in order. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** A speaker label that opens a question in a transcript: "QUESTION:", "Q:", "REPORTER:". */
const QUESTION_LABEL = /^(?:QUESTION|Q|REPORTER|JOURNALIST)\s*[:.]/;
const QUESTION_CACHE = new WeakMap<Sentence[], Set<number>>();

/** True for any sentence of a transcript paragraph a questioner speaks ("QUESTION: Reports say … – can you comment?"). */
function isQuestionerParagraph(sentences: Sentence[], sentence: Sentence): boolean {
  let paragraphs = QUESTION_CACHE.get(sentences);
  if (!paragraphs) {
    paragraphs = new Set<number>();
    let last = -1;
    for (const s of sentences) {
      if (s.paragraph !== last && QUESTION_LABEL.test(s.text)) paragraphs.add(s.paragraph);
      last = s.paragraph;
    }
    QUESTION_CACHE.set(sentences, paragraphs);
  }
  return paragraphs.has(sentence.paragraph);
}

/** A heading over numbered notes, and a note's number: "Footnotes" / "4 "Title," Outlet, May 9, 2031." */
const NOTES_HEADING = /^(?:foot ?notes|end ?notes|notes|references)\s*:?$/i;
const NOTE_NUMBER = /^(?:\[\d{1,3}\]|\d{1,3}[.)]?)\s/;
const NOTES_CACHE = new WeakMap<Sentence[], Set<number>>();

/**
 * True for a numbered note under a notes heading. A note cites a source by its headline and date
 * ("Navy Unveils New Drone," Example Agency, May 9, 2031): the act is the prose's, and the
 * note's date is the citation's. Notes stay in the text: the actors they name are the document's.
 */
function isNoteParagraph(sentences: Sentence[], sentence: Sentence): boolean {
  let paragraphs = NOTES_CACHE.get(sentences);
  if (!paragraphs) {
    paragraphs = new Set<number>();
    let inNotes = false;
    let last = -1;
    for (const s of sentences) {
      if (s.paragraph === last) continue;
      last = s.paragraph;
      if (s.heading) inNotes = NOTES_HEADING.test(s.text);
      else if (inNotes && NOTE_NUMBER.test(s.text)) paragraphs.add(s.paragraph);
      else inNotes = false;
    }
    NOTES_CACHE.set(sentences, paragraphs);
  }
  return paragraphs.has(sentence.paragraph);
}

/** Words that open a direct question: an auxiliary or a wh-word. */
const QUESTION_OPENER =
  /^["'(]?(?:did|does|do|is|are|was|were|am|can|could|will|would|should|shall|has|have|had|may|might|must|what|why|how|who|whom|whose|which|where|when|whether|(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)n['’]t|won['’]t|can['’]t)\b/i;
/** A colon or a spaced dash after which a question may follow a statement. */
const QUESTION_BREAK = /:\s+|\s+-\s+/g;
/** Truncated sentences: their dates must not reach into the question they were cut from. */
const TRUNCATED = new WeakSet<Sentence>();

/**
 * The part of a sentence its source asserts. Analysis prose often ends a statement in a rhetorical
 * question ("Two days after the envoys wrapped up talks in Oslo, the question
 * remains: did the meeting change anything …?"): the statement before the colon or dash reports facts,
 * the question after it does not. A question as a whole ("Did the talks fail?"), a question with no
 * such break, and anything a questioner says in a transcript yield nothing (undefined).
 */
export function assertedPart(sentences: Sentence[], sentence: Sentence): Sentence | undefined {
  // "An earlier version of this story gave the wrong venue": a correction reports the
  // error, not an event.
  if (CORRECTION_NOTE.test(sentence.text) || isNoteParagraph(sentences, sentence)) return undefined;
  if (!/\?["'”’)]*$/.test(sentence.text)) return isQuestionerParagraph(sentences, sentence) ? undefined : sentence;
  if (isQuestionerParagraph(sentences, sentence) || QUESTION_OPENER.test(sentence.text)) return undefined;
  for (const match of matchesOf(QUESTION_BREAK, sentence.text)) {
    const statement = sentence.text.slice(0, match.index);
    if (statement.includes("?") || !QUESTION_OPENER.test(sentence.text.slice(match.index + match[0].length))) continue;
    // A bare lead-in ("The question:") asserts nothing.
    if (statement.split(/\s+/).length < 4) return undefined;
    const part: Sentence = { ...sentence, text: statement, end: sentence.start + statement.length };
    TRUNCATED.add(part);
    return part;
  }
  return undefined;
}

/**
 * The context extractors read through: for a sentence cut down to its asserted part, dates written in
 * the cut-off question ("did the March 3 meeting …?") are not the statement's.
 */
export function assertedContext(ctx: DocumentContext): DocumentContext {
  const text = ctx.document.text;
  const usable = (sentence: Sentence, d: ResolvedDate) => !(TRUNCATED.has(sentence) && d.span.start >= sentence.end) && !namesOwnEvent(text, d);
  return {
    ...ctx,
    evidence: (span) => ctx.evidence(span),
    datesIn: (sentence) => {
      const dates = ctx.datesIn(sentence);
      return dates.every((d) => usable(sentence, d)) ? dates : dates.filter((d) => usable(sentence, d));
    },
    eventDate: (sentence, trigger) => {
      const d = ctx.eventDate(sentence, trigger);
      return d && usable(sentence, d) ? d : undefined;
    },
  };
}

const CORRECTION_NOTE = /^(?:\*?(?:Correction|Clarification|Editor['’]s note)\b|An earlier version of this|This (?:article|story|report) (?:has been|was) (?:updated|corrected|amended))/i;

/** "the same day the envoy arrived": the anaphor's day is that clause's event, not the date before it. */
const OWN_EVENT_AFTER = /^\s+(?:that\s+|when\s+)?(?:(?:the|a|an|his|her|its|their)\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:\w+ed|began|came|left|took|flew|met|won|fell|went|arrived|signed)\b/i;

/**
 * An anaphoric day that goes on to name its own event ("On the same day the envoy arrived, the
 * ministry listed …") refers to that event, which may not be the date written before it: the
 * day is not supported, so the event stays undated rather than take the previous date.
 */
function namesOwnEvent(text: string, d: ResolvedDate): boolean {
  if (d.method !== "anaphoric" || !/^(?:on\s+)?(?:the\s+same|that)\s+day$/i.test(text.slice(d.span.start, d.span.end))) return false;
  // "France said the same day that it had recalled …": the day of a statement, its "that" what it said.
  if (STATEMENT_DATE_BEFORE.test(text.slice(Math.max(0, d.span.start - 30), d.span.start))) return false;
  // Only when that event is a clause before the main one ("…the envoy arrived, the ministry …"): in "The
  // same day the president signed a decree …, and the ministry …" the event after the anaphor is the news itself.
  const rest = text.slice(d.span.end, d.span.end + 160).split(/[.\n]/, 1)[0]!;
  // "listed firms under the decree the same day it was issued": a pronoun's event is the one the text just dated.
  if (/^\s+(?:that\s+)?(?:it|they)\s+(?:was|were)\s/i.test(rest)) return false;
  // (Not a list's appositive: "Ruritania listed five firms, among them a bank" is the news itself.)
  return OWN_EVENT_AFTER.test(rest) && /^[^,]*,\s+(?!and\b|but\b|among\b|including\b|such\s+as\b|which\b|who\b|both\b|all\b)/.test(rest);
}

/** "said on Tuesday", "told reporters on Monday": the date of a statement, not of what it reports. */
/** A day written in a distant time zone ("9:15 p.m. ET Sunday", "late Sunday Eastern time") … */
const REMOTE_ZONE_BEFORE = /\b(?:ET|EST|EDT|GMT|UTC)\s+$/;
const REMOTE_ZONE_AFTER = /^,?\s+(?:Eastern|Washington|US)\s+time\b|^\s+(?:ET|EST|EDT)\b/;
/** … and the same moment where it happened ("early Monday in Syria", "4:15 a.m. Monday local time"). */
const LOCAL_ZONE_AFTER = /^,?\s+(?:local time|in\s+(?:Iraq|Iran|Israel|Yemen|Syria|the Gulf|Tehran|Baghdad)\b|(?:Iraq|Iran|Tehran|Baghdad|Israel|Gulf)\s+time\b)/;
/** "two weeks after", "a month before": a count that places another act, as its phrase reads. */
const COUNT_BEFORE_ACT = /^(?:[\w-]+\s+)?(?:days?|weeks?|months?)\s+(?:after|before)$/i;
/** Between an act and a later day: others of its kind, whose day that is ("…, the latest in a series of moves this month", "…, on top of the 750 rushed there on 31 December"). */
const AMONG_OTHERS = /,\s+(?:the\s+(?:latest|newest)\s+(?:in|of)|on\s+top\s+of|in\s+addition\s+to)\s[^,;]*$/i;
/** Between an act and a later day: the act came after another, whose day that is. */
const FOLLOWED_OTHER = /^\s+(?:(?:closely|quickly|shortly)\s+)?(?:followed|came\s+(?:days\s+|hours\s+|weeks\s+)?after)\s+(?:an?|the)\s+[^.;,]{0,100}$/i;
/** Between an act and a later day: the act answers another event, whose day that is. */
const RESPONSE_TO = /\b(?:response|retaliation|reprisal|revenge|answer)\s+(?:to|for)\s+(?:(?:the|an?|its|their)\s+[^.;]{0,120})?$/i;
/** Between a day and an act: a statement that reports the act in the pluperfect ("said they had", "said it had stopped … and"). */
const STATED_EARLIER_BEFORE = /\b(?:said|says|announced|reported|claimed|confirmed|stated)\s+(?:that\s+)?(?:[\w-]+\s+){0,2}?had\s+(?:been\s+|also\s+)?(?:$|\w+ed\b[^.;]*\band\s+$)/i;
// (Also where it was said between: "wrote on social media on Thursday", "said in a statement on Friday".)
const STATEMENT_DATE_BEFORE = new RegExp(String.raw`\b(?:${STATEMENT_VERB})\s+(?:(?:on\s+(?:social\s+media|X|Twitter|its\s+website|state\s+television|state\s+TV)|in\s+a\s+(?:post|statement|tweet|briefing|televised\s+address))\s+)?(?:on\s+|late\s+|early\s+)?$`, "i");

/**
 * An act named only to say who the main clause's targets are: "designated four leaders who have overseen the
 * group's attacks on shipping", "officials it linked to the missile attack".
 */
const REFERENCE_BEFORE = /(?:\s(?:who|whom)\s+(?:(?:have|has|had)\s+(?:\w+ly\s+)?(?:overseen|directed|led|organi[sz]ed|orchestrated|planned|coordinated|financed|funded|supplied|carried out|run)|(?:are|were|is|was)\s+(?:accused|suspected)\s+of\s+(?:\w+ing))|\b(?:linked|tied|connected)\s+to)\s+[^,;.]{0,60}$/;
const TOPIC_MOVE = /^(?:[\p{L}'’.-]+\s+){1,6}?(?:moved|acted|rushed)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?to\s+(?:tighten|expand|widen|impose|step up|ratchet up|increase|add to)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:sanctions|pressure|measures)\b/u;
const TOPIC_AFTER_DATE = /^['’]s\s+(?:[\w-]+\s+)?(?:actions?|designations?|measures|sanctions|strikes?|attacks?|seizures?|raids?|talks|meetings?|session|announcements?)\b/i;

/**
 * The date of a paragraph's topic sentence, for an undated act after it: "Monday's designations were
 * the second batch this year. The ministry listed four firms …" - the listings are Monday's.
 * Only a sentence that opens with "<date>'s actions" (strikes, talks …) and only in the same paragraph.
 */
function topicDate(ctx: DocumentContext, sentence: Sentence): ResolvedDate | undefined {
  const previous = ctx.sentences[sentence.index - 1];
  if (!previous || previous.paragraph !== sentence.paragraph) return undefined;
  const dates = ctx.datesIn(previous);
  // "Washington and London moved to tighten sanctions on Thursday. The Treasury designated …": a sentence that
  // only announces the moves the next one details gives them its day.
  if (dates.length === 1 && isDay(dates[0]!.date) && TOPIC_MOVE.test(previous.text)) return dates[0];
  const [first] = dates;
  if (!first || !/^(?:the\s+)?$/i.test(ctx.document.text.slice(previous.start, first.span.start))) return undefined;
  return TOPIC_AFTER_DATE.test(ctx.document.text.slice(first.span.end, first.span.end + 40)) ? first : undefined;
}

/** Between a frame's day and the act: ", a day after ", ", two weeks after the " (an exact count, nothing else). */
const COUNTED_DAYS_FROM_FRAME = new RegExp(String.raw`^,\s+(a|an|one|${SPAN_COUNT_PATTERN})\s+(days?|weeks?)\s+after\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$`, "iu");
const DAYS_BEFORE_CLAUSE = new RegExp(String.raw`^(?:(?:(?:a|an|one|two|three|four|five|six|seven|a few|several|\d+)\s+)?hours?|(?:(?:nearly|almost|about|some|roughly|around|just|barely|only|more than|less than|over)\s+)?(?:(?:a|an|a few|several|${SPAN_COUNT_PATTERN})\s+)?(?:days?|weeks?|months?|years?))\s+after\b[^,;]*$`, "i");

/**
 * The news of a lede told in the present perfect: "The coast guard … has detained a cargo ship near
 * the strait" in the first sentence of a dated report happened by publication, most likely that
 * day or the day before - an approximate two-day span, as "overnight" is read. Nothing else is dated so.
 */
function ledeDate(ctx: DocumentContext, sentence: Sentence, trigger: Span): ResolvedDate | undefined {
  const day = ctx.published && isDay(ctx.published) ? ctx.published : undefined;
  if (!day || ledeOf(ctx) !== sentence) return undefined;
  const before = ctx.document.text.slice(Math.max(sentence.start, trigger.start - 16), trigger.start);
  if (!/\b(?:has|have)\s+(?:\w+ly\s+)?$/.test(before)) return undefined;
  return { date: `${addDays(day, -1)}~/${day}~` as ResolvedDate["date"], span: { start: before.search(/\S/) + trigger.start - before.length, end: trigger.end }, method: "approximate", historical: false };
}

const LEDE_CACHE = new WeakMap<Sentence[], Sentence | null>();
/** The first sentence of the body: not a heading, not the title, eight words or more. Found once per document. */
export function ledeOf(ctx: DocumentContext): Sentence | undefined {
  let lede = LEDE_CACHE.get(ctx.sentences);
  if (lede === undefined) {
    lede = ctx.sentences.find((s) => !s.heading && s.text !== ctx.document.title && s.text.split(/\s+/).length >= 8) ?? null;
    LEDE_CACHE.set(ctx.sentences, lede);
  }
  return lede ?? undefined;
}

/** Whether a date is a statement's own, written right after its verb: "said on Tuesday", "told reporters Monday". */
export function isStatementDate(sentence: Sentence, date: ResolvedDate): boolean {
  // Not one naming the talks said to come: "said weekend negotiations will be …".
  if (TALKS_NOUN_NEXT.test(sentence.text.slice(date.span.end - sentence.start, date.span.end - sentence.start + 20))) return false;
  return STATEMENT_DATE_BEFORE.test(sentence.text.slice(0, date.span.start - sentence.start));
}

/**
 * A statement's own date yields to a date the sentence gives after the trigger: in "The minister said on
 * Monday that the next round will be held in Oslo on Thursday" the round is on Thursday.
 */
export function preferEventDate(ctx: DocumentContext, sentence: Sentence, trigger: Span, resolved: ResolvedDate | undefined): ResolvedDate | undefined {
  if (!resolved || resolved.span.end > trigger.start) return resolved;
  if (!isStatementDate(sentence, resolved)) return resolved;
  // Only a date of the trigger's own clause: in "… announced on Monday that it was sending troops, following
  // the deployment last month of a carrier" last month is the carrier's.
  const clause = clauseAround(sentence, trigger);
  return ctx.datesIn(sentence).find((d) => d.span.start >= trigger.end && d.span.end <= clause.end) ?? resolved;
}

/** Between a day and the trigger: the "after"/"before" that opens the trigger's own clause ("…, was cancelled after Ruritania "). */
const SUBORDINATE_ACT_BETWEEN = /\b(?:after|before)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:[\w-]+\s+)?$/u;
/** Words that hand a clause over to another act: "… was followed by", "after", "when", "and then". */
const ANOTHER_ACT_BETWEEN = /\b(?:followed|after|before|when|while|then|until)\b/i;
/** Whether every day of `inner` lies in `outer`. */
function within(inner: string, outer: string): boolean {
  const { start, end } = parseFuzzyDate(outer);
  return isWithinRange(inner, { from: start, to: end });
}

const TAKES_EFFECT_BEFORE = /\b(?:effective|with effect from|tak(?:es|ing) effect(?:\s+on)?|to take effect(?:\s+on)?|in force from)\s+$/i;
/** An event noun just before "of <day>" or "on <day>": "the crime of April 1", "the attack on 3 January". */
const INCLUDING_THEN_TIME = /^,\s+including\s+[^,;.]{1,80},\s+(?:on|in)\s+[^,;.]{1,30}/i;
const EVENT_NOUN_BEFORE = /\b(?:strikes?|attacks?|crime|bombings?|killing|assassination|seizure|raid)["”'’]?\s+(?:of|on)\s+$|\b(?:crackdown|protests|unrest|uprising|demonstrations|riots)\b[^.;,]{0,20}?\s+(?:of|in|during)\s+$/i;
/** "a week after the offensive launched on June 13, … met": the day another act was started on, before the trigger. */
const COUNTED_FROM_OTHER = new RegExp(String.raw`\b${SPAN_COUNT_PATTERN}\s+(?:days?|weeks?|months?)\s+after\s+[^,;]{1,120}$`, "i");
const CAMPAIGN_NOUN = "(?:offensive|war|campaign|operation|assault|bombardment|blockade)";
const STARTED_VERB = String.raw`(?:launched|began|begun|started|opened|unleashed)\s+(?:on\s+)?$`;
/** Between one conjunct's day and the next conjunct's noun: " and a second ", " and the fourth ". */
const PRIOR_CONJUNCT_BETWEEN = /^,?\s+and\s+(?:an?|the|another)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** Between a start's day and the act: ", when Ruritania " - the act that was the start. */
const START_TOLD_BY_WHEN = /^,?\s+when\s+(?:[\p{L}'’.-]+\s+){1,5}$/u;
const STARTED_EVENT_BEFORE = new RegExp(String.raw`\b(?:${CAMPAIGN_NOUN}|strikes|attacks?)\s+(?:(?:that|which)\s+(?:was\s+|were\s+|had\s+been\s+)?)?${STARTED_VERB}`, "i");
/** The same with its starter named, after the trigger: "The US strikes made it a party to a war that Ruritania began on June 13". */
const STARTED_BY_BEFORE = new RegExp(String.raw`\b${CAMPAIGN_NOUN}\s+(?:that|which)\s+(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:had\s+)?${STARTED_VERB}`, "u");
/**
 * An event noun right after a date, with at most two words between: "the April 1 strike", "its 3 January
 * bombing", "the March 4 action". Not across a preposition: in "retaliated in May with strikes" the day is
 * the verb's, and the strikes are how it retaliated.
 */
/** A violent act a day is attributive to ("January 8 missile attack"); narrower than EVENT_NOUN_AFTER, which an "action" of the trigger's own also ends. */
const OTHER_ACT_AFTER = /^(?:['’]s)?\s+(?:(?!(?:with|by|in|on|at|for|from|to|and|after|before|as)\s)[\w-]+\s+){0,2}?(?:strikes?|attacks?|bombings?|seizures?|assassination|killing|explosions?|raid|shoot-?down)\b/i;
const FOLLOWED_BY_BETWEEN = /^[^.;]{0,20}?\b(?:was|were|had been)\s+followed\s+(?:[^.;]{0,30}?\s)?by\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$/i;
const EVENT_NOUN_AFTER = /^(?:['’]s)?\s+(?:(?!(?:with|by|in|on|at|for|from|to|and|after|before|as)\s)[\w-]+\s+){0,2}?(?:strikes?|attacks?|bombings?|seizures?|assassination|killing|explosions?|raid|shoot-?down|action|move|protests|crackdown|uprising|unrest|riots|elections?|war|conflict|fighting|hostilities)\b/i;

/**
 * "…the curbs it had eased in March 2031", "…, which it blamed for the blasts on
 * Feb. 9": a relative clause's date belongs to that clause's verb.
 */
const RELATIVE_PAST =
  /\b(?:it|they|which|that|who)\s+(?:had|has|have)\b|\b(?:which|that|who)\s+(?:was|were)\b|,\s+(?:which|who|whom|whose)\s+(?:it|they|he|she|we|officials|authorities)\s+\w+|,\s+(?:[\w-]+\s+){1,12}?since\s+(?:the\s+)?(?:[\w-]+\s+){1,4}(?:was|were|had)\b/i;

/** A noun and the past participle that says what was done to it, right before the date: "the relief granted in". */
const REDUCED_RELATIVE_END = /\b(?!(?:was|were|been|be|being|is|are|had|has|have)\b)[a-z]+\s+(?:granted|lifted|suspended|eased|agreed|signed|reached|struck|concluded|promised|offered)\s+(?:in|on)\s+$/;
/** "the second round of the channel that Norway reopened this month": a named subject's verb about another noun than the talks. */
const OTHER_NOUN_RELATIVE = /\b(?!(?:talks|rounds?|sessions?|meetings?|negotiations|discussions)\b)[a-z]+\s+that\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+[a-z]+ed\b/;

/**
 * Whether a date after the trigger, with `between` the words in between, sits in a relative clause about
 * something else: "… it had eased in March 2031" does; "…, which was carrying grain, in the Red
 * Sea on 4 May 2031" does not: the comma and the place close the relative clause. So does a
 * clause of another act that "since" opens in an appositive ("…, the worst since the MV Aster was held
 * … last spring").
 */
function inRelativeClause(between: string): boolean {
  // "…, reversing the relief granted in March 2029": a past participle after its noun is a clause of its own.
  if (REDUCED_RELATIVE_END.test(between)) return true;
  const relative = RELATIVE_PAST.exec(between) ?? OTHER_NOUN_RELATIVE.exec(between);
  if (!relative) return false;
  // "shot down a drone that was closing on the carrier … on Tuesday": what the object was doing then is the act's time.
  if (/\b(?:was|were)$/i.test(relative[0]) && /^\s+\w+ing\b/.test(between.slice(relative.index + relative[0].length))) return false;
  // "the UN snapback of sanctions, which they triggered on August 28": the clause tells the act itself.
  if (OWN_ACT_RELATIVE.test(between)) return false;
  return !RELATIVE_CLOSED.test(between.slice(relative.index + relative[0].length));
}
/**
 * A relative clause that tells how close the object came: "that had flown within 1,000 yards of the ship", "which had
 * approached the carrier". (Not where it had been before: "which had violated the airspace early on Monday" says
 * when it crossed, not when it fell.)
 */
const APPROACH_RELATIVE = /^[^.;,]{0,40}\b(?:that|which)\s+had\s+(?:been\s+)?(?:(?:flown|flying|come|coming|closed|closing|sailed|sailing)\s+(?:to\s+)?within|approached|approaching|neared|nearing)\b[^.;]{0,80}$/i;
const OWN_ACT_RELATIVE = /^[^.;,]{0,40},\s+(?:which|that)\s+(?:they|it|he|she|we|the\s+[\w-]+|\p{Lu}[\p{L}-]*)\s+(?:had\s+)?(?:triggered|invoked|imposed|signed|adopted|launched|carried out|began|started)\s+(?:on|in)\s+$/u;
const RELATIVE_CLOSED = /,\s+(?:in|on|off|near|at|into|over|outside)\s/i;
/** After a clause, a joined one told as coming later: ", and it followed with …", ", and later …". */
const JOINED_LATER_AFTER = /^[,;]?\s*(?:and|but)\s+(?:(?:it|they|he|she)\s+)?(?:(?:then|later|subsequently)\b|followed\s+(?:up\s+)?with\b)/i;
/** A clause that opens with a possessive relative pronoun: "whose unit fired …". */
const RELATIVE_CLAUSE_OPENING = /^whose\b/i;

/** After a plan's day, the plan dropped because of an act: "…, was postponed after the border clash". */
const CAUSE_AFTER_PLAN = /\b(?:called off|cancell?ed|postponed|scrapped|dropped|shelved|put off|withdrew|pulled out|never took place|did not take place)\b[^.;]{0,40}\b(?:once|after|when|because|as)\s+[^.;]*$/i;
/** Between a day and the act: a reaction told on that day ("on Thursday welcomed the second …"). */
const REACTION_BETWEEN = new RegExp(String.raw`^\s+(?:${REACTION_VERB})\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$`, "i");
/** Between a day and the act: "…, but the three eventually …" puts the act at another time. */
const EVENTUALLY_BETWEEN = /,\s+(?:but|and|yet)\s+(?:[^,;]{0,60}?\s)?(?:eventually|subsequently|ultimately|in the end)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * Which of a sentence's dates is the trigger's: the context's `eventDate`, except that (1) a date
 * behind a relative clause after the trigger ("restored the curbs it had eased in March 2031")
 * belongs to that clause, and (2) a bare year ("Resolution 9999 (2031)", "the 2031 accord") yields to a
 * more precise date of the same clause ("On March 3, 2032, … starting the review"), and (3) a date
 * outside the trigger's clause yields to one inside it.
 */
export function triggerDate(ctx: DocumentContext, sentence: Sentence, trigger: Span, ownClause: Span): ResolvedDate | undefined {
  const countedBack = monthsBeforeWriting(ctx.published, sentence, trigger);
  if (countedBack) return countedBack;
  // "hit three depots, including the one at Example Port, on May 9": the examples between commas do not end the clause.
  const including = INCLUDING_THEN_TIME.exec(sentence.text.slice(ownClause.end - sentence.start));
  const clause = including ? { start: ownClause.start, end: ownClause.end + including[0].length } : ownClause;
  const resolved = preferEventDate(ctx, sentence, trigger, ctx.eventDate(sentence, trigger));
  // "In April, Iranian forces seized a tanker, and the United States has since moved warships to the region": an act
  // done "since" has no time of its own but after the one told; only a time after it dates it.
  if (/\b(?:has|have|had)\s+since\s+$/i.test(sentence.text.slice(Math.max(0, trigger.start - sentence.start - 20), trigger.start - sentence.start))) {
    return ctx.datesIn(sentence).find((d) => d.span.start >= trigger.end && d.span.end <= clause.end);
  }
  // Such an act has a day here only if one follows it in its clause ("… linked to the attack on Example on May 9").
  if (REFERENCE_BEFORE.test(sentence.text.slice(0, trigger.start - sentence.start))) {
    return ctx.datesIn(sentence).find((d) => d.span.start >= trigger.end && d.span.end <= clause.end && d.span.start - trigger.end <= 80);
  }
  if (!resolved) return topicDate(ctx, sentence) ?? ledeDate(ctx, sentence, trigger);
  const dates = ctx.datesIn(sentence);
  // "… met in Example City on 25 July, but the three eventually triggered the snapback": the day is the first clause's;
  // "eventually" puts the act at a time the sentence does not give.
  if (
    resolved.span.end <= trigger.start &&
    EVENTUALLY_BETWEEN.test(sentence.text.slice(resolved.span.end - sentence.start, trigger.start - sentence.start)) &&
    !dates.some((d) => d.span.start >= trigger.end && d.span.end <= clause.end)
  ) {
    return undefined;
  }
  // "answered Saturday's attack on Thursday with sanctions": a day in the possessive just before the act's noun is the act's.
  // (Not a year's: "the first round of this year's talks took place on March 28".)
  const possessed = dates.find((d) => d.span.end <= trigger.start && !/^\d{4}~?$/.test(d.date) && /^['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u.test(sentence.text.slice(d.span.end - sentence.start, trigger.start - sentence.start)));
  if (possessed) return possessed;
  // "… launched rockets in retaliation for the May 9 raid": a day that modifies another event's noun is
  // that event's, unless that noun is the trigger itself.
  // "On June 20, a week after the offensive launched on June 13, the ministers met …": the day the other act began.
  // So after the trigger: "the first meeting since the offensive that began on May 9".
  // But "The war began on 13 June, when Ruritania bombed the sites": the act the "when" tells is the start itself.
  const startsOther = (d: ResolvedDate) =>
    (d.span.end <= trigger.start &&
      STARTED_EVENT_BEFORE.test(sentence.text.slice(Math.max(0, d.span.start - sentence.start - 40), d.span.start - sentence.start)) &&
      !START_TOLD_BY_WHEN.test(sentence.text.slice(d.span.end - sentence.start, trigger.start - sentence.start))) ||
    // (the event noun after the trigger, not the trigger itself: in "the offensive that began on May 9" the day is the offensive's)
    (d.span.start >= trigger.end && [STARTED_EVENT_BEFORE, STARTED_BY_BEFORE].some((re) => re.test(sentence.text.slice(Math.max(trigger.end, d.span.start - 40) - sentence.start, d.span.start - sentence.start))));
  // "On January 10, 2020, a week after the strike … on January 3, Trump issued an order": the day of the act
  // counted from, when the sentence has already given its own.
  const countedFromOther = (d: ResolvedDate) => {
    // The trigger outside the counted phrase: not "two days after Iran's January 8 missile attack" itself.
    if (d.span.end > trigger.start || !sentence.text.slice(d.span.end - sentence.start, trigger.start - sentence.start).includes(",")) return false;
    const counted = COUNTED_FROM_OTHER.exec(sentence.text.slice(0, d.span.start - sentence.start));
    return counted !== null && dates.some((own) => own !== d && own.span.end <= sentence.start + counted.index);
  };
  // "President Trump, who returned to office in January, opened negotiations": the subject's own past, told aside.
  const toldAside = (d: ResolvedDate) =>
    d.span.end <= trigger.start &&
    /,\s+(?:who|which)\s+[^,;]*$/i.test(sentence.text.slice(0, d.span.start - sentence.start)) &&
    /^[^,;]*,\s+(?:[\w-]+\s+){0,2}$/.test(sentence.text.slice(d.span.end - sentence.start, trigger.start - sentence.start));
  // (Not the act's own subject: "Wednesday's OFAC action designated 21 entities".)
  const possessiveOfOther = (d: ResolvedDate) =>
    /^['’]s\s/.test(sentence.text.slice(d.span.end - sentence.start)) &&
    !(d.span.end <= trigger.start && /^['’]s\s+(?:[\p{L}-]+\s+){1,4}$/u.test(sentence.text.slice(d.span.end - sentence.start, trigger.start - sentence.start))) &&
    namesOtherEvent(d);
  const namesOtherEvent = (d: ResolvedDate) => {
    // "the enemy's crime of May 9": the noun before "of <day>".
    const windowStart = Math.max(sentence.start, d.span.start - 30);
    const before = EVENT_NOUN_BEFORE.exec(sentence.text.slice(windowStart - sentence.start, d.span.start - sentence.start));
    if (before && windowStart + before.index >= trigger.end) return true;
    if (startsOther(d) || countedFromOther(d) || toldAside(d)) return true;
    // "The detention of X in July 2029 was followed by the seizure of Y …": the day before "was followed by" is the first act's.
    if (d.span.end <= trigger.start && FOLLOWED_BY_BETWEEN.test(sentence.text.slice(d.span.end - sentence.start, trigger.start - sentence.start))) return true;
    // "hit 12 depots …, a response to the killing of two guards at the border last Friday": the day of
    // what it answered; so "a limited strike in retaliation for last weekend's barrage".
    if (d.span.start >= trigger.end && RESPONSE_TO.test(sentence.text.slice(trigger.end - sentence.start, d.span.start - sentence.start))) return true;
    // "The missile attack followed a US drone strike near the airport last Friday": the day of what came first.
    if (d.span.start >= trigger.end && FOLLOWED_OTHER.test(sentence.text.slice(trigger.end - sentence.start, d.span.start - sentence.start))) return true;
    // "is sending a ready group …, the latest in a series of moves this month": the others' time.
    if (d.span.start >= trigger.end && AMONG_OTHERS.test(sentence.text.slice(trigger.end - sentence.start, d.span.start - sentence.start))) return true;
    const after = EVENT_NOUN_AFTER.exec(sentence.text.slice(d.span.end - sentence.start, d.span.end - sentence.start + 40));
    if (!after) return false;
    const nounEnd = d.span.end + after[0].length;
    return !(trigger.start >= d.span.end && trigger.start < nounEnd);
  };
  // "lists the group …, effective 3 March": when it takes effect is not when it was done.
  const takesEffect = (d: ResolvedDate) => dates.length > 1 && TAKES_EFFECT_BEFORE.test(sentence.text.slice(Math.max(0, d.span.start - sentence.start - 24), d.span.start - sentence.start));
  // "…, the ministry said on Monday": after the act, a statement's own day.
  const statementDay = (d: ResolvedDate) => {
    if (d.span.start < trigger.end) return false;
    // "The navy is sending frigates …, officials said Sunday": what is under way is under way that day.
    if (/\b(?:is|are)\s+(?:now\s+|also\s+)?$/i.test(sentence.text.slice(Math.max(0, trigger.start - sentence.start - 12), trigger.start - sentence.start)) && /ing$/i.test(sentence.text.slice(trigger.start - sentence.start, trigger.end - sentence.start))) return false;
    const windowStart = Math.max(sentence.start, d.span.start - 30);
    const verb = STATEMENT_DATE_BEFORE.exec(sentence.text.slice(windowStart - sentence.start, d.span.start - sentence.start));
    // Not the act's own verb: "Operation X … was announced on 4 March".
    return verb !== null && windowStart + verb.index >= trigger.end;
  };
  // "On Sunday the coast guard said it had detained a trawler on Friday": a day before a statement whose act
  // is in the pluperfect is the statement's; the act's own day, if the sentence gives one, is preferred.
  const statedEarlier = (d: ResolvedDate) => d.span.end <= trigger.start && STATED_EARLIER_BEFORE.test(sentence.text.slice(d.span.end - sentence.start, trigger.start - sentence.start));
  // "Pakistan on Thursday welcomed the second round … held in Oslo on Monday": the day of a reaction, not of what it reacts to.
  const reactionDay = (d: ResolvedDate) => d.span.end <= trigger.start && REACTION_BETWEEN.test(sentence.text.slice(d.span.end - sentence.start, trigger.start - sentence.start));
  // "A fourth round, set for May 9, is called off after a border clash … on May 7": a plan's day
  // before the act belongs to the plan when the act has a day of its own after it.
  // So does it when the act is only what the plan was dropped for: "the fourth, set for May 9, was
  // postponed once fighting broke out".
  const plansOther = (d: ResolvedDate) =>
    d.span.end <= trigger.start &&
    isPlanDayAt(sentence.text, d.span.start - sentence.start) &&
    (dates.some((other) => other.span.start >= trigger.end) || CAUSE_AFTER_PLAN.test(sentence.text.slice(d.span.end - sentence.start, trigger.start - sentence.start)));
  // "The round, set for May 9, was called off after Ruritania struck the port on May 7": a day before the
  // "after" that opens the trigger's clause is the main clause's, when the act has a day of its own after it.
  const mainClauseDay = (d: ResolvedDate) =>
    d.span.end <= trigger.start &&
    SUBORDINATE_ACT_BETWEEN.test(sentence.text.slice(d.span.end - sentence.start, trigger.start - sentence.start)) &&
    dates.some((other) => other.span.start >= trigger.end && other.span.end <= clause.end);
  // "late Sunday Eastern time, early Monday in Syria": a day given in two time zones is the local one.
  const zoneOf = (d: ResolvedDate) => {
    const before = sentence.text.slice(Math.max(0, d.span.start - sentence.start - 8), d.span.start - sentence.start);
    const after = sentence.text.slice(d.span.end - sentence.start, d.span.end - sentence.start + 24);
    if (REMOTE_ZONE_BEFORE.test(before) || REMOTE_ZONE_AFTER.test(after)) return "remote";
    return LOCAL_ZONE_AFTER.test(after) ? "local" : undefined;
  };
  // "shot down a drone which had violated its airspace early on Thursday", reported that Thursday: what the
  // relative clause tells came first, and the act came after it but before the report, so on the same day.
  const reportedDay = (d: ResolvedDate) => d.date === ctx.published;
  // "destroyed a drone that had flown within 1,000 yards of the ship on Thursday": the object's approach and the act
  // that met it were one occasion.
  const approachDay = (d: ResolvedDate) => APPROACH_RELATIVE.test(sentence.text.slice(trigger.end - sentence.start, d.span.start - sentence.start));
  const remote = dates.length > 1 && dates.some((d) => zoneOf(d) === "local") ? (d: ResolvedDate) => zoneOf(d) === "remote" : () => false;
  // A span of time another clause measures: "which had bought crude since 2023, while the Treasury added …".
  const sinceElsewhere = (d: ResolvedDate) =>
    (d.span.end <= clause.start || d.span.start >= clause.end) && /\bsince\s+(?:the\s+)?$/i.test(sentence.text.slice(Math.max(0, d.span.start - sentence.start - 10), d.span.start - sentence.start));
  // "That meeting ended without a breakthrough, and two days later the United States struck": a count that opens
  // the next clause dates that clause's act; so does any time there ("…, and earlier this month the State Department blacklisted …").
  const countOpensNext = (d: ResolvedDate) =>
    d.span.start >= trigger.end && /[,;]\s*(?:and|but|then)\s+$/i.test(sentence.text.slice(trigger.end - sentence.start, d.span.start - sentence.start));
  // "OFAC listed a refinery, and it followed with tanker designations in May", "…, and later seized a second ship on
  // May 9": a day in a joined clause told as coming after is that clause's act's, not the first one's.
  const laterJoined = (d: ResolvedDate) => d.span.start >= clause.end && JOINED_LATER_AFTER.test(sentence.text.slice(clause.end - sentence.start, d.span.start - sentence.start));
  // "rockets hit the port on 4 May and Ruritania raided the depots three days later": a day before the
  // "and" is the first act's when the joined act counts its own on from it.
  const countedOnAfter = dates.some((o) => o.span.start >= trigger.end && o.span.start - trigger.end <= 80 && /\blater\b/i.test(sentence.text.slice(o.span.start - sentence.start, o.span.end - sentence.start)));
  const firstOfJoined = (d: ResolvedDate) => countedOnAfter && d.span.end <= trigger.start && /\band\s+(?:[\p{L}'’-]+\s+){1,5}$/u.test(sentence.text.slice(d.span.end - sentence.start, trigger.start - sentence.start));
  // "On 16 June, less than two weeks before the meeting, the Treasury designated …": a count told beside a written
  // day says how that day stands to another event; the written day is the act's.
  const glossOfDay = (d: ResolvedDate) =>
    d.method === "anchored" &&
    dates.some((o) => o !== d && (o.method === "explicit" || o.method === "relative") && isDay(o.date) && o.span.end <= d.span.start && /^,\s+(?:(?:less|more|fewer)\s+than|about|some|just|only|barely|nearly|almost)?\s*$/i.test(sentence.text.slice(o.span.end - sentence.start, d.span.start - sentence.start)));
  // "held a round in Oslo on 6 May and a second round in Bern, again with Omani mediation, on 17 May": the day just
  // before "and a second …" is the first conjunct's when the trigger has its own after it.
  const priorConjunct = (d: ResolvedDate) =>
    d.span.end <= trigger.start &&
    PRIOR_CONJUNCT_BETWEEN.test(sentence.text.slice(d.span.end - sentence.start, trigger.start - sentence.start)) &&
    dates.some((o) => o.span.start >= trigger.end && o.span.end <= clause.end);
  const ownOf = (d: ResolvedDate) =>
    !remote(d) &&
    !priorConjunct(d) &&
    !glossOfDay(d) &&
    !firstOfJoined(d) &&
    !countOpensNext(d) &&
    !laterJoined(d) &&
    !sinceElsewhere(d) && !namesOtherEvent(d) && !takesEffect(d) && !statementDay(d) && !statedEarlier(d) && !reactionDay(d) && !plansOther(d) && !mainClauseDay(d) && (d.span.start < trigger.end || reportedDay(d) || approachDay(d) || !inRelativeClause(sentence.text.slice(trigger.end - sentence.start, d.span.start - sentence.start)));
  const distance = (d: ResolvedDate) => (d.span.end <= trigger.start ? trigger.start - d.span.end : Math.max(0, d.span.start - trigger.end));
  let pool = dates.filter((d) => d.span.start >= clause.start && d.span.end <= clause.end && ownOf(d));
  if (!dates.includes(resolved)) return resolved;
  // (3) A date of another clause yields to one of the trigger's own ("adopted … in May 2031, and added
  // names under it in October 2031").
  const inClause = resolved.span.start >= clause.start && resolved.span.end <= clause.end;
  // "On 4 May the navy detained two trawlers, days after a neighbour had held one of its own": an
  // act in a clause placed days before another has no date of its own there, least of all the other's.
  // Only a day is so ruled out ("two weeks after … detain" in a July keeps July), and only for the clause's own verb.
  // But "On May 9, a day after Example strikes on …, Ruritania fired …": a count of days from the frame's day, with
  // nothing between them, dates the act it names.
  if (!inClause && pool.length === 0 && isDay(resolved.date) && DAYS_BEFORE_CLAUSE.test(sentence.text.slice(clause.start - sentence.start, trigger.start - sentence.start))) {
    const counted = COUNTED_DAYS_FROM_FRAME.exec(sentence.text.slice(resolved.span.end - sentence.start, trigger.start - sentence.start));
    if (!counted) return undefined;
    const days = (parseCount(counted[1]!) ?? 1) * (/^weeks?$/i.test(counted[2]!) ? 7 : 1);
    return { ...resolved, date: addDays(resolved.date, -days), method: "anchored" };
  }
  // "The seizure of the MV Aster came two weeks after marines had boarded the tanker Example": the
  // count dates what came before, not the act that came after it.
  if (!inClause && pool.length === 0 && resolved.span.start >= trigger.end && COUNT_BEFORE_ACT.test(sentence.text.slice(resolved.span.start - sentence.start, resolved.span.end - sentence.start))) return undefined;
  // A relative clause about someone the main clause names ("… on Monday designated eight commanders, …,
  // whose unit fired the missile that brought down the drone") tells of another time, one it does not give.
  if (!inClause && pool.length === 0 && RELATIVE_CLAUSE_OPENING.test(sentence.text.slice(clause.start - sentence.start, trigger.start - sentence.start))) return undefined;
  // "In March 2031, the navy seized the tanker … on March 9": a day inside the month the act is dated by is the act's own.
  // Only inside a month: in "at the close of the August 4-8 talks" the span is the talks', the day another act's.
  // Nor a day another act takes after it: "The detention of X in July 2029 was followed by the seizure of Y on 19 July".
  const finerThan = (d: ResolvedDate) =>
    /^\d{4}-\d{2}$/.test(d.date)
      ? pool.find((other) => other !== d && isDay(other.date) && within(other.date, d.date) && other.span.start >= trigger.end && !ANOTHER_ACT_BETWEEN.test(sentence.text.slice(trigger.end - sentence.start, other.span.start - sentence.start)))
      : undefined;
  if (ownOf(resolved) && !/^\d{4}$/.test(resolved.date) && (inClause || pool.length === 0)) return finerThan(resolved) ?? resolved;
  let precise = pool.filter((d) => !/^\d{4}$/.test(d.date));
  // A participial or subordinate clause ("…, starting the review") shares the main clause's time.
  // Not a statement's hour ("Hours before the summit opened, the navy said it had detained …"): the act it
  // reports in the pluperfect came earlier, on a day the sentence does not give.
  if (precise.length === 0) {
    // Nor the day a possessive gives another act ("engine makers for the drones used in Saturday's attack").
    precise = dates.filter((d) => d.span.end <= trigger.start && !/^\d{4}$/.test(d.date) && !glossOfDay(d) && !plansOther(d) && !startsOther(d) && !countedFromOther(d) && !toldAside(d) && !sinceElsewhere(d) && !(d.method === "anchored" && statedEarlier(d)) && !possessiveOfOther(d));
    // "On January 10, 2030, following Ruritania's January 8 missile attack …, the President issued an order": not the day of the other act named.
    const ownDays = precise.filter((d) => !OTHER_ACT_AFTER.test(sentence.text.slice(d.span.end - sentence.start, d.span.end - sentence.start + 40)));
    if (ownDays.length > 0) precise = ownDays;
  }
  if (precise.length > 0) pool = precise;
  const nearest = pool.sort((a, b) => distance(a) - distance(b))[0];
  return (nearest && finerThan(nearest)) ?? nearest ?? (ownOf(resolved) ? resolved : (topicDate(ctx, sentence) ?? ledeDate(ctx, sentence, trigger)));
}
