/**
 * Sentence splitting over normalised text (one paragraph per line). A regular expression with an
 * abbreviation list, not Intl.Segmenter: it is an order of magnitude faster, deterministic across Node
 * versions, and knows the abbreviations of this genre ("U.S.", "Adm.", "Feb. 6").
 */
import type { Sentence } from "./_types.js";

/** Words that end in a full stop without ending a sentence. Compared lower-case, without the stop. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
  "sen", "rep", "gov", "pres", "amb", "sec", "min", "dep", "st", "jr", "sr", "no", "nos", "vol", "vs",
  "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig", "jan", "feb", "mar", "apr", "jun", "jul",
  "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
  "sat", "sun", "e.g", "i.e", "cf", "al", "op", "mt", "ft", "gens", "revs", "rev", "hon",
]);

/**
 * A candidate boundary: terminal punctuation, closing quotes/brackets, space, then a sentence opener;
 * or, in reports with footnotes, the same with a note number glued on ("… in the Gulf.2 The Navy …").
 */
const BOUNDARY = /[.!?]+["')\]]*(?=\s+["'([]?[A-Z0-9])|(?<=[a-z"')\]])[.!?]["')\]]*\d{1,3}(?=\s+["'([]?[A-Z])/g;

/** Abbreviations that always stand before a name or number: never the end of a sentence. */
const TITLES = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
  "sen", "rep", "gov", "pres", "amb", "sec", "dep", "st", "gens", "revs", "rev", "hon", "mt", "ft", "cf", "vs", "e.g", "i.e",
]);
/** Time zones written after a clock time ("8:00 p.m. EDT", "10 a.m. GMT"). */
const TIME_ZONE = /^(?:[ECMPA][SD]?T|GMT|UTC|BST|CES?T|EES?T|IRST|GST|AEST|JST|Z)\b/;
/** A clock time's day after it, as American copy writes it: "at 5:30 p.m. Tuesday", "10 a.m. Jan. 8". */
const CLOCK_DAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
/** A clock time's place or zone after it: "7 p.m. London time", "9 a.m. Tehran time", "8:00 p.m. Eastern Daylight Time". */
const PLACE_TIME = /^\s+(?:[A-Z][A-Za-z-]*\s+){1,3}[Tt]ime\b/;
/** A clock time's American zone named as a word: "8 p.m. Eastern on Saturday", "9 a.m. Pacific, when …". */
const ZONE_WORD = /^\s+(?:Eastern|Pacific|Central|Mountain)\b(?=\s+(?:on|in|Daylight|Standard|[Tt]ime|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|[,;)])/;
/** Words that open a new sentence; after an abbreviation that may end one ("the U.S. The …"), they split. */
const SENTENCE_OPENER =
  /^(?:The|A|An|It|Its|He|She|They|We|I|This|That|These|Those|There|But|And|In|On|At|After|Before|When|While|However|Meanwhile|His|Her|Their|Our|Both|Neither|No|Yes|Some|Many|Most)\b/;

/**
 * Whether the full stop at `stop` closes an abbreviation rather than a sentence, given the word that
 * follows (the boundary regex only stops before a capital or a digit):
 * - titles ("Gen.", "Lt.", "Adm.") and initials ("Bradley T. Smith") stand before a name: never a stop;
 * - "a.m."/"p.m." before a time zone ("9:30 p.m. EDT on …", "8 p.m. Eastern on Saturday"), a place's time ("7 p.m. London time"), a
 *   weekday or month ("5:30 p.m. Tuesday") or a number is no stop; before any other capital it ends the sentence ("… at 9 p.m. Iran said …");
 * - dotted acronyms ("U.S.", "U.N.") and other abbreviations ("Feb.", "No.", "Inc.") stand inside a
 *   sentence unless the next word is one that opens sentences ("… in the U.S. The Treasury said").
 */
function endsWithAbbreviation(line: string, stop: number, next: string): boolean {
  if (line[stop] !== ".") return false;
  // The word before the full stop at `stop` (letters and inner dots), found by walking back.
  let from = stop;
  while (from > 0 && /[A-Za-z.]/.test(line[from - 1]!)) from--;
  while (from < stop && line[from] === ".") from++;
  if (from === stop) return false;
  const word = line.slice(from, stop);
  const lower = word.toLowerCase();
  if (lower === "a.m" || lower === "p.m") return TIME_ZONE.test(next) || /^\d/.test(next) || CLOCK_DAY.test(next) || PLACE_TIME.test(line.slice(stop + 1, stop + 48)) || ZONE_WORD.test(line.slice(stop + 1, stop + 40));
  if (TITLES.has(lower)) return true;
  // A single initial ("T. Smith") belongs to a name.
  if (/^[A-Z]$/.test(word)) return true;
  // Dotted initials ("U.S.", "U.N.") and the other abbreviations.
  if (ABBREVIATIONS.has(lower) || /^(?:[A-Z]\.)+[A-Z]$/.test(word)) return /^\d/.test(next) || !SENTENCE_OPENER.test(next);
  return false;
}

/** A line is a heading when it is one short phrase with no sentence-final punctuation. */
function isHeadingLine(line: string): boolean {
  if (line.length > 250) return false;
  if (/^(?:[-*•]|\d+[.)])\s/.test(line)) return false;
  // Final punctuation, perhaps with a footnote number glued on ("… in the Gulf.2").
  if (/[.!?:;,"')\]]$|[a-z"')\]][.!?]["')\]]*\d{1,3}$/.test(line)) return false;
  return line.split(/\s+/).length <= 30;
}

/**
 * Splits normalised text into sentences with their offsets. Each line is a paragraph; a list marker
 * ("- ", "1. ") is left out of the sentence's span. The first line is paragraph 0 whether or not it is
 * a title.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  let paragraph = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== "") {
      const heading = isHeadingLine(line.trim());
      const marker = /^\s*(?:(?:[-*•]|\d+[.)])\s+)?/.exec(line)![0].length;
      let start = marker;
      const push = (end: number) => {
        const raw = line.slice(start, end);
        const lead = raw.length - raw.trimStart().length;
        const body = raw.trim();
        if (body !== "") {
          const absolute = lineStart + start + lead;
          sentences.push({ index: sentences.length, paragraph, start: absolute, end: absolute + body.length, text: body, heading });
        }
      };
      if (!heading) {
        BOUNDARY.lastIndex = 0;
        for (let match = BOUNDARY.exec(line); match !== null; match = BOUNDARY.exec(line)) {
          if (match.index < start) continue;
          const next = /^\s*["'([]?(\S*)/.exec(line.slice(match.index + match[0].length, match.index + match[0].length + 24))![1]!;
          if (endsWithAbbreviation(line, match.index, next)) continue;
          const end = match.index + match[0].length;
          push(end);
          start = end;
        }
      }
      push(line.length);
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/** The paragraph (one line of the normalised text) a sentence belongs to. */
export function paragraphOf(text: string, sentence: Sentence): string {
  const end = text.indexOf("\n", sentence.end);
  return text.slice(text.lastIndexOf("\n", sentence.start - 1) + 1, end === -1 ? text.length : end);
}
