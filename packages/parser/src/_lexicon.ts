/**
 * General vocabulary of the genre (wire reports, press releases, sanctions notes, primers on the
 * US–Iran file): titles, number words, sea areas, asset nouns, trigger verbs. Reference data about
 * particular actors lives in `data/actors.json`, not here.
 */

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A literal as a pattern that also accepts the other apostrophe (' or ’) and any run of spaces, so
 * that dictionary entries match both typographic conventions.
 */
export function literalPattern(text: string): string {
  return escapeRegExp(text)
    .replace(/['’]/g, "['’]")
    .replace(/ +/g, "\\s+");
}

/**
 * Every match of a global RegExp, as `[...text.matchAll(re)]` gives them. `matchAll` clones the RegExp
 * on every call, and a clone must find (and after a garbage collection, recompile) its code: per
 * sentence that was a large share of extraction time. The RegExp's `lastIndex` is 0 before and after.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    out.push(match);
    // An empty match: step over it (a whole code point under the u flag), as matchAll does.
    if (match[0] === "") re.lastIndex = advanceIndex(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

/**
 * `matchesOf(re, text)` for a global `re` whose scan is slow (a leading Unicode lookbehind, the u
 * flag), found through a cheap `finder`: a global pattern that matches at every position where `re`
 * can start a match (say, the same alternation without its word-boundary lookbehind and without u).
 * `re` is tried, sticky, only where `finder` matches, in order, so the matches are the same.
 */
export function createMatcher(re: RegExp, finder: RegExp): (text: string) => RegExpExecArray[] {
  if (!re.global || !finder.global) throw new TypeError("could not create a matcher - expected global RegExps");
  const sticky = new RegExp(re.source, `${re.flags.replace("g", "")}y`);
  return (text) => {
    const out: RegExpExecArray[] = [];
    finder.lastIndex = 0;
    for (let hit = finder.exec(text); hit; hit = finder.exec(text)) {
      sticky.lastIndex = hit.index;
      const match = sticky.exec(text);
      if (match) out.push(match);
      finder.lastIndex = match && match[0] !== "" ? match.index + match[0].length : advanceIndex(text, hit.index, re.unicode);
    }
    finder.lastIndex = 0;
    return out;
  };
}

/**
 * `matchesOf(re, text)` for a global `re` that starts with a lookbehind refusing a letter before it
 * (`(?<![\p{L}])`) and ends past a landmark a cheap global `finder` finds (a comma before a title, a
 * ship-type noun): every match starts in the run of `runChar` characters just before a landmark. So
 * `re` is tried, sticky, only at the word starts of those runs, landmark by landmark, in text order -
 * the same matches, without V8 trying the lookbehind at every position of the text. `runChar` tests
 * one UTF-16 unit and must accept both halves of a surrogate pair.
 */
export function createRunMatcher(re: RegExp, finder: RegExp, runChar: RegExp): (text: string) => RegExpExecArray[] {
  if (!re.global || !finder.global) throw new TypeError("could not create a matcher - expected global RegExps");
  const sticky = new RegExp(re.source, `${re.flags.replace("g", "")}y`);
  return (text) => {
    const out: RegExpExecArray[] = [];
    let lastEnd = 0;
    finder.lastIndex = 0;
    for (let hit = finder.exec(text); hit; hit = finder.exec(text)) {
      const at = hit.index;
      finder.lastIndex = at + 1;
      let from = at;
      while (from > lastEnd && runChar.test(text[from - 1]!)) from--;
      for (let p = from; p < at; p++) {
        // After an ASCII letter the lookbehind fails: not worth a call.
        const before = p === 0 ? 0 : text.charCodeAt(p - 1);
        if ((before >= 65 && before <= 90) || (before >= 97 && before <= 122)) continue;
        sticky.lastIndex = p;
        const match = sticky.exec(text);
        if (match) {
          out.push(match);
          lastEnd = match.index + match[0].length;
          finder.lastIndex = Math.max(at + 1, lastEnd);
          break;
        }
      }
    }
    finder.lastIndex = 0;
    return out;
  };
}

function advanceIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/**
 * Why most patterns here go without the `u` flag: with `u` (and above all `iu`), V8 matches by Unicode
 * case folding and word boundaries and loses its fast literal scans - measured 2-13x slower per
 * sentence. Without `u` an ASCII pattern matches the same text the same way, with one exception: `iu`
 * lets the archaic long s (ſ, U+017F) match "s" (the Kelvin sign, the other such letter, does not survive
 * NFC). A pattern keeps `u` when it needs it or could match differently without it: `\p{…}`, `.`, a
 * negated class or `\S \W \D \B` (which would split a surrogate pair), astral or cased non-ASCII letters.
 * `compilePattern` applies that rule to patterns built at run time; literal patterns follow it as written.
 */
export function compilePattern(source: string, flags: string): RegExp {
  return new RegExp(source, flags.includes("u") && !needsUnicode(source) ? flags.replace("u", "") : flags);
}

function needsUnicode(source: string): boolean {
  if (/\\[pPu]\{|\\u[0-9a-fA-F]{4}/.test(source)) return true;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      if (/[SWDB]/.test(source[i + 1] ?? "")) return true;
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") {
      inClass = true;
      if (source[i + 1] === "^") return true;
    } else if (c === ".") return true;
  }
  for (const ch of source) {
    if (ch.codePointAt(0)! > 0xffff) return true;
    if (ch.codePointAt(0)! > 127 && (ch.toUpperCase() !== ch || ch.toLowerCase() !== ch)) return true;
  }
  return false;
}

/** Something a text can be tested against: a RegExp, or a RegExp behind a cheaper test. */
export interface TextTest {
  test(text: string): boolean;
}

/**
 * The two letters that case-insensitive Unicode matching (`iu`) folds onto ASCII ones: the long s
 * (ſ, U+017F) and the Kelvin sign (U+212A). Text without them matches an ASCII pattern the same with
 * or without `u`.
 */
export const FOLDS_TO_ASCII = /[\u017F\u212A]/;

/**
 * `re.test`, run only where `prefilter` matches: a necessary condition for `re`, cheaper to scan for
 * (ASCII literals, no `u`: V8 skips ahead by its first characters). Text with a letter that `iu`
 * folds onto ASCII always goes to `re`, so the answer is `re`'s on every text.
 */
export function prefiltered(re: RegExp, prefilter: RegExp): TextTest {
  if (re.global || re.sticky || prefilter.global || prefilter.sticky) throw new TypeError("could not create a prefiltered test - expected non-global RegExps");
  return { test: (text) => (prefilter.test(text) || FOLDS_TO_ASCII.test(text)) && re.test(text) };
}

/** One alternation, longest first, so that "US Central Command" wins over "US". */
export function alternation(items: Iterable<string>, toPattern: (item: string) => string = literalPattern): string {
  const unique = [...new Set(items)].filter((item) => item.length > 0);
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map(toPattern).join("|");
}

/** A title word with either case of its first letter: "spokesman" / "Spokesman". */
function eitherCase(text: string): string {
  return literalPattern(text).replace(/(^|\\s\+)([A-Za-z])/g, (_, sep: string, ch: string) => `${sep}[${ch.toUpperCase()}${ch.toLowerCase()}]`);
}

const LETTER = String.raw`\p{L}\p{N}_`;
/** Wraps a pattern so that it matches whole words only. */
export function wordBounded(pattern: string): string {
  return `(?<![${LETTER}])(?:${pattern})(?![${LETTER}])`;
}

/** Participles that call a plan off for good ("was scrapped", "was overtaken by the war"); a postponement is told apart by its own words. */
export const CANCELLED_PARTICIPLE = String.raw`cancell?ed|called\s+off|scrapped|shelved|abandoned|scuttled|derailed|aborted|overtaken\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:war|events|fighting|strikes|conflict|campaign|offensive|attacks|escalation)`;

/** A plan said never to have happened: "never took place", "never went ahead", "did not take place". */
export const NEVER_HELD_PATTERN = String.raw`(?:never\s+(?:happened|took\s+place|went\s+ahead|materiali[sz]ed|convened)|(?:did\s+not|didn['’]t)\s+(?:happen|take\s+place|go\s+ahead|materiali[sz]e|convene))`;

export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  a: 1,
  an: 1,
  single: 1,
  pair: 2,
};

