import { resolve } from "node:path";
import type { Dataset } from "@sitrep/domain";
import { type OptionSpec, parseCommandArgs, stringOption, UsageError } from "../_args.js";
import { type InputFailure, type InputSource, loadInput } from "../input.js";
import type { Progress } from "../progress.js";
import { writeFileAtomic } from "../write.js";

export const PARSE_HELP = `Usage: sitrep parse <file|dir>... [-o dataset.json]

Parse articles (text, Markdown or HTML files, or directories of them) into one dataset.
The dataset (JSON) goes to stdout, or to the file given with -o (written atomically).
A file that cannot be read is reported on stderr with the reason; the others are still parsed,
and the exit code is 1.

Options:
  -o, --out <file>   write the dataset to this file instead of stdout
  --actors <file>    your actor dictionary (JSON), extending the built-in one
  --debug            show stack traces
  -h, --help         show this help
`;

const PARSE_OPTIONS = {
  out: { type: "string", short: "o" },
  actors: { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies OptionSpec;

export interface ParseOptions {
  paths: string[];
  /** Absolute path of the dataset file; stdout when absent. */
  out?: string;
  /** Absolute path of a user actor dictionary. */
  actors?: string;
}

export function parseParseArgs(argv: string[], cwd: string): ParseOptions | "help" {
  const { values, positionals } = parseCommandArgs(argv, PARSE_OPTIONS, { positionals: true });
  if (values.help) return "help";
  if (positionals.length === 0) throw new UsageError("parse needs at least one file or directory (see sitrep parse --help)");
  const out = stringOption(values, "out");
  const actors = stringOption(values, "actors");
  return {
    paths: positionals.map((path) => resolve(cwd, path)),
    ...(out !== undefined ? { out: resolve(cwd, out) } : {}),
    ...(actors !== undefined ? { actors: resolve(cwd, actors) } : {}),
  };
}

export interface ParseResult {
  dataset: Dataset;
  /** The dataset as JSON, for stdout when no file was asked for. */
  json: string;
  /** The file written, with `-o`. */
  written?: string;
  files: number;
  failures: InputFailure[];
}

/** `sitrep parse`: the dataset of the given files, written to `out` when given. */
export async function runParse(options: ParseOptions, context: { progress: Progress; cwd: string }): Promise<ParseResult> {
  const source: InputSource = { kind: "corpus", paths: options.paths, ...(options.actors !== undefined ? { actors: options.actors } : {}) };
  const loaded = await loadInput(
    source,
    { onProgress: (label, done, total) => context.progress.update(label, done, total), cwd: context.cwd },
  );
  context.progress.clear();
  const json = `${JSON.stringify(loaded.dataset, null, 2)}\n`;
  const written = options.out !== undefined ? await writeFileAtomic(options.out, json) : undefined;
  return {
    dataset: loaded.dataset,
    json,
    ...(written !== undefined ? { written } : {}),
    files: loaded.read,
    failures: loaded.failures,
  };
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "parsed 4 files: 3 rounds, 4 incidents, 3 sanctions, 1 discrepancy; 0 failed". */
export function summariseParse(result: ParseResult): string {
  const { dataset } = result;
  return (
    `parsed ${plural(result.files, "file")}: ${plural(dataset.rounds.length, "round")}, ${plural(dataset.incidents.length, "incident")}, ` +
    `${plural(dataset.sanctions.length, "sanction")}, ${plural(dataset.discrepancies.length, "discrepancy", "discrepancies")}; ` +
    `${result.failures.length} failed`
  );
}
