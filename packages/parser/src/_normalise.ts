/**
 * Text normalisation: what every article goes through before anything reads it. The text this returns
 * is the text a Document stores and every evidence span points into, so nothing after this step may
 * change it.
 *
 * Decisions (see the README too):
 * - Unicode NFC; non-breaking and other exotic spaces → a space; zero-width characters and soft hyphens
 *   dropped; runs of spaces collapsed; lines trimmed; blank lines dropped (one paragraph per line).
 * - Typographic quotes → straight (’ ‘ → ', “ ” → "); an em dash, or a spaced en dash, → " - " (spaced
 *   hyphen); an unspaced en dash ("2028–2031", "US–Iran") → "-"; "…" → "...".
 * - Stray inline-math markup from copy-pasted articles (`$60%$`) → `60%`; a doubled full stop ("Iran..")
 *   → one (a real ellipsis "..." is kept).
 * - Promotional boilerplate ("If you enjoyed this article…", "For more context…, see…",
 *   "Subscribe to…", "Read more: …") is removed, as a whole line or as a trailing sentence.
 * - "Sources" / "Wire provenance" blocks and lines that are only a URL are removed from the text; their
 *   URLs go to `links`. Bare URLs inside prose stay in the text and are also collected.
 * - Credit lines ("Original analysis inspired by X from Y.", "This article first appeared in Y.") are
 *   removed from the text and kept as `attribution`; only a line saying where the article itself was
 *   published sets `outlet` ("inspired by X from Y" names someone else's outlet, so it does not).
 * - A paragraph opening with a double quote that never closes loses that quote: it is a copy-paste
 *   artefact, and left alone it would make the whole paragraph look like a quotation.
 */
import { matchesOf } from "./_lexicon.js";

export interface NormalisedText {
  text: string;
  /** URLs from source lists, URL-only lines and prose, in order of appearance, without duplicates. */
  links: string[];
  attribution?: string;
  outlet?: string;
}

const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const HYPHENS = /[\u2010\u2011\u2212]/g;
const EM_DASH = / *[\u2014\u2015] */g;
const SPACED_EN_DASH = / +\u2013 *| *\u2013 +/g;
const EN_DASH = /\u2013/g;
/** `$60%$`, `$90\%$`, `$ 3.5 $` — inline math around a plain number. */
const NON_ASCII_OR_CONTROL = /[^\x20-\x7E]/;
const INLINE_MATH = /\$\s*(\d[\d.,]*)\s*(\\?%|percent)?\s*\$/g;
/** "Iran.." but not "...". */
const DOUBLED_STOP = /(?<![.])\.\.(?![.])/g;
const DOUBLED_COMMA = /,{2,}/g;

export const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'()[\]{}]+/g;

/**
 * Openings of promotional or navigational sentences that are not part of an article. Written for the
 * genre (newsletter plugs, related-article pointers, share prompts), not for any one site.
 */
const PROMO =
  "(?:if you (?:found|find|enjoyed|liked|appreciated) (?:value in |this )?(?:this |our )?(?:post|article|piece|story|analysis|content)|" +
  "(?:for|see) (?:another|a different|more|further|an alternative) (?:perspective|take|view|context|coverage|reading)\\b[^.!?\\n]{0,120}?\\bsee\\b|" +
  "you (?:should|might|may) (?:also )?(?:check out|like|enjoy|want to read)|" +
  "(?:read|see) (?:more|also)\\s*:|related(?: (?:article|story|reading|coverage))?\\s*:|also read\\s*:|recommended\\s*:|" +
  "click here\\b|subscribe (?:to|for|now)\\b|sign up (?:for|to)\\b|follow us on\\b|share this (?:article|post|story)\\b|" +
  "(?:this|the) (?:post|article) (?:may contain|contains) affiliate links)";
const PROMO_LINE = new RegExp(`^(?:[-*•]\\s*)?${PROMO}`, "i");
/** A promotional sentence after the article's own words on the same line, up to the end of that sentence. */
const PROMO_TRAILING = new RegExp(`(?<=[.:!?"')])\\s+${PROMO}[^\\n]*$`, "i");
/**
 * Words one of which every PROMO alternative contains, as one case-insensitive test: a line with none
 * of them cannot hold a trailing plug, and the cheap test spares PROMO_TRAILING (its leading lookbehind
 * is tried at every position).
 */
