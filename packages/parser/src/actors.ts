/**
 * Actor recognition: the dictionary of known states, organisations and officials (data/actors.json,
 * format in docs/actors.md), plus general patterns for actors it does not know — titled persons,
 * named vessels, organisations by the head noun of their name — and surname links to full names.
 */
import { readFileSync } from "node:fs";
import type { Actor, ActorId, ActorKind, Evidence, Role } from "@sitrep/domain";
import { ActorIdSchema, OrganisationTypeSchema } from "@sitrep/domain";
import {
  alternation,
  compilePattern,
  createMatcher,
  createRunMatcher,
  escapeRegExp,
  FULL_MONTH,
  literalPattern,
  matchesOf,
  MONTH_NAMES,
  ORGANISATION_HEADS,
  SEA_AREAS,
  TITLE_PATTERN,
  TITLE_START_PATTERN,
  VESSEL_PREFIXES,
  VESSEL_TYPES,
  WEEKDAY_NAMES,
  wordBounded,
} from "./_lexicon.js";
import type { ActorIndex, ActorMention, DocumentContext, Span } from "./_types.js";

/** One actor of the dictionary, as written in data/actors.json. */
export interface DictionaryEntry {
  id: ActorId;
  kind: ActorKind;
  name: string;
  /** Names always matched as this actor (case-sensitive). */
  aliases: string[];
  /** States: adjectives that name them ("Iranian"). Matched as mentions of the state. */
  adjectives?: string[];
  /** States: words used for the government ("Tehran", "Washington"). Matched as mentions. */
  metonyms?: string[];
  capital?: string;
  /** States: other cities that can host talks or be a place of an event; not mentions. */
  cities?: string[];
  organisationType?: Actor["organisationType"];
  affiliation?: ActorId;
  roles?: { title: string; of?: ActorId; from?: string; to?: string }[];
  /** Groups of states: the states acting as the group ("E3" → France, Germany, the United Kingdom). */
  members?: ActorId[];
  vessel?: Actor["vessel"];
}

/** A known city and the state it belongs to. */
export interface Place {
  city: string;
  state: ActorId;
  country: string;
}

/** The loaded, compiled dictionary. */
export interface ActorDictionary {
  entries: Map<ActorId, DictionaryEntry>;
  /** Every alias, adjective and metonym in one alternation, longest first. */
  pattern: RegExp;
  /** Normalised form → actor id. */
  forms: Map<string, ActorId>;
  /** Adjective or name of a state → the state ("Omani" → state:oman). */
  states: Map<string, ActorId>;
  /** City name → place. Capitals and listed cities. */
  places: Map<string, Place>;
}

const BUNDLED_DICTIONARY = new URL("../data/actors.json", import.meta.url);

/** Same key for "Iran's" and "Iran’s", and for runs of spaces. */
export function normaliseForm(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}

/** `Jane Example` → `jane-example`; diacritics dropped. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function readEntries(path: string | URL): DictionaryEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new Error(`could not load actor dictionary - ${String(path)} is not readable JSON`, { cause });
  }
  const actors = (raw as { actors?: unknown }).actors;
  if (!Array.isArray(actors)) {
    throw new Error(`could not load actor dictionary - ${String(path)}: expected an object with an "actors" array, received ${typeof raw}`);
  }
  return actors.map((entry, index) => checkEntry(entry, `${String(path)}: actors[${index}]`));
}

function checkEntry(value: unknown, where: string): DictionaryEntry {
  const entry = value as Partial<DictionaryEntry>;
  const fail = (reason: string): never => {
    throw new Error(`could not load actor dictionary - ${where}: ${reason}`);
  };
  if (typeof entry !== "object" || entry === null) fail("expected an object");
  if (!ActorIdSchema.safeParse(entry.id).success) fail(`expected an id such as state:iran, received ${JSON.stringify(entry.id)}`);
  const kind = String(entry.id).split(":")[0] as ActorKind;
  if (entry.kind !== undefined && entry.kind !== kind) fail(`kind ${entry.kind} does not match id ${entry.id}`);
  if (typeof entry.name !== "string" || entry.name === "") fail("expected a name");
  if (entry.aliases !== undefined && !Array.isArray(entry.aliases)) fail("expected aliases to be an array of strings");
  if (entry.members !== undefined && !(Array.isArray(entry.members) && entry.members.every((id) => ActorIdSchema.safeParse(id).success))) {
    fail(`expected members to be actor ids such as state:france, received ${JSON.stringify(entry.members)}`);
  }
  if (entry.organisationType !== undefined && !OrganisationTypeSchema.safeParse(entry.organisationType).success) {
    fail(`unknown organisationType ${JSON.stringify(entry.organisationType)}`);
  }
  return { ...entry, kind, aliases: entry.aliases ?? [] } as DictionaryEntry;
}

/** Entries of a later file extend (aliases, roles…) and override (name, affiliation…) earlier ones. */
function mergeEntries(base: DictionaryEntry[], extra: DictionaryEntry[]): DictionaryEntry[] {
  const byId = new Map(base.map((entry) => [entry.id, entry]));
  for (const entry of extra) {
    const old = byId.get(entry.id);
    if (!old) {
      byId.set(entry.id, entry);
      continue;
    }
    const union = (a?: string[], b?: string[]) => (a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined);
    byId.set(entry.id, {
      ...old,
      ...entry,
      aliases: union(old.aliases, entry.aliases) ?? [],
      adjectives: union(old.adjectives, entry.adjectives),
      metonyms: union(old.metonyms, entry.metonyms),
      cities: union(old.cities, entry.cities),
      members: union(old.members, entry.members) as ActorId[] | undefined,
      roles: entry.roles ?? old.roles,
    });
  }
  return [...byId.values()];
}

/** Compiles entries into a dictionary: one alternation for every form. */
export function createActorDictionary(entries: DictionaryEntry[]): ActorDictionary {
  const map = new Map<ActorId, DictionaryEntry>();
  const forms = new Map<string, ActorId>();
  const states = new Map<string, ActorId>();
  const places = new Map<string, Place>();
  for (const entry of entries) {
    map.set(entry.id, entry);
    const all = [entry.name, ...entry.aliases, ...(entry.adjectives ?? []), ...(entry.metonyms ?? [])];
    for (const form of all) if (!forms.has(normaliseForm(form))) forms.set(normaliseForm(form), entry.id);
    if (entry.kind === "state") {
      for (const form of [entry.name, ...entry.aliases, ...(entry.adjectives ?? []), ...(entry.metonyms ?? [])]) {
        states.set(normaliseForm(form), entry.id);
      }
      for (const city of [entry.capital, ...(entry.cities ?? [])]) {
        if (city) places.set(city, { city, state: entry.id, country: entry.name });
      }
    }
  }
  const pattern = new RegExp(wordBounded(alternation(forms.keys())), "gu");
  return { entries: map, pattern, forms, states, places };
}

/**
 * The bundled dictionary, extended or overridden by a user file of the same format.
 * @throws when a file is unreadable or an entry malformed ("could not load actor dictionary - …").
 */
export function loadActorDictionary(path?: string): ActorDictionary {
  const bundled = readEntries(BUNDLED_DICTIONARY);
  return createActorDictionary(path ? mergeEntries(bundled, readEntries(path)) : bundled);
}

let defaultDictionary: ActorDictionary | undefined;
/** The bundled dictionary, loaded once. */
export function bundledActorDictionary(): ActorDictionary {
  defaultDictionary ??= loadActorDictionary();
  return defaultDictionary;
}

/**
 * The forms that start with one head (the run of word characters a form starts with), as a trie of
 * what follows the head, one character per level: an apostrophe stands for either apostrophe and a
 * space for any run of whitespace, as in `literalPattern`. `form` is set where a form ends.
 */
interface FormTrie {
  next: Map<number, FormTrie>;
  form?: string;
}
interface FormScanner {
  /** Forms by their head: a form can match only where the text's word starting there is its head. */
  byHead: Map<string, FormTrie>;
  /** The first UTF-16 unit of every head: a word starting otherwise needs no lookup. */
  headStarts: Set<number>;
  /** Forms that start with a symbol (an apostrophe, a bracket), by that character: user dictionaries only. */
  bySymbol: Map<string, RegExp>;
}
const FORM_SCANNERS = new WeakMap<ActorDictionary, FormScanner>();
const WORD_END = String.raw`(?![\p{L}\p{N}_])`;
const HEAD = /^[\p{L}\p{N}_]*/u;
const APOSTROPHE = 39;
const SPACE = 32;

