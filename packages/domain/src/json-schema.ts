import { z } from "zod";
import { DatasetSchema, SCHEMA_VERSION } from "./dataset.js";

/**
 * The JSON Schema (draft 2020-12) of a dataset, generated from the zod schemas — the shape only: the
 * cross-references `DatasetSchema` also checks (evidence quotes, actor ids) are beyond JSON Schema.
 */
export function createDatasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { target: "draft-2020-12", unrepresentable: "any", io: "input" });
  return {
    ...schema,
    $id: `https://sitrep.dev/schema/dataset-${SCHEMA_VERSION}.json`,
    title: "sitrep dataset",
    description: `Documents, actors, negotiation rounds, incidents, sanctions and source discrepancies (schema ${SCHEMA_VERSION}).`,
  };
}
