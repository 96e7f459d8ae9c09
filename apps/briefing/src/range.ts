import { type Dataset, type DateRange, type IsoDay, parseFuzzyDate, toIsoDay } from "@sitrep/domain";
import { UsageError } from "./_args.js";

/**
 * How a brief's period is asked for. At most one of the forms may be given: `from`/`to` (either may be
 * alone: the other end is the edge of the period the input covers), `month`, `week` or `last`.
 */
export interface RangeRequest {
  from?: string;
  to?: string;
  month?: string;
  week?: string;
  last?: string;
}

const DAY_MS = 86_400_000;

/** Checks a `YYYY-MM-DD` flag value: "--from 2026-02-30 is not a date (expected YYYY-MM-DD)". */
export function parseDayOption(value: string, flag: string): IsoDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return value;
  }
  throw new UsageError(`${flag} ${value} is not a date (expected YYYY-MM-DD)`);
}

/** Adds (or with a negative count subtracts) whole days to a calendar day. */
export function addDays(day: IsoDay, count: number): IsoDay {
  return toIsoDay(new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS));
}

/** `2026-02` → 2026-02-01..2026-02-28. */
export function parseMonth(value: string): DateRange {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) throw new UsageError(`--month ${value} is not a month (expected YYYY-MM)`);
  const { start, end } = parseFuzzyDate(value);
  return { from: start, to: end };
}

/** Number of ISO weeks in a year: 53 when 28 December falls in week 53. */
function isoWeeksInYear(year: number): number {
  const monday = mondayOfIsoWeek1(year + 1);
  const mondayThisYear = mondayOfIsoWeek1(year);
  return Math.round((Date.parse(`${monday}T00:00:00Z`) - Date.parse(`${mondayThisYear}T00:00:00Z`)) / (7 * DAY_MS));
}

/** ISO 8601: week 1 is the week (Monday–Sunday) that contains 4 January. */
function mondayOfIsoWeek1(year: number): IsoDay {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const weekday = (jan4.getUTCDay() + 6) % 7; // Monday = 0
  return toIsoDay(new Date(jan4.getTime() - weekday * DAY_MS));
}

/** `2026-W06` → Monday 2026-02-02..Sunday 2026-02-08; week 1 may start in the previous year. */
export function parseIsoWeek(value: string): DateRange {
  const match = /^(\d{4})-?W(\d{2})$/i.exec(value);
  const year = Number(match?.[1]);
  const week = Number(match?.[2]);
  if (!match || week < 1 || week > isoWeeksInYear(year)) {
    const detail = match ? ` (${year} has ${isoWeeksInYear(year)} ISO weeks)` : " (expected YYYY-Www, e.g. 2026-W06)";
    throw new UsageError(`--week ${value} is not an ISO week${detail}`);
  }
  const from = addDays(mondayOfIsoWeek1(year), (week - 1) * 7);
  return { from, to: addDays(from, 6) };
}

/** Parses a window length: `7d`, `4w`. Returns the number of days. */
export function parseWindow(value: string, flag = "--last"): number {
  const match = /^(\d+)\s*([dw])$/i.exec(value);
  const count = Number(match?.[1]);
  if (!match || count < 1) throw new UsageError(`${flag} ${value} is not a window (expected a number of days or weeks, e.g. 7d or 4w)`);
  return match[2]!.toLowerCase() === "w" ? count * 7 : count;
}

/** The `days` days ending at `asOf`, inclusive: `7d` as of 2026-02-07 is 2026-02-01..2026-02-07. */
export function windowEndingAt(asOf: IsoDay, days: number): DateRange {
  return { from: addDays(asOf, -(days - 1)), to: asOf };
}

/**
 * The span of days a dataset covers: from the first day of its earliest event to the last day of its
 * latest; with no event, the span of its documents' publication dates; `undefined` when nothing is dated.
 */
export function coveredPeriod(dataset: Dataset): DateRange | undefined {
  const eventDates = [...dataset.rounds, ...dataset.incidents, ...dataset.sanctions].map((event) => event.date);
  const dates = eventDates.length > 0 ? eventDates : dataset.documents.flatMap((d) => (d.published.date ? [d.published.date] : []));
  if (dates.length === 0) return undefined;
  let from: IsoDay | undefined;
  let to: IsoDay | undefined;
  for (const date of dates) {
    const { start, end } = parseFuzzyDate(date);
    if (from === undefined || start < from) from = start;
    if (to === undefined || end > to) to = end;
  }
  return { from: from!, to: to! };
}

/** Thrown when no range was asked for and the input has nothing dated to choose one from. */
export class NoPeriodError extends Error {
  override readonly name = "NoPeriodError";
  constructor() {
    super("no dated events or documents to choose a period from; pass --from/--to");
  }
}

/**
 * Checks the range flags without the input: formats, calendar days, one form at most. Run before any
 * parsing so that a typo fails fast.
 */
export function checkRangeRequest(request: RangeRequest, asOf: IsoDay): void {
  const given = [
    request.from !== undefined || request.to !== undefined ? "--from/--to" : undefined,
    request.month !== undefined ? "--month" : undefined,
    request.week !== undefined ? "--week" : undefined,
    request.last !== undefined ? "--last" : undefined,
  ].filter((flag) => flag !== undefined);
  if (given.length > 1) throw new UsageError(`${given.join(" and ")} cannot be used together; choose one way to give the period`);
  if (request.from !== undefined) parseDayOption(request.from, "--from");
  if (request.to !== undefined) parseDayOption(request.to, "--to");
  if (request.from !== undefined && request.to !== undefined && request.from > request.to) {
    throw new UsageError(`--from ${request.from} is after --to ${request.to}`);
  }
  if (request.month !== undefined) parseMonth(request.month);
  if (request.week !== undefined) parseIsoWeek(request.week);
  if (request.last !== undefined) windowEndingAt(asOf, parseWindow(request.last));
}

/**
 * The range a brief covers. `covered` is the input's period (see {@link coveredPeriod}); it is needed
 * only when no range, or only one end of one, was given.
 */
export function resolveRange(request: RangeRequest, asOf: IsoDay, covered: () => DateRange | undefined): DateRange {
  checkRangeRequest(request, asOf);
  if (request.month !== undefined) return parseMonth(request.month);
  if (request.week !== undefined) return parseIsoWeek(request.week);
  if (request.last !== undefined) return windowEndingAt(asOf, parseWindow(request.last));
  if (request.from !== undefined && request.to !== undefined) return { from: request.from, to: request.to };
  const period = covered();
  if (!period) throw new NoPeriodError();
  const range = { from: request.from ?? period.from, to: request.to ?? period.to };
  if (range.from > range.to) {
    const flag = request.from !== undefined ? `--from ${range.from} is after the input's last date ${range.to}` : `--to ${range.to} is before the input's first date ${range.from}`;
    throw new UsageError(flag);
  }
  return range;
}

/** Today's calendar day in a time zone (UTC unless given), for `--as-of` and scheduled windows. */
export function calendarDay(at: Date, timeZone = "UTC"): IsoDay {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** `2026-02-01_2026-02-28`: the part of file names that says which period a brief covers. */
export function rangeSlug(range: DateRange): string {
  return `${range.from}_${range.to}`;
}
