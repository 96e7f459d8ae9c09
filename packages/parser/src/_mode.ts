/**
 * Clauses and factuality. An event's mode is read from the clause of its trigger words: `denied`
 * ("Iran denied that its forces…"), `planned` ("talks are scheduled to resume"), `claimed` by the
 * party a reporting verb names ("Tehran reported…"), else `asserted` by the source itself.
 */
import type { ActorId, Mode } from "@sitrep/domain";
import { compilePattern, DENIAL_VERB, FULL_MONTH, matchesOf, PLANNED_MARKERS, REPORTING_VERB } from "./_lexicon.js";
import type { ActorIndex, Sentence, Span } from "./_types.js";

/**
 * Where one clause ends and the next begins: semicolons, colons, dashes, brackets, and a comma before
 * a conjunction, a relative or a participle ("…, while Iran attempted…", "…, ordering the vessel…"; not the
 * ", and" that ends a list of names, "his British, French, and German counterparts"), a
 * "while" that opens a clause with its own subject even without a comma ("jets struck X while a ship
 * fired at Y"), and
 * before "in retaliation for" / "in response to" (or "in what it termed a reprisal for", "in apparent retaliation for"), which name
 * another act ("launched rockets in retaliation for the May 9 raid on its embassy"), and before "and" that opens another round
 * with its own verb ("the talks hosted last week and the third round convened in Oslo") or its own
 * number (", and a fourth round set for June …"), or
 * its own date ("one side fired rockets on 3 May, and on 19 May the other's jets struck …", "…, and in late
 * May a second squadron arrived"), or another
 * subject's act ("… on June 13 and Example B-2 bombers struck the plant on June 22", "Ruritania's air campaign from 13
 * June and the Example strikes on two plants on 22 June", "followed by Ruritania's assault and, on 22 June, by …"); a listing after a dated
 * one: "… on 2 May and the Foreign Office listed …"), and before an
 * appositive that re-tells the act with another's ("…, an attack Ruritania answered the next day with …") or sets it
 * among others ("…, the latest in a series of moves this month"), and
 * after an opening "After …," / "Following …," / "Before …," / "Hours after …," clause (or one after the frame: "On May 9, a day
 * after …,"), which tells of another act, and
 * before "after six hours of discussions", the talks before what they agreed ("agreed to hold a fourth round after
 * more than six hours of discussions on Saturday"), and
 * before a closing one with its own verb ("…, after the meeting planned for Oslo was postponed", "…, after
 * the coast guard tried to stop a freighter", "…, after Ruritania recalled its envoy") or about an earlier act ("its second raid this year after a
 * first salvo in April").
 */
