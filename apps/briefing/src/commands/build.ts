import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Dataset, type DateRange, type IsoDay, selectDateRange } from "@sitrep/domain";
import { type OptionSpec, parseCommandArgs, listOption, stringOption, UsageError } from "../_args.js";
import { checkInputSource, hashInput, type InputFailure, type InputSource, loadInput } from "../input.js";
import {
  type BriefManifest,
  briefFileName,
  countRecords,
  fingerprintBrief,
  hashDirectory,
  type InputFile,
  MANIFEST_VERSION,
  sha256,
} from "../manifest.js";
import type { Progress } from "../progress.js";
import { calendarDay, checkRangeRequest, coveredPeriod, parseDayOption, type RangeRequest, resolveRange } from "../range.js";
import {
  type BriefMeta,
  BrowserNotFoundError,
  launchPdfRenderer,
  loadTemplates,
  type PdfRenderer,
  renderBriefHtml,
  resolveChromiumPath,
} from "../render/index.js";
import { writeFileAtomic } from "../write.js";

export type Format = "html" | "pdf";
export type Paper = "a4" | "letter";
const FORMATS: readonly Format[] = ["html", "pdf"];

export const BUILD_HELP = `Usage: sitrep build [options]

Build a situation brief (HTML and PDF) for a date range, with a JSON manifest beside it.
Files are named for the range: sitrep-brief_<from>_<to>.html|.pdf|.json.

Range (at most one; default: the whole period the input covers):
  --from YYYY-MM-DD      first day (alone: up to the input's last date)
  --to YYYY-MM-DD        last day (alone: from the input's first date)
  --month YYYY-MM        a calendar month
  --week YYYY-Www        an ISO week, Monday to Sunday (2026-W01 is 2025-12-29..2026-01-04)
  --last Nd|Nw           the N days (or weeks) ending on --as-of, inclusive
  --as-of YYYY-MM-DD     the day the brief is written as of (default: today, UTC)

Input (one; default: seeds/ in the current directory or the repository root):
  --corpus <dir|file>    articles, parsed on the fly (repeatable)
  --dataset <file.json>  a dataset written by \`sitrep parse\`
  --actors <file.json>   your actor dictionary, extending the built-in one (with --corpus)

Output:
  --format html,pdf      which renderings to write (default: both)
  --out <dir>            output directory (default: out/)
  --template <dir>       template directory (default: the built-in templates)
  --paper a4|letter      PDF paper size (default: a4)
  --title <text>         title of the brief

  --debug                show stack traces
  -h, --help             show this help

The PDF needs Chromium: set SITREP_CHROMIUM to its path if it is not on PATH.
Without it the HTML and the manifest are still written, and the exit code is 1.
`;

