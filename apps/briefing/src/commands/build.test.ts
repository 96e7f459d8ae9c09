import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createFixtureDataset } from "../__fixtures__/dataset.js";
import type { BriefManifest } from "../manifest.js";
import { createProgress } from "../progress.js";
import { BrowserNotFoundError, type PdfRenderer, resolveChromiumPath } from "../render/index.js";
import { createRendererPool, hashTemplates, runBuild } from "./build.js";

function fakeRenderer(): PdfRenderer & { closed: number } {
  return {
    closed: 0,
    async render() {
      return new Uint8Array([37, 80, 68, 70]);
    },
    async close() {
      this.closed++;
    },
  };
}

describe("createRendererPool", () => {
  it("launches one browser for the process and reuses it, then closes it once", async () => {
    const renderer = fakeRenderer();
    const launch = vi.fn(async () => renderer);
    const pool = createRendererPool({ SITREP_CHROMIUM: "/opt/chromium" }, launch);
    expect(await pool.get()).toBe(renderer);
    expect(await pool.get()).toBe(renderer);
    expect(launch).toHaveBeenCalledTimes(1);
    expect(launch).toHaveBeenCalledWith({ executablePath: "/opt/chromium" });
    await pool.close();
    await pool.close();
    expect(renderer.closed).toBe(1);
  });

  it("does not cache a failed launch, so a later brief retries", async () => {
    const renderer = fakeRenderer();
    const launch = vi.fn().mockRejectedValueOnce(new BrowserNotFoundError()).mockResolvedValueOnce(renderer);
    const pool = createRendererPool({ SITREP_CHROMIUM: "/opt/chromium" }, launch);
    await expect(pool.get()).rejects.toThrow(BrowserNotFoundError);
    expect(await pool.get()).toBe(renderer);
    expect(launch).toHaveBeenCalledTimes(2);
  });
});

describe("hashTemplates", () => {
  it("changes when an override directory is given, and with its content", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sitrep-templates-"));
    try {
      await writeFile(join(dir, "brief.css"), "body { color: black }");
      const builtIn = await hashTemplates();
      const overridden = await hashTemplates(dir);
      expect(overridden).not.toBe(builtIn);
      await writeFile(join(dir, "brief.css"), "body { color: navy }");
      expect(await hashTemplates(dir)).not.toBe(overridden);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("runBuild with a real Chromium", () => {
  const chromium = resolveChromiumPath();
  let work: string;
  let datasetFile: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "sitrep-build-"));
    datasetFile = join(work, "dataset.json");
    await writeFile(datasetFile, JSON.stringify(createFixtureDataset()));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  // Chromium is installed by `scripts/setup.sh --test`; without it there is nothing real to test here.
  it.skipIf(!chromium)("writes HTML, PDF and manifest, recording the browser's version", { timeout: 60_000 }, async () => {
    const renderers = createRendererPool(process.env);
    try {
      const result = await runBuild(
        {
          input: { kind: "dataset", path: datasetFile },
          range: { month: "2026-02" },
          asOf: "2026-02-28",
          formats: ["html", "pdf"],
          outDir: join(work, "out"),
          paper: "letter",
          cwd: work,
        },
        { renderers, now: () => new Date("2026-03-01T00:00:00Z"), progress: createProgress({ write: () => true }) },
      );
      expect(result.pdfError).toBeUndefined();
      expect(result.paths.map((path) => path.slice(work.length))).toEqual([
        "/out/sitrep-brief_2026-02-01_2026-02-28.html",
        "/out/sitrep-brief_2026-02-01_2026-02-28.pdf",
        "/out/sitrep-brief_2026-02-01_2026-02-28.json",
      ]);
      const pdf = await readFile(result.paths[1]!);
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const manifest = JSON.parse(await readFile(result.paths[2]!, "utf8")) as BriefManifest;
      expect(manifest.versions.chromium).toMatch(/\d+\.\d+/);
      expect(manifest.paper).toBe("letter");
      expect(manifest.files.pdf).toBe("sitrep-brief_2026-02-01_2026-02-28.pdf");
    } finally {
      await renderers.close();
    }
  });
});

describe("createProgress", () => {
  it("draws in place on a terminal and stays silent when piped", () => {
    let tty = "";
    const progress = createProgress({ isTTY: true, write: (text: string) => (tty += text) });
    progress.update("parsing", 1, 40);
    progress.update("parsing", 12, 40);
    progress.clear();
    expect(tty).toBe("\r\x1b[Kparsing 1/40\r\x1b[Kparsing 12/40\r\x1b[K");

    let piped = "";
    const quiet = createProgress({ isTTY: false, write: (text: string) => (piped += text) });
    quiet.update("parsing", 12, 40);
    quiet.clear();
    expect(piped).toBe("");
  });
});
