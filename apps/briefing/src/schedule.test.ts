import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DateRange } from "@sitrep/domain";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { UsageError } from "./_args.js";
import { rangeSlug } from "./range.js";
import {
  type BuildOutcome,
  checkCronPattern,
  createFileStore,
  createScheduler,
  formatRunRecord,
  type RunRecord,
  type ScheduledJob,
  type SchedulerOptions,
  type ScheduleStore,
} from "./schedule.js";

function memoryStore(): ScheduleStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    async lastFingerprint(range: DateRange) {
      return entries.get(rangeSlug(range));
    },
    async record(range: DateRange, fingerprint: string) {
      entries.set(rangeSlug(range), fingerprint);
    },
  };
}

/** A scheduler whose inputs are a mutable string: its "hash" is the string itself. */
function setup(overrides: Partial<SchedulerOptions> = {}) {
  const state = { inputs: "v1" };
  const runs: RunRecord[] = [];
  const jobs: ScheduledJob[] = [];
  const build = vi.fn(async (job: ScheduledJob): Promise<BuildOutcome> => {
    jobs.push(job);
    return { paths: [`briefs/sitrep-brief_${rangeSlug(job.range)}.html`] };
  });
  const scheduler = createScheduler({
    cron: "0 6 * * 1",
    timezone: "UTC",
    windowDays: 7,
    fingerprint: async (job) => `${rangeSlug(job.range)}:${state.inputs}`,
    build,
    store: memoryStore(),
    onRun: (record) => runs.push(record),
    ...overrides,
  });
  return { scheduler, state, runs, jobs, build };
}