const CLAUSE_BREAK =
  new RegExp(String.raw`\s*;\s*|\s*(?<!\d):(?!\d)\s*|\s+-\s+|\s*—\s*|,\s+(?=(?:while|but|whereas|although|though|even as|as well as|which|who|whose|where|(?:in|during|after|under|by|through) which)\b)|,\s+and\s+(?=(?:although|though|while|whereas|since\s+(?:the|its|their|\p{Lu})))|\s+(?=(?:while|whereas)\s+(?:the|an?|\p{Lu}))|,["”']?\s+(?=(?:(?:\w+ly|before|after|while|since)\s+)?\w+ing\b)|,\s+(?=(?:after|before|until|once)\s+(?:the|a|an|its|their|\p{Lu}[\p{L}-]*)\s+[\w-]+(?:\s+[\w-]+){0,8}?\s+(?:was|were|had|has|is|are|tried|attempted|sought)\s)|,\s+(?=(?:after|before|until|once)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+\p{Ll}+ed\s)|(?<!\b\p{Lu}[\p{L}-]*,\s+\p{Lu}[\p{L}-]*),\s+and\s+(?=(?:the\s+)?\p{Lu})|,\s+(?<=^(?:(?:On|In)\s+[^,;]{3,30},\s+)?(?:After|Following|Before|(?:\p{L}+\s+){0,2}?(?:[Hh]ours?|[Dd]ays?|[Ww]eeks?|[Mm]inutes)\s+(?:after|before))\s(?:[^,;]|,\s*(?=\d)){5,120},\s+)(?=the\s|\p{Lu})|,\s+and\s+(?=(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)|(?:a|one|two|three|four|five|\d+)\s+days?\s+later),?\s+(?:the\s+|an?\s+)?\p{Lu})|,\s+and\s+(?=(?:then\s+|later\s+)?(?:on|in)\s+(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?![\p{L}])|(?:the\s+(?:same|next|following)|that)\s+day\b)|,\s+and\s+(?=(?:(?:earlier|later)\s+(?:this|that|the\s+same)|last|this)\s+(?:week|month)\b|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|,\s+and\s+(?=(?:the|an?)\s+(?:[\p{Ll}-]+\s+)?(?:met|held|hosted|ended|began|opened|took|took place|was|were|convened|concluded|returned|reconvened|seized|struck|fired|launched)\b)|\s+and\s+(?=(?:the|an?)\s+(?:[\p{Ll}-]+\s+)?(?:round|session|meeting)\s+(?:was\s+|were\s+)?(?:convened|held|took place|opened|began|ended|concluded)\b)|,\s+and\s+(?=(?:the|an?)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))(?:\s+(?:round|session)\b|,))|,\s+and\s+(?=(?:(?:it|they)\s+)?(?:then\s+|later\s+|also\s+)?(?:listed|designated|imposed|sanctioned|seized|struck|launched|fired|attacked|adopted|announced|added|re-?imposed|followed\s+(?:up\s+)?with)\s)|\s+and\s+(?=(?:then\s+|later\s+)?(?:the\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+(?:launched|fired|struck|seized|attacked|shot|bombed|retaliated|responded|hit)\b|(?<=(?:\d|\b(?:${FULL_MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+and\s+)(?:the\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+(?:designated|sanctioned|blacklisted)\b|(?:the\s+)?\p{Lu}[\p{L}.]+\s+[\p{Lu}\d][\p{L}\d-]*\s+(?:bombers|jets|warplanes|aircraft|drones|forces|troops|warships)\s+(?:launched|fired|struck|seized|attacked|shot|bombed|hit)\b)|,\s+and\s+(?=\w+\s+(?:said|says|told|announced|warned|added|stressed|noted|claimed)\b)|(?<=[\p{L}\d]\s+on\s+(?:(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{1,2}|\d{1,2}\s+(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)))(?:,\s+and|,)\s+(?=(?:[\p{L}'’-]+\s+){1,5}?(?:struck|hit|seized|damaged|attacked|fired|launched|downed|boarded|detained|bombed|raided|designated|sanctioned|blacklisted)\s)|\s+and\s+(?=(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){1,2}(?:air\s+)?(?:strikes|raids|attacks|bombings)\s+(?:on|against)\s[^.;]{3,80}?\s+on\s+(?:\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b))|\s+(?=(?:and|but)\s+(?:said|says|warned|added|stressed|noted|claimed|insisted|told)\b)|,?\s+(?=in (?:what\s+(?:[\w-]+\s+){1,2}(?:described|called|termed)(?:\s+as)?\s+(?:an?\s+)?)?(?:(?:apparent|direct|swift|possible|likely|clear|evident)\s+)?(?:retaliation|response|revenge|reprisal) (?:for|to)\b)|,\s+(?=when\s[^,;]{0,80}?\s(?:on|in)\s+(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?${FULL_MONTH}\b)|,\s+(?=when\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*)?\s+met\b)|,\s+and\s+(?=(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+(?:days?|weeks?|months?)\s+(?:later|earlier|before)\b)|,\s+(?=(?:or|and)\s+that\s)|\s+(?=and,\s+(?:on|in)\s+[^,;]{3,30},\s+by\s)|,\s+(?=an?\s+(?:attack|strike|raid|assault|move)\s+(?:that|which|\p{Lu}[\p{L}-]*\s+\p{Ll}+ed)\b|the\s+(?:latest|newest)\s+(?:in|of)\s)|\s+(?=after\s+(?:an?|the|its|their)\s+(?:first|earlier|previous|prior|initial)\s|after\s+(?:more than\s+|nearly\s+|almost\s+|some\s+|about\s+)?(?:[\w-]+\s+)?(?:hours|days)\s+of\s+(?:[\w-]+\s+)?(?:talks|discussions|negotiations|meetings)\b)|(?<!\b(?:[Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Ff]ifteen|[Tt]wenty|[Ss]everal|[Ff]ew|[Ss]ome|[Mm]any|[Tt]he|[Jj]ust|[Oo]nly|[Bb]arely|[Mm]ere|[Ff]ollowing|[Nn]ext|[Pp]revious|[Ss]ame|\d+))(?<!-),?\s+(?=(?:(?:just|only|barely|mere)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few)\s+)?(?:hours?|days?|weeks?|months?)\s+(?:after|before)\s(?!that\b))`, "gu");

