/**
 * Wording and escaping shared by the view model, the SVG and the template helpers. Everything a reader
 * sees about a date goes through here so that a coarse date is always marked the same way.
 */
import { type DateRange, type FuzzyDate, formatFuzzyDate, parseFuzzyDate } from "@sitrep/domain";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML and SVG element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** "day not reported" for `2026-02`, "month and day not reported" for `2025`; undefined for a day. */
export function describeCoarseness(date: FuzzyDate): string | undefined {
  const parts = parseFuzzyDate(date);
  if (parts.precision === "month") return "day not reported";
  if (parts.precision === "year") return "month and day not reported";
  if (parts.precision === "interval" && parts.start !== parts.end) {
    const ends = date.split("/");
    const exactEnds = ends.every((end) => /^\d{4}-\d{2}-\d{2}$/.test(end));
    if (!exactEnds) return "exact days not reported";
  }
  return undefined;
}

/** True when a date is not a single, exact day: the timeline draws it as a span and the text marks it. */
export function isCoarse(date: FuzzyDate): boolean {
  const parts = parseFuzzyDate(date);
  return parts.precision !== "day" || parts.approximate || parts.uncertain;
}

/** The date as a reader should see it in running text: "June 2025, day not reported". */
export function formatDateForReader(date: FuzzyDate): string {
  const coarse = describeCoarseness(date);
  return coarse ? `${formatFuzzyDate(date)}, ${coarse}` : formatFuzzyDate(date);
}

/** "1–28 February 2026"; a one-day range is just the day. */
export function formatRange(range: DateRange): string {
  if (range.from === range.to) return formatFuzzyDate(range.from);
  return formatFuzzyDate(`${range.from}/${range.to}`);
}

/** "between 1 and 28 February 2026" / "on 6 February 2026", for "No incidents reported …". */
export function formatRangeBetween(range: DateRange): string {
  if (range.from === range.to) return `on ${formatFuzzyDate(range.from)}`;
  const label = formatRange(range);
  // formatRange joins the two ends with an en dash; a sentence reads better with "between … and …".
  const [first, second] = label.includes(" – ") ? label.split(" – ") : label.split("–");
  return `between ${first} and ${second}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "21 November 2026, 05:43 UTC": generation time, always in UTC so two machines print the same. */
export function formatTimestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** "3 incidents", "1 incident". */
export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** An id safe in a URL fragment: `round:2026-02-06:muscat` → `round-2026-02-06-muscat`. */
export function toAnchor(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The first `count` words of a text, for an untitled document: never invents, only cuts. */
export function firstWords(text: string, count = 12): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= count) return words.join(" ");
  return `${words.slice(0, count).join(" ")} …`;
}

/** Whole days between two ISO days (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The ISO day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
