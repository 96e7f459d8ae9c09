import { z } from "zod";
import { type Actor, ActorSchema } from "./actor.js";
import { type DateRange, overlapsRange } from "./date.js";
import { DiscrepancySchema } from "./discrepancy.js";
import { DocumentSchema } from "./document.js";
import type { Evidence } from "./evidence.js";
import { type Incident, IncidentSchema, type Round, RoundSchema, type Sanction, SanctionSchema } from "./events.js";

/** Bumped on any change to the shape of a dataset; the JSON Schema carries it too. */
export const SCHEMA_VERSION = "1.0.0";

const DatasetShapeSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(DocumentSchema),
  actors: z.array(ActorSchema),
  rounds: z.array(RoundSchema),
  incidents: z.array(IncidentSchema),
  sanctions: z.array(SanctionSchema),
  discrepancies: z.array(DiscrepancySchema),
});

/**
 * A dataset: documents and what was read from them. Beyond the shape, it checks what makes a dataset
 * trustworthy: every evidence span points into a document of the dataset and quotes it exactly, ids
 * are unique, and every actor an event names is in `actors`.
 */
export const DatasetSchema = DatasetShapeSchema.superRefine((dataset, ctx) => {
  const texts = new Map<string, string>();
  for (const document of dataset.documents) texts.set(document.id, document.text);
  const actorIds = new Set(dataset.actors.map((actor) => actor.id));

  const checkEvidence = (evidence: Evidence, path: (string | number)[]) => {
    const text = texts.get(evidence.documentId);
    if (text === undefined) {
      ctx.addIssue({ code: "custom", path: [...path, "documentId"], message: `no document with id ${evidence.documentId} in the dataset` });
    } else if (text.slice(evidence.start, evidence.end) !== evidence.quote) {
      ctx.addIssue({ code: "custom", path: [...path, "quote"], message: `quote does not match the document text at ${evidence.start}-${evidence.end}` });
    }
  };
  const checkActor = (id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !actorIds.has(id)) ctx.addIssue({ code: "custom", path, message: `unknown actor ${id}` });
  };
  /** Flags every repeated id at the path of the record that repeats it. */
  const checkUnique = (records: [id: string, path: Path][]) => {
    const seen = new Set<string>();
    for (const [id, path] of records) {
      if (seen.has(id)) ctx.addIssue({ code: "custom", path: [...path, "id"], message: `duplicate id ${id}` });
      seen.add(id);
    }
  };
  const located = <T extends { id: string }>(records: T[], collection: string) => records.map((r, index): [string, Path] => [r.id, [collection, index]]);

  checkUnique(located(dataset.documents, "documents"));
  checkUnique(located(dataset.actors, "actors"));
  // Rounds, incidents and sanctions share one id space: a discrepancy names its record by id alone.
  checkUnique([...located(dataset.rounds, "rounds"), ...located(dataset.incidents, "incidents"), ...located(dataset.sanctions, "sanctions")]);
  checkUnique(located(dataset.discrepancies, "discrepancies"));

  const recordTypes = new Map<string, string>();
  for (const [type, events] of [["round", dataset.rounds], ["incident", dataset.incidents], ["sanction", dataset.sanctions]] as const) {
    for (const event of events) recordTypes.set(event.id, type);
  }
  dataset.discrepancies.forEach((discrepancy, index) => {
    if (recordTypes.get(discrepancy.recordId) !== discrepancy.recordType) {
      ctx.addIssue({ code: "custom", path: ["discrepancies", index, "recordId"], message: `no ${discrepancy.recordType} with id ${discrepancy.recordId} in the dataset` });
    }
  });

  for (const [collection, records] of [
    ["documents", dataset.documents],
    ["actors", dataset.actors],
    ["rounds", dataset.rounds],
    ["incidents", dataset.incidents],
    ["sanctions", dataset.sanctions],
    ["discrepancies", dataset.discrepancies],
  ] as const) {
    records.forEach((record, index) => {
      for (const [evidence, path] of collectEvidence(record)) checkEvidence(evidence, [collection, index, ...path]);
      for (const [id, path] of collectActorRefs(record)) checkActor(id, [collection, index, ...path]);
    });
  }
});
export type Dataset = z.infer<typeof DatasetSchema>;

type Path = (string | number)[];

function isEvidence(value: unknown): value is Evidence {
  return typeof value === "object" && value !== null && "documentId" in value && "quote" in value && "start" in value;
}