/** The clause of `sentence` that contains `at` (absolute offsets). */
export function clauseAround(sentence: Sentence, at: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const [breakStart, breakEnd] of transparentAsides(sentence, at)) {
    if (breakEnd <= at.start) start = breakEnd;
    else if (breakStart >= at.end) {
      end = breakStart;
      break;
    }
  }
  return { start, end };
}

/**
 * The breaks, less the two dashes around an aside the clause runs through ("The third meeting - officials
 * call it a round - was held in Oslo on the 14th"): where the text after the second dash goes on
 * in lower case, the aside interrupts one clause. An act inside the aside keeps it as its own clause.
 */
function transparentAsides(sentence: Sentence, at: Span): [number, number][] {
  const breaks = clauseBreaks(sentence);
  const dashes = breaks.filter(([s, e]) => DASH_BREAK.test(sentence.text.slice(s - sentence.start, e - sentence.start)));
  if (dashes.length < 2) return breaks;
  const skipped = new Set<[number, number]>();
  for (let i = 0; i + 1 < dashes.length; i++) {
    const open = dashes[i]!;
    const close = dashes[i + 1]!;
    if (close[0] - open[1] > 160 || (at.start >= open[1] && at.end <= close[0])) continue;
    if (!/^\p{Ll}/u.test(sentence.text.slice(close[1] - sentence.start))) continue;
    for (const b of breaks) if (b[0] >= open[0] && b[1] <= close[1]) skipped.add(b);
    i++;
  }
  return skipped.size === 0 ? breaks : breaks.filter((b) => !skipped.has(b));
}
const DASH_BREAK = /^\s*(?:-|—)\s*$/;

/** The clause breaks of a sentence (absolute offsets), found once per sentence: extractors ask often. */
const BREAKS = new WeakMap<Sentence, [number, number][]>();
function clauseBreaks(sentence: Sentence): [number, number][] {
  let breaks = BREAKS.get(sentence);
  if (!breaks) {
    breaks = matchesOf(CLAUSE_BREAK, sentence.text).map((m) => [sentence.start + m.index, sentence.start + m.index + m[0].length]);
    BREAKS.set(sentence, breaks);
  }
  return breaks;
}

/** Text of a span of the sentence. */
export function sliceOf(sentence: Sentence, span: Span): string {
  return sentence.text.slice(span.start - sentence.start, span.end - sentence.start);
}

const DENIAL_RE = compilePattern(`\\b(?:${DENIAL_VERB})\\b`, "iu");
const PLANNED_RE = compilePattern(`\\b(?:${PLANNED_MARKERS})\\b`, "iu");
/**
 * A relative clause told aside, which governs nothing of the main clause: "Britain, France and Germany, which had not
 * kept their commitments, activated the snapback"; "Tokyo, which did not join the coalition, …". Also at the start of
 * a clause that begins at its pronoun. Global: for `replace`.
 */
export const RELATIVE_ASIDE = /(?:^|,\s+)(?:which|who)\s+[^,;]{1,80},/gi;
/**
 * Put after a verb match: "the United States", "Gulf states" are nouns, not the reporting verb
 * "states" (a lookbehind after the verb runs only where the verb matched).
 */
export const NOT_A_NOUN_AFTER = String.raw`(?<!\b(?:United|Gulf|Arab|member|Western|European|Baltic|Muslim|neighbou?ring|regional|coastal|littoral|island|nuclear-weapon|non-nuclear-weapon)\s+states)`;
const REPORTING_RE = compilePattern(`\\b(?:${REPORTING_VERB})\\b${NOT_A_NOUN_AFTER}`, "giu");
/** "after the May 2031 raids": the event is background to the claim, not its content. */
const PRESUPPOSED_RE = /\b(?:after|following|since|before|amid|despite)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}$/i;

export interface ModeReading {
  mode: Mode;
  claimedBy?: ActorId[];
}

