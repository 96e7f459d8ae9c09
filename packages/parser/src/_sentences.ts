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

/** A candidate boundary: terminal punctuation, closing quotes/brackets, space, then a sentence opener. */
const BOUNDARY = /[.!?]+["')\]]*(?=\s+["'([]?[A-Z0-9])/g;

function endsWithAbbreviation(line: string, stop: number): boolean {
  if (line[stop] !== ".") return false;
  // The word before the full stop at `stop` (letters and inner dots), found by walking back.
  let from = stop;
  while (from > 0 && /[A-Za-z.]/.test(line[from - 1]!)) from--;
  while (from < stop && line[from] === ".") from++;
  if (from === stop) return false;
  const word = line.slice(from, stop);
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // An initial ("J. Smith") or dotted initials ("U.S.", "U.N.") — a capital with dots around it.
  return /^(?:[A-Z]\.)*[A-Z]$/.test(word);
}

/** A line is a heading when it is one short phrase with no sentence-final punctuation. */
function isHeadingLine(line: string): boolean {
  if (line.length > 250) return false;
  if (/^(?:[-*•]|\d+[.)])\s/.test(line)) return false;
  if (/[.!?:;,"')\]]$/.test(line)) return false;
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
          if (endsWithAbbreviation(line, match.index)) continue;
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