/** How many days, weeks or months a text counts ("two days after", "a week later", "14 days before"): a word up to thirty, or digits. */
/**
 * Verbs that tell talks ended or opened: one list for the dates' anchors ("two days after the talks adjourned"), a
 * round's days ("which opened on April 6, ended Friday") and the merge of a round told by its first and last day.
 */
export const TALKS_ENDED_VERBS = ["adjourned", "ended", "concluded", "closed", "broke up", "broke off", "wrapped up"];
export const TALKS_OPENED_VERBS = ["opened", "began", "begun", "started", "convened", "kicked off", "got under way"];

export const SPAN_COUNT_PATTERN = String.raw`(?:${alternation(Object.keys(NUMBER_WORDS).filter((word) => NUMBER_WORDS[word]! <= 30 && !/\s/.test(word)))}|\d{1,3})`;

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
};

/** A count as digits or words: "14", "1,200", "six", "twenty-one". */
export const COUNT_PATTERN = String.raw`\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|dozen`;

/** The number a count phrase stands for, or undefined. */
export function parseCount(text: string): number | undefined {
  const t = text.toLowerCase().trim();
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(t)) return Number(t.replace(/,/g, ""));
  if (t === "a dozen") return 12;
  const compound = /^([a-z]+)-([a-z]+)$/.exec(t);
  if (compound) {
    const tens = NUMBER_WORDS[compound[1]!];
    const unit = NUMBER_WORDS[compound[2]!];
    return tens !== undefined && unit !== undefined ? tens + unit : undefined;
  }
  return NUMBER_WORDS[t];
}

