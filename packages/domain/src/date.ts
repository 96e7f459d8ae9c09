import { z } from "zod";

/**
 * Dates as the sources give them, at their precision, written in a subset of EDTF (ISO 8601-2):
 *
 * | form                     | meaning                                   |
 * | ------------------------ | ----------------------------------------- |
 * | `2026-02-06`             | a day                                     |
 * | `2026-02`                | a month, day not reported                 |
 * | `2025`                   | a year                                    |
 * | `2026-01~`               | approximately January 2026                |
 * | `2026-02-05/2026-02-06`  | an interval (either end may be coarse)    |
 * | `2026-01-21~/2026-01-31~`| an approximate interval ("late January")  |
 *
 * Every date covers a span of days, from its first to its last day inclusive. All comparisons work on
 * that span: a `2025-06` event *overlaps* a range containing any day of June 2025, and is *within* a
 * range only when all of June is. The `~` (approximate) and `?` (uncertain) qualifiers are kept for
 * display and do not widen the span.
 */
const POINT = String.raw`(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?`;
const POINT_RE = new RegExp(`^${POINT}$`);

export type DatePrecision = "day" | "month" | "year" | "interval";

/** An ISO calendar day, `YYYY-MM-DD`. */
export const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day as YYYY-MM-DD")
  .refine(isRealDay, "not a day of the calendar");
export type IsoDay = z.infer<typeof IsoDaySchema>;

const FUZZY_DATE_MESSAGE = "expected an EDTF date such as 2026-02-06, 2026-02, 2025, 2026-01~ or 2026-02-05/2026-02-06";

export const FuzzyDateSchema = z
  .string()
  // The shape as a regex too, so the generated JSON Schema carries a `pattern`; the calendar check
  // (no 2026-02-30, no interval running backwards) is beyond a regex and stays in the refinement.
  .regex(new RegExp(`^${POINT}(?:/${POINT})?$`), { message: FUZZY_DATE_MESSAGE, abort: true })
  .refine((value) => tryParseFuzzyDate(value) !== undefined, { message: FUZZY_DATE_MESSAGE })
  .describe("A date at its precision, in EDTF (ISO 8601-2) form: YYYY, YYYY-MM, YYYY-MM-DD, optionally qualified with ~ (approximate) or ? (uncertain), or an interval A/B.");
export type FuzzyDate = z.infer<typeof FuzzyDateSchema>;

/** An inclusive range of days, as used to ask for a brief. */
export const DateRangeSchema = z
  .object({ from: IsoDaySchema, to: IsoDaySchema })
  .refine((range) => range.from <= range.to, { message: "`from` must not be after `to`", path: ["to"] });
export type DateRange = z.infer<typeof DateRangeSchema>;

