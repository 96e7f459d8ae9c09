import { type OptionSpec, parseCommandArgs, stringOption, UsageError } from "../_args.js";
import { writeArchive } from "../archive.js";
import { loadInput } from "../input.js";
import { parseWindow } from "../range.js";
import { checkCronPattern, createFileStore, createScheduler, type RunRecord, type Scheduler } from "../schedule.js";
import { type BriefContext, type CliEnvironment, fingerprintRequest, type OutputOptions, OUTPUT_OPTIONS, parseOutputOptions, writeBrief } from "./build.js";

export const SCHEDULE_HELP = `Usage: sitrep schedule --cron "<pattern>" [options]
       sitrep schedule --once [options]

Rebuild the brief of a rolling window on a schedule, in the foreground. At each tick it builds the
brief of the --window days ending on the tick's day (inclusive), unless the brief of that window
was already built from the same inputs and template. It never runs two builds at once: a tick that
comes during a build is skipped. After each build it rewrites <out>/index.html (every brief, newest
first) and <out>/feed.xml (Atom). Each run logs one line on stderr.

Options:
  --cron "<pattern>"     cron pattern, e.g. "0 6 * * 1" (Mondays 06:00)
  --once                 build the current window now and exit (for system cron or CI)
  --window Nd|Nw         window length (default: 7d)
  --timezone <zone>      time zone of the pattern and of "today" (default: UTC)
  --out <dir>            brief directory (default: briefs/)
  --corpus <dir|file>    articles, parsed at each build (default: seeds/)
  --dataset <file.json>  a dataset written by \`sitrep parse\`
  --actors <file.json>   your actor dictionary, extending the built-in one (with --corpus)
  --format html,pdf      renderings to write (default: both)
  --template <dir>       template directory (default: the built-in templates)
  --paper a4|letter      PDF paper size (default: a4)
  --title <text>         title of the briefs
  --base-url <url>       where the brief directory is published, for absolute links in the feed
  --debug                show stack traces
  -h, --help             show this help
`;

const SCHEDULE_OPTIONS = {
  ...OUTPUT_OPTIONS,
  cron: { type: "string" },
  once: { type: "boolean" },
  window: { type: "string" },
  timezone: { type: "string" },
  "base-url": { type: "string" },
} as const satisfies OptionSpec;

export interface ScheduleOptions extends OutputOptions {
  cron?: string;
  once: boolean;
  windowDays: number;
  timezone: string;
  baseUrl?: string;
}

export async function parseScheduleArgs(argv: string[], env: CliEnvironment): Promise<ScheduleOptions | "help"> {
  const { values } = parseCommandArgs(argv, SCHEDULE_OPTIONS);
  if (values.help) return "help";
  const cron = stringOption(values, "cron");
  const once = values.once === true;
  if (cron === undefined && !once) throw new UsageError('schedule needs --cron "<pattern>" or --once (see sitrep schedule --help)');
  const timezone = stringOption(values, "timezone") ?? "UTC";
  if (cron !== undefined) checkCronPattern(cron, timezone);
  else checkCronPattern("0 0 * * *", timezone);
  const windowDays = parseWindow(stringOption(values, "window") ?? "7d", "--window");
  const baseUrl = stringOption(values, "base-url");
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) throw new UsageError(`--base-url ${baseUrl} is not an absolute URL`);
  return {
    ...(await parseOutputOptions(values, env, "briefs")),
    ...(cron !== undefined ? { cron } : {}),
    once,
    windowDays,
    timezone,
    ...(baseUrl !== undefined ? { baseUrl } : {}),
  };
}

/** Thrown (as a build's error) when some input files could not be read: the brief lacks their records. */
export class IncompleteInputError extends Error {
  override readonly name = "IncompleteInputError";
}

/** The scheduler wired to real builds, the brief directory's state file and its archive. */
export function createBriefScheduler(options: ScheduleOptions, context: BriefContext, onRun: (record: RunRecord) => void): Scheduler {
  return createScheduler({
    cron: options.cron ?? "0 0 * * *",
    timezone: options.timezone,
    windowDays: options.windowDays,
    now: context.now,
    store: createFileStore(options.outDir),
    onRun,
    fingerprint: (job) => fingerprintRequest({ ...options, range: job.range, asOf: job.asOf }),
    async build(job) {
      const loaded = await loadInput(options.input, { cwd: options.cwd });
      const brief = await writeBrief(loaded.dataset, loaded.files, { ...options, range: job.range, asOf: job.asOf }, context);
      const archive = await writeArchive(options.outDir, {
        ...(options.title !== undefined ? { title: options.title } : {}),
        ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
        now: context.now(),
      });
      const paths = [...brief.paths, ...archive];
      if (brief.pdfError !== undefined) return { paths, error: brief.pdfError };
      if (loaded.failures.length > 0) {
        const files = loaded.failures.map((failure) => failure.message).join("; ");
        return { paths, error: new IncompleteInputError(`${loaded.failures.length} input file(s) could not be read: ${files}`) };
      }
      return { paths };
    },
  });
}
