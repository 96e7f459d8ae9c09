import { readFile, stat } from "node:fs/promises";
import { isAbsolute, relative } from "node:path";
import { type Dataset, DatasetValidationError, parseDataset } from "@sitrep/domain";
import { UsageError } from "./_args.js";
import type { DocumentInput } from "@sitrep/parser";
import { hashFile, type InputFile } from "./manifest.js";

/** Where a brief's records come from: articles parsed on the fly, or a dataset parsed earlier. */
/** `actors`: a user actor dictionary extending the bundled one (see the parser's docs/actors.md). */
export type InputSource = { kind: "corpus"; paths: string[]; actors?: string } | { kind: "dataset"; path: string };

/** A file of the corpus that could not be read; the others are still parsed. */
export interface InputFailure {
  file: string;
  message: string;
}

export interface LoadedInput {
  dataset: Dataset;
  /** The files read (paths as labelled, see `LoadOptions.cwd`), with their content hashes, for the manifest. */
  files: InputFile[];
  failures: InputFailure[];
  /** How many input files were found (read or failed). */
  read: number;
}

/** Thrown when a `--dataset` file is not JSON or not a valid dataset; the message is one line. */
export class DatasetFileError extends Error {
  override readonly name = "DatasetFileError";
  constructor(
    readonly file: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`could not load dataset ${file} - ${reason}`, options);
  }
}

/** Checks that the input paths exist (a usage error otherwise), before any work starts. */
export async function checkInputSource(source: InputSource): Promise<void> {
  const paths = source.kind === "corpus" ? source.paths : [source.path];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    const flag = source.kind === "corpus" ? "--corpus" : "--dataset";
    if (!info) throw new UsageError(`${flag} ${path}: no such ${source.kind === "corpus" ? "file or directory" : "file"}`);
    if (source.kind === "dataset" && !info.isFile()) throw new UsageError(`--dataset ${path} is not a file`);
  }
  if (source.kind === "corpus" && source.actors !== undefined && !(await stat(source.actors).catch(() => undefined))?.isFile()) {
    throw new UsageError(`--actors ${source.actors}: no such file`);
  }
}

/** Hashes of the files the parser reads from the given paths (see `readInputs`), without parsing them. */
export async function hashInput(source: InputSource): Promise<InputFile[]> {
  if (source.kind === "dataset") return [{ path: source.path, sha256: await hashFile(source.path) }];
  const { readInputs } = await import("@sitrep/parser");
  const sources = readInputs(source.paths)
    .filter((result) => !("error" in result))
    .map((result) => result.source);
  // The dictionary decides what is read from the articles, so it is an input like them.
  if (source.actors !== undefined) sources.push(source.actors);
  return Promise.all(sources.map(async (path) => ({ path, sha256: await hashFile(path) })));
}

export interface LoadOptions {
  /** Called as the work advances, for a progress line ("reading 12/40"); `total` 0 for a step with no count. */
  onProgress?(label: string, done: number, total: number): void;
  /** Documents are labelled with their path relative to this directory. */
  cwd?: string;
}

/** Reads a dataset file, validated; the error names the file and the first issues. */
export async function loadDatasetFile(path: string): Promise<Dataset> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not JSON (${error.message})` : error instanceof Error ? error.message : String(error);
    throw new DatasetFileError(path, reason, { cause: error });
  }
  try {
    return parseDataset(value);
  } catch (error) {
    if (!(error instanceof DatasetValidationError)) throw error;
    const shown = error.issues.slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`);
    const more = error.issues.length > 3 ? `; and ${error.issues.length - 3} more` : "";
    throw new DatasetFileError(path, `not a valid dataset: ${shown.join("; ")}${more}`, { cause: error });
  }
}

/** Loads the records a brief is made from, parsing a corpus or reading a dataset file. */
export async function loadInput(source: InputSource, options: LoadOptions = {}): Promise<LoadedInput> {
  if (source.kind === "dataset") {
    const dataset = await loadDatasetFile(source.path);
    const path = options.cwd ? displayPath(source.path, options.cwd) : source.path;
    return { dataset, files: [{ path, sha256: await hashFile(source.path) }], failures: [], read: 1 };
  }
  // Loaded on demand: a build from a dataset file never needs the parser (or its dependencies).
  const { loadActorDictionary, parseCorpus, readInputs } = await import("@sitrep/parser");
  const dictionary = source.actors !== undefined ? loadActorDictionary(source.actors) : undefined;
  const results = readInputs(source.paths);
  const inputs: DocumentInput[] = [];
  const failures: InputFailure[] = [];
  const files: InputFile[] = [];
  for (const [index, result] of results.entries()) {
    options.onProgress?.("reading", index + 1, results.length);
    if ("error" in result) {
      failures.push({ file: result.source, message: result.error.message });
      continue;
    }
    // The label a document keeps (and a brief shows): its path as seen from the working directory.
    const label = options.cwd ? displayPath(result.source, options.cwd) : result.source;
    files.push({ path: label, sha256: await hashFile(result.source) });
    inputs.push({ ...result, source: label });
  }
  if (source.actors !== undefined) {
    files.push({ path: options.cwd ? displayPath(source.actors, options.cwd) : source.actors, sha256: await hashFile(source.actors) });
  }
  const dataset = parseCorpus(inputs, {
    ...(dictionary ? { dictionary } : {}),
    onProgress: (done, total) => options.onProgress?.("parsing", done, total),
  });
  return { dataset, files, failures, read: results.length };
}

/** A path as a user would type it from `cwd`: relative when inside it, absolute otherwise. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
