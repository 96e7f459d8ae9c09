import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeCounts, renderArchiveIndex, renderAtomFeed, writeArchive } from "./archive.js";
import { type BriefManifest, briefFileName, MANIFEST_VERSION } from "./manifest.js";

function manifest(from: string, to: string, generatedAt: string, extra: Partial<BriefManifest> = {}): BriefManifest {
  const range = { from, to };
  return {
    manifestVersion: MANIFEST_VERSION,
    range,
    asOf: to,
    generatedAt,
    paper: "a4",
    counts: { documents: 4, actors: 12, rounds: 3, incidents: 4, sanctions: 3, discrepancies: 1 },
    inputs: { kind: "corpus", files: [] },
    template: { dir: "/templates", sha256: "0".repeat(64) },
    versions: { sitrep: "0.1.0", node: "v20.20.2", chromium: null },
    files: { html: briefFileName(range, "html"), pdf: briefFileName(range, "pdf") },
    fingerprint: "f",
    ...extra,
  };
}

const february = manifest("2026-02-01", "2026-02-07", "2026-02-07T06:00:00.000Z");
const march = manifest("2026-03-01", "2026-03-07", "2026-03-07T06:00:00.000Z");
const hostile = manifest("2026-02-08", "2026-02-14", "2026-02-14T06:00:00.000Z", {
  title: `<script>alert("x")</script> & "friends"`,
});

/** Every tag opened is closed in order: enough to catch a broken or unescaped document. */
function expectBalancedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
  const stack: string[] = [];
  for (const match of body.matchAll(/<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
  // No raw ampersand that is not an entity.
  expect(body).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
}

describe("archive index", () => {
  it("lists briefs newest period first, with links to each rendering", () => {
    const html = renderArchiveIndex([february, march, hostile]);
    const order = [march, hostile, february].map((brief) => html.indexOf(brief.files.html!));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain(`href="${february.files.pdf}"`);
    expect(html).toContain(describeCounts(february.counts));
  });

  it("escapes titles so a brief cannot inject markup", () => {
    const html = renderArchiveIndex([hostile]);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;friends&quot;");
  });

  it("is self-contained: no script and no external resource", () => {
    const html = renderArchiveIndex([february]);
    expect(html).not.toMatch(/<script|src=|https?:\/\//);
  });

  it("says so when there is no brief", () => {
    expect(renderArchiveIndex([])).toContain("No brief yet.");
  });
});

describe("Atom feed", () => {
  it("is well-formed Atom with the required feed and entry elements", () => {
    const xml = renderAtomFeed([february, march, hostile]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expectBalancedXml(xml);
    const head = xml.slice(0, xml.indexOf("<entry>"));
    expect(head).toMatch(/<id>[^<]+<\/id>/);
    expect(head).toMatch(/<title>[^<]+<\/title>/);
    expect(head).toContain("<updated>2026-03-07T06:00:00.000Z</updated>");
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      for (const element of ["id", "title", "updated", "summary"]) expect(entry).toMatch(new RegExp(`<${element}>[^<]+</${element}>`));
      expect(entry).toMatch(/<link rel="alternate" type="text\/html" href="[^"]+"\/>/);
    }
    // Newest period first, and entry ids are distinct.
    expect(entries[0]).toContain("2026-03-01");
    expect(entries[2]).toContain("2026-02-01");
    expect(new Set(entries.map((entry) => /<id>([^<]+)<\/id>/.exec(entry)?.[1])).size).toBe(3);
  });

  it("escapes titles in the feed", () => {
    const xml = renderAtomFeed([hostile]);
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;");
    expectBalancedXml(xml);
  });

  it("summarises each brief's counts", () => {
    const xml = renderAtomFeed([february]);
    expect(xml).toContain("<summary>3 rounds, 4 incidents, 3 sanctions, 1 discrepancy from 4 documents, 2026-02-01 to 2026-02-07.</summary>");
  });

  it("makes links absolute under a base URL", () => {
    const xml = renderAtomFeed([february], { baseUrl: "https://example.org/briefs" });
    expect(xml).toContain(`href="https://example.org/briefs/${february.files.html}"`);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/briefs/feed.xml"/>');
    expect(xml).toContain("<id>https://example.org/briefs/</id>");
  });

  it("gives an entry content when it has no rendering to link to", () => {
    const xml = renderAtomFeed([manifest("2026-02-01", "2026-02-07", "2026-02-07T06:00:00.000Z", { files: {} })]);
    expect(xml).toMatch(/<content type="text">[^<]+<\/content>/);
    expectBalancedXml(xml);
  });
});

describe("writeArchive", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "sitrep-archive-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("builds index and feed from the manifests in the directory, ignoring other JSON", async () => {
    await writeFile(join(dir, briefFileName(february.range, "json")), JSON.stringify(february));
    await writeFile(join(dir, briefFileName(march.range, "json")), JSON.stringify(march));
    await writeFile(join(dir, "sitrep-brief_other.json"), "{not json");
    await writeFile(join(dir, "package.json"), "{}");
    const paths = await writeArchive(dir);
    expect(paths).toEqual([join(dir, "index.html"), join(dir, "feed.xml")]);
    const feed = await readFile(join(dir, "feed.xml"), "utf8");
    expect([...feed.matchAll(/<entry>/g)]).toHaveLength(2);
    const index = await readFile(join(dir, "index.html"), "utf8");
    expect(index.indexOf(march.files.html!)).toBeLessThan(index.indexOf(february.files.html!));
  });
});
