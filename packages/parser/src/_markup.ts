/**
 * Markdown and HTML → plain text with one paragraph per line, plus the metadata those formats carry.
 * What comes out still goes through `normaliseText`; nothing here decides what the stored text is.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parse as parseYaml } from "yaml";
import { MONTH_PATTERN, URL_DATE } from "./_lexicon.js";
import { findUrls } from "./_normalise.js";

export interface Markup {
  /** Plain text, one paragraph (or heading, or list item) per line, without the title. */
  text: string;
  title?: string;
  /** Publication date as the metadata writes it (ISO timestamp, "2031-03-04", "March 4, 2031"…). */
  published?: string;
  outlet?: string;
  byline?: string;
  url?: string;
  /** Link targets (`[text](url)`, `<a href>`), in order of appearance. */
  links: string[];
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  if (typeof value === "number") return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((part): part is string => part !== undefined);
    return parts.length > 0 ? parts.join(", ") : undefined;
  }
  if (typeof value === "object" && value !== null && "name" in value) return asText((value as { name: unknown }).name);
  return undefined;
}

export function isHttpUrl(value: string | undefined): value is string {
  if (value === undefined) return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** `key: value`, the key at the start of the line. */
const SIMPLE_ENTRY = /^([A-Za-z_][A-Za-z0-9_-]*): (.+)$/;
/** Keys the core schema reads as null or a boolean: two of them can be one key. */
const NOT_A_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/** Quoted without escapes, printable characters only. */
const DOUBLE_QUOTED = /^"([^"\\\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]*)"$/;
const SINGLE_QUOTED = /^'([^'\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]*)'$/;
/**
 * A plain scalar that YAML reads as written: it starts with a letter or a digit, has only printable
 * characters but tabs, no comment (" #"), no mapping indicator (": ", or ":" at its end) and no flow
 * indicator (",[]{}").
 */
