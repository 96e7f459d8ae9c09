#!/usr/bin/env node
/**
 * `pnpm bench`: parser throughput and memory on a ≥5 MB synthetic corpus (see _bench-corpus.ts), grown
 * from the seeds and the fixture articles. It times, in one process and on the same texts:
 *   1. a plain regex scan (a handful of regexes per article) — the reference a parser cannot beat;
 *   2. `parseDocument` on every article, one at a time (end to end: markup, normalising, dates,
 *      actors, events, per-document merge);
 *   3. `parseCorpus` on the whole corpus (all of 2, plus the cross-document merge and validation).
 * and reports MB/s (1 MB = 10^6 bytes of UTF-8 input), documents/s, peak RSS (sampled after each
 * document, and the process's maxRSS) against the targets: ≥ 3 MB/s per core, peak RSS < 300 MB.
 * Options: --count N (default 3500), --seed N, --json.
 */
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { buildBenchCorpus } from "./_bench-corpus.js";
import { parseCorpus, parseDocument } from "./parse.js";
import { type DocumentInput, readCorpus } from "./read.js";

const TARGET_MB_PER_S = 3;
const TARGET_RSS_MB = 300;
/**
 * Time budgets that keep the whole bench under 2 minutes on a slow or shared machine: the
 * parseDocument loop stops after DOCUMENT_BUDGET_S, and parseCorpus runs on the largest prefix of the
 * corpus it is projected to finish within CORPUS_BUDGET_S. A stopped phase says so in its row.
 */
const DOCUMENT_BUDGET_S = 40;
const CORPUS_BUDGET_S = 40;

const packageDir = fileURLToPath(new URL("..", import.meta.url));

function option(argv: string[], name: string, fallback: number): number {
  const index = argv.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`could not read ${name} - expected a positive integer, received ${argv[index + 1]}`);
  return value;
}

const bytesOf = (inputs: DocumentInput[]) => inputs.reduce((sum, input) => sum + Buffer.byteLength(input.content, "utf8"), 0);
const mb = (bytes: number) => bytes / 1e6;
// memoryUsage.rss() reads only the RSS, without the heap statistics memoryUsage() gathers: cheap per document.
const rssMb = () => process.memoryUsage.rss() / 1e6;

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The reference scan: what a handful of regexes over the same text costs. */
const REFERENCE_REGEXES = [
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s*\d{4})?\b/g,
  /\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?\b/g,
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
  /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b/g,
  /\b\d+(?:\.\d+)?\s*(?:%|percent|per cent)/g,
  /\b(?:talks|round|sanction\w*|seiz\w+|strike\w*|drone|missile\w*|tariff\w*)\b/gi,
];

function scanWithRegexes(inputs: DocumentInput[]): number {
  let matches = 0;
  for (const input of inputs) for (const regex of REFERENCE_REGEXES) for (const _ of input.content.matchAll(regex)) matches++;
  return matches;
}

interface Row {
  phase: string;
  documents: number;
  megabytes: number;
  seconds: number;
  mbPerSecond: number;
  documentsPerSecond: number;
  peakRssMb?: number;
  note?: string;
}

function row(phase: string, inputs: DocumentInput[], seconds: number, extra: Partial<Row> = {}): Row {
  const megabytes = mb(bytesOf(inputs));
  return { phase, documents: inputs.length, megabytes, seconds, mbPerSecond: megabytes / seconds, documentsPerSecond: inputs.length / seconds, ...extra };
}

function formatTable(rows: Row[]): string {
  const header = "phase                          docs      MB   seconds    MB/s    docs/s  peak RSS MB";
  const lines = rows.map(
    (r) =>
      `${r.phase.padEnd(28)}${String(r.documents).padStart(7)}${r.megabytes.toFixed(2).padStart(8)}${r.seconds.toFixed(2).padStart(10)}${r.mbPerSecond.toFixed(2).padStart(8)}${r.documentsPerSecond.toFixed(0).padStart(10)}${(r.peakRssMb === undefined ? "" : r.peakRssMb.toFixed(0)).padStart(13)}${r.note ? `  ${r.note}` : ""}`,
  );
  return [header, ...lines].join("\n");
}

