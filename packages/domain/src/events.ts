import { z } from "zod";
import { ActorIdSchema } from "./actor.js";
import { FuzzyDateSchema } from "./date.js";
import { EvidenceListSchema, StatementSchema } from "./evidence.js";

/**
 * Factuality of an event as the sources give it (after PLOVER's `mode`): `asserted` by the source
 * itself, `claimed` by a party ("Tehran reported…"), `planned` (announced, not yet happened), `denied`.
 */
export const ModeSchema = z.enum(["asserted", "claimed", "planned", "denied"]);
export type Mode = z.infer<typeof ModeSchema>;

const eventBase = {
  /** Stable within a dataset: `round:2026-02-06:muscat`, `incident:2026-02-03:drone-shootdown`. */
  id: z.string().regex(/^(round|incident|sanction):[a-z0-9:~/-]+$/, "expected an event id such as round:2026-02-06:muscat"),
  date: FuzzyDateSchema,
  mode: ModeSchema,
  /** Who claims or denies it, when `mode` is `claimed` or `denied`. */
  claimedBy: z.array(ActorIdSchema).optional(),
  /** A one-line description in the source's own terms, for briefs. */
  summary: z.string().min(1),
  evidence: EvidenceListSchema,
};

export const VenueSchema = z.object({
  city: z.string().min(1).optional(),
  country: z.string().min(1).optional(),
  /** The site within the city, where stated ("a palace near Muscat's international airport"). */
  site: z.string().min(1).optional(),
});
export type Venue = z.infer<typeof VenueSchema>;

export const RoundFormatSchema = z.enum(["direct", "indirect", "mixed", "unknown"]);
export const RoundStatusSchema = z.enum(["held", "planned", "postponed", "cancelled"]);

export const DelegationSchema = z.object({
  /** The state (or organisation) the delegation represents. */
  side: ActorIdSchema,
  members: z.array(ActorIdSchema),
});

/** A negotiation session. */
export const RoundSchema = z.object({
  ...eventBase,
  venue: VenueSchema,
  /** Host or mediator states/organisations ("Oman mediated the talks"). */
  mediators: z.array(ActorIdSchema),
  format: RoundFormatSchema,
  /** As stated by a source: 3 for "the third round". */
  ordinal: z.number().int().positive().optional(),
  /** The session's shape, as stated: "one-day, two-meeting". */
  structure: z.string().min(1).optional(),
  /** Agenda items or tracks: "nuclear file", "regional security". */
  tracks: z.array(z.string().min(1)),
  delegations: z.array(DelegationSchema),
  outcome: StatementSchema.optional(),
  nextStep: StatementSchema.optional(),
  statements: z.array(StatementSchema),
  status: RoundStatusSchema,
});
export type Round = z.infer<typeof RoundSchema>;

/**
 * Kinds of military or security event. Mapping to the event standards analysts use:
 *
 * | kind                | PLOVER event type (mode)        | ACLED event type / sub-event                    |
 * | ------------------- | ------------------------------- | ----------------------------------------------- |
 * | `drone-shootdown`   | ASSAULT (aerial)                | Explosions/Remote violence – Air/drone strike    |
 * | `vessel-seizure`    | SEIZE                           | Strategic developments – Looting/property seizure |
 * | `vessel-harassment` | THREATEN / MOBILIZE             | Strategic developments – Other                   |
 * | `strike`            | ASSAULT                         | Explosions/Remote violence – Air/drone strike    |
 * | `missile-launch`    | ASSAULT                         | Explosions/Remote violence – Shelling/artillery/missile attack |
 * | `missile-test`      | MOBILIZE (weapons test)         | Strategic developments – Other                   |
 * | `missile-display`   | MOBILIZE (show of force)        | Strategic developments – Other                   |
 * | `deployment`        | MOBILIZE                        | Strategic developments – Headquarters or base established / Other |
 * | `other`             | —                               | —                                               |
 */
export const IncidentKindSchema = z.enum([
  "drone-shootdown",
  "vessel-seizure",
  "vessel-harassment",
  "strike",
  "missile-launch",
  "missile-test",
  "missile-display",
  "deployment",
  "other",
]);
export type IncidentKind = z.infer<typeof IncidentKindSchema>;

export const LocationSchema = z.object({
  /** A named place: city, site, facility. */
  place: z.string().min(1).optional(),
  /** A sea area: Arabian Sea, Strait of Hormuz, Gulf of Oman. */
  waterBody: z.string().min(1).optional(),
  country: z.string().min(1).optional(),
});
export type Location = z.infer<typeof LocationSchema>;

/** A platform or weapon involved: "F-35C fighter jet", "six gunboats". */
export const AssetSchema = z.object({
  name: z.string().min(1),
  category: z.enum(["aircraft", "drone", "vessel", "missile", "ground", "other"]),
  /** The actor the asset belongs to, where known. */
  owner: ActorIdSchema.optional(),
  count: z.number().int().positive().optional(),
});
export type Asset = z.infer<typeof AssetSchema>;

export const CasualtiesSchema = z.object({
  killed: z.number().int().nonnegative().optional(),
  injured: z.number().int().nonnegative().optional(),
  /** As worded when no exact number is given: "over a thousand casualties". */
  description: z.string().min(1).optional(),
});

/** A military or security event. */
export const IncidentSchema = z.object({
  ...eventBase,
  kind: IncidentKindSchema,
  location: LocationSchema,
  initiators: z.array(ActorIdSchema),
  targets: z.array(ActorIdSchema),
  assets: z.array(AssetSchema),
  casualties: CasualtiesSchema.optional(),
});
export type Incident = z.infer<typeof IncidentSchema>;

export const SanctionAuthoritySchema = z.enum([
  "us-president",
  "us-treasury",
  "us-state",
  "us-commerce",
  "eu",
  "un-security-council",
  "uk",
  "other",
]);
export type SanctionAuthority = z.infer<typeof SanctionAuthoritySchema>;

/** `tariff` and `snapback` name the measure; `executive-order` is used when the order's measure is not a tariff. */
export const SanctionInstrumentSchema = z.enum(["designation", "executive-order", "tariff", "snapback", "other"]);
export type SanctionInstrument = z.infer<typeof SanctionInstrumentSchema>;

/** Taken from the verb: "announces" / "authorises … up to" / "imposes" / "lifts". */
export const SanctionStatusSchema = z.enum(["announced", "authorised", "imposed", "lifted"]);
export type SanctionStatus = z.infer<typeof SanctionStatusSchema>;

export const SanctionTargetsSchema = z.object({
  entities: z.number().int().nonnegative().optional(),
  individuals: z.number().int().nonnegative().optional(),
  vessels: z.number().int().nonnegative().optional(),
  /** Who is targeted, as worded: "countries that continue to buy Iranian oil". */
  description: z.string().min(1).optional(),
});

export const SanctionRateSchema = z.object({
  value: z.number().positive(),
  unit: z.literal("percent"),
  /** "up to 25%" is a ceiling, not the rate applied. */
  ceiling: z.boolean(),
});

/** A coercive economic measure. */
export const SanctionSchema = z.object({
  ...eventBase,
  authorities: z.array(SanctionAuthoritySchema).min(1),
  instrument: SanctionInstrumentSchema,
  status: SanctionStatusSchema,
  targets: SanctionTargetsSchema,
  sectors: z.array(z.string().min(1)),
  rate: SanctionRateSchema.optional(),
  /** Actors named as targets or as the measure's object (a state, a company, a vessel). */
  targetActors: z.array(ActorIdSchema),
});
export type Sanction = z.infer<typeof SanctionSchema>;
