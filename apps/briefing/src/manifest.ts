import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { Dataset, DateRange, IsoDay } from "@sitrep/domain";
import { rangeSlug } from "./range.js";

/** Bumped when the manifest's shape changes. */
export const MANIFEST_VERSION = 1;

export interface InputFile {
  path: string;
  sha256: string;
}

export interface RecordCounts {
  documents: number;
  actors: number;
  rounds: number;
  incidents: number;
  sanctions: number;
  discrepancies: number;
}

/**
 * What a brief was made from, written beside it as `sitrep-brief_<from>_<to>.json`: enough to tell
 * whether two briefs of a period can differ, and to find the brief again (the archive and the feed
 * are built from these files).
 */
export interface BriefManifest {
  manifestVersion: typeof MANIFEST_VERSION;
  range: DateRange;
  asOf: IsoDay;
  generatedAt: string;
  paper: "a4" | "letter";
  title?: string;
  /** Records of each type in the brief's range. */
  counts: RecordCounts;
  inputs: { kind: "corpus" | "dataset"; files: InputFile[] };
  template: { dir: string; sha256: string };
  versions: { sitrep: string; node: string; chromium: string | null };
  /** File names (in the manifest's directory) of the brief's renderings. */
  files: { html?: string; pdf?: string };
  /** Hash of everything the brief's content depends on but the date it was made; see {@link fingerprintBrief}. */
  fingerprint: string;
}

export const BRIEF_PREFIX = "sitrep-brief_";

/** `sitrep-brief_2026-02-01_2026-02-28` + extension. */
export function briefFileName(range: DateRange, extension: "html" | "pdf" | "json"): string {
  return `${BRIEF_PREFIX}${rangeSlug(range)}.${extension}`;
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export async function hashFile(path: string): Promise<string> {
  return sha256(await readFile(path));
}

/** One hash for a directory tree: its files' relative paths and contents, in a stable order. */
export async function hashDirectory(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const hash = createHash("sha256");
  for (const file of files) hash.update(`${relative(dir, file).split(sep).join("/")}\0${await hashFile(file)}\n`);
  return hash.digest("hex");
}

export function countRecords(dataset: Dataset): RecordCounts {
  return {
    documents: dataset.documents.length,
    actors: dataset.actors.length,
    rounds: dataset.rounds.length,
    incidents: dataset.incidents.length,
    sanctions: dataset.sanctions.length,
    discrepancies: dataset.discrepancies.length,
  };
}

/**
 * The content hash of a brief: its range and everything it is made from (input files, templates,
 * paper, formats, sitrep's version). Two builds with the same fingerprint make the same brief, so a
 * scheduled run can skip the second.
 */
export function fingerprintBrief(parts: {
  range: DateRange;
  inputs: InputFile[];
  templateSha256: string;
  paper: string;
  formats: readonly string[];
  sitrepVersion: string;
}): string {
  return sha256(
    JSON.stringify({
      range: rangeSlug(parts.range),
      inputs: parts.inputs.map((input) => input.sha256).sort(),
      template: parts.templateSha256,
      paper: parts.paper,
      formats: [...parts.formats].sort(),
      sitrep: parts.sitrepVersion,
    }),
  );
}

/** Reads a manifest, or returns `undefined` when the file is not one (an unrelated JSON, a partial copy). */
export async function readManifest(path: string): Promise<BriefManifest | undefined> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch {
    return undefined;
  }
  return isManifest(value) ? value : undefined;
}

function isManifest(value: unknown): value is BriefManifest {
  if (typeof value !== "object" || value === null) return false;
  const manifest = value as Partial<BriefManifest>;
  return (
    manifest.manifestVersion === MANIFEST_VERSION &&
    typeof manifest.range?.from === "string" &&
    typeof manifest.range?.to === "string" &&
    typeof manifest.generatedAt === "string" &&
    typeof manifest.counts === "object" &&
    typeof manifest.files === "object" &&
    typeof manifest.fingerprint === "string"
  );
}

/** Every brief manifest in a directory (not its subdirectories). */
export async function listManifests(dir: string): Promise<BriefManifest[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const manifests = await Promise.all(
    names.filter((name) => name.startsWith(BRIEF_PREFIX) && name.endsWith(".json")).map((name) => readManifest(join(dir, name))),
  );
  return manifests.filter((manifest) => manifest !== undefined);
}