/** The ordinal of "seventh", "7th", "2nd", or undefined. */
export function parseOrdinal(text: string): number | undefined {
  const t = text.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (digits) return Number(digits[1]);
  return ORDINAL_WORDS[t];
}

export const ORDINAL_PATTERN = String.raw`first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|\d+(?:st|nd|rd|th)`;

/** Nouns of asking for an act, whose owner asked and did not act or suffer: "at Washington's behest". */
export const REQUEST_NOUNS = "(?:behest|request|bidding|instigation|orders?|instructions?)";

/** Sea areas of the region, as sources name them (canonical name first). */
export const SEA_AREAS: [string, ...string[]][] = [
  ["Strait of Hormuz", "Straits of Hormuz", "Hormuz Strait", "Hormuz"],
  ["Gulf of Oman", "Oman Sea", "Sea of Oman"],
  ["Persian Gulf", "Arabian Gulf"],
  ["Arabian Sea"],
  ["Red Sea"],
  ["Gulf of Aden"],
  ["Bab el-Mandeb", "Bab al-Mandab", "Bab el-Mandeb Strait"],
  ["Indian Ocean"],
  ["Mediterranean Sea", "Mediterranean", "eastern Mediterranean"],
  ["Caspian Sea"],
  ["Suez Canal"],
  ["South China Sea"],
  ["Black Sea"],
  ["Iranian waters", "Iranian territorial waters"],
  ["international waters"],
];

/** Wider regions a source may give as the location of a deployment: "in West Asia". */
export const REGIONS = ["Middle East", "West Asia", "Gulf region", "Persian Gulf region", "Levant"];

/**
 * Titles that introduce a person's name ("Deputy Foreign Minister Karim Example"). Matched with
 * either case of each word's first letter.
 */
