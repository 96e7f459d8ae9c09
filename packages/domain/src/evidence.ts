import { z } from "zod";

/** A document's stable id: the first 16 hex digits of the SHA-256 of its normalised text. */
export const DocumentIdSchema = z
  .string()
  .regex(/^[0-9a-f]{16}$/, "expected 16 lowercase hex digits (a content hash)");
export type DocumentId = z.infer<typeof DocumentIdSchema>;

/**
 * Where a fact comes from: an exact quote and its character span in the document's normalised `text`
 * (`text.slice(start, end) === quote`, offsets in UTF-16 code units, `end` exclusive) — the sitrep
 * counterpart of an mdast node's `position`.
 */
export const EvidenceSchema = z
  .object({
    documentId: DocumentIdSchema,
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((evidence) => evidence.end - evidence.start === evidence.quote.length, {
    message: "span length must equal the quote's length",
    path: ["end"],
  });
export type Evidence = z.infer<typeof EvidenceSchema>;

/** At least one piece of evidence: no record stands without a source. */
export const EvidenceListSchema = z.array(EvidenceSchema).min(1, "every record needs at least one piece of evidence");

/** A sentence or phrase taken from a source, with who said it where the source says so. */
export const StatementSchema = z.object({
  text: z.string().min(1),
  /** Actor id of the speaker, where the source attributes the words. */
  speaker: z.string().optional(),
  evidence: EvidenceListSchema,
});
export type Statement = z.infer<typeof StatementSchema>;
