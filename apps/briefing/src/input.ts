import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { type Dataset, DatasetValidationError, parseDataset } from "@sitrep/domain";
import { UsageError } from "./_args.js";
import { hashFile, type InputFile } from "./manifest.js";

/** Where a brief's records come from: articles parsed on the fly, or a dataset parsed earlier. */
export type InputSource = { kind: "corpus"; paths: string[] } | { kind: "dataset"; path: string };

/** A file of the corpus that could not be read; the others are still parsed. */
export interface InputFailure {
  file: string;
  message: string;
}

export interface LoadedInput {
  dataset: Dataset;
  /** The files read, with their content hashes, for the manifest and the schedule's fingerprint. */
  files: InputFile[];
  failures: InputFailure[];
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
}

/**
 * Every file under the given paths, sorted, skipping hidden files: what the fingerprint of a corpus is
 * made of. It may include a file the parser ignores, which at worst causes one needless rebuild.
 */
export async function listCorpusFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isFile()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      const full = join(entry.parentPath, entry.name);
      if (entry.isFile() && !full.slice(path.length).split(/[\\/]/).some((part) => part.startsWith("."))) files.push(full);
    }
  }
  return [...new Set(files)].sort();
}

/** Hashes of the input's files, without parsing them. */
export async function hashInput(source: InputSource): Promise<InputFile[]> {
  const files = source.kind === "corpus" ? await listCorpusFiles(source.paths) : [source.path];
  return Promise.all(files.map(async (path) => ({ path, sha256: await hashFile(path) })));
}

export interface LoadOptions {
  /** Called as files are read, for a progress line. */
  onProgress?(done: number, total: number): void;
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
    return { dataset, files: [{ path: source.path, sha256: await hashFile(source.path) }], failures: [] };
  }
  const files = await hashInput(source);
  // Loaded on demand: a build from a dataset file never needs the parser (or its dependencies).
  const { parseCorpus, readCorpus } = await import("@sitrep/parser");
  const { inputs, errors } = await readCorpus(source.paths);
  options.onProgress?.(inputs.length + errors.length, inputs.length + errors.length);
  const dataset = parseCorpus(inputs);
  const failures = errors.map((error) => ({ file: error.source, message: error.message }));
  return { dataset, files, failures };
}