const PROMO_WORDS = new RegExp(
  [
    "if you", "for another", "for a different", "for more", "for further", "for an alternative", "see another", "see a different",
    "see more", "see further", "see an alternative", "you should", "you might", "you may", "read more", "read also", "see also",
    "related", "also read", "recommended", "click here", "subscribe", "sign up", "follow us on", "share this", "affiliate links",
  ].join("|"),
  "i",
);

const BOILERPLATE_LINE =
  /^(?:advertisement|sponsored content|share(?: this)?(?: article| story)?|print|email|(?:©|\(c\)|copyright)\s.*|all rights reserved\.?|.*\ball rights reserved\.?)$/i;

/** Headings that introduce a list of sources rather than prose. */
const SOURCE_HEADING =
  /^(?:wire provenance|sources?(?: and (?:notes|references))?|references|further reading|related links|links|source links|citations|notes and sources)\s*:?$/i;

/** Lines that credit another author or outlet (not a date line: "First Published: Apr 20, 2031, 09:15 PM"). */
const ATTRIBUTION_LINE =
  /^(?:original (?:analysis|reporting|article|story|report|piece)\b|(?:this|the) (?:article|analysis|story|report|piece|post) (?:was |is )?(?:originally |first )?(?:inspired by|adapted from|based on|published|appeared|syndicated)\b|(?:inspired by|adapted from|(?:originally|first) published(?!\s*:?\s*(?:on\s+)?(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s))|first appeared|republished|syndicated from)\b)/i;
/** Where the article itself was first published: "first appeared in Y", "originally published by Y". */
const OWN_OUTLET = /\b(?:originally published|first published|first appeared|republished from|syndicated from)\s+(?:by|in|on|at|from)\s+(?:the\s+)?([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})/;

const URL_ONLY_LINE = /^(?:[-*•]\s*|\d+[.)]\s*)?(?:[A-Z][\w ]{0,30}:\s*)?<?https?:\/\/\S+>?$/i;

