import { describe, expect, it } from "vitest";
import { buildSampleDataset } from "./__fixtures__/sample-dataset.js";
import { issuesOf } from "./__fixtures__/issues.js";
import { DiscrepancySchema } from "./discrepancy.js";

const discrepancy = buildSampleDataset().discrepancies[0]!;

describe("DiscrepancySchema", () => {
  it("accepts 001's 'imposing' against 003's 'authorising … up to' on the tariff order's status", () => {
    expect(DiscrepancySchema.parse(discrepancy).values.map((v) => v.value)).toEqual(["imposed", "authorised"]);
  });

  it("rejects a discrepancy with fewer than two values", () => {
    expect(issuesOf(DiscrepancySchema, { ...discrepancy, values: discrepancy.values.slice(0, 1) })).toEqual([
      { path: "values", message: "a discrepancy needs at least two differing values" },
    ]);
  });

  it("rejects a value without evidence", () => {
    const values = [discrepancy.values[0], { value: "authorised", evidence: [] }];
    expect(issuesOf(DiscrepancySchema, { ...discrepancy, values })).toEqual([
      { path: "values[1].evidence", message: "every record needs at least one piece of evidence" },
    ]);
  });

  it("keeps any JSON value, such as a number or a rate object", () => {
    const values = [
      { value: 25, evidence: discrepancy.values[0]!.evidence },
      { value: { value: 25, unit: "percent", ceiling: true }, evidence: discrepancy.values[1]!.evidence },
    ];
    expect(DiscrepancySchema.safeParse({ ...discrepancy, field: "rate", values }).success).toBe(true);
  });

  it("rejects an unknown record type", () => {
    expect(issuesOf(DiscrepancySchema, { ...discrepancy, recordType: "statement" })[0]?.path).toBe("recordType");
  });
});
