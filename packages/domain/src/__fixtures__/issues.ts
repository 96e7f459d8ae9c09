import type { z } from "zod";
import { type ValidationIssue, validateWith } from "../validate.js";

/**
 * The issues a schema reports for `input`, checked to be readable: a path and a one-line message with
 * no stack trace and no raw zod dump. Throws when the input is accepted, so a test cannot pass by accident.
 */
export function issuesOf(schema: z.ZodType, input: unknown): ValidationIssue[] {
  const result = validateWith(schema, input);
  if (result.success) throw new Error("expected the input to be rejected, but it was accepted");
  for (const issue of result.issues) {
    if (issue.path === "" || issue.message.includes("\n") || /\bat .+:\d+:\d+/.test(issue.message) || issue.message.includes('"code"')) {
      throw new Error(`unreadable issue: ${JSON.stringify(issue)}`);
    }
  }
  return result.issues;
}
