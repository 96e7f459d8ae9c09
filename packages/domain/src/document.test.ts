import { describe, expect, it } from "vitest";
import { buildSampleDataset, DOC_002, DOC_003 } from "./__fixtures__/sample-dataset.js";
import { issuesOf } from "./__fixtures__/issues.js";
import { DocumentSchema, PublicationDateSchema } from "./document.js";

const documents = buildSampleDataset().documents;
const dated = documents.find((d) => d.id === DOC_003)!;
const undated = documents.find((d) => d.id === DOC_002)!;

describe("DocumentSchema", () => {
  it("accepts every sample document: dated by dateline, anchored, inferred and undated", () => {
    for (const document of documents) expect(DocumentSchema.safeParse(document).success).toBe(true);
    expect(documents.map((d) => d.published.method).sort()).toEqual(["anchored", "dateline", "inferred", "unknown"]);
  });

  it("rejects a null date whose method claims to have found one", () => {
    expect(issuesOf(DocumentSchema, { ...dated, published: { date: null, method: "dateline" } })).toEqual([
      { path: "published.date", message: "a date is null exactly when the method is `unknown`" },
    ]);
  });

  it("rejects a date on an undated document: 002 must stay undated", () => {
    expect(issuesOf(DocumentSchema, { ...undated, published: { date: "2026-02-06", method: "unknown" } })).toEqual([
      { path: "published.date", message: "a date is null exactly when the method is `unknown`" },
    ]);
  });

  it("rejects a publication date that is not EDTF", () => {
    const issues = issuesOf(DocumentSchema, { ...dated, published: { ...dated.published, date: "February 6, 2026" } });
    expect(issues[0]?.path).toBe("published.date");
    expect(issues[0]?.message).toMatch(/^expected an EDTF date/);
  });

  it("rejects an unknown method, a bad url and an unknown format", () => {
    expect(issuesOf(PublicationDateSchema, { date: "2026-02-06", method: "guessed" })[0]?.path).toBe("method");
    expect(issuesOf(DocumentSchema, { ...dated, url: "not a url" })[0]?.path).toBe("url");
    expect(issuesOf(DocumentSchema, { ...dated, format: "pdf" })[0]?.path).toBe("format");
  });

  it("accepts a coarse publication date: a month is all some sources give", () => {
    expect(DocumentSchema.safeParse({ ...dated, published: { date: "2026-02", method: "inferred" } }).success).toBe(true);
  });
});