/** Normalises characters within a line: quotes, dashes, spaces, markup residue. Offsets are not preserved. */
export function normaliseCharacters(line: string): string {
  // Most lines are plain ASCII: only the ASCII rules can apply to them.
  if (!NON_ASCII_OR_CONTROL.test(line)) {
    let out = line;
    if (out.includes("$")) out = out.replace(INLINE_MATH, (_m, number: string, unit: string | undefined) => number + (unit === undefined ? "" : unit === "percent" ? " percent" : "%"));
    if (out.includes("..")) out = out.replace(DOUBLED_STOP, ".");
    if (out.includes(",,")) out = out.replace(DOUBLED_COMMA, ",");
    if (out.includes("  ")) out = out.replace(/ {2,}/g, " ");
    return out.trim();
  }
  return line
    .replace(INVISIBLE, "")
    .replace(SPACES, " ")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(HYPHENS, "-")
    .replace(EM_DASH, " - ")
    .replace(SPACED_EN_DASH, " - ")
    .replace(EN_DASH, "-")
    .replace(/\u2026/g, "...")
    .replace(INLINE_MATH, (_m, number: string, unit: string | undefined) => number + (unit === undefined ? "" : unit === "percent" ? " percent" : "%"))
    .replace(DOUBLED_STOP, ".")
    .replace(DOUBLED_COMMA, ",")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** URLs in a piece of text, without trailing sentence punctuation. */
export function findUrls(text: string): string[] {
  return matchesOf(URL_PATTERN, text).map((m) => m[0].replace(/[.,;:!?]+$/, ""));
}

/** Drops the opening double quote of a paragraph whose quotes do not pair up. */
function dropStrayOpeningQuote(line: string): string {
  if (!line.startsWith('"')) return line;
  const count = line.split('"').length - 1;
  return count % 2 === 1 ? line.slice(1).trimStart() : line;
}

/** A lower-case word broken with a hyphen at the end of a wrapped line ("de-"), and its other half. */
const WRAP_HYPHEN_BEFORE = /(?<![\w-])([a-z]+)-$/;
const WRAP_HYPHEN_AFTER = /^([a-z]+)(?![\w-])/;
/** First halves of compounds that keep their hyphen ("self-imposed", "long-range", "anti-ship"). */
const COMPOUND_FIRST = new Set([
  "self", "ex", "non", "anti", "pro", "co", "cross", "well", "long", "short", "high", "low", "full", "half", "all", "semi", "multi",
  "counter", "post", "pre", "mid", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "so", "far", "top",
  "state", "year", "day", "month", "week", "hard", "open", "close", "first", "second", "third", "ill", "little", "much", "vice",
]);

/**
 * A word a wrapped line broke with a hyphen: re-joined without it ("de-" + "signated") unless it is a
 * compound - written with the hyphen elsewhere in the text, or opening with a usual compound half
 * ("long-" + "range"), in which case only the line break goes. A spelling found unhyphenated elsewhere
 * in the text wins over the list.
 */
function joinHyphenatedWord(first: string, second: string, text: string): string {
  const solid = first + second;
  const hyphenated = `${first}-${second}`;
  if (new RegExp(`\\b${solid}\\b`, "i").test(text)) return solid;
  if (COMPOUND_FIRST.has(first) || new RegExp(`\\b${hyphenated}\\b`, "i").test(text)) return hyphenated;
  return solid;
}

/**
 * Joins hard-wrapped lines (plain text wrapped at a fixed width) back into paragraphs. A text counts as
 * wrapped when most of its lines reach 85% of its longest ones, at 40–100 characters (two-column PDF
 * text wraps at ~45); a line then
 * continues the previous one when that one reached the wrap width (a short line ends its paragraph)
 * and it is not a list item. Tables and timelines, whose rows vary in length, are left alone. A word
 * split by a hyphen at such a line end is mended (see `joinHyphenatedWord`); evidence spans point into
 * the normalised text, so quotes stay exact.
 */
function unwrapHardWrappedText(lines: string[]): string[] {
  const lengths = lines.filter((line) => line.trim() !== "").map((line) => line.trimEnd().length);
  if (lengths.length < 6) return lines;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  const full = (line: string) => line.trimEnd().length >= width * 0.85;
  if (width < 40 || width > 100 || lengths.filter((length) => length >= width * 0.85).length / lengths.length < 0.6) return lines;
  const out: string[] = [];
  let previous: string | undefined;
  const whole = lines.join("\n");
  for (const line of lines) {
    const item = /^\s*(?:[-*•]|\d+[.)])\s/.test(line);
    if (line.trim() !== "" && previous !== undefined && full(previous) && !item && out.length > 0) {
      const last = out[out.length - 1]!;
      const split = WRAP_HYPHEN_BEFORE.exec(last);
      const rest = split ? WRAP_HYPHEN_AFTER.exec(line.trim()) : null;
      if (split && rest) {
        const joined = joinHyphenatedWord(split[1]!, rest[1]!, whole);
        out[out.length - 1] = `${last.slice(0, split.index)}${joined}${line.trim().slice(rest[1]!.length)}`;
      } else {
        out[out.length - 1] = `${last} ${line.trim()}`;
      }
    } else {
      out.push(line.trim());
    }
    previous = line.trim() === "" ? undefined : line;
  }
  return out;
}

/**
 * Normalises an article's plain text (already stripped of Markdown or HTML). Returns the text with one
 * paragraph per line, plus the links and credit line taken out of it.
 */