export const PERSON_TITLES = [
  "Deputy Foreign Minister",
  "Vice Foreign Minister",
  "Foreign Minister",
  "Foreign Secretary",
  "Deputy Secretary of State",
  "Secretary of State",
  "Secretary of Defense",
  "Secretary of War",
  "Deputy Secretary of the Treasury",
  "Deputy Secretary of Defense",
  "Deputy Secretary",
  "Secretary of the Treasury",
  "Treasury Secretary",
  "Defense Secretary",
  "Defence Secretary",
  "Defense Minister",
  "Defence Minister",
  "Oil Minister",
  "Petroleum Minister",
  "Finance Minister",
  "Interior Minister",
  "Deputy Minister",
  "Minister",
  "Under Secretary",
  "Undersecretary",
  "Assistant Secretary",
  "National Security Adviser",
  "National Security Advisor",
  "Special Envoy to the Middle East",
  "Special Envoy for Iran",
  "Special Envoy",
  "special envoy",
  "Special Representative for Iran",
  "Special Representative",
  "envoy",
  "Vice President",
  "President",
  "Prime Minister",
  "Supreme Leader",
  "Crown Prince",
  "Sultan",
  "King",
  "Emir",
  "Sheikh",
  "Chancellor",
  "Ambassador",
  "Foreign Ministry spokesman",
  "Foreign Ministry spokeswoman",
  "Foreign Ministry spokesperson",
  "ministry spokesman",
  "ministry spokeswoman",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "Vice Admiral",
  "Rear Admiral",
  "Admiral",
  "Rear Adm.",
  "Vice Adm.",
  "Adm.",
  "Brigadier General",
  "Major General",
  "Lieutenant General",
  "Lt. Gen.",
  "Maj. Gen.",
  "Brig. Gen.",
  "General",
  "Gen.",
  "Commander",
  "Colonel",
  "Col.",
  "Captain",
  "Director General",
  "Director-General",
  "Director",
  "Secretary-General",
  "Secretary General",
  "Senator",
  "Sen.",
  "Rep.",
  "Representative",
  "Speaker",
  "Ayatollah",
  "High Representative",
  "Deputy Prime Minister",
  "coordinator",
  "media adviser",
  "senior adviser",
  "adviser",
  "advisor",
  "chief negotiator",
  "lead negotiator",
  "nuclear negotiator",
  "negotiator",
  "Lawmaker",
  "lawmaker",
  // Officials and executives the news names by office: "Press Secretary Dana Example",
  // "Aster Lines Chief Executive Tom Example", "Central Bank Governor Omid Example".
  "Press Secretary",
  "Secretary",
  "Chief Executive",
  "Chief Executive Officer",
  "CEO",
  "Chairman",
  "Chairwoman",
  "Managing Director",
  "Governor",
  "Prosecutor-General",
  "Prosecutor",
  "Chief Justice",
  "Judge",
  "Chief of Staff",
  "Commander-in-Chief",
  "Lieutenant Colonel",
  "Lt. Col.",
  // Those the news quotes for their expertise: "Jane Example, a senior analyst at Example Research".
  "senior analyst",
  "analyst",
  "senior fellow",
  "research fellow",
  "fellow",
  "researcher",
  "Professor",
  "professor",
  "chief economist",
  "economist",
];

/** Titles as one pattern, longest first, either case. */
export const TITLE_PATTERN = alternation(PERSON_TITLES, eitherCase);
/** The first words of the titles, as written in TITLE_PATTERN: every title starts with one of them. */
export const TITLE_START_PATTERN = alternation(new Set(PERSON_TITLES.map((title) => title.split(" ")[0]!)), eitherCase);

/**
 * Words that end an organisation's name ("Gulf International Forum", "Carnegie Endowment"); used to
 * recognise organisations the dictionary does not know.
 */
export const ORGANISATION_HEADS = [
  "Endowment",
  "Institute",
  "Institution",
  "Council",
  "Agency",
  "Foundation",
  "Forum",
  "Center",
  "Centre",
  "News",
  "Commission",
  "Corporation",
  "Company",
  "Shipping",
  "Trading",
  "Petroleum",
  "Petrochemical",
  "Bank",
  "Group",
  "Ltd",
  "LLC",
  "Inc",
  "Co",
  // Company forms as registered ("Example Shipping L.L.C.", "Bluefin Marine Co., Limited").
  "L.L.C.",
  "Ltd.",
  "Inc.",
  "Co.",
  "Co., Ltd.",
  "Co., Limited",
  "Limited",
  "FZE",
  "FZCO",
  "FZ-LLC",
  "DMCC",
  "PJSC",
  "GmbH",
  "Tankers",
  "Marine",
  // Bodies of states: "Joint Staff", "Border Force", "Home Office".
  "Staff",
  "Command",
  "Force",
  "Forces",
  "Navy",
  "Office",
  "Organization",
  "Organisation",
  "Service",
  "Airlines",
  "Airways",
  // "Sultan Qaboos University", "Abu Dhabi Police", "the Morality Police".
  "University",
  "Police",
  // "the Armed Services Committee", "Helicopter Squadron 12", "the Labour Party", "the Safety Board", "a Heritage Society".
  "Committee",
  "Squadron",
  // Military units: "the 82nd Airborne Division", "the Fifth Fleet", "the 26th Marine Expeditionary Unit".
  "Division",
  "Brigade",
  "Brigades",
  "Regiment",
  "Battalion",
  "Fleet",
  "Expeditionary Unit",
  "Party",
  "Board",
  "Society",
];

