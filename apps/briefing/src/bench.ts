/**
 * `pnpm bench`: how fast the brief renders, against the floor of the tools it stands on. A benchmark,
 * not a test: it prints figures and asserts nothing. Run after `pnpm --filter @sitrep/briefing build`.
 *
 *   1. Handlebars render of a ~10-page brief, after compile (and the whole renderBriefHtml).
 *   2. PDF with a warm browser vs bare Puppeteer (setContent + pdf on the same HTML, same browser build).
 *   3. 52 weekly briefs in one process (one browser, 2 pages at once) vs one process per brief.
 *   4. `sitrep build` on the seeds, whole process, vs bare `chromium --headless --print-to-pdf`.
 *
 * `node dist/bench.js --one <dataset.json> <from> <to> <out.pdf>` is the one-brief worker of (3).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Dataset, DateRange, Incident, Round, Sanction } from "@sitrep/domain";
import puppeteer from "puppeteer-core";
import { createFixtureDataset } from "./__fixtures__/dataset.js";
import { addDays } from "./render/_format.js";
import { CHROMIUM_ARGS } from "./render/_pdf.js";
import { buildBriefView } from "./render/_view-model.js";
import { type BriefMeta, launchPdfRenderer, loadTemplates, renderBriefHtml, resolveChromiumPath } from "./render/index.js";

const CLI = fileURLToPath(new URL("./cli.js", import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const REPO = fileURLToPath(new URL("../../../", import.meta.url));

const meta = (range: DateRange): BriefMeta => ({ range, asOf: range.to, generatedAt: new Date(), paper: "a4" });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function time<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

const ms = (n: number) => (n >= 100 ? `${n.toFixed(0)} ms` : n >= 1 ? `${n.toFixed(1)} ms` : `${(n * 1000).toFixed(0)} µs`);
const line = (label: string, value: string) => console.log(`  ${label.padEnd(58)} ${value}`);

/**
 * A year of news: the fixture's February events repeated every week of 2026 (same evidence, shifted
 * dates, new ids). Enough to fill a ~10-page four-week brief and 52 weekly ones.
 */
function createSyntheticYear(): Dataset {
  const base = createFixtureDataset();
  const shift = (date: string, weeks: number) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
    return addDays(date, weeks * 7 - 35); // 2026-02-06 → 2026-01-02 for week 0
  };
  const rounds: Round[] = [];
  const incidents: Incident[] = [];
  const sanctions: Sanction[] = [];
  const discrepancies: Dataset["discrepancies"] = [];
  for (let week = 0; week < 52; week++) {
    const clone = <T extends { id: string; date: string }>(event: T): T | undefined => {
      const date = shift(event.date, week);
      return date ? { ...event, id: `${event.id}:w${week}`, date } : undefined;
    };
    for (const round of base.rounds) if (round.date.startsWith("2026-02")) rounds.push(...[clone(round)].filter((r): r is Round => r !== undefined));
    for (const incident of base.incidents) if (incident.date.startsWith("2026-02")) incidents.push(...[clone(incident)].filter((r): r is Incident => r !== undefined));
    for (const sanction of base.sanctions) sanctions.push(...[clone(sanction)].filter((r): r is Sanction => r !== undefined));
    for (const discrepancy of base.discrepancies) discrepancies.push({ ...discrepancy, id: `${discrepancy.id}:w${week}`, recordId: `${discrepancy.recordId}:w${week}` });
  }
  return { ...base, rounds, incidents, sanctions, discrepancies };
}

function weeksOf2026(): DateRange[] {
  const weeks: DateRange[] = [];
  for (let i = 0; i < 52; i++) {
    const from = addDays("2025-12-29", i * 7);
    weeks.push({ from, to: addDays(from, 6) });
  }
  return weeks;
}

function pageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
}

/** Worker for the one-process-per-brief figure: everything a fresh `sitrep` process would do. */
async function renderOne(datasetFile: string, from: string, to: string, out: string): Promise<void> {
  const dataset = JSON.parse(readFileSync(datasetFile, "utf8")) as Dataset;
  const templates = await loadTemplates();
  const m = meta({ from, to });
  const renderer = await launchPdfRenderer();
  try {
    writeFileSync(out, await renderer.render(renderBriefHtml(dataset, m, templates), m));
  } finally {
    await renderer.close();
  }
}