export function normaliseText(raw: string): NormalisedText {
  const links: string[] = [];
  const addLinks = (urls: string[]) => {
    for (const url of urls) if (!links.includes(url)) links.push(url);
  };
  let attribution: string | undefined;
  let outlet: string | undefined;

  const rawLines = unwrapHardWrappedText(raw.normalize("NFC").replace(/\r\n?/g, "\n").split("\n"));
  const kept: string[] = [];
  let inSourceList = false;
  for (const rawLine of rawLines) {
    let line = normaliseCharacters(rawLine);
    if (line === "") continue;

    if (SOURCE_HEADING.test(line)) {
      inSourceList = true;
      continue;
    }
    if (URL_ONLY_LINE.test(line)) {
      addLinks(findUrls(line));
      continue;
    }
    if (inSourceList) {
      // A source list holds URLs, short introductions ending in a colon, and short citation lines.
      const urls = findUrls(line);
      if (urls.length > 0 || /:$/.test(line) || (line.length < 120 && /^[-*•]/.test(line))) {
        addLinks(urls);
        continue;
      }
      inSourceList = false;
    }
    if (ATTRIBUTION_LINE.test(line)) {
      addLinks(findUrls(line));
      const first = /^.*?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
      attribution = attribution === undefined ? first : `${attribution} ${first}`;
      outlet ??= OWN_OUTLET.exec(line)?.[1]?.replace(/[.,]$/, "");
      continue;
    }
    if (PROMO_LINE.test(line) || BOILERPLATE_LINE.test(line)) continue;
    line = (PROMO_WORDS.test(line) ? line.replace(PROMO_TRAILING, "") : line).trim();
    line = dropStrayOpeningQuote(line);
    if (line === "") continue;
    addLinks(findUrls(line));
    kept.push(line);
  }
  const result: NormalisedText = { text: kept.join("\n"), links };
  if (attribution !== undefined) result.attribution = attribution;
  if (outlet !== undefined) result.outlet = outlet;
  return result;
}

const SENTENCE_END = /[.!?]["')\]]*$/;

/**
 * Tells a headline from a first paragraph, for plain text whose first line may be either. A headline
 * has no sentence-final full stop (news headlines drop it), is short (at most 30 words and 200
 * characters) and is followed by more text; one ending in "?" or "!" counts only when short (≤ 15
 * words) and capitalised like a title. A line ending in a full stop is a standfirst or the first
 * paragraph, never a headline, however short; so is a line ending in ":" or ",", which runs on.
 */
export function isHeadline(line: string, hasFollowingText: boolean): boolean {
  const text = line.trim();
  if (!hasFollowingText || text === "") return false;
  const words = text.split(/\s+/);
  if (text.length > 200 || words.length > 30) return false;
  if (/[:;,]$/.test(text)) return false;
  if (/[!?]["')\]]*$/.test(text)) {
    if (words.length > 15) return false;
    const capitalised = words.filter((word) => /^["'(]?[A-Z0-9]/.test(word)).length;
    return capitalised / words.length >= 0.5;
  }
  if (SENTENCE_END.test(text)) return false;
  return /^["'(]?[A-Z0-9]/.test(text);
}

const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?,?$/i;

/**
 * A line above an article's headline that is not its headline: a masthead or kicker in capitals ("THE
 * EXAMPLE HERALD", "MINISTRY OF EXAMPLE AFFAIRS"), a metadata strip with "|" ("NEWSLETTER | Energy"),
 * a short label ("Press Releases"), a byline, or a date line ("Sunday 4 March 2031 09.30 GMT").
 */
function mastheadKind(line: string): "date" | "byline" | "strip" | "capitals" | "label" | undefined {
  const words = line.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word));
  const dated = words.some((word) => MONTH_WORD.test(word)) && words.some((word) => /\d/.test(word));
  const other = words.filter((word) => !MONTH_WORD.test(word) && !/\d/.test(word) && !/^(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{2,4}T|BST)$/i.test(word));
  if (dated && other.length <= 2) return "date";
  if (/^by\s/i.test(line)) return "byline";
  if (/\s[|·•]\s/.test(line)) return "strip";
  const letters = line.replace(/[^A-Za-z]/g, "");
  if (letters.length > 0 && letters.replace(/[^A-Z]/g, "").length / letters.length >= 0.8) return "capitals";
  if (words.length <= 3) return "label";
  return undefined;
}

/**
 * The title of a plain-text article: among the lines before its first paragraph of prose, the first
 * headline ({@link isHeadline}) that is not a masthead, label, byline or date line; failing that, the
 * first headline at all ("EXAMPLE SECURITY WEEKLY - Issue 12/2031"); null when the text opens with prose.
 */
export function findTitle(text: string): string | null {
  const lines = text.split("\n", 7);
  let fallback: string | null = null;
  for (let i = 0; i < Math.min(lines.length - 1, 6); i++) {
    const line = lines[i]!;
    if (!isHeadline(line, true)) break;
    const kind = mastheadKind(line);
    if (kind === undefined) return line;
    // A masthead in capitals may be all the title a digest has; a date line or a byline never is.
    fallback ??= kind === "capitals" && line.split(/\s+/).length >= 3 ? line : null;
  }
  return fallback;
}
