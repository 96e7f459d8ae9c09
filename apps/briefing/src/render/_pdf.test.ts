/**
 * Real Chromium, real poppler: the PDFs are read back with pdftotext and pdfinfo, and the HTML is
 * checked with axe-core in the same browser build. One renderer serves the whole file.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Dataset } from "@sitrep/domain";
import puppeteer from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureDataset } from "../__fixtures__/dataset.js";
import { renderBriefHtml } from "./_html.js";
import { BrowserNotFoundError, CHROMIUM_ARGS, launchPdfRenderer, type PdfRenderer, RenderTimeoutError, resolveChromiumPath } from "./_pdf.js";
import { loadTemplates, type Templates } from "./_templates.js";
import type { BriefMeta } from "./_types.js";

const workDir = mkdtempSync(join(tmpdir(), "sitrep-pdf-test-"));
const meta = (from: string, to: string, paper: BriefMeta["paper"] = "a4"): BriefMeta => ({
  range: { from, to },
  asOf: to,
  generatedAt: new Date("2026-03-01T08:00:00Z"),
  paper,
});

function writePdf(name: string, pdf: Uint8Array): string {
  const file = join(workDir, name);
  writeFileSync(file, pdf);
  return file;
}
const pdftotext = (file: string, ...args: string[]) => execFileSync("pdftotext", [...args, file, "-"], { encoding: "utf8" });
const pdfinfo = (file: string, ...args: string[]) => execFileSync("pdfinfo", [...args, file], { encoding: "utf8" });
const infoField = (info: string, field: string) => new RegExp(`^${field}:\\s*(.*)$`, "m").exec(info)?.[1]?.trim();
/** pdftotext breaks lines at the page width; compare with all whitespace collapsed. */
const flat = (text: string) => text.replace(/\s+/g, " ");

/** The outline (bookmark) titles Chromium wrote, decoded from PDF literal or UTF-16 hex strings. */
function outlineTitles(pdf: Uint8Array): string[] {
  const raw = Buffer.from(pdf).toString("latin1");
  return [...raw.matchAll(/<<\/Title (\((?:[^()\\]|\\.)*\)|<[0-9A-F]+>)\n\/Dest /g)].map(([, value]) => {
    if (value!.startsWith("(")) return value!.slice(1, -1).replace(/\\(.)/g, "$1");
    return Buffer.from(value!.slice(5, -1), "hex").swap16().toString("utf16le");
  });
}

let renderer: PdfRenderer;
let templates: Templates;
let dataset: Dataset;
let februaryPdf: Uint8Array;
let februaryFile: string;

beforeAll(async () => {
  [renderer, templates] = await Promise.all([launchPdfRenderer(), loadTemplates()]);
  dataset = createFixtureDataset();
  const february = meta("2026-02-01", "2026-02-28");
  februaryPdf = await renderer.render(renderBriefHtml(dataset, february, templates), february);
  februaryFile = writePdf("february.pdf", februaryPdf);
}, 60_000);

