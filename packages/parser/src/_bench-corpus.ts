/**
 * A synthetic corpus for `pnpm bench`, grown deterministically from a few real test articles: every
 * variant keeps its template's format and head (title, front matter, dateline) and takes a different
 * excerpt of its paragraphs, with years and months shifted, numbers changed, names swapped among the
 * names the templates use, sentences reordered and paragraphs swapped. The aim is text that exercises
 * the same code paths as real articles without being byte-identical (no cache can help), not realism.
 */
import type { DocumentInput } from "./read.js";

/** Mulberry32: a small seeded PRNG, so a corpus is the same on every run and machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH_RE = new RegExp(`\\b(${MONTHS.join("|")})\\b`, "g");
const YEAR_RE = /\b(20[12]\d)\b/g;
const NUMBER_RE = /\b(?<![\d.,-])([1-9]\d{0,2})(?![\d.,-]\d)\b/g;
/** Two capitalised words: a rough "name" pattern, filtered below to leave places and offices alone. */
const NAME_RE = /\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b/g;
const NOT_NAME_WORDS = new Set(
  "United States Kingdom Arab Emirates Strait Hormuz Gulf Middle East Persian Arabian Sea Foreign Minister Ministry Department Treasury State Security Council Atomic Energy Agency Revolutionary Guard Guards Corps Central Command Force Forces Navy Air National International Supreme Leader Deputy Secretary General Special Envoy President Prime Affairs Office House White European Union Joint Comprehensive Plan Action Islamic Republic Saudi Arabia South Korea North West Omani Iranian American Israeli British Institute Endowment Forum The This That These Those What Why When Where Who How Key Background Summary Notes".split(
    " ",
  ),
);

function isNameLike(first: string, last: string): boolean {
  return !NOT_NAME_WORDS.has(first) && !NOT_NAME_WORDS.has(last);
}

/** Every name-like pair of words in the templates: the pool variants swap names from. */
function collectNames(templates: DocumentInput[]): string[] {
  const names = new Set<string>();
  for (const template of templates) {
    for (const match of template.content.matchAll(NAME_RE)) if (isNameLike(match[1]!, match[2]!)) names.add(match[0]);
  }
  return [...names].sort();
}

interface Variation {
  yearShift: number;
  monthShift: number;
  names: Map<string, string>;
  random: () => number;
}

/** Rewrites the words of a stretch of text (never markup): years, months, small numbers and names. */
function varyWords(text: string, variation: Variation): string {
  return text
    .replace(YEAR_RE, (year) => String(Math.min(2026, Math.max(2019, Number(year) + variation.yearShift))))
    .replace(MONTH_RE, (month) => MONTHS[(MONTHS.indexOf(month) + variation.monthShift) % 12]!)
    .replace(NUMBER_RE, (n) => (variation.random() < 0.5 ? n : String(Math.max(1, Math.round(Number(n) * (0.5 + variation.random()))))))
    .replace(NAME_RE, (name) => variation.names.get(name) ?? name);
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Splits a paragraph into sentences at ". " before a capital: good enough to reorder them. */
function reorderSentences(paragraph: string, random: () => number): string {
  const sentences = paragraph.split(/(?<=[.!?]) (?=[A-Z"“])/);
  return sentences.length < 3 ? paragraph : shuffle(sentences, random).join(" ");
}

/** Head lines kept as they are: front matter, title and the first lines (dateline, byline). */
function splitHead(content: string): { head: string[]; body: string[] } {
  const lines = content.split("\n");
  let headEnd = 0;
  if (lines[0] === "---") {
    const close = lines.indexOf("---", 1);
    headEnd = close === -1 ? 0 : close + 1;
  }
  headEnd = Math.min(lines.length, headEnd + 3);
  return { head: lines.slice(0, headEnd), body: lines.slice(headEnd).filter((line) => line.trim() !== "") };
}

function varyText(template: DocumentInput, variation: Variation, budget: number): string {
  const { head, body } = splitHead(template.content);
  const random = variation.random;
  // An excerpt in the original order, from a random starting paragraph, up to the byte budget.
  const start = Math.floor(random() * Math.max(1, body.length - 2));
  const picked: string[] = [];
  let size = head.join("\n").length;
  for (let i = 0; i < body.length && size < budget; i++) {
    const paragraph = body[(start + i) % body.length]!;
    picked.push(random() < 0.3 ? reorderSentences(paragraph, random) : paragraph);
    size += paragraph.length + 1;
  }
  if (picked.length > 2 && random() < 0.4) {
    const i = Math.floor(random() * (picked.length - 1));
    [picked[i], picked[i + 1]] = [picked[i + 1]!, picked[i]!];
  }
  return varyWords([...head, ...picked].join("\n"), variation);
}

/** HTML keeps its whole page (boilerplate included: reading it is part of the cost); only text varies. */
function varyHtml(template: DocumentInput, variation: Variation): string {
  return template.content.replace(/>([^<]+)</g, (_, text: string) => `>${varyWords(text, variation)}<`);
}

export interface BenchCorpusOptions {
  count: number;
  seed: number;
  /** Bytes of text per variant, drawn uniformly in this range (HTML pages keep their full size). */
  minBytes?: number;
  maxBytes?: number;
}

/** `count` variants of the templates, the same for the same seed. */
export function buildBenchCorpus(templates: DocumentInput[], options: BenchCorpusOptions): DocumentInput[] {
  if (templates.length === 0) throw new RangeError("could not build a bench corpus - no template articles");
  const random = createRandom(options.seed);
  const pool = collectNames(templates);
  const minBytes = options.minBytes ?? 900;
  const maxBytes = options.maxBytes ?? 2600;
  const corpus: DocumentInput[] = [];
  for (let i = 0; i < options.count; i++) {
    const template = templates[i % templates.length]!;
    const names = new Map<string, string>();
    for (const name of pool) if (random() < 0.15) names.set(name, pool[Math.floor(random() * pool.length)]!);
    const variation: Variation = { yearShift: Math.floor(random() * 5) - 3, monthShift: Math.floor(random() * 12), names, random };
    const budget = minBytes + Math.floor(random() * (maxBytes - minBytes));
    const content = template.format === "html" ? varyHtml(template, variation) : varyText(template, variation, budget);
    const dot = template.source.lastIndexOf(".");
    const extension = dot === -1 ? "" : template.source.slice(dot);
    corpus.push({ source: `bench/${String(i).padStart(5, "0")}${extension}`, content, ...(template.format ? { format: template.format } : {}) });
  }
  return corpus;
}
