import { z } from "zod";
import { EvidenceListSchema } from "./evidence.js";

const JsonValueSchema: z.ZodType<unknown> = z.json();

/** A field on which merged sources disagree: every value is kept with the evidence for it. */
export const DiscrepancySchema = z.object({
  id: z.string().min(1),
  recordType: z.enum(["round", "incident", "sanction"]),
  recordId: z.string().min(1),
  /** The field's path in the record, dot-separated: `status`, `rate.ceiling`, `targets.entities`. */
  field: z.string().min(1),
  values: z
    .array(z.object({ value: JsonValueSchema, evidence: EvidenceListSchema }))
    .min(2, "a discrepancy needs at least two differing values"),
  /** Which value the record itself carries and why, in one sentence. */
  note: z.string().min(1).optional(),
});
export type Discrepancy = z.infer<typeof DiscrepancySchema>;
