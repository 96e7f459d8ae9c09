import { existsSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { buildSampleDataset } from "./__fixtures__/sample-dataset.js";
import { SCHEMA_VERSION } from "./dataset.js";
import { IncidentKindSchema } from "./events.js";
import { createDatasetJsonSchema } from "./json-schema.js";

const schema = createDatasetJsonSchema();

/** The value at a path of keys in the schema, `undefined` where there is none. */
function at(...keys: (string | number)[]): unknown {
  let value: unknown = schema;
  for (const key of keys) value = typeof value === "object" && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
}
const item = (collection: string, ...keys: (string | number)[]) => at("properties", collection, "items", ...keys);

describe("createDatasetJsonSchema", () => {
  it("is a draft 2020-12 schema whose $id carries the schema version", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`https://sitrep.dev/schema/dataset-${SCHEMA_VERSION}.json`);
    expect(schema.title).toBe("sitrep dataset");
  });

  it("requires every collection and pins schemaVersion", () => {
    expect(schema.required).toEqual(["schemaVersion", "documents", "actors", "rounds", "incidents", "sanctions", "discrepancies"]);
    expect(at("properties", "schemaVersion")).toEqual({ type: "string", const: SCHEMA_VERSION });
  });

  it("lists the incident kinds of the zod enum", () => {
    expect(item("incidents", "properties", "kind", "enum")).toEqual(IncidentKindSchema.options);
    expect(item("incidents", "required")).toEqual(expect.arrayContaining(["id", "date", "mode", "summary", "evidence", "kind"]));
  });

  it("carries the rules JSON Schema can say: at least one piece of evidence, two values per discrepancy, id patterns", () => {
    for (const collection of ["rounds", "incidents", "sanctions"]) expect(item(collection, "properties", "evidence", "minItems")).toBe(1);
    expect(item("actors", "properties", "mentions", "minItems")).toBe(1);
    expect(item("discrepancies", "properties", "values", "minItems")).toBe(2);
    expect(item("actors", "properties", "id", "pattern")).toBe("^(person|state|organisation|vessel):[a-z0-9]+(?:-[a-z0-9]+)*$");
    expect(item("documents", "properties", "id", "pattern")).toBe("^[0-9a-f]{16}$");
    expect(item("rounds", "properties", "evidence", "items", "required")).toEqual(["documentId", "quote", "start", "end"]);
  });

  it("gives every EDTF date a pattern", () => {
    expect(item("rounds", "properties", "date", "pattern")).toMatch(/^\^/);
  });

  it("lets a publication date be null, the undated case", () => {
    expect(item("documents", "properties", "published", "properties", "date", "anyOf")).toMatchObject([{ type: "string" }, { type: "null" }]);
  });

  it("matches the committed snapshot, so a change of the published schema is a reviewed change", async () => {
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot("./__snapshots__/dataset.schema.json");
  });
});

describe("dist/dataset.schema.json", () => {
  const built = new URL("../dist/dataset.schema.json", import.meta.url);

  it("is written by the build and equals createDatasetJsonSchema()", () => {
    expect(existsSync(built), "run `pnpm --filter @sitrep/domain build` first").toBe(true);
    expect(JSON.parse(readFileSync(built, "utf8"))).toEqual(createDatasetJsonSchema());
  });
});

describe("the JSON Schema, checked by a real validator (ajv, draft 2020-12)", () => {
  // Formats (`uri`) are an annotation here: ajv would need a plugin to check them, zod checks urls anyway.
  const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(createDatasetJsonSchema());
  const sampleJson = () => JSON.parse(JSON.stringify(buildSampleDataset())) as ReturnType<typeof buildSampleDataset>;

  it("accepts the sample dataset", () => {
    expect(validate(sampleJson()), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects a round without evidence and a discrepancy with one value, where zod does", () => {
    const dataset = sampleJson();
    dataset.rounds[0]!.evidence = [];
    dataset.discrepancies[0]!.values.pop();
    expect(validate(dataset)).toBe(false);
    expect(validate.errors?.map((error) => `${error.instancePath} ${error.keyword}`)).toEqual([
      "/rounds/0/evidence minItems",
      "/discrepancies/0/values minItems",
    ]);
  });

  it("rejects an unknown incident kind and a bad actor id", () => {
    const dataset = sampleJson() as unknown as { incidents: { kind: string }[]; actors: { id: string }[] };
    dataset.incidents[0]!.kind = "cyberattack";
    dataset.actors[0]!.id = "Iran";
    expect(validate(dataset)).toBe(false);
    expect(validate.errors?.map((error) => `${error.instancePath} ${error.keyword}`)).toEqual(["/actors/0/id pattern", "/incidents/0/kind enum"]);
  });

  it("rejects a date written in words, as FuzzyDateSchema does", () => {
    const dataset = sampleJson();
    dataset.incidents[0]!.date = "February 3, 2026";
    expect(validate(dataset)).toBe(false);
    expect(validate.errors?.map((error) => `${error.instancePath} ${error.keyword}`)).toEqual(["/incidents/0/date pattern"]);
  });

  it("cannot see what only DatasetSchema checks: a quote that does not match its document", () => {
    const dataset = sampleJson();
    const evidence = dataset.rounds[0]!.evidence[0]!;
    dataset.rounds[0]!.evidence[0] = { ...evidence, start: evidence.start + 1, end: evidence.end + 1 };
    expect(validate(dataset)).toBe(true);
  });
});