/** Options shared by `build` and `schedule`. */
export const OUTPUT_OPTIONS = {
  corpus: { type: "string", multiple: true },
  dataset: { type: "string" },
  actors: { type: "string" },
  format: { type: "string", multiple: true },
  out: { type: "string" },
  template: { type: "string" },
  paper: { type: "string" },
  title: { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies OptionSpec;

const BUILD_OPTIONS = {
  ...OUTPUT_OPTIONS,
  from: { type: "string" },
  to: { type: "string" },
  month: { type: "string" },
  week: { type: "string" },
  last: { type: "string" },
  "as-of": { type: "string" },
} as const satisfies OptionSpec;

/** How to render and where to write, for one brief or a schedule of them. */
export interface OutputOptions {
  input: InputSource;
  formats: Format[];
  outDir: string;
  /** `undefined`: the built-in templates. */
  templateDir?: string;
  paper: Paper;
  title?: string;
  /** The working directory, against which documents are labelled. */
  cwd: string;
}

export interface BuildOptions extends OutputOptions {
  range: RangeRequest;
  asOf: IsoDay;
}

export interface CliEnvironment {
  cwd: string;
  now(): Date;
}

/** The built-in templates, at `apps/briefing/templates` (the same from `src/commands` and `dist/commands`). */
export function defaultTemplateDir(): string {
  return fileURLToPath(new URL("../../templates", import.meta.url));
}

/** This package's version, for manifests. */
export function sitrepVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** `seeds/` in the working directory, else in the enclosing repository (where `pnpm-workspace.yaml` is). */
export async function findDefaultCorpus(cwd: string): Promise<string> {
  const isDir = async (path: string) => (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
  for (let dir = resolve(cwd); ; dir = resolve(dir, "..")) {
    const seeds = join(dir, "seeds");
    if (dir === resolve(cwd) && (await isDir(seeds))) return seeds;
    if (await stat(join(dir, "pnpm-workspace.yaml")).catch(() => undefined)) {
      if (await isDir(seeds)) return seeds;
      break;
    }
    if (dir === resolve(dir, "..")) break;
  }
  throw new UsageError(`no input: no seeds/ directory in ${cwd} or its repository; pass --corpus <dir> or --dataset <file>`);
}

/** Parses and checks the options `build` and `schedule` share; file-system checks included. */
export async function parseOutputOptions(values: Record<string, unknown>, env: CliEnvironment, defaultOut: string): Promise<OutputOptions> {
  const v = values as Parameters<typeof stringOption>[0];
  const corpus = v.corpus as string[] | undefined;
  const dataset = stringOption(v, "dataset");
  const actors = stringOption(v, "actors");
  if (corpus && dataset !== undefined) throw new UsageError("--corpus and --dataset cannot be used together; choose one input");
  if (actors !== undefined && dataset !== undefined) throw new UsageError("--actors applies to articles parsed with --corpus, not to a --dataset");
  const input: InputSource =
    dataset !== undefined
      ? { kind: "dataset", path: resolve(env.cwd, dataset) }
      : {
          kind: "corpus",
          paths: corpus ? corpus.map((path) => resolve(env.cwd, path)) : [await findDefaultCorpus(env.cwd)],
          ...(actors !== undefined ? { actors: resolve(env.cwd, actors) } : {}),
        };
  await checkInputSource(input);

  const formatList = listOption(v, "format") ?? [...FORMATS];
  for (const format of formatList) {
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format ${format} is not a format (expected html, pdf or html,pdf)`);
  }
  if (formatList.length === 0) throw new UsageError("--format needs at least one of html, pdf");
  const formats = FORMATS.filter((format) => formatList.includes(format));

  const paper = stringOption(v, "paper") ?? "a4";
  if (paper !== "a4" && paper !== "letter") throw new UsageError(`--paper ${paper} is not a paper size (expected a4 or letter)`);

  const template = stringOption(v, "template");
  let templateDir: string | undefined;
  if (template !== undefined) {
    templateDir = resolve(env.cwd, template);
    const info = await stat(templateDir).catch(() => undefined);
    if (!info?.isDirectory()) throw new UsageError(`--template ${template}: no such directory`);
  }
  const title = stringOption(v, "title");
  return {
    input,
    formats,
    outDir: resolve(env.cwd, stringOption(v, "out") ?? defaultOut),
    ...(templateDir !== undefined ? { templateDir } : {}),
    paper,
    ...(title !== undefined ? { title } : {}),
    cwd: env.cwd,
  };
}

/** `sitrep build` arguments to options; throws a {@link UsageError} on any mistake. */
export async function parseBuildArgs(argv: string[], env: CliEnvironment): Promise<BuildOptions | "help"> {
  const { values } = parseCommandArgs(argv, BUILD_OPTIONS);
  if (values.help) return "help";
  const asOfText = stringOption(values, "as-of");
  const asOf = asOfText !== undefined ? parseDayOption(asOfText, "--as-of") : calendarDay(env.now());
  const range: RangeRequest = {};
  for (const key of ["from", "to", "month", "week", "last"] as const) {
    const value = stringOption(values, key);
    if (value !== undefined) range[key] = value;
  }
  // Range mistakes first: they are the cheapest to check and the likeliest typo.
  checkRangeRequest(range, asOf);
  return { ...(await parseOutputOptions(values, env, "out")), range, asOf };
}

/**
 * The process's one browser: launched on the first PDF, reused for every later one, closed once at
 * exit (by the CLI, also on a signal). A failed launch is not cached, so a scheduled run retries.
 */
export interface RendererPool {
  get(): Promise<PdfRenderer>;
  /** The Chromium version, once launched (for manifests). */
  chromiumVersion(): Promise<string | null>;
  close(): Promise<void>;
}

export function createRendererPool(env: NodeJS.ProcessEnv, launch = launchPdfRenderer): RendererPool {
  let launching: Promise<PdfRenderer> | undefined;
  let executablePath: string | undefined;
  let version: Promise<string | null> | undefined;
  return {
    get() {
      if (launching) return launching;
      executablePath = resolveChromiumPath(env);
      const path = executablePath;
      const attempt = path
        ? launch({ executablePath: path })
        : Promise.reject(new BrowserNotFoundError());
      attempt.catch(() => {
        if (launching === attempt) launching = undefined;
      });
      launching = attempt;
      return attempt;
    },
    chromiumVersion() {
      if (!executablePath) return Promise.resolve(null);
      const path = executablePath;
      version ??= new Promise((done) => {
        execFile(path, ["--version"], { timeout: 10_000 }, (error, stdout) => done(error ? null : stdout.trim() || null));
      });
      return version;
    },
    async close() {
      const pending = launching;
      launching = undefined;
      if (!pending) return;
      const renderer = await pending.catch(() => undefined);
      await renderer?.close();
    },
  };
}

export interface BriefRequest extends OutputOptions {
  range: DateRange;
  asOf: IsoDay;
}

export interface BriefResult {
  /** Every file written, in order: HTML, PDF, manifest. */
  paths: string[];
  manifest: BriefManifest;
  /** Why the PDF was not written, when it was asked for and failed; the rest was still written. */
  pdfError?: unknown;
}

export interface BriefContext {
  renderers: RendererPool;
  now(): Date;
}

/**
 * One hash for the templates a brief is rendered with: a `--template` directory overrides the built-in
 * files of the same name and keeps the rest, so both directories count.
 */
export async function hashTemplates(templateDir?: string): Promise<string> {
  const builtIn = await hashDirectory(defaultTemplateDir());
  return templateDir === undefined ? builtIn : sha256(`${builtIn}\n${await hashDirectory(templateDir)}`);
}

/** Fingerprint of a brief request (see `fingerprintBrief`), from the input files' and template's hashes. */
export async function fingerprintRequest(request: BriefRequest, inputs?: InputFile[]): Promise<string> {
  return fingerprintBrief({
    range: request.range,
    inputs: inputs ?? (await hashInput(request.input)),
    templateSha256: await hashTemplates(request.templateDir),
    paper: request.paper,
    formats: request.formats,
    sitrepVersion: sitrepVersion(),
  });
}

/**
 * Renders one brief and writes it: HTML first (so a missing browser still leaves a readable brief),
 * then the PDF, then the manifest listing what was written. Each file is written atomically.
 */
export async function writeBrief(dataset: Dataset, inputs: InputFile[], request: BriefRequest, context: BriefContext): Promise<BriefResult> {
  const templateDir = request.templateDir ?? defaultTemplateDir();
  const templates = await loadTemplates(request.templateDir);
  const generatedAt = context.now();
  const meta: BriefMeta = {
    range: request.range,
    asOf: request.asOf,
    generatedAt,
    paper: request.paper,
    ...(request.title !== undefined ? { title: request.title } : {}),
  };
  const html = renderBriefHtml(dataset, meta, templates);

  const paths: string[] = [];
  const files: BriefManifest["files"] = {};
  if (request.formats.includes("html")) {
    files.html = briefFileName(request.range, "html");
    paths.push(await writeFileAtomic(join(request.outDir, files.html), html));
  }
  let pdfError: unknown;
  if (request.formats.includes("pdf")) {
    try {
      const renderer = await context.renderers.get();
      const pdf = await renderer.render(html, meta);
      files.pdf = briefFileName(request.range, "pdf");
      paths.push(await writeFileAtomic(join(request.outDir, files.pdf), pdf));
    } catch (error) {
      pdfError = error;
    }
  }

  const templateSha256 = await hashTemplates(request.templateDir);
  const manifest: BriefManifest = {
    manifestVersion: MANIFEST_VERSION,
    range: request.range,
    asOf: request.asOf,
    generatedAt: generatedAt.toISOString(),
    paper: request.paper,
    ...(request.title !== undefined ? { title: request.title } : {}),
    counts: countRecords(selectDateRange(dataset, request.range)),
    inputs: {
      kind: request.input.kind,
      files: inputs,
    },
    template: { dir: templateDir, sha256: templateSha256 },
    versions: { sitrep: sitrepVersion(), node: process.version, chromium: files.pdf ? await context.renderers.chromiumVersion() : null },
    files,
    fingerprint: fingerprintBrief({
      range: request.range,
      inputs,
      templateSha256,
      paper: request.paper,
      formats: request.formats,
      sitrepVersion: sitrepVersion(),
    }),
  };
  paths.push(await writeFileAtomic(join(request.outDir, briefFileName(request.range, "json")), `${JSON.stringify(manifest, null, 2)}\n`));
  return { paths, manifest, ...(pdfError !== undefined ? { pdfError } : {}) };
}

export interface BuildResult extends BriefResult {
  range: DateRange;
  failures: InputFailure[];
}

/** `sitrep build`: load the input, choose the range, write the brief. */
export async function runBuild(options: BuildOptions, context: BriefContext & { progress: Progress }): Promise<BuildResult> {
  // Start Chromium now so its launch overlaps the parse; writeBrief awaits the same pooled launch and reports its failure.
  if (options.formats.includes("pdf")) context.renderers.get().catch(() => {});
  const loaded = await loadInput(options.input, {
    onProgress: (label, done, total) => context.progress.update(label, done, total),
    cwd: options.cwd,
  });
  context.progress.clear();
  const range = resolveRange(options.range, options.asOf, () => coveredPeriod(loaded.dataset));
  const result = await writeBrief(loaded.dataset, loaded.files, { ...options, range }, context);
  return { ...result, range, failures: loaded.failures };
}
