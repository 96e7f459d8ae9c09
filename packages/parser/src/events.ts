/**
 * Event extraction: one candidate per passage that reports a negotiation round, an incident or a
 * sanction. Candidates are not merged or given ids here; see merge.ts.
 */
import type { ActorId } from "@sitrep/domain";
import { type ActorDictionary, bundledActorDictionary } from "./actors.js";
import type { ActorIndex, DocumentContext, EventCandidates } from "./_types.js";
import { extractIncidents } from "./incidents.js";
import { extractRounds } from "./rounds.js";
import { extractSanctions } from "./sanctions.js";

/**
 * Every event candidate of a document. `dictionary` gives the known cities for venues (the bundled
 * dictionary by default).
 */
export function extractEvents(ctx: DocumentContext, actors: ActorIndex, dictionary: ActorDictionary = bundledActorDictionary()): EventCandidates {
  const known = new Set<ActorId>(actors.actors.map((actor) => actor.id));
  return dropUnknownActors(
    {
      rounds: extractRounds(ctx, actors, dictionary),
      incidents: extractIncidents(ctx, actors, dictionary),
      sanctions: extractSanctions(ctx, actors, dictionary),
    },
    known,
  );
}

const ID_LIST_KEYS = new Set(["mediators", "members", "initiators", "targets", "claimedBy", "targetActors"]);
const ID_KEYS = new Set(["speaker", "side", "owner"]);

/** Every actor id a candidate names must be an actor of the document: drop any other (and empty delegations). */
function dropUnknownActors(candidates: EventCandidates, known: Set<ActorId>): EventCandidates {
  const clean = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(clean);
    if (typeof value !== "object" || value === null) return value;
    const out: Record<string, unknown> = {};
    // for…in rather than Object.entries: the same keys in the same order (plain objects), without a pair array per key.
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      if (ID_LIST_KEYS.has(key) && Array.isArray(item)) out[key] = item.filter((id) => known.has(id as ActorId));
      else if (ID_KEYS.has(key) && typeof item === "string") {
        if (known.has(item as ActorId)) out[key] = item;
      } else out[key] = clean(item);
    }
    return out;
  };
  const rounds = candidates.rounds.map((round) => {
    const cleaned = clean(round) as typeof round;
    cleaned.delegations = cleaned.delegations.filter((d) => d.side !== undefined && d.members.length > 0);
    if (cleaned.claimedBy?.length === 0) delete cleaned.claimedBy;
    return cleaned;
  });
  const incidents = candidates.incidents.map((incident) => {
    const cleaned = clean(incident) as typeof incident;
    if (cleaned.claimedBy?.length === 0) delete cleaned.claimedBy;
    return cleaned;
  });
  const sanctions = candidates.sanctions.map((sanction) => {
    const cleaned = clean(sanction) as typeof sanction;
    if (cleaned.claimedBy?.length === 0) delete cleaned.claimedBy;
    return cleaned;
  });
  return { rounds, incidents, sanctions };
}
