import { describe, expect, it } from "vitest";
import { readHtml, readMarkdown } from "./_markup.js";

describe("readMarkdown", () => {
  it("reads front matter fields and strips Markdown to plain text, keeping link targets", () => {
    const markdown = [
      "---",
      "title: Talks resume in Muscat",
      "published: 2026-02-06",
      "source: https://example.org/talks",
      "outlet: Gulf Daily",
      "author: [Jane Doe, John Roe]",
      "---",
      "",
      "The **US and Iran** resumed _indirect_ talks in [Muscat](https://example.org/muscat \"Muscat\")",
      "on Friday, officials said.",
      "",
      "## What was agreed",
      "",
      "* Oman mediated.",
      "* The envoys met for `four` hours.",
      "",
      "> Iran said the talks were \"useful\".",
      "",
      "---",
      "[ref]: https://example.org/ref",
    ].join("\n");
    const result = readMarkdown(markdown);
    expect(result.title).toBe("Talks resume in Muscat");
    expect(result.published).toBe("2026-02-06");
    expect(result.url).toBe("https://example.org/talks");
    expect(result.outlet).toBe("Gulf Daily");
    expect(result.byline).toBe("Jane Doe, John Roe");
    expect(result.text).toBe(
      [
        "The US and Iran resumed indirect talks in Muscat on Friday, officials said.",
        "What was agreed",
        "- Oman mediated.",
        "- The envoys met for four hours.",
        'Iran said the talks were "useful".',
      ].join("\n"),
    );
    expect(result.links).toEqual(["https://example.org/muscat", "https://example.org/ref"]);
  });

  it("takes the first heading as the title when there is no front matter, and accepts `date` and a non-URL source", () => {
    const result = readMarkdown("---\ndate: February 6, 2026\nsource: Gulf Daily\n---\n# Talks resume\n\nText here.");
    expect(result.title).toBe("Talks resume");
    expect(result.published).toBe("February 6, 2026");
    expect(result.outlet).toBe("Gulf Daily");
    expect(result.url).toBeUndefined();
    expect(result.text).toBe("Text here.");
  });

  it("treats broken front matter as absent and keeps snake_case words intact", () => {
    const result = readMarkdown("---\ntitle: [unclosed\n---\nThe shadow_fleet list grew.");
    expect(result.title).toBeUndefined();
    expect(result.text).toBe("The shadow_fleet list grew.");
  });
});

describe("readHtml", () => {
  const page = `<!doctype html><html><head>
    <title>Talks resume | Gulf Daily</title>
    <meta property="og:site_name" content="Gulf Daily">
    <meta property="og:title" content="Talks resume in Muscat">
    <meta property="article:published_time" content="2026-02-06T18:00:00+04:00">
    <meta name="author" content="Jane Doe">
    <link rel="canonical" href="https://gulfdaily.example/talks">
  </head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article>
      <h1>Talks resume in Muscat</h1>
      <p>The US and Iran resumed talks in Muscat on Friday, <a href="https://example.org/statement">officials said</a>.</p>
      <p>Oman mediated the talks.</p>
      <ul><li>Witkoff attended.</li><li>Araghchi attended.</li></ul>
    </article>
    <script>var x = 1;</script>
  </body></html>`;

  it("reads metadata: title, published time, site name, author, canonical URL", () => {
    const result = readHtml(page);
    expect(result.title).toBe("Talks resume in Muscat");
    expect(result.published).toBe("2026-02-06T18:00:00+04:00");
    expect(result.outlet).toBe("Gulf Daily");
    expect(result.byline).toBe("Jane Doe");
    expect(result.url).toBe("https://gulfdaily.example/talks");
  });

  it("extracts the article body as paragraphs and list items, with its links", () => {
    const result = readHtml(page);
    expect(result.text).toBe(
      ["The US and Iran resumed talks in Muscat on Friday, officials said.", "Oman mediated the talks.", "- Witkoff attended.", "- Araghchi attended."].join("\n"),
    );
    expect(result.links).toEqual(["https://example.org/statement"]);
  });

  it("falls back to <time datetime> for the date", () => {
    const result = readHtml(`<html><body><article><h1>T</h1><time datetime="2026-02-03">3 Feb</time><p>A drone was shot down over the sea.</p></article></body></html>`);
    expect(result.published).toBe("2026-02-03");
  });
});

describe("readHtml on a page without site metadata", () => {
  it("prefers the page's <h1> to og:title, takes the outlet from JSON-LD and cleans the byline", () => {
    const result = readHtml(`<html><head><title>Iran fires missiles; jets hit port | The Ledger</title>
      <meta property="og:title" content="Iran fires missiles">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","publisher":{"@type":"Organization","name":"The Ledger"}}</script>
      </head><body><article><h1>Iran fires missiles; jets hit port</h1>
      <p class="byline">By Lina Haddad, Beirut &middot; <time datetime="2021-12-28">28 December 2021</time></p>
      <p>Iran's Revolutionary Guards fired 16 ballistic missiles during a drill on Friday, state television reported.</p></article></body></html>`);
    expect(result.title).toBe("Iran fires missiles; jets hit port");
    expect(result.outlet).toBe("The Ledger");
    expect(result.byline).toBe("Lina Haddad, Beirut");
    expect(result.text.split("\n")[0]).not.toBe("Iran fires missiles; jets hit port");
  });
});