/** Ship types as sources write them before a vessel's name ("the oil tanker X"). */
export const VESSEL_TYPES = [
  "aircraft carrier",
  "supercarrier",
  "carrier",
  "guided-missile destroyer",
  "destroyer",
  "frigate",
  "corvette",
  "cruiser",
  "submarine",
  "warship",
  "amphibious assault ship",
  "patrol boat",
  "coastal patrol ship",
  "patrol ship",
  "patrol craft",
  "Coast Guard cutter",
  "cutter",
  "trawler",
  "oil tanker",
  "crude oil tanker",
  "crude tanker",
  "product tanker",
  "chemical tanker",
  "LPG tanker",
  "LNG tanker",
  "LNG carrier",
  "supertanker",
  "tanker",
  "container ship",
  "cargo ship",
  "bulk carrier",
  "merchant vessel",
  "merchant ship",
  "commercial vessel",
  "freighter",
  "vessel",
  "ship",
  "dhow",
  // Tanker classes by size, as trade papers name ships ("the Liberia-flagged suezmax Example").
  "Suezmax",
  "suezmax",
  "Aframax",
  "aframax",
  "VLCC",
];

/** Prefixes of ships' names: USS, HMS, MV… The flag they imply, when they imply one. */
export const VESSEL_PREFIXES: Record<string, string | undefined> = {
  USS: "state:united-states",
  USNS: "state:united-states",
  USCGC: "state:united-states",
  HMS: "state:united-kingdom",
  FS: "state:france",
  IRIS: "state:iran",
  INS: "state:india",
  HMAS: "state:australia",
  HMCS: "state:canada",
  MV: undefined,
  "M/V": undefined,
  MT: undefined,
  "M/T": undefined,
};

/** Asset nouns by category, singular and plural forms as a pattern each. */
export const ASSET_NOUNS: { category: "aircraft" | "drone" | "vessel" | "missile" | "ground"; pattern: string }[] = [
  {
    category: "vessel",
    pattern: String.raw`carrier strike groups?|aircraft carriers?|strike groups?|gunboats?|fast boats?|fast-attack craft|speedboats?|patrol boats?|warships?|destroyers?|frigates?|submarines?|oil tankers?|tankers?|vessels?|ships?|boats?`,
  },
  { category: "drone", pattern: String.raw`drones?|UAVs?|unmanned aerial vehicles?|unmanned aircraft` },
  {
    category: "aircraft",
    pattern: String.raw`fighter jets?|fighter planes?|fighters?|jets?|warplanes?|bombers?|aircraft|helicopters?|planes?|surveillance planes?`,
  },
  { category: "missile", pattern: String.raw`ballistic missiles?|cruise missiles?|anti-ship missiles?|missiles?|rockets?` },
  { category: "ground", pattern: String.raw`troops|soldiers|ground forces|air defen[cs]e systems?|batteries` },
];

/** Agenda items and tracks of negotiations, as phrases. */
export const TRACK_PATTERN = String.raw`(?:technical )?nuclear (?:file|track|programme|program|issues?|dossier|talks)|nuclear matters|enrichment|uranium stockpile|regional security|regional (?:["“”]?all fronts["“”]? )?track|regional issues|regional influence|regional proxy networks|proxy networks|ballistic missiles?|missile programme|missile program|sanctions relief|human rights(?: concerns)?|prisoner (?:swap|exchange)s?|frozen (?:assets|funds)|verification|inspections`;

/** Reporting verbs: what turns a statement into a party's claim. */
/** Month and weekday names in lower case, in calendar order (weekdays from Sunday, as `Date#getUTCDay` counts). */
/** News sites file a story under the day it ran: "news.example/world/2031/05/09/talks-resume/". */
export const URL_DATE = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\//;

