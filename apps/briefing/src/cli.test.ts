import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { selectDateRange } from "@sitrep/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureDataset } from "./__fixtures__/dataset.js";
import { runCli } from "./cli.js";
import type { BriefManifest } from "./manifest.js";

const SEEDS = fileURLToPath(new URL("../../../seeds/", import.meta.url));
const NOW = new Date("2026-11-21T10:00:00Z");

/** An environment in which no Chromium can be found. */
const NO_BROWSER_ENV = { SITREP_CHROMIUM: "/nonexistent/chromium", PATH: "" };

let work: string;
let datasetFile: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "sitrep-cli-"));
  datasetFile = join(work, "dataset.json");
  await writeFile(datasetFile, JSON.stringify(createFixtureDataset()));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; now?: Date } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? NO_BROWSER_ENV,
    cwd: options.cwd ?? work,
    now: () => options.now ?? NOW,
  });
  return { code, stdout, stderr };
}

/** A fresh output directory inside the work directory. */
async function outDir(name: string): Promise<string> {
  const dir = join(work, name);
  await rm(dir, { recursive: true, force: true });
  return dir;
}

function expectOneLineError(result: Run, code: number, message: string | RegExp): void {
  expect(result.code).toBe(code);
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(typeof message === "string" ? message : message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("help", () => {
  it("prints the commands and each command's options", async () => {
    const top = await run(["--help"]);
    expect(top.code).toBe(0);
    for (const command of ["parse", "build", "schedule"]) expect(top.stdout).toContain(command);
    for (const [command, flag] of [
      ["parse", "--out"],
      ["build", "--month"],
      ["schedule", "--cron"],
    ] as const) {
      const help = await run([command, "--help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: sitrep ${command}`);
      expect(help.stdout).toContain(flag);
    }
  });

  it("exits 2 with the help when no command is given", async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("Usage: sitrep <command>");
  });
});

describe("usage errors: one line, exit 2", () => {
  const dataset = () => ["--dataset", datasetFile];

  it("rejects a day that is not in the calendar", async () => {
    expectOneLineError(await run(["build", ...dataset(), "--from", "2026-02-30", "--to", "2026-03-01"]), 2, "sitrep: --from 2026-02-30 is not a date (expected YYYY-MM-DD)");
  });

  it("rejects a range that ends before it starts", async () => {
    expectOneLineError(await run(["build", ...dataset(), "--from", "2026-02-28", "--to", "2026-02-01"]), 2, "sitrep: --from 2026-02-28 is after --to 2026-02-01");
  });

  it("rejects two range flags at once", async () => {
    expectOneLineError(await run(["build", ...dataset(), "--month", "2026-02", "--last", "7d"]), 2, "sitrep: --month and --last cannot be used together");
  });

  it("rejects an unknown template directory", async () => {
    expectOneLineError(await run(["build", ...dataset(), "--template", "no-such-templates"]), 2, "sitrep: --template no-such-templates: no such directory");
  });

  it("rejects a missing corpus directory and a missing dataset file", async () => {
    expectOneLineError(await run(["build", "--corpus", "no-such-dir"]), 2, /^sitrep: --corpus .*no-such-dir: no such file or directory$/);
    expectOneLineError(await run(["build", "--dataset", "nope.json"]), 2, /^sitrep: --dataset .*nope\.json: no such file$/);
  });

  it("rejects an unknown format, an unknown flag and an unknown command", async () => {
    expectOneLineError(await run(["build", ...dataset(), "--format", "html,docx"]), 2, "sitrep: --format docx is not a format");
    expectOneLineError(await run(["build", ...dataset(), "--form", "2026-02-01"]), 2, "sitrep: unknown option --form");
    expectOneLineError(await run(["bild"]), 2, "sitrep: unknown command bild");
  });

  it("rejects a flag without its value", async () => {
    expectOneLineError(await run(["build", ...dataset(), "--from"]), 2, "sitrep: option --from needs a value");
  });

  it("rejects a bad cron pattern and a bad window before doing any work", async () => {
    expectOneLineError(await run(["schedule", ...dataset(), "--cron", "0 6 * *"]), 2, /^sitrep: --cron "0 6 \* \*" is not a cron pattern/);
    expectOneLineError(await run(["schedule", ...dataset(), "--once", "--window", "week"]), 2, "sitrep: --window week is not a window");
    expectOneLineError(await run(["schedule", ...dataset()]), 2, "sitrep: schedule needs --cron");
  });

  it("shows the stack with --debug", async () => {
    const result = await run(["build", ...dataset(), "--from", "2026-02-30", "--debug"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});

describe("runtime errors: one line, exit 1", () => {
  it("names the dataset file and its first issues when it is not a valid dataset", async () => {
    const bad = join(work, "bad.json");
    await writeFile(bad, JSON.stringify({ ...createFixtureDataset(), rounds: [{ id: "round:x" }] }));
    expectOneLineError(await run(["build", "--dataset", bad, "--format", "html"]), 1, /^sitrep: could not load dataset .*bad\.json - not a valid dataset: rounds\[0\]/);
    await writeFile(bad, "{");
    expectOneLineError(await run(["build", "--dataset", bad, "--format", "html"]), 1, /^sitrep: could not load dataset .*bad\.json - not JSON/);
  });
});

describe("runtime errors in a build: one line, exit 1, nothing half-written", () => {
  it("names the template file and line of a template that does not compile", async () => {
    const templates = join(work, "broken-templates");
    await mkdir(templates, { recursive: true });
    await writeFile(join(templates, "layout.hbs"), "<html>{{#if brief}}\n<body>\n");
    const out = await outDir("out-broken-template");
    const result = await run(["build", "--dataset", datasetFile, "--template", templates, "--format", "html", "--out", out]);
    expectOneLineError(result, 1, /^sitrep: could not compile template .*layout\.hbs:\d+ - .*got 'EOF'$/);
    expect(existsSync(out)).toBe(false);
  });

  it("says what is in the way when the output directory is a file", async () => {
    const file = join(work, "not-a-dir");
    await writeFile(file, "");
    const result = await run(["build", "--dataset", datasetFile, "--format", "html", "--out", file]);
    expectOneLineError(result, 1, /^sitrep: could not write .*not-a-dir\/sitrep-brief_.*\.html - a file is in the way of the directory$/);
  });
});

describe("build", () => {
  it("writes the HTML and a manifest named for the range, and prints their paths", async () => {
    const out = await outDir("out-html");
    const result = await run(["build", "--dataset", datasetFile, "--month", "2026-02", "--format", "html", "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const html = join(out, "sitrep-brief_2026-02-01_2026-02-28.html");
    const json = join(out, "sitrep-brief_2026-02-01_2026-02-28.json");
    // Paths are printed relative to the working directory.
    expect(result.stdout).toBe("out-html/sitrep-brief_2026-02-01_2026-02-28.html\nout-html/sitrep-brief_2026-02-01_2026-02-28.json\n");
    expect(await readdir(out)).toEqual(["sitrep-brief_2026-02-01_2026-02-28.html", "sitrep-brief_2026-02-01_2026-02-28.json"]);
    expect(await readFile(html, "utf8")).toMatch(/^<!doctype html>/i);

    const manifest = JSON.parse(await readFile(json, "utf8")) as BriefManifest;
    const expected = selectDateRange(createFixtureDataset(), { from: "2026-02-01", to: "2026-02-28" });
    expect(manifest.range).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(manifest.asOf).toBe("2026-11-21");
    expect(manifest.generatedAt).toBe(NOW.toISOString());
    expect(manifest.counts).toEqual({
      documents: expected.documents.length,
      actors: expected.actors.length,
      rounds: expected.rounds.length,
      incidents: expected.incidents.length,
      sanctions: expected.sanctions.length,
      discrepancies: expected.discrepancies.length,
    });
    expect(manifest.counts.rounds).toBeGreaterThan(0);
    expect(manifest.inputs.kind).toBe("dataset");
    expect(manifest.inputs.files).toEqual([{ path: "dataset.json", sha256: createHash("sha256").update(await readFile(datasetFile)).digest("hex") }]);
    expect(manifest.template.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.versions.node).toBe(process.version);
    expect(manifest.versions.chromium).toBeNull();
    expect(manifest.files).toEqual({ html: "sitrep-brief_2026-02-01_2026-02-28.html" });
  });

  it("takes --week as an ISO week in the file names", async () => {
    const out = await outDir("out-week");
    const result = await run(["build", "--dataset", datasetFile, "--week", "2026-W01", "--format", "html", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("sitrep-brief_2025-12-29_2026-01-04.html");
  });

  it("takes --last relative to --as-of", async () => {
    const out = await outDir("out-last");
    const result = await run(["build", "--dataset", datasetFile, "--last", "7d", "--as-of", "2026-02-09", "--format", "html", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("sitrep-brief_2026-02-03_2026-02-09.html");
  });

  it("covers the whole period of the input when no range is given", async () => {
    const out = await outDir("out-whole");
    const result = await run(["build", "--dataset", datasetFile, "--format", "html", "--out", out]);
    expect(result.code).toBe(0);
    const manifest = JSON.parse(await readFile(join(work, result.stdout.trim().split("\n").at(-1)!), "utf8")) as BriefManifest;
    const dataset = createFixtureDataset();
    const all = dataset.rounds.length + dataset.incidents.length + dataset.sanctions.length;
    expect(manifest.counts.rounds + manifest.counts.incidents + manifest.counts.sanctions).toBe(all);
  });

  it("still writes the HTML when no browser is found, and fails with one line", async () => {
    const out = await outDir("out-nobrowser");
    const result = await run(["build", "--dataset", datasetFile, "--month", "2026-02", "--out", out], { env: NO_BROWSER_ENV });
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^sitrep: .*Chromium.*\(the HTML was written; no PDF\)$/i);
    const files = await readdir(out);
    expect(files).toContain("sitrep-brief_2026-02-01_2026-02-28.html");
    expect(files).toContain("sitrep-brief_2026-02-01_2026-02-28.json");
    expect(files.some((file) => file.endsWith(".pdf") || file.endsWith(".tmp"))).toBe(false);
  });

  it("parses the seeds by default from the repository root", async () => {
    const out = await outDir("out-seeds");
    const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
    const result = await run(["build", "--format", "html", "--out", out], { cwd: repoRoot });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const manifest = JSON.parse(await readFile(result.stdout.trim().split("\n").at(-1)!, "utf8")) as BriefManifest;
    expect(manifest.inputs.kind).toBe("corpus");
    const seeds = (await readdir(SEEDS)).filter((f) => f.endsWith(".txt")).sort();
    expect(manifest.inputs.files.map((file) => file.path)).toEqual(seeds.map((file) => `seeds/${file}`));
  });
});

describe("build from a corpus with a bad file", () => {
  it("names the bad file, still writes the brief from the others, and exits 1", async () => {
    const corpus = join(work, "corpus-build");
    await mkdir(corpus, { recursive: true });
    const seeds = (await readdir(SEEDS)).filter((file) => file.endsWith(".txt")).sort();
    await writeFile(join(corpus, seeds[3]!), await readFile(join(SEEDS, seeds[3]!)));
    await writeFile(join(corpus, "broken.txt"), new Uint8Array([0xff, 0xfe, 0x00, 0x41]));
    const out = await outDir("out-corpus-build");
    const result = await run(["build", "--corpus", corpus, "--from", "2026-02-01", "--to", "2026-02-28", "--format", "html", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^sitrep: could not read .*broken\.txt - not valid UTF-8 text\n$/);
    const manifest = JSON.parse(await readFile(join(out, "sitrep-brief_2026-02-01_2026-02-28.json"), "utf8")) as BriefManifest;
    expect(manifest.inputs.files.map((file) => file.path)).toEqual([`corpus-build/${seeds[3]}`]);
  });
});

describe("parse", () => {
  it("reports a bad file with its reason, still parses the others, and exits 1", async () => {
    const corpus = join(work, "corpus");
    await mkdir(corpus, { recursive: true });
    const seeds = (await readdir(SEEDS)).filter((file) => file.endsWith(".txt")).sort();
    await writeFile(join(corpus, seeds[1]!), await readFile(join(SEEDS, seeds[1]!)));
    await writeFile(join(corpus, "empty.txt"), "");
    const result = await run(["parse", corpus]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^sitrep: could not read .*empty\.txt - empty file$/);
    expect(lines[1]).toMatch(/^parsed 2 files: \d+ rounds?, \d+ incidents?, \d+ sanctions?, \d+ discrepanc(y|ies); 1 failed$/);
    const dataset = JSON.parse(result.stdout) as { documents: unknown[] };
    expect(dataset.documents).toHaveLength(1);
  });

  it("writes the dataset to a file with -o and prints its path", async () => {
    const target = join(work, "parsed", "dataset.json");
    const result = await run(["parse", SEEDS, "-o", target]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("parsed/dataset.json\n");
    expect(result.stderr).toMatch(/^parsed 4 files: .*; 0 failed\n$/);
    const dataset = JSON.parse(await readFile(target, "utf8")) as { documents: unknown[] };
    expect(dataset.documents).toHaveLength(4);
  });

  it("needs at least one path", async () => {
    expectOneLineError(await run(["parse"]), 2, "sitrep: parse needs at least one file or directory");
  });

  it("recognises the people of a user's actor dictionary given with --actors, with their dated titles", async () => {
    const article = join(work, "mediator.txt");
    await writeFile(article, "Talks resume in Muscat\nIran and the United States held indirect talks in Muscat on 3 March 2026, mediator Jane Roe said.\n");
    const actors = join(work, "actors.json");
    await writeFile(
      actors,
      JSON.stringify({ actors: [{ id: "person:jane-roe", name: "Jane Roe", affiliation: "state:oman", roles: [{ title: "Chief Mediator", of: "state:oman", from: "2026-01" }] }] }),
    );
    const result = await run(["parse", article, "--actors", actors]);
    expect(result.code).toBe(0);
    const dataset = JSON.parse(result.stdout) as { actors: { id: string; roles: { title: string; from?: string }[] }[] };
    const roe = dataset.actors.find((actor) => actor.id === "person:jane-roe");
    expect(roe?.roles).toContainEqual(expect.objectContaining({ title: "Chief Mediator", from: "2026-01" }));
  });

  it("fails with one line naming an actor dictionary that cannot be read", async () => {
    expectOneLineError(await run(["parse", SEEDS, "--actors", join(work, "missing-actors.json")]), 1, /^sitrep: could not load actor dictionary - .*missing-actors\.json/);
  });
});

describe("schedule --once", () => {
  it("builds the window ending today, skips it when nothing changed, and rebuilds after a change", async () => {
    const out = await outDir("briefs");
    const copy = join(work, "schedule-dataset.json");
    await writeFile(copy, await readFile(datasetFile));
    const args = ["schedule", "--once", "--window", "7d", "--dataset", copy, "--format", "html", "--out", out];
    const now = new Date("2026-02-09T06:00:00Z");

    const first = await run(args, { now });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^2026-02-09T06:00:00.000Z 2026-02-03..2026-02-09 built /);
    expect(first.stdout.split("\n")).toEqual(
      expect.arrayContaining(["briefs/sitrep-brief_2026-02-03_2026-02-09.html", "briefs/index.html", "briefs/feed.xml"]),
    );
    const feed = await readFile(join(out, "feed.xml"), "utf8");
    expect(feed).toContain("sitrep-brief_2026-02-03_2026-02-09.html");

    const second = await run(args, { now: new Date("2026-02-09T07:00:00Z") });
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/ 2026-02-03..2026-02-09 skipped \(inputs and template unchanged\)\n$/);
    expect(second.stdout).toBe("");

    // Same records, different bytes: the input changed, so the brief is rebuilt.
    await writeFile(copy, JSON.stringify(createFixtureDataset(), null, 1));
    const third = await run(args, { now: new Date("2026-02-09T08:00:00Z") });
    expect(third.stderr).toMatch(/ built /);

    const next = await run(args, { now: new Date("2026-02-16T06:00:00Z") });
    expect(next.stderr).toMatch(/2026-02-10..2026-02-16 built /);
    const index = await readFile(join(out, "index.html"), "utf8");
    expect(index.indexOf("sitrep-brief_2026-02-10_2026-02-16.html")).toBeLessThan(index.indexOf("sitrep-brief_2026-02-03_2026-02-09.html"));
  });

  it("fails (exit 1) when the PDF cannot be made, having written the HTML", async () => {
    const out = await outDir("briefs-nobrowser");
    const result = await run(["schedule", "--once", "--dataset", datasetFile, "--out", out], { now: new Date("2026-02-09T06:00:00Z") });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ failed .*sitrep-brief_2026-02-03_2026-02-09\.html.* - .*Chromium/i);
    expect(existsSync(join(out, "sitrep-brief_2026-02-03_2026-02-09.html"))).toBe(true);
  });
});

describe("the built binary", () => {
  const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
  // dist/ exists whenever tests run through turbo (test depends on build).
  it.skipIf(!existsSync(cli))("prints one line and exits 2 on a bad date, with no stack trace", async () => {
    const result = await new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) => {
      execFile(process.execPath, [cli, "build", "--from", "2026-02-30"], { cwd: work }, (error, stdout, stderr) => {
        resolve({ code: error ? (error as { code?: number }).code ?? null : 0, stdout, stderr });
      });
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("sitrep: --from 2026-02-30 is not a date (expected YYYY-MM-DD)\n");
  });
});
