/**
 * The parser's entry points: one article → an `Extraction`; many → a merged, validated `Dataset`.
 * Pure: no file system (except loading the bundled actor dictionary once), no network, no output.
 */
import { type Dataset, DatasetValidationError, SCHEMA_VERSION, validateDataset } from "@sitrep/domain";
import { createDocumentContext } from "./_context.js";
import { type Markup, isHttpUrl, readHtml, readMarkdown } from "./_markup.js";
import { findTitle, normaliseCharacters, normaliseText } from "./_normalise.js";
import type { Extraction } from "./_types.js";
import { type ActorDictionary, bundledActorDictionary, recogniseActors } from "./actors.js";
import { extractEvents } from "./events.js";
import { mergeDocumentCandidates, mergeExtractions } from "./merge.js";
import { type DocumentInput, formatOfPath } from "./read.js";

export interface ParseOptions {
  /** The actor dictionary to recognise actors with; the bundled one by default. */
  dictionary?: ActorDictionary;
  /** `parseCorpus` calls this after each document it has parsed, for a progress line. */
  onProgress?(done: number, total: number, source: string): void;
}

/**
 * Reads one article: format → plain text → normalised text (a metadata title is put on its first line;
 * a plain-text title is found among its first lines) → sentences and dates → actors → event candidates
 * → merged within the document.
 * `format` defaults to what the source's extension implies, else plain text.
 */
export function parseDocument(input: DocumentInput, options: ParseOptions = {}): Extraction {
  const format = input.format ?? formatOfPath(input.source) ?? "text";
  let markup: Markup = { text: input.content, links: [] };
  if (format === "markdown") markup = readMarkdown(input.content);
  else if (format === "html") markup = readHtml(input.content);

  const normalised = normaliseText(markup.text);
  let text = normalised.text;
  let title: string | null = null;
  const metadataTitle = markup.title === undefined ? "" : normaliseCharacters(markup.title);
  if (metadataTitle !== "") {
    title = metadataTitle;
    if (text.split("\n", 1)[0] !== title) text = text === "" ? title : `${title}\n${text}`;
  } else {
    title = findTitle(text);
  }

  text = toOneByteString(text);

  const links: string[] = [];
  for (const link of [...markup.links, ...normalised.links]) if (isHttpUrl(link) && !links.includes(link)) links.push(link);

  const ctx = createDocumentContext({
    source: input.source,
    format,
    text,
    title,
    published: input.published ?? markup.published,
    outlet: markup.outlet ?? normalised.outlet,
    byline: markup.byline,
    attribution: normalised.attribution,
    url: markup.url,
    links,
  });
  const dictionary = options.dictionary ?? bundledActorDictionary();
  const actors = recogniseActors(ctx, dictionary);
  const candidates = extractEvents(ctx, actors, dictionary);
  const events = mergeDocumentCandidates(candidates, ctx.document);
  return { document: ctx.document, actors: actors.actors, ...events };
}

/**
 * The same text, stored one byte per character when every character fits. Normalising an input that
 * had typographic quotes or dashes leaves Latin-1 text in a two-byte string, and V8's regexes (the
 * Unicode-aware ones most) ran 3-5x slower over it; nothing else changes, the value is the same.
 */
function toOneByteString(text: string): string {
  return LATIN1.test(text) ? Buffer.from(text, "latin1").toString("latin1") : text;
}
const LATIN1 = /^[\x00-\xff]*$/;

/**
 * Reads many articles into one dataset: each is parsed, then records of the same event are merged
 * across documents (see merge.ts) and source disagreements become discrepancies. The result is
 * validated with `DatasetSchema`; a failure there is a parser bug and throws a
 * `DatasetValidationError` listing every issue.
 */
export function parseCorpus(inputs: DocumentInput[], options: ParseOptions = {}): Dataset {
  const dictionary = options.dictionary ?? bundledActorDictionary();
  // The extractions are not kept once merged: what the merge did not take may be collected before validation copies the rest.
  const merged = mergeExtractions(
    inputs.map((input, index) => {
      const extraction = parseDocument(input, { dictionary });
      options.onProgress?.(index + 1, inputs.length, input.source);
      return extraction;
    }),
  );
  const dataset = {
    schemaVersion: SCHEMA_VERSION,
    documents: merged.documents,
    actors: merged.actors,
    rounds: merged.rounds,
    incidents: merged.incidents,
    sanctions: merged.sanctions,
    discrepancies: merged.discrepancies,
  };
  const result = validateDataset(dataset);
  if (!result.success) throw new DatasetValidationError(result.issues);
  return result.data;
}