export const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** A month written out in full, as prose writes it ("March"); lists and annexes abbreviate ("DOB 07 Mar 1981"). */
export const FULL_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** A month as running text writes it, whole or abbreviated ("March", "Sept.", "Jul"). */
export const MONTH_PATTERN = String.raw`(?:${FULL_MONTH}|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
export const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A verb that did not stop an act, which therefore happened: "had not prevented", "failed to stop", "could not avert". */
export const FAILED_TO_PREVENT = String.raw`(?:(?:had|have|has|did|could|would)\s+not|failed\s+to|did\s+nothing\s+to)\s+(?:prevent|stop|avert|halt|forestall|head\s+off)(?:ed)?`;

/** The verb a statement's own date follows: "said on Tuesday", "told reporters Monday", "announced today". */
export const STATEMENT_VERB = String.raw`said|says|told(?:\s+\w+){0,2}|announced|stated|wrote|added|confirmed|reported|claimed|claims`;
export const REPORTING_VERB = String.raw`said|says|say|claimed|claims|claim|reported|reports|alleged|alleges|asserted|asserts|insisted|insists|told|tells|stated|states|maintained|maintains|according to`;

/** Right before a plan's day: "scheduled for", "pencilled in for", "due on", "set for Oslo on", "announced for Oslo on" (not "announced on"). */
// "set for Oslo on May 9", "scheduled to take place in Oslo on May 9".
const PLAN_DATE_BEFORE = /\b(?:(?:set|scheduled|planned|slated|due|fixed|pencill?ed in)\s+(?:(?:(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?(?:for|on)\s+(?:[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)?on\s+)?|to\s+(?:take place|be held|open|resume|begin|start|convene)\s+(?:in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?on\s+)|announced\s+for\s+(?:[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)?on\s+)?)(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/i;
/** Whether the date written at `at` in `text` is a plan's day ("set for Oslo on May 9"); `from` bounds the look back. */
export function isPlanDayAt(text: string, at: number, from = 0): boolean {
  return PLAN_DATE_BEFORE.test(text.slice(Math.max(from, at - 60), at));
}
/** Words that make a clause future or planned. */
export const PLANNED_MARKERS = String.raw`will|would|shall|plans? to|planned|pencill?ed\s+in|planning to|is planning|are planning|scheduled|expected|set to|due to|(?:is|are|was|were|had been)\s+due(?=\s+(?:in|at|on|for)\s+(?!part\b))|slated|upcoming|intends? to|to be held|to resume|next week|next month|next round|proposed|would be held|could be held|is to|are to`;

/**
 * An act or talks told as the time of another: "while talks were under way", "even as Israeli strikes continued" (the
 * noun between the two). For rounds and incidents alike: such a mention is no event of its own, nor dated by the other.
 */
export const AS_A_TIME_BEFORE = /\b(?:even\s+as|while|as|when)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
export const AS_A_TIME_AFTER = /^\s+(?:continued|went\s+on|raged|(?:were|was|are|is)\s+(?:still\s+)?(?:under\s*way|ongoing|continuing|going\s+on|in\s+progress))\b/i;

/** A reaction to an act or a round, told on its own day: "welcomed the second round", "condemned the attack". */
export const REACTION_VERB = "welcomed|welcomes|welcoming|hailed|hails|praised|praises|lauded|applauded|criticised|criticized|condemned";

/** A meeting being arranged, still to come: "is working to organise", "seeking to arrange", "trying to broker". */
export const ARRANGING_VERB = String.raw`(?:working|seeking|trying|moving|pushing|looking)\s+to\s+(?:organi[sz]e|arrange|set\s+up|convene|schedule|broker)`;

/** Denial verbs. */
export const DENIAL_VERB = String.raw`denied|denies|deny|denying|rejected (?:claims|reports|allegations)|dismissed (?:claims|reports|allegations)|refuted|refutes`;

/**
 * The modal "may", not the month: patterns using it are case-insensitive, so "On May 27, the Guards
 * seized …" would read as a hypothetical. A day number after it, or a date word before it, makes it the month.
 */
export const MODAL_MAY = String.raw`may(?!\s+\d|\s*[,;])(?<!(?:\d|\b(?:in|on|of|since|until|by|from|to|early|late|mid|last|next|this|that|each|every))[\s-]+may)`;

/** Words marking a clause as hypothetical or general, not a report. */
export const HYPOTHETICAL_MARKERS = String.raw`if|unless|whether|could|might|${MODAL_MAY}|should|would|any|until`;