const PLAIN = /^[\p{L}\p{N}](?:[^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff#:,[\]{}]|:(?! |$)|(?<! )#)*(?<![ :])$/u;
/** An item of a flow list, stricter still: no ":" and no "#" at all. */
const PLAIN_ITEM = /^[\p{L}\p{N}][^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff#:,[\]{}]*(?<! )$/u;
/** Plain scalars the core schema may read as null, a boolean or a number (a superset: anything number-like). */
const NOT_A_STRING = /^(?:[-+.\d]|(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$)/;
/** Dates and timestamps, which YAML 1.2's core schema keeps as strings. */
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

function isStringScalar(value: string, pattern: RegExp): boolean {
  return pattern.test(value) && (!NOT_A_STRING.test(value) || DATE_LIKE.test(value));
}

/**
 * Front matter in the shape nearly all of it has - one `key: value` per line, values quoted without
 * escapes, plain strings and dates, or flow lists of plain words - read as the YAML parser reads it;
 * undefined for anything else, which then goes to the parser. The parser was most of the cost of
 * reading a Markdown article.
 */
function readSimpleFrontMatter(yamlText: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = Object.create(null);
  for (const line of yamlText.split("\n")) {
    const entry = SIMPLE_ENTRY.exec(line);
    // A repeated key is an error for the parser.
    if (!entry || NOT_A_STRING_KEY.test(entry[1]!) || entry[1]! in data) return undefined;
    const raw = entry[2]!;
    const value = DOUBLE_QUOTED.exec(raw)?.[1] ?? SINGLE_QUOTED.exec(raw)?.[1] ?? (raw.startsWith("[") ? readFlowList(raw) : isStringScalar(raw, PLAIN) ? raw : undefined);
    if (value === undefined) return undefined;
    data[entry[1]!] = value;
  }
  return data;
}

function readFlowList(raw: string): string[] | undefined {
  if (!raw.endsWith("]")) return undefined;
  const items = raw.slice(1, -1).split(",").map((item) => item.trim());
  return items.every((item) => isStringScalar(item, PLAIN_ITEM)) ? items : undefined;
}

/** Reads the YAML front matter fields sitrep uses: title, published/date, source/url, outlet, author. */
function readFrontMatter(yamlText: string): Omit<Markup, "text" | "links"> {
  let data: unknown = readSimpleFrontMatter(yamlText);
  if (data === undefined) {
    try {
      data = parseYaml(yamlText);
    } catch {
      // Broken front matter is treated as absent rather than losing the article.
      return {};
    }
  }
  if (typeof data !== "object" || data === null) return {};
  const field = (...names: string[]) => {
    for (const name of names) {
      const value = asText((data as Record<string, unknown>)[name]);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const meta: Omit<Markup, "text" | "links"> = {};
  const title = field("title", "headline");
  const published = field("published", "date", "publishedAt", "published_at", "pubDate", "datePublished");
  const outlet = field("outlet", "publisher", "site", "site_name");
  const byline = field("author", "authors", "byline");
  const source = field("source", "url", "link", "canonical");
  if (title !== undefined) meta.title = title;
  if (published !== undefined) meta.published = published;
  if (byline !== undefined) meta.byline = byline;
  if (isHttpUrl(source)) meta.url = source;
  const outletFromSource = source !== undefined && !isHttpUrl(source) ? source : undefined;
  if (outlet !== undefined || outletFromSource !== undefined) meta.outlet = (outlet ?? outletFromSource)!;
  return meta;
}

/** Inline Markdown → text; link targets are collected. */
function stripInlineMarkdown(line: string, links: string[]): string {
  return line
    .replace(/!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))+(?:\s+"[^"]*")?\)/g, "$1")
    .replace(/\[([^\]]+)\]\(<?((?:[^()\s<>]|\([^()]*\))+)>?(?:\s+"[^"]*")?\)/g, (_m, text: string, url: string) => {
      links.push(url);
      return text;
    })
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(?<![\w*\\])\*(?=\S)([^*\n]*?)(?<=\S)\*(?![\w*])/g, "$1")
    .replace(/(?<![\w\\])_(?=\S)([^_\n]*?)(?<=\S)_(?!\w)/g, "$1")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1");
}

/**
 * Reads a Markdown article: YAML front matter for metadata, then blocks → one line each (paragraphs
 * unwrapped, headings and list items on their own line, rules and fences dropped). The first `#`
 * heading is the title when the front matter has none.
 */
export function readMarkdown(content: string): Markup {
  let body = content.replace(/\r\n?/g, "\n");
  let meta: Omit<Markup, "text" | "links"> = {};
  const frontMatter = FRONT_MATTER.exec(body);
  if (frontMatter) {
    meta = readFrontMatter(frontMatter[1]!);
    body = body.slice(frontMatter[0].length);
  }
  const links: string[] = [];
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(stripInlineMarkdown(paragraph.join(" "), links));
    paragraph = [];
  };
  let inFence = false;
  let title = meta.title;
  const lines = body.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (/^\s*(```|~~~)/.test(raw)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (raw.trim() !== "") blocks.push(raw.trim());
      continue;
    }
    let line = raw.replace(/^\s{0,3}(?:>\s?)+/, "").trimEnd();
    const reference = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(line);
    if (reference) {
      links.push(reference[1]!);
      continue;
    }
    if (line.trim() === "") {
      flush();
      continue;
    }
    // Setext heading underline, or a thematic break.
    if (/^\s*=+\s*$/.test(line) || (/^\s*-+\s*$/.test(line) && paragraph.length > 0)) {
      const heading = paragraph.join(" ");
      paragraph = [];
      if (title === undefined && blocks.length === 0) title = stripInlineMarkdown(heading, links);
      else blocks.push(stripInlineMarkdown(heading, links));
      continue;
    }
    if (/^\s*([-*_])(?:\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (heading) {
      flush();
      const text = stripInlineMarkdown(heading[2]!, links);
      if (title === undefined && heading[1] === "#" && blocks.length === 0) title = text;
      else if (text !== "" && text !== title) blocks.push(text);
      continue;
    }
    if (/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line) && line.includes("|")) continue;
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const ordered = /^\s*(\d+)[.)]\s+(.*)$/.exec(line);
    if (bullet || ordered) {
      flush();
      paragraph.push(bullet ? `- ${bullet[1]}` : `${ordered![1]}. ${ordered![2]}`);
      continue;
    }
    if (line.trimStart().startsWith("|")) {
      flush();
      line = line.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim()).join(" | ");
      blocks.push(stripInlineMarkdown(line, links));
      continue;
    }
    paragraph.push(line.trim().replace(/\\$/, ""));
  }
  flush();
  const markup: Markup = { ...meta, text: blocks.join("\n"), links: links.filter(isHttpUrl) };
  if (title !== undefined && title !== "") markup.title = title;
  return markup;
}

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE",
  "TD", "TH", "TR", "UL",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "NAV", "FORM", "BUTTON", "IFRAME"]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** Walks an element into lines of text; `<a href>` targets are collected. */
function htmlToLines(root: DomNode, links: string[], base: string | undefined): string[] {
  const lines: string[] = [];
  let current = "";
  const breakLine = () => {
    const line = current.replace(/\s+/g, " ").trim();
    if (line !== "") lines.push(line);
    current = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "BR") {
      breakLine();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) breakLine();
    if (tag === "LI") current += "- ";
    if (tag === "A") {
      const href = node.getAttribute?.("href");
      if (href) {
        try {
          const url = new URL(href, base).toString();
          if (isHttpUrl(url)) links.push(url);
        } catch {
          // A malformed href is not a link worth keeping.
        }
      }
    }
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) breakLine();
  };
  walk(root);
  breakLine();
  return lines;
}

/** "By Lina Haddad, Beirut · 28 December 2021" → "Lina Haddad, Beirut": the names, without the date. */
function cleanByline(byline: string): string | undefined {
  const segments = byline
    .replace(/\s+/g, " ")
    .trim()
    .split(/\s+[|·•]\s+/)
    .filter((segment) => !/\d/.test(segment));
  const names = segments.join(", ").replace(/^by\s+/i, "").trim();
  return names === "" ? undefined : names;
}

/** A whole date in a byline segment, as pages print it: "Jul 6, 2023", "6 July 2023", "2023-07-06". */
const BYLINE_DATE = new RegExp(String.raw`^(?:(?:published|posted)(?:\s+on)?\s*:?\s*)?((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:${MONTH_PATTERN}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH_PATTERN},?\s+\d{4})|\d{4}-\d{2}-\d{2})$`, "i");

/**
 * The date a byline prints beside the author ("By Jane Doe · Jul 6, 2023"): the page's visible
 * publication date when it has no metadata. Not an update's ("Updated Jul 7, 2023" is no segment that is only a date).
 */
function dateOfByline(byline: string): string | undefined {
  for (const segment of byline.replace(/\s+/g, " ").trim().split(/\s+[|·•—–-]\s+/)) {
    const date = BYLINE_DATE.exec(segment.trim())?.[1];
    if (date !== undefined) return date;
  }
  return undefined;
}

/**
 * The date a page shows in an element it marks as one (`<p class="insight-date">October 2, 2025</p>`, `<span
 * class="post-date">`): its text, when that is a whole date and nothing else. Not an update's or a modification's.
 */
function shownDate(document: { querySelectorAll(selector: string): Iterable<{ textContent: string | null; getAttribute(name: string): string | null }> }): string | undefined {
  for (const element of document.querySelectorAll('[class*="date"], [class*="Date"], [class*="publish"], [itemprop="datePublished"], [class*="meta"], [class*="byline"]')) {
    if (/updat|modif|revis/i.test(element.getAttribute("class") ?? "")) continue;
    // The date alone, or one segment of a strip: "Briefing | 2 October 2031 | Sanctions, Shipping".
    const segments = (element.textContent ?? "").replace(/\s+/g, " ").trim().split(/\s+[|·•]\s+/);
    for (const segment of segments) {
      const date = BYLINE_DATE.exec(segment)?.[1];
      if (date !== undefined) return date;
    }
  }
  return undefined;
}

function dateOfUrl(url: string | undefined): string | undefined {
  const path = url === undefined ? undefined : URL_DATE.exec(url);
  return path ? `${path[1]}-${path[2]}-${path[3]}` : undefined;
}

const UTC_TIMESTAMP = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/;
const OFFSET_TIMESTAMP = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-](?!00:?00)\d{2}:?\d{2}$/;

/**
 * A UTC timestamp in the metadata ("2031-03-04T01:20:00+00:00") may fall on the day after the one the
 * page shows; when the page's own <time> gives the same instant in its local offset
 * ("2031-03-03T20:20:00-05:00"), the local one carries the publisher's date.
 */
function localTimestamp(metadata: string | undefined, time: string | undefined): string | undefined {
  if (metadata === undefined || time === undefined || !UTC_TIMESTAMP.test(metadata) || !OFFSET_TIMESTAMP.test(time)) return metadata;
  const a = Date.parse(metadata);
  const b = Date.parse(time);
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 60_000 ? time : metadata;
}

/**
 * Reads an HTML page: metadata from `<meta>`, JSON-LD and `<time>`, the article body through Readability (on
 * linkedom), falling back to the whole `<body>` when Readability finds no article.
 */
export function readHtml(content: string): Markup {
  const { document } = parseHTML(content);
  const meta = (selector: string, attribute = "content") => {
    const value = document.querySelector(selector)?.getAttribute(attribute)?.trim();
    return value === undefined || value === "" ? undefined : value;
  };
  const timeElement = document.querySelector("time[datetime]")?.getAttribute("datetime")?.trim() || undefined;
  const metaPublished =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="article:published_time"]') ??
    meta('meta[property="og:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[name="publish-date"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="dc.date"]');
  // (Looked for only where neither metadata nor <time> dates the page, and before Readability rewrites it.)
  const dateElement = metaPublished === undefined && timeElement === undefined ? shownDate(document) : undefined;
  const canonical = meta('link[rel="canonical"]', "href") ?? meta('meta[property="og:url"]');
  const url = isHttpUrl(canonical) ? canonical : undefined;
  let outlet = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const byline = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const headings = document.querySelectorAll("h1");
  const h1 = headings.length === 1 ? headings[0]?.textContent?.replace(/\s+/g, " ").trim() : undefined;

  const pageTitle = document.querySelector("title")?.textContent?.trim();
  const ogTitle = meta('meta[property="og:title"]');

  // Readability rewrites the document it reads, so everything else is read first and the page is
  // parsed again only in the rare case Readability fails. The serializer hands back its content
  // element itself: no HTML string to parse again.
  let article: { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null; content?: unknown } | null = null;
  try {
    article = new Readability<unknown>(document as never, { charThreshold: 0, serializer: (node) => node }).parse();
  } catch {
    article = null;
  }
  // The page's own headline first: og:title and <title> are often shortened or carry the site name.
  const title = (h1 || undefined) ?? ogTitle ?? article?.title?.trim() ?? pageTitle;
  const links: string[] = [];
  let lines: string[];
  if (article?.content) {
    lines = htmlToLines(article.content as DomNode, links, url);
  } else {
    lines = htmlToLines(parseHTML(content).document.body as unknown as DomNode, links, url);
  }
  if (title !== undefined && lines[0] === title) lines.shift();
  for (const line of lines) for (const found of findUrls(line)) links.push(found);

  const markup: Markup = { text: lines.join("\n"), links };
  if (title) markup.title = title;
  // Metadata, then JSON-LD `datePublished` (which Readability reads), then the first <time datetime>,
  // then what the page shows in its byline, then the day its address files it under.
  const published =
    localTimestamp(metaPublished ?? (article?.publishedTime?.trim() || undefined), timeElement) ??
    timeElement ??
    dateElement ??
    (article?.byline ? dateOfByline(article.byline) : undefined) ??
    dateOfUrl(url);
  if (published !== undefined) markup.published = published;
  outlet ??= article?.siteName?.trim() || undefined;
  if (outlet !== undefined) markup.outlet = outlet;
  const articleByline = article?.byline ? cleanByline(article.byline) : undefined;
  if (byline !== undefined || articleByline) markup.byline = (byline ?? articleByline)!;
  if (url !== undefined) markup.url = url;
  return markup;
}
