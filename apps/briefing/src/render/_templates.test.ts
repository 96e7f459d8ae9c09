import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createFixtureDataset } from "../__fixtures__/dataset.js";
import { renderBriefHtml } from "./_html.js";
import { DEFAULT_TEMPLATE_DIR, loadTemplates, TemplateError } from "./_templates.js";
import type { BriefMeta } from "./_types.js";

const meta: BriefMeta = { range: { from: "2026-02-01", to: "2026-02-28" }, asOf: "2026-02-28", generatedAt: new Date("2026-03-01T08:00:00Z"), paper: "a4" };

const dirs: string[] = [];
function templateDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-templates-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function expectTemplateError(promise: Promise<unknown>): Promise<TemplateError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TemplateError);
  return error as TemplateError;
}

describe("loadTemplates", () => {
  it("finds the default templates beside src/ (and so beside dist/)", async () => {
    const templates = await loadTemplates();
    expect(templates.files.layout).toBe(join(DEFAULT_TEMPLATE_DIR, "layout.hbs"));
    expect(Object.keys(templates.files.partials)).toEqual(
      expect.arrayContaining(["title", "key-developments", "timeline", "rounds", "incidents", "sanctions", "discrepancies", "whos-who", "sources", "endnotes"]),
    );
  });

  it("overrides one partial and keeps every other default", async () => {
    const dir = templateDir({ "partials/incidents.hbs": `<section id="incidents"><h2>Incidents, custom</h2><p>{{plural incidents.length "custom incident"}}</p></section>` });
    const templates = await loadTemplates(dir);
    expect(templates.files.partials.incidents).toBe(join(dir, "partials/incidents.hbs"));
    expect(templates.files.layout).toBe(join(DEFAULT_TEMPLATE_DIR, "layout.hbs"));
    const html = renderBriefHtml(createFixtureDataset(), meta, templates);
    expect(html).toContain("<h2>Incidents, custom</h2><p>4 custom incidents</p>");
    expect(html).toContain(`<h2 id="rounds-h">Negotiation rounds</h2>`);
  });

  it("takes a stylesheet alone, and a top-level partial file, from the override directory", async () => {
    const dir = templateDir({ "brief.css": "body { color: rebeccapurple; }", "sources.hbs": "<p>my sources</p>" });
    const html = renderBriefHtml(createFixtureDataset(), meta, await loadTemplates(dir));
    expect(html).toContain("body { color: rebeccapurple; }");
    expect(html).not.toContain("--ink");
    expect(html).toContain("<p>my sources</p>");
  });

  it("names the file and line of a syntax error", async () => {
    const dir = templateDir({ "partials/rounds.hbs": "<section>\n<h2>Rounds</h2>\n{{#each rounds}}\n<p>{{title}</p>\n{{/each}}\n</section>\n" });
    const error = await expectTemplateError(loadTemplates(dir));
    expect(error.file).toBe(join(dir, "partials/rounds.hbs"));
    expect(error.line).toBe(4);
    expect(error.message).toContain(`${join(dir, "partials/rounds.hbs")}:4`);
  });

  it("names the file and line of a block closed by the wrong name", async () => {
    const dir = templateDir({ "layout.hbs": "<html>\n<body>\n{{#if title}}\n<h1>{{title}}</h1>\n{{/each}}\n</body></html>\n" });
    const error = await expectTemplateError(loadTemplates(dir));
    expect(error.file).toBe(join(dir, "layout.hbs"));
    expect(error.line).toBe(3);
  });

  it("rejects a directory with no template in it, so a mistyped path is not silently ignored", async () => {
    const dir = templateDir({ "README.txt": "nothing here" });
    const error = await expectTemplateError(loadTemplates(dir));
    expect(error.message).toContain("found none");
    await expectTemplateError(loadTemplates(join(dir, "missing")));
  });

  it("names the partial a render-time error happened in, not the layout", async () => {
    const dir = templateDir({ "partials/sanctions.hbs": "<section>\n{{#each}}x{{/each}}\n</section>" });
    const templates = await loadTemplates(dir);
    let error: unknown;
    try {
      renderBriefHtml(createFixtureDataset(), meta, templates);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).file).toBe(join(dir, "partials/sanctions.hbs"));
  });

  it("reports a missing partial at render time as a TemplateError on the layout", async () => {
    const dir = templateDir({ "layout.hbs": "<html><body>{{> no-such-section}}</body></html>" });
    const templates = await loadTemplates(dir);
    expect(() => renderBriefHtml(createFixtureDataset(), meta, templates)).toThrow(TemplateError);
  });
});
