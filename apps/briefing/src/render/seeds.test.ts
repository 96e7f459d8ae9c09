/**
 * End to end on the real seeds: @sitrep/parser reads the four articles, the brief for February 2026 is
 * rendered to PDF in Chromium and read back with pdftotext. Uses the parser's built `dist/`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Dataset } from "@sitrep/domain";
import { parseCorpus, readCorpus } from "@sitrep/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderBriefHtml } from "./_html.js";
import { launchPdfRenderer, type PdfRenderer } from "./_pdf.js";
import { loadTemplates } from "./_templates.js";
import type { BriefMeta } from "./_types.js";

const SEEDS = fileURLToPath(new URL("../../../../seeds/", import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), "sitrep-seeds-test-"));
const february: BriefMeta = { range: { from: "2026-02-01", to: "2026-02-28" }, asOf: "2026-02-28", generatedAt: new Date("2026-03-01T08:00:00Z"), paper: "a4" };

let renderer: PdfRenderer;
let dataset: Dataset;
let html: string;
let pdfFile: string;
let text: string;

beforeAll(async () => {
  const files = readdirSync(SEEDS)
    .filter((f) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(f))
    .map((f) => join(SEEDS, f));
  const { inputs, errors } = readCorpus(files);
  expect(errors).toEqual([]);
  dataset = parseCorpus(inputs);
  html = renderBriefHtml(dataset, february, await loadTemplates());
  renderer = await launchPdfRenderer();
  pdfFile = join(workDir, "seeds-february.pdf");
  writeFileSync(pdfFile, await renderer.render(html, february));
  text = execFileSync("pdftotext", [pdfFile, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}, 60_000);

afterAll(async () => {
  await renderer?.close();
  rmSync(workDir, { recursive: true, force: true });
});

/** The HTML of one section, by its id. */
function section(id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  return html.slice(start, html.indexOf("</section>", start));
}

describe("the February 2026 brief of the four seeds", { timeout: 60_000 }, () => {
  it("contains the 6 February round in Muscat", () => {
    expect(text).toMatch(/Talks held in Muscat on 6 February 2026/);
    expect(section("rounds")).toContain("6 February 2026");
  });

  it("contains both 3 February incidents", () => {
    expect(text).toContain("Drone shoot-down in the Arabian Sea on 3 February 2026");
    expect(text).toContain("Vessel harassment in the Strait of Hormuz on 3 February 2026");
  });

  it("contains the designations and the tariff order", () => {
    const sanctions = section("sanctions");
    expect(sanctions).toContain("15 entities, 2 individuals and 14 vessels");
    expect(sanctions).toContain("Tariff");
  });

  it("shows the sources' disagreement on the tariff order", () => {
    const disagree = section("sources-disagree");
    expect(disagree).not.toContain(`class="empty"`);
    expect(disagree).toContain("Tariff");
    expect(text).not.toContain("disagree on the whether");
  });

  it("leaves out the 21 June round, which is outside the range", () => {
    expect(text).not.toContain("21 June 2026");
    expect(text).not.toMatch(/seventh round/i);
  });

  it("runs over at least two pages with the running header and the page footer", () => {
    const pages = Number(/^Pages:\s*(\d+)/m.exec(execFileSync("pdfinfo", [pdfFile], { encoding: "utf8" }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain("Situation brief — 1–28 February 2026");
    expect(text).toContain(`Page 2 of ${pages}`);
  });
});