describe("createScheduler", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("builds, at a cron tick, the window of 7 days ending on the tick's day", async () => {
    // Monday 9 Feb 2026, 05:00 UTC; the tick of "0 6 * * 1" comes an hour later.
    vi.setSystemTime(new Date("2026-02-09T05:00:00Z"));
    const { scheduler, jobs, runs } = setup();
    scheduler.start();
    expect(scheduler.nextRun()?.toISOString()).toBe("2026-02-09T06:00:00.000Z");
    await vi.advanceTimersByTimeAsync(3_600_000 - 1_000);
    expect(jobs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2_000);
    scheduler.stop();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.asOf).toBe("2026-02-09");
    expect(jobs[0]?.range).toEqual({ from: "2026-02-03", to: "2026-02-09" });
    expect(runs.map((run) => run.status)).toEqual(["built"]);
  });

  it("gives each tick the window ending on its own day, either side of midnight", async () => {
    vi.setSystemTime(new Date("2026-02-08T23:20:00Z"));
    const { scheduler, jobs } = setup({ cron: "0,30 0,23 * * *" });
    scheduler.start();
    // Ticks at 23:30 on 8 February and 00:00 on 9 February.
    await vi.advanceTimersByTimeAsync(41 * 60_000);
    scheduler.stop();
    expect(jobs.map((job) => job.range)).toEqual([
      { from: "2026-02-02", to: "2026-02-08" },
      { from: "2026-02-03", to: "2026-02-09" },
    ]);
  });

  it("takes the tick's calendar day in the schedule's time zone", async () => {
    // 22:00 UTC on 8 Feb is already 9 Feb in Tehran (UTC+3:30).
    const { scheduler, jobs } = setup({ timezone: "Asia/Tehran" });
    await scheduler.tick(new Date("2026-02-08T22:00:00Z"));
    expect(jobs[0]?.range).toEqual({ from: "2026-02-03", to: "2026-02-09" });
  });

  it("skips the build when the window's inputs and template are unchanged, and rebuilds when an input changes", async () => {
    const { scheduler, state, runs, build } = setup({ cron: "0 * * * *" });
    const monday = new Date("2026-02-09T06:00:00Z");
    await scheduler.tick(monday);
    await scheduler.tick(new Date("2026-02-09T07:00:00Z"));
    expect(build).toHaveBeenCalledTimes(1);
    expect(runs[1]).toMatchObject({ status: "skipped", reason: "unchanged", range: { from: "2026-02-03", to: "2026-02-09" } });

    state.inputs = "v2";
    await scheduler.tick(new Date("2026-02-09T08:00:00Z"));
    expect(build).toHaveBeenCalledTimes(2);
    expect(runs[2]?.status).toBe("built");
  });

  it("builds a new window even when the inputs are unchanged", async () => {
    const { scheduler, build } = setup();
    await scheduler.tick(new Date("2026-02-09T06:00:00Z"));
    await scheduler.tick(new Date("2026-02-10T06:00:00Z"));
    expect(build).toHaveBeenCalledTimes(2);
  });

  it("never overlaps two builds: a tick during a build is skipped and logged", async () => {
    let finish!: () => void;
    const build = vi.fn(
      (job: ScheduledJob) =>
        new Promise<BuildOutcome>((resolve) => {
          finish = () => resolve({ paths: [`${rangeSlug(job.range)}.html`] });
        }),
    );
    const { scheduler, runs } = setup({ build });
    const first = scheduler.tick(new Date("2026-02-09T06:00:00Z"));
    await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(1));
    const second = await scheduler.tick(new Date("2026-02-09T06:01:00Z"));
    expect(second).toMatchObject({ status: "skipped", reason: "in-flight" });
    finish();
    expect((await first).status).toBe("built");
    expect(build).toHaveBeenCalledTimes(1);
    expect(runs.map((run) => run.status)).toEqual(["skipped", "built"]);
  });

  it("skips a cron tick that comes while the previous build still runs", async () => {
    vi.setSystemTime(new Date("2026-02-09T05:59:59Z"));
    let finish!: () => void;
    let active = 0;
    let maxActive = 0;
    const { scheduler, runs } = setup({
      cron: "* * * * *",
      build: (job) => {
        active++;
        maxActive = Math.max(maxActive, active);
        return new Promise<BuildOutcome>((resolve) => {
          finish = () => {
            active--;
            resolve({ paths: [rangeSlug(job.range)] });
          };
        });
      },
    });
    scheduler.start();
    // The build started at 06:00 is still running at 06:01 and 06:02.
    await vi.advanceTimersByTimeAsync(2 * 60_000 + 5_000);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    scheduler.stop();
    expect(maxActive).toBe(1);
    expect(runs.filter((run) => run.reason === "in-flight").length).toBeGreaterThanOrEqual(2);
    expect(runs.filter((run) => run.status === "built")).toHaveLength(1);
  });

  it("reports a failed build and does not remember it, so the next tick retries", async () => {
    let fail = true;
    const { scheduler, runs } = setup({
      build: async (job) => (fail ? { paths: ["a.html"], error: new Error("could not find Chromium") } : { paths: [rangeSlug(job.range)] }),
    });
    await scheduler.tick(new Date("2026-02-09T06:00:00Z"));
    fail = false;
    await scheduler.tick(new Date("2026-02-09T07:00:00Z"));
    expect(runs.map((run) => run.status)).toEqual(["failed", "built"]);
    expect(runs[0]?.paths).toEqual(["a.html"]);
  });

  it("reports a build that throws as failed, without stopping the schedule", async () => {
    const { scheduler, runs } = setup({
      build: async () => {
        throw new Error("disk full");
      },
    });
    const record = await scheduler.tick(new Date("2026-02-09T06:00:00Z"));
    expect(record.status).toBe("failed");
    expect(formatRunRecord(runs[0]!, (e) => (e as Error).message)).toBe("2026-02-09T06:00:00.000Z 2026-02-03..2026-02-09 failed - disk full");
  });
});

describe("checkCronPattern", () => {
  it("accepts a valid pattern and rejects a broken one or an unknown time zone", () => {
    expect(() => checkCronPattern("0 6 * * 1", "UTC")).not.toThrow();
    expect(() => checkCronPattern("0 61 * * 1")).toThrow(UsageError);
    expect(() => checkCronPattern("0 6 * * 1", "Mars/Olympus")).toThrow("--timezone Mars/Olympus is not a time zone");
  });
});

describe("createFileStore", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "sitrep-schedule-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("remembers a window's fingerprint while its files exist", async () => {
    const range = { from: "2026-02-03", to: "2026-02-09" };
    const store = createFileStore(dir);
    expect(await store.lastFingerprint(range)).toBeUndefined();
    const file = join(dir, "brief.html");
    await writeFile(file, "x");
    await store.record(range, "abc", [file], new Date("2026-02-09T06:00:00Z"));
    expect(await createFileStore(dir).lastFingerprint(range)).toBe("abc");
    await rm(file);
    expect(await createFileStore(dir).lastFingerprint(range)).toBeUndefined();
  });

  it("starts afresh from a damaged state file", async () => {
    await writeFile(join(dir, ".sitrep-schedule.json"), "{oops");
    expect(await createFileStore(dir).lastFingerprint({ from: "2026-02-03", to: "2026-02-09" })).toBeUndefined();
  });
});
