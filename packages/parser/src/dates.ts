/**
 * Date resolution — the one place where the parser decides what date a document or an event has.
 *
 * PUBLICATION DATE, by precedence (first that applies wins; the method and evidence are recorded):
 * 1. `metadata`: front matter, HTML metadata, or a date the caller supplies.
 * 2. `dateline`: the text dates itself —
 *    a. a wire dateline opening the first paragraph ("OSLO, Mar. 4 (Reuters) - …"; without a year it
 *       takes the year its own paragraph writes, else a full day's in the lines above it, else the year
 *       the text names as its present ("the first days of 2031") if the lead's weekday falls on the
 *       dateline's day in it — none, no date),
 *       or, among the first six lines (or the whole masthead above the first prose paragraph), a line
 *       that is only a date with labels ("Published: 4 March 2031 09:15
 *       GMT", a bulletin's "Issued: 9 May 2031") or a metadata strip with the date as one segment ("Briefing | Energy | 9 May 2031");
 *    b. a full date qualified by a weekday in the lead paragraph ("on Tuesday (March 4, 2031)"): news
 *       leads date their news with the weekday of the day they report, and the full date is added
 *       precisely to make the article self-dating;
 *    c. a full date beside words that refer to the writing itself ("sent to this publication on
 *       the morning of 9 May 2031", "at the time of writing", "as of 9 May 2031").
 * 3. `anchored`: "<N> days/weeks after … <date>" in the first three paragraphs ("Two days after … the
 *    March 4 session" → 6 March). A date written without a year takes the latest year written
 *    with a month or day anywhere in the text ("late March 2031"); with no such year, no anchor.
 * 4. `inferred` is never used: the latest date a text mentions is not its publication date, and a
 *    wrong date is worse than none.
 * 5. `unknown`: date null. An undated document resolves dates that carry their own year, and a day or
 *    month written without one in the year last written out before it (the narrative year: a primer's
 *    "In 2031 … in Oslo on May 9" → 2031-05-09); a year used as an adjective ("the 1998 accord")
 *    sets no narrative year, a weekday that contradicts the day so read drops it, and with no year
 *    before it, nothing. Relative phrases ("last July", "on Friday") need the publication date. A dated
 *    document reads such days against publication even when the text last wrote another year: news
 *    writes "on May 9" for the days around its own.
 *
 * EVENT DATES, against the publication date (precision as written, EDTF):
 * - Days in digits: "19.11.2031" (full stops: day first), "14/05/2031" or "05/14/2031" (slashes: the order the
 *   numbers allow; "04/05/2031", which both allow, is not read).
 * - "9 May 2031" → 2031-05-09; "On March 3" → the nearest such day to publication, biased to the
 *   past (future tense to the future; a day a past verb governs is never more than a week ahead: "On 5
 *   January, patrol boats circled …" in a review published on 20 December is last January); "May 2031" →
 *   2031-05; "2030" → 2030. A count after a day date is no two-digit year ("On May 9, 12 ships").
 * - A year opening a sentence ("Last year, …", "In 2031, …") is the year of the days and months the
 *   sentence goes on to write without one ("… held in Oslo on May 9 and June 6"); so is a day or month
 *   opening it with its year ("On January 10, 2030, a week after the strike … on January 3"). A paragraph
 *   that tells a past year sentence by sentence, each opening with its date ("In April 2029, … On May 8, …
 *   In July, …"), stays in that year while it goes forward. A day or month joined to one written with its
 *   year takes that year ("in April and October 2029", "on May 3 and June 9, 2029"); "followed in
 *   November" is the November after the month last written, as "the following November" is.
 * - "Seven months later" / "Two months earlier" → the month so many from the day or month written last;
 *   "the Friday before" / "the Monday after" → that weekday before or after the day last written; a
 *   weekday that a count in its sentence falls on is the counted day ("Two days later, in the early hours
 *   of Sunday"); "came a week after" counts back from the last day written that is not after publication.
 * - "since X" after a superlative or an ordinal ("its largest action since 2018", "the third such plant
 *   since March", "higher than at any point since the June war") is a yardstick, no date.
 * - "early/mid/late <month>" → days 1–10 / 11–20 / 21–end, approximate ("late March 2031" →
 *   2031-03-21~/2031-03-31~); "early/mid/late <year>" → Jan–Apr / May–Aug / Sep–Dec, approximate
 *   ("mid-2031" → 2031-05~/2031-08~); "the first/second/third/fourth/last week of <month>" → days 1–7 /
 *   8–14 / 15–21 / 22–28 / the last seven, approximate; "spring/summer/autumn <year>" → Mar–May /
 *   Jun–Aug / Sep–Nov, approximate (winter straddles two years and is left alone); a timeline entry
 *   opening with a season ("Spring - …") takes the year of the heading above it.
 * - "since <date>" → from that date to publication (an ongoing state, not a one-day event). A buildup that
 *   "has grown since late March 2031" is dated 2031-03-21~/<publication>, not the
 *   month it began: the text says it ran on to the time of writing, so a brief of the weeks after
 *   March must still find it, and naming only its start would date it narrower than the text does.
 *   But "since March, when the coast guard held a trawler" is March: the when-clause happened then.
 * - "in July that year", "in May of the same year" → that month of the year last written out; with no
 *   year before it, nothing. In its own sentence it refines that year ("since 2028, when … in July that
 *   year" dates the seizure 2028-07, not 2028). "In January of the previous year", "the year before"
 *   → the year before the one last written; "the following year", "the next year", "the year after" →
 *   the one after. "In May last year", "March this year", "June next year" → the publication year -1 /
 *   0 / +1 (undated: nothing).
 * - "on the 26th" (a day with no month, after a preposition of time and not numbering a noun: "the 26th
 *   floor") → that day in the month of the latest single day or month before it, if it falls after
 *   that day ("On March 3, 2031, … the army responded on the 19th" → 2031-03-19); before it, the next
 *   month is not assumed: nothing. A date in another year between them ("the 1998 accord") loses the month.
 * - Weekdays: past tense → the latest such day on or before publication; future tense ("will", "is
 *   expected to", "next") → the next one after it; "last Friday" → strictly before. The tense is read
 *   next to the phrase (see `tenseAt`), not from the whole sentence. A plan told in the past ("had
 *   been due to be held on Sunday", "was scheduled for Sunday") in a sentence saying it was
 *   postponed or called off → the nearest such day on or after publication: a postponement is news
 *   before the day, not after it. Without such words the plan may have been kept: the past reading.
 * - "yesterday", "today", "tomorrow", "N days ago"; "last/this/next week" (Monday–Sunday weeks),
 *   "early next week" (Monday–Wednesday, approximate), "earlier this week", "last/this/next month/year".
 * - "over the weekend" → the latest Saturday–Sunday on or before publication ("next weekend" → the next;
 *   "this weekend" and "weekend talks" → the one the tense says);
 *   "in the coming days/weeks" → the 7/28 days after publication, approximate.
 * - "overnight" ("struck … overnight", "overnight strikes") → the publication day and the day before,
 *   approximate (2031-05-08~/2031-05-09~): a night straddles two dates and the hour of publication is
 *   rarely known; a small-hours clock time in its paragraph ("first blasts at around 3:40 am") puts it
 *   on the publication day. Only in a sentence with no other date phrase and no frame, not future tense.
 * - "in recent days" / "in the past few days" → the 7 days before publication, approximate
 *   (2031-02-25~/2031-03-04~); "in recent weeks" → 28 days; "in the past 48 hours" → 2 days. Never a
 *   single day.
 * - "the same day", "that day", "on the day" (alone: "the tankers added on the day"), "the next day", "two days later", "a week later", a sentence opening
 *   "Concurrently," or "At the same time," (anaphoric) → the previous day-precise
 *   date in the text, shifted; "a few hours later", "Within an hour," keep that day (it may cross midnight, but the day is
 *   all the text supports); "the following week" → the Monday–Sunday week after it, "the previous week"
 *   the one before, approximate; "Days later" / "weeks later" without a number → 1–9 / 7–35 days after
 *   it (after a span of days written since, "In late April, …", after some day of the span), approximate; "Less
 *   than three weeks later" → days 1–20 after it, "more than two weeks later" → days 15–21, approximate; "Two days
 *   before it was due" counts back from the plan's day just given; "Over the following 9 days" → that day and the eight after it, approximate; a clock
 *   time with no day ("At around 11:40 a.m., …", "shortly after 5 a.m., …") → that day. Under a timeline's
 *   year heading, anaphors count only from days written under it. An
 *   anaphor never dates an event beside a single day written out in the same clause ("Two days later,
 *   before dawn on May 9, jets struck" → May 9, whatever the anaphor counts from).
 * - "Ten days after the Example bombing" (anchored to an event) → the day of the latest earlier sentence
 *   that writes a day and names the event by one of its words ("… a blast tore through a market in
 *   Example" on 4 March 2031), shifted; none such, no date. "The following evening", "Two days after
 *   that" are anaphoric like "the next day".
 * - "Eight months after bombers hit the plant, the two sides are talking again" (session 27): the act inside an
 *   opening "N months after …," of a sentence told in the present → the month N before publication (`monthsBeforeWriting`).
 * - "hours before talks began", "within hours of the … session concluding", "as talks concluded",
 *   "on the eve of the talks", "within a 48-hour window before delegations arrived" (anchored) → the
 *   talks' date: the nearest earlier day-precise date written within 60 characters of a talks noun
 *   (session, talks, meeting, round…), else the first later one. "Hours" stay on the talks' day.
 *   "Coincided with the talks", "on the sidelines of / during the talks", which place nothing before or
 *   after them, take the talks' day only when the document has exactly one; otherwise no date.
 * - A weekday that contradicts its date ("Monday, March 4, 2031", a Tuesday) is a document warning
 *   and the date becomes the uncertain interval of both readings (2031-03-03?/2031-03-04?).
 * - A sentence with no date phrase of its own takes its time frame: the date phrase that opens an
 *   earlier sentence of the paragraph, followed by a comma ("Even as talks ended, the ministry
 *   stepped up pressure. It announced new listings…"), or a heading that is only a date
 *   ("TUESDAY 4 MARCH", in digests and timelines) for everything up to the next heading, or a date that
 *   opens a paragraph followed by a spaced dash or colon ("4 MAR 2031 - SEA EXAMPLE …", "May 9: …",
 *   bulletin and timeline entries) for the rest of that paragraph, or a sentence that only says when ("The
 *   largest of those raids took place on the night of May 9, 2031.") for the rest of its paragraph. The article's own date line ("March 4,
 *   2031" under the standfirst) frames only sentences that announce something as under way ("the
 *   ministry is listing …"), not past reports; so does every other date line above the
 *   body that repeats the publication day ("Updated 09 May 2031", then "May 09, 2031 07:45"). It is returned
 *   by `eventDate` only, as `anaphoric`, with the frame's own span. A sentence saying "since then" takes
 *   no frame: it opens an interval after the frame's date and dates no event on it.
 * - `historical` when the date ends more than 90 days before publication (or, undated, before the latest
 *   date the text writes with a year).
 * - Also (session 19): "last Monday" in a Tuesday story → the Monday of the week before; "Tuesday the 23rd" → the
 *   day that is both; "killed in Wednesday's missile attack" → that Wednesday (a weekday's possessive before an act);
 *   a bare weekday before a function word ("open in the capital Thursday as planned"); "May 9-10" → both days, and
 *   a count after it from the last; "Concurrently with the new order" / "Alongside the order" → the order's day;
 *   "After Example's killing," → from the killing's day to publication; "expires in October" → ahead; "before the
 *   end of the month" → this month; a plan that "never took place" → its day past; one "pencilled in for Monday …,
 *   was postponed after …" → past; "two days later" after a meeting still ahead, in a sentence of past acts → from
 *   the last day lived; "a month later" in a clause of its own → from the month the sentence gave before it.
 * - Also (session 20): days listed after a past one with no verb of their own ("held in Oslo on 12 April, …, a third
 *   round in Bern on 26 April") keep its tense; a list's introduction ending on a day ("… on May 9:") dates its
 *   bulleted items (not a partition: "Of the eighteen banks designated on May 9:"); a month named in an aside (between
 *   spaced dashes or in parentheses) starts no story year; "A June drone attack" (a month naming its event); "the
 *   previous evening/night/morning" → the day before; "Hours earlier" → that day; "pencilled in for" and "agreed to a
 *   third round" speak of the future (not after "had been"); a gap counted in an aside that closes before the act
 *   ("On July 6 - a week after Bern - the ministry listed …") moves nothing.
 *
 * A resolved date's `span` is the phrase's own words ("The same day"), never its antecedent's; only a
 * paragraph frame (above) points into an earlier sentence.
 *
 * chrono-node reads explicit day dates; everything else is regular expressions here. Both run per
 * sentence, and only on sentences a cheap pre-filter lets through.
 */
import { type Evidence, type FuzzyDate, type FuzzyDateParts, type PublicationDate, parseFuzzyDate, tryParseFuzzyDate, type Warning } from "@sitrep/domain";
import * as chrono from "chrono-node";
import { alternation, ARRANGING_VERB, CANCELLED_PARTICIPLE, FULL_MONTH, isPlanDayAt, NEVER_HELD_PATTERN, MONTH_NAMES, MONTH_PATTERN as MONTH, matchesOf, NUMBER_WORDS as COUNT_WORDS, parseCount, parseOrdinal, SPAN_COUNT_PATTERN, STATEMENT_VERB, TALKS_ENDED_VERBS, URL_DATE, WEEKDAY_NAMES } from "./_lexicon.js";
import { paragraphOf } from "./_sentences.js";
import type { ResolvedDate, Sentence, Span } from "./_types.js";

// ---------------------------------------------------------------------------------------------- days

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function toDayNumber(iso: string): number {
  // Sliced at the dashes rather than split and mapped: this runs for every date resolved.
  const first = iso.indexOf("-");
  const second = iso.indexOf("-", first + 1);
  const third = iso.indexOf("-", second + 1);
  if (first === -1 || second === -1) {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
  }
  const y = Number(iso.slice(0, first));
  const m = Number(iso.slice(first + 1, second));
  const d = Number(third === -1 ? iso.slice(second + 1) : iso.slice(second + 1, third));
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}
function fromDayNumber(n: number): string {
  const date = new Date(n * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
function makeDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** The day `days` after (or before) an ISO day. */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}
/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(iso: string): number {
  return new Date(toDayNumber(iso) * DAY_MS).getUTCDay();
}
function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// ------------------------------------------------------------------------------------------- lexicon

/** Counts of days or weeks: the lexicon's number words, and the vague ones a count of days may be ("a few"). */
const NUMBER_WORDS: Record<string, number> = { ...COUNT_WORDS, several: 3, few: 3, "a few": 3, "a couple of": 2, couple: 2 };
/** A count written in digits or in the lexicon's words up to thirty ("Fifteen days later"). */
const NUMBER = SPAN_COUNT_PATTERN;
const WEEKDAY = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** A clause that tells of something earlier than what the text last dated: "followed the detention in May". */
const LOOKING_BACK = /\b(?:followed|follows|after|since|earlier|before|preceded|previously|had\s+(?:been\s+)?\w+(?:ed|en))\b/i;

/** The months of the Iranian (Solar Hijri) calendar, as transliterated in English-language Iranian media. */
const SOLAR_HIJRI_MONTH = "(?:Farvardin|Ordibehesht|Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand)";
const TALKS = `(?:talks|session|sessions|meeting|meetings|negotiations|round|discussions|summit|consultations)`;
/** Who is at the talks, for "as the delegates arrived". */
const NEGOTIATORS = "(?:negotiators|delegations|delegates)";
/** "Saturday's meeting": a weekday whose talks they are. */
const WEEKDAY_TALKS_AFTER = new RegExp(String.raw`^['’]s\s+(?:[\w-]+\s+){0,2}?${TALKS}\b`, "i");
/** "held direct talks in Oslo on Tuesday": a weekday on which talks were held is their day. */
// "the first round, which ended Friday": the talks, then their own verb.
const WEEKDAY_TALKS_BEFORE = new RegExp(String.raw`\b(?:held|opened|resumed|concluded|ended)\s+(?:[\w-]+\s+){0,2}?${TALKS}\s+(?:in\s+\p{Lu}[\p{L}-]+\s+)?on\s+$|\b${TALKS},?\s+(?:which|that)\s+(?:ended|concluded|closed|adjourned|wrapped up)\s+(?:on\s+)?$`, "iu");
/** "just days before the Oslo meeting": a day placed apart from the talks. */
const RELATIVE_TO_TALKS = new RegExp(String.raw`^[^.;]{0,30}?\b(?:before|ahead of|prior to|after)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?${TALKS}\b`, "i");
/** Where talks are written: their nouns, and the delegations that meet ("The delegations met in Oslo on Tuesday 4 March"). */
const TALKS_GLOBAL = new RegExp(String.raw`\b(?:${TALKS}|delegations)\b`, "gi");
const TALKS_EVENT = String.raw`(?:(?:the\s+)?(?:[\w'-]+\s+){0,4}?${TALKS}(?:\s+(?:began|begin|opened|started|got under way|concluded|concluding|ended|ending|closed|wrapped up|beginning|opening|starting))?|(?:the\s+)?(?:delegations?|negotiators|envoys|diplomats)\s+(?:arrived|met|sat down|gathered))`;

/** The days a count of days or weeks stands for: "four days" → 4, "two weeks" → 14. */
function daysOf(count: string, unit: string): number {
  return numberOf(count) * (unit.toLowerCase().startsWith("week") ? 7 : 1);
}

function numberOf(word: string): number {
  const lower = word.toLowerCase();
  return NUMBER_WORDS[lower] ?? Number(lower);
}
function monthOf(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, "");
  return MONTH_NAMES.findIndex((name) => name.startsWith(lower.slice(0, 3))) + 1;
}

/**
 * Future markers ("is expected in October", "has proposed hosting a round in October"; not "had proposed to host …
 * in early March", a plan told in the past perfect, which may lie behind the story); also a plan told in
 * reported speech ("said that a round was expected in March"): what was expected is still ahead.
 */
const FUTURE = new RegExp(
  String.raw`\b(?:${ARRANGING_VERB}|will|would|shall|(?:could|might)\s+(?:be\s+(?:held|convened|reconvened|hosted)|take\s+place|resume|reconvene|convene)|(?:is|are) (?:expected|due|set|scheduled|planned|slated)\b|plans? to|(?<=(?<!\bhad\s+)\b(?:proposed|offered|offers|proposes)\s)(?:to\s+)?host(?:ing)?|(?<=\b(?:agreed|decided|intend(?:s|ed)?|hop(?:es|ed)|aim(?:s|ed)?)\s)to (?:start|begin|resume|hold|meet|open|launch|reconvene|continue)|(?<=\b(?:US|Iran|Tehran|Washington)\s)to (?:hold|resume|meet|open|begin|start)|planned for|scheduled for|set for|fixed for|(?<!\bhad\s+been\s)pencill?ed in for|(?<=\b(?:agreed|decided)\s)(?:to|on)\s+["“]?(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:round|meeting|session)\b|next|upcoming|coming|ahead)\b|(?<=\b(?:said|says|told|added|announced)\b[^.;]{0,80}?\b(?:was|were)\s+(?:expected|due|scheduled|slated|planned)\s)(?:in|on|for|to)\b`,
  "i",
);
/**
 * Past verbs; a participle after "be"/"been"/"have"/"is" ("would be held", "is scheduled") belongs to its auxiliary.
 * "Hit" reads the same in the present, but a report of today's strikes says "hits": after a subject it is past.
 */
const PAST = /(?<!\b(?:be|been|have|being|is|are)\s(?:\w+ly\s)?)\b(?:was|were|had|did|\w+ed|said|met|held|took|made|told|began|saw|came|went|spoke|left|won|shot|fired|struck|sent|led|brought|sought|fought)\b|(?<!\b(?:be|been|have|being|is|are|to|can|could|may|might|must|should|would|will|did|does|do|not)\s)\bhit\b(?!\s+(?:by|with)\b)/i;

/** How far back from a date phrase the words that give its tense are read, within its sentence. */
const TENSE_WINDOW = 160;

