import { describe, expect, it } from "vitest";
import { buildSampleDataset } from "./__fixtures__/sample-dataset.js";
import { IsoDaySchema } from "./date.js";
import { DatasetValidationError, formatIssues, formatPath, parseDataset, validateDataset, validateWith } from "./validate.js";

/** The sample as untrusted input: what a reader gets from `JSON.parse`. */
const sampleJson = () => JSON.parse(JSON.stringify(buildSampleDataset())) as Record<string, unknown> & ReturnType<typeof buildSampleDataset>;

describe("formatPath", () => {
  it("writes zod paths as property access", () => {
    expect(formatPath(["rounds", 0, "evidence", 1, "quote"])).toBe("rounds[0].evidence[1].quote");
    expect(formatPath([0, "id"])).toBe("[0].id");
    expect(formatPath([])).toBe("(root)");
  });
});

describe("formatIssues", () => {
  it("writes one indented line per issue", () => {
    expect(formatIssues([{ path: "rounds[0].date", message: "bad" }, { path: "(root)", message: "worse" }])).toBe("  rounds[0].date: bad\n  (root): worse");
  });
});

describe("validateDataset", () => {
  it("returns the dataset when it is valid", () => {
    const result = validateDataset(sampleJson());
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.rounds.map((r) => r.id)).toContain("round:2026-02-06:muscat");
  });

  it("says which record lacks evidence, in plain words", () => {
    const input = sampleJson();
    input.rounds[0]!.evidence = [];
    expect(validateDataset(input)).toEqual({
      success: false,
      issues: [{ path: "rounds[0].evidence", message: "every record needs at least one piece of evidence" }],
    });
  });

  it.each([null, "dataset", 42, [], {}])("never throws, even for %j", (input) => {
    const result = validateDataset(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
  });
});

describe("parseDataset", () => {
  it("returns the valid dataset", () => {
    expect(parseDataset(sampleJson()).schemaVersion).toBe("1.0.0");
  });

  it("throws a DatasetValidationError that lists every issue, one per line, and no stack", () => {
    const input = sampleJson();
    input.rounds[0]!.evidence = [];
    input.incidents[0]!.date = "Feb 2026";
    let error: unknown;
    try {
      parseDataset(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetValidationError);
    const { message, issues, name } = error as DatasetValidationError;
    expect(name).toBe("DatasetValidationError");
    expect(message).toBe(
      [
        "could not validate dataset - 2 issues:",
        "  rounds[0].evidence: every record needs at least one piece of evidence",
        "  incidents[0].date: expected an EDTF date such as 2026-02-06, 2026-02, 2025, 2026-01~ or 2026-02-05/2026-02-06",
      ].join("\n"),
    );
    expect(message).not.toMatch(/\bat .+:\d+:\d+/);
    expect(issues).toHaveLength(2);
  });

  it("says '1 issue' for one", () => {
    expect(() => parseDataset({ ...sampleJson(), schemaVersion: "2.0.0" })).toThrow(/^could not validate dataset - 1 issue:\n {2}schemaVersion: /);
  });

  it("is an Error that keeps a cause when given one", () => {
    const cause = new SyntaxError("Unexpected token");
    const error = new DatasetValidationError([{ path: "(root)", message: "not JSON" }], { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.cause).toBe(cause);
  });
});

describe("validateWith", () => {
  it("checks any schema with the same readable issues", () => {
    expect(validateWith(IsoDaySchema, "2026-02-30")).toEqual({ success: false, issues: [{ path: "(root)", message: "not a day of the calendar" }] });
    expect(validateWith(IsoDaySchema, "2026-02-06")).toEqual({ success: true, data: "2026-02-06" });
  });
});
