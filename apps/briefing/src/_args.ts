import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * A mistake in how the command was called (bad flag, bad date, two ranges at once). The CLI prints its
 * message as one line and exits with 2, the conventional code for usage errors; every other failure
 * exits with 1.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/**
 * `node:util` parseArgs, with its errors turned into one-line usage errors that name the flag as the
 * user typed it ("unknown option --form" rather than a TypeError with an error code).
 */
export function parseCommandArgs(argv: string[], options: OptionSpec, { positionals = false } = {}): ParsedArgs {
  try {
    const { values, positionals: rest } = parseArgs({ args: argv, options, allowPositionals: positionals, strict: true });
    return { values: values as ParsedArgs["values"], positionals: rest };
  } catch (error) {
    throw new UsageError(describeParseError(error), { cause: error });
  }
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  // Node quotes the flag as it was declared: '--from <value>' or '-o, --out <value>'.
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? "";
  const flag = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${quoted} (see --help)`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument ${quoted} (see --help)`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (message.includes("does not take an argument")) return `option ${flag} does not take a value`;
      return `option ${flag} needs a value`;
    default:
      return message.split("\n")[0] ?? message;
  }
}

/** A string option's value, or `undefined`. */
export function stringOption(values: ParsedArgs["values"], name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** Comma- or repeat-separated list values: `--format html,pdf` or `--format html --format pdf`. */
export function listOption(values: ParsedArgs["values"], name: string): string[] | undefined {
  const value = values[name];
  if (value === undefined || typeof value === "boolean") return undefined;
  const items = (Array.isArray(value) ? value : [value]).flatMap((item) => item.split(","));
  return items.map((item) => item.trim()).filter((item) => item !== "");
}
