// Type-checked by src/pack.test.ts against the installed tarball: the public types must resolve, be
// precise (not `any`), and work under NodeNext + strict, as a downstream project would use them.
import {
  type Dataset,
  DatasetValidationError,
  formatFuzzyDate,
  type IncidentKind,
  parseDataset,
  type Round,
  selectDateRange,
  validateDataset,
} from "@sitrep/domain";

export function summariseWeek(json: unknown): string[] {
  const dataset: Dataset = parseDataset(json);
  const rounds: Round[] = selectDateRange(dataset, { from: "2026-02-01", to: "2026-02-07" }).rounds;
  return rounds.map((round) => `${formatFuzzyDate(round.date)}: ${round.venue.city ?? "unknown venue"} (${round.format})`);
}

export function listIssues(json: unknown): string[] {
  const result = validateDataset(json);
  return result.success ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

export function describeError(error: unknown): string {
  return error instanceof DatasetValidationError ? error.issues.map((issue) => issue.path).join(", ") : String(error);
}

export const kind: IncidentKind = "drone-shootdown";

// The types are real, not `any`: each line below must be a type error.
// @ts-expect-error - not an incident kind
export const badKind: IncidentKind = "cyberattack";
// @ts-expect-error - a round has no `kind`
export const roundKind: Round["kind"] = "strike";