export interface ModeOptions {
  /** Read future markers as `planned` (rounds and measures); incidents leave this off by default. */
  planned?: boolean;
  /** Actor ids whose claims are reports, not a party's claims (media). */
  reporters?: Set<ActorId>;
}

/** "… that it said enable …, while": a reporting verb in a relative clause of the object, closed before the act. */
const RELATIVE_REPORTER_BEFORE = /\b(?:that|which|whom)\s+(?:it|they|he|she|officials|the\s+\w+)\s+$/i;
function closedRelativeReport(before: string, verb: RegExpMatchArray): boolean {
  return RELATIVE_REPORTER_BEFORE.test(before.slice(Math.max(0, verb.index! - 30), verb.index)) && before.slice(verb.index! + verb[0].length).includes(",");
}

/** The mode of the event whose trigger words are at `trigger` in `sentence`. */
export function readMode(sentence: Sentence, trigger: Span, actors: ActorIndex, options: ModeOptions = {}): ModeReading {
  const clause = clauseAround(sentence, trigger);
  const before = sentence.text.slice(0, trigger.start - sentence.start);
  const clauseText = sliceOf(sentence, clause);

  const denial = DENIAL_RE.exec(before);
  if (denial) {
    const verbAt = sentence.start + denial.index;
    const by = claimants(actors, { start: Math.max(sentence.start, verbAt - 80), end: verbAt }, options.reporters);
    return by.length > 0 ? { mode: "denied", claimedBy: by } : { mode: "denied" };
  }
  if ((options.planned ?? true) && PLANNED_RE.test(clauseText)) return { mode: "planned" };

  if (PRESUPPOSED_RE.test(before)) return { mode: "asserted" };
  // "X said …<trigger>": the last reporting verb before the trigger, with its subject.
  let verb: RegExpExecArray | undefined;
  // Not one told inside a relative clause the comma has closed: in "designated 16 firms that it said enable
  // drone production, …, while the UK sanctioned seven", the saying is about the firms, not the UK's listing.
  for (const match of matchesOf(REPORTING_RE, before)) if (!closedRelativeReport(before, match)) verb = match as RegExpExecArray;
  if (verb) {
    const verbAt = sentence.start + verb.index;
    // "According to X," names X and stops at the comma; "X said" looks back to the verb's subject.
    const afterVerb = sentence.text.slice(verb.index + verb[0].length);
    const span =
      verb[0].toLowerCase() === "according to"
        ? { start: verbAt + verb[0].length, end: verbAt + verb[0].length + (/^[^,;]*/u.exec(afterVerb)?.[0].length ?? 0) }
        : { start: Math.max(sentence.start, verbAt - 80), end: verbAt };
    const by = claimants(actors, span, options.reporters);
    if (by.length > 0) return { mode: "claimed", claimedBy: by };
  }
  // "…<trigger>, the Foreign Ministry said."
  const after = sentence.text.slice(trigger.end - sentence.start);
  const tail = /,\s+([^,]{1,80}?)\s+(?:said|says|claimed|claims|reported|alleged)\s*[.!]?["']?$/u.exec(after);
  if (tail) {
    const tailStart = trigger.end + tail.index;
    const by = claimants(actors, { start: tailStart, end: tailStart + tail[0].length }, options.reporters);
    if (by.length > 0) return { mode: "claimed", claimedBy: by };
  }
  return { mode: "asserted" };
}

/** Parties named in a span; media relay reports and are not parties. */
function claimants(actors: ActorIndex, span: Span, reporters?: Set<ActorId>): ActorId[] {
  const ids: ActorId[] = [];
  const mentions = actors.within(span).filter((m) => !reporters?.has(m.actorId));
  // A person is the speaker ("Norway's Foreign Minister X, who … both capitals, said").
  const person = [...mentions].reverse().find((m) => m.actorId.startsWith("person:"));
  if (person) return [person.actorId];
  for (const mention of mentions) {
    if (reporters?.has(mention.actorId) || ids.includes(mention.actorId)) continue;
    ids.push(mention.actorId);
  }
  return ids;
}

/** Media and think tanks: their reports are not a party's claims. */
export function reportersOf(actors: ActorIndex): Set<ActorId> {
  return new Set(
    actors.actors.filter((actor) => actor.organisationType === "media" || actor.organisationType === "think-tank").map((actor) => actor.id),
  );
}
