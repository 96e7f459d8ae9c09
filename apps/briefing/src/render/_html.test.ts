import { beforeAll, describe, expect, it } from "vitest";
import { createFixtureDataset, createHostileDataset, HOSTILE_ATTR, HOSTILE_SCRIPT } from "../__fixtures__/dataset.js";
import { escapeHtml } from "./_format.js";
import { renderBriefHtml } from "./_html.js";
import { loadTemplates, type Templates } from "./_templates.js";
import type { BriefMeta } from "./_types.js";

const meta = (from: string, to: string): BriefMeta => ({ range: { from, to }, asOf: to, generatedAt: new Date("2026-03-01T08:00:00Z"), paper: "a4" });

/** The page's visible text, roughly: tags dropped, entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<\/?(?:p|div|dt|dd|li|td|th|tr|h\d|ul|ol|dl|table|section|header|article|figure|nav|title|desc|text)\b[^>]*>/g, " ")
    .replace(/<q>|<\/q>/g, '"')
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

let templates: Templates;
let february: string;
beforeAll(async () => {
  templates = await loadTemplates();
  february = renderBriefHtml(createFixtureDataset(), meta("2026-02-01", "2026-02-28"), templates);
});

describe("renderBriefHtml", () => {
  it("is an English document with one h1 and an h2 per section, in order", () => {
    expect(february).toMatch(/^<!DOCTYPE html>\s*<html lang="en">/);
    expect(february.match(/<h1[ >]/g)).toHaveLength(1);
    const h2 = [...february.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(h2).toEqual(["Key developments", "Timeline", "Negotiation rounds", "Incidents", "Sanctions", "Sources disagree", "Who’s who", "Sources", "Notes"]);
  });

  it("has the title block: range, cutoff, generation time and number of sources", () => {
    const text = textOf(february);
    expect(text).toContain("Situation brief — 1–28 February 2026");
    expect(text).toContain("Information cutoff 28 February 2026");
    expect(text).toContain("Generated 1 March 2026, 08:00 UTC");
    expect(text).toContain("Sources 2 documents");
  });

  it("is self-contained: no script, no external stylesheet, image or font, and a CSP that forbids loading any", () => {
    expect(february).not.toMatch(/<script|<link|<img|<iframe|@import|@font-face|url\((?!#)/i);
    expect(february).not.toMatch(/\ssrc=/i);
    expect(february).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(february).toContain("<svg");
  });

  it("marks a coarse date and words planned events as planned", () => {
    const text = textOf(february);
    expect(text).toContain("February 2026, day not reported");
    expect(text).toContain("about 9–13 February 2026, exact days not reported");
    expect(february).toContain(`<span class="qualifier">planned</span>`);
  });

  it("links every endnote reference to a note that exists, and every note back to a citation that exists", () => {
    const ids = new Set([...february.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const hrefs = [...february.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(50);
    for (const href of hrefs) expect(ids.has(href), `#${href} has a target`).toBe(true);
    expect(hrefs).toContain("note-1");
    expect(hrefs).toContain("ref-1-1");
  });

  it("quotes the evidence exactly in the notes", () => {
    expect(textOf(february)).toContain(
      `"On February 3, an F-35C fighter jet launched from the USS Abraham Lincoln shot down an Iranian Shahed-139 drone that approached the carrier strike group in the Arabian Sea." — S2, 9 February 2026.`,
    );
  });

  it("renders a complete, honest brief for a range with nothing in it", () => {
    const html = renderBriefHtml(createFixtureDataset(), meta("2026-03-01", "2026-03-31"), templates);
    const text = textOf(html);
    for (const sentence of [
      "No negotiation rounds, incidents or sanctions reported between 1 and 31 March 2026.",
      "No incidents reported between 1 and 31 March 2026.",
      "No negotiation rounds reported between 1 and 31 March 2026.",
      "No sanctions or tariff measures reported between 1 and 31 March 2026.",
      "No disagreements between sources on events reported between 1 and 31 March 2026.",
    ]) {
      expect(text).toContain(sentence);
    }
    expect(html.match(/<h2[ >]/g)).toHaveLength(9);
  });
});

describe("renderBriefHtml with hostile article text", () => {
  let html: string;
  beforeAll(() => {
    html = renderBriefHtml(createHostileDataset(), meta("2026-02-01", "2026-02-28"), templates);
  });

  it("never emits the raw markup, in the HTML or in the SVG", () => {
    expect(html).not.toContain(HOSTILE_SCRIPT);
    expect(html).not.toContain(HOSTILE_ATTR);
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/<script/i);
    const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>"));
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain(`"><img`);
  });

  it("shows it as text, escaped, in every place it came in", () => {
    // Handlebars escapes = and ` too; the SVG and helpers use the minimal set. Both are inert.
    const handlebarsAttr = "&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;";
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain(handlebarsAttr);
    const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>"));
    expect(svg).toContain(escapeHtml("Round in <script>alert(1)</script>"));
    const text = textOf(html.replace(/&#x3D;/g, "="));
    expect(text.split(HOSTILE_SCRIPT).length).toBeGreaterThan(5);
    expect(text.split(HOSTILE_ATTR).length).toBeGreaterThan(5);
  });

  it("does not make a javascript: link clickable", () => {
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain("javascript:alert(1)");
  });
});