/** "respond to the strike", "retaliate for the attacks": an act named as what is answered (see `tenseAt`). */
const ANSWERED_ACT = /\b(?:respond(?:ed|s|ing)?|react(?:ed|s|ing)?|retaliat(?:e|ed|es|ing)|aveng(?:e|ed|es|ing))\s+(?:(?:to|for|over)\s+)?(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?(?:strikes?|attacks?|raids?|bombing|assassination|killing)\b/gi;
/** Where the last match of a global `re` in `text` ends (its last character), or -1. */
function lastEndOf(re: RegExp, text: string): number {
  let end = -1;
  for (const m of matchesOf(re, text)) end = m.index + m[0].length - 1;
  return end;
}

/**
 * Whether the words governing a date phrase speak of the future: the text just before it in its clause
 * (at most 120 characters) decides — a future marker there ("would be held on Sunday") makes it
 * future, a past verb ("held talks in Oslo on Sunday") past; a phrase opening its clause looks at the
 * words after it instead ("On Sunday, the envoys will meet"). "future", "past" where a past verb
 * decided, undefined where no verb did (read as past, but weakly: see `chooseYear`).
 */
function tenseAt(text: string, sentence: Sentence, phrase: Span): "future" | "past" | undefined {
  // "When the envoy sits down with the minister in Oslo on Friday, it will be …": a present tense after
  // "when", with "will" in the main clause, speaks of what is still to come.
  if (WHEN_PRESENT.test(text.slice(sentence.start, phrase.start)) && WILL_MAIN_AFTER.test(text.slice(phrase.end, sentence.end))) return "future";
  // "Ruritania said weekend talks … will be held in Oslo": a day or weekend naming the talks that are
  // the subject takes the tense of their verb, after them.
  if (TALKS_NOUN_NEXT.test(text.slice(phrase.end, phrase.end + 20))) {
    const after = text.slice(phrase.end, Math.min(sentence.end, phrase.end + 100)).split(/[,;]/)[0]!;
    const nextFuture = after.search(FUTURE);
    const nextPast = after.search(PAST);
    if (nextFuture !== -1 || nextPast !== -1) return nextFuture !== -1 && (nextPast === -1 || nextFuture < nextPast) ? "future" : "past";
  }
  const window = text.slice(Math.max(sentence.start, phrase.start - TENSE_WINDOW), phrase.start);
  // Only the phrase's own clause: "… would be brief, dismissing the minister's claim on Monday" is past.
  // A comma inside a list of names ("with Norway, Chile and Peru in Oslo on Sunday") ends no clause.
  // Nor the main clause's verb before "after six hours of discussions …": "agreed to hold a fourth round after
  // more than six hours of discussions on Saturday" is the Saturday just past.
  // Nor the answer's verb before the act it answers: in "will not respond to the strike near Example early Friday" the
  // Friday is the strike's, which is done.
  const spent = Math.max(lastIndexOf(SPENT_TIME, window), lastEndOf(ANSWERED_ACT, window));
  // (A colon opens a clause of its own when a verb of its own follows the phrase: "pressure would continue: on Monday
  // the Treasury designated …"; not a list of what the verb before it did: "held five rounds: in Oslo on 12 April, …".)
  const colon = /^[^,;:]{0,60}?\b\p{L}+ed\b/u.test(text.slice(phrase.end, sentence.end)) ? window.lastIndexOf(": ") : -1;
  const before = window.slice(Math.max(lastClauseComma(window), window.lastIndexOf(";"), window.lastIndexOf(" - "), colon, spent) + 1);
  // "the option to restore the sanctions expires in October": a deadline told in the present is still ahead.
  if (DEADLINE_PRESENT_BEFORE.test(before)) return "future";
  // "a session that had been scheduled for early March was put off": a plan told in the pluperfect says nothing of
  // whether its day is still ahead; the nearest one is read.
  if (/\bhad\s+been\s+(?:\w+ly\s+)?(?:planned|scheduled|set|slated|due|pencill?ed\s+in)\s+for\s+$/i.test(before)) return undefined;
  const lastFuture = lastIndexOf(FUTURE, before);
  const lastPast = lastIndexOf(PAST, before);
  // "agreed to start": FUTURE matches from "to", after the past verb, so the day is ahead.
  if (lastFuture !== -1 || lastPast !== -1) return lastFuture > lastPast ? "future" : "past";
  // Words but no verb before it in its clause: past. Only a clause-opening phrase looks ahead.
  if (!/^\s*(?:(?:on|by|from|until|till|this|next|last|early|late|and|but|then)\s+)*$/i.test(before)) return undefined;
  // Names and titles may stand before the verb: "On Saturday, US envoy X and Iranian Foreign Minister Y are due to meet".
  const after = text.slice(phrase.end, Math.min(sentence.end, phrase.end + 120));
  const nextFuture = after.search(FUTURE);
  const nextPast = after.search(PAST);
  if (nextFuture !== -1 && (nextPast === -1 || nextFuture < nextPast)) return "future";
  return nextPast !== -1 ? "past" : undefined;
}

/**
 * A day listed after another in one sentence with no verb of its own ("held in Oslo on 12 April, a third round
 * in Bern on 26 April, and a fourth on 11 May"): the verb of the first governs the list, so it takes its tense.
 */
function isListedAfter(text: string, sentence: Sentence, earlier: Span, phrase: Span): boolean {
  const between = text.slice(earlier.end, phrase.start);
  if (between.includes(";") || !/,|\band\b/.test(between) || FUTURE.test(between)) return false;
  const rest = text.slice(phrase.end, sentence.end).split(/[,;]/)[0]!;
  return !FUTURE.test(rest);
}

/** "Of the eighteen banks designated on May 9:": the items after it are parts of one act, told apart by what they are, not when. */
const PARTITION_OPENING = /^(?:Of|Among)\s+(?:the|these|those)\b/;
/** A bullet or number opening a list item's line: "- ", "• ", "1. ", "(a) ". */
const LIST_ITEM_MARK = /(?:^|\n)[ \t]*(?:[-•*–]|\d{1,2}[.)]|\([a-z\d]\))[ \t]+$/;
/** Whether a phrase stands inside an aside of its sentence: between two spaced dashes, or in parentheses. */
function isInAside(text: string, sentence: Sentence, phrase: Span): boolean {
  const before = text.slice(sentence.start, phrase.start);
  const dashes = before.match(/\s[—–-]\s/g)?.length ?? 0;
  return dashes % 2 === 1 || (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
}

const DEADLINE_PRESENT_BEFORE = /\b(?:expires|lapses|runs out|terminates|takes effect|comes into force|enters into force)\s+(?:(?:in|on|by)\s+)?(?:(?:early|mid|late)[\s-]+|the\s+end\s+of\s+)?$/i;
const SPENT_TIME = /\b(?:after|following)\s+(?:more than\s+|nearly\s+|almost\s+|some\s+|about\s+)?(?:[\w-]+\s+)?(?:hours|days)\s+of\b/i;

/** The talks a date phrase may name as an adjective ("weekend talks"): fewer nouns than `TALKS`, which also counts "round" and "summit". */
const DATED_TALKS = "(?:talks|negotiations|meetings?|sessions?)";
/** Talks a date phrase names, right after it: "weekend talks", "Monday's meeting". */
export const TALKS_NOUN_NEXT = new RegExp(String.raw`^(?:['’]s)?\s+${DATED_TALKS}\b`, "i");
const WHEN_PRESENT = /^["“]?(?:When|Once|As soon as)\s+[^;]{0,160}?\b(?:sits|meets|arrives|lands|opens|begins|travels|holds|convenes|sit|meet|arrive|travel|hold|convene)\b/;
const WILL_MAIN_AFTER = /^[^.;]*?,\s+(?:[\w'’-]+\s+){0,4}(?:will|shall)\b/;
const LIST_COMMA = /^,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:,|\s+and\b)/;
function lastClauseComma(text: string): number {
  for (let at = text.lastIndexOf(","); at !== -1; at = text.lastIndexOf(",", at - 1)) if (!LIST_COMMA.test(text.slice(at))) return at;
  return -1;
}

/** A plan told in the past: "had been due to be held", "was scheduled for", "were set to meet". */
const SCHEDULED_PAST =
  /\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:due|scheduled|set|slated|expected|supposed|planned|meant)\s+(?:to|for)\b|\bhad\s+(?:planned|agreed|intended)\s+to\b|\bhad\s+(?:been\s+)?pencill?ed\s+in\s+for\b|(?:^\s*|\b(?:round|session|talks|meeting|negotiations)\s+(?:[^,.;]{0,60}?\s)?)(?:scheduled|planned|slated|set|due)\s+(?:to\s+\w+\s+(?:\w+\s+)?)?(?:for|on)\s*$/i;
/** Words saying a plan will not go ahead as planned. */
const CALLED_OFF = /\b(?:postpon\w*|cancel\w*|call(?:ed|s)?\s+off|put\s+off|delay(?:ed|s)?|reschedul\w*|scrapped|suspended|pushed\s+back|not\s+(?:go\s+ahead|take\s+place|be\s+held)|won['’]t\s+(?:go\s+ahead|take\s+place))\b/i;

const NEVER_HELD = new RegExp(String.raw`\b${NEVER_HELD_PATTERN}\b`, "i");
/** A plan said to be called off, in a past form: "was called off", "has been postponed", "never happened". */
const CALLED_OFF_DONE = new RegExp(
  String.raw`\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:postponed|put\s+off|${CANCELLED_PARTICIPLE})\b|\b${NEVER_HELD_PATTERN}\b`,
  "i",
);

/**
 * Whether a weekday names a planned day that is still ahead: a plan told in the past tense just before
 * the phrase ("which had been due to be held in Oslo on Sunday") in a sentence saying the plan
 * was called off or put back. Such news is reported before the day (a meeting already missed is not
 * "postponed"), so the day is the nearest one on or after publication. Without a postponement the
 * plan may well have been kept, and the ordinary past reading stands.
 */
function isScheduledAheadAt(text: string, sentence: Sentence, phrase: Span): boolean {
  const window = text.slice(Math.max(sentence.start, phrase.start - TENSE_WINDOW), phrase.start);
  // A comma inside a list of names ("with Norway, Chile and Peru in Oslo on Sunday") ends no clause.
  const before = window.slice(Math.max(lastClauseComma(window), window.lastIndexOf(";"), window.lastIndexOf(" - ")) + 1);
  // Told as narrative ("had been pencilled in for Monday …, was postponed after …"), the postponement may lie days back.
  return SCHEDULED_PAST.test(before) && CALLED_OFF.test(sentence.text) && !NARRATED_CALLED_OFF.test(sentence.text.slice(phrase.end - sentence.start));
}
const NARRATED_CALLED_OFF = /^[^.;]*?\b(?:was|were)\s+(?:postponed|put\s+off|delayed|called\s+off|cancell?ed)\s+(?:after|when|because|as)\b/i;

const GLOBAL = new Map<RegExp, RegExp>();
function lastIndexOf(re: RegExp, text: string): number {
  let global = GLOBAL.get(re);
  if (!global) {
    global = new RegExp(re.source, "gi");
    GLOBAL.set(re, global);
  }
  let last = -1;
  for (const match of matchesOf(global, text)) last = match.index;
  return last;
}

// ------------------------------------------------------------------------------------------ raw scan

type Part = "early" | "mid" | "late" | "week1" | "week2" | "week3" | "week4" | "lastweek" | "half1" | "half2";

/**
 * A month's year written as a reference: "that year" / "the previous year" count from the year last
 * written out in the text, "last year" / "this year" from the publication year.
 */
type YearReference = { base: "written" | "publication"; offset: number };

/** A date phrase as written, before it is resolved against the publication date. */
type RawPhrase = Span & { since: boolean } & (
    | {
        kind: "day";
        year?: number;
        month: number;
        day: number;
        endDay?: { month: number; day: number; year?: number };
        /** "on May 23 last year": the year told from the publication's. */
        yearOf?: YearReference;
        /** A weekday written with the date, and the span of both. */
        weekday?: number;
        weekdaySpan?: Span;
      }
    | { kind: "month"; year?: number; month: number; part?: Part; direction?: "past" | "future" | "following"; yearOf?: YearReference }
    | { kind: "year"; year: number; part?: Part }
    | { kind: "relative-day"; offset: number }
    /** "story-day": "later Friday", "earlier Friday" - the publication day when it is that weekday. */
    /** `dayOfMonth`: "Tuesday the 23rd", the weekday's day of its month. */
    /** "same": "That same Thursday", "on the same Saturday that the round was held" - the day the text last gave, when it is that weekday. */
    | { kind: "weekday"; weekday: number; direction: "past" | "future" | "tense" | "last-week" | "story-day" | "same"; dayOfMonth?: number }
    | { kind: "week"; offset: number; part?: "early" | "mid" | "late" | "earlier" | "later" }
    | { kind: "month-relative"; offset: number; part?: "earlier" | "later" }
    | { kind: "year-relative"; offset: number; part?: "earlier" | "later" }
    | { kind: "recent"; days: number }
    | { kind: "overnight" }
    | { kind: "coming"; days: number }
    | { kind: "season"; year?: number; from: number; to: number }
    | { kind: "weekend"; direction: "past" | "future" | "tense" }
    | { kind: "anaphor"; offset: number; alone?: boolean; past?: boolean }
    | { kind: "anaphor-span"; from: number; to: number; alone?: boolean }
    | { kind: "day-of-month"; day: number }
    | { kind: "anaphor-week"; offset: number }
    | { kind: "anaphor-weekday"; weekday: number; before?: boolean }
    /** `held`: the talks are past ("hours after the meeting ended"), so not a day they were only planned for. */
    | { kind: "anchor"; offset: number; windowDays?: number; unique?: boolean; held?: boolean; opening?: boolean }
    /** `untilPublished`: some day between the event's and publication ("After Example's killing, it said …"). */
    | { kind: "event-anchor"; offset: number; words: string[]; ordinal?: string | undefined; acted?: RegExp; untilPublished?: boolean }
    | { kind: "anaphor-month"; offset?: number }
    /** Months before or after the day the text last gave, to the month ("came a month after"); only alone in its sentence. */
    | { kind: "anaphor-months"; offset: number }
    /** An Iranian-calendar day written without its year ("on 9 Tir", "from 3 to 5 Mehr"). */
    | { kind: "solar-day"; month: number; day: number; endDay?: number }
  );

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

const MONTH_NAME_RE = new RegExp(String.raw`\b${MONTH}(?!\w)`, "i");
const CHRONO_REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

/**
 * chrono's strict English parser cut down to the parsers for dates that name their month and ISO dates
 * — the only results kept — which makes it several times faster.
 */
const DAY_PARSERS = new Set(["ENYearMonthDayParser", "ISOFormatParser", "ENMonthNameLittleEndianParser", "ENMonthNameMiddleEndianParser"]);
const dayChrono = chrono.strict.clone();
dayChrono.parsers = dayChrono.parsers.filter((parser) => DAY_PARSERS.has(parser.constructor.name));

const MONTH_OR_ISO_GLOBAL = new RegExp(String.raw`\b${MONTH}(?!\w)|\b\d{4}-\d{2}-\d{2}\b`, "gi");

/**
 * A day number as chrono's day parsers read it: digits or an ordinal word ("the sixth of February",
 * "twenty-first", "thirtieth"), case-insensitive as chrono's patterns are. A window without one can
 * give no result that is certain of its day (the only results kept), so chrono is not run on it.
 */
const DAY_NUMBER_RE = /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/i;

const WORD_AFTER_DAY = new RegExp(String.raw`(?<=\b\d{1,2}(?:st|nd|rd|th)?\s+)(?!${MONTH}(?![a-z]))[A-Z][a-z]+`, "g");

const NO_DAY_AFTER_DASH = /(?<=\d)\s*[-–—]\s*(?=(?:3[2-9]|[4-9]\d|\d{3,})\b)/g;

/** chrono run only on short windows around month names and ISO dates, not on the whole sentence. */
function parseDayWindows(text: string): { index: number; text: string; start: chrono.ParsedComponents; end: chrono.ParsedComponents | null }[] {
  const windows: [number, number][] = [];
  for (const match of matchesOf(MONTH_OR_ISO_GLOBAL, text)) {
    const from = Math.max(0, match.index - 16);
    const to = Math.min(text.length, match.index + match[0].length + 22);
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  const results: { index: number; text: string; start: chrono.ParsedComponents; end: chrono.ParsedComponents | null }[] = [];
  for (const [rawFrom, rawTo] of windows) {
    // Widen to word boundaries so a window never starts or ends inside a number or a word.
    let from = rawFrom;
    while (from > 0 && /\S/.test(text[from - 1]!)) from--;
    let to = rawTo;
    while (to < text.length && /\S/.test(text[to]!)) to++;
    // chrono reads "March 3 - 45 entities" as a range ending on the 32nd and then drops the date:
    // a dash before a number that can be no day is blanked out (same length, so offsets hold).
    // chrono drops "May 9 French Rafale jets" (it reads on into "Fr…"): a capitalised word right after a
    // day number, when it is no month, is blanked out too.
    const window = text
      .slice(from, to)
      .replace(NO_DAY_AFTER_DASH, (dash) => " ".repeat(dash.length))
      .replace(WORD_AFTER_DAY, (word) => " ".repeat(word.length));
    if (!DAY_NUMBER_RE.test(window)) continue;
    for (const result of dayChrono.parse(window, CHRONO_REFERENCE)) {
      results.push({ index: from + result.index, text: result.text, start: result.start, end: result.end ?? null });
    }
  }
  return results;
}

const WEEKDAY_INSIDE = new RegExp(`\\b${WEEKDAY}\\b`, "i");
/** A weekday just before a date, across an Iranian calendar date between them: "Monday, Tir 9 (June 30)", "Saturday 12 Mehr 1410 [4 October 2031]". */
const WEEKDAY_JUST_BEFORE = new RegExp(`\\b(${WEEKDAY})\\s*[,(]?\\s*(?:(?:\\d{1,2}\\s+)?${SOLAR_HIJRI_MONTH}(?:\\s+\\d{1,2})?(?:,?\\s+1[34]\\d\\d)?\\s*[,([]?\\s*)?(?:the\\s+)?$`, "i");

// The second day of a pair or a dashed range after the first: "on May 3 and 4", "on the night of May 9-10".
const SECOND_DAY_AFTER = new RegExp(String.raw`^(?:\s+(?:and|&)\s+(\d{1,2})\b(?!\s*(?:,|\d|${FULL_MONTH}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|[-–](\d{1,2})\b(?![\d-]|\s*${FULL_MONTH}))`);

/** Explicit day dates via chrono: must name a month or be ISO; slash dates are ambiguous and skipped. */
function scanDays(text: string, offset: number, phrases: RawPhrase[]) {
  for (const result of parseDayWindows(text)) {
    const start = result.start;
    if (!start.isCertain("month") || !start.isCertain("day")) continue;
    let phrase = result.text;
    let index = result.index;
    // Only dates that name their month ("March 3", "3 Mar 2031") or are ISO: chrono also reads
    // "Three days after" and "in the days" as dates relative to its reference, and "6/2" is ambiguous.
    if (!MONTH_NAME_RE.test(phrase) && !/\d{4}-\d{2}-\d{2}/.test(phrase)) continue;
    const lead = /^(?:(?:on|at|by|from|since|until|of|the)\s+)+/i.exec(phrase)?.[0].length ?? 0;
    phrase = phrase.slice(lead).trimEnd();
    index += lead;
    let year = start.isCertain("year") ? start.get("year")! : undefined;
    // chrono takes a count after the date for a two-digit year: "On May 9, 12 ships …" is not 2012.
    // News writes years in four digits, so a shorter one is the next words' number, not the date's.
    const shortYear = year === undefined ? null : /(?:,\s*|\s+)\d{1,3}$/.exec(phrase);
    if (shortYear) {
      phrase = phrase.slice(0, shortYear.index);
      year = undefined;
    }
    const month = start.get("month")!;
    const day = start.get("day")!;
    if (year !== undefined && !isRealDay(year, month, day)) continue;
    const raw: RawPhrase = { kind: "day", start: offset + index, end: offset + index + phrase.length, since: false, month, day };
    if (year !== undefined) raw.year = year;
    // "on May 23 last year", "on 4 March this year": the year words right after the phrase.
    const takeYearWords = () => {
      const yearWords = PUBLICATION_YEAR_AFTER.exec(text.slice(raw.end - offset, raw.end - offset + 16));
      if (!yearWords) return;
      raw.yearOf = YEAR_REFERENCES[yearWords[1]!.toLowerCase()]!;
      raw.end += yearWords[0].length;
    };
    if (year === undefined) takeYearWords();
    const end = result.end;
    if (end?.isCertain("day")) {
      const endDay: { month: number; day: number; year?: number } = { month: end.get("month")!, day: end.get("day")! };
      if (end.isCertain("year")) endDay.year = end.get("year")!;
      if (endDay.month !== month || endDay.day !== day) raw.endDay = endDay;
    }
    // Two days joined by "and": "on 3 and 4 May 2031", "on May 3 and 4" - the interval of both days.
    if (!raw.endDay) {
      const first = /(?<![\d,])(\d{1,2})\s+(?:and|&)\s+$/.exec(text.slice(Math.max(0, index - 10), index));
      // And a range written with a dash after the month: "on the night of May 9-10".
      const second = SECOND_DAY_AFTER.exec(text.slice(index + phrase.length, index + phrase.length + 12));
      const secondDay = second ? Number(second[1] ?? second[2]) : undefined;
      if (first && /^\d/.test(phrase) && Number(first[1]) < day) {
        raw.endDay = { month, day, ...(year === undefined ? {} : { year }) };
        raw.day = Number(first[1]);
        raw.start -= first[0].length;
      } else if (second && secondDay! > day && secondDay! <= 31 && (year === undefined || !/^[-–]/.test(second[0])) && /\d$/.test(phrase)) {
        raw.endDay = { month, day: secondDay!, ...(year === undefined ? {} : { year }) };
        raw.end += second[0].length;
      }
      // "on June 28 and 29 last year": the year words after the second day.
      if (raw.endDay && year === undefined && !raw.yearOf) takeYearWords();
    }
    // A weekday written with the date: inside chrono's text, or just before it ("Tuesday (March 4, 2031)").
    const inside = WEEKDAY_INSIDE.exec(phrase);
    const before = WEEKDAY_JUST_BEFORE.exec(text.slice(Math.max(0, index - 40), index));
    const weekdayWord = inside?.[0] ?? before?.[1];
    if (weekdayWord) {
      raw.weekday = WEEKDAY_NAMES.indexOf(weekdayWord.toLowerCase());
      // The words naming both, for evidence: "Tuesday (March 4, 2031)".
      const from = before && !inside ? Math.max(0, index - 40) + before.index : index;
      const closer = text[index + phrase.length];
      const closing = (closer === ")" && text.slice(from, index).includes("(")) || (closer === "]" && text.slice(from, index).includes("[")) ? 1 : 0;
      raw.weekdaySpan = { start: offset + from, end: offset + index + phrase.length + closing };
      // "Tuesday, March 4, 2031" and "TUESDAY 4 MARCH" are one phrase; "Tuesday (March 4, 2031)" keeps
      // the date alone as its phrase and the whole as `weekdaySpan`.
      if (closing === 0) raw.start = offset + from;
    }
    phrases.push(raw);
  }
}

const PART_WORDS: Record<string, Part> = {
  early: "early", "the start of": "early", "the beginning of": "early", "beginning of": "early", "start of": "early",
  mid: "mid", "mid-": "mid", middle: "mid", "the middle of": "mid", "middle of": "mid",
  late: "late", "the end of": "late", "end of": "late",
};
const PART = String.raw`(?:(early|mid|late|(?:the\s+)?(?:start|beginning|middle|end)\s+of)(?:-|\s+))?`;
/** Parts that only months have: "the second week of May", "the last week of June". */
const MONTH_PART = String.raw`(?:(early|mid|late|EARLY|MID|LATE|(?:the\s+)?(?:start|beginning|middle|end)\s+of|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+of|(?:the\s+)?(?:first|second|latter)\s+half\s+of)(?:-|\s+))?`;
const WEEK_PARTS: Record<string, Part> = { first: "week1", second: "week2", third: "week3", fourth: "week4", last: "lastweek", final: "lastweek" };

/**
 * Bulletins and logs write months in capitals ("AUG 2021"); taken only with a year, since a capitalised
 * "MAY" or "MAR" in a headline is as likely a word - or as the label opening a timeline's entry
 * ("* EARLY MAY - The navy sends …", see `scanMonthsAndYears`). chrono already reads capitals in day dates.
 */
const MONTH_CAPITALS = String.raw`(?:(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?(?=,?\s+\d{4})|(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?=\s+[-–—]\s|:\s))`;
const MONTH_RE = new RegExp(
  String.raw`\b${MONTH_PART}(${MONTH}|${MONTH_CAPITALS})(?:,?\s+(\d{4})|\s+(?:of\s+)?(that|the same|the previous|the preceding|the following|the next|last|this|next) year(?!['’]s)|\s+the year (before|after))?(?![\w-])`,
  "g",
);
/** The words of a month's year reference (MONTH_RE's fourth and fifth groups) and what they mean. */
const PUBLICATION_YEAR_AFTER = /^,?\s+(last|this|next)\s+year\b/i;
const YEAR_REFERENCES: Record<string, YearReference> = {
  that: { base: "written", offset: 0 },
  "the same": { base: "written", offset: 0 },
  "the previous": { base: "written", offset: -1 },
  "the preceding": { base: "written", offset: -1 },
  before: { base: "written", offset: -1 },
  "the following": { base: "written", offset: 1 },
  "the next": { base: "written", offset: 1 },
  after: { base: "written", offset: 1 },
  last: { base: "publication", offset: -1 },
  this: { base: "publication", offset: 0 },
  next: { base: "publication", offset: 1 },
};
const SEASON_RE = /\b(?:(?:the\s+)?(early|mid|late)[\s-]+)?(spring|summer|autumn|fall)\s+(?:of\s+)?((?:19[5-9]|20\d)\d)\b/gi;
/** Headings over what is still to come: calendars, diaries, agendas. */
const UPCOMING_HEADING = /\b(?:calendar|the week ahead|week ahead|coming up|what to watch|diary|agenda|upcoming|look(?:ing)? ahead|next week)\b/i;
const ENTRY_SEASON = /^(Spring|Summer|Autumn|Fall)(?=\s+[-–—]\s|:\s)/;
const SEASON_MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] };
/** "that" before a month name, unless it opens a clause ("said that March would be decisive"). */
const THAT_MONTH_BEFORE = /(?<!\b(?:said|says|say|warned|noted|added|believed?|believes|think|thinks|thought|hoped?|hopes|expects?|expected|knew|know|knows|so|such|now|given|means?|meant|shows?|showed|suggests?|suggested|claims?|claimed|announced|reported|insisted|argued|argues|agreed|decided|is|was|and)\s)\bthat\s+$/i;
const MONTH_EVENT_AFTER = /^\s+(?:(?:drone|missile|rocket|air|naval|border|cyber|suicide)\s+)?(?:war|strikes?|attacks?|raids?|talks|round|crisis|offensive|campaign|bombing|seizures?|escalation|ceasefire|meeting|session|summit|vote)\b/i;
const MONTH_CONTEXT = /\b(?:in|since|until|till|by|from|during|through|throughout|of|last|next|this|following|early|mid|late|before|after)[\s-]+$/i;
// Not a ship's build year ("the 2009-built tanker").
const YEAR_RE = new RegExp(String.raw`(?<![\w$.,/#-])${PART}((?:19[5-9]|20\d)\d)(?![\w%/]|[.,]\d|-\d|-built\b|\s*(?:%|percent|per cent))`, "g");
/**
 * "on the 26th": a day of the month with no month. Only after a preposition of time and before
 * punctuation or a word that cannot be the noun it numbers ("on the 26th floor", "the 3rd round" are not
 * days).
 */
const DAY_OF_MONTH_RE =
  /\b(?:on|by|until|till|from|since|before|after)\s+(the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?=\s*[,.;:)–—]|\s*$|\s+-\s|\s+(?:with|when|and|in|at|after|before|as|but|while|by|for|to|amid|following|against)\b)/gi;
const QUANTITY_AFTER = /^\s+(?!talks|negotiations|strikes|sanctions|elections|protests|attacks|accords|agreements|hostilities|sessions|rounds|riots|clashes)[a-z]+s\b/;

function partOf(word: string | undefined): Part | undefined {
  if (word === undefined) return undefined;
  const words = word.toLowerCase().replace(/\s+/g, " ").trim();
  const week = /^(?:the )?(\w+) week of$/.exec(words);
  if (week) return WEEK_PARTS[week[1]!];
  const half = /^(?:the )?(\w+) half of$/.exec(words);
  if (half) return half[1] === "first" ? "half1" : "half2";
  return PART_WORDS[words];
}

/**
 * Days written in digits: "19.11.2031" (a full stop: day first, as in Europe, unless the prose writes
 * month first), "14/05/2031" or "05/14/2031" (a slash: whichever order the numbers allow; "04/05/2031",
 * which both allow, is left unread rather than guessed), with a four- or two-digit year; "29-09-2031"
 * (a hyphen, as a European byline stamps it: read as a slash, and only with a four-digit year — "3-2-24"
 * is as likely a score or a code). A four-digit year first ("2031.05.09",
 * "2031/05/09", as Korean, Japanese and Chinese outlets stamp their stories) is always year-month-day.
 */
const NUMERIC_DAY_RE = /(?<![\d.,/:-])(\d{1,2})(?:([./])(\d{1,2})\2(\d{4}|\d{2})|(-)(\d{1,2})-(\d{4}))(?![\d./:%-]|\.\d|,\d)/g;
const YEAR_FIRST_DAY_RE = /(?<![\d.,/:-])((?:19|20)\d{2})([./])(\d{1,2})\2(\d{1,2})(?![\d./:%-]|\.\d|,\d)/g;
const US_CLOCK_AFTER = /^,?\s+\d{1,2}:\d{2}\s*(?:AM|PM|a\.m\.|p\.m\.)\s+(?:E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T)\b/i;

function scanNumericDays(text: string, offset: number, phrases: RawPhrase[], order: DayOrder | undefined) {
  if (!/\d[./-]\d/.test(text)) return;
  for (const match of matchesOf(NUMERIC_DAY_RE, text)) {
    const separator = match[2] ?? match[5];
    const a = Number(match[1]);
    const b = Number(match[3] ?? match[6]);
    const written = match[4] ?? match[7]!;
    const year = written.length === 2 ? 2000 + Number(written) : Number(written);
    let day: number;
    let month: number;
    if (a > 12) [day, month] = [a, b];
    else if (b > 12) [day, month] = [b, a];
    // A full stop says day first, as in Europe, unless the prose writes month first throughout: "05.06.2031"
    // over a US firm's "On March 2, 2031", "January 7, 2031" and "April 9, 2031" is 6 May.
    else if (separator === ".") [day, month] = order === "prose-month-first" ? [b, a] : [a, b];
    // "11/04/2031" either way: the order the document's prose writes its dates in decides.
    else if (order === "month-first" || order === "prose-month-first") [day, month] = [b, a];
    else if (order === "day-first") [day, month] = [a, b];
    // "03/07/31 04:45 PM EST": a clock in an American time zone writes the month first.
    else if (US_CLOCK_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 24))) [day, month] = [b, a];
    else continue;
    if (year < 1950 || year > 2099 || !isRealDay(year, month, day)) continue;
    phrases.push({ kind: "day", start: offset + match.index, end: offset + match.index + match[0].length, since: false, year, month, day });
  }
  for (const match of matchesOf(YEAR_FIRST_DAY_RE, text)) {
    const [year, month, day] = [Number(match[1]), Number(match[3]), Number(match[4])];
    if (!isRealDay(year, month, day)) continue;
    phrases.push({ kind: "day", start: offset + match.index, end: offset + match.index + match[0].length, since: false, year, month, day });
  }
}