function formScannerOf(dictionary: ActorDictionary): FormScanner {
  let scanner = FORM_SCANNERS.get(dictionary);
  if (scanner) return scanner;
  const byHead = new Map<string, FormTrie>();
  const symbols = new Map<string, string[]>();
  for (const form of dictionary.forms.keys()) {
    if (form.length === 0) continue;
    const head = HEAD.exec(form)![0];
    if (head === "") {
      // literalPattern lets an apostrophe match either apostrophe.
      for (const key of /^['’]/.test(form) ? ["'", "’"] : [String.fromCodePoint(form.codePointAt(0)!)]) {
        const group = symbols.get(key) ?? [];
        group.push(form);
        symbols.set(key, group);
      }
      continue;
    }
    let node: FormTrie | undefined = byHead.get(head);
    if (!node) {
      node = { next: new Map() };
      byHead.set(head, node);
    }
    // Forms are normalised (normaliseForm): single spaces, plain apostrophes.
    for (let i = head.length; i < form.length; i++) {
      const code = form.charCodeAt(i);
      let child: FormTrie | undefined = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    node.form = form;
  }
  // A symbol's forms as `alternation` orders them (longest first), so the first that matches wins.
  const alternationOf = (group: string[]) => {
    group.sort((a, b) => b.length - a.length || a.localeCompare(b));
    return new RegExp(`(?:${group.map(literalPattern).join("|")})${WORD_END}`, "uy");
  };
  scanner = {
    byHead,
    headStarts: new Set([...byHead.keys()].map((head) => head.charCodeAt(0))),
    bySymbol: new Map([...symbols].map(([key, group]) => [key, alternationOf(group)])),
  };
  FORM_SCANNERS.set(dictionary, scanner);
  return scanner;
}

/**
 * Where the longest form of `trie` that follows a head ending at `from` ends, as a whole word; -1 if
 * none. Two forms of one length cannot both match, so the longest match is the one `alternation`'s
 * order (longest first) finds.
 */
function longestFormEnd(text: string, trie: FormTrie, from: number): number {
  let node = trie;
  let at = from;
  // The head is a whole word: it ends where the text's word does.
  let best = node.form !== undefined ? at : -1;
  while (at < text.length) {
    let code = text.charCodeAt(at);
    let width = 1;
    if (code === 0x2019) code = APOSTROPHE;
    else if (isSpaceCode(code)) {
      code = SPACE;
      while (at + width < text.length && isSpaceCode(text.charCodeAt(at + width))) width++;
    }
    const child = node.next.get(code);
    if (!child) break;
    node = child;
    at += width;
    if (node.form !== undefined && (at === text.length || !isWordCharAt(text, at))) best = at;
  }
  return best;
}

/**
 * A paragraph's first word in capitals before lower-case words, as some trade papers open a story
 * ("IRANIAN forces boarded …"), in its ordinary case ("Iranian"); undefined for any other word. A
 * dateline ("TEHRAN (Tasnim) -", "DUBAI, UAE") is followed by punctuation, not a lower-case word.
 */
function capitalisedLead(text: string, start: number, end: number): string | undefined {
  if (end - start < 4 || (start > 0 && text.charCodeAt(start - 1) !== 10)) return undefined;
  const word = text.slice(start, end);
  if (!/^\p{Lu}+$/u.test(word) || !/^ \p{Ll}/u.test(text.slice(end, end + 2))) return undefined;
  return word[0] + word.slice(1).toLowerCase();
}

/** What `\s` matches, by character code. */
function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE_CHAR.test(String.fromCharCode(code));
}
const SPACE_CHAR = /\s/;

/**
 * Every dictionary form in a text: exactly what `dictionary.pattern` matches (whole words, leftmost,
 * longest first), found faster. The text is walked word by word; a word that is the head of some
 * forms is looked up, and its forms are read from there through their trie. Scanning for every
 * character that starts a form (most letters) and trying an alternation of all forms with that
 * first character there cost about 5x more.
 */
function scanDictionaryForms(dictionary: ActorDictionary, text: string): { start: number; text: string; form?: string }[] {
  const { byHead, headStarts, bySymbol } = formScannerOf(dictionary);
  const out: { start: number; text: string; form?: string }[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    if (!isWordCharAt(text, at)) {
      const re = bySymbol.size > 0 ? bySymbol.get(String.fromCodePoint(text.codePointAt(at)!)) : undefined;
      if (re && !isWordCharBefore(text, at)) {
        re.lastIndex = at;
        const hit = re.exec(text);
        if (hit) {
          out.push({ start: at, text: hit[0] });
          at += hit[0].length;
          continue;
        }
      }
      at += codePointWidth(text, at);
      continue;
    }
    let end = at + codePointWidth(text, at);
    while (end < length && isWordCharAt(text, end)) end += codePointWidth(text, end);
    const trie = headStarts.has(text.charCodeAt(at)) ? byHead.get(text.slice(at, end)) : undefined;
    // (The test before the word is the pattern's lookbehind, which differs from the walk only at a lone surrogate.)
    if (trie !== undefined && !isWordCharBefore(text, at)) {
      const formEnd = longestFormEnd(text, trie, end);
      if (formEnd !== -1) {
        out.push({ start: at, text: text.slice(at, formEnd) });
        at = formEnd;
        continue;
      }
    }
    const capitalised = trie === undefined ? capitalisedLead(text, at, end) : undefined;
    const form = capitalised === undefined ? undefined : byHead.get(capitalised)?.form;
    if (form !== undefined) out.push({ start: at, text: text.slice(at, end), form });
    at = end;
  }
  return out;
}

// --- patterns for actors the dictionary does not know ------------------------------------------

/** A capitalised name word: "Karimi-Rad", "al-Hadi", "O'Neill", "J."; not "Iran’s". */
const NAME_TOKEN = String.raw`(?:(?:al|el|ul|bin|ibn|van|von|de|da)[- ])?\p{Lu}\p{Ll}*(?:(?<=\b(?:Mc|Mac|De|Le|La|Di|Du))\p{Lu}\p{Ll}+)?(?:['’]\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*\.?`;
const NAME = String.raw`${NAME_TOKEN}(?:\s+${NAME_TOKEN}){0,3}`;
const FIRST_TITLE_RE = compilePattern(`^(?:${TITLE_PATTERN})`, "u");
/** Titles may stack: "Defense Minister Brigadier General Reza Example". */
const TITLED_PERSON_RE = new RegExp(String.raw`(?<![\p{L}])((?:${TITLE_PATTERN})(?:\s+(?:${TITLE_PATTERN}))*)\s+(${NAME})`, "gu");
/**
 * Where a title's first word is written (ASCII, so without u) after no ASCII letter: the only places a
 * titled person can start. The one-character lookbehind rules out most positions inside words before
 * V8 tries the ~70 title words there.
 */
const titledPersonsIn = createMatcher(TITLED_PERSON_RE, compilePattern(`(?<![A-Za-z])(?:${TITLE_START_PATTERN})`, "gu"));
/** "the Foreign Secretary, Jane Example, said", "Norway's Foreign Minister, Lars Example,". */
const TITLE_COMMA_NAME_RE = new RegExp(
  // "the spokesman of the Iranian Judiciary, Ali Example,", "Oman's ambassador to the UN, Salim Example,".
  String.raw`(?:\b(?:the|The)|['’]s)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(${TITLE_PATTERN})(?:\s+(?:of|for|to|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?,\s+(${NAME})(?=\s*[,;.)]|\s+(?:and|said|says|told|who|has|had|was|wrote)\b)`,
  "gu",
);
/** A title or honorific at the start of a name: "Major General Hamid Example, commander of …", "Dr. Jane Example, a fellow at …". */
const LEADING_TITLE_RE = compilePattern(String.raw`^(?:(?:${TITLE_PATTERN}|(?:Dr|Prof|Mr|Mrs|Ms)\.?)\s+)+`, "u");
const APPOSITIVE_RE = new RegExp(
  String.raw`(?<![\p{L}])(${NAME})\s*,\s+(?:the\s+|a\s+|an\s+)?((?:[\p{Lu}][\p{L}'’-]*\s+){0,3}?)((?:${TITLE_PATTERN})(?![\p{L}])(?!\s+\p{Lu}\p{Ll})|head of|chief of|commander of)(?![\p{L}])`,
  "gu",
);
/**
 * Commas an appositive can follow: one with a title's first word (or "head/chief/commander of") at most
 * five words after it; every appositive has such a comma after its name. Without u on purpose: \S
 * may split a surrogate pair here, which only lets more commas through.
 */
const APPOSITIVE_COMMA_RE = new RegExp(String.raw`,\s+(?:\S+\s+){0,4}?(?:${TITLE_START_PATTERN}|head of|chief of|commander of)`, "g");
/** What a name and the spaces before its comma are made of (a surrogate counts, as it may be a letter). */
const appositivesIn = createRunMatcher(APPOSITIVE_RE, APPOSITIVE_COMMA_RE, /[\p{L}'’.\-\s\uD800-\uDFFF]/u);
/** Ships' names as written, including press releases' capitals ("the tanker OCEAN ASTER (IMO 9000001)"). */
// "USS McKINNON": a Scottish or Irish name in capitals keeps its lower-case "c".
const VESSEL_TOKEN = String.raw`(?:(?:Ma?c|O['’])\p{Lu}[\p{Lu}\d'’-]+(?![\p{Ll}])|\p{Lu}[\p{Lu}\d'’-]+(?![\p{Ll}])|${NAME_TOKEN})`;
// A number may end a ship's name ("the tanker Aster 2", "Aster 2, suspected of …"), not a count
// ("1,000"), a decimal or a date after it.
// Words of a name stay on one line and never run past a full stop ("the Sea Wren. Iran …").
// A full stop ends the name, unless it closes a middle initial ("USS John Q. Example").
const VESSEL_NAME = String.raw`${VESSEL_TOKEN}(?:(?:(?<!\.)|(?<=(?<![\p{L}])\p{Lu}\.))[ \t]+${VESSEL_TOKEN}){0,3}(?:(?<!\.)[ \t]+\d{1,3}(?![\d%]|[.,:/]\d|\s+(?:crew|members|people|sailors|seafarers|km|kilometres|kilometers|miles|nautical|nm|percent|per|tonnes|tons|barrels|days|hours|[ap]\.?m\b)))?`;
const IMO_AFTER = /^\s*\(IMO(?: No\.?| number)?\s*(\d{7})\)/;
const VESSEL_PREFIX_RE = new RegExp(String.raw`(?<![\p{L}])(${alternation(Object.keys(VESSEL_PREFIXES))})\s+(${VESSEL_NAME})`, "gu");
const VESSEL_TYPE_BEFORE_RE = compilePattern(`(${alternation(VESSEL_TYPES, escapeRegExp)})\\s+$`, "u");
const VESSEL_TYPED_RE = new RegExp(
  // "the Swedish-owned, British-flagged tanker X": an owner's (or crew's) adjective may stand before the flag with a comma.
  String.raw`(?<![\p{L}])(?:[Tt]he|[Aa]n?)\s+(?:(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)-flagged\s+)?((?:\p{Lu}[\p{L}.]*-(?:owned|operated|managed|crewed),\s+)?(?:\d{1,3}(?:,\d{3})*-(?:ton|tonne)\s+)?(?:[\p{L}-]+\s+){0,2}?)(${alternation(VESSEL_TYPES, escapeRegExp)})\s+["“]?(${VESSEL_NAME})["”]?`,
  "gu",
);
const VESSEL_FLAGGED_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]he|[Aa]n?)\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)-flagged\s+["“]?(${VESSEL_NAME})["”]?`,
  "gu",
);
/** What the words before a ship-type noun or "-flagged" are made of ("the Togo-flagged crude"). */
const VESSEL_RUN_CHAR = /[\p{L}.\-\s\uD800-\uDFFF]/u;
/** … and before a ship-type noun, a comma after an owner's adjective ("the Danish-owned, Maltese-flagged tanker"). */
const VESSEL_TYPED_RUN_CHAR = /[\p{L}\d.,\-\s\uD800-\uDFFF]/u;
/** A vessel entry of a sanctions annex: the name in capitals, a former name, the type, the flag. */
const ANNEX_VESSEL_RE = /(?<![\p{L}\d])(\p{Lu}[\p{Lu}\d'’-]+(?:[ \t]+[\p{Lu}\d][\p{Lu}\d'’-]*){0,3})\s+(?:\((?:f\.k\.a\.|a\.k\.a\.)[^)]{1,60}\)\s+)?((?:Crude Oil|Oil|Products?|Chemical|LPG|LNG|Bulk|General Cargo|Container)?\s*(?:Tanker|Carrier|Ship|Vessel))\s+(\p{Lu}[\p{L} ]{1,30}?)\s+flag\b/gu;
/** An entry's ship in capitals, then its description in brackets with a flag or a ship type. */
const ENTRY_VESSEL_RE = /(?:(?:^|\n)(?:\d+(?:\.\d+)*\.?[ \t]+)?|\s[-–—]\s)(\p{Lu}[\p{Lu}\d'’-]+(?:[ \t]+[\p{Lu}\d][\p{Lu}\d'’-]*){0,3})[ \t]+\((?:[^)\n]*?(?:(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)-flagged|\b(?:tanker|carrier|bulker|bulk carrier|container ship|cargo ship|vessel|freighter|dhow)\b))/gu;
/** A name that opens with a ship prefix, which the prefix reading (4) already took: "MT OCEAN ASTER". */
const PREFIXED_NAME = /^(?:USS|USNS|HMS|MV|MT|M\/V|M\/T)(?=\s|$)/;
/** A form's vessel field, as circulars and incident logs write it: "Vessel:    SEA EXAMPLE (Liberia)". */
const VESSEL_FIELD_RE = /(?:^|\n)(?:Vessels?|Ships?)(?:\s+name)?:[ \t]+([^\n]+)/g;
/**
 * Ships named after a plural ship noun: "tankers, the Blue Heron and the Sea Wren", "two tankers - the
 * Ruritanian-owned Blue Heron and the Example-flagged Sea Wren".
 */
const LIST_OWNER = String.raw`(?:\p{Lu}\p{L}*-(?:owned|flagged|operated|managed)\s+)?`;
/** One ship of such a list, its name without the article and the owner's adjective. */
const LIST_PART_RE = new RegExp(String.raw`^(?:the\s+)?${LIST_OWNER}(.+)$`, "u");
const LIST_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}`;
/** A capitalised name of up to four words or numbers, as ships are written in prose ("the Sea Wren", "the Nord Example"). */
const SHIP_NAME = String.raw`((?:[A-Z][\w-]*|\d+)(?:\s+(?:[A-Z][\w-]*|\d+)){0,3})`;
/** "the Sea Wren, taken by the regular navy": a name the navy or the Guards took (see findVessels, 4d). */
const NAMED_THEN_SEIZED_RE =
  new RegExp(String.raw`\bthe\s+${SHIP_NAME},\s+(?:(?:seized|taken|boarded|hijacked|detained|impounded)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:[Nn]avy|Guards|IRGC|IRGCN|commandos|[Mm]arines)\b|(?:which|that)\s+(?:was|had been)\s+(?:boarded|hijacked|impounded)\b)`, "g");