describe("readHtml dates", () => {
  it("takes JSON-LD datePublished before a <time> element", () => {
    const result = readHtml(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks","datePublished":"2026-02-07T08:00:00Z"}</script></head>
      <body><aside><time datetime="2025-01-01">old</time></aside><article><h1>Talks</h1><p>Iran and the US held talks in Muscat on Friday, officials said.</p></article></body></html>`);
    expect(result.published).toBe("2026-02-07T08:00:00Z");
  });
});

describe("readHtml publication time", () => {
  const page = (meta: string, time: string) =>
    `<html><head><meta property="article:published_time" content="${meta}"></head><body><article><h1>Fact sheet</h1><time datetime="${time}">February 4, 2025</time><p>Today, the President signed a memorandum restoring pressure on Iran's oil exports and its shipping networks.</p></article></body></html>`;

  it("takes the publisher's local time when the metadata gives the same instant in UTC, a day later", () => {
    expect(readHtml(page("2025-02-05T00:41:17+00:00", "2025-02-04T19:41:17-05:00")).published).toBe("2025-02-04T19:41:17-05:00");
  });

  it("keeps the metadata when the page's time is another instant", () => {
    expect(readHtml(page("2025-02-05T00:41:17+00:00", "2025-02-03T09:00:00-05:00")).published).toBe("2025-02-05T00:41:17+00:00");
  });
});

describe("readHtml dates a page has no metadata for", () => {
  it("takes the date its byline prints, then the day its address files it under", () => {
    const byline = readHtml(`<html><head><link rel="canonical" href="https://news.example/world/2031/05/08/story/"></head><body><article><h1>Boats approach a tanker</h1>
      <div class="byline">By Jane Doe &middot; May 9, 2031</div><p>A patrol boat approached a tanker early Wednesday, the navy said, before a destroyer arrived on scene.</p></article></body></html>`);
    expect(byline.published).toBe("May 9, 2031");
    const address = readHtml(`<html><head><link rel="canonical" href="https://news.example/world/2031/05/08/story/"></head><body><article><h1>Boats approach a tanker</h1>
      <p>A patrol boat approached a tanker early Wednesday, the navy said, before a destroyer arrived on scene.</p></article></body></html>`);
    expect(address.published).toBe("2031-05-08");
  });

  it("does not take an update's date from the byline", () => {
    const page = readHtml(`<html><body><article><h1>Boats approach a tanker</h1><div class="byline">By Jane Doe | Updated May 10, 2031</div>
      <p>A patrol boat approached a tanker early Wednesday, the navy said, before a destroyer arrived on scene.</p></article></body></html>`);
    expect(page.published).toBeUndefined();
  });
});

describe("session 24: a date the page shows in an element it marks as one", () => {
  it("reads '<p class=\"insight-date\">October 2, 2031</p>' under the headline as the publication date, not an 'updated' one", () => {
    const page = (header: string) =>
      `<html><head><title>Alert</title></head><body><article><header><h1>Sanctions return</h1>${header}<p class="authors">Authors: Jan Example</p></header><p>The rules for trade with Ruritania shifted again this week, when the old measures came back on Saturday, September 27, 2031, thirty days after three governments had set the process going in August.</p><p>The bloc has since restored its own listings, and the ministry keeps adding names to its register, officials said.</p></article></body></html>`;
    expect(readHtml(page('<p class="insight-date">October 2, 2031</p>')).published).toBe("October 2, 2031");
    expect(readHtml(page('<p class="updated-date">October 3, 2031</p>')).published).toBeUndefined();
  });
});

describe("session 28: a date in a page's metadata strip, outside the article", () => {
  it("reads '<p class=\"meta\">Briefing | 2 October 2031 | Sanctions, Shipping</p>' in the page header as the publication date", () => {
    const page = (strip: string) =>
      `<html><head><title>Alert</title></head><body><header class="page-header">${strip}</header><main><article><h1>Sanctions return</h1><p>The rules for trade with Ruritania shifted again this week, when the old measures came back on Saturday, thirty days after three governments had set the process going in August.</p><p>The bloc has since restored its own listings, officials said.</p></article></main></body></html>`;
    expect(readHtml(page('<p class="meta">Briefing | 2 October 2031 | Sanctions, Shipping</p>')).published).toBe("2 October 2031");
    expect(readHtml(page('<p class="meta">Briefing | Updated 3 October 2031 | Sanctions</p>')).published).toBeUndefined();
  });
});