function main(argv: string[]): void {
  const count = option(argv, "--count", 3500);
  const seed = option(argv, "--seed", 20260206);
  const { inputs: templates, errors } = readCorpus([`${packageDir}../../seeds`, `${packageDir}fixtures/articles`]);
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join("; "));
  const corpus = buildBenchCorpus(templates, { count, seed });
  const formats = new Map<string, number>();
  for (const input of corpus) formats.set(input.format ?? "text", (formats.get(input.format ?? "text") ?? 0) + 1);

  const rows: Row[] = [];
  collectGarbage();
  const baseRss = rssMb();

  // 1. Reference: regexes (warm up first, like the parser).
  scanWithRegexes(corpus.slice(0, 200));
  let t0 = performance.now();
  scanWithRegexes(corpus);
  const regexSeconds = (performance.now() - t0) / 1000;
  rows.push(row("regex scan (reference)", corpus, regexSeconds));

  // 2. parseDocument, one article at a time, after a short warm-up (JIT, dictionary load).
  for (const input of corpus.slice(0, 100)) parseDocument(input);
  collectGarbage();
  let peak = rssMb();
  const perFormat = new Map<string, { seconds: number; inputs: DocumentInput[] }>();
  let parsed = 0;
  t0 = performance.now();
  for (const input of corpus) {
    if (performance.now() - t0 > DOCUMENT_BUDGET_S * 1000) break;
    parsed++;
    const start = performance.now();
    parseDocument(input);
    const format = input.format ?? "text";
    const entry = perFormat.get(format) ?? { seconds: 0, inputs: [] };
    entry.seconds += (performance.now() - start) / 1000;
    entry.inputs.push(input);
    perFormat.set(format, entry);
    const rss = rssMb();
    if (rss > peak) peak = rss;
  }
  const documentSeconds = (performance.now() - t0) / 1000;
  const documentRow = row("parseDocument, one at a time", corpus.slice(0, parsed), documentSeconds, {
    peakRssMb: peak,
    ...(parsed < corpus.length ? { note: `stopped at the ${DOCUMENT_BUDGET_S} s budget: ${parsed} of ${corpus.length} documents` } : {}),
  });
  rows.push(documentRow);
  for (const [format, entry] of [...perFormat].sort()) rows.push(row(`  ${format}`, entry.inputs, entry.seconds));

  // 3. parseCorpus: time a tenth and a fifth first and project from how the time grows, so a slow
  // (superlinear) merge cannot blow the time budget.
  collectGarbage();
  const tenth = corpus.slice(0, Math.max(1, Math.floor(corpus.length / 10)));
  const fifth = corpus.slice(0, Math.max(2, Math.floor(corpus.length / 5)));
  t0 = performance.now();
  parseCorpus(tenth);
  const tenthSeconds = (performance.now() - t0) / 1000;
  collectGarbage();
  t0 = performance.now();
  parseCorpus(fifth);
  const fifthSeconds = (performance.now() - t0) / 1000;
  // Growth exponent between linear and quadratic, from doubling the input.
  const exponent = Math.min(2, Math.max(1, Math.log2(fifthSeconds / Math.max(1e-6, tenthSeconds))));
  const project = (n: number) => fifthSeconds * (n / fifth.length) ** exponent;
  let size = corpus.length;
  while (size > fifth.length && project(size) > CORPUS_BUDGET_S) size = Math.floor(size * 0.8);
  collectGarbage();
  let corpusRow: Row;
  if (size > fifth.length) {
    const part = corpus.slice(0, size);
    const before = rssMb();
    t0 = performance.now();
    const dataset = parseCorpus(part);
    const seconds = (performance.now() - t0) / 1000;
    const after = rssMb();
    const events = dataset.rounds.length + dataset.incidents.length + dataset.sanctions.length;
    const scope = size === corpus.length ? "" : `first ${size} of ${corpus.length} documents (time budget); `;
    corpusRow = row("parseCorpus", part, seconds, {
      peakRssMb: Math.max(before, after),
      note: `${scope}${events} events, ${dataset.actors.length} actors, ${dataset.discrepancies.length} discrepancies after merge`,
    });
  } else {
    corpusRow = row("parseCorpus", fifth, fifthSeconds, { note: `first fifth only: the whole corpus was projected at ${project(corpus.length).toFixed(0)} s` });
  }
  rows.push(corpusRow);

  const maxRssMb = (process.resourceUsage().maxRSS * 1024) / 1e6;
  const perCore = documentRow.mbPerSecond;
  const summary = {
    corpus: { documents: corpus.length, megabytes: mb(bytesOf(corpus)), formats: Object.fromEntries(formats), seed, templates: templates.length },
    rows,
    baselineRssMb: baseRss,
    maxRssMb,
    ratioToRegex: documentRow.mbPerSecond / rows[0]!.mbPerSecond,
    targets: {
      throughput: { target: TARGET_MB_PER_S, measured: perCore, met: perCore >= TARGET_MB_PER_S },
      corpusThroughput: { target: TARGET_MB_PER_S, measured: corpusRow.mbPerSecond, met: corpusRow.mbPerSecond >= TARGET_MB_PER_S },
      peakRss: { target: TARGET_RSS_MB, measured: maxRssMb, met: maxRssMb < TARGET_RSS_MB },
    },
    node: process.version,
  };
  if (argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  const lines = [
    `corpus: ${corpus.length} documents, ${summary.corpus.megabytes.toFixed(2)} MB (${[...formats].map(([f, n]) => `${n} ${f}`).join(", ")}), from ${templates.length} templates, seed ${seed}; node ${process.version}, single thread`,
    "",
    formatTable(rows),
    "",
    `parseDocument vs regex scan: ${(summary.ratioToRegex * 100).toFixed(1)}% of the regex throughput (1/${(1 / summary.ratioToRegex).toFixed(0)})`,
    `peak RSS: ${maxRssMb.toFixed(0)} MB (process maxRSS; ${baseRss.toFixed(0)} MB before the first phase)`,
    `targets: ≥ ${TARGET_MB_PER_S} MB/s per core end to end — parseDocument ${perCore.toFixed(2)} MB/s ${perCore >= TARGET_MB_PER_S ? "MET" : "NOT MET"}, parseCorpus ${corpusRow.mbPerSecond.toFixed(2)} MB/s ${summary.targets.corpusThroughput.met ? "MET" : "NOT MET"}; peak RSS < ${TARGET_RSS_MB} MB ${summary.targets.peakRss.met ? "MET" : "NOT MET"}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
