import { join } from "node:path";
import { formatFuzzyDate } from "@sitrep/domain";
import { type BriefManifest, listManifests, type RecordCounts } from "./manifest.js";
import { writeFileAtomic } from "./write.js";

/**
 * The archive of a brief directory: `index.html` (every brief, newest period first) and `feed.xml`
 * (Atom), both rebuilt from the manifests beside the briefs, so that the directory is its own truth.
 */

export interface ArchiveOptions {
  /** Feed and page title. */
  title?: string;
  /** Absolute URL the directory is published at; links stay relative without it. */
  baseUrl?: string;
  /** The feed's `updated` when it has no entry. */
  now?: Date;
}

const DEFAULT_TITLE = "sitrep situation briefs";

/** Newest period first: by last day, then first day, then when the brief was made. */
export function sortBriefs(briefs: BriefManifest[]): BriefManifest[] {
  return [...briefs].sort(
    (a, b) =>
      b.range.to.localeCompare(a.range.to) || b.range.from.localeCompare(a.range.from) || b.generatedAt.localeCompare(a.generatedAt),
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** XML 1.0 also forbids most control characters, which no escape can carry: they are dropped. */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ""));
}

/** "1–7 February 2026", from the range's two days. */
export function describeRange(range: BriefManifest["range"]): string {
  return range.from === range.to ? formatFuzzyDate(range.from) : formatFuzzyDate(`${range.from}/${range.to}`);
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "3 rounds, 4 incidents, 3 sanctions, 1 discrepancy from 4 documents". */
export function describeCounts(counts: RecordCounts): string {
  return (
    `${plural(counts.rounds, "round")}, ${plural(counts.incidents, "incident")}, ${plural(counts.sanctions, "sanction")}, ` +
    `${plural(counts.discrepancies, "discrepancy", "discrepancies")} from ${plural(counts.documents, "document")}`
  );
}

function briefTitle(brief: BriefManifest): string {
  return brief.title ?? `Situation brief, ${describeRange(brief.range)}`;
}

function link(baseUrl: string | undefined, file: string): string {
  const encoded = encodeURIComponent(file);
  return baseUrl ? new URL(encoded, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).href : encoded;
}

/** A self-contained page (no script, no external asset) listing the briefs. */
export function renderArchiveIndex(briefs: BriefManifest[], options: ArchiveOptions = {}): string {
  const title = escapeHtml(options.title ?? DEFAULT_TITLE);
  const rows = sortBriefs(briefs).map((brief) => {
    const files = [
      brief.files.html ? `<a href="${escapeHtml(link(undefined, brief.files.html))}">HTML</a>` : "",
      brief.files.pdf ? `<a href="${escapeHtml(link(undefined, brief.files.pdf))}">PDF</a>` : "",
    ].filter((item) => item !== "");
    return [
      "    <li>",
      `      <h2>${escapeHtml(briefTitle(brief))}</h2>`,
      `      <p class="period"><time datetime="${escapeHtml(brief.range.from)}">${escapeHtml(brief.range.from)}</time> to <time datetime="${escapeHtml(brief.range.to)}">${escapeHtml(brief.range.to)}</time></p>`,
      `      <p>${escapeHtml(describeCounts(brief.counts))}. Made <time datetime="${escapeHtml(brief.generatedAt)}">${escapeHtml(brief.generatedAt)}</time>.</p>`,
      `      <p>${files.join(" · ") || "no rendering"}</p>`,
      "    </li>",
    ].join("\n");
  });
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="alternate" type="application/atom+xml" href="feed.xml" title="${title}">
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
    ol { list-style: none; padding: 0; }
    li { border-top: 1px solid #ccc; padding: 0.75rem 0; }
    h2 { font-size: 1.1rem; margin: 0; }
    p { margin: 0.2rem 0; }
    .period { color: #444; }
  </style>
</head>
<body>
  <h1>${title}</h1>
  <p><a href="feed.xml">Atom feed</a></p>
  ${rows.length === 0 ? "<p>No brief yet.</p>" : `<ol>\n${rows.join("\n")}\n  </ol>`}
</body>
</html>
`;
}

/** An Atom 1.0 feed (RFC 4287) with one entry per brief, newest first. */
export function renderAtomFeed(briefs: BriefManifest[], options: ArchiveOptions = {}): string {
  const sorted = sortBriefs(briefs);
  const title = escapeXml(options.title ?? DEFAULT_TITLE);
  const updated = sorted.map((brief) => brief.generatedAt).sort().at(-1) ?? (options.now ?? new Date()).toISOString();
  const base = options.baseUrl ? link(options.baseUrl, "") : undefined;
  const feedId = base ?? "urn:sitrep:briefs";
  const entries = sorted.map((brief) => {
    const file = brief.files.html ?? brief.files.pdf;
    const href = file ? `\n    <link rel="alternate" type="${brief.files.html ? "text/html" : "application/pdf"}" href="${escapeXml(link(options.baseUrl, file))}"/>` : "";
    const pdf = brief.files.html && brief.files.pdf ? `\n    <link rel="enclosure" type="application/pdf" href="${escapeXml(link(options.baseUrl, brief.files.pdf))}"/>` : "";
    const summary = escapeXml(`${describeCounts(brief.counts)}, ${brief.range.from} to ${brief.range.to}.`);
    // Atom requires content when an entry has no alternate link.
    const content = file ? "" : `\n    <content type="text">${summary}</content>`;
    return `  <entry>
    <id>urn:sitrep:brief:${escapeXml(brief.range.from)}:${escapeXml(brief.range.to)}</id>
    <title>${escapeXml(briefTitle(brief))}</title>
    <updated>${escapeXml(brief.generatedAt)}</updated>${href}${pdf}
    <summary>${summary}</summary>${content}
  </entry>`;
  });
  const self = base ? `\n  <link rel="self" type="application/atom+xml" href="${escapeXml(link(options.baseUrl, "feed.xml"))}"/>` : "";
  const alternate = base ? `\n  <link rel="alternate" type="text/html" href="${escapeXml(link(options.baseUrl, "index.html"))}"/>` : "";
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feedId)}</id>
  <title>${title}</title>
  <updated>${escapeXml(updated)}</updated>
  <author><name>sitrep</name></author>${self}${alternate}
${entries.join("\n")}
</feed>
`;
}

/** Rewrites `index.html` and `feed.xml` in a brief directory from its manifests; returns their paths. */
export async function writeArchive(dir: string, options: ArchiveOptions = {}): Promise<string[]> {
  const briefs = await listManifests(dir);
  return [
    await writeFileAtomic(join(dir, "index.html"), renderArchiveIndex(briefs, options)),
    await writeFileAtomic(join(dir, "feed.xml"), renderAtomFeed(briefs, options)),
  ];
}
