import type { z } from "zod";
import { type Dataset, DatasetSchema } from "./dataset.js";

/** One problem in untrusted input: where (`rounds[0].date`) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult<T> = { success: true; data: T } | { success: false; issues: ValidationIssue[] };

/** Thrown by {@link parseDataset}; its message lists every issue, one per line, with no stack noise. */
export class DatasetValidationError extends Error {
  override readonly name = "DatasetValidationError";
  constructor(
    readonly issues: ValidationIssue[],
    options?: { cause?: unknown },
  ) {
    super(`could not validate dataset - ${issues.length} issue${issues.length === 1 ? "" : "s"}:\n${formatIssues(issues)}`, options);
  }
}

/** `rounds[0].evidence[1].quote` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? String(key) : `.${String(key)}`;
  return out === "" ? "(root)" : out;
}

export function formatIssues(issues: ValidationIssue[]): string {
  return issues.map((issue) => `  ${issue.path}: ${issue.message}`).join("\n");
}

/** Checks any value against any sitrep schema, returning readable issues instead of throwing. */
export function validateWith<S extends z.ZodType>(schema: S, input: unknown): ValidationResult<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** Validates untrusted JSON (already parsed) as a dataset. Never throws. */
export function validateDataset(input: unknown): ValidationResult<Dataset> {
  return validateWith(DatasetSchema, input);
}

/** Validates untrusted JSON as a dataset; throws a {@link DatasetValidationError} listing every issue. */
export function parseDataset(input: unknown): Dataset {
  const result = validateDataset(input);
  if (!result.success) throw new DatasetValidationError(result.issues);
  return result.data;
}