/** Every evidence object inside a record, with its path; a record's shape is walked, not listed, so a new field cannot be missed. */
function collectEvidence(value: unknown, path: Path = []): [Evidence, Path][] {
  if (isEvidence(value)) return [[value, path]];
  if (Array.isArray(value)) return value.flatMap((item, index) => collectEvidence(item, [...path, index]));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => (key === "text" ? [] : collectEvidence(item, [...path, key])));
  }
  return [];
}

const ACTOR_REF_KEYS = new Set(["affiliation", "of", "speaker", "side", "owner"]);
const ACTOR_REF_LIST_KEYS = new Set(["mediators", "members", "initiators", "targets", "claimedBy", "targetActors"]);

/** Every actor id a record refers to (not its own id), with its path. */
function collectActorRefs(value: unknown, path: Path = []): [string, Path][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => collectActorRefs(item, [...path, index]));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]): [string, Path][] => {
    if (ACTOR_REF_KEYS.has(key) && typeof item === "string") return [[item, [...path, key]]];
    if (ACTOR_REF_LIST_KEYS.has(key) && Array.isArray(item) && item.every((x) => typeof x === "string")) {
      return item.map((id, index) => [id as string, [...path, key, index]]);
    }
    return collectActorRefs(item, [...path, key]);
  });
}

/** An empty dataset, to build on. */
export function createDataset(): Dataset {
  return { schemaVersion: SCHEMA_VERSION, documents: [], actors: [], rounds: [], incidents: [], sanctions: [], discrepancies: [] };
}

type AnyEvent = Round | Incident | Sanction;

/**
 * The part of a dataset about a date range: the events whose date overlaps it (a `2025-06` event is in
 * any range that contains a day of June 2025; see `overlapsRange`), the discrepancies on those events,
 * the documents their evidence cites and the actors they name or whose mentions fall inside that
 * evidence — with each actor's mentions narrowed to the documents kept.
 */
export function selectDateRange(dataset: Dataset, range: DateRange): Dataset {
  const inRange = <T extends AnyEvent>(events: T[]) => events.filter((event) => overlapsRange(event.date, range));
  const rounds = inRange(dataset.rounds);
  const incidents = inRange(dataset.incidents);
  const sanctions = inRange(dataset.sanctions);
  const events: AnyEvent[] = [...rounds, ...incidents, ...sanctions];
  const eventIds = new Set(events.map((event) => event.id));
  const discrepancies = dataset.discrepancies.filter((d) => eventIds.has(d.recordId));

  const eventEvidence = [...events, ...discrepancies].flatMap((record) => collectEvidence(record).map(([evidence]) => evidence));
  const documentIds = new Set(eventEvidence.map((evidence) => evidence.documentId));

  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const wanted = new Set(events.flatMap((event) => collectActorRefs(event).map(([id]) => id)));
  const insideEvidence = (mention: Evidence) =>
    eventEvidence.some((e) => e.documentId === mention.documentId && mention.start >= e.start && mention.end <= e.end);
  for (const actor of dataset.actors) if (actor.mentions.some(insideEvidence)) wanted.add(actor.id);
  // Keep the states and organisations of the actors kept (affiliations, role holders), transitively,
  // so that every reference in the result resolves.
  const pending = [...wanted];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    for (const [ref] of collectActorRefs(actorsById.get(id))) {
      if (!wanted.has(ref)) {
        wanted.add(ref);
        pending.push(ref);
      }
    }
  }

  const kept = dataset.actors.filter((actor) => wanted.has(actor.id));
  // Evidence other than mentions (the source of a role's title) must stay resolvable: keep its document.
  for (const actor of kept) for (const [evidence] of collectEvidence({ ...actor, mentions: [] })) documentIds.add(evidence.documentId);
  // An actor kept only as someone's affiliation may be named in no kept document: keep its own sources.
  const named = new Set(documentIds);
  for (const actor of kept) {
    if (!actor.mentions.some((mention) => named.has(mention.documentId))) for (const mention of actor.mentions) documentIds.add(mention.documentId);
  }
  const actors: Actor[] = kept.map((actor) => ({ ...actor, mentions: actor.mentions.filter((mention) => documentIds.has(mention.documentId)) }));
  const documents = dataset.documents.filter((document) => documentIds.has(document.id));
  return { schemaVersion: dataset.schemaVersion, documents, actors, rounds, incidents, sanctions, discrepancies };
}