/**
 * Days of the Iranian (Solar Hijri) calendar, as Iranian outlets write them in English: "Mehr 12, 1410",
 * "12 Mehr 1410", "on Saturday (Mehr 12, 1410)". Converted to the Gregorian day; without a year (often
 * followed by the Gregorian date in brackets, which chrono reads) the text is left to that date.
 */
function scanSolarHijriDays(text: string, offset: number, phrases: RawPhrase[]) {
  if (!SOLAR_HIJRI_CUE.test(text)) return;
  for (const match of matchesOf(SOLAR_HIJRI_DAY_RE, text)) {
    const name = (match[1] ?? match[4])!.toLowerCase();
    const month = SOLAR_HIJRI_MONTHS.indexOf(name === "amordad" ? "mordad" : name) + 1;
    const day = Number(match[2] ?? match[3]);
    const year = Number(match[5]);
    if (month === 0 || day < 1 || day > (month <= 6 ? 31 : 30)) continue;
    const gregorian = solarHijriToGregorian(year, month, day);
    phrases.push({ kind: "day", start: offset + match.index, end: offset + match.index + match[0].length, since: false, ...gregorian });
  }
  // Without a year: the day of the Iranian year nearest the writing (see "solar-day" in `resolveRaw`).
  for (const match of matchesOf(SOLAR_HIJRI_YEARLESS_RE, text)) {
    const start = offset + match.index;
    const end = start + match[0].length;
    if (phrases.some((p) => p.start < end && start < p.end)) continue;
    const name = (match[3] ?? match[4])!.toLowerCase();
    const month = SOLAR_HIJRI_MONTHS.indexOf(name === "amordad" ? "mordad" : name) + 1;
    const day = Number(match[1] ?? match[5]);
    const endDay = match[2] === undefined ? undefined : Number(match[2]);
    const last = month <= 6 ? 31 : 30;
    if (month === 0 || day < 1 || day > last || (endDay !== undefined && (endDay <= day || endDay > last))) continue;
    phrases.push({ kind: "solar-day", start, end, since: false, month, day, ...(endDay === undefined ? {} : { endDay }) });
  }
}
// Not a name with a number ("a Dey 9 missile battery", "the Bahman 4 radar"): a weapon, not a day.
const SOLAR_HIJRI_YEARLESS_RE = new RegExp(`\\b(?:(\\d{1,2})(?:\\s*(?:to|-|–)\\s*(\\d{1,2}))?\\s+(${SOLAR_HIJRI_MONTH})|(${SOLAR_HIJRI_MONTH})\\s+(\\d{1,2}))\\b(?!,?\\s+1[34]\\d\\d)(?!\\s+(?:[\\w-]+\\s+){0,2}(?:systems?|missiles?|batter(?:y|ies)|launchers?|radars?|defen[cs]es?|rockets?|drones?)\\b)`, "g");

/** The Iranian (Solar Hijri) year a Gregorian day falls in. */
function solarYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  const nowruz = solarHijriToGregorian(year - 621, 1, 1);
  return day >= makeDay(nowruz.year, nowruz.month, nowruz.day) ? year - 621 : year - 622;
}

const SOLAR_HIJRI_MONTHS = ["farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar", "mehr", "aban", "azar", "dey", "bahman", "esfand"];
const SOLAR_HIJRI_CUE = new RegExp(`\\b${SOLAR_HIJRI_MONTH}\\b`);
const SOLAR_HIJRI_DAY_RE = new RegExp(`\\b(?:(${SOLAR_HIJRI_MONTH})\\s+(\\d{1,2})|(\\d{1,2})\\s+(${SOLAR_HIJRI_MONTH}))(?:,\\s*|\\s+)(1[34]\\d\\d)\\b`, "gi");
/** The years of the 2,820-year cycle's breaks, as the standard algorithm (Borkowski; jalaali-js) gives them. */
const SOLAR_HIJRI_BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];

/** The Gregorian day of a Solar Hijri date: 1 Farvardin is Nowruz, the March equinox's day (20 or 21 March). */
export function solarHijriToGregorian(jy: number, jm: number, jd: number): { year: number; month: number; day: number } {
  const div = (a: number, b: number) => Math.trunc(a / b);
  const mod = (a: number, b: number) => a - Math.trunc(a / b) * b;
  const gy = jy + 621;
  let leapJ = -14;
  let jp = SOLAR_HIJRI_BREAKS[0]!;
  let jump = 0;
  for (let i = 1; i < SOLAR_HIJRI_BREAKS.length; i++) {
    const jm2 = SOLAR_HIJRI_BREAKS[i]!;
    jump = jm2 - jp;
    if (jy < jm2) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm2;
  }
  const n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapJ - leapG;
  const dayOfYear = jm <= 6 ? (jm - 1) * 31 + jd : 186 + (jm - 7) * 30 + jd;
  const date = new Date(Date.UTC(gy, 2, march) + (dayOfYear - 1) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** A timeline entry opening with a season ("Spring - The navy holds drills …"): its year is the heading's above. */
function scanEntrySeason(text: string, offset: number, phrases: RawPhrase[]) {
  const entrySeason = ENTRY_SEASON.exec(text);
  if (!entrySeason) return;
  const [from, to] = SEASON_MONTHS[entrySeason[1]!.toLowerCase()]!;
  phrases.push({ kind: "season", start: offset, end: offset + entrySeason[1]!.length, since: false, from, to });
}

function scanMonthsAndYears(text: string, offset: number, phrases: RawPhrase[], hasMonth: boolean) {
  const taken = () => phrases.map((p) => ({ start: p.start - offset, end: p.end - offset }));
  for (const match of /spring|summer|autumn|fall/i.test(text) ? matchesOf(SEASON_RE, text) : []) {
    const [from, to] = SEASON_MONTHS[match[2]!.toLowerCase()]!;
    phrases.push({ kind: "season", start: offset + match.index, end: offset + match.index + match[0].length, since: false, year: Number(match[3]), from, to });
  }

  let spans = taken();
  for (const match of hasMonth ? matchesOf(MONTH_RE, text) : []) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (spans.some((s) => overlaps(s, span))) continue;
    const [, partWord, monthWord, yearText, yearWords, yearBeforeAfter] = match;
    // "reimposed sanctions that November": the month of the year last written, as "in November that year".
    const thatMonth = yearText === undefined && yearWords === undefined && yearBeforeAfter === undefined && partWord === undefined && THAT_MONTH_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start));
    const yearOf = thatMonth ? YEAR_REFERENCES.that : YEAR_REFERENCES[(yearWords ?? yearBeforeAfter ?? "").toLowerCase()];
    // A bare month name needs context: "May" and "March" are also verbs. A timeline entry opening with
    // its month ("May: The ministry announces …") has it.
    if (
      yearText === undefined &&
      yearOf === undefined &&
      partWord === undefined &&
      !MONTH_CONTEXT.test(text.slice(Math.max(0, span.start - 12), span.start)) &&
      !(span.start === 0 && ENTRY_DATE_END.test(text.slice(span.end, span.end + 3))) &&
      // "the June war", "its March strikes": the month naming an event.
      // So does "a June drone attack": an article and up to two words before the event's noun.
      !(/\b(?:the|its|their|last|an?)\s+$/i.test(text.slice(Math.max(0, span.start - 6), span.start)) && MONTH_EVENT_AFTER.test(text.slice(span.end, span.end + 40))) &&
      // "The turning point was June.": the month as what a sentence ends on.
      !(/\b(?:was|is)\s+$/.test(text.slice(Math.max(0, span.start - 8), span.start)) && /^[.;]/.test(text.slice(span.end, span.end + 1)))
    )
      continue;
    if (!/^[A-Z]/.test(monthWord!)) continue;
    // In capitals and without a year, only as an entry's label: the sentence's first words.
    if (yearText === undefined && /^[A-Z]{3}/.test(monthWord!) && !(span.start === 0 && ENTRY_DATE_END.test(text.slice(span.end, span.end + 3)))) continue;
    const raw: RawPhrase = { kind: "month", start: offset + span.start, end: offset + span.end, since: false, month: monthOf(monthWord!) };
    if (yearText !== undefined) raw.year = Number(yearText);
    if (yearOf !== undefined) raw.yearOf = yearOf;
    const part = partOf(partWord);
    if (part) raw.part = part;
    const prefix = text.slice(Math.max(0, span.start - 6), span.start);
    if (/\blast\s+$/i.test(prefix)) raw.direction = "past";
    // "The following January": the first January after the date the narrative last gave.
    // So is "A second tranche followed in November": the next November after the date the narrative last gave.
    if (/\bfollowing\s+$|\bfollowed\s+in\s+$/i.test(text.slice(Math.max(0, span.start - 14), span.start)) && yearText === undefined) raw.direction = "following";
    if (/\bnext\s+$/i.test(prefix)) raw.direction = "future";
    phrases.push(raw);
  }
  spans = taken();
  for (const match of /\d(?:st|nd|rd|th)\b/.test(text) ? matchesOf(DAY_OF_MONTH_RE, text) : []) {
    const start = match.index + match[0].length - match[1]!.length;
    const span = { start, end: match.index + match[0].length };
    if (spans.some((s) => overlaps(s, span))) continue;
    phrases.push({ kind: "day-of-month", start: offset + span.start, end: offset + span.end, since: false, day: Number(match[2]) });
  }
  spans = taken();
  for (const match of /(?:19|20)\d\d/.test(text) ? matchesOf(YEAR_RE, text) : []) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (spans.some((s) => overlaps(s, span))) continue;
    const before = text.slice(Math.max(0, span.start - 6), span.start);
    if (/\b(?:post|pre)-$/i.test(before) || /\bNo\.?\s*$/.test(before)) continue;
    if (QUANTITY_AFTER.test(text.slice(span.end, span.end + 30))) continue;
    const raw: RawPhrase = { kind: "year", start: offset + span.start, end: offset + span.end, since: false, year: Number(match[2]) };
    const part = partOf(match[1]);
    if (part) raw.part = part;
    phrases.push(raw);
  }
}

interface RelativePattern {
  /** Lower-case words one of which the text must contain for the pattern to be tried (a cheap test). */
  needs: string[];
  re: RegExp;
  make: (match: RegExpExecArray) => DistributiveOmit<RawPhrase, "start" | "end" | "since"> | undefined;
}
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The verbs that tell a measure taken, as a sentence an anchor ("concurrently with the new order") points to tells it. */
const MEASURE_TAKEN = /\b(?:issued|signed|announced|imposed|designated|adopted|unveiled|sanctioned|blacklisted|listed)\b/i;

/** The event a phrase names, by its words: "the first Oslo round" → the round numbered first, "the Example bombing" → "Example", "bombing". */
function eventNamed(phrase: string): Omit<Extract<RawPhrase, { kind: "event-anchor" }>, "start" | "end" | "since"> {
  const words = phrase.split(/\s+/);
  return {
    kind: "event-anchor",
    offset: 0,
    words: words.filter((w) => w.length > 3 && !/^(?:the|this|that|last|their|its|his|her)$/i.test(w) && parseOrdinal(w) === undefined),
    // "Four days after the first Oslo round": the first round's day, not the latest round's.
    // Only a round's number tells one round from another: "the first Israeli strikes" are the strikes' start.
    ordinal: TALKS_NOUN.test(words.at(-1)!) ? words.find((w) => parseOrdinal(w) !== undefined) : undefined,
  };
}

const DETERMINERS = /^(?:the|this|that|its|his|her|their)$/i;
const DETERMINERS_AND_COUNTS = /^(?:the|this|that|its|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten)$/i;
/** The words an anchor names its event by: the noun phrase's words but `stop`, then the verb ("the order was signed" → order, signed). */
function eventWords(nounPhrase: string, verb: string, stop: RegExp): string[] {
  return [...nounPhrase.split(/\s+/).filter((w) => w.length > 1 && !stop.test(w)), verb];
}

