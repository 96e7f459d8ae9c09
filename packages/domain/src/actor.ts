import { z } from "zod";
import { FuzzyDateSchema } from "./date.js";
import { EvidenceListSchema, EvidenceSchema } from "./evidence.js";

/** `kind:slug`, e.g. `person:abbas-araghchi`, `state:iran`, `vessel:uss-abraham-lincoln`. */
export const ActorIdSchema = z
  .string()
  .regex(/^(person|state|organisation|vessel):[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected an actor id such as state:iran or person:abbas-araghchi");
export type ActorId = z.infer<typeof ActorIdSchema>;

export const ActorKindSchema = z.enum(["person", "state", "organisation", "vessel"]);
export type ActorKind = z.infer<typeof ActorKindSchema>;

/** What kind of organisation: lets a brief group ministries, commands and media apart. */
export const OrganisationTypeSchema = z.enum([
  "government",
  "ministry",
  "military",
  "intelligence",
  "international",
  "media",
  "think-tank",
  "company",
  "armed-group",
  "other",
]);

/** A title held over a period: "Foreign Minister" of `state:iran` from 2024-08. */
export const RoleSchema = z.object({
  title: z.string().min(1),
  /** The state or organisation the title belongs to. */
  of: ActorIdSchema.optional(),
  from: FuzzyDateSchema.optional(),
  to: FuzzyDateSchema.optional(),
  /** `reference` for the actor dictionary, `article` for a title read in a source. */
  source: z.enum(["reference", "article"]),
  evidence: z.array(EvidenceSchema).optional(),
});
export type Role = z.infer<typeof RoleSchema>;

export const VesselDetailsSchema = z.object({
  /** Flag state as written or as an actor id. */
  flag: z.string().min(1).optional(),
  /** tanker, aircraft carrier, gunboat, destroyer… */
  type: z.string().min(1).optional(),
  imo: z.string().regex(/^\d{7}$/).optional(),
});

export const ActorSchema = z.object({
  id: ActorIdSchema,
  kind: ActorKindSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  organisationType: OrganisationTypeSchema.optional(),
  /** A person's or a command's state or organisation. */
  affiliation: ActorIdSchema.optional(),
  roles: z.array(RoleSchema),
  /** For states: the capital, whose name sources use for the government (Tehran → Iran). */
  capital: z.string().min(1).optional(),
  vessel: VesselDetailsSchema.optional(),
  /** Every place a source names this actor. */
  mentions: EvidenceListSchema,
});
export type Actor = z.infer<typeof ActorSchema>;
