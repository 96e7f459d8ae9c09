/**
 * The document context extractors read through: the normalised text, its sentences, evidence spans
 * and the document's dates. Built once per document by `parseDocument`.
 */
import { createHash } from "node:crypto";
import type { Document, Evidence } from "@sitrep/domain";
import type { DocumentContext, Span } from "./_types.js";
import { readDocumentDates } from "./dates.js";
import { splitSentences } from "./_sentences.js";

export interface ContextInput {
  source: string;
  format: Document["format"];
  /** Normalised text: the title (if any) on the first line, then one paragraph per line. */
  text: string;
  /** The title, which is then the text's first line; null when the document has none. */
  title: string | null;
  /** A publication date from metadata or the caller, as written. */
  published?: string | undefined;
  outlet?: string | undefined;
  byline?: string | undefined;
  attribution?: string | undefined;
  url?: string | undefined;
  links: string[];
}

/**
 * A copy of a string that shares no memory with the one it was cut from. V8 keeps a slice (a title, a
 * URL) as a view of its whole source - the raw HTML page, the text before normalising - so a document
 * kept in a dataset would keep those alive too.
 */
function detached(value: string): string {
  return value.length < 13 ? value : Buffer.from(value, "utf8").toString("utf8");
}

/** A document's id: the first 16 hex digits of the SHA-256 of its normalised text. */
export function documentIdOf(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
}

export function createDocumentContext(input: ContextInput): DocumentContext {
  const { text } = input;
  const id = documentIdOf(text);
  const evidence = (span: Span): Evidence => {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.end <= span.start) {
      throw new RangeError(`could not quote span ${span.start}-${span.end} - expected 0 <= start < end <= ${text.length} in document ${input.source}`);
    }
    return { documentId: id, quote: text.slice(span.start, span.end), start: span.start, end: span.end };
  };
  const sentences = splitSentences(text);
  const dates = readDocumentDates({ text, sentences, hasTitle: input.title !== null, metadataDate: input.published, evidence });
  const warnings = dates.warnings;

  const document: Document = {
    id,
    source: input.source,
    format: input.format,
    title: input.title === null ? null : detached(input.title),
    published: dates.published,
    links: input.links.map(detached),
    text,
    warnings,
  };
  if (input.outlet !== undefined) document.outlet = detached(input.outlet);
  if (input.byline !== undefined) document.byline = detached(input.byline);
  if (input.attribution !== undefined) document.attribution = detached(input.attribution);
  if (input.url !== undefined) document.url = detached(input.url);

  return {
    document,
    sentences,
    published: dates.published.date,
    evidence,
    datesIn: dates.datesIn,
    eventDate: dates.eventDate,
    warnings,
  };
}
