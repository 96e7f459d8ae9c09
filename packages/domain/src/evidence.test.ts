import { describe, expect, it } from "vitest";
import { cite, DOC_003, SAMPLE_TEXTS } from "./__fixtures__/sample-dataset.js";
import { issuesOf } from "./__fixtures__/issues.js";
import { EvidenceListSchema, EvidenceSchema, StatementSchema } from "./evidence.js";

const dateline = cite(DOC_003, "on Friday (February 6, 2026)");

describe("EvidenceSchema", () => {
  it("accepts a quote of 003 with the span it has in the text", () => {
    expect(EvidenceSchema.parse(dateline)).toEqual(dateline);
    expect(SAMPLE_TEXTS[DOC_003]?.slice(dateline.start, dateline.end)).toBe("on Friday (February 6, 2026)");
  });

  it("rejects a span whose length is not the quote's, on `end`", () => {
    expect(issuesOf(EvidenceSchema, { ...dateline, end: dateline.end + 1 })).toEqual([
      { path: "end", message: "span length must equal the quote's length" },
    ]);
  });

  it("rejects a document id that is not a 16-digit content hash", () => {
    expect(issuesOf(EvidenceSchema, { ...dateline, documentId: "003.txt" })).toEqual([
      { path: "documentId", message: "expected 16 lowercase hex digits (a content hash)" },
    ]);
    expect(issuesOf(EvidenceSchema, { ...dateline, documentId: DOC_003.toUpperCase() })[0]?.path).toBe("documentId");
  });

  it("rejects an empty quote, a negative start and fractional offsets", () => {
    expect(issuesOf(EvidenceSchema, { documentId: DOC_003, quote: "", start: 4, end: 4 }).map((i) => i.path)).toContain("quote");
    expect(issuesOf(EvidenceSchema, { ...dateline, start: -1, end: dateline.quote.length - 1 }).map((i) => i.path)).toContain("start");
    expect(issuesOf(EvidenceSchema, { ...dateline, start: 0.5, end: dateline.quote.length + 0.5 }).map((i) => i.path)).toContain("start");
  });
});

describe("EvidenceListSchema", () => {
  it("refuses a record without a source", () => {
    expect(issuesOf(EvidenceListSchema, [])).toEqual([{ path: "(root)", message: "every record needs at least one piece of evidence" }]);
  });
});

describe("StatementSchema", () => {
  it("accepts an attributed statement and rejects one without evidence", () => {
    const statement = { text: "calm atmosphere, without tension and without threats", speaker: "person:abbas-araghchi", evidence: [dateline] };
    expect(StatementSchema.safeParse(statement).success).toBe(true);
    expect(issuesOf(StatementSchema, { ...statement, evidence: [] })).toEqual([
      { path: "evidence", message: "every record needs at least one piece of evidence" },
    ]);
  });
});