afterAll(async () => {
  await renderer?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe("the February 2026 brief as PDF", { timeout: 60_000 }, () => {
  it("contains every section and the key facts, as text a reader can copy", () => {
    const text = flat(pdftotext(februaryFile));
    for (const heading of ["Key developments", "Timeline", "Negotiation rounds", "Incidents", "Sanctions", "Sources disagree", "Who’s who", "Sources", "Notes"]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("Talks held in Muscat on 6 February 2026, mediated by Oman (indirect).");
    expect(text).toContain("Drone shoot-down in the Arabian Sea on 3 February 2026");
    expect(text).toContain("Vessel harassment in the Strait of Hormuz on 3 February 2026");
    expect(text).toContain("up to 25%");
    expect(text).toContain("February 2026, day not reported");
    expect(text).not.toContain("21 June 2026");
  });

  it("has at least two A4 pages with title, subject and the generation time as creation date", () => {
    const info = pdfinfo(februaryFile);
    expect(Number(infoField(info, "Pages"))).toBeGreaterThanOrEqual(2);
    expect(infoField(info, "Page size")).toContain("(A4)");
    expect(infoField(info, "Title")).toBe("Situation brief — 1–28 February 2026");
    expect(infoField(info, "Subject")).toBe("Situation brief on the US–Iran talks, 1–28 February 2026");
    expect(infoField(info, "Creator")).toBe("sitrep");
    expect(infoField(info, "Tagged")).toBe("yes");
    const isoDates = pdfinfo(februaryFile, "-isodates");
    expect(infoField(isoDates, "CreationDate")).toBe("2026-03-01T08:00:00Z");
  });

  it("repeats the running header and 'Page X of Y' footer on every page", () => {
    const pages = Number(infoField(pdfinfo(februaryFile), "Pages"));
    for (const page of [1, pages]) {
      const text = flat(pdftotext(februaryFile, "-f", String(page), "-l", String(page)));
      expect(text).toContain("Situation brief — 1–28 February 2026");
      expect(text).toContain(`Page ${page} of ${pages}`);
    }
  });

  it("keeps internal links to the endnotes and back, as named destinations", () => {
    const dests = pdfinfo(februaryFile, "-dests");
    expect(dests).toContain('"note-1"');
    expect(dests).toContain('"ref-1-1"');
    expect(dests).toMatch(/"source-[0-9a-f]{16}"/);
    const raw = Buffer.from(februaryPdf).toString("latin1");
    expect(raw).toContain("/Dest /note-1");
    expect(raw).toContain("/Dest /ref-1-1");
  });

  it("has an outline with a bookmark per section", () => {
    const titles = outlineTitles(februaryPdf);
    expect(titles).toEqual(expect.arrayContaining(["Situation brief — 1–28 February 2026", "Key developments", "Timeline", "Sources disagree", "Notes"]));
  });
});

describe("other PDF briefs", { timeout: 60_000 }, () => {
  it("renders an empty range as a complete brief that says each section is empty", async () => {
    const march = meta("2026-03-01", "2026-03-31");
    const file = writePdf("empty.pdf", await renderer.render(renderBriefHtml(dataset, march, templates), march));
    const text = flat(pdftotext(file));
    expect(text).toContain("Situation brief — 1–31 March 2026");
    expect(text).toContain("No incidents reported between 1 and 31 March 2026.");
    expect(text).toContain("No negotiation rounds reported between 1 and 31 March 2026.");
    expect(text).toContain("Page 1 of");
  });

  it("prints on US letter when asked", async () => {
    const letter = meta("2026-02-01", "2026-02-28", "letter");
    const file = writePdf("letter.pdf", await renderer.render(renderBriefHtml(dataset, letter, templates), letter));
    expect(infoField(pdfinfo(file), "Page size")).toContain("(letter)");
  });

  it("renders two briefs at once on the same browser", async () => {
    const ranges = [meta("2026-02-01", "2026-02-07"), meta("2025-06-01", "2025-06-30")];
    const pdfs = await Promise.all(ranges.map((m) => renderer.render(renderBriefHtml(dataset, m, templates), m)));
    const texts = pdfs.map((pdf, i) => flat(pdftotext(writePdf(`parallel-${i}.pdf`, pdf))));
    expect(texts[0]).toContain("Situation brief — 1–7 February 2026");
    expect(texts[1]).toContain("June 2025, day not reported");
  });
});

describe("accessibility", { timeout: 60_000 }, () => {
  it("passes axe-core with no serious or critical violation in Chromium, full and empty", async () => {
    const require = createRequire(import.meta.url);
    const axeSource: string = require("axe-core").source;
    const browser = await puppeteer.launch({ executablePath: resolveChromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });
    try {
      const page = await browser.newPage();
      // The brief's CSP forbids every script, axe included: lift it for the audit only.
      await page.setBypassCSP(true);
      for (const m of [meta("2026-02-01", "2026-02-28"), meta("2026-03-01", "2026-03-31")]) {
        await page.setContent(renderBriefHtml(dataset, m, templates), { waitUntil: "load" });
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          type AxeResult = { violations: { id: string; impact: string; nodes: unknown[] }[] };
          const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
          const result = await axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ["violations"] });
          return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
        });
        expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical"), m.range.from).toEqual([]);
      }
    } finally {
      await browser.close();
    }
  });
});

