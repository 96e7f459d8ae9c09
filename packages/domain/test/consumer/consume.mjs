// Run by src/pack.test.ts with node, from a project that installed the packed tarball:
//   node consume.mjs <sample-dataset.json>
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DatasetValidationError, parseDataset, selectDateRange, SCHEMA_VERSION } from "@sitrep/domain";

const json = JSON.parse(readFileSync(process.argv[2], "utf8"));
const dataset = parseDataset(json);
console.log(`rounds: ${dataset.rounds.length}`);
console.log(`rounds 2026-02-01..2026-02-07: ${selectDateRange(dataset, { from: "2026-02-01", to: "2026-02-07" }).rounds.length}`);

try {
  parseDataset({ ...json, rounds: [{ ...json.rounds[0], evidence: [] }] });
  console.log("broken dataset: accepted");
} catch (error) {
  console.log(`broken dataset: ${error instanceof DatasetValidationError ? error.message.split("\n")[1].trim() : error}`);
}

const schemaPath = fileURLToPath(import.meta.resolve("@sitrep/domain/dataset.schema.json"));
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
console.log(`json schema: ${schema.$id} (version const ${schema.properties.schemaVersion.const}, package ${SCHEMA_VERSION})`);