/** Shared and frozen: parsing is remembered per string, so callers must not mutate the parts. */
export interface FuzzyDateParts {
  /** First day covered, inclusive. */
  readonly start: IsoDay;
  /** Last day covered, inclusive. */
  readonly end: IsoDay;
  readonly precision: DatePrecision;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

function isRealDay(day: string): boolean {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

interface PointParts {
  start: IsoDay;
  end: IsoDay;
  precision: Exclude<DatePrecision, "interval">;
  qualifier: string | undefined;
}

function parsePoint(text: string): PointParts | undefined {
  const match = POINT_RE.exec(text);
  if (!match) return undefined;
  const [, yearText, monthText, dayText, qualifier] = match;
  const year = Number(yearText);
  if (monthText === undefined) {
    return { start: `${yearText}-01-01`, end: `${yearText}-12-31`, precision: "year", qualifier };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return undefined;
  if (dayText === undefined) {
    const last = daysInMonth(year, month);
    return { start: `${yearText}-${monthText}-01`, end: `${yearText}-${monthText}-${pad(last)}`, precision: "month", qualifier };
  }
  const day = `${yearText}-${monthText}-${dayText}`;
  if (!isRealDay(day)) return undefined;
  return { start: day, end: day, precision: "day", qualifier };
}

/**
 * Parsed dates remembered by string: sorting, range selection and merging parse the same few dates over
 * and over. Emptied when it grows large, so memory stays bounded on any corpus.
 */
const PARSED = new Map<string, FuzzyDateParts | undefined>();
const PARSED_LIMIT = 20_000;

/** Splits a date into its span and precision, or returns `undefined` when it is not a valid date. */
export function tryParseFuzzyDate(value: string): FuzzyDateParts | undefined {
  if (PARSED.has(value)) return PARSED.get(value);
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  const parts = parseFuzzyDateText(value);
  PARSED.set(value, parts && Object.freeze(parts));
  return parts;
}

function parseFuzzyDateText(value: string): FuzzyDateParts | undefined {
  const slash = value.indexOf("/");
  if (slash === -1) {
    const point = parsePoint(value);
    if (!point) return undefined;
    return {
      start: point.start,
      end: point.end,
      precision: point.precision,
      approximate: point.qualifier === "~" || point.qualifier === "%",
      uncertain: point.qualifier === "?" || point.qualifier === "%",
    };
  }
  const first = parsePoint(value.slice(0, slash));
  const last = parsePoint(value.slice(slash + 1));
  if (!first || !last || first.start > last.end) return undefined;
  const qualifiers = [first.qualifier, last.qualifier];
  return {
    start: first.start,
    end: last.end,
    precision: "interval",
    approximate: qualifiers.some((q) => q === "~" || q === "%"),
    uncertain: qualifiers.some((q) => q === "?" || q === "%"),
  };
}

/** Like {@link tryParseFuzzyDate} but throws a readable error for an invalid date. */
export function parseFuzzyDate(value: string): FuzzyDateParts {
  const parts = tryParseFuzzyDate(value);
  if (!parts) throw new RangeError(`could not parse date "${value}" - expected EDTF such as 2026-02-06, 2026-02, 2025 or 2026-02-05/2026-02-06`);
  return parts;
}

/** Builds a day-precision date from a JavaScript date (its UTC calendar day). */
export function toIsoDay(date: Date): IsoDay {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * Orders dates chronologically by the first day they cover; on a tie the narrower one comes first
 * (`2026-02-01` before `2026-02`), so a timeline reads from the precise to the vague. Returns a negative
 * number, zero or a positive number, as `Array.prototype.sort` expects.
 */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  const left = parseFuzzyDate(a);
  const right = parseFuzzyDate(b);
  if (left.start !== right.start) return left.start < right.start ? -1 : 1;
  if (left.end !== right.end) return left.end < right.end ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when the date covers at least one day of the range (a `2025-06` event overlaps 2025-06-30..2025-07-05). */
export function overlapsRange(date: FuzzyDate, range: DateRange): boolean {
  const { start, end } = parseFuzzyDate(date);
  return start <= range.to && end >= range.from;
}

/** True when every day the date covers lies inside the range. */
export function isWithinRange(date: FuzzyDate, range: DateRange): boolean {
  const { start, end } = parseFuzzyDate(date);
  return start >= range.from && end <= range.to;
}

/** True when two dates share at least one day: the date test of the merge rule. */
export function datesOverlap(a: FuzzyDate, b: FuzzyDate): boolean {
  const left = parseFuzzyDate(a);
  const right = parseFuzzyDate(b);
  return left.start <= right.end && right.start <= left.end;
}

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

function formatPoint(point: PointParts): string {
  const [y, m, d] = point.start.split("-");
  const month = MONTHS[Number(m) - 1];
  if (point.precision === "year") return y!;
  if (point.precision === "month") return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/**
 * Writes a date for a reader at exactly the precision it has: "6 February 2026", "June 2025", "2025",
 * "about January 2026", "5–6 February 2026". Never adds a day the source did not give.
 */
export function formatFuzzyDate(value: FuzzyDate): string {
  const parts = parseFuzzyDate(value);
  const prefix = parts.approximate ? "about " : "";
  const suffix = parts.uncertain ? " (uncertain)" : "";
  const slash = value.indexOf("/");
  if (slash === -1) return prefix + formatPoint(parsePoint(value)!) + suffix;
  const first = parsePoint(value.slice(0, slash))!;
  const last = parsePoint(value.slice(slash + 1))!;
  const [fy, fm] = first.start.split("-");
  const [ly, lm] = last.start.split("-");
  let text: string;
  if (first.precision === "day" && last.precision === "day" && fy === ly && fm === lm) {
    text = `${Number(first.start.slice(8))}–${formatPoint(last)}`;
  } else if (first.precision === "day" && last.precision === "day" && fy === ly) {
    text = `${Number(first.start.slice(8))} ${MONTHS[Number(fm) - 1]} – ${formatPoint(last)}`;
  } else {
    text = `${formatPoint(first)} – ${formatPoint(last)}`;
  }
  return prefix + text + suffix;
}
