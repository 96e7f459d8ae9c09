import { z } from "zod";
import { FuzzyDateSchema } from "./date.js";
import { DocumentIdSchema, EvidenceSchema } from "./evidence.js";

/** How a document's publication date was found, from most to least direct. */
export const DateMethodSchema = z.enum([
  /** Front matter or HTML metadata. */
  "metadata",
  /** A dateline or an explicit self-dating phrase ("on Friday (February 6, 2026)"). */
  "dateline",
  /** Anchored to a dated event in the text ("Three days after … the February 6 session"). */
  "anchored",
  /** The latest full date the text reports, a weaker guess the brief labels as such. */
  "inferred",
  /** Nothing in the document supports a date. */
  "unknown",
]);
export type DateMethod = z.infer<typeof DateMethodSchema>;

export const PublicationDateSchema = z
  .object({
    date: FuzzyDateSchema.nullable(),
    method: DateMethodSchema,
    /** The words the date was read from (absent for `metadata` without a span, and for `unknown`). */
    evidence: EvidenceSchema.optional(),
  })
  .refine((published) => (published.method === "unknown") === (published.date === null), {
    message: "a date is null exactly when the method is `unknown`",
    path: ["date"],
  });
export type PublicationDate = z.infer<typeof PublicationDateSchema>;

export const DocumentFormatSchema = z.enum(["text", "markdown", "html"]);

/** Something the parser noticed but would not decide alone (a weekday that contradicts its date…). */
export const WarningSchema = z.object({
  message: z.string().min(1),
  evidence: EvidenceSchema.optional(),
});
export type Warning = z.infer<typeof WarningSchema>;

/** A source article. */
export const DocumentSchema = z.object({
  id: DocumentIdSchema,
  /** File name (or other label) the document was read from. */
  source: z.string().min(1),
  format: DocumentFormatSchema,
  title: z.string().min(1).nullable(),
  published: PublicationDateSchema,
  outlet: z.string().min(1).optional(),
  byline: z.string().min(1).optional(),
  /** Credit lines such as "Original analysis inspired by … from …". */
  attribution: z.string().min(1).optional(),
  url: z.url().optional(),
  /** Links the document cites, in order of appearance. */
  links: z.array(z.string().min(1)),
  /** The normalised text every evidence span of this document points into. */
  text: z.string(),
  warnings: z.array(WarningSchema),
});
export type Document = z.infer<typeof DocumentSchema>;
