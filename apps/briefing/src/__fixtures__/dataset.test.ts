import { validateDataset } from "@sitrep/domain";
import { describe, expect, it } from "vitest";
import { createFixtureDataset, createHostileDataset } from "./dataset.js";

describe("fixture datasets", () => {
  it("the seed fixture is a valid dataset whose quotes match the seeds", () => {
    const result = validateDataset(createFixtureDataset());
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it("the hostile fixture is a valid dataset", () => {
    const result = validateDataset(createHostileDataset());
    expect(result.success ? [] : result.issues).toEqual([]);
  });
});