/**
 * "The Sea Wren was seized in the Red Sea", "the Sea Wren, taken off …", "the Blue Heron was taken
 * on 3 May": a name taken at sea or on a day (see findVessels, 4d). "Taken" alone is a common verb: only
 * after a name of two words or more ("The Council was taken on …" is no ship).
 */
const NAMED_SEIZED_AT_SEA_RE =
  new RegExp(String.raw`\b[Tt]he\s+${SHIP_NAME}(?:,\s+|\s+(?:was|had been|has been)\s+)(?:seized|taken(?<=\s[A-Z][\w-]*\s+[A-Z][\w-]*(?:,\s+|\s+(?:was|had been|has been)\s+)taken)|boarded|hijacked|detained|impounded)\s+(?:(?:in|off|near)\s+(?:the\s+)?(?:Strait|Gulf|Sea|Red Sea|Arabian Sea|Persian Gulf|Caspian|waters)\b|on\s+\d{1,2}\s+${FULL_MONTH}\b|on\s+${FULL_MONTH}\s+\d)`, "g");
/** "The SEA WREN, Example-flagged, was boarded": a name with its flag in an appositive (see findVessels, 4d). */
const NAMED_THEN_FLAGGED_RE = new RegExp(String.raw`\b[Tt]he\s+${SHIP_NAME},\s+(?:also\s+)?[A-Z][\w]*-flagged\b`, "g");
/** "the crew of the Blue Heron", "the hull of the Sea Wren": what only a ship has (see findVessels, 4d). */
const SHIP_PART_OF_RE = new RegExp(String.raw`\b(?:crews?|hull|deck|bridge|engine room)\s+of\s+the\s+${SHIP_NAME}\b`, "g");
/**
 * "seized the Sea Wren in the Red Sea", "detain the Aster 2, which was suspected of carrying …",
 * "had taken the Blue Heron to the port of Example": a capitalised name taken at sea, on a day, with
 * a cargo, or into port (see findVessels, 4d).
 */
const SEIZED_AT_SEA_RE =
  new RegExp(String.raw`\b(?:seized|seizes|seize|seizing|took|takes|take|taking|taken|hijacked|boarded|detain|detained|impounded)\s+the\s+${SHIP_NAME}(?=\s+(?:to|into)\s+(?:the\s+)?(?:port|harbou?r|anchorage)\b|,\s+(?:(?:which|that)\s+(?:was|were|is|had been)\s+)?(?:(?:suspected|accused|believed)\s+(?:of|to\s+be)\s+)?(?:carrying|transporting|smuggling|laden|loaded)\b|\s+(?:in|near|off|at|from)\s+(?:the\s+)?(?:Strait|Gulf|Sea|Arabian Sea|Red Sea|Persian Gulf|Caspian|Indian Ocean|Bab|waters)\b|\s+(?:on\s+(?:\d{1,2}\s+)?(?:${FULL_MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|last\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))`, "g");
const VESSEL_LIST_RE = new RegExp(
  String.raw`\b(?:tankers|vessels|ships|freighters|carriers)(?:\s*[,:]|\s+-)\s+((?:the\s+)?${LIST_OWNER}${LIST_NAME}(?:,\s+(?:the\s+)?${LIST_OWNER}${LIST_NAME})*,?\s+and\s+(?:the\s+)?${LIST_OWNER}${LIST_NAME})`,
  "gu",
);
const vesselsByPrefixIn = createMatcher(VESSEL_PREFIX_RE, compilePattern(alternation(Object.keys(VESSEL_PREFIXES)), "gu"));
const vesselsByTypeIn = createRunMatcher(VESSEL_TYPED_RE, new RegExp(alternation(VESSEL_TYPES, escapeRegExp), "g"), VESSEL_TYPED_RUN_CHAR);
const vesselsByFlagIn = createRunMatcher(VESSEL_FLAGGED_RE, /-flagged/g, VESSEL_RUN_CHAR);
/** A word of an organisation's name: no full stop, so a name never runs across sentences ("Energy. Bluefin"). */
const ORG_TOKEN = String.raw`\p{Lu}[\p{L}&-]*(?![\p{L}'’])`;
/** "Monday" … "December", as written in running text. */
const DATE_WORDS = [...WEEKDAY_NAMES, ...MONTH_NAMES].map((name) => name[0]!.toUpperCase() + name.slice(1));
const WEEKDAYS_AND_MONTHS = DATE_WORDS.join("|");
/**
 * Organisations are found from their head word backwards (heads are rare; capitalised words are not):
 * the head with an optional number ("Task Force 77") and "of/for/on X" tail ("the Example Center on Law and Security",
 * not "Council on Monday"), then up to five name words before it.
 */
