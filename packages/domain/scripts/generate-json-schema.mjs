// Build step: writes the dataset's JSON Schema, generated from the zod schemas, next to the compiled code.
import { writeFileSync } from "node:fs";
import { createDatasetJsonSchema } from "../dist/index.js";

const target = new URL("../dist/dataset.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(createDatasetJsonSchema(), null, 2)}\n`);