describe("launchPdfRenderer and resolveChromiumPath", { timeout: 60_000 }, () => {
  it("takes an environment override first, as given", () => {
    expect(resolveChromiumPath({ SITREP_CHROMIUM: "/opt/my/chrome", CHROME_PATH: "/other", PATH: "/usr/bin" })).toBe("/opt/my/chrome");
    expect(resolveChromiumPath({ PUPPETEER_EXECUTABLE_PATH: "/p/chrome", CHROME_PATH: "/other" })).toBe("/p/chrome");
  });

  it("looks on PATH before the well-known locations, and only at executables", () => {
    const bin = mkdtempSync(join(workDir, "bin-"));
    writeFileSync(join(bin, "chromium-browser"), "#!/bin/sh\n");
    writeFileSync(join(bin, "chromium"), "not executable");
    chmodSync(join(bin, "chromium-browser"), 0o755);
    expect(resolveChromiumPath({ PATH: bin })).toBe(join(bin, "chromium-browser"));
  });

  it("fails with a one-line install hint when the browser is not there", async () => {
    const error = await launchPdfRenderer({ executablePath: join(workDir, "no-chromium-here") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect((error as Error).message).toMatch(/apt-get install chromium/);
    expect((error as Error).message).toContain("SITREP_CHROMIUM");
    expect((error as Error).message).not.toContain("\n");
  });

  it("starts a new Chromium when the old one died between renders", async () => {
    const children = () =>
      new Set(
        execFileSync("ps", ["-o", "pid=,comm=", "--ppid", String(process.pid)], { encoding: "utf8" })
          .split("\n")
          .map((line) => line.trim().split(/\s+/))
          .filter(([pid, command]) => pid && command !== "ps")
          .map(([pid]) => pid!),
      );
    const before = children();
    const survivor = await launchPdfRenderer();
    try {
      const started = [...children()].filter((pid) => !before.has(pid));
      expect(started).toHaveLength(1);
      process.kill(Number(started[0]), "SIGKILL"); // our own child, by its id
      const m = meta("2026-02-01", "2026-02-07");
      // The dead browser is noticed when its connection drops; give it a moment, then render.
      for (let i = 0; i < 50 && children().has(started[0]!); i++) await new Promise((done) => setTimeout(done, 100));
      await new Promise((done) => setTimeout(done, 200));
      const file = writePdf("after-crash.pdf", await survivor.render(renderBriefHtml(dataset, m, templates), m));
      expect(flat(pdftotext(file))).toContain("Situation brief — 1–7 February 2026");
      // A new browser process serves the render: the old one was not somehow still in use.
      const now = children();
      expect(now.has(started[0]!)).toBe(false);
      expect([...now].filter((pid) => !before.has(pid))).toHaveLength(1);
    } finally {
      await survivor.close();
    }
  });

  it("turns a render that exceeds its budget into a RenderTimeoutError, and closes twice safely", async () => {
    const impatient = await launchPdfRenderer({ timeoutMs: 1 });
    try {
      const m = meta("2026-02-01", "2026-02-28");
      await expect(impatient.render(renderBriefHtml(dataset, m, templates), m)).rejects.toBeInstanceOf(RenderTimeoutError);
    } finally {
      await impatient.close();
      await impatient.close();
    }
    await expect(impatient.render("<html></html>", meta("2026-02-01", "2026-02-28"))).rejects.toThrow(/closed/);
  }, 60_000);
});