/** Relative, anaphoric and anchored phrases; earlier patterns win over later overlapping ones. */
const RELATIVE_PATTERNS: RelativePattern[] = [
  {
    needs: ["window", "period", "span"],
    re: new RegExp(String.raw`\bwithin\s+(?:a|the)\s+(?:single\s+)?(\d+)-(hour|day)\s+(?:window|period|span)\s+(?:before|ahead of|preceding)\s+${TALKS_EVENT}`, "gi"),
    make: (m) => ({ kind: "anchor", offset: 0, windowDays: m[2]!.toLowerCase() === "hour" ? Math.ceil(Number(m[1]) / 24) : Number(m[1]) }),
  },
  {
    needs: ["hours"],
    re: new RegExp(String.raw`\b(?:(?:just|only|mere|some|a few|several)\s+)?hours\s+(before|after|ahead of)\s+${TALKS_EVENT}`, "gi"),
    // "Hours before the talks began": talks that began were held, as those "after" which something came.
    make: (m) => ({ kind: "anchor", offset: 0, held: m[1]!.toLowerCase() === "after" || /\b(?:began|opened|started|got under way)$/i.test(m[0]) }),
  },
  { needs: ["hours", "minutes"], re: new RegExp(String.raw`\bwithin\s+(?:hours|minutes)\s+of\s+${TALKS_EVENT}`, "gi"), make: () => ({ kind: "anchor", offset: 0 }) },
  { needs: ["eve", "day before"], re: new RegExp(String.raw`\b(?:on\s+the\s+eve\s+of|the\s+day\s+before)\s+${TALKS_EVENT}`, "gi"), make: () => ({ kind: "anchor", offset: -1 }) },
  { needs: ["day after"], re: new RegExp(String.raw`\bthe\s+day\s+after\s+${TALKS_EVENT}`, "gi"), make: () => ({ kind: "anchor", offset: 1 }) },
  // "On the morning the Oslo talks opened, a tanker was damaged …": the talks' own (first) day.
  {
    needs: ["morning", "the day the", "afternoon", "evening"],
    re: new RegExp(String.raw`\b(?:on\s+)?the\s+(?:morning|day|afternoon|evening)\s+(?:that\s+|when\s+)?(?:the\s+)?(?:[\w'-]+\s+){0,3}?${TALKS}\s+(?:opened|began|started|resumed|got under way)\b`, "gi"),
    make: () => ({ kind: "anchor", offset: 0, held: true, opening: true }),
  },
  {
    needs: ["as "],
    // "As the delegates arrived, a fire broke out at …": the talks' own day.
    re: new RegExp(
      String.raw`\b(?:even\s+)?as\s+(?:the\s+)?(?:${TALKS}\s+(?:concluded|ended|began|opened|got under way|were under way|wrapped up|closed)|${NEGOTIATORS}\s+(?:were\s+)?(?:settling in|settled in|arrived|arriving|sat down|sitting down|gathered|gathering))\b`,
      "gi",
    ),
    make: () => ({ kind: "anchor", offset: 0 }),
  },
  {
    needs: ["came ", "comes ", "happened ", "occurred ", "followed "],
    // "The raid came a week after a drone hit a depot": the act after "after" is dated
    // back from the day the text last gave (the shoot-down's), as "a week earlier" would be.
    // "came a month after" counts months, to the month: a month is not a fixed number of days.
    re: new RegExp(String.raw`(?<=\b(?:came|comes|happened|occurred|followed)\s+(?:(?:just|only|barely|nearly|almost|about|some|exactly|precisely)\s+)?)\b(${NUMBER})\s+(days?|weeks?|months?)\s+(after|before)\b(?=(\s+(?:his|her|its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:death|killing|assassination|strikes?|attacks?|seizure|raid|downing|arrest)\s*,\s+(?:when|as)\b)|)`, "gi"),
    // Only where the sentence gives no other date: "Monday's raid came a day after …" counts from Monday.
    // But "The reply came three days after her arrest, when the guards fired …": the act is the reply's,
    // counted on from the arrest the text last dated.
    make: (m) => {
      if (m[4] && !/^month/i.test(m[2]!)) {
        const noun = /(death|killing|assassination|strikes?|attacks?|seizure|raid|downing|arrest),/i.exec(m[4])![1]!.toLowerCase();
        const words = /^(?:death|killing|assassination)$/.test(noun) ? ["killed", "killing", "death", "died", "assassinated", "assassination"] : [noun.replace(/s$/, "")];
        return { kind: "event-anchor", offset: daysOf(m[1]!, m[2]!) * (m[3]!.toLowerCase() === "after" ? 1 : -1), words };
      }
      const sign = m[3]!.toLowerCase() === "after" ? -1 : 1;
      const unit = m[2]!.toLowerCase();
      if (unit.startsWith("month")) return { kind: "anaphor-months", offset: numberOf(m[1]!) * sign };
      // "came two weeks after": weeks are counted loosely (fifteen or thirteen days may be written
      // so): the days around the count, approximate. "A week after" is read as counted.
      if (unit.startsWith("week") && numberOf(m[1]!) > 1) {
        const days = daysOf(m[1]!, unit) * sign;
        return { kind: "anaphor-span", from: days - 3, to: days + 3, alone: true };
      }
      return { kind: "anaphor", offset: daysOf(m[1]!, unit) * sign, alone: true, past: true };
    },
  },
  {
    needs: ["coincid"],
    // "The third round was held in Oslo last Saturday. … That session coincided with a blast at …": the
    // session the text just dated, however many talks days the document has.
    re: /\b(?:That|This)\s+(?:session|meeting|round)\s+coincided\s+with\b/g,
    make: () => ({ kind: "anaphor", offset: 0 }),
  },
  {
    needs: ["coincid", "sidelines", "margins", "midst", "during"],
    // The talks as the time of something else, with no day of their own: only a document with one
    // talks day can say which (see `uniqueTalksDay`).
    re: new RegExp(
      String.raw`\b(?:coincid(?:ed|es|ing)\s+with|on\s+the\s+(?:sidelines|margins)\s+of|in\s+the\s+(?:midst|middle)\s+of|during)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?${TALKS}\b|\b(?:the\s+)?${TALKS}\s+coincided\s+with\b`,
      "gi",
    ),
    make: () => ({ kind: "anchor", offset: 0, unique: true }),
  },
  {
    needs: ["same"],
    // "On the same day the order was issued, the agency listed …": the day of the act the text dated before.
    // So is "On the same Saturday that the third round was held" (the round numbered third).
    re: new RegExp(String.raw`\b(?:on\s+)?the\s+same\s+(?:day|${WEEKDAY})\s+(?:that\s+|as\s+)?the\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:was|were)\s+(signed|issued|announced|adopted|published|imposed|released|seized|struck|hit|attacked|damaged|boarded|detained|held)\b`, "gi"),
    make: (m) => (/^held$/i.test(m[2]!) ? eventNamed(m[1]!) : { kind: "event-anchor", offset: 0, words: eventWords(m[1]!, m[2]!, DETERMINERS) }),
  },
  {
    needs: ["same"],
    // "On the same Friday as the Muscat talks": the talks' day.
    re: new RegExp(String.raw`\b(?:on\s+)?the\s+same\s+(?:day|${WEEKDAY})\s+as\s+the\s+((?:[\w'’-]+\s+){0,2}?${TALKS})\b`, "gi"),
    make: (m) => eventNamed(m[1]!),
  },
  {
    needs: ["hours after", "hours before", "shortly after", "minutes after"],
    // "Hours after the prisoners were freed, the ministry listed …": the day of the act the text dated before.
    // So is "Hours after the two envoys landed in Oslo".
    re: /\b(?:hours|minutes|shortly|moments)\s+(?:after|before)\s+the\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:(?:was|were|had\s+been)\s+(freed|released|signed|issued|announced|adopted|published|imposed|seized|struck|hit|attacked|damaged|boarded|detained)|(landed|arrived|returned))\b/gi,
    make: (m) => ({ kind: "event-anchor", offset: 0, words: eventWords(m[1]!, (m[2] ?? m[3])!, DETERMINERS_AND_COUNTS) }),
  },
  {
    needs: ["after the", "before the"],
    // "Ten days after the Example bombing": the day of the event the text dated before, shifted.
    // "Hours before the raids on the border": the raids' own day.
    re: new RegExp(String.raw`\b(?:(${NUMBER})\s+(days?|weeks?)|(?:(?:a\s+few|several|just)\s+)?hours)\s+(after|before)\s+the\s+((?:[\w'’-]+\s+){0,3}?(?:bombing|bombings|attack|attacks|strike|strikes|airstrike|airstrikes|barrage|salvo|seizure|assassination|killing|explosion|explosions|shoot-down|shootdown|raid|talks|round|session|meeting|order|notification|vote))\b(?:\s+(${alternation(TALKS_ENDED_VERBS)}))?`, "gi"),
    make: (m) => ({
      ...eventNamed(m[4]!),
      offset: m[1] === undefined ? 0 : daysOf(m[1], m[2]!) * (m[3]!.toLowerCase() === "before" ? -1 : 1),
      // "Two days after the talks adjourned": the day the text said they ended, not the day they opened.
      ...(m[5] !== undefined ? { words: [...TALKS_ENDED_VERBS] } : {}),
    }),
  },
  {
    needs: ["day the", "day that the", "same"],
    // "On the very day the first round opened, …": that round's own day.
    // And "On the same Tuesday the Vienna round opened".
    re: new RegExp(String.raw`\b(?:on\s+)?the\s+(?:(?:very\s+|same\s+)?day|same\s+${WEEKDAY})\s+(?:that\s+)?the\s+((?:[\w'’-]+\s+){0,2}?(?:round|talks|session|meeting|negotiations))\s+(?:opened|began|started|resumed|convened)\b`, "gi"),
    make: (m) => ({ ...eventNamed(m[1]!), offset: 0 }),
  },
  {
    needs: ["day of the"],
    // "On the day of the second round in Oslo, the president signed …": that round's own day.
    re: /\b(?:on\s+)?the\s+(?:very\s+|same\s+)?day\s+of\s+the\s+((?:[\w'’-]+\s+){0,3}?(?:talks|round|session|meeting|vote|strikes?|attacks?|seizure|raid))\b/gi,
    make: (m) => ({ ...eventNamed(m[1]!), offset: 0 }),
  },
  {
    needs: ["after the", "before the", "after ", "before "],
    // "A day before the Aster Star was taken", "The day after the Aster Star was seized": the day the text gave
    // for what befell the named ship (or order, or accord), shifted. An order named by its number needs no article:
    // "Two days after NSPM-9 was signed".
    re: new RegExp(String.raw`\b(?:(${NUMBER}|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+(days?|weeks?)|[Tt]he\s+(day))\s+(after|before)\s+(?:the\s+((?:[A-Z][\w'’-]*\s+){1,3})|([A-Z]{2,}[A-Z\d]*-?\d+\s+))(?:was|were|had\s+been)\s+(?:signed|issued|announced|adopted|imposed|seized|taken|struck|hit|attacked|damaged|boarded|detained|captured|shot\s+down|downed)\b`, "g"),
    make: (m) => ({
      kind: "event-anchor",
      offset: (m[3] === undefined ? daysOf(m[1]!, m[2]!) : 1) * (m[4]!.toLowerCase() === "before" ? -1 : 1),
      words: (m[5] ?? m[6]!).trim().split(/\s+/).filter((w) => w.length > 1),
    }),
  },
  {
    needs: ["evening", "night", "morning", "after that"],
    // "The following evening", "the next morning", "Two days after that": anaphoric, counted from the day before.
    re: new RegExp(String.raw`\b(?:the\s+(?:following|next)\s+(?:evening|night|morning|afternoon)|(${NUMBER})\s+(days?|weeks?)\s+after\s+that)\b`, "gi"),
    make: (m) => ({ kind: "anaphor", offset: m[1] ? daysOf(m[1], m[2]!) : 1 }),
  },
  {
    needs: ["after "],
    // "After Example's killing, the ministry said it was sending 500 troops": some day from the killing's to publication.
    // The possessor must be named where the act is told: "Example's killing" is not that of fighters killed in a raid told later.
    re: /^After\s+(?:the\s+|(\p{Lu}[\p{L}-]*)['’]s\s+)((?:[\w-]+\s+){0,2}?(?:killing|assassination|strikes|attacks|seizure|bombing|raids))(?=\s*,|\s+(?:it|they|he|she|the|\p{Lu}))/gu,
    make: (m) => ({
      kind: "event-anchor",
      offset: 0,
      words: m[2]!.split(/\s+/).filter((w) => w.length > 3),
      ...(m[1] ? { acted: new RegExp(`\\b${m[1]}\\b`, "u") } : {}),
      untilPublished: true,
    }),
  },
  {
    needs: ["concurrently", "simultaneously", "alongside", "along with", "together with", "in tandem with"],
    // "Concurrently with the new order, the office designated …", "Alongside the order, …": the day the text gave
    // for the order, not that of whatever sentence came last.
    re: /^(?:(?:Concurrently|Simultaneously)\s+with|Alongside|Along\s+with|Together\s+with|In\s+tandem\s+with)\s+(?:the|this|that|today['’]s)\s+((?:[\w'’-]+\s+){0,2}?(?:order|action|announcement|designations?|measures?|sanctions))(?=\s*,)/gi,
    // Only a sentence that tells the measure taken: not "The order follows the strike on January 3".
    make: (m) => ({ kind: "event-anchor", offset: 0, words: m[1]!.split(/\s+/).filter((w) => w.length > 3 && !/^(?:new|latest|same)$/i.test(w)), acted: MEASURE_TAKEN }),
  },
  {
    needs: ["concurrent", "simultaneous", "same time", "parallel", "coordinated", "related"],
    // "Concurrently, the ministry listed …" (press releases), "In a parallel action, the office designated …": the
    // day of the action before it.
    re: /^(?:Concurrently|Simultaneously|At the same time|In\s+(?:a\s+)?(?:parallel|concurrent|coordinated|simultaneous|related)\s+(?:action|move|step))\b/g,
    make: () => ({ kind: "anaphor", offset: 0 }),
  },
  {
    needs: ["hour", "minutes"],
    // "A few hours later", "An hour later", "Hours earlier", "Within an hour, another drone …": the antecedent's day (it may
    // cross midnight; the day is what the text supports); so is "Within hours of that salvo," (the act just told).
    // "Within hours of the session concluding" is anchored.
    re: new RegExp(String.raw`\b(?:(?:a\s+few|several|some|${NUMBER})\s+)?(?:hours|minutes)\s+(?:later|earlier)\b|\b(?:an|one)\s+hour\s+(?:later|earlier)\b|^Within\s+(?:an\s+hour|the\s+hour|(?:a\s+few\s+)?(?:hours|minutes))(?:\s+of\s+(?:that|this|the\s+same)\s+[\w-]+)?(?=\s*,)`, "gi"),
    make: () => ({ kind: "anaphor", offset: 0 }),
  },
  {
    needs: ["a.m.", "p.m."],
    // "shortly after 5 a.m., a rocket hit …", "At around 11:40 a.m., the army said …": a clock time
    // with no day of its own is on the day the story last gave.
    re: /(?:\b(?:(?:shortly|just|soon)\s+(?:after|before)|(?<![\w,]\s)at\s+(?:around|about|approximately|roughly)|^At)\s+\d{1,2}(?::\d{2})?\s*[ap]\.m\.)(?=\s*,)/gi,
    make: () => ({ kind: "anaphor", offset: 0 }),
  },
  {
    needs: ["local time"],
    // Inside a sentence, the local hour of an act ("approached the tanker at around 1 a.m. local time") is
    // on the story's day too, where the sentence gives no day of its own ("… local time on Friday"); not
    // a plan's hour ("will begin at about 10 a.m. local time").
    re: /(?<!\b(?:will|would|shall|to)\s+(?:[\w-]+\s+)?)\bat\s+(?:around|about|approximately|roughly)\s+\d{1,2}(?::\d{2})?\s*[ap]\.m\.(?=\s+local\s+time\b)/gi,
    make: () => ({ kind: "anaphor", offset: 0, alone: true }),
  },
  {
    needs: ["following", "next", "subsequent"],
    // "Over the following 9 days, the militia fired …": the antecedent's day and the days after it, as counted.
    re: new RegExp(String.raw`\b(?:over|during|in)\s+the\s+(?:following|next|subsequent)\s+(${NUMBER})\s+days\b`, "gi"),
    make: (m) => ({ kind: "anaphor-span", from: 0, to: numberOf(m[1]!) - 1 }),
  },
  {
    needs: ["following mon", "following tue", "following wed", "following thu", "following fri", "following sat", "following sun"],
    // "The following Monday, the minister resigned …": the first Monday after the day the text last gave.
    re: new RegExp(String.raw`\bthe\s+following\s+(${WEEKDAY})\b`, "gi"),
    make: (m) => ({ kind: "anaphor-weekday", weekday: WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase()) }),
  },
  {
    needs: ["following week", "following month", "previous week", "preceding week", "week before", "week earlier"],
    // "The previous week, the navy said, …": the week before the antecedent's.
    re: /\bthe\s+(following|previous|preceding)\s+week\b|\bthe\s+week\s+(?:before|earlier)(?=\s*[,.;:)]|\s*$)/gi,
    make: (m) => ({ kind: "anaphor-week", offset: m[1]?.toLowerCase() === "following" ? 1 : -1 }),
  },
  {
    needs: ["day", "date", "morning", "afternoon", "evening", "night"],
    // Not "on the same day that the prime minister was meeting …": the day of the clause after it, not the day
    // last given (but "announced the same day that it too had …" is the day last given, and what was announced).
    re: /\b(?:(?:later|earlier)\s+(?:that|the same)\s+(?:day|morning|afternoon|evening|night)|the\s+same\s+(?:day|date|morning|afternoon|evening|night)(?!\s+(?:that|as|when)\b)|(?<=\b(?:announced|said|says|confirmed|declared|stated)\s+(?:on\s+)?)the\s+same\s+(?:day|date)|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night))\b|\bon\s+the\s+day\b(?!\s+(?:of|that|when|before|after|it|he|she|they|we|I|the|a|an|his|her|their|its|which|where|in\s+question)\b|\s*['’-])/gi,
    make: () => ({ kind: "anaphor", offset: 0 }),
  },
  {
    needs: ["day before", "day after"],
    // "A sixth round was scheduled for Sunday 15 June. In the early hours of the Friday before, …".
    re: /\bthe\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(before|after)\b(?!\s+(?:the|last|next|that|it|its|their|a|an)\b)/g,
    make: (m) => ({ kind: "anaphor-weekday", weekday: WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase()), ...(m[2] === "before" ? { before: true } : {}) }),
  },
  {
    needs: ["less than", "fewer than", "more than"],
    // "Less than three weeks later": some day inside the count, approximate; "more than two weeks later", some
    // day in the week (or the two days) past it.
    re: new RegExp(String.raw`\b(less|fewer|more)\s+than\s+(${NUMBER})\s+(days?|weeks?)\s+later\b(?!,?\s+on\s+(?:${MONTH}\s+\d|\d{1,2}\s+${MONTH}))`, "gi"),
    make: (m) => {
      const days = daysOf(m[2]!, m[3]!);
      return m[1]!.toLowerCase() === "more" ? { kind: "anaphor-span", from: days + 1, to: days + (/^week/i.test(m[3]!) ? 7 : 2) } : { kind: "anaphor-span", from: 1, to: Math.max(1, days - 1) };
    },
  },
  {
    needs: ["day", "week"],
    // Not "less than a week later, on May 3": the day written after it is the date, the count only a gloss.
    re: new RegExp(String.raw`\b(?:the\s+(?:next|following)\s+day|(${NUMBER})\s+(days?|weeks?)\s+later)\b(?!,?\s+on\s+(?:${MONTH}\s+\d|\d{1,2}\s+${MONTH}))`, "gi"),
    make: (m) => ({ kind: "anaphor", offset: m[1] ? daysOf(m[1], m[2]!) : 1 }),
  },
  {
    needs: ["end of"],
    // "A third round is expected before the end of the month": this month, the rest of it.
    re: /\b(?:before|by|until)\s+the\s+end\s+of\s+(?:the|this)\s+month\b/gi,
    make: () => ({ kind: "month-relative", offset: 0 }),
  },
  {
    needs: ["of the month", "of this month", "of last month", "of next month"],
    // "ordered the carrier to the region at the beginning of the month", "in the middle of last month": that month.
    re: /\b(?:at|in|around|toward|towards)\s+the\s+(?:beginning|start|end|middle|turn)\s+of\s+(the|this|last|next)\s+month\b/gi,
    make: (m) => ({ kind: "month-relative", offset: { last: -1, next: 1 }[m[1]!.toLowerCase()] ?? 0 }),
  },
  {
    needs: ["month"],
    // "Seven months later, he ordered the strike": the month so many after the day or month the text last gave.
    re: new RegExp(String.raw`\b(${NUMBER})\s+months?\s+(later|earlier)\b`, "gi"),
    make: (m) => ({ kind: "anaphor-months", offset: numberOf(m[1]!) * (m[2]!.toLowerCase() === "later" ? 1 : -1) }),
  },
  {
    needs: ["days", "weeks"],
    // "Days later the army fires rockets …": some days after the day the text last gave, not a day of its own;
    // "Days earlier, the militia fired …": some days before it.
    re: new RegExp(String.raw`(?<!\b${NUMBER}\s+)\b(?:(?:a\s+few|several|some)\s+)?(days|weeks)\s+(later|earlier)\b`, "gi"),
    make: (m) => {
      const sign = m[2]!.toLowerCase() === "later" ? 1 : -1;
      const [near, far] = m[1]!.toLowerCase() === "days" ? [1, 9] : [7, 35];
      return sign > 0 ? { kind: "anaphor-span", from: near, to: far } : { kind: "anaphor-span", from: -far, to: -near };
    },
  },
  {
    needs: ["day", "days", "week", "evening", "night", "morning", "afternoon"],
    // "the day before" alone ("the previous evening", "the night before", "nine days before that" too); "two days before the third meeting" relates two events and dates neither.
    // "A week earlier" counts seven days back, as "a week later" counts seven on.
    // "Two days before it was due" counts back from the day the plan the text just gave was due.
    re: new RegExp(String.raw`\b(?:the\s+(?:previous|preceding)\s+(?:day|evening|night|morning|afternoon)|the\s+(?:day|evening|night|morning|afternoon)\s+before(?=\s*(?:[,.;:)]|$))|a\s+day\s+earlier|(${NUMBER})\s+(days?|weeks?)\s+(?:earlier|before(?:\s+that|\s+(?:it|they)\s+(?:was|were|had\s+been)\s+(?:due|set|scheduled|planned|supposed\s+to\s+(?:open|begin|start|convene)))?(?=\s*(?:[,.;:)]|$))))`, "gi"),
    make: (m) => ({ kind: "anaphor", offset: -(m[1] ? daysOf(m[1], m[2]!) : 1) }),
  },
  {
    needs: ["days", "weeks", "months"],
    re: /\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last|previous)\s+(?:few\s+|several\s+|couple\s+of\s+)?(days|weeks|months)\b|\brecent\s+(days|weeks)\b/gi,
    make: (m) => ({ kind: "recent", days: { days: 7, weeks: 28, months: 90 }[(m[1] ?? m[2])!.toLowerCase() as "days"] }),
  },
  {
    needs: ["hours", "days"],
    re: /\b(?:in|over|within|during)\s+the\s+(?:past|last|previous)\s+(\d{1,3})\s+(hours|days)\b/gi,
    make: (m) => ({ kind: "recent", days: m[2]!.toLowerCase() === "hours" ? Math.max(1, Math.ceil(Number(m[1]) / 24)) : Number(m[1]) }),
  },
  {
    needs: ["week", "month"],
    re: /\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(week|month)\b/gi,
    make: (m) => ({ kind: "recent", days: m[1]!.toLowerCase() === "week" ? 7 : 30 }),
  },
  {
    needs: ["overnight"],
    // "Struck … overnight", "overnight strikes": the night before the report. "Overnight into Friday",
    // "overnight on Thursday" are the weekday's, read by the weekday rule.
    re: new RegExp(String.raw`\bovernight\b(?!\s+(?:into|on|of|to|from|between|before|after)\b|\s+${WEEKDAY}\b)`, "gi"),
    make: () => ({ kind: "overnight" }),
  },
  {
    needs: ["coming", "next few"],
    re: /\b(?:in|over|during|within)\s+the\s+(?:coming|next\s+few)\s+(days|weeks)\b/gi,
    make: (m) => ({ kind: "coming", days: m[1]!.toLowerCase() === "days" ? 7 : 28 }),
  },
  {
    needs: ["weekend"],
    re: new RegExp(String.raw`\b(?:over\s+the\s+|(last|this|next|the\s+past)\s+)weekend\b|\bweekend(?=\s+${DATED_TALKS}\b)|(?<=\bthe\s)weekend(?=['’]s\s)`, "gi"),
    make: (m) => {
      const qualifier = m[1]?.toLowerCase();
      // "weekend talks": the weekend the tense says, as "this weekend".
      return { kind: "weekend", direction: qualifier === "next" ? "future" : qualifier === "this" || qualifier === undefined && !/^over/i.test(m[0]) ? "tense" : "past" };
    },
  },
  { needs: [" ago"], re: new RegExp(String.raw`\b(${NUMBER})\s+(day|week)s?\s+ago(?:\s+today)?\b`, "gi"), make: (m) => ({ kind: "relative-day", offset: -daysOf(m[1]!, m[2]!) }) },
  // "A week before yesterday's round the delegations met in Oslo": a count from a day the story names relative to its
  // own, opening its sentence (not a gloss beside a written day: "on Thursday, three days before yesterday's talks").
  {
    needs: ["yesterday's", "today's", "yesterday’s", "today’s"],
    re: new RegExp(String.raw`(?<=(?:^|[.!?]["”']?\s+|\n))(${NUMBER})\s+(day|week)s?\s+(before|after)\s+(yesterday|today)(?=['’]s\b)`, "gi"),
    make: (m) => ({ kind: "relative-day", offset: (m[4]!.toLowerCase() === "yesterday" ? -1 : 0) + daysOf(m[1]!, m[2]!) * (m[3]!.toLowerCase() === "after" ? 1 : -1) }),
  },
  {
    needs: ["yesterday", "today", "tonight", "tomorrow", "this morning", "this afternoon", "this evening"],
    re: /\b(yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening))\b/gi,
    make: (m) => ({ kind: "relative-day", offset: { yesterday: -1, tomorrow: 1 }[m[1]!.toLowerCase() as "yesterday"] ?? 0 }),
  },
  {
    needs: ["week after next"],
    // "pencilled in for the week after next": the week after the coming one.
    re: /\bthe\s+week\s+after\s+next\b/gi,
    make: () => ({ kind: "week", offset: 2 }),
  },
  {
    needs: ["week"],
    // "early in the coming week", "mid-next week": the coming week is the next one.
    // "Earlier in the week": this week's, before publication.
    re: /\b(?:(early|late|earlier|later|mid|(?:in\s+)?the\s+middle\s+of)[\s-]+)?(?:in\s+)?(last|this|next|the\s+coming|(?<=\b(?:[Ee]arlier|[Ll]ater)\s+in\s+)the)\s+week\b(?!\s+(?:of|before|after|that|when)\b)/gi,
    make: (m) => {
      const said = m[1]?.toLowerCase();
      const part = (said && /middle|mid/.test(said) ? "mid" : said) as "early" | "mid" | "late" | "earlier" | "later" | undefined;
      const offset = /coming$/i.test(m[2]!) ? 1 : { last: -1, this: 0, next: 1, the: 0 }[m[2]!.toLowerCase() as "last"];
      return { kind: "week", offset, ...(part ? { part } : {}) };
    },
  },
  {
    needs: ["month"],
    re: /\b(?:(earlier|later)\s+)?(last|this|next)\s+month\b/gi,
    make: (m) => {
      const part = m[1]?.toLowerCase() as "earlier" | "later" | undefined;
      return { kind: "month-relative", offset: { last: -1, this: 0, next: 1 }[m[2]!.toLowerCase() as "last"], ...(part ? { part } : {}) };
    },
  },
  {
    needs: ["month"],
    // "The council added its own listings later that month": the month of the date before it.
    re: /\b(?:(?:later|earlier)\s+(?:that|the same)\s+month|(?:that\s+)?the\s+same\s+month|that\s+same\s+month|in\s+that\s+month)\b/gi,
    make: () => ({ kind: "anaphor-month" }),
  },
  {
    needs: ["following month", "next month", "previous month", "preceding month", "month before", "month earlier"],
    // "In July 2031 the ministry sent jets; the following month a carrier arrived": the month after the one
    // the text last gave; with no month before it, none ("next month", without "the", is the calendar's).
    re: /\bthe\s+(following|next|previous|preceding)\s+month\b|\bthe\s+month\s+(?:before|earlier)(?=\s*[,.;:)]|\s*$)/gi,
    make: (m) => ({ kind: "anaphor-month", offset: m[1] === undefined || /^(?:previous|preceding)$/i.test(m[1]) ? -1 : 1 }),
  },
  {
    needs: ["year"],
    re: /\b(?:(earlier|later)\s+)?(last|this|next)\s+year\b/gi,
    make: (m) => {
      const part = m[1]?.toLowerCase() as "earlier" | "later" | undefined;
      return { kind: "year-relative", offset: { last: -1, this: 0, next: 1 }[m[2]!.toLowerCase() as "last"], ...(part ? { part } : {}) };
    },
  },
];

