#!/usr/bin/env node
/**
 * The `sitrep` command. The only module that prints or sets an exit code: commands return results
 * or throw, and this file turns them into lines on stdout (paths, data) and stderr (errors, progress,
 * the schedule's log). Exit codes: 0 success, 1 runtime failure, 2 usage error, 130/143 on a signal.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { UsageError } from "./_args.js";
import { BUILD_HELP, type CliEnvironment, createRendererPool, parseBuildArgs, type RendererPool, runBuild, sitrepVersion } from "./commands/build.js";
import { PARSE_HELP, parseParseArgs, runParse, summariseParse } from "./commands/parse.js";
import { createBriefScheduler, parseScheduleArgs, SCHEDULE_HELP } from "./commands/schedule.js";
import { displayPath } from "./input.js";
import { createProgress, type ProgressStream } from "./progress.js";
import { TemplateError } from "./render/index.js";
import { formatRunRecord } from "./schedule.js";
import { removePendingWrites } from "./write.js";

export const HELP = `Usage: sitrep <command> [options]

Turn news articles about a negotiation into a sourced dataset and dated situation briefs.

Commands:
  parse <paths...>   parse articles into a dataset (JSON)
  build              build the HTML and PDF brief of a date range
  schedule           rebuild the brief of a rolling window on a cron schedule

Run \`sitrep <command> --help\` for a command's options.
  --version          print the version
  --debug            show stack traces on errors
  -h, --help         show this help
`;

export interface CliIo {
  stdout: ProgressStream;
  stderr: ProgressStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now?: () => Date;
}

/** What must be released however the process ends: the browser. */
export interface CliSession {
  renderers?: RendererPool;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Runs the CLI; returns the exit code. `session` lets the caller close the browser on a signal. */
export async function runCli(argv: string[], io: CliIo, session: CliSession = {}): Promise<number> {
  const debug = argv.includes("--debug");
  const err = (line: string) => io.stderr.write(`sitrep: ${line}\n`);
  const env: CliEnvironment = { cwd: io.cwd, now: io.now ?? (() => new Date()) };
  const renderers = createRendererPool(io.env);
  session.renderers = renderers;
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case undefined:
      case "help":
      case "-h":
      case "--help":
        io.stdout.write(HELP);
        return command === undefined ? EXIT_USAGE : EXIT_OK;
      case "--version":
      case "-v":
        io.stdout.write(`${sitrepVersion()}\n`);
        return EXIT_OK;
      case "parse":
        return await runParseCommand(rest, io, err);
      case "build":
        return await runBuildCommand(rest, io, env, renderers, err);
      case "schedule":
        return await runScheduleCommand(rest, io, env, renderers);
      default:
        throw new UsageError(`unknown command ${command} (expected parse, build or schedule; see sitrep --help)`);
    }
  } catch (error) {
    err(describeError(error));
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${formatStack(error)}\n`);
    return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILURE;
  } finally {
    await renderers.close().catch(() => {});
  }
}

async function runParseCommand(argv: string[], io: CliIo, err: (line: string) => void): Promise<number> {
  const options = parseParseArgs(argv, io.cwd);
  if (options === "help") {
    io.stdout.write(PARSE_HELP);
    return EXIT_OK;
  }
  const result = await runParse(options, { progress: createProgress(io.stderr), cwd: io.cwd });
  for (const failure of result.failures) err(failure.message);
  if (result.written) io.stdout.write(`${displayPath(result.written, io.cwd)}\n`);
  else if (result.dataset.documents.length > 0 || result.failures.length === 0) io.stdout.write(result.json);
  io.stderr.write(`${summariseParse(result)}\n`);
  return result.failures.length > 0 ? EXIT_FAILURE : EXIT_OK;
}

async function runBuildCommand(argv: string[], io: CliIo, env: CliEnvironment, renderers: RendererPool, err: (line: string) => void): Promise<number> {
  const options = await parseBuildArgs(argv, env);
  if (options === "help") {
    io.stdout.write(BUILD_HELP);
    return EXIT_OK;
  }
  const result = await runBuild(options, { renderers, now: env.now, progress: createProgress(io.stderr) });
  for (const failure of result.failures) err(failure.message);
  for (const path of result.paths) io.stdout.write(`${displayPath(path, io.cwd)}\n`);
  if (result.pdfError !== undefined) {
    err(`${describeError(result.pdfError)} (the HTML was written; no PDF)`);
    return EXIT_FAILURE;
  }
  return result.failures.length > 0 ? EXIT_FAILURE : EXIT_OK;
}

async function runScheduleCommand(
  argv: string[],
  io: CliIo,
  env: CliEnvironment,
  renderers: RendererPool,
): Promise<number> {
  const options = await parseScheduleArgs(argv, env);
  if (options === "help") {
    io.stdout.write(SCHEDULE_HELP);
    return EXIT_OK;
  }
  const scheduler = createBriefScheduler(options, { renderers, now: env.now }, (record) => {
    io.stderr.write(`${formatRunRecord({ ...record, paths: record.paths.map((path) => displayPath(path, io.cwd)) }, describeError)}\n`);
  });
  if (options.once) {
    const record = await scheduler.tick();
    for (const path of record.paths) io.stdout.write(`${displayPath(path, io.cwd)}\n`);
    return record.status === "failed" ? EXIT_FAILURE : EXIT_OK;
  }
  scheduler.start();
  const next = scheduler.nextRun();
  if (!next) {
    scheduler.stop();
    throw new UsageError(`--cron "${options.cron}" has no future run`);
  }
  io.stderr.write(`sitrep schedule: "${options.cron}" (${options.timezone}), next run ${next.toISOString()}\n`);
  // Runs until a signal: the handlers close the browser and exit with 130 or 143.
  return await new Promise<never>(() => {});
}

/** One line for any error: its message's first line, with the causes a reader needs. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const lines = error.message.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  const first = lines[0] ?? error.name;
  // Handlebars' parse errors end with what it expected ("Expecting 'EOF', got …"): worth the line.
  if (error instanceof TemplateError && error.cause instanceof Error) {
    const detail = error.cause.message.trim().split("\n").at(-1)?.trim();
    if (detail?.startsWith("Expecting") && !first.includes(detail)) return `${first} ${detail}`;
  }
  return first;
}

function formatStack(error: Error): string {
  let text = error.stack ?? String(error);
  for (let cause = error.cause; cause instanceof Error; cause = cause.cause) text += `\ncaused by: ${cause.stack ?? cause.message}`;
  return text;
}

/** Closes the browser and removes half-written files, then exits with 128 + the signal number. */
function installSignalHandlers(session: CliSession): void {
  const handle = (signal: NodeJS.Signals, code: number) => {
    process.once(signal, () => {
      removePendingWrites();
      // Give the browser a moment to close cleanly, but never hang on it.
      const timer = setTimeout(() => process.exit(code), 3000);
      timer.unref();
      const closing = session.renderers?.close() ?? Promise.resolve();
      closing.catch(() => {}).finally(() => process.exit(code));
    });
  };
  handle("SIGINT", 130);
  handle("SIGTERM", 143);
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const session: CliSession = {};
  installSignalHandlers(session);
  const code = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }, session);
  process.exitCode = code;
}