async function main(): Promise<void> {
  const chromium = resolveChromiumPath();
  if (!chromium) throw new Error("could not run the benchmark - Chromium not found (apt-get install chromium, or set SITREP_CHROMIUM)");
  const work = mkdtempSync(join(tmpdir(), "sitrep-bench-"));
  const started = performance.now();
  console.log(`sitrep briefing bench — Node ${process.version}, ${chromium}`);

  try {
    const year = createSyntheticYear();
    const templates = await loadTemplates();
    const fourWeeks = meta({ from: "2026-03-02", to: "2026-03-29" });
    const html = renderBriefHtml(year, fourWeeks, templates);

    // 1. Handlebars render after compile.
    const view = buildBriefView(year, fourWeeks);
    const context = { ...view, css: templates.css };
    for (let i = 0; i < 50; i++) templates.layout(context);
    const templateTimes: number[] = [];
    const fullTimes: number[] = [];
    for (let i = 0; i < 300; i++) templateTimes.push((await time(() => templates.layout(context)))[0]);
    for (let i = 0; i < 100; i++) fullTimes.push((await time(() => renderBriefHtml(year, fourWeeks, templates)))[0]);

    const renderer = await launchPdfRenderer();
    const probe = await renderer.render(html, fourWeeks);
    console.log(`\n1. HTML render of a ${pageCount(probe)}-page brief (${view.counts.rounds + view.counts.incidents + view.counts.sanctions} events, ${view.counts.notes} notes, ${(html.length / 1024).toFixed(0)} KiB), median`);
    line("Handlebars layout + partials, after compile (target ≤ 1 ms)", ms(median(templateTimes)));
    line("renderBriefHtml: select range + view model + templates", ms(median(fullTimes)));

    // 2. Warm PDF vs the bare Puppeteer floor, alternating so both see the same machine load.
    const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: [...CHROMIUM_ARGS] });
    const page = await browser.newPage();
    const bare = async () => {
      await page.setContent(html, { waitUntil: "load" });
      return page.pdf({ format: "a4", printBackground: true });
    };
    await bare();
    const oursTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let i = 0; i < 12; i++) {
      oursTimes.push((await time(() => renderer.render(html, fourWeeks)))[0]);
      bareTimes.push((await time(bare))[0]);
    }
    await browser.close();
    const ours = median(oursTimes);
    const floor = median(bareTimes);
    console.log("\n2. PDF of the same brief, warm browser, median of 12 (alternating)");
    line("PdfRenderer.render (header/footer, outline, tagged, Info)", ms(ours));
    line("bare page.setContent + page.pdf", ms(floor));
    line("ratio (target ≤ 1.2×)", `${(ours / floor).toFixed(2)}×`);

    // 3. 52 weekly briefs: one process, 2 at a time, vs one process per brief (a few, extrapolated).
    const weeks = weeksOf2026();
    const [inProcess] = await time(async () => {
      const queue = [...weeks];
      const worker = async () => {
        for (let range = queue.shift(); range; range = queue.shift()) {
          const m = meta(range);
          writeFileSync(join(work, `week-${range.from}.pdf`), await renderer.render(renderBriefHtml(year, m, templates), m));
        }
      };
      await Promise.all([worker(), worker()]);
    });
    await renderer.close();
    const datasetFile = join(work, "year.json");
    writeFileSync(datasetFile, JSON.stringify(year));
    const sampled = [weeks[9]!, weeks[26]!, weeks[40]!];
    const perProcess = sampled.map((range) => {
      const start = performance.now();
      const run = spawnSync(process.execPath, [SELF, "--one", datasetFile, range.from, range.to, join(work, `one-${range.from}.pdf`)], { stdio: "inherit" });
      if (run.status !== 0) throw new Error(`could not run the one-brief worker - exit ${run.status}`);
      return performance.now() - start;
    });
    const perProcessTotal = median(perProcess) * 52;
    console.log("\n3. 52 weekly briefs of 2026 (HTML + PDF)");
    line("one process, one browser, 2 pages at once", ms(inProcess));
    line(`one process per brief: ${sampled.length} run, median × 52 (extrapolated)`, `${ms(perProcessTotal)} (${ms(median(perProcess))} each)`);
    line("speed-up (target ≥ 3×)", `${(perProcessTotal / inProcess).toFixed(1)}×`);

    // 4. `sitrep build` on the seeds vs bare chromium --print-to-pdf of the same HTML.
    console.log("\n4. `sitrep build` on seeds/ (whole process) vs bare chromium --headless --print-to-pdf, median of 3");
    if (!existsSync(CLI)) {
      line("sitrep CLI", `not built at ${CLI}; skipped`);
    } else {
      const buildTimes: number[] = [];
      const out = join(work, "build");
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        const run = spawnSync(process.execPath, [CLI, "build", "--corpus", join(REPO, "seeds"), "--out", out], { cwd: REPO, encoding: "utf8" });
        buildTimes.push(performance.now() - start);
        if (run.status !== 0) throw new Error(`could not run sitrep build - exit ${run.status}: ${run.stderr.trim().split("\n")[0]}`);
      }
      const htmlFile = execFileSync("find", [out, "-name", "*.html"], { encoding: "utf8" }).trim().split("\n")[0]!;
      const chromeTimes: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        execFileSync(chromium, ["--headless", ...CHROMIUM_ARGS, `--print-to-pdf=${join(work, "bare.pdf")}`, "--no-pdf-header-footer", `file://${htmlFile}`], {
          stdio: "ignore",
        });
        chromeTimes.push(performance.now() - start);
      }
      line("sitrep build --corpus seeds (parse + HTML + PDF + manifest)", ms(median(buildTimes)));
      line("chromium --headless --print-to-pdf of its HTML", ms(median(chromeTimes)));
      line("ratio (target ≤ 1.5×)", `${(median(buildTimes) / median(chromeTimes)).toFixed(2)}×`);
    }
    console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--one") {
  const [datasetFile, from, to, out] = process.argv.slice(3) as [string, string, string, string];
  await renderOne(datasetFile, from, to, out);
} else {
  await main();
}