const WEEKDAY_RE = new RegExp(String.raw`\b(${WEEKDAY})(?:'s)?\b`, "g");
const WEEKDAY_BEFORE = /\b(?:(?:scheduled|slated|planned|set|due)\s+for|on|of|(?:that|the)\s+(?:same|very)|last|next|this|by|until|till|since|from|early|late|earlier|later|overnight|said|says|told|met|held|spoke|\w+ed)\s+$/i;
const POSSESSIVE_ACT_AFTER = /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|raids?|seizure|launch|test)\b/i;
/** A past verb right after a bare weekday: "Example Monday signed …", "Ruritania Friday announced …". */
const SUBJECT_VERB_AFTER = /^\s+(?:(?:also|formally|quietly|officially|again|jointly)\s+)?(?:[a-z]{2,}ed|said|met|held|told|took|made|began|sent|struck|hit|spoke|won|led|shot|brought|sought|set|put)\b/;
const WEEKDAY_AFTER = /^(?:\s+(?:morning|afternoon|evening|night)\b|['’]s\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|session|round|announcement|statement|action|designations?|strikes?|attacks?|seizure|decision|order|vote|launch|test)\b|\s*[,.;:)]|$)/i;

/**
 * Days of the calendar named by their feast or place in the year: "on New Year's Eve" and "on the last day of the
 * year" are read as "on December 31", their year from the writing.
 */
const HOLIDAY_RE = /\b(New\s+Year['’]s|Christmas)\s+(Eve|Day)\b|\bthe\s+(first|last|final)\s+day\s+of\s+the\s+year\b/g;
const HOLIDAYS: Record<string, { month: number; day: number }> = {
  "new year's eve": { month: 12, day: 31 },
  "new year's day": { month: 1, day: 1 },
  "christmas eve": { month: 12, day: 24 },
  "christmas day": { month: 12, day: 25 },
  first: { month: 1, day: 1 },
  last: { month: 12, day: 31 },
  final: { month: 12, day: 31 },
};

function scanHolidays(text: string, offset: number, phrases: RawPhrase[]) {
  for (const match of matchesOf(HOLIDAY_RE, text)) {
    const holiday = HOLIDAYS[match[3] ? match[3].toLowerCase() : `${match[1]!.replace(/\s+/g, " ").replace("’", "'")} ${match[2]}`.toLowerCase()]!;
    phrases.push({ kind: "day", start: offset + match.index, end: offset + match.index + match[0].length, since: false, ...holiday });
  }
}

function scanRelative(text: string, offset: number, phrases: RawPhrase[]) {
  const spans = phrases.map((p) => {
    const whole = p.kind === "day" && p.weekdaySpan ? p.weekdaySpan : p;
    return { start: whole.start - offset, end: whole.end - offset };
  });
  const lower = HAS_RELATIVE.test(text) ? text.toLowerCase() : undefined;
  for (const pattern of lower === undefined ? [] : RELATIVE_PATTERNS) {
    if (!pattern.needs.some((word) => lower!.includes(word))) continue;
    pattern.re.lastIndex = 0;
    for (let match = pattern.re.exec(text); match !== null; match = pattern.re.exec(text)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (spans.some((s) => overlaps(s, span))) continue;
      const made = pattern.make(match);
      if (!made) continue;
      spans.push(span);
      phrases.push({ ...made, start: offset + span.start, end: offset + span.end, since: false } as RawPhrase);
    }
  }
  for (const match of HAS_WEEKDAY.test(text) ? matchesOf(WEEKDAY_RE, text) : []) {
    const span = { start: match.index, end: match.index + match[1]!.length };
    if (spans.some((s) => overlaps(s, span))) continue;
    const before = text.slice(Math.max(0, span.start - 16), span.start);
    const after = text.slice(span.end, span.end + 24);
    // "On Saturday last" (Indian and British usage): the last such day.
    const lastAfter = /^\s+last\b(?!\s+(?:week|month|year|night|time))/i.exec(after);
    const qualifier = lastAfter ? "last" : /\b(last|next|this)\s+$/i.exec(before)?.[1]?.toLowerCase();
    // "The governor signed the bill Monday, the same day …": a bare weekday after its verb's object, as
    // American copy writes it, ends its phrase.
    // So does one before a function word: "would open in the Norwegian capital Thursday as planned", "resume Thursday in Oslo".
    const bareAfterObject = /\b[a-z]{3,}\s+$/.test(before) && /^\s*[,.;]|^\s+(?:as|in|at|to|after|before|with|amid|when|while)\s/.test(after) && !/\b(?:the|a|an|every|each|this|that|next|last|of|previous|following|coming|past|same)\s+$/i.test(before);
    // "President Jan Example Monday signed an order": a bare weekday between a named subject and its past verb.
    const betweenSubjectAndVerb = /\b\p{Lu}[\p{L}'’.-]+\s+$/u.test(before) && !/\b(?:The|A|An|This|That|Every|Each|Last|Next|On|By)\s+$/.test(before) && SUBJECT_VERB_AFTER.test(after);
    // "at about 9:15 p.m. ET Sunday": a clock time's day.
    const afterClock = /\d\s*(?:[ap]\.m\.|[ap]m)(?:\s+(?:[ECMP][SD]?T|GMT|UTC))?\s+$/i.test(before);
    // "killed in Wednesday's missile attack": a day's possessive names its attack wherever it stands; but not one
    // another act answers ("retaliation for Sunday's strikes"), nor a meeting whose tense the possessive hides.
    const possessive = POSSESSIVE_ACT_AFTER.test(after) && !/\b(?:for|after|since|before|following|to)\s+$/i.test(before);
    // "said on X after Monday's session": the session the day's possessive names, told after it.
    const sessionAfter = /\b(?:after|following)\s+$/i.test(before) && /^['’]s\s+(?:[\w-]+\s+)?(?:talks|meeting|session|round)\b/i.test(after);
    if (!WEEKDAY_BEFORE.test(before) && !(WEEKDAY_AFTER.test(after) && /\b(?:on|by)\s+$|^\s*$/i.test(before)) && !possessive && !sessionAfter && !bareAfterObject && !afterClock && !betweenSubjectAndVerb) continue;
    const direction = qualifier === "last" ? "past" : qualifier === "next" ? "future" : /\b(?:later|earlier)\s+$/i.test(before) ? "story-day" : /\b(?:that|the)\s+(?:same|very)\s+$/i.test(before) ? "same" : "tense";
    let start = span.start;
    if (qualifier && !lastAfter) start -= /\b(?:last|next|this)\s+$/i.exec(before)![0].length;
    // "on Tuesday the 23rd": the weekday's day of the month, written after it.
    const ordinalDay = lastAfter ? null : /^\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b/i.exec(after);
    const end = lastAfter ? span.end + lastAfter[0].length : ordinalDay ? span.end + ordinalDay[0].length : span.end;
    phrases.push({
      kind: "weekday",
      weekday: WEEKDAY_NAMES.indexOf(match[1]!.toLowerCase()),
      direction,
      start: offset + start,
      end: offset + end,
      since: false,
      ...(ordinalDay ? { dayOfMonth: Number(ordinalDay[1]) } : {}),
    });
  }
}

/** A clock time ("11:40 a.m."): read as the day the story last gave (see RELATIVE_PATTERNS). */
const CLOCK_TIME = /\d\s*[ap]\.m\./i;

/**
 * One pass of one regular expression tells which scanners a sentence needs (chrono is the slowest by
 * far): month names or ISO dates, digits, relative words, weekdays.
 */
const FAMILIES = new RegExp(
  String.raw`(\d{4}-\d{2}-\d{2})|(\d)|\b(${MONTH})(?!\w)|\b(hours?|minutes|eve|days?|weeks?|weekend|months?|year|yesterday|today|tonight|tomorrow|morning|afternoon|evening|night|overnight|coincid(?:ed|es|ing)|sidelines|margins|midst|during|concurrently|simultaneously|same\s+time|same\s+date|as\s+(?:the\s+)?(?:${TALKS}|${NEGOTIATORS})|(?<![\s\S])after(?=\s+(?:the\s|[A-Z][\w-]*['’]s\s))|(?<![\s\S])(?:alongside|along\s+with|together\s+with|in\s+tandem\s+with)(?=\s+(?:the|this|that)\s))\b|((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`,
  "gi",
);
const HAS_RELATIVE = new RegExp(
  String.raw`\b(?:hours?|minutes|eve|days?|weeks?|weekend|months?|year|yesterday|today|tonight|tomorrow|morning|afternoon|evening|night|overnight|coincid(?:ed|es|ing)|sidelines|margins|midst|during|concurrently|simultaneously|same\s+time|same\s+date|same\s+${WEEKDAY})\b|^in\s+(?:a\s+)?(?:parallel|concurrent|coordinated|simultaneous|related)\s+(?:action|move|step)\b|\bas\s+(?:the\s+)?(?:${TALKS}|${NEGOTIATORS})\b|\bfollowing\s+${WEEKDAY}|${CLOCK_TIME.source}|^after\s+(?:the\s|[A-Z][\w-]*['’]s\s)|^(?:alongside|along\s+with|together\s+with|in\s+tandem\s+with)\s+(?:the|this|that)\s`,
  "i",
);
const HAS_WEEKDAY = /(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** "prose-month-first": month first, and written so often in words that it outweighs a full stop's European order. */
type DayOrder = "month-first" | "prose-month-first" | "day-first";
const MONTH_FIRST_RE = new RegExp(String.raw`\b${FULL_MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`, "g");
const DAY_FIRST_RE = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${FULL_MONTH}\s+\d{4}\b`, "g");

/**
 * The order a document writes its dates in, from its full dates in words ("May 9, 2031" against
 * "9 May 2031"): a clear majority of one, or none. It reads slash dates that could be either.
 */
function dayOrderOf(text: string): DayOrder | undefined {
  if (!/\d[./-]\d{1,2}[./-]\d/.test(text)) return undefined;
  const monthFirst = matchesOf(MONTH_FIRST_RE, text).length;
  const dayFirst = matchesOf(DAY_FIRST_RE, text).length;
  if (monthFirst >= 3 && dayFirst === 0) return "prose-month-first";
  if (monthFirst > 2 * dayFirst) return "month-first";
  if (dayFirst > 2 * monthFirst) return "day-first";
  return undefined;
}

/** Every date phrase in a piece of text, unresolved, in order of appearance. */
function scanText(text: string, offset: number, order?: DayOrder): RawPhrase[] {
  let month = false;
  let digit = false;
  let relative = false;
  FAMILIES.lastIndex = 0;
  for (let match = FAMILIES.exec(text); match !== null; match = FAMILIES.exec(text)) {
    if (match[1] !== undefined || match[3] !== undefined) month = true;
    if (match[1] !== undefined || match[2] !== undefined) digit = true;
    if (match[4] !== undefined || match[5] !== undefined) relative = true;
    if (month && digit && relative) break;
  }
  FAMILIES.lastIndex = 0;
  // "At around 11:40 a.m., …": a clock time is read as a day the story gave (see RELATIVE_PATTERNS).
  if (digit && !relative && CLOCK_TIME.test(text)) relative = true;
  const phrases: RawPhrase[] = [];
  scanEntrySeason(text, offset, phrases);
  if (!month && !digit && !relative) return phrases;
  if (month) scanDays(text, offset, phrases);
  if (digit) {
    scanSolarHijriDays(text, offset, phrases);
    scanNumericDays(text, offset, phrases, order);
  }
  if (month || digit) scanMonthsAndYears(text, offset, phrases, month);
  if (relative) {
    scanRelative(text, offset, phrases);
    scanHolidays(text, offset, phrases);
  }
  for (const phrase of phrases) {
    const before = text.slice(Math.max(0, phrase.start - offset - 10), phrase.start - offset);
    // "since March, when the coast guard held …", "since March 2031, after a rocket attack killed …": the
    // clause after it happened at X itself, not over the interval.
    // Nor does "since the June 2031 killing of …": the day names the act that follows it.
    if (/\bsince\s+the\s+$/i.test(before) && SINCE_ACT_AFTER.test(text.slice(phrase.end - offset, phrase.end - offset + 40))) continue;
    // Not "since March's detention of the freighter": the month is the detention's, which the state since began with.
    if (/\bsince\s+(?:the\s+)?$/i.test(before) && !/^(?:,?\s+(?:when|after)\b|['’]s\s)/.test(text.slice(phrase.end - offset, phrase.end - offset + 8))) phrase.since = true;
  }
  // "its largest action since 2018", "the third such plant targeted since March": a yardstick, the time of no act told.
  return phrases.filter((phrase) => !(phrase.since && COMPARED_SINCE.test(text.slice(Math.max(0, phrase.start - offset - 80), phrase.start - offset)))).sort((a, b) => a.start - b.start || b.end - a.end);
}

// ---------------------------------------------------------------------------------------- resolution

interface ResolveEnv {
  /** The publication day, when known to the day. */
  day: string | null;
  /** The last day written that is not after publication: what a past count ("came a week after") counts from. */
  previousPastDay?: string | undefined;
  /** The publication year, when known at all. */
  year: number | null;
  /** Whether the phrase speaks of the future; computed only for phrases whose reading depends on it. */
  future: () => boolean;
  /** Whether a past verb governs the phrase ("On 5 January, patrol boats circled …"): never a day still ahead. */
  past?: () => boolean;
  /** Whether the sentence says the plan was called off ("the fourth, set for May 9, was called off"). */
  calledOff?: () => boolean;
  /** Whether it says the plan never happened ("set for Oslo on May 9, never took place"): its day is past. */
  neverHeld?: () => boolean;
  /** Whether a weekday is a called-off plan's day, still ahead (see `isScheduledAheadAt`). */
  scheduledAhead?: () => boolean;
  previousDay: string | undefined;
  /** The month of the previous day- or month-precise date, and its day if it has one ("on the 26th"). */
  previousMonth?: { year: number; month: number; day?: number } | undefined;
  /** Whether `previousMonth` was written in this sentence or the one before ("in May 2021 … Days later"). */
  monthJustWritten?: boolean;
  /** A span of days written after `previousDay` ("in late April"): what "days later" counts from. */
  previousSpan?: { start: string; end: string } | undefined;
  /** In an undated document, the year last written out: the year of a day or month written without one. */
  writtenYear?: number | undefined;
  talksDay: string | undefined;
  /** For "N days after the X bombing": the day of the latest earlier sentence that names X and a day. */
  eventDay?: string | undefined;
}

/** The year for a month/day written without one: nearest to publication, biased to the past (or future). */
function chooseYear(month: number, day: number, env: ResolveEnv): number | undefined {
  if (env.day === null) return undefined;
  const pubYear = Number(env.day.slice(0, 4));
  const years = [pubYear - 1, pubYear, pubYear + 1];
  return years[nearestReading(years.map((year) => toDayNumber(makeDay(year, month, Math.min(day, daysInMonth(year, month))))), env.day, env)];
}

/**
 * Which of a day's possible readings (day numbers, one per candidate year) the writing means: the nearest
 * to publication, biased to the past, or to the future when the phrase speaks of it.
 */
function nearestReading(readings: number[], publicationDay: string, env: ResolveEnv): number {
  const pub = toDayNumber(publicationDay);
  // A plan reported as called off is news near its day, before or after it: the nearest reading, no side preferred.
  const future = env.future() && !env.calledOff?.();
  let best = 0;
  let bestScore = Number.POSITIVE_INFINITY;
  readings.forEach((candidate, i) => {
    const distance = Math.abs(candidate - pub);
    const wrongSide = future ? candidate < pub : candidate > pub;
    // A past verb rules out a day weeks ahead: a review of the year published on 20 December means last January.
    // So does a plan that "never took place": its day has gone by.
    const score = distance + (wrongSide ? (!future && candidate - pub > 7 && (env.past?.() || env.neverHeld?.()) ? 400 : 120) : 0);
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

const approx = (day: string) => `${day}~`;
const interval = (a: string, b: string) => (a === b ? a : `${a}/${b}`);

interface Resolution {
  date: FuzzyDate;
  method: ResolvedDate["method"];
  /** Set when the written weekday contradicts the date. */
  contradiction?: { written: string; actual: string };
}

function partInterval(year: number, month: number, part: Part): FuzzyDate {
  const last = daysInMonth(year, month);
  const ranges: Record<Part, [number, number]> = {
    early: [1, 10],
    mid: [11, 20],
    late: [21, last],
    week1: [1, 7],
    week2: [8, 14],
    week3: [15, 21],
    week4: [22, 28],
    lastweek: [last - 6, last],
    half1: [1, 15],
    half2: [16, last],
  };
  const [from, to] = ranges[part];
  return `${approx(makeDay(year, month, from))}/${approx(makeDay(year, month, to))}`;
}

function mondayOf(day: string): string {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

function resolveRaw(raw: RawPhrase, env: ResolveEnv): Resolution | undefined {
  switch (raw.kind) {
    case "day": {
      const year = raw.year ?? (raw.endDay?.year !== undefined ? raw.endDay.year : env.day === null ? env.writtenYear : chooseYear(raw.month, raw.day, env));
      if (year === undefined || !isRealDay(year, raw.month, raw.day)) return undefined;
      // A year taken from the narrative that the written weekday contradicts is not the text's year.
      const guessed = raw.year === undefined && raw.endDay?.year === undefined && env.day === null;
      const method = "explicit";
      let date = makeDay(year, raw.month, raw.day);
      if (raw.endDay) {
        const endYear = raw.endDay.year ?? year;
        if (!isRealDay(endYear, raw.endDay.month, raw.endDay.day)) return undefined;
        const end = makeDay(endYear, raw.endDay.month, raw.endDay.day);
        if (end > date) return { date: `${date}/${end}`, method };
      }
      if (raw.weekday !== undefined && weekdayOf(date) !== raw.weekday) {
        if (guessed) return undefined;
        // The nearest day with the written weekday: the other possible reading.
        const diff = (raw.weekday - weekdayOf(date) + 7) % 7;
        const other = addDays(date, diff <= 3 ? diff : diff - 7);
        const [a, b] = other < date ? [other, date] : [date, other];
        const written = WEEKDAY_NAMES[raw.weekday]!;
        const actual = WEEKDAY_NAMES[weekdayOf(date)]!;
        date = `${a}?/${b}?`;
        return { date, method, contradiction: { written, actual } };
      }
      return { date, method };
    }
    case "month": {
      let year = raw.year;
      if (year === undefined && env.day === null) {
        // "Last July" counts from the writing, which an undated text does not give.
        year = raw.direction === undefined ? env.writtenYear : undefined;
      } else if (year === undefined && env.day !== null) {
        const future = raw.direction === "future" || (raw.direction === undefined && env.future());
        const pubMonth = Number(env.day.slice(5, 7));
        const pubYear = Number(env.day.slice(0, 4));
        if (raw.direction === "past") year = raw.month < pubMonth ? pubYear : pubYear - 1;
        else if (future) year = raw.month >= pubMonth ? pubYear : pubYear + 1;
        else year = raw.month <= pubMonth ? pubYear : pubYear - 1;
      }
      if (year === undefined) return undefined;
      if (raw.part) return { date: partInterval(year, raw.month, raw.part), method: "approximate" };
      return { date: `${pad(year, 4)}-${pad(raw.month)}`, method: "explicit" };
    }
    case "year": {
      if (raw.part === "early") return { date: `${raw.year}-01~/${raw.year}-04~`, method: "approximate" };
      if (raw.part === "mid") return { date: `${raw.year}-05~/${raw.year}-08~`, method: "approximate" };
      if (raw.part === "late") return { date: `${raw.year}-09~/${raw.year}-12~`, method: "approximate" };
      return { date: String(raw.year), method: "explicit" };
    }
    case "relative-day":
      return env.day === null ? undefined : { date: addDays(env.day, raw.offset), method: "relative" };
    case "weekday": {
      if (env.day === null) return undefined;
      if (raw.direction === "last-week") return { date: addDays(mondayOf(env.day), -7 + ((raw.weekday + 6) % 7)), method: "relative" };
      // "Tuesday the 23rd": the nearest day, within two months either side, that is both, on the side the tense gives.
      if (raw.dayOfMonth !== undefined) {
        const ahead = raw.direction === "future" || (raw.direction !== "past" && env.future());
        for (let offset = 0; offset <= 62; offset++) {
          const day = addDays(env.day, ahead ? offset : -offset);
          if (Number(day.slice(8, 10)) === raw.dayOfMonth && weekdayOf(day) === raw.weekday) return { date: day, method: "relative" };
        }
        return undefined;
      }
      // "That same Thursday": the day the text last gave, if a Thursday; else the Thursday the tense gives.
      if (raw.direction === "same" && env.previousDay !== undefined && weekdayOf(env.previousDay) === raw.weekday) return { date: env.previousDay, method: "anaphoric" };
      const pubWeekday = weekdayOf(env.day);
      // "set to reconvene later Friday" in a Friday story: that day, not the Friday after.
      if (raw.direction === "story-day" && raw.weekday === pubWeekday) return { date: env.day, method: "relative" };
      // Otherwise a story-day weekday reads as the tense says, like one with no qualifier.
      const byTense = raw.direction === "tense" || raw.direction === "story-day" || raw.direction === "same";
      if (byTense && env.scheduledAhead?.()) return { date: addDays(env.day, (raw.weekday - pubWeekday + 7) % 7), method: "relative" };
      const future = raw.direction === "future" || (byTense && env.future());
      if (future) {
        const ahead = (raw.weekday - pubWeekday + 7) % 7 || 7;
        return { date: addDays(env.day, ahead), method: "relative" };
      }
      let back = (pubWeekday - raw.weekday + 7) % 7;
      // "last Monday" in a Tuesday story: the Monday of the week before (yesterday would be "yesterday" or "on Monday").
      if (raw.direction === "past" && back <= 1) back += 7;
      return { date: addDays(env.day, -back), method: "relative" };
    }
    case "week": {
      if (env.day === null) return undefined;
      const monday = addDays(mondayOf(env.day), raw.offset * 7);
      const sunday = addDays(monday, 6);
      if (raw.part === "early") return { date: `${approx(monday)}/${approx(addDays(monday, 2))}`, method: "approximate" };
      if (raw.part === "mid") return { date: `${approx(addDays(monday, 1))}/${approx(addDays(monday, 3))}`, method: "approximate" };
      if (raw.part === "late") return { date: `${approx(addDays(monday, 3))}/${approx(sunday)}`, method: "approximate" };
      if (raw.part === "earlier" && raw.offset === 0) return env.day === monday ? undefined : { date: interval(monday, addDays(env.day, -1)), method: "relative" };
      if (raw.part === "later" && raw.offset === 0) return env.day === sunday ? undefined : { date: interval(addDays(env.day, 1), sunday), method: "relative" };
      return { date: `${monday}/${sunday}`, method: "relative" };
    }
    case "month-relative": {
      if (env.day === null) return undefined;
      const y = Number(env.day.slice(0, 4));
      const m = Number(env.day.slice(5, 7)) + raw.offset;
      const year = m < 1 ? y - 1 : m > 12 ? y + 1 : y;
      const month = ((m + 11) % 12) + 1;
      if (raw.part === "earlier" && raw.offset === 0) {
        const first = makeDay(year, month, 1);
        return first === env.day ? undefined : { date: interval(first, addDays(env.day, -1)), method: "relative" };
      }
      return { date: `${pad(year, 4)}-${pad(month)}`, method: "relative" };
    }
    case "year-relative": {
      if (env.year === null) return undefined;
      const year = env.year + raw.offset;
      if (raw.part === "earlier" && raw.offset === 0 && env.day !== null) {
        const first = `${year}-01-01`;
        return first === env.day ? undefined : { date: interval(first, addDays(env.day, -1)), method: "relative" };
      }
      return { date: String(year), method: "relative" };
    }
    case "recent":
      return env.day === null ? undefined : { date: `${approx(addDays(env.day, -raw.days))}/${approx(env.day)}`, method: "approximate" };
    case "overnight":
      // The night before a report straddles two dates and the hour of publication is rarely known:
      // the publication day and the day before, approximate.
      return env.day === null || env.future() ? undefined : { date: `${approx(addDays(env.day, -1))}/${approx(env.day)}`, method: "approximate" };
    case "coming":
      return env.day === null ? undefined : { date: `${approx(addDays(env.day, 1))}/${approx(addDays(env.day, raw.days))}`, method: "approximate" };
    case "season":
      if (raw.year === undefined) return undefined;
      return { date: `${raw.year}-${pad(raw.from)}~/${raw.year}-${pad(raw.to)}~`, method: "approximate" };
    case "weekend": {
      if (env.day === null) return undefined;
      const future = raw.direction === "future" || (raw.direction === "tense" && env.future());
      const weekday = weekdayOf(env.day);
      // Past: the latest Saturday-Sunday ending on or before publication; future: the next one after it. "Next
      // weekend" written on a Saturday is the one after the weekend it was written in.
      const ahead = raw.direction === "future" && weekday === 6 ? 8 : (7 - weekday) % 7 || 7;
      const sunday = future ? addDays(env.day, ahead) : addDays(env.day, -weekday);
      return { date: `${addDays(sunday, -1)}/${sunday}`, method: "relative" };
    }
    case "day-of-month": {
      // "on the 26th": in the month of the date before it, and only after that date's day (a day before
      // it would mean the next month, which the text does not say).
      const ref = env.previousMonth;
      if (ref === undefined || (ref.day !== undefined && raw.day <= ref.day) || !isRealDay(ref.year, ref.month, raw.day)) return undefined;
      return { date: makeDay(ref.year, ref.month, raw.day), method: "explicit" };
    }
    case "anaphor": {
      // "The meeting came a week after …" counts back from a day lived, not from talks announced for next week.
      // So does a past act counted from a day still ahead ("Friday's meeting will be the first since they met on
      // June 20. … two days later the United States struck"): the count is from the last day lived.
      const aheadForPast = !raw.past && raw.offset > 0 && env.previousDay !== undefined && env.day !== null && addDays(env.previousDay, raw.offset) > env.day && env.past?.() === true;
      const from = raw.past || aheadForPast ? env.previousPastDay : env.previousDay;
      return from === undefined ? undefined : { date: addDays(from, raw.offset), method: "anaphoric" };
    }
    case "solar-day": {
      if (env.day === null) return undefined;
      // In the Iranian year of the writing, the one before or the one after: the reading `nearestReading` picks.
      const pubYear = solarYearOf(env.day);
      const solarDay = (jy: number, day: number) => {
        const g = solarHijriToGregorian(jy, raw.month, day);
        return makeDay(g.year, g.month, g.day);
      };
      const years = [pubYear - 1, pubYear, pubYear + 1];
      const jy = years[nearestReading(years.map((year) => toDayNumber(solarDay(year, raw.day))), env.day, env)]!;
      const date = solarDay(jy, raw.day);
      return { date: raw.endDay === undefined ? date : `${date}/${solarDay(jy, raw.endDay)}`, method: "explicit" };
    }
    case "anaphor-span":
      // "in March 2032 the militia shelled the base. The army replied days later": some days after a month
      // the text just gave, not after the last day it gave long before - that month, as near as it allows.
      if (env.monthJustWritten && env.previousMonth && env.previousMonth.day === undefined && raw.from > 0 && raw.to <= 9) {
        return { date: `${pad(env.previousMonth.year, 4)}-${pad(env.previousMonth.month)}`, method: "approximate" };
      }
      // "In late April, … Days later, …": some days after some day of that span.
      if (env.previousSpan && raw.from > 0) return { date: `${approx(addDays(env.previousSpan.start, raw.from))}/${approx(addDays(env.previousSpan.end, raw.to))}`, method: "approximate" };
      return env.previousDay === undefined ? undefined : { date: `${approx(addDays(env.previousDay, raw.from))}/${approx(addDays(env.previousDay, raw.to))}`, method: "approximate" };
    case "anaphor-weekday": {
      if (env.previousDay === undefined) return undefined;
      const from = weekdayOf(env.previousDay);
      // "the Friday before" Sunday 15 June: the nearest such weekday before the day last written.
      if (raw.before) return { date: addDays(env.previousDay, -(((from - raw.weekday + 6) % 7) + 1)), method: "anaphoric" };
      return { date: addDays(env.previousDay, ((raw.weekday - from + 6) % 7) + 1), method: "anaphoric" };
    }
    case "anaphor-week": {
      // "The following week": the Monday-Sunday week after the antecedent's, approximate.
      if (env.previousDay === undefined) return undefined;
      const monday = addDays(mondayOf(env.previousDay), raw.offset * 7);
      return { date: `${approx(monday)}/${approx(addDays(monday, 6))}`, method: "anaphoric" };
    }
    case "anaphor-months": {
      // The latest single day or month written ("In June 2029, … Seven months later"), else the last day.
      const from = env.previousMonth ?? (env.previousDay !== undefined ? { year: Number(env.previousDay.slice(0, 4)), month: Number(env.previousDay.slice(5, 7)) } : undefined);
      if (from === undefined) return undefined;
      const months = from.year * 12 + from.month - 1 + raw.offset;
      return { date: `${pad(Math.floor(months / 12), 4)}-${pad((months % 12) + 1)}`, method: "anaphoric" };
    }
    case "anaphor-month": {
      if (env.previousMonth === undefined) return undefined;
      const months = env.previousMonth.year * 12 + env.previousMonth.month - 1 + (raw.offset ?? 0);
      return { date: `${pad(Math.floor(months / 12), 4)}-${pad((months % 12) + 1)}`, method: "anaphoric" };
    }
    case "event-anchor":
      if (env.eventDay === undefined) return undefined;
      if (raw.untilPublished) return env.day !== null && env.eventDay < env.day ? { date: interval(env.eventDay, env.day), method: "anchored" } : undefined;
      return { date: addDays(env.eventDay, raw.offset), method: "anchored" };
    case "anchor": {
      if (env.talksDay === undefined) return undefined;
      const day = addDays(env.talksDay, raw.offset);
      if (raw.windowDays) return { date: `${addDays(day, -raw.windowDays)}/${day}`, method: "anchored" };
      return { date: day, method: "anchored" };
    }
  }
}

/** The verb an anchoring noun's act is told with, where it is not the noun's own stem (or a verb's, told with another). */
const TALKS_NOUN = new RegExp(`^${TALKS}$`, "i");
const ACT_VERB_OF_NOUN: Record<string, string> = { strike: "struck", seizure: "seiz", bombing: "bomb", explosion: "explod", killing: "kill", assassination: "assassinat", "shoot-down": "shot down", shootdown: "shot down", notification: "notif", barrage: "launch|fired", salvo: "launch|fired",
  // "Hours after the Americans landed" names the flight "were released and flown to Oslo on Monday" told.
  landed: "arriv|flown|flew", arrived: "landed|flown|flew", freed: "releas", released: "freed" };

/** Words that make an event another's anchor: "before the ", "after the third ". */
const ANCHORED_BEFORE = /\b(?:before|after|ahead\s+of|since|until)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/** A sentence that gives a day, for anchors that name its event: each day it writes, where (the first is its day). */
interface DatedSentence {
  text: string;
  days: { at: number; day: string }[];
}

/**
 * The day of the event "the Example bombing" names: the latest earlier sentence with a written day that
 * names it by one of its words ("a blast tore through a market in Example" on 4 March).
 */
const SPAN_OPENING_BEFORE = new RegExp(String.raw`\b(?:between|from)\s+(${MONTH})\s+(?:and|to|through|until)\s+(?:(?:early|mid|late)[\s-]+)?$`, "i");
/** The month a span opens with, told before its closing month's year: "Between April and late May 2031" opens in April. */
function spanOpeningMonth(text: string, at: number): number | undefined {
  const opening = SPAN_OPENING_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  return opening ? monthOf(opening[1]!) : undefined;
}

/** The speaker's own day, in a quotation: "today", "tonight", "this afternoon". */
const QUOTED_TODAY = /^(?:today|tonight|this\s+(?:morning|afternoon|evening))$/i;
/** A relative clause ending on a day: "… drones that were used on", "… which opened in". */
const RELATIVE_BEFORE_DAY = /\b(?:that|which|who|whom)\s+(?:[\w'’-]+\s+){1,12}?(?:on|in|since)\s+$/i;
/** "Weeks earlier", "days later": a count with no number, from the day before. */
const VAGUE_COUNT = /^(?:(?:some|several|a\s+few)\s+)?(?:hours|days|weeks|months)\s+(?:earlier|later|before|after)$/i;
/** "five days later", "a week later": a count with its number. */
const COUNTED_LATER = new RegExp(String.raw`^(?:a|an|one|${SPAN_COUNT_PATTERN})\s+(?:days?|weeks?)\s+later$`, "i");

/** Whether a position of a sentence lies inside a quotation: an odd number of double quotes before it. */
function insideQuotation(text: string, at: number): boolean {
  let quotes = 0;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 34) quotes++;
  return quotes % 2 === 1;
}

const TALKS_NOT_HELD = /\b(?:postponed|pushed back|put off|called off|cancell?ed|scrapped|delayed)\b/i;

function eventDayOf(words: string[], dated: DatedSentence[], ordinal?: string, acted?: RegExp): string | undefined {
  if (words.length === 0) return undefined;
  const ordinalRe = ordinal === undefined ? undefined : new RegExp(`\\b${ordinal}\\b`, "i");
  const patterns = words.map((w) => {
    const stem = w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/s$/, "");
    // "Hours after the strikes" names the act "The air force struck … on Sunday" told.
    // "Four days after the first Oslo round" names the talks "that first meeting … on May 3" told.
    const verb = TALKS_NOUN.test(stem) ? TALKS : ACT_VERB_OF_NOUN[stem.toLowerCase()];
    return new RegExp(`\\b(?:${stem}${verb === undefined ? "" : `|${verb}`})`, /^\p{Lu}/u.test(w) ? "u" : "iu");
  });
  const talks = TALKS_NOUN.test(words.at(-1)!);
  // Talks named by their venue are those held there: "the Oslo session" is not the round the text last held in Bern
  // (a number tells rounds apart by itself: "the first Oslo round" may have been told as "the first meeting, in the capital").
  const named = ordinal === undefined && talks ? patterns.filter((_, i) => /^\p{Lu}/u.test(words[i]!)) : [];
  // Not a sentence that names the talks only as its own anchor: "On 9 June, two days before the fourth round, …" (its
  // day is the act's; "came a week after two tankers were hit" is dated by the tankers, and counts).
  const everyMatch = talks ? patterns.map((re) => new RegExp(re.source, `${re.flags}g`)) : [];
  const told = (k: number, text: string) => {
    if (!talks) return patterns[k]!.test(text);
    for (const m of text.matchAll(everyMatch[k]!)) if (!ANCHORED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
    return false;
  };
  for (let i = dated.length - 1; i >= 0; i--) {
    const text = dated[i]!.text;
    if (!(patterns.some((_, k) => told(k, text)) && named.every((re) => re.test(text)) && (ordinalRe === undefined || ordinalRe.test(text)) && (acted === undefined || acted.test(text)))) continue;
    // "On the day of the Muscat round" is not the day a meeting "penciled in for Feb. 13 in Muscat before being pushed
    // back" was to have had.
    if (talks && TALKS_NOT_HELD.test(text)) continue;
    // "The first round met in Oslo on 3 May, the second in Bern a week later and the third on 24 May": the numbered one's day.
    // So, for talks named by their venue, the day after the venue: "an opening round in Muscat on Feb. 6 and a second, in Geneva, on Feb. 17".
    const numbered = ordinalRe?.exec(text) ?? (named.length > 0 ? named[0]!.exec(text) : undefined);
    const { days } = dated[i]!;
    const day = (numbered && days.find((d) => d.at > numbered.index)?.day) || days[0]!.day;
    return countedFromItsMention(text, patterns, days, day) ?? day;
  }
  return undefined;
}

/** Before an event's mention, a count from it: "…, two days after Ruritania carried out its first attack". */
const COUNT_BEFORE_MENTION = new RegExp(String.raw`\b(${NUMBER})\s+(days?|weeks?)\s+(after|before)\s+[^,;.]{0,80}$`, "i");

/**
 * "On Monday the ministry urged restraint, two days after Ruritania carried out its first attack": the sentence's
 * day is the statement's, and the attack, counted from it, two days earlier. Only with the sentence's one day
 * written before the count.
 */
function countedFromItsMention(text: string, patterns: RegExp[], days: { at: number; day: string }[], day: string): string | undefined {
  if (days.length !== 1) return undefined;
  const at = Math.min(...patterns.map((re) => re.exec(text)?.index ?? Infinity));
  if (!Number.isFinite(at)) return undefined;
  const count = COUNT_BEFORE_MENTION.exec(text.slice(0, at));
  if (!count || days[0]!.at >= count.index) return undefined;
  return addDays(day, daysOf(count[1]!, count[2]!) * (count[3]!.toLowerCase() === "after" ? -1 : 1));
}

/** Between an event an anchor names and the day written for it: "… the second round in Rome on April 19". */
const OWN_DAY_BETWEEN = /^\s+(?:in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+)?on\s+$/u;

/** The first and last day a date covers. */
function boundsOf(date: FuzzyDate): { start: string; end: string } {
  const parts = parseFuzzyDate(date);
  return { start: parts.start, end: parts.end };
}

/** "since X": from the start of X to publication. */
function sinceInterval(date: FuzzyDate, publication: string | null): FuzzyDate {
  if (publication === null) return date;
  const first = date.includes("/") ? date.slice(0, date.indexOf("/")) : date;
  if (boundsOf(first).start >= publication) return date;
  return `${first}/${publication}`;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "Eight months after American bombers hit the site, the two sides are talking again": a count back from the writing. */
const MONTHS_AFTER_OPENING = new RegExp(String.raw`^(?:(?:some|nearly|almost|about|more than|just over|barely)\s+)?(${SPAN_COUNT_PATTERN}|\d+)\s+months\s+(?:after|since)\s+[^,;]{3,120}?,\s+`, "i");
const PRESENT_MAIN = /^(?:[^,;]{0,60}?\s)?(?:is|are|has|have|remains?|stands?)\b/i;
/**
 * The act inside "Eight months after …," that opens a sentence told in the present: the month that many before the
 * publication (no day is guessed).
 */
export function monthsBeforeWriting(published: FuzzyDate | null, sentence: Sentence, trigger: Span): ResolvedDate | undefined {
  if (!published || !isDay(published)) return undefined;
  const opening = MONTHS_AFTER_OPENING.exec(sentence.text);
  if (!opening || trigger.end > sentence.start + opening[0].length || !PRESENT_MAIN.test(sentence.text.slice(opening[0].length))) return undefined;
  const count = /^\d+$/.test(opening[1]!) ? Number(opening[1]) : parseCount(opening[1]!);
  if (count === undefined || count < 1 || count > 36) return undefined;
  const months = Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7)) - 1 - count;
  const date = `${pad(Math.floor(months / 12), 4)}-${pad((months % 12) + 1)}`;
  return { date, span: { start: sentence.start, end: sentence.start + opening[0].length }, method: "anchored", historical: false };
}

// ------------------------------------------------------------------------------- publication date

/** Reads a metadata date ("2031-03-04T18:00:00+04:00", "2031-03-04", "March 4, 2031"), as written. */
export function parseMetadataDate(value: string): FuzzyDate | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(text);
  if (iso) return isRealDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined;
  if (/^\d{4}-(?:0[1-9]|1[0-2])$/.test(text) || /^\d{4}$/.test(text)) return text;
  const [result] = chrono.strict.parse(text, CHRONO_REFERENCE);
  if (result?.start.isCertain("year") && result.start.isCertain("month") && result.start.isCertain("day")) {
    const y = result.start.get("year")!;
    const m = result.start.get("month")!;
    const d = result.start.get("day")!;
    if (isRealDay(y, m, d)) return makeDay(y, m, d);
  }
  return undefined;
}

/** "Since then", "ever since", "since that time": an open interval after an earlier date, never an event's date. */
const SINCE_THEN = /\b(?:since\s+(?:then|that\s+(?:time|day|date|point|moment))|ever\s+since)\b/i;

const THAT_YEAR_AFTER = /^,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b/i;

/** A speaker label that opens a turn in a transcript or interview: "HOLM:", "SARA HOLM:", "Q:", "A:". */
const TURN_LABEL = /^(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}|Q|A)\s*:\s/;

/** What may stand before a date phrase that opens a sentence as its time frame. */
/** Words that may come before a date opening its sentence as a frame: "Early on Friday,", "For several hours on Monday,". */
/** A day or month written without a year, nor one given by a reference ("that year") or a direction ("last May"). */
const yearless = (p: RawPhrase): p is Extract<RawPhrase, { kind: "day" | "month" }> =>
  (p.kind === "day" || p.kind === "month") && p.year === undefined && !(p.kind === "day" && p.endDay?.year !== undefined) && !(p.kind === "month" && (p.yearOf || p.direction));
/** An act a day names after "since the": "since the June 2031 killing of …", "since the 12 May drone strike". */
const SINCE_ACT_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:killing|assassination|air\s?strikes?|strikes?|attacks?|bombings?|seizures?|raids?|downing|shoot-?down|re-?impositions?|restoration|reinstatement|snap-?back|designations?)\b/i;
const COMPARED_SINCE = /\b(?:largest|biggest|worst|deadliest|heaviest|highest|lowest|strongest|sharpest|first|second|third|fourth|fifth|most\s+[\w-]+|than\s+at\s+any\s+(?:point|time|moment))\b[^.;,]{0,60}\bsince\s+(?:the\s+)?$/i;
const FRAME_OPENING = /^(?:for\s+(?:a\s+few|several|some|two|three|many)\s+hours\s+)?(?:(?:on|in|by|during|from|at|then|and|but|so|just|only|even|early|late|later|earlier)\s+)*$/i;

/** A sentence that says only when something happened: "… took place on the night of", "… came on". */
/** What comes before the date of a sentence that only says when: "… took place on the night of", "Then came". */
const WHEN_ONLY_BEFORE = /\b(?:took place|happened|occurred|came|unfolded)\s+(?:(?:early|late)\s+)?(?:(?:on|in)\s+)?(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?$|^(?:and\s+)?then\s+came\s+$/i;

/** The subject of a sentence naming an answer, before its day as an aside: "Tehran's reply, on", "The retaliation, in". */
const ANSWER_WITH_DAY_BEFORE = /^(?:\p{Lu}[\p{L}'’-]*['’]s|The|Its|Their)\s+(?:[\w-]+\s+)?(?:reply|response|retaliation|answer|revenge|riposte|counter-?attack|counter-?strike)\s*,\s+(?:on|in|early|late)\s+(?:the\s+(?:night|morning|evening)\s+of\s+)?$/u;
/** A sentence that announces something as under way: "the ministry is listing …". */
const UNDER_WAY = /\b(?:is|are)\s+(?:also\s+|now\s+|concurrently\s+|today\s+)?[a-z]+ing\b/;
/** Whether a sentence announces something as under way in its own words: not "'we are moving forward,' he said after the talks". */
function announcesUnderWay(sentence: string): boolean {
  return UNDER_WAY.test(sentence.replace(/"[^"]*"/g, '""'));
}

/** What follows the date that opens a bulletin or timeline entry: a spaced dash or a colon. */
const ENTRY_DATE_END = /^(?:\s+[-–—]\s|:\s)/;
/** An entry's date field, whether or not the line reads as a heading: "DTG: 04 MAR 2031 (time unknown)". */
const DATE_FIELD = /^(?:DTG|Date(?:\/time)?|Date of (?:incident|event|report)|When)\s*:/i;
/** "Position: …", "Vessel: …": a labelled field of an advisory or a form, not a section's title. */
const FIELD_LINE = /^[A-Z][A-Za-z/ ]{1,24}:\s+\S/;
/** A heading that is a year and nothing else: "2030", "2031:". */
const YEAR_HEADING = /^\s*((?:19[5-9]|20\d)\d)\s*:?\s*$/;

const TODAY_IS = /^(?:Today|This) is\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?/;
const SELF_REFERENCE =
  // ("These are the events of Sunday, May 9": a live blog's own day; not "coloured by the events of the winter before: …
  // an offensive that began on 4 January", a story's past.)
  /\b(?:(?:these are|here are|below are|following are|this (?:paper|report|briefing|brief|article|page|blog) (?:summari[sz]es|covers|describes|follows))\s+the events of|as they happened|this publication|this (?:article|analysis|piece|report|brief|briefing|newsletter|story) (?:was|is|has been) (?:written|current|updated|published|correct|accurate)|at (?:the time of )?(?:this )?(?:writing|publication|press time)|as (?:this|we) went to press|as of (?:this writing|writing|publication|today))\b/i;

/** A year used as an adjective ("the 1998 accord", "Ruritania's 2029 election") names a thing, not the narrative's time. */
const ATTRIBUTIVE_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our)|['’]s)\s+$/i;

/**
 * The year a phrase moves an undated text's narrative to ("In 2031 …", "On March 3, 2031, …"), so
 * that "on May 9" after it is read in that year; a year used as an adjective does not.
 */
function narrativeYearOf(p: RawPhrase, text: string): number | undefined {
  if (p.kind === "year") return ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, p.start - 8), p.start)) ? undefined : p.year;
  return (p.kind === "day" || p.kind === "month" || p.kind === "season") && p.year !== undefined ? p.year : undefined;
}

interface ScannedSentence {
  sentence: Sentence;
  phrases: RawPhrase[];
}

export interface DocumentDates {
  published: PublicationDate;
  /** Every date phrase in a sentence, resolved, in order of appearance. */
  datesIn(sentence: Sentence): ResolvedDate[];
  /** See `DocumentContext.eventDate`. */
  eventDate(sentence: Sentence, trigger: Span): ResolvedDate | undefined;
  warnings: Warning[];
}

export interface ReadDatesOptions {
  text: string;
  sentences: Sentence[];
  /** True when the first sentence is the title, not part of the body. */
  hasTitle: boolean;
  /** A date from metadata or the caller, as written. */
  metadataDate?: string | undefined;
  evidence(span: Span): Evidence;
}

/** "said today", "told reporters today": the day of the report itself. */
const STATEMENT_TODAY = new RegExp(String.raw`\b(?:${STATEMENT_VERB})\s+$`, "i");
function isStatementToday(text: string, phrase: RawPhrase): boolean {
  return phrase.kind === "relative-day" && phrase.offset === 0 && STATEMENT_TODAY.test(text.slice(Math.max(0, phrase.start - 30), phrase.start));
}

/** A clock time after midnight and before dawn ("at around 3:40 am"): an overnight event's date is the morning's. */
const SMALL_HOURS = /\b0?[1-5](?:[:.][0-5]\d)?\s*a\.?m\b/i;

/** Words in capitals before a date that ends a masthead line ("THE EXAMPLE HERALD | 09/05/2031"). */
const MASTHEAD_BEFORE = /^(?=[^a-z]*[A-Z]{3})[A-Z0-9&'’.,:|/\s-]+$/;
/** The section a story is filed in before its date, as trade sites print it ("in World Shipping News 16/05/2031", "Posted in Energy on May 9, 2031"). */
const SECTION_BEFORE = /^(?:(?:posted|filed|published)\s+)?in\s+(?:\p{Lu}[\p{L}&'’.-]*\s+){1,5}(?:on\s+)?$/u;

/** A day of the Islamic (lunar Hijri) calendar as Gulf ministries print it: "9 Rajab 1452 AH". */
const HIJRI_DATE =
  /\b\d{1,2}\s+(?:Muharram|Safar|Rabi['‘’]?\s*(?:al|ul|I|II)?[-\s]?(?:Awwal|Akhir|Thani)?|Jumad[aā]\s*(?:al|ul)?[-\s]?(?:Ula|Awwal|Akhirah?|Thani)|Rajab|Sha['‘’]?ban|Rama[dz]an|Shawwal|Dhu(?:\s+al|l)?[-\s]?(?:Qa|Qi|Hi)[\w'‘’-]*)\s+\d{4}\s*(?:AH|H)?\b/gi;

/** A line that is only a date with labels, a time or a byline: "Published: 4 March 2031 09:15 GMT". */
function isDateLine(rest: string): boolean {
  return dateLineWords(rest).length <= 3;
}

/** The words of a line left once its clock time, time zone, brackets, labels and a Hijri date are out. */
function dateLineWords(rest: string): string[] {
  return rest
    .replace(/\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b(?:GMT|UTC|[A-Z]{2,4}T)\b/gi, " ")
    // "Doha, Monday, 9 Rajab 1452 AH corresponding to 4 November 2030": a Hijri date beside the Gregorian.
    .replace(HIJRI_DATE, " ")
    .replace(/\b(?:corresponding to|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, " ")
    // An advisory's field ("DTG: 04 MAR 2031 (time unknown)") is a date line too.
    .replace(/\([^)]{0,40}\)/g, " ")
    // So is an editor's note in square brackets: "Monday 22 July 2031 [translated from Arabic]".
    .replace(/\[[^\]]{0,40}\]/g, " ")
    .replace(/\b(?:published|posted|updated|issued|last|first|date|dated|on|at|by|am|pm|DTG|approx)\b/gi, " ")
    .split(/[\s|·:,()-]+/)
    .filter((word) => /[A-Za-z]{2}/.test(word));
}

/** A metadata strip whose segments are separated by "|", "·" or "•", one of them the date alone. */
function isDateSegment(line: string, date: string): boolean {
  // "Source: Example Agency | 2031-05-09", "… Weekly — Issue 7 — Friday, May 9, 2031",
  // "Published online May 9, 2031 | From the June 2031 issue".
  const segments = line.split(/\s+[|·•—–-]\s+/);
  const withoutWeekday = (text: string) => text.replace(/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+/, "");
  return (
    segments.length > 1 &&
    segments.some(
      (segment) =>
        withoutWeekday(segment.trim().replace(/^(?:(?:published|posted|updated|issued)(?:\s+online)?|dated|(?:for the )?week ending|as of)\s*:?\s*/i, "")) === withoutWeekday(date) ||
        // "Published on May 9, 2031 at 07:45 (Oslo time)", "4 March 2031, 09:15 Rome": the date with
        // labels, a clock time and at most a place or time zone (capitalised), nothing that reads as prose.
        (segment.includes(date) && clockOnly(segment.replace(date, " "))) ||
        // "Tuesday, 13 Esfand 1409 (4 March 2031)": the day in another calendar, then ours in brackets.
        (segment.includes(`(${date})`) && /^(?:\p{L}+day,?\s+)?\d{1,2}\s+\p{L}+\s+\d{4}\s*$/u.test(segment.replace(`(${date})`, "").trim() + " ")),
    )
  );
}

/** What is left of a date line once its date is out: labels, a clock time, a bracket, and at most two capitalised words. */
function clockOnly(rest: string): boolean {
  if (!/\d{1,2}[:.]\d{2}/.test(rest)) return false;
  const words = dateLineWords(rest);
  return words.length <= 2 && words.every((word) => /^[A-Z]/.test(word));
}

/** A year a story names as its own present: "the first days of 2031", "so far in 2031", "2031 so far". */
const PRESENT_YEAR = /\b(?:first|opening|early)\s+(?:few\s+)?(?:days|weeks)\s+of\s+((?:19|20)\d{2})\b|\bso\s+far\s+(?:in|this\s+year,?)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s+so\s+far\b/i;

/** "Three days after", "two weeks since": a publication date counted from a date in the opening. */
const DAYS_AFTER = new RegExp(String.raw`\b(${NUMBER})\s+(days?|weeks?)\s+(?:after|since)\b`, "i");

function publicationFromText(scanned: ScannedSentence[], options: ReadDatesOptions): { date: FuzzyDate; method: "dateline" | "anchored"; span: Span } | undefined {
  // The lead is the first paragraph of prose: titles, mastheads and date lines are headings.
  const body = scanned.filter((s) => !s.sentence.heading && !(options.hasTitle && s.sentence.paragraph === 0));
  const firstParagraph = body[0]?.sentence.paragraph;
  const lead = body.filter((s) => s.sentence.paragraph === firstParagraph);
  const opening = body.filter((s) => firstParagraph !== undefined && s.sentence.paragraph < firstParagraph + 3);
  const lineOf = (sentence: Sentence) => ({ start: options.text.lastIndexOf("\n", sentence.start - 1) + 1, end: options.text.indexOf("\n", sentence.end) });
  const isWholeLine = (sentence: Sentence) => {
    const line = lineOf(sentence);
    return line.start === sentence.start && (line.end === -1 ? options.text.length : line.end) === sentence.end;
  };
  const withYear = (p: RawPhrase): p is Extract<RawPhrase, { kind: "day" }> => p.kind === "day" && p.year !== undefined;
  const dayOf = (p: Extract<RawPhrase, { kind: "day" }>, year: number) => makeDay(year, p.month, p.day);

  // 2a. A wire dateline opening the first paragraph, or a short date line among the first lines.
  // The first lines: the first six paragraphs, or, under a longer masthead of one-line paragraphs (a
  // hearing statement's witness, committee and title lines), everything up to the first prose paragraph.
  const firstProse = scanned.find((s) => !s.sentence.heading && s.sentence.text.length > 120)?.sentence.paragraph ?? 0;
  const top = scanned.filter((s) => s.sentence.paragraph < Math.max(6, firstProse + 1));
  let supportedYear: number | undefined;
  for (const s of scanned) {
    for (const p of s.phrases) {
      if ((p.kind === "day" || p.kind === "month") && p.year !== undefined && (supportedYear === undefined || p.year > supportedYear)) supportedYear = p.year;
    }
  }
  // A wire dateline without a year ("OSLO, May 9 (AFP) -") takes the year its own paragraph writes
  // ("on Monday (Tir 9, 1410)", "since late March 2031"), else that of a full day in the lines above it
  // ("Source: Example Agency | 2031-05-09"); not that of background further down ("the Sea Wren, seized in July 2028").
  const latestYear = (sentences: ScannedSentence[], monthsToo: boolean) => {
    let year: number | undefined;
    for (const s of sentences) for (const p of s.phrases) if ((p.kind === "day" || (monthsToo && p.kind === "month")) && p.year !== undefined && (year === undefined || p.year > year)) year = p.year;
    return year;
  };
  const latestYearHeading = (sentences: ScannedSentence[]) => {
    let year: number | undefined;
    for (const s of sentences) {
      const heading = s.sentence.heading ? YEAR_HEADING.exec(s.sentence.text)?.[1] : undefined;
      if (heading !== undefined && (year === undefined || Number(heading) > year)) year = Number(heading);
    }
    return year;
  };
  // "TEHRAN, Jan 11 (Agency) — Iran admitted on Saturday …", the story later calling its days "the first days of
  // 2031": the year the text names as its present, when the dateline's day falls in it on the weekday the lead gives.
  // Not any year the text writes ("The last such seizure was in April 2031" may be last year's), nor one from the weekday alone.
  const weekdayConfirmedYear = (s: ScannedSentence, p: Extract<RawPhrase, { kind: "day" }>) => {
    const weekdays = s.phrases.filter((other): other is Extract<RawPhrase, { kind: "weekday" }> => other.kind === "weekday");
    const present = PRESENT_YEAR.exec(options.text);
    const year = present ? Number(present[1] ?? present[2] ?? present[3]) : undefined;
    if (year === undefined || weekdays.length !== 1 || !isRealDay(year, p.month, p.day)) return undefined;
    return weekdayOf(makeDay(year, p.month, p.day)) === weekdays[0]!.weekday ? year : undefined;
  };
  const opensOnDate = (paragraph: number) => {
    const first = scanned.find((s) => s.sentence.paragraph === paragraph);
    return first?.phrases.some((p) => (p.kind === "day" || p.kind === "month") && p.start === first.sentence.start) ?? false;
  };
  for (const s of top) {
    const text = s.sentence.text;
    for (const p of s.phrases) {
      if (p.kind !== "day" || p.endDay) continue;
      const before = options.text.slice(s.sentence.start, p.start);
      const after = options.text.slice(p.end, s.sentence.end);
      const shortLine =
        p.year !== undefined &&
        text.length <= 120 &&
        isWholeLine(s.sentence) &&
        // A line that ends a sentence is prose, but not one that ends on a clock's "a.m." ("January 11 2031, 9:00 a.m.").
        !/[.!?]["')]?$/.test(text.replace(/\d\s*[ap]\.m\.$/i, "")) &&
        (isDateLine(text.replace(options.text.slice(p.start, p.end), " ")) ||
          isDateSegment(text, options.text.slice(p.start, p.end)) ||
          // "EXAMPLE TRADE BULLETIN   09/05/2031": a masthead in capitals, the date at its end.
          (after.trim() === "" && (MASTHEAD_BEFORE.test(before) || SECTION_BEFORE.test(before))) ||
          // "Friday, May 9, 2031, 10:05 a.m. Ministry Press Room": a line opening on
          // its full date with the right weekday.
          (p.weekday !== undefined && p.weekdaySpan !== undefined && p.weekdaySpan.start === s.sentence.start && weekdayOf(makeDay(p.year, p.month, p.day)) === p.weekday));
      // "OSLO, Mar. 4 (Reuters) - …": a wire dateline may omit the year (see `fullDayYear` above); the agency may
      // follow the date after a comma ("Bergen, May 9, 2031, NTB -- …").
      // So may "OSLO (May 9) - …", the day in brackets.
      const wire =
        (/^[A-Z][A-Za-z.'\-/ ]{1,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?,?\s*$/.test(before) && /^\s*(?:\([^)]{1,30}\)\s*|,\s*[A-Z][A-Za-z.&]{1,12}\s*)?(?:--?|[–—]|:)\s/.test(after)) ||
        (/^[A-Z][A-Z.'\-/ ]{1,40}\s*\($/.test(before) && /^\)\s*(?:--?|[–—]|:)\s/.test(after)) ||
        // "July 22, 2019 - The seizure of …": the lead opening on its full date and a dash, a dateline without its city;
        // not the first entry of a timeline, whose next paragraph opens on a date too.
        (p.year !== undefined && s === lead[0] && before.trim() === "" && /^\s*(?:--?|[–—])\s/.test(after) && !opensOnDate(s.sentence.paragraph + 1));
      // A timeline under it grouped by year headings ("BEFORE 2031", "2031"): its latest year is the current one.
      const year =
        p.year ??
        latestYear(scanned.filter((other) => other.sentence.paragraph === s.sentence.paragraph), true) ??
        latestYear(scanned.filter((other) => other.sentence.paragraph < s.sentence.paragraph), false) ??
        (wire ? (latestYearHeading(scanned) ?? weekdayConfirmedYear(s, p)) : undefined);
      if ((shortLine || wire) && year !== undefined && isRealDay(year, p.month, p.day)) return { date: dayOf(p, year), method: "dateline", span: p };
    }
  }
  // 2a''. A web address heading the text whose path carries the date, as news sites file their stories
  // ("news.example/world/2031/05/09/talks-resume-…").
  for (const s of top) {
    const slug = URL_DATE.exec(s.sentence.text);
    if (!slug || !isWholeLine(s.sentence) || /\s/.test(s.sentence.text.trim())) continue;
    const [year, month, day] = [Number(slug[1]), Number(slug[2]), Number(slug[3])];
    const at = s.sentence.start + slug.index + 1;
    if (isRealDay(year, month, day)) return { date: makeDay(year, month, day), method: "dateline", span: { start: at, end: at + slug[0].length - 2 } };
  }
  // 2a'. A date line signing off the article ("Example Herald correspondent / Friday, 9 May 2031"):
  // a whole short line with a full date among the last three paragraphs.
  const lastParagraph = scanned.at(-1)?.sentence.paragraph ?? 0;
  for (const s of scanned) {
    if (s.sentence.paragraph < Math.max(6, lastParagraph - 2)) continue;
    for (const p of s.phrases) {
      if (p.kind !== "day" || p.endDay || p.year === undefined || !isWholeLine(s.sentence) || s.sentence.text.length > 60 || /[.!?]["')]?$/.test(s.sentence.text)) continue;
      if (isDateLine(s.sentence.text.replace(options.text.slice(p.start, p.end), " ")) && isRealDay(p.year, p.month, p.day)) return { date: dayOf(p, p.year), method: "dateline", span: p };
    }
  }
  // 2b. A full date qualified by a weekday in the lead paragraph.
  for (const s of lead) {
    for (const p of s.phrases.filter(withYear)) {
      if (p.weekday !== undefined && weekdayOf(dayOf(p, p.year!)) === p.weekday) return { date: dayOf(p, p.year!), method: "dateline", span: p.weekdaySpan ?? p };
    }
  }
  // 2c. A full date beside words that refer to the writing itself.
  for (const s of scanned) {
    if (s.phrases.length === 0) continue;
    const self = SELF_REFERENCE.exec(s.sentence.text);
    for (const p of s.phrases.filter(withYear)) {
      // "as of 3 May", "Last updated 9 May 2031": the writing's own date.
      const asOf = /\b(?:as of|(?:last\s+)?(?:updated|revised)(?:\s+on)?:?)\s+$/i.test(options.text.slice(Math.max(s.sentence.start, p.start - 20), p.start));
      const near = self && Math.abs(s.sentence.start + self.index - p.start) <= 100;
      if (near || asOf) return { date: dayOf(p, p.year!), method: "dateline", span: p };
    }
    // "Today is Friday, May 9, the 129th day of 2031" (an almanac's opening): the day and the year the
    // sentence writes beside it.
    const today = TODAY_IS.exec(s.sentence.text);
    if (today) {
      const day = s.phrases.find((p): p is Extract<RawPhrase, { kind: "day" }> => p.kind === "day" && p.endDay === undefined && p.start - s.sentence.start <= today[0].length + 12);
      const year = day?.year ?? Number(/\b(?:19|20)\d{2}\b/.exec(s.sentence.text)?.[0] ?? Number.NaN);
      if (day && Number.isInteger(year) && isRealDay(year, day.month, day.day)) return { date: dayOf(day, year), method: "dateline", span: day };
    }
  }
  // 2c. "Issued on: 04/03/2031 - 09:40", a stamp whose day and month could be either way round, with no prose order to
  // decide: the reading the text's own days lie near.
  const stamped = ambiguousStampDay(scanned);
  if (stamped) return stamped;
  // 3. "<N> days after … <date>" near the opening.
  for (const s of opening) {
    const match = DAYS_AFTER.exec(s.sentence.text);
    if (!match) continue;
    // "Three days after that, on 14 March 2031, …": counted from the story's last act, a day of the story, not the writing's.
    if (/^\s+(?:that|this|which|then)\b/i.test(s.sentence.text.slice(match.index + match[0].length))) continue;
    const day = s.phrases.find((p): p is Extract<RawPhrase, { kind: "day" }> => p.kind === "day" && p.endDay === undefined);
    if (!day) continue;
    const year = day.year ?? supportedYear;
    if (year === undefined || !isRealDay(year, day.month, day.day)) continue;
    const shift = daysOf(match[1]!, match[2]!);
    const matchStart = s.sentence.start + match.index;
    const span = { start: Math.min(matchStart, day.start), end: Math.max(matchStart + match[0].length, day.end) };
    return { date: addDays(dayOf(day, year), shift), method: "anchored", span };
  }
  return undefined;
}

/** A short line that is only a stamp: "Issued on: 04/03/2031 - 09:40", "Published 04/05/2031". */
const AMBIGUOUS_STAMP_LINE = /^(?:[A-Za-z][A-Za-z ]{0,28}:?\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*[-–,|]?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|CET|CEST))?)?\s*$/;

/**
 * A stamp among the first lines whose day and month could be read either way ("04/03/2031": 4 March or 3
 * April): the reading nearer the days the text writes in words ("the raid on February 26", "on 1
 * March 2031"), each taken in the year that puts it last before the reading. Only when one reading is clearly
 * nearer; otherwise, as before, no date.
 */
function ambiguousStampDay(scanned: ScannedSentence[]): { date: FuzzyDate; method: "dateline"; span: Span } | undefined {
  const firstLines = scanned.filter((s) => s.sentence.paragraph < 6 && s.sentence.text.length <= 60);
  for (const s of firstLines) {
    const stamp = AMBIGUOUS_STAMP_LINE.exec(s.sentence.text);
    if (!stamp) continue;
    const [a, b, year] = [Number(stamp[1]), Number(stamp[2]), Number(stamp[3])];
    if (a > 12 || b > 12 || a === b || !isRealDay(year, b, a) || !isRealDay(year, a, b)) continue;
    const readings = [makeDay(year, b, a), makeDay(year, a, b)];
    const written = scanned.flatMap((other) => (other === s ? [] : other.phrases.filter((p): p is Extract<RawPhrase, { kind: "day" }> => p.kind === "day" && p.endDay === undefined)));
    if (written.length === 0) return undefined;
    const distanceFrom = (reading: string) => {
      const at = toDayNumber(reading);
      let total = 0;
      for (const p of written) {
        let day: number | undefined;
        if (p.year !== undefined) day = isRealDay(p.year, p.month, p.day) ? toDayNumber(makeDay(p.year, p.month, p.day)) : undefined;
        else {
          // The latest such day up to a week after the reading.
          for (const y of [year + 1, year, year - 1]) {
            if (!isRealDay(y, p.month, p.day)) continue;
            const candidate = toDayNumber(makeDay(y, p.month, p.day));
            if (candidate <= at + 7) {
              day = candidate;
              break;
            }
          }
        }
        total += day === undefined ? 400 : Math.min(400, Math.abs(at - day));
      }
      return total;
    };
    const [first, second] = readings.map(distanceFrom) as [number, number];
    const start = s.sentence.start + stamp[0].indexOf(stamp[1]!, stamp[0].length - stamp[0].trimStart().length);
    const span = { start, end: start + `${stamp[1]}/${stamp[2]}/${stamp[3]}`.length };
    if (first * 2 <= second) return { date: readings[0]!, method: "dateline", span };
    if (second * 2 <= first) return { date: readings[1]!, method: "dateline", span };
    return undefined;
  }
  return undefined;
}

/** The last day of the latest date written with its own year, as an ISO day; undefined when there is none. */
function latestOwnYearEnd(scanned: ScannedSentence[]): string | undefined {
  let latest: string | undefined;
  for (const s of scanned) {
    for (const p of s.phrases) {
      const end =
        p.kind === "day" && p.year !== undefined ? makeDay(p.year, p.month, p.day)
        : p.kind === "month" && p.year !== undefined ? makeDay(p.year, p.month, daysInMonth(p.year, p.month))
        : p.kind === "year" ? `${p.year}-12-31`
        : undefined;
      if (end !== undefined && (latest === undefined || end > latest)) latest = end;
    }
  }
  return latest;
}

/**
 * Reads every date of a document: its publication date first (metadata, then the text), then each
 * sentence's date phrases against it, in document order (so "the same day" finds its antecedent).
 */
export function readDocumentDates(options: ReadDatesOptions): DocumentDates {
  const warnings: Warning[] = [];
  const quoteOf = (span: Span) => options.text.slice(span.start, span.end);
  const order = dayOrderOf(options.text);
  const scanned: ScannedSentence[] = options.sentences.map((sentence) => ({ sentence, phrases: scanText(sentence.text, sentence.start, order) }));

  let published: PublicationDate = { date: null, method: "unknown" };
  const metadata = options.metadataDate === undefined ? undefined : parseMetadataDate(options.metadataDate);
  if (metadata !== undefined) {
    published = { date: metadata, method: "metadata" };
  } else {
    if (options.metadataDate !== undefined) warnings.push({ message: `could not read the metadata date "${options.metadataDate}" - expected an ISO date such as 2026-02-06; dating from the text instead` });
    const found = publicationFromText(scanned, options);
    if (found) published = { date: found.date, method: found.method, evidence: options.evidence(found.span) };
  }
  const publishedParts = published.date === null ? undefined : parseFuzzyDate(published.date);
  const publicationDay = publishedParts?.precision === "day" && !publishedParts.uncertain ? publishedParts.start : null;
  const publicationYear = publishedParts && publishedParts.start.slice(0, 4) === publishedParts.end.slice(0, 4) ? Number(publishedParts.start.slice(0, 4)) : null;

  // Reference for "historical": publication, else the latest date written with its own year.
  const reference = publishedParts?.end ?? latestOwnYearEnd(scanned);
  const historicalBefore = reference === undefined ? undefined : addDays(reference, -90);

  const tenses = new Map<RawPhrase, "future" | "past" | undefined>();
  const listedAfter = new Map<RawPhrase, RawPhrase>();
  for (const s of scanned) {
    for (const phrase of s.phrases) {
      const earlier = s.phrases.filter((p) => p.end <= phrase.start).at(-1);
      if (earlier && isListedAfter(options.text, s.sentence, earlier, phrase)) listedAfter.set(phrase, earlier);
    }
  }
  const tenseOf = (sentence: Sentence, phrase: RawPhrase): "future" | "past" | undefined => {
    if (!tenses.has(phrase)) {
      const own = tenseAt(options.text, sentence, phrase);
      const earlier = listedAfter.get(phrase);
      tenses.set(phrase, own === undefined && earlier ? tenseOf(sentence, earlier) : own);
    }
    return tenses.get(phrase);
  };
  // Under a heading that announces what is to come ("On the calendar", "Week ahead"), a date whose
  // tense nothing decides is ahead: "May 9: Nordic ministers meet in Oslo".
  let upcomingSection = false;
  const futureOf = (sentence: Sentence, phrase: RawPhrase) => {
    const upcoming = upcomingSection;
    return () => tenseOf(sentence, phrase) === "future" || (upcoming && tenseOf(sentence, phrase) === undefined);
  };
  const pastOf = (sentence: Sentence, phrase: RawPhrase) => () => tenseOf(sentence, phrase) === "past";

  // Talks days: day-precise dates written within 60 characters of a talks noun.
  const undated = published.date === null;
  const talksDays: { position: number; day: string; planned: boolean }[] = [];
  let talksYear: number | undefined;
  for (const s of scanned) {
    let talksAt: number[] | undefined;
    for (const p of s.phrases) {
      if (undated) talksYear = narrativeYearOf(p, options.text) ?? talksYear;
      // "Sunday's session was the second this month", "held talks in Oslo on Tuesday": a weekday names
      // the talks' day when they are its own.
      const ownWeekday =
        p.kind === "weekday" && (WEEKDAY_TALKS_AFTER.test(options.text.slice(p.end, p.end + 30)) || WEEKDAY_TALKS_BEFORE.test(options.text.slice(Math.max(s.sentence.start, p.start - 60), p.start)));
      if (!(p.kind === "day" && !p.endDay) && !ownWeekday) continue;
      const resolved = resolveRaw(p, { day: publicationDay, year: publicationYear, future: futureOf(s.sentence, p), previousDay: undefined, writtenYear: talksYear, talksDay: undefined });
      if (!resolved || resolved.contradiction) continue;
      talksAt ??= matchesOf(TALKS_GLOBAL, s.sentence.text).map((m) => s.sentence.start + m.index);
      // Not across a clause's end: in "… two days before the meeting, and on June 22, bombers struck" the day is the bombers'.
      const sameClause = (at: number) => !/[;:]|,\s+(?:and|but|while|then)\s/.test(options.text.slice(Math.min(at, p.end), Math.max(at, p.start)));
      const nearTalks = talksAt.some((at) => (Math.abs(at - p.start) <= 60 || Math.abs(at - p.end) <= 60) && sameClause(at));
      // "On Monday, just days before the Oslo meeting": a day placed before the talks is not theirs.
      const placedApart = RELATIVE_TO_TALKS.test(options.text.slice(p.end, Math.min(s.sentence.end, p.end + 80)));
      // "the fourth round, set for Oslo on May 9, never took place": a day the talks were only planned for.
      const planned = isPlanDayAt(options.text, p.start, s.sentence.start);
      if (nearTalks && !placedApart) talksDays.push({ position: p.start, day: resolved.date, planned });
    }
  }
  // "Coincided with the talks", "on the margins of the session" name no day: only one talks day will do.
  const distinctTalksDays = new Set(talksDays.map((t) => t.day));
  const uniqueTalksDay = distinctTalksDays.size === 1 ? [...distinctTalksDays][0] : undefined;
  // The talks an anchor names: the nearest earlier talks day, unless the story has already moved past it
  // ("On 2 March … on the eve of the session", then "The delegations met … on Tuesday 4 March"): then
  // the next talks day it writes.
  // Talks still to come are not what a report of something done was timed by: past the story, with
  // only such talks ahead, the latest talks held by publication.
  const latestHeld = publicationDay === null ? undefined : talksDays.map((t) => t.day).filter((day) => day <= publicationDay).sort().at(-1);
  const talksDayAt = (position: number, storyDay: string | undefined, held = false) => {
    let before: string | undefined;
    let skippedPlan = false;
    for (const t of talksDays) {
      if (held && t.planned) {
        if (t.position < position) skippedPlan = true;
        continue;
      }
      if (t.position < position) before = t.day;
      else if (before === undefined || (storyDay !== undefined && before < storyDay)) return publicationDay !== null && t.day > publicationDay ? (latestHeld ?? t.day) : t.day;
      else return before;
    }
    // "A sixth round was scheduled for Sunday 15 June. … On June 20 the minister met his counterparts in Bern. Hours
    // before the talks began, …": past a round only planned, the story's own day is that of the talks held.
    if (skippedPlan && storyDay !== undefined && (before === undefined || before < storyDay) && (publicationDay === null || storyDay <= publicationDay)) return storyDay;
    return before;
  };

  // "the morning the talks opened", when the text gave the round's last day ("which ended on Friday 14 March") and its
  // first ("gathered on 11 March"): the earliest talks day of the week up to the one found.
  const openingDayOf = (day: string | undefined) => {
    if (day === undefined || !isDay(day)) return day;
    const weekBefore = addDays(day, -7);
    // ISO days compare as strings: the earliest is the least.
    return talksDays.filter((t) => !t.planned && isDay(t.day) && t.day < day && t.day >= weekBefore).reduce((first, t) => [first, t.day].sort()[0]!, day);
  };

  // Resolve every phrase in order; remember the last day-precise date for anaphora, and the
  // paragraph's temporal frame: a date phrase opening a sentence ("On March 3, …", "Even as talks
  // ended, …") sets the time of the sentences after it in the same paragraph that give none.
  const bySentence = new Map<number, ResolvedDate[]>();
  /** Sentences that wrote a day, with that day, for "N days after the X bombing". */
  const datedSentences: DatedSentence[] = [];
  const frames = new Map<number, ResolvedDate>();
  let previousDay: string | undefined;
  let previousPastDay: string | undefined;
  let latestDayOfSentence: string | undefined;
  let previousSpan: { start: string; end: string } | undefined;
  let previousMonth: { year: number; month: number; day?: number } | undefined;
  let previousMonthSentence = -2;
  let previousMonthAside = false;
  let previousYear: number | undefined;
  /** The latest year a day or month has been written in so far: the story's, unless it flashes back. */
  let latestStoryYear: number | undefined;
  /** False from a new speaker's turn in a transcript until a month is written again: see the story rule. */
  let storyOpen = true;
  // An undated text's narrative year (see `narrativeYearOf`); a dated one reads days against publication.
  let writtenYear: number | undefined;
  let writtenMonth: number | undefined;
  /** The month of a phrase that took its year from the next one ("April" in "April and late May 2031"). */
  let pairedMonth: number | undefined;
  /** The story's year and month before a look back that lasts to the end of its paragraph. */
  let flashback: { year: number; month: number | undefined } | undefined;
  let bodyStarted = false;
  let sectionFrame: ResolvedDate | undefined;
  let sectionFrameIsDateLine = false;
  let headingYear: number | undefined;
  // "In April 2019, … On May 8, … In July, …": a paragraph that tells a past year sentence by sentence, each
  // opening with its date. A day or month opening a sentence without a year is in the year the sentence
  // before opened with, when that keeps the story going forward.
  let openingYear: { paragraph: number; year: number; from: string } | undefined;
  let paragraphFrame: { paragraph: number; date: ResolvedDate } | undefined;
  /** "On May 9, the ministry took these actions:" dates the list items after it (see `LIST_ITEM_MARK`). */
  let listFrame: { paragraph: number; date: ResolvedDate } | undefined;
  let paragraphStart = -1;
  let lastParagraph = -1;
  for (const s of scanned) {
    if (s.sentence.paragraph !== lastParagraph) {
      lastParagraph = s.sentence.paragraph;
      paragraphStart = s.sentence.start;
      // A look back told in passing ("… after Ruritania left the accord in May 2029") is over with its paragraph.
      if (flashback) {
        writtenYear = flashback.year;
        writtenMonth = flashback.month;
        flashback = undefined;
      }
      if (TURN_LABEL.test(s.sentence.text)) storyOpen = false;
      if (listFrame && !LIST_ITEM_MARK.test(options.text.slice(Math.max(0, paragraphStart - 8), paragraphStart))) listFrame = undefined;
    }
    // A field of a form ("Position: 80nm NE of Example", "Vessel: …") continues the entry its date line opened.
    // Numbered section titles ("5. On the calendar") are list items to the splitter, not headings.
    if (s.sentence.heading || (s.sentence.text.length < 80 && !/[.!?:;,"')\]]$/.test(s.sentence.text))) upcomingSection = UPCOMING_HEADING.test(s.sentence.text);
    if (s.sentence.heading && !FIELD_LINE.test(s.sentence.text)) {
      sectionFrame = undefined;
      // A new section ("Border clashes") starts a new story: a day without a year is read against
      // publication again, not as the next day of the past year the section before was telling.
      if (s.phrases.length === 0) storyOpen = false;
      // A year heading opens its year; a heading of words and no date ("Looking ahead") closes it.
      const year = YEAR_HEADING.exec(s.sentence.text)?.[1];
      if (year !== undefined) {
        headingYear = Number(year);
        // "a week later" under a new year counts from nothing written under it, not from last year's entries.
        previousDay = undefined;
        previousPastDay = undefined;
        previousSpan = undefined;
        latestDayOfSentence = undefined;
        previousMonth = undefined;
      } else if (s.phrases.length === 0 && !MONTH_NAME_RE.test(s.sentence.text)) headingYear = undefined;
    }
    if (paragraphFrame && paragraphFrame.paragraph !== s.sentence.paragraph) paragraphFrame = undefined;
    const frame = paragraphFrame?.date ?? (listFrame && listFrame.paragraph !== s.sentence.paragraph ? listFrame.date : undefined) ?? sectionFrame;
    // "Since then" opens an interval after the frame: the sentence reports no event on the frame's date.
    const framed = frame !== undefined && (frame !== sectionFrame || !sectionFrameIsDateLine || announcesUnderWay(s.sentence.text));
    if (framed && s.phrases.length === 0 && !SINCE_THEN.test(s.sentence.text)) frames.set(s.sentence.index, { ...frame, method: "anaphoric" });
    // "On May 9, barely a week after the raids began on May 2, the envoys met … Two days
    // later, jets struck": "later" counts from the latest day the sentence before told, not its last written.
    if (latestDayOfSentence !== undefined) previousDay = latestDayOfSentence;
    latestDayOfSentence = undefined;
    const resolvedList: ResolvedDate[] = [];
    // "Last year, Norway hosted four rounds, held in Oslo on May 9 …": a year that opens the
    // sentence is the year of the days and months it goes on to give without one.
    let sentenceYear: number | undefined;
    // What resolving a phrase of this sentence reads, at this point of the text; the anchors' days are the caller's.
    const environmentFor = (p: RawPhrase, talksDay?: string, eventDay?: string): ResolveEnv => {
      // "… returned on October 30, 2031. On Mar. 4, a patrol boat …" in an undated text: a month earlier than
      // the last one written with its year is not read as going back in that year unless the sentence says
      // it looks back ("The boarding followed the detention in May"); else the text gives no year for it.
      const goesBack = (p.kind === "day" || p.kind === "month") && p.year === undefined && writtenMonth !== undefined && p.month < writtenMonth;
      return {
        day: publicationDay,
        year: publicationYear,
        future: futureOf(s.sentence, p),
        past: pastOf(s.sentence, p),
        scheduledAhead: () => isScheduledAheadAt(options.text, s.sentence, p),
        calledOff: () => CALLED_OFF_DONE.test(s.sentence.text),
        neverHeld: () => NEVER_HELD.test(s.sentence.text),
        previousDay,
        previousPastDay,
        previousMonth,
        monthJustWritten: previousMonthSentence >= s.sentence.index - 1,
        previousSpan,
        // (Nor in a sentence that counts years from the writing: "on October 26 last year, after a barrage on October 1".)
        writtenYear: (goesBack && !LOOKING_BACK.test(options.text.slice(s.sentence.start, p.start))) || s.phrases.some((q) => q.kind === "day" && q.yearOf !== undefined) ? undefined : writtenYear,
        talksDay,
        eventDay,
      };
    };
    // "a week after the second round in Rome on April 19": the day written with the event named is its day.
    const dayWrittenAfter = (anchor: RawPhrase): string | undefined => {
      const own = s.phrases.find((q) => q.kind === "day" && q.start >= anchor.end && OWN_DAY_BETWEEN.test(options.text.slice(anchor.end, q.start)));
      if (!own) return undefined;
      const date = resolveRaw(own, environmentFor(own))?.date;
      return date !== undefined && isDay(date) ? date : undefined;
    };
    if (openingYear !== undefined && openingYear.paragraph !== s.sentence.paragraph) openingYear = undefined;
    const opensSentence = (p: RawPhrase) => p === s.phrases[0] && FRAME_OPENING.test(options.text.slice(s.sentence.start, p.start)) && /^\s*,/.test(options.text.slice(p.end, p.end + 3));
    let continuesStory = false;
    // Read before the sentence's own days move the antecedent on.
    // Only a count ("Two days later"), not "the same day", and only before the weekday.
    const counted = s.phrases.find((q) => q.kind === "anaphor" && q.offset !== 0);
    const countedDate = counted ? resolveRaw(counted, environmentFor(counted))?.date : undefined;
    const dayCountedTo = (weekday: Extract<RawPhrase, { kind: "weekday" }>): string | undefined =>
      counted !== undefined && counted.end <= weekday.start && countedDate !== undefined && isDay(countedDate) && weekdayOf(countedDate) === weekday.weekday ? countedDate : undefined;
    for (const written of s.phrases) {
      let p = written;
      // "in April and October 2024", "on May 3 and June 9, 2024": the year written with the second is the first's.
      const next = s.phrases[s.phrases.indexOf(written) + 1];
      const sharedYear = yearless(p) && next !== undefined && (next.kind === "day" || next.kind === "month") && next.year !== undefined && /^,?\s*(?:and|or|to|through|until|-|–)\s+$/.test(options.text.slice(p.end, next.start)) ? next.year - (p.month > next.month ? 1 : 0) : undefined;
      if (yearless(p) && sharedYear !== undefined) {
        p = { ...p, year: sharedYear };
      } else if (yearless(p) && sentenceYear !== undefined) {
        p = { ...p, year: sentenceYear };
      } else if (yearless(p) && openingYear !== undefined && opensSentence(written)) {
        const inStory = { ...p, year: openingYear.year };
        const date = resolveRaw(inStory, environmentFor(inStory))?.date;
        if (date !== undefined && boundsOf(date).start >= openingYear.from) {
          p = inStory;
          continuesStory = true;
        }
      }
      // "Late last week — 7 p.m. London time on Saturday —": the Saturday of last week, not today's.
      // "On Monday last week" too; but not a weekday far from it: in "signed the order on Monday, … that nearly
      // tipped into conflict late last week" Monday is this week's.
      // So is "on Thursday of last week", and "A week ago, early on Friday".
      const weekAgo = (q: RawPhrase) => q.kind === "relative-day" && q.offset === -7 && q.end <= p.start && p.start - q.end <= 40;
      if (p.kind === "weekday" && p.direction === "tense" && s.phrases.some((q) => (q.kind === "week" && q.offset === -1 && (q.end <= p.start ? p.start - q.end <= 40 : q.start - p.end <= 2 || /^\s+of\s+$/i.test(options.text.slice(p.end, q.start)))) || weekAgo(q))) p = { ...p, direction: "last-week" };
      // "which the coast guard had held … on May 9 that year": a day in the year last written out, as a month is.
      if (p.kind === "day" && p.year === undefined && p.endDay === undefined && previousYear !== undefined && THAT_YEAR_AFTER.test(options.text.slice(p.end, p.end + 24))) {
        p = { ...p, year: previousYear };
      }
      // "In June 2029, the navy shot down a drone; a month later, its boats seized a tanker": months counted in a clause of
      // their own from the date the sentence gave before them.
      const countsFromClauseBefore = p.kind === "anaphor-months" && s.phrases.every((o) => o === p || o.end <= p.start) && /[;:]\s*$|,\s+and\s+$/.test(options.text.slice(Math.max(s.sentence.start, p.start - 8), p.start));
      if ((((p.kind === "anaphor" || p.kind === "anaphor-span") && p.alone) || p.kind === "anaphor-months") && s.phrases.length > 1 && !countsFromClauseBefore) continue;
      // "Overnight" is the night before publication only in news of the day: beside another date, or
      // under a frame ("On 13 June, … Overnight, …"), it is that date's night, which the text does not fix.
      // A statement's "today" ("…overnight, the navy said today") is the report's day, not another date.
      if (p.kind === "overnight" && (s.phrases.some((q) => q !== written && !isStatementToday(options.text, q)) || frame)) continue;
      // "during the regional summit in May": the date written next to the anchor is the one to read.
      if (p.kind === "anchor" && s.phrases.some((q) => q !== written && q.kind !== "anchor" && q.start >= p.end && q.start - p.end <= 12)) continue;
      // "On Thursday, three days before the Oslo meeting, …": the anchor glosses the day written just before it.
      if ((p.kind === "anchor" || p.kind === "event-anchor") && s.phrases.some((q) => (q.kind === "day" || q.kind === "weekday") && q.end <= p.start && /^\s*,\s*$/.test(options.text.slice(q.end, p.start)))) continue;
      if ((p.kind === "month" || p.kind === "day") && p.yearOf) {
        // "in July that year", "in January of the previous year": from the year last written out;
        // "in May last year", "on May 9 last year": from the publication year. With no such year, the text does not say which.
        const base = p.yearOf.base === "written" ? previousYear : publicationYear;
        if (base === undefined || base === null) continue;
        const year = base + p.yearOf.offset;
        p = { ...p, year };
        // "since 2028, when the navy held … in July that year": the month refines the year in its sentence.
        const refined = resolvedList.findIndex((d) => d.date === String(year));
        if (refined !== -1) resolvedList.splice(refined, 1);
      }
      if (p.kind === "month" && p.direction === "following") {
        if (previousMonth === undefined) continue;
        p = { ...p, year: previousMonth.year + (p.month <= previousMonth.month ? 1 : 0), direction: undefined };
      }
      // Under a heading that is only a year ("2030", in timelines grouped by year), a day or month
      // written without one ("3 January: …", "April: …") is of that year.
      if ((p.kind === "day" || p.kind === "month" || p.kind === "season") && p.year === undefined && !(p.kind === "day" && p.endDay?.year !== undefined) && !(p.kind === "month" && p.yearOf) && headingYear !== undefined) {
        p = { ...p, year: headingYear };
      }
      // A story told in order through a past year ("on the morning of May 9, 2028 …", then "on the evening
      // of October 2"): a day or month without a year, later in that year than the last date the text
      // gave, is of that year rather than the publication's.
      if (
        (p.kind === "day" || p.kind === "month") &&
        p.year === undefined &&
        !(p.kind === "day" && p.endDay?.year !== undefined) &&
        !(p.kind === "month" && (p.yearOf || p.direction)) &&
        previousMonth !== undefined &&
        previousYear === previousMonth.year &&
        // Not a flashback inside a later year's story: after "On 20 August 2030, … two years after the withdrawal on 8
        // May 2028", a new "13 June" is not of 2028.
        previousMonth.year === latestStoryYear &&
        // Nor a year named in an aside ("the embargo - restored by a memorandum in March 2029 - holds …"): no story is told there.
        !previousMonthAside &&
        publicationYear !== null &&
        previousMonth.year < publicationYear &&
        // A new speaker's turn ("HOLM: Critics argue … on October 2") is not the last speaker's story.
        storyOpen &&
        (p.month > previousMonth.month || (p.month === previousMonth.month && p.kind === "day" && (previousMonth.day === undefined || p.day >= previousMonth.day))) &&
        // Not what is still to come ("will convene on Friday, 9 May"), nor a day its weekday puts elsewhere.
        !futureOf(s.sentence, written)() &&
        !(p.kind === "day" && p.weekday !== undefined && new Date(Date.UTC(previousMonth.year, p.month - 1, p.day)).getUTCDay() !== p.weekday)
      ) {
        p = { ...p, year: previousMonth.year };
      }
      if ((p.kind === "day" || p.kind === "month" || p.kind === "year" || p.kind === "season") && p.year !== undefined) previousYear = p.year;
      // Of the story, not of a masthead above it ("January 19, 2031 | From the March 2031 issue").
      if ((p.kind === "day" || p.kind === "month") && p.year !== undefined && !s.sentence.heading && (latestStoryYear === undefined || p.year > latestStoryYear)) latestStoryYear = p.year;
      // Not a year of a list of years ("as it did in 2024 and again in 2029"): no one of them is the story's.
      const ownYear = p.kind === "year" ? p.year : undefined;
      const listedYear = ownYear !== undefined && s.phrases.some((o) => o.kind === "year" && o.year !== ownYear);
      if (undated && !listedYear) {
        const year = narrativeYearOf(p, options.text);
        if (year !== undefined) {
          // An older year named inside a sentence, not opening it: the story looks back, then comes back.
          if (writtenYear !== undefined && year < writtenYear && !opensSentence(written)) flashback ??= { year: writtenYear, month: writtenMonth };
          else if (opensSentence(written)) flashback = undefined;
          writtenYear = year;
          // "Between April and late May 2031, …": the span opens in April; a day in April after it is inside it.
          writtenMonth = p.kind === "day" || p.kind === "month" ? Math.min(p.month, pairedMonth ?? p.month, spanOpeningMonth(options.text, p.start) ?? p.month) : undefined;
          pairedMonth = yearless(written) && sharedYear !== undefined && (p.kind === "day" || p.kind === "month") ? p.month : undefined;
        }
      }
      // "A fourth round, set for May 9, was called off after Ruritania struck on May 7": a called-off plan's day is in
      // the year of the cause the sentence dates after it (a month apart at most), not the nearest May 9 to publication.
      if (p.kind === "day" && p.year === undefined && CALLED_OFF_DONE.test(s.sentence.text)) {
        const planned = p;
        const cause = s.phrases.find((q): q is Extract<RawPhrase, { kind: "day" }> => q.kind === "day" && q.start > planned.end && /\b(?:after|when|because|as)\b/i.test(options.text.slice(planned.end, q.start)));
        const causeDate = cause && cause.year === undefined ? resolveRaw(cause, environmentFor(cause))?.date : undefined;
        if (causeDate !== undefined && isDay(causeDate)) {
          const year = Number(causeDate.slice(0, 4));
          const gap = isRealDay(year, planned.month, planned.day) ? toDayNumber(makeDay(year, planned.month, planned.day)) - toDayNumber(causeDate) : -1;
          if (gap >= 0 && gap <= 31) p = { ...planned, year };
        }
      }
      // "Two days later, in the early hours of Sunday, bombers struck": the weekday the counted day falls on is that day.
      const countedDay = p.kind === "weekday" ? dayCountedTo(p) : undefined;
      const resolution = countedDay !== undefined ? { date: countedDay, method: "anaphoric" as const } : resolveRaw(
        p,
        environmentFor(
          p,
          p.kind === "anchor" ? (p.unique ? uniqueTalksDay : p.opening ? openingDayOf(talksDayAt(p.start, previousDay, p.held)) : talksDayAt(p.start, previousDay, p.held)) : undefined,
          p.kind === "event-anchor" ? (dayWrittenAfter(p) ?? eventDayOf(p.words, datedSentences, p.ordinal, p.acted)) : undefined,
        ),
      );
      if (!resolution) {
        // "On Mar. 4, a patrol boat … Hours later, a tanker …": a day the text gives no year for is still the
        // day an anaphor after it counts from, so none counts from an older day.
        if (p.kind === "day" || p.kind === "weekday") {
          previousDay = undefined;
          previousPastDay = undefined;
          previousSpan = undefined;
          latestDayOfSentence = undefined;
        }
        continue;
      }
      let date = resolution.date;
      let method = resolution.method;
      if (p.kind === "overnight" && publicationDay !== null && SMALL_HOURS.test(paragraphOf(options.text, s.sentence))) {
        date = publicationDay;
        method = "relative";
      }
      if (p.since) date = sinceInterval(date, publicationDay);
      // A reading that is not a valid date (a bug here) is dropped rather than failing the document.
      if (tryParseFuzzyDate(date) === undefined) continue;
      if (resolution.contradiction) {
        warnings.push({
          message: `the weekday contradicts the date - "${quoteOf(p.kind === "day" && p.weekdaySpan ? p.weekdaySpan : p)}" says ${capitalise(resolution.contradiction.written)}, but that day is a ${capitalise(resolution.contradiction.actual)}; read as either (${date})`,
          evidence: options.evidence(p.kind === "day" && p.weekdaySpan ? p.weekdaySpan : p),
        });
      }
      const historical = historicalBefore !== undefined && boundsOf(date).end < historicalBefore;
      resolvedList.push({ date, span: { start: p.start, end: p.end }, method, historical });
      const parts = parseFuzzyDate(date);
      if (resolvedList.length === 1 && parts.precision === "year" && !parts.uncertain && FRAME_OPENING.test(options.text.slice(s.sentence.start, p.start)) && /^\s*,/.test(options.text.slice(p.end, p.end + 3))) {
        sentenceYear = Number(parts.start.slice(0, 4));
      }
      // "On January 10, 2020, a week after the strike … on January 3": so is a day or month written with its year.
      if (resolvedList.length === 1 && (parts.precision === "day" || parts.precision === "month") && !parts.uncertain && !parts.approximate && opensSentence(written) && (written.kind === "day" || written.kind === "month") && written.year !== undefined) {
        sentenceYear = Number(parts.start.slice(0, 4));
      }
      if (resolvedList.length === 1 && opensSentence(written) && !parts.uncertain && ((written.kind === "day" || written.kind === "month") && (written.year !== undefined || continuesStory))) {
        openingYear = { paragraph: s.sentence.paragraph, year: Number(parts.start.slice(0, 4)), from: parts.start };
      }
      if (parts.precision === "day" && !parts.uncertain) {
        previousDay = parts.start;
        if (publicationDay === null || parts.start <= publicationDay) previousPastDay = parts.start;
        previousSpan = undefined;
        // A plan's day ("the round, scheduled for June 15, was called off after strikes on June 13") is no
        // day that was lived: "Nine days later" counts from the strikes.
        const planned = isPlanDayAt(options.text, p.start);
        if (!planned && (latestDayOfSentence === undefined || parts.start > latestDayOfSentence)) latestDayOfSentence = parts.start;
      } else if (parts.precision === "interval" && parts.approximate && !p.since && toDayNumber(parts.end) - toDayNumber(parts.start) <= 31) {
        previousSpan = { start: parts.start, end: parts.end };
      } else if (parts.precision === "interval" && !parts.approximate && !p.since && p.kind === "day" && toDayNumber(parts.end) - toDayNumber(parts.start) <= 2) {
        // "On the night of May 9-10, 2031, … the reply six days later": a night or two days written out
        // is what a count after it counts from, from its last day.
        previousDay = parts.end;
        if (publicationDay === null || parts.end <= publicationDay) previousPastDay = parts.end;
        previousSpan = undefined;
      }
      const nextMonth = monthReference(parts, previousMonth);
      if (nextMonth !== previousMonth) storyOpen = true;
      if (nextMonth !== undefined && nextMonth !== previousMonth) {
        previousMonthSentence = s.sentence.index;
        previousMonthAside = isInAside(options.text, s.sentence, p);
      }
      previousMonth = nextMonth;
      const opening = options.text.slice(s.sentence.start, p.start);
      if ((s.sentence.heading || DATE_FIELD.test(s.sentence.text)) && s.phrases.length === 1 && isDateLine(s.sentence.text.replace(options.text.slice(p.start, p.end), " "))) {
        // A heading that is a date ("TUESDAY 4 MARCH") dates the paragraphs under it. The article's own
        // date line ("March 4, 2031" under the standfirst) dates only what the article announces as under
        // way ("the ministry is listing …"), not what it reports as past.
        sectionFrame = resolvedList.at(-1)!;
        // Any date line above the body that repeats the publication day ("Updated 09 May 2031", then
        // "May 09, 2031 07:45") is the article's own, whichever of them was taken as the evidence.
        // So is one under the standfirst of a page dated by its markup ("Published on Dec 06, 2031").
        sectionFrameIsDateLine = p.start === published.evidence?.start || (!bodyStarted && date === published.date) || (published.evidence === undefined && date === published.date && s.sentence.index < 6);
      } else if (
        (FRAME_OPENING.test(opening) && /^\s*,/.test(options.text.slice(p.end, p.end + 3))) ||
        // An entry that opens with its date ("4 MAR 2031 - SEA EXAMPLE …", "May 9: The navy …"), as
        // in bulletins and timelines, dates the rest of its paragraph.
        (opening === "" && s.sentence.start === paragraphStart && ENTRY_DATE_END.test(options.text.slice(p.end, p.end + 3))) ||
        // A sentence that only says when ("The largest of those raids took place on the night of
        // May 9, 2031.") dates the account that follows it in the paragraph.
        (s.phrases.length === 1 && WHEN_ONLY_BEFORE.test(opening) && /^[.!]?\s*$/.test(options.text.slice(p.end, s.sentence.end))) ||
        // So does one naming an answer with its day as an aside ("Tehran's reply, on Monday evening, was almost
        // ritualistic. The Guards fired a salvo …"): the account that follows is the reply.
        (s.phrases.length === 1 && ANSWER_WITH_DAY_BEFORE.test(opening) && /^(?:\s+(?:morning|afternoon|evening|night))?,\s/.test(options.text.slice(p.end, p.end + 14)))
      ) {
        paragraphFrame = { paragraph: s.sentence.paragraph, date: resolvedList.at(-1)! };
      }
    }
    bySentence.set(s.sentence.index, resolvedList);
    const lastDate = resolvedList.at(-1);
    if (lastDate && (isDay(lastDate.date) || /^\d{4}-\d{2}$/.test(lastDate.date)) && /^\s*:\s*$/.test(options.text.slice(lastDate.span.end, s.sentence.end)) && !PARTITION_OPENING.test(s.sentence.text)) listFrame = { paragraph: s.sentence.paragraph, date: lastDate };
    // (Not a day said inside a quotation: the "Tonight" of a statement quoted is its speaker's.)
    const quoted = (d: ResolvedDate) => d.method === "relative" && insideQuotation(s.sentence.text, d.span.start - s.sentence.start);
    const days = resolvedList.filter((d) => (d.method === "explicit" || d.method === "anaphoric" || d.method === "relative") && isDay(d.date) && !quoted(d)).map((d) => ({ at: d.span.start - s.sentence.start, day: d.date }));
    if (days.length > 0) datedSentences.push({ text: s.sentence.text, days });
    if (!s.sentence.heading && !(options.hasTitle && s.sentence.paragraph === 0)) bodyStarted = true;
  }

  const datesIn = (sentence: Sentence) => bySentence.get(sentence.index) ?? [];
  const eventDate = (sentence: Sentence, trigger: Span): ResolvedDate | undefined => {
    // '"Talks concluded today in Rome," the minister wrote': a quoted "today" is the day of the words quoted, which the
    // article need not have been written on; the act is dated as if the quote gave no day.
    const dates = datesIn(sentence).filter((d) => !(d.method === "relative" && QUOTED_TODAY.test(options.text.slice(d.span.start, d.span.end)) && insideQuotation(sentence.text, d.span.start - sentence.start)));
    if (dates.length === 0) return frames.get(sentence.index);
    const clauses = clauseBounds(sentence);
    const clauseOf = (position: number) => clauses.findIndex((c) => position >= c.start && position < c.end);
    const triggerClause = clauseOf(trigger.start);
    const distance = (d: ResolvedDate) => (d.span.end <= trigger.start ? trigger.start - d.span.end : d.span.start >= trigger.end ? d.span.start - trigger.end : 0);
    // "OSLO, 22 July 2031 - … after the Guards seized a tanker": the dateline's own day is the writing's, not the act's
    // (though a count may run from it: "OSLO, 22 July 2031 - A week after the strike …").
    const dateline = (d: ResolvedDate) => published.method === "dateline" && d.span.start === published.evidence?.start;
    const sameClause = dates.filter((d) => clauseOf(d.span.start) === triggerClause && !dateline(d));
    let pool = sameClause.length > 0 ? sameClause : dates.filter((d) => !dateline(d));
    if (pool.length === 0) return countedFrom(sentence, dates[0]!, trigger, dates) ?? frames.get(sentence.index);
    // "Two days later, before dawn on May 9, jets struck": the day written out dates the
    // event; the anaphor only says how it follows the last one (and may count from the wrong one).
    // An anaphor after the trigger is the trigger's own ("called off after the army began raids two days earlier").
    // So does a vague count ("Weeks earlier, the coast guard had held a trawler … on May 9").
    // Not a count that follows the day it counts from: in "… on 3 January, followed five days later by a barrage" the
    // barrage is five days on (but "On June 22, two days later, bombers struck" only restates the day).
    if (pool.some(isWrittenDay)) pool = pool.filter((d) => (d.method !== "anaphoric" && !(d.method === "approximate" && VAGUE_COUNT.test(options.text.slice(d.span.start, d.span.end)))) || d.span.start >= trigger.end || (COUNTED_LATER.test(options.text.slice(d.span.start, d.span.end)) && !pool.some((w) => isWrittenDay(w) && (w.span.start > d.span.start || /^[\s,]*$/.test(options.text.slice(w.span.end, d.span.start))))));
    let chosen = [...pool].sort((a, b) => distance(a) - distance(b) || a.span.start - b.span.start)[0];
    // "On Thursday, OFAC designated people who built drones that were used on April 13, and Commerce tightened export
    // controls", "On the same Tuesday, the Saviz, a ship that has been anchored there since 2016, was damaged": a day
    // inside a relative clause dates that clause's noun; the day opening the sentence dates what follows the clause.
    if (chosen && chosen.span.end <= trigger.start) {
      const opening = dates.find((d) => d !== chosen && !dateline(d) && /^(?:(?:On|Also on|Later on|Earlier on)\s+)?$/.test(options.text.slice(sentence.start, d.span.start)));
      const between = options.text.slice(chosen.span.end, trigger.start);
      if (opening && RELATIVE_BEFORE_DAY.test(options.text.slice(opening.span.end, chosen.span.start)) && /^[^;]*,\s+(?:and\s+(?:the\s+)?\p{Lu}|(?:was|were|had\s+been)\s|$)/u.test(between)) chosen = opening;
    }
    const counted = chosen && countedFrom(sentence, chosen, trigger, dates);
    if (counted) return counted;
    // "Talks … planned for this week will be held in Oslo on Sunday": a day of the clause inside the
    // relative span nearest the trigger says which day of it.
    // So does a month or part of one: "Earlier this year, the coast guard held a trawler … in late May".
    if (chosen?.method !== "relative" || isDay(chosen.date)) return chosen;
    const span = parseFuzzyDate(chosen.date);
    const inside = pool.filter((d) => {
      if (d === chosen || d.method === "anaphoric") return false;
      const bounds = parseFuzzyDate(d.date);
      return bounds.start >= span.start && bounds.end <= span.end && (bounds.start > span.start || bounds.end < span.end);
    });
    return inside.sort((a, b) => distance(a) - distance(b))[0] ?? chosen;
  };
  return { published, datesIn, eventDate, warnings };
}

/** "four days after", "a week before": a gap counted between two acts of one sentence. */
// "days after", uncounted: one to nine days, approximate ("On June 24, days after Iran shot down a drone").
const COUNTED_GAP = new RegExp(String.raw`\b(?:(${NUMBER})\s+(days?|weeks?)|(?<!\b${NUMBER}\s+)(days))\s+(after|before)\s+`, "gi");

/**
 * "The minister on Monday signed a decree …, three days after a drone was shot down": the act after
 * "after" is the day written for the other act, counted back ("before": on). And "the navy seized a tanker
 * two days after the strike on March 5": the act before the gap is counted from the day after it.
 * Only a day written out or counted from publication anchors, and the gap must lie between the two.
 */
function countedFrom(sentence: Sentence, chosen: ResolvedDate, trigger: Span, dates: ResolvedDate[]): ResolvedDate | undefined {
  if (chosen.method === "anaphoric" || !isDay(chosen.date)) return undefined;
  const dateFirst = chosen.span.end <= trigger.start;
  // "… on March 9, a week after the navy seized another tanker … on March 2": the act has its own day.
  if (dates.some((d) => d !== chosen && isWrittenDay(d) && (dateFirst ? d.span.start >= trigger.end : d.span.end <= trigger.start))) return undefined;
  const from = dateFirst ? chosen.span.end : trigger.end;
  const to = dateFirst ? trigger.start : chosen.span.start;
  const between = sentence.text.slice(from - sentence.start, to - sentence.start);
  if (/[;:]/.test(between)) return undefined;
  const gaps = [...between.matchAll(COUNTED_GAP)];
  if (gaps.length !== 1) return undefined;
  const gap = gaps[0]!;
  // The counted act follows the gap closely ("three days after a drone was shot down"), and the day read
  // is the other act's ("on March 5" right after "after the strike").
  const rest = between.slice(gap.index + gap[0].length);
  // "a day after officials disclosed that a tanker had been detained": the act counted is the disclosure.
  // Nor when a comma or a closing dash ends the counted act first ("On July 6 - a week after Bern - the ministry listed …").
  if (rest.length > 80 || /,|\s[-—–]\s/.test(rest) || /\b(?:that|said|says|disclosed|announced|reported|claimed|confirmed|revealed)\b/i.test(rest)) return undefined;
  // Trigger after the gap: it is the act "after"/"before" names, so it lies before/after the dated one.
  const sign = (gap[4]!.toLowerCase() === "after" ? 1 : -1) * (dateFirst ? -1 : 1);
  if (gap[3] !== undefined) {
    const [near, far] = [addDays(chosen.date, sign), addDays(chosen.date, sign * 9)].sort();
    return { ...chosen, date: `${approx(near!)}/${approx(far!)}`, method: "approximate" };
  }
  const days = daysOf(gap[1]!, gap[2]!);
  const weeks = gap[2]!.toLowerCase().startsWith("week") && days > 7;
  const shifted = addDays(chosen.date, sign * days);
  // "Two weeks after" is counted loosely, as in `came two weeks after`: the days around it, approximate.
  const date = weeks ? `${approx(addDays(shifted, -3))}/${approx(addDays(shifted, 3))}` : shifted;
  return { ...chosen, date, method: weeks ? "approximate" : "anaphoric" };
}

/** A date that is a single day ("2031-03-04"), not a month, a span or an approximation. */
export const isDay = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);

/** A single day written out ("May 9", "on the 19th"), not counted from another date. */
function isWrittenDay(d: ResolvedDate): boolean {
  if (d.method !== "explicit") return false;
  const parts = parseFuzzyDate(d.date);
  return parts.precision === "day" && parts.start === parts.end && !parts.uncertain;
}

/**
 * The month "on the 19th" falls in: that of the latest single day or month resolved, kept until a date
 * in another year (a "1998 accord" between them leaves it unclear which month the day is in).
 */
function monthReference(parts: FuzzyDateParts, previous: { year: number; month: number; day?: number } | undefined): { year: number; month: number; day?: number } | undefined {
  const year = Number(parts.start.slice(0, 4));
  const month = Number(parts.start.slice(5, 7));
  if (parts.uncertain || parts.approximate) return previous;
  if (parts.precision === "day" && parts.start === parts.end) return { year, month, day: Number(parts.start.slice(8, 10)) };
  if (parts.precision === "month" && parts.start.slice(0, 7) === parts.end.slice(0, 7)) return { year, month };
  if (previous !== undefined && (year !== previous.year || Number(parts.end.slice(0, 4)) !== previous.year)) return undefined;
  return previous;
}

const CLAUSE_BREAK = new RegExp(String.raw`;\s|\s-\s|,\s+(?:while|whereas|but)\s|,\s+and\s+(?=(?:then\s+|later\s+)?(?:on|in)\s+(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?${FULL_MONTH}\b)`, "g");

/** Clauses of a sentence: split at semicolons, spaced dashes, ", while/whereas/but", and ", and on <day>" (a clause with a day of its own). */
function clauseBounds(sentence: Sentence): Span[] {
  const bounds: Span[] = [];
  let start = sentence.start;
  for (const match of matchesOf(CLAUSE_BREAK, sentence.text)) {
    const at = sentence.start + match.index;
    bounds.push({ start, end: at });
    start = at;
  }
  bounds.push({ start, end: sentence.end + 1 });
  return bounds;
}