const ORGANISATION_HEAD_RE = new RegExp(
  String.raw`(?<![\p{L}])(${alternation(ORGANISATION_HEADS, escapeRegExp)})(?: +\d{1,3}(?![\d\p{L}]|[.,]\d))?(?:(?<=\.)|(?![\p{L}])(?! +\p{Lu}))( +(?:of|for|on) +(?!(?:${WEEKDAYS_AND_MONTHS})(?![\p{L}]))(?:the +)?\p{Lu}[\p{L}-]*(?: +(?:and +)?\p{Lu}[\p{L}-]*){0,3}(?![\p{L}'’]))?`,
  "gu",
);
const ORGANISATION_WORDS_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}\d'’])((?:\d{1,4}(?:st|nd|rd|th) +)?(?:${ORG_TOKEN} +(?:(?:and|&) +)?){1,5})$`, "u");
/** Registered company forms, left out of an organisation's id. */
const COMPANY_FORM = /[\s,]+(?:L\.L\.C\.|LLC|Ltd\.?|Limited|Inc\.?|Co\.?(?:,\s*(?:Ltd\.?|Limited))?|FZE|FZCO|FZ-LLC|DMCC|PJSC|GmbH)$/;
/** "Joint Example Staff (JES)", "Example Energy Trading Company (Example Energy)". */
const SHORT_FORM_RE = /\s+\((\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\)/gu;
const NAME_BEFORE_SHORT_RE = /(?<![\p{L}'’])((?:\p{Lu}[\p{L}-]*\s+){1,6}\p{Lu}[\p{L}-]*(?:,?\s+(?:L\.L\.C\.|LLC|Ltd\.|Ltd|Limited|Inc\.|Inc|Co\.,\s+(?:Ltd\.|Limited)|Co\.|FZE|FZCO|DMCC|PJSC|GmbH))?)$/u;

/**
 * Matches of `before` that end where an `anchor` match starts, as matches over the whole text: group 1
 * is `before`'s, groups 2… the anchor's. Scanning for the rare anchor first keeps recognition linear.
 */
function* endingAt(text: string, anchor: RegExp, before: RegExp, window: number): Generator<RegExpMatchArray & { index: number }> {
  let lastEnd = 0;
  for (const a of matchesOf(anchor, text)) {
    if (a.index < lastEnd) continue;
    let from = Math.max(lastEnd, a.index - window);
    // Start the window on a word boundary, so that a cut word cannot begin a name.
    if (from > lastEnd && /[\p{L}'’]/u.test(text[from - 1]!)) {
      const space = text.indexOf(" ", from);
      from = space === -1 || space > a.index ? a.index : space + 1;
    }
    const b = before.exec(text.slice(from, a.index));
    if (!b) continue;
    const index = from + b.index;
    if (index > 0 && /[\p{L}'’]/u.test(text[index - 1]!)) continue;
    const match = [text.slice(index, a.index + a[0].length), b[1]!, ...a.slice(1)] as unknown as RegExpMatchArray & { index: number };
    match.index = index;
    lastEnd = a.index + a[0].length;
    yield match;
  }
}
/** An organisation named by an acronym after what it is: "state news agency SANA", "the European mechanism, INSTEX,". */
const ACRONYM_ORG_RE =
  /\b(news agency|agency|broadcaster|newspaper|outlet|mechanism|channel|vehicle|company|firm|militia|group)\s*,?\s+(\p{Lu}{3,}[\p{Lu}\d]*)(?![\p{L}\d])(?!\s+\p{Lu})/gu;
/** Where an organisation noun is written (no u, so V8 scans for the words): the only places a match starts. */
const acronymOrgsIn = createMatcher(ACRONYM_ORG_RE, /news agency|agency|broadcaster|newspaper|outlet|mechanism|channel|vehicle|company|firm|militia|group/g);
/** Sea areas named after a state ("Gulf of Oman", "Indian Ocean") do not mention the state. */
const SEA_NAMES = alternation(SEA_AREAS.flat().filter((name) => /\b(?:Gulf|Sea|Ocean|Strait|Straits)\b/.test(name)));
const SEA_NAME_RE = new RegExp(wordBounded(SEA_NAMES), "gu");
/** The names without the Unicode word-boundary lookbehind, which made V8 try every position. */
const seaNamesIn = createMatcher(SEA_NAME_RE, compilePattern(SEA_NAMES, "gu"));


const GIVEN_NAMES: string[] = (JSON.parse(readFileSync(new URL("../data/given-names.json", import.meta.url), "utf8")) as { names: string[] }).names;
/** A given name, then one to three name words: matched only where the given name is a whole word. */
const GIVEN_NAME_RE = new RegExp(String.raw`(?<![\p{L}'’-])(?:${alternation(GIVEN_NAMES)})(?:[ \t]+${NAME_TOKEN}){1,3}(?=['’]s\b|[^\p{L}'’-]|$)`, "gu");
const ORGANISATION_HEAD_SET = new Set(ORGANISATION_HEADS);
/** A word that ends the name of a place, not of a person ("Sheikh Zayed Road"). */
const PLACE_WORD = /^(?:Road|Street|St\.?|Avenue|Boulevard|Tower|Towers|Centre|Center|Building|Bridge|Square|Park|Airport|Port|City|Island|Islands|Mosque|Hospital|University|Hotel|Palace|Field|Base|Camp|District|Province|Governorate)$/;
/** A state's adjective (or possessive name) and a ministry: "Syrian defence ministry", "Iraq's foreign ministry". */
const STATE_MINISTRY_RE = /(?<![\p{L}])(\p{Lu}[\p{L}-]+(?:['’]s)?)\s+([Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Oo]il|[Pp]etroleum|[Ii]ntelligence|[Ff]inance|[Ee]conomy|[Ii]nformation|[Hh]ealth|[Jj]ustice)\s+[Mm]inistry\b/gu;
/** A state's adjective and one of its bodies: "the Iraqi parliament", "the Indian Navy", "the Omani coast guard". */
const STATE_BODY_RE = /(?<![\p{L}])(\p{Lu}[\p{L}-]+)\s+([Pp]arliament|[Nn]avy|[Cc]oast [Gg]uard|[Aa]rmy|[Aa]ir [Ff]orce)(?![\p{L}])/gu;
/** "Istanbul-based", "UAE-registered": a company's seat written before its name. */
const LOCATED_PREFIX = /-(?:based|registered|owned|managed|headquartered|incorporated|domiciled|operated|controlled)$/;
/** Size classes of tankers written before a ship's name. */
const VESSEL_CLASS = /^(?:Suezmax|Aframax|Panamax|VLCC|ULCC|LR1|LR2|MR|Handysize|Capesize)$/;
const VESSEL_APPOSITIVE_RE = new RegExp(
  String.raw`(?<![\p{L}])[Tt]he\s+(${VESSEL_NAME}),\s+(?:(?:an?|the)\s+(?:[\p{L}\d][\p{L}\d,.-]*\s+){0,3}?(?:${alternation(VESSEL_TYPES, escapeRegExp)}|Suezmax|Aframax|Panamax|VLCC|ULCC|Handysize|Capesize)(?![\p{L}])|(?:managed|operated|owned|chartered)\s+by\s+[^,.;]{0,60}?\b(?:Shipping|Tankers|Maritime|Shipmanagement|Navigation|Lines?|Bulk|Marine|Carriers)\b)`,
  "gu",
);
/** "Hours later, the Sea Wren was intercepted and boarded": a name only ships take that passive of. */
const VESSEL_BOARDED_RE = new RegExp(String.raw`(?<![\p{L}])[Tt]he\s+(${VESSEL_NAME})\s+(?:was|had\s+been|has\s+been)\s+(?:intercepted|boarded|seized|hijacked|impounded)\b`, "gu");
/** "the Guards seized the Sea Wren", "marines boarded the Blue Heron": a name only ships take after those verbs. */
const VESSEL_SEIZED_RE = new RegExp(String.raw`(?<=\b(?:seized|boarded|hijacked|impounded|commandeered)\s+)[Tt]he\s+(${VESSEL_NAME})(?![\p{L}\d])(?<!\s(?:Heights|Islands?|Strait|Province|Peninsula|Gulf|Sea|Zone|Embassy|Consulate|Airport|Port|Base|Hills|Valley|Bank|Strip|Field|Fields|Building|Palace)\.?)(?!\s+(?:Heights|Islands?|Strait|Province|Peninsula|Gulf|Sea|Zone|[Ee]mbassy|[Cc]onsulate|[Aa]irport|[Pp]ort|[Bb]ase)\b)`, "gu");
/** "PEARL TIDE (IMO 9199540)": a name followed by its IMO number is a ship's. */
const VESSEL_IMO_RE = new RegExp(String.raw`(?<![\p{L}])(${VESSEL_NAME})\s*\(IMO(?:\s+(?:No\.?|number))?[:\s]*\d{7}\b`, "gu");
/** "the tankers Front Altair and Kokuka Courageous": two ships after their plural type. */
const VESSEL_PAIR_RE = new RegExp(String.raw`(?<![\p{L}])[Tt]he\s+(?:[\p{L}-]+\s+)?(?:tankers|vessels|ships|warships|destroyers|frigates|freighters|cutters)\s+(${VESSEL_NAME})\s+and\s+(?:the\s+)?(${VESSEL_NAME})`, "gu");
/** A line that credits people (a byline, a reporting line, a contact list), whose names are no actors. */
const BYLINE_BEFORE = /(?:^|\n)[^\n]*\b(?:By|Reporting by|Editing by|Writing by|Additional reporting by|Compiled by|Written by|Contacts?|Authors?)\b[^\n]*$/;

/** Capitalised words that start sentences or name dates, never names. */
const STOP_WORDS = new Set(
  (
    "The A An This That These Those As In On At For From By With Meanwhile Yet But And Or While When Its Their His Her Our After Before " +
    "Under Over Both Each Some Many Several Other Such New Former Unlike Like Despite Within According Although Though If Why What How " +
    "Who Where It He She They We I Then Also Still Even Only Not No Any All Most More Following Amid During Since Until Last Next " +
    "Said Told Says Tehran Washington Reuters Speaking"
  )
    .split(" ")
    .concat(DATE_WORDS),
);

function cleanName(text: string): string {
  // Most names are written single-spaced with a plain apostrophe: then only the trim can change them.
  if (!NAME_TO_CLEAN.test(text)) return text.trim();
  return text.replace(/\s+/g, " ").replace(/[’]/g, "'").trim();
}
/** What `cleanName` rewrites: a typographic apostrophe, whitespace other than one space. */
const NAME_TO_CLEAN = /’|[^\S ]| \s/;

/** A full stop after a word (not an initial, "J.", nor "Jr.") ends a sentence. */
const ABBREVIATION_RE = /^(?:Jr|Sr|St|Adm|Gen|Col|Capt|Maj|Brig|Sgt|Gov|Amb|Sen|Rep|Dr|Mr|Mrs|Ms|Prof)\.$/;
const WORD_STOP_RE = /\S*\p{Ll}{2}\.\s+/gu;
/** Where the words after the last sentence end in `words` start ("Research. Jane Example" → 10), or 0. */
function endOfSentenceIn(words: string): number {
  let end = 0;
  for (const stop of words.matchAll(WORD_STOP_RE)) if (!ABBREVIATION_RE.test(stop[0].trim())) end = stop.index + stop[0].length;
  return end;
}

/** Trims trailing words that are stop words or dates: "Dana Example On" → "Dana Example". */
function trimName(tokens: string[]): string[] {
  const kept: string[] = [];
  for (const token of tokens) {
    if (STOP_WORDS.has(token.replace(/\.$/, ""))) break;
    kept.push(token);
    // A sentence's end ends the name with it.
    if (/\p{Ll}{2}\.$/u.test(token) && !ABBREVIATION_RE.test(token)) {
      kept[kept.length - 1] = token.slice(0, -1);
      break;
    }
  }
  return kept;
}

interface Found extends Span {
  id: ActorId;
  priority: number;
}

interface Draft {
  id: ActorId;
  kind: ActorKind;
  name: string;
  entry?: DictionaryEntry;
  organisationType?: Actor["organisationType"];
  affiliation?: ActorId;
  articleRoles: Role[];
  vessel?: Actor["vessel"];
  forms: Set<string>;
}

/** A role without its undefined fields, keys in the same order (a loop: this runs for every role of every actor). */
function withoutUndefined(role: Record<string, unknown>): Role {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(role)) if (role[key] !== undefined) out[key] = role[key];
  return out as unknown as Role;
}

/** What the steps of recognition share: the text, what has been found so far, and helpers over it. */
interface Recognition {
  ctx: DocumentContext;
  dictionary: ActorDictionary;
  text: string;
  drafts: Map<ActorId, Draft>;
  found: Found[];
  /** The dictionary's forms in the text, in text order (step 1). */
  dictionaryHits: Found[];
  /** States a navy prefix names ("USS" → the United States), for documents that do not name them otherwise. */
  implied: { vessel: ActorId; state: ActorId; start: number; end: number }[];
  inHeading(pos: number): boolean;
  draftFor(id: ActorId, name: string): Draft;
  add(start: number, end: number, id: ActorId, name: string, priority: number): void;
  /** Dictionary hits that overlap a span. */
  dictionaryAt(start: number, end: number): Found[];
  /** The dictionary actor named just before `pos` ("Iranian", "Oman's", "US Navy"), if any. */
  precedingActor(pos: number): Found | undefined;
}

/**
 * Finds every actor a document names: dictionary forms, titled persons, named vessels and
 * organisations, then links surnames to the full names the document gave before.
 */
export function recogniseActors(ctx: DocumentContext, dictionary: ActorDictionary): ActorIndex {
  // One function per step: as one function of ~400 lines, its optimised compilation alone took
  // ~0.7 s of a background thread and ~75 MB of native memory (most of the parser's peak RSS).
  const recognition = startRecognition(ctx, dictionary);
  findDictionaryForms(recognition);
  findTitledPersons(recognition);
  findAppositives(recognition);
  findPersonsByGivenName(recognition);
  findStateMinistries(recognition);
  findVessels(recognition);
  findOrganisations(recognition);
  linkSurnames(recognition);
  return indexActors(recognition);
}

function startRecognition(ctx: DocumentContext, dictionary: ActorDictionary): Recognition {
  const text = ctx.document.text;
  const drafts = new Map<ActorId, Draft>();
  const found: Found[] = [];
  const headingStarts = ctx.sentences.filter((s) => s.heading).map((s) => [s.start, s.end] as const);
  const inHeading = (pos: number) => headingStarts.some(([start, end]) => pos >= start && pos < end);

  const draftFor = (id: ActorId, name: string): Draft => {
    let draft = drafts.get(id);
    if (!draft) {
      const entry = dictionary.entries.get(id);
      draft = { id, kind: id.split(":")[0] as ActorKind, name: entry?.name ?? name, articleRoles: [], forms: new Set() };
      if (entry) draft.entry = entry;
      if (entry?.organisationType) draft.organisationType = entry.organisationType;
      if (entry?.affiliation) draft.affiliation = entry.affiliation;
      if (entry?.vessel) draft.vessel = entry.vessel;
      drafts.set(id, draft);
    }
    return draft;
  };
  const add = (start: number, end: number, id: ActorId, name: string, priority: number) => {
    draftFor(id, name).forms.add(cleanName(text.slice(start, end)));
    found.push({ start, end, id, priority });
  };

  const dictionaryHits: Found[] = [];
  /** Index of the first dictionary hit starting at or after `pos` (hits are in text order). */
  const firstHitFrom = (pos: number) => {
    let lo = 0;
    let hi = dictionaryHits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dictionaryHits[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const dictionaryAt = (start: number, end: number) => {
    const out: Found[] = [];
    for (let i = Math.max(0, firstHitFrom(start) - 1); i < dictionaryHits.length && dictionaryHits[i]!.start < end; i++) {
      if (dictionaryHits[i]!.end > start) out.push(dictionaryHits[i]!);
    }
    return out;
  };
  /** The dictionary actor named just before `pos` ("Iranian", "Oman's", "US Navy"), if any. */
  const precedingActor = (pos: number): Found | undefined => {
    const hit = dictionaryHits[firstHitFrom(pos) - 1];
    if (!hit) return undefined;
    // "Omani foreign ministry spokesman": the title starts inside the ministry's name.
    if (hit.end > pos) return hit;
    return /^(?:['’]s)?\s*$/.test(text.slice(hit.end, pos)) ? hit : undefined;
  };

  return { ctx, dictionary, text, drafts, found, dictionaryHits, implied: [], inHeading, draftFor, add, dictionaryAt, precedingActor };
}

function findDictionaryForms({ dictionary, text, dictionaryHits, add }: Recognition): void {
  // 1. Dictionary forms.
  const seas = seaNamesIn(text).map((m) => [m.index, m.index + m[0].length] as const);
  for (const match of scanDictionaryForms(dictionary, text)) {
    const id = dictionary.forms.get(match.form ?? match.text) ?? dictionary.forms.get(normaliseForm(match.text));
    if (!id) continue;
    const start = match.start;
    if (id.startsWith("state:") && seas.some(([from, to]) => from <= start && to >= start + match.text.length)) continue;
    const end = start + match.text.length;
    // "at 3 a.m. on May 9 Iranian time", "Tehran time": a clock, not the state.
    if (id.startsWith("state:") && /^\s+time\b/.test(text.slice(end, end + 6))) continue;
    // "signed an agreement in Cairo": a capital where something happened, not its government.
    if (id.startsWith("state:") && dictionary.places.has(match.text) && /\b(?:in|at|near|outside|inside)\s+$/.test(text.slice(Math.max(0, start - 8), start)) && !/^['’]s\b/.test(text.slice(end, end + 3))) continue;
    // "a convoy leaving Baghdad International Airport": a city in a place's name, not its government.
    if (id.startsWith("state:") && dictionary.places.has(match.text) && /^\s+(?:International\s+)?(?:Airport|airport|Province|province|Governorate|governorate)\b/.test(text.slice(end, end + 24))) continue;
    const entry = dictionary.entries.get(id);
    // A wire's credit ("WASHINGTON (AP) —", "(AFP) -", "Source: Xinhua") is document metadata, not an actor.
    if (entry?.organisationType === "media" && isCreditLine(text, start, end)) continue;
    // "Reza Example" is not the dictionary's "Hamid Example" (alias "Example"): a one-word alias after a
    // given name names someone else, whom the general patterns below find.
    if (id.startsWith("person:") && !match.text.includes(" ") && isOtherGivenName(text, start, dictionary)) continue;
    dictionaryHits.push({ start, end, id, priority: 1 });
  }
  for (const hit of dictionaryHits) add(hit.start, hit.end, hit.id, text.slice(hit.start, hit.end), hit.priority);
}

function findTitledPersons({ ctx, dictionary, text, inHeading, draftFor, add, dictionaryAt, precedingActor, dictionaryHits }: Recognition): void {
  // 2. Titled persons: "Deputy Foreign Minister Karim Example", "spokesman Ali Example",
  // and "the Foreign Secretary, Jane Example," (the title, a comma, the name).
  const titled: { index: number; title: string; nameStart: number; name: string }[] = [];
  for (const match of titledPersonsIn(text)) {
    // Of stacked titles the first is the role ("spokesman" of "spokesman Rear Admiral X"); the rest is rank.
    titled.push({ index: match.index, title: FIRST_TITLE_RE.exec(match[1]!)?.[0] ?? match[1]!, nameStart: match.index + match[0].length - match[2]!.length, name: match[2]! });
  }
  for (const match of matchesOf(TITLE_COMMA_NAME_RE, text)) {
    const index = match.index + match[0].lastIndexOf(match[1]!, match[0].length - match[2]!.length);
    titled.push({ index, title: match[1]!, nameStart: match.index + match[0].length - match[2]!.length, name: match[2]! });
  }
  for (const match of titled) {
    const title = match.title;
    const nameStart = match.nameStart;
    if (inHeading(match.index)) continue;
    const tokens = trimName(match.name.split(/\s+/));
    if (tokens.length === 0) continue;
    const nameText = tokens.join(" ");
    const nameEnd = text.indexOf(tokens[tokens.length - 1]!, nameStart) + tokens[tokens.length - 1]!.length;
    const known = dictionaryAt(nameStart, nameEnd).find((hit) => hit.id.startsWith("person:"));
    if (!known && dictionaryAt(nameStart, nameEnd).length > 0) continue;
    if (!known && (tokens.length < 2 || PLACE_WORD.test(tokens[tokens.length - 1]!))) continue;
    const id = known?.id ?? (`person:${slugify(nameText)}` as ActorId);
    if (!known) add(nameStart, nameEnd, id, cleanName(nameText), 2);
    const before = precedingActor(match.index);
    const of = before?.id;
    const draft = draftFor(id, cleanName(nameText));
    draft.articleRoles.push({
      title: cleanName(title),
      ...(of ? { of } : {}),
      source: "article",
      evidence: [ctx.evidence({ start: before?.start ?? match.index, end: nameEnd })],
    });
    if (!draft.affiliation && of) draft.affiliation = affiliationOf(of, dictionary);
  }

  // 2b. "the Foreign Ministry" with no state named: the ministry of the state whose foreign minister or
  // foreign ministry the text named last ("Iranian Deputy Foreign Minister X … the track referenced by
  // the Foreign Ministry"). With no such antecedent it stays unnamed rather than guessed.
  const bareMinistries = [...matchesOf(BARE_FOREIGN_MINISTRY_RE, text)];
  if (bareMinistries.length > 0) {
    const ministryOf = foreignMinistries(dictionary);
    const antecedents: { at: number; ministry: ActorId }[] = [];
    for (const hit of dictionaryHits) if ([...ministryOf.values()].includes(hit.id)) antecedents.push({ at: hit.start, ministry: hit.id });
    for (const match of titled) {
      if (!/foreign minist/i.test(match.title)) continue;
      const of = precedingActor(match.index)?.id;
      const ministry = of === undefined ? undefined : ministryOf.get(affiliationOf(of, dictionary));
      if (ministry) antecedents.push({ at: match.index, ministry });
    }
    for (const match of bareMinistries) {
      const start = match.index + match[0].length - match[1]!.length;
      const antecedent = antecedents.filter((a) => a.at < start).sort((a, b) => b.at - a.at)[0];
      if (antecedent) add(start, start + match[1]!.length, antecedent.ministry, match[1]!, 1);
    }
  }

}

function findAppositives({ ctx, dictionary, text, found, inHeading, draftFor, add, dictionaryAt }: Recognition): void {
  // 3. Appositives: "Dana Example, head of the Iranian Navy", "X, the Omani foreign minister".
  for (const match of appositivesIn(text)) {
    if (inHeading(match.index)) continue;
    // "… at Example Research. Jane Example, a fellow at …": the name starts after the sentence that ends
    // before it; "Major General Hamid Example, commander of …": the name without its leading title.
    const sentenceEnd = endOfSentenceIn(match[1]!);
    const leading = sentenceEnd + (LEADING_TITLE_RE.exec(match[1]!.slice(sentenceEnd))?.[0].length ?? 0);
    const nameWords = match[1]!.slice(leading);
    const tokens = trimName(nameWords.split(/\s+/));
    if (tokens.length < 2 || tokens.length !== nameWords.split(/\s+/).length) continue;
    const nameStart = match.index + leading;
    const nameEnd = match.index + match[1]!.length;
    const dictionaryHitsInName = dictionaryAt(nameStart, nameEnd);
    const known = dictionaryHitsInName.find((hit) => hit.id.startsWith("person:"));
    if (!known && dictionaryHitsInName.length > 0) continue;
    const alreadyFound = found.find((f) => f.start <= nameStart && f.end >= nameEnd && f.id.startsWith("person:"));
    const id = known?.id ?? alreadyFound?.id ?? (`person:${slugify(tokens.join(" "))}` as ActorId);
    if (!known && !alreadyFound) add(nameStart, nameEnd, id, cleanName(nameWords), 2);
    // The appositive's title, up to the end of its phrase: "head of the Iranian Navy".
    const titleStart = match.index + match[0].length - match[3]!.length - match[2]!.length;
    const rest = /^[^,.;:()—–]*/u.exec(text.slice(titleStart))![0].trimEnd();
    const titleEnd = titleStart + rest.length;
    const inTitle = dictionaryAt(titleStart, titleEnd).filter((hit) => hit.start >= titleStart && hit.end <= titleEnd);
    const of = inTitle[inTitle.length - 1]?.id;
    const draft = draftFor(id, cleanName(nameWords));
    draft.articleRoles.push({
      title: cleanName(rest.replace(/^(?:the|a|an)\s+/i, "")),
      ...(of ? { of } : {}),
      source: "article",
      evidence: [ctx.evidence({ start: nameStart, end: titleEnd })],
    });
    if (!draft.affiliation && of) draft.affiliation = affiliationOf(of, dictionary);
  }

}

function findPersonsByGivenName({ dictionary, text, found, inHeading, add, dictionaryAt }: Recognition): void {
  // 3b. Persons by a given name the general data knows, with no title: "among them Reza Example, Ali
  // Sample and Sara Test", "two generals, Mohammad Example and …".
  for (const match of matchesOf(GIVEN_NAME_RE, text)) {
    const start = match.index;
    const tokens = trimName(match[0].split(/\s+/));
    if (tokens.length < 2 || inHeading(start) || BYLINE_BEFORE.test(text.slice(Math.max(0, start - 200), start))) continue;
    const nameText = tokens.join(" ");
    const end = start + nameText.length;
    if (text.slice(start, end) !== nameText) continue;
    if (found.some((f) => f.start < end && f.end > start) || dictionaryAt(start, end).length > 0) continue;
    if (tokens.slice(1).some((t) => STOP_WORDS.has(t) || dictionary.states.has(t) || ORGANISATION_HEAD_SET.has(t) || PLACE_WORD.test(t))) continue;
    add(start, end, `person:${slugify(nameText)}` as ActorId, cleanName(nameText), 2);
  }

}

function findStateMinistries({ dictionary, text, found, inHeading, draftFor, add, dictionaryAt }: Recognition): void {
  // 3b'. A state's body named by its adjective: "the Iraqi parliament", "the Indian Navy" (not "Iraq's": a possessive
  // is read as the state).
  for (const match of matchesOf(STATE_BODY_RE, text)) {
    const state = dictionary.states.get(match[1]!);
    if (!state || inHeading(match.index) || dictionary.entries.get(state)?.name === match[1]) continue;
    const end = match.index + match[0].length;
    if (dictionaryAt(match.index, end).some((hit) => !hit.id.startsWith("state:")) || found.some((f) => f.start < end && f.end > match.index && !f.id.startsWith("state:"))) continue;
    const body = match[2]!.toLowerCase();
    // The state's own body of that name in the dictionary, if it has one ("the American navy" is the US Navy).
    const known = [...dictionary.entries.values()].find((e) => e.affiliation === state && e.name.toLowerCase().endsWith(body));
    const name = known?.name ?? `${match[1]!} ${match[2]!}`;
    const id = known?.id ?? (`organisation:${slugify(`${dictionary.entries.get(state)?.name ?? match[1]!} ${body}`)}` as ActorId);
    // The mention is the body's word, so that the adjective still names the state.
    add(end - match[2]!.length, end, id, name, 2);
    const draft = draftFor(id, name);
    draft.organisationType ??= body === "parliament" ? "government" : "military";
    draft.affiliation ??= state;
  }

  // 3c. A state's ministry named by its adjective: "the Syrian defence ministry", "Iraq's foreign ministry".
  for (const match of matchesOf(STATE_MINISTRY_RE, text)) {
    const state = dictionary.states.get(match[1]!);
    if (!state || inHeading(match.index)) continue;
    // The mention is the ministry's own words, so that the adjective still names the state.
    const start = match.index + match[0].length - match[0].slice(match[1]!.length).trimStart().length;
    const end = match.index + match[0].length;
    if (dictionaryAt(match.index, end).some((hit) => !hit.id.startsWith("state:")) || found.some((f) => f.start < end && f.end > start && !f.id.startsWith("state:"))) continue;
    const stateName = dictionary.entries.get(state)?.name ?? match[1]!;
    const office = match[2]!.toLowerCase().replace(/^defense$/, "defence");
    const name = `${match[1]!.replace(/['’]s$/, "")} ${office.charAt(0).toUpperCase()}${office.slice(1)} Ministry`;
    const id = `organisation:${slugify(`${stateName} ${office} ministry`)}` as ActorId;
    add(start, end, id, name, 2);
    const draft = draftFor(id, name);
    draft.organisationType ??= "ministry";
    draft.affiliation ??= state;
  }

}

function findVessels({ dictionary, text, found, implied, draftFor, add }: Recognition): void {
  // 4. Named vessels.
  const addVessel = (start: number, nameText: string, details: NonNullable<Actor["vessel"]>, affiliation?: ActorId) => {
    let tokens = trimName(nameText.split(/\s+/));
    // "the Liberia-flagged Suezmax Sea Wren": a size class is not part of the name.
    while (tokens.length > 1 && VESSEL_CLASS.test(tokens[0]!)) {
      start = text.indexOf(tokens[1]!, start + tokens[0]!.length);
      tokens = tokens.slice(1);
    }
    if (tokens.length === 0) return;
    const name = cleanName(tokens.join(" "));
    const end = text.indexOf(tokens[tokens.length - 1]!, start) + tokens[tokens.length - 1]!.length;
    if (dictionary.forms.has(normaliseForm(name))) return;
    const id = `vessel:${slugify(name)}` as ActorId;
    add(start, end, id, name, 3);
    const draft = draftFor(id, name);
    const imo = IMO_AFTER.exec(text.slice(end, end + 30))?.[1];
    draft.vessel = { ...details, ...(imo ? { imo } : {}), ...draft.vessel };
    if (!draft.affiliation && affiliation) draft.affiliation = affiliation;
  };
  for (const match of vesselsByPrefixIn(text)) {
    const prefix = match[1]!;
    const flag = VESSEL_PREFIXES[prefix];
    const navy = flag !== undefined;
    const typeBefore = VESSEL_TYPE_BEFORE_RE.exec(text.slice(Math.max(0, match.index - 40), match.index));
    const details: NonNullable<Actor["vessel"]> = { ...(flag ? { flag } : {}), ...(typeBefore ? { type: typeBefore[1]! } : {}) };
    const nameStart = navy ? match.index : match.index + match[0].length - match[2]!.length;
    const nameText = navy ? `${prefix} ${match[2]!}` : match[2]!;
    addVessel(nameStart, nameText, details, flag);
    if (flag) implied.push({ vessel: `vessel:${slugify(cleanName(trimName(nameText.split(/\s+/)).join(" ")))}` as ActorId, state: flag as ActorId, start: match.index, end: match.index + prefix.length });
  }
  const flagOf = (written: string | undefined) => (written ? (dictionary.states.get(normaliseForm(written)) ?? written) : undefined);
  for (const match of vesselsByTypeIn(text)) {
    if (PREFIXED_NAME.test(match[4]!)) continue;
    const flag = flagOf(match[1]);
    const nameStart = match.index + match[0].lastIndexOf(match[4]!);
    addVessel(nameStart, match[4]!, { ...(flag ? { flag } : {}), type: match[3]! });
  }
  for (const match of vesselsByFlagIn(text)) {
    const flag = flagOf(match[1]);
    const nameStart = match.index + match[0].lastIndexOf(match[2]!);
    if (found.some((f) => f.start === nameStart)) continue;
    addVessel(nameStart, match[2]!, { ...(flag ? { flag } : {}) });
  }

  // 4a'. Ships named before what they are or who runs them: "The Blue Heron, a Suezmax operated by …",
  // "the Sea Wren, managed by Example Shipping".
  for (const match of matchesOf(VESSEL_APPOSITIVE_RE, text)) {
    const start = match.index + match[0].indexOf(match[1]!, 3);
    if (found.some((f) => f.start === start)) continue;
    addVessel(start, match[1]!, {});
  }
  for (const re of [VESSEL_BOARDED_RE, VESSEL_SEIZED_RE, VESSEL_IMO_RE]) {
    for (const match of matchesOf(re, text)) {
      const start = match.index + match[0].indexOf(match[1]!, re === VESSEL_IMO_RE ? 0 : 3);
      if (found.some((f) => f.start === start)) continue;
      addVessel(start, match[1]!, {});
    }
  }
  for (const match of matchesOf(VESSEL_PAIR_RE, text)) {
    const second = match.index + match[0].lastIndexOf(match[2]!);
    for (const [start, name] of [[match.index + match[0].indexOf(match[1]!, 4), match[1]!], [second, match[2]!]] as const) {
      if (!found.some((f) => f.start === start)) addVessel(start, name, {});
    }
  }
  // 4b. Vessels as sanctions annexes list them: "SEA EXAMPLE (f.k.a. OLD EXAMPLE) Crude Oil Tanker Togo flag; … (vessel)".
  for (const match of matchesOf(ANNEX_VESSEL_RE, text)) {
    const start = match.index + match[0].indexOf(match[1]!);
    if (found.some((f) => f.start === start)) continue;
    const flag = flagOf(match[3]);
    addVessel(start, match[1]!, { ...(flag ? { flag } : {}), type: match[2]!.toLowerCase() });
  }
  // 4b'. Ships as bulletins head their entries: "4 MAR 2031 - SEA EXAMPLE (Malta-flagged vehicle carrier)".
  for (const match of matchesOf(ENTRY_VESSEL_RE, text)) {
    const start = match.index + match[0].indexOf(match[1]!);
    if (found.some((f) => f.start === start)) continue;
    const flag = flagOf(match[2]);
    addVessel(start, match[1]!, { ...(flag ? { flag } : {}) });
  }
  // 4b''. Ships in a form's vessel field: "Vessel:    SEA EXAMPLE (Liberia) / BLUE HERON (Malta)".
  for (const match of matchesOf(VESSEL_FIELD_RE, text)) {
    let at = match.index + match[0].length - match[1]!.length;
    for (const part of match[1]!.split(/(\s+\/\s+|\s+and\s+|;\s+)/)) {
      const entry = /^(?:the\s+)?(\p{Lu}[\p{L}\d'’.-]*(?:[ \t]+[\p{Lu}\d][\p{L}\d'’.-]*){0,4})(?:\s*\(([^)]{2,40})\))?/u.exec(part);
      // Not a description ("Vessel: Chemical tanker, Malta flag"), nor a name a prefix already gave ("MT OCEAN ASTER").
      const described = entry !== null && /^\s+\p{Ll}/u.test(part.slice(entry.index + entry[0].length));
      if (entry && !/^\s/.test(part) && !described && !PREFIXED_NAME.test(entry[1]!)) {
        const start = at + part.indexOf(entry[1]!);
        const flag = entry[2] !== undefined && dictionary.states.has(normaliseForm(entry[2])) ? flagOf(entry[2]) : undefined;
        if (!found.some((f) => f.start === start)) addVessel(start, entry[1]!, { ...(flag ? { flag } : {}) });
      }
      at += part.length;
    }
  }
  // 4c. Ships named after a plural ship noun: "two tankers, the Blue Heron and the Sea Wren".
  for (const match of matchesOf(VESSEL_LIST_RE, text)) {
    let at = match.index + match[0].length - match[1]!.length;
    for (const part of match[1]!.split(/(,\s+(?:and\s+)?|\s+and\s+)/)) {
      const name = LIST_PART_RE.exec(part)![1]!;
      const start = at + part.length - name.length;
      if (/^\p{Lu}/u.test(name) && !/^(?:,|\s)/.test(part) && !found.some((f) => f.start === start)) addVessel(start, name, {});
      at += part.length;
    }
  }
  // 4d. Ships named only as what was seized at sea: "seizes the Sea Wren in the Red Sea",
  // "take the Aster in the Strait of Example", "the Blue Heron, taken by the regular navy". A name
  // taken in a strait or gulf, or by a navy, is a ship's.
  // And a name with what only a ship has: "the crew of the Blue Heron", or its flag after it: "The SEA WREN, Example-flagged, …".
  const taken = /\b(?:seiz|take|took|hijack|board|detain|impound)/i.test(text);
  const shipParts = /\b(?:crews?|hull|deck|bridge|engine room) of the [A-Z]/.test(text);
  const named = [
    ...(taken ? [...matchesOf(SEIZED_AT_SEA_RE, text), ...matchesOf(NAMED_THEN_SEIZED_RE, text), ...matchesOf(NAMED_SEIZED_AT_SEA_RE, text)] : []),
    ...(shipParts ? matchesOf(SHIP_PART_OF_RE, text) : []),
    ...(text.includes("-flagged") ? matchesOf(NAMED_THEN_FLAGGED_RE, text) : []),
  ];
  for (const match of named) {
    const start = match.index + match[0].lastIndexOf(match[1]!);
    if (found.some((f) => f.start <= start && f.end > start)) continue;
    addVessel(start, match[1]!, {});
  }
}

function findOrganisations({ dictionary, text, found, inHeading, draftFor, add, dictionaryAt }: Recognition): void {
  // 5. Organisations by the head of their name: "Gulf International Forum".
  for (const match of endingAt(text, ORGANISATION_HEAD_RE, ORGANISATION_WORDS_BEFORE_RE, 120)) {
    if (inHeading(match.index)) continue;
    let tokens = match[1]!.trim().split(/\s+/);
    while (tokens.length > 0 && STOP_WORDS.has(tokens[0]!)) tokens = tokens.slice(1);
    // "Athens-based Example Tankers", "Liberia-registered Bluefin Maritime Inc.": where it is
    // based is not part of its name.
    const based = tokens.findLastIndex((t) => LOCATED_PREFIX.test(t));
    if (based !== -1) tokens = tokens.slice(based + 1);
    if (tokens.length === 0 || tokens.some((t) => STOP_WORDS.has(t))) continue;
    const skipped = match[1]!.trim().split(/\s+/).length - tokens.length;
    let start = match.index;
    for (let i = 0; i < skipped; i++) {
      start = text.indexOf(" ", start) + 1;
      while (text[start] === " ") start++;
    }
    const end = match.index + match[0].length;
    const hits = dictionaryAt(start, end);
    // A known organisation, or a ministry/agency of a state the dictionary already names: leave it.
    if (hits.some((hit) => hit.start === start && hit.end === end) || hits.some((hit) => !hit.id.startsWith("state:"))) continue;
    if (tokens.every((t) => dictionary.states.has(t))) continue;
    const name = cleanName(text.slice(start, end));
    // "Example Bay Tankers Inc." and "Example Bay Tankers" are one company.
    add(start, end, `organisation:${slugify(name.replace(COMPANY_FORM, ""))}` as ActorId, name, 2);
  }

  // 5a. "Full Name (Short)": a capitalised name that its parenthesis abbreviates or shortens is an
  // organisation ("Joint Example Staff (JES)", "Example Energy Trading Company (Example Energy)"),
  // and the short form names it from then on.
  const shortForms = new Map<string, ActorId>();
  for (const match of endingAt(text, SHORT_FORM_RE, NAME_BEFORE_SHORT_RE, 160)) {
    if (inHeading(match.index)) continue;
    let words = match[1]!.split(/\s+/);
    while (words.length > 0 && STOP_WORDS.has(words[0]!)) words = words.slice(1);
    const short = match[2]!;
    const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
    const prefix = words.slice(0, short.split(/\s+/).length).join(" ") === short;
    if (words.length < 2 || !(prefix || short === initials || short.startsWith(initials))) continue;
    const start = match.index + match[0].indexOf(words[0]!);
    const end = start + words.join(" ").length;
    if (text.slice(start, end) !== words.join(" ")) continue;
    const hits = dictionaryAt(start, end);
    const known = hits.find((hit) => hit.start === start && hit.end === end) ?? found.find((f) => f.start === start && f.end === end);
    if (!known && hits.some((hit) => !hit.id.startsWith("state:"))) continue;
    const id = known?.id ?? (`organisation:${slugify(words.join(" ").replace(COMPANY_FORM, ""))}` as ActorId);
    if (!id.startsWith("organisation:")) continue;
    if (!known) add(start, end, id, cleanName(words.join(" ")), 2);
    if (!dictionary.forms.has(short)) shortForms.set(short, id);
  }
  if (shortForms.size > 0) {
    const re = new RegExp(wordBounded(alternation(shortForms.keys())), "gu");
    for (const match of matchesOf(re, text)) found.push({ start: match.index, end: match.index + match[0].length, id: shortForms.get(match[0])!, priority: 0 });
  }

  // 5b. Organisations named by an acronym after what they are: "state news agency SANA".
  for (const match of acronymOrgsIn(text)) {
    const name = match[2]!;
    if (inHeading(match.index) || dictionary.forms.has(name)) continue;
    const start = match.index + match[0].length - name.length;
    if (dictionaryAt(start, start + name.length).length > 0) continue;
    const id = `organisation:${slugify(name)}` as ActorId;
    add(start, start + name.length, id, name, 2);
    const draft = draftFor(id, name);
    if (/news agency|broadcaster|newspaper|outlet/.test(match[1]!)) draft.organisationType ??= "media";
  }

}

function linkSurnames({ dictionary, text, found, drafts }: Recognition): void {
  // 6. Surnames of persons named in full: "Example" after "Dana Example".
  const surnames = new Map<string, ActorId | null>();
  for (const draft of drafts.values()) {
    if (draft.kind !== "person") continue;
    const parts = draft.name.split(/\s+/);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    for (const surname of new Set([last, last.replace(/^(?:al|el)-/i, "")])) {
      if (surname.length < 3 || dictionary.forms.has(surname)) continue;
      surnames.set(surname, surnames.has(surname) && surnames.get(surname) !== draft.id ? null : draft.id);
    }
  }
  const linkable = [...surnames].filter(([, id]) => id !== null);
  if (linkable.length > 0) {
    for (const match of findWholeWords(text, linkable.map(([surname]) => surname))) {
      const id = surnames.get(normaliseForm(match.text)) ?? surnames.get(match.text);
      if (id) found.push({ start: match.start, end: match.start + match.text.length, id, priority: 0 });
    }
  }
  // 6b. Ships named again by name alone: "The Sea Wren was approached …" after "the tanker Sea Wren".
  const ships = new Map<string, ActorId>();
  for (const draft of drafts.values()) {
    if (draft.kind === "vessel" && /^\p{Lu}/u.test(draft.name) && draft.name.length >= 4 && !dictionary.forms.has(draft.name)) ships.set(draft.name, draft.id);
  }
  // Plain indexOf per name: names hold spaces, and a regex over the whole text for them cost 3% of parsing.
  const taken = new Set(found.map((f) => f.start));
  for (const [name, id] of ships) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (taken.has(at) || isWordCharBefore(text, at) || (end < text.length && isWordCharAt(text, end))) continue;
      found.push({ start: at, end, id, priority: 0 });
    }
  }
}

function indexActors({ ctx, dictionary, drafts, found, implied, draftFor }: Recognition): ActorIndex {
  // Overlaps: the longest (then the most specific) mention wins.
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.priority - a.priority);
  const mentions: ActorMention[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    mentions.push({ start: f.start, end: f.end, actorId: f.id });
    lastEnd = f.end;
  }

  const named = new Set(mentions.map((m) => m.actorId));
  const evidenceById = new Map<ActorId, Evidence[]>();
  for (const mention of mentions) {
    const list = evidenceById.get(mention.actorId) ?? [];
    list.push(ctx.evidence(mention));
    evidenceById.set(mention.actorId, list);
  }
  // "USS Example" names the United States even where the text does not: keep the ship's flag
  // state as an actor, quoted by the prefix, so that the ship's owner resolves.
  for (const hint of implied) {
    if (!named.has(hint.vessel) || (named.has(hint.state) && !evidenceById.has(hint.state))) continue;
    if (named.has(hint.state) && evidenceById.get(hint.state)!.some((e) => e.start < hint.end && e.end > hint.start)) continue;
    if (!named.has(hint.state)) {
      const entry = dictionary.entries.get(hint.state);
      if (!entry) continue;
      draftFor(hint.state, entry.name);
      named.add(hint.state);
      evidenceById.set(hint.state, [ctx.evidence(hint)]);
    }
  }
  // Keep only references to actors of this document, so that every id resolves.
  const resolve = (id: ActorId | undefined): ActorId | undefined => {
    for (let current = id, depth = 0; current && depth < 4; depth++) {
      if (named.has(current)) return current;
      current = dictionary.entries.get(current)?.affiliation;
    }
    return undefined;
  };
  const actors: Actor[] = [];
  for (const id of named) {
    const draft = drafts.get(id)!;
    actors.push(actorOf(draft, named, resolve(draft.affiliation), evidenceById.get(id)!));
  }
  return createActorIndex(actors, mentions);
}

/**
 * The record of one actor of the document. Its own function: the records' optional fields give them
 * many shapes, and each new shape threw away the optimised code of the whole function it was built in.
 */
function actorOf(draft: Draft, named: Set<ActorId>, affiliation: ActorId | undefined, mentions: Evidence[]): Actor {
  const id = draft.id;
  const entry = draft.entry;
  const roles: Role[] = [
    ...(entry?.roles ?? []).map((role) => {
      const of = role.of && named.has(role.of) ? role.of : undefined;
      return {
        title: role.title,
        ...(of ? { of } : {}),
        ...(role.from ? { from: role.from } : {}),
        ...(role.to ? { to: role.to } : {}),
        source: "reference" as const,
      };
    }),
    ...dedupeRoles(draft.articleRoles).map((role) => (role.of && !named.has(role.of) ? { ...role, of: undefined } : role)),
  ].map(withoutUndefined);
  const aliasSet = new Set(entry?.aliases);
  for (const form of draft.forms) aliasSet.add(form);
  const aliases: string[] = [];
  for (const alias of aliasSet) if (alias !== draft.name) aliases.push(alias);
  // Key by key in the record's order, not from conditional spreads (a temporary object each).
  const actor = { id, kind: draft.kind, name: draft.name, aliases } as Actor;
  if (draft.organisationType) actor.organisationType = draft.organisationType;
  if (affiliation && affiliation !== id) actor.affiliation = affiliation;
  actor.roles = roles;
  if (entry?.capital) actor.capital = entry.capital;
  if (draft.vessel && Object.keys(draft.vessel).length > 0) actor.vessel = draft.vessel;
  actor.mentions = mentions;
  return actor;
}

/** Words around a media name that make it a credit line rather than a source cited in the text. */
const CREDIT_BEFORE = /(?:\(\s*|\b(?:Source|Credit|Photo|Image|Copyright)\s*:\s*|©\s*|\bBy\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:and\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3})?,?\s*|\b(?:Reporting|Editing|Writing) by\s[^\n]*)$/u;
const CREDIT_AFTER = /^(?:\s*\)|\s+(?:contributed|staff)\b|\s*\/\s*(?:Getty|AFP|Reuters|AP)\b)/;
const QUESTION_LABEL_BEFORE = /(?:^|\n)[ \t]*(?:Q|Question)[ \t]*\([ \t]*$/;
/** "AFP - …", "DUBAI, AFP — …": a dash after the name, with only a dateline before it on its line. */
const DATELINE_PREFIX = /^[\p{Lu}\d\s,./'’-]*$/u;
function isCreditLine(text: string, start: number, end: number): boolean {
  // "Q (IRNA): …": the outlet asking at a press conference takes part in it.
  if (QUESTION_LABEL_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return false;
  if (CREDIT_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || CREDIT_AFTER.test(text.slice(end, end + 12))) return true;
  return /^\s*[-–—]\s/.test(text.slice(end, end + 4)) && DATELINE_PREFIX.test(text.slice(text.lastIndexOf("\n", start) + 1, start));
}

/** The word before a one-word person alias, when it is a given name rather than a title, article or state. */
function isOtherGivenName(text: string, start: number, dictionary: ActorDictionary): boolean {
  const before = /(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (!before) return false;
  const word = before[1]!;
  if (STOP_WORDS.has(word) || dictionary.forms.has(word) || dictionary.states.has(word)) return false;
  return !TITLE_WORD_RE.test(word);
}
const TITLE_WORD_RE = new RegExp(`^(?:${TITLE_START_PATTERN}|Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Dame|Imam|Hojatoleslam|Seyed|Sayyid|Sheikh)$`, "u");

/** "the Foreign Ministry", "the Ministry of Foreign Affairs", with no state named before it. */
const BARE_FOREIGN_MINISTRY_RE = /\b[Tt]he (Foreign Ministry|Ministry of Foreign Affairs|foreign ministry)\b/g;
const FOREIGN_MINISTRIES = new WeakMap<ActorDictionary, Map<ActorId, ActorId>>();
/** Each state's foreign ministry in the dictionary: state id → ministry id. */
function foreignMinistries(dictionary: ActorDictionary): Map<ActorId, ActorId> {
  let map = FOREIGN_MINISTRIES.get(dictionary);
  if (!map) {
    map = new Map();
    for (const entry of dictionary.entries.values()) {
      if (entry.organisationType === "ministry" && entry.affiliation?.startsWith("state:") && /Foreign Ministry|Foreign Affairs|State Department|Foreign Office/.test(entry.name)) map.set(entry.affiliation, entry.id);
    }
    FOREIGN_MINISTRIES.set(dictionary, map);
  }
  return map;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const WORD_CHAR_AT = /[\p{L}\p{N}_]/uy;
/** [A-Za-z0-9_] by character code: what WORD_CHAR says of an ASCII character. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Whether the code point at `index` is a word character (WORD_CHAR), ASCII without the Unicode test. */
function isWordCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiWordChar(code);
  WORD_CHAR_AT.lastIndex = index;
  return WORD_CHAR_AT.test(text);
}

/** Whether a word character is just before `index`, as a `(?<![\p{L}\p{N}_])` lookbehind sees it. */
function isWordCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const before = text.charCodeAt(index - 1);
  return before < 128 ? isAsciiWordChar(before) : WORD_CHAR.test(charBefore(text, index));
}

/** 2 at a surrogate pair, else 1. */
function codePointWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** The code point before `index` (a whole surrogate pair), for a lookbehind-style word boundary. */
function charBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1]!;
}

/**
 * Whole-word occurrences of a few literal words, leftmost first and longest at a position, without
 * overlaps: what `wordBounded(alternation(words))` matches, found with `indexOf` instead of compiling
 * a new alternation for every document (a fresh RegExp runs interpreted and was the top cost of
 * recognition). Words with an apostrophe or a space match the other apostrophe and any run of spaces
 * in the alternation, so those go through it.
 */
function findWholeWords(text: string, words: string[]): { start: number; text: string }[] {
  if (words.some((word) => /['’\s]/.test(word))) {
    const re = new RegExp(wordBounded(alternation(words)), "gu");
    return matchesOf(re, text).map((m) => ({ start: m.index, text: m[0] }));
  }
  const candidates: { start: number; text: string }[] = [];
  for (const word of new Set(words)) {
    if (word.length === 0) continue;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (WORD_CHAR.test(charBefore(text, at)) || WORD_CHAR.test(String.fromCodePoint(text.codePointAt(end) ?? 32))) continue;
      candidates.push({ start: at, text: word });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.text.length - a.text.length);
  const out: { start: number; text: string }[] = [];
  let lastEnd = 0;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    out.push(c);
    lastEnd = c.start + c.text.length;
  }
  return out;
}

function dedupeRoles(roles: Role[]): Role[] {
  const seen = new Set<string>();
  return roles.filter((role) => {
    const key = `${role.title.toLowerCase()}|${role.of ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A person's affiliation from the actor their title names: a state, or an organisation's state. */
function affiliationOf(id: ActorId, dictionary: ActorDictionary): ActorId {
  if (id.startsWith("state:")) return id;
  return dictionary.entries.get(id)?.affiliation ?? id;
}

/** An index over sorted, non-overlapping mentions. */
export function createActorIndex(actors: Actor[], mentions: ActorMention[]): ActorIndex {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return {
    actors,
    mentions: sorted,
    within(span: Span): ActorMention[] {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]!.start < span.start) lo = mid + 1;
        else hi = mid;
      }
      const out: ActorMention[] = [];
      for (let i = lo; i < sorted.length && sorted[i]!.start < span.end; i++) if (sorted[i]!.end <= span.end) out.push(sorted[i]!);
      return out;
    },
  };
}

