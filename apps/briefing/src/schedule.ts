import { access, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { DateRange, IsoDay } from "@sitrep/domain";
import { Cron } from "croner";
import { UsageError } from "./_args.js";
import { calendarDay, rangeSlug, windowEndingAt } from "./range.js";
import { writeFileAtomic } from "./write.js";

/** One scheduled build: the window ending on the tick's calendar day. */
export interface ScheduledJob {
  at: Date;
  asOf: IsoDay;
  range: DateRange;
}

/** What a build wrote; `error` set when it failed part-way (the HTML written, the PDF not). */
export interface BuildOutcome {
  paths: string[];
  error?: unknown;
}

export type RunStatus = "built" | "skipped" | "failed";

/** One line of the schedule's log. */
export interface RunRecord {
  at: Date;
  range: DateRange;
  status: RunStatus;
  /** Why a run was skipped: the inputs did not change, or a build was still running. */
  reason?: "unchanged" | "in-flight";
  paths: string[];
  error?: unknown;
}

/** Remembers, per window, the fingerprint of the last brief built and the files it wrote. */
export interface ScheduleStore {
  /** The fingerprint of the last successful build of `range`, or `undefined` (never built, or files gone). */
  lastFingerprint(range: DateRange): Promise<string | undefined>;
  record(range: DateRange, fingerprint: string, paths: string[], at: Date): Promise<void>;
}

export interface SchedulerOptions {
  /** Cron pattern, e.g. `0 6 * * 1` (Mondays at 06:00). */
  cron: string;
  /** IANA time zone of the pattern and of the calendar day a tick falls on. */
  timezone?: string;
  /** Length of the window in days, ending on the tick's day inclusive. */
  windowDays: number;
  /** Content hash of what a brief of `job` would be made from; equal hashes make equal briefs. */
  fingerprint(job: ScheduledJob): Promise<string>;
  build(job: ScheduledJob): Promise<BuildOutcome>;
  store: ScheduleStore;
  /** Called once per run, for the log. */
  onRun(record: RunRecord): void;
  now?: () => Date;
}

export interface Scheduler {
  /** Runs the job for the window ending at `at` (default now); what a cron tick calls. */
  tick(at?: Date): Promise<RunRecord>;
  /** Starts ticking on the cron pattern. */
  start(): void;
  stop(): void;
  /** When the next tick will run, once started. */
  nextRun(): Date | null;
}

/** Checks a cron pattern and time zone up front, so that a typo is a usage error, not a crash at the first tick. */
export function checkCronPattern(pattern: string, timezone?: string): void {
  if (timezone !== undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: timezone });
    } catch {
      throw new UsageError(`--timezone ${timezone} is not a time zone (expected an IANA name such as UTC or Europe/Paris)`);
    }
  }
  try {
    new Cron(pattern, { paused: true, ...(timezone ? { timezone } : {}) }).stop();
  } catch (error) {
    throw new UsageError(`--cron "${pattern}" is not a cron pattern - ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * A scheduler that builds the brief of the last `windowDays` days at each tick. It skips a tick whose
 * window was already built from the same inputs and template, and never runs two builds at once: a
 * tick that comes while a build is running is skipped and logged (cron `protect` stops croner's own
 * ticks; the in-flight flag also covers direct `tick()` calls, as `--once` and tests make).
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const now = options.now ?? (() => new Date());
  let inFlight = false;
  let job: Cron | undefined;

  const jobAt = (at: Date): ScheduledJob => {
    const asOf = calendarDay(at, options.timezone);
    return { at, asOf, range: windowEndingAt(asOf, options.windowDays) };
  };

  const report = (record: RunRecord): RunRecord => {
    options.onRun(record);
    return record;
  };

  async function tick(at = now()): Promise<RunRecord> {
    const scheduled = jobAt(at);
    if (inFlight) return report({ at, range: scheduled.range, status: "skipped", reason: "in-flight", paths: [] });
    inFlight = true;
    try {
      const fingerprint = await options.fingerprint(scheduled);
      if ((await options.store.lastFingerprint(scheduled.range)) === fingerprint) {
        return report({ at, range: scheduled.range, status: "skipped", reason: "unchanged", paths: [] });
      }
      const outcome = await options.build(scheduled);
      if (outcome.error !== undefined) {
        return report({ at, range: scheduled.range, status: "failed", paths: outcome.paths, error: outcome.error });
      }
      await options.store.record(scheduled.range, fingerprint, outcome.paths, at);
      return report({ at, range: scheduled.range, status: "built", paths: outcome.paths });
    } catch (error) {
      return report({ at, range: scheduled.range, status: "failed", paths: [], error });
    } finally {
      inFlight = false;
    }
  }

  return {
    tick,
    start() {
      if (job) return;
      job = new Cron(
        options.cron,
        {
          ...(options.timezone ? { timezone: options.timezone } : {}),
          // croner's own guard; our handler logs the skipped tick.
          protect: () => {
            const at = now();
            report({ at, range: jobAt(at).range, status: "skipped", reason: "in-flight", paths: [] });
          },
        },
        async () => {
          await tick(now());
        },
      );
    },
    stop() {
      job?.stop();
      job = undefined;
    },
    nextRun() {
      return job?.nextRun() ?? null;
    },
  };
}

/** One line per run: "2026-02-09T06:00:00.000Z 2026-02-03..2026-02-09 built out/a.html out/a.pdf". */
export function formatRunRecord(record: RunRecord, describeError: (error: unknown) => string): string {
  const head = `${record.at.toISOString()} ${record.range.from}..${record.range.to} ${record.status}`;
  const reason = record.reason === "unchanged" ? " (inputs and template unchanged)" : record.reason === "in-flight" ? " (a build is still running)" : "";
  const error = record.error !== undefined ? ` - ${describeError(record.error)}` : "";
  const paths = record.paths.length > 0 ? ` ${record.paths.join(" ")}` : "";
  return head + reason + paths + error;
}

export const SCHEDULE_STATE_FILE = ".sitrep-schedule.json";

interface StateFile {
  version: 1;
  windows: Record<string, { fingerprint: string; builtAt: string; paths: string[] }>;
}

/**
 * The schedule's memory, a small JSON file in the brief directory. A window counts as built only
 * while every file of its last build still exists, so deleting a brief makes the next tick rebuild it.
 */
export function createFileStore(outDir: string): ScheduleStore {
  const path = join(outDir, SCHEDULE_STATE_FILE);
  const read = async (): Promise<StateFile> => {
    try {
      const state = JSON.parse(await readFile(path, "utf8")) as StateFile;
      if (state.version === 1 && typeof state.windows === "object" && state.windows !== null) return state;
    } catch {
      // Missing or damaged: start afresh; the worst case is one rebuild.
    }
    return { version: 1, windows: {} };
  };
  return {
    async lastFingerprint(range) {
      const entry = (await read()).windows[rangeSlug(range)];
      if (!entry) return undefined;
      const present = await Promise.all(entry.paths.map((file) => access(resolve(outDir, file)).then(() => true, () => false)));
      return present.every(Boolean) ? entry.fingerprint : undefined;
    },
    async record(range, fingerprint, paths, at) {
      const state = await read();
      // Relative to the directory, so that the state survives running from another working directory.
      const files = paths.map((file) => relative(outDir, resolve(file)));
      state.windows[rangeSlug(range)] = { fingerprint, builtAt: at.toISOString(), paths: files };
      await writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
    },
  };
}
