/**
 * The timeline figure: one row per event on a shared date axis, coloured by type. An exact day is a dot;
 * a coarse, approximate or interval date is a bar over every day it may be (clipped at the range's edges
 * with an arrow), so the figure never shows more precision than the source gave. Planned events are
 * hollow. Built as a string with every text escaped; no script, no external reference.
 */
import { type DateRange, type FuzzyDate, formatFuzzyDate, parseFuzzyDate } from "@sitrep/domain";
import { addDays, daysBetween, escapeHtml, isCoarse } from "./_format.js";

export interface TimelineEvent {
  anchor: string;
  date: FuzzyDate;
  type: "round" | "incident" | "sanction";
  label: string;
  planned: boolean;
  /** Claimed or denied: drawn with a dashed outline. */
  tentative: boolean;
}

/** Colours chosen to stay distinct for the common colour-vision deficiencies and in greyscale print. */
export const TYPE_COLOURS = { round: "#1f5fa8", incident: "#c0392b", sanction: "#b7791f" } as const;
const TYPE_NAMES = { round: "Negotiation round", incident: "Incident", sanction: "Sanction or tariff" } as const;

const WIDTH = 720;
const LABEL_WIDTH = 230;
const PLOT_LEFT = LABEL_WIDTH + 10;
const PLOT_RIGHT = WIDTH - 14;
const AXIS_TOP = 30;
const ROW_HEIGHT = 20;
const LEGEND_HEIGHT = 46;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

interface Tick {
  day: string;
  label: string;
  major: boolean;
}

/**
 * Axis ticks that stay legible from a one-day brief to a multi-year one. Over months, a tick names its
 * year only where the year starts (and on the first tick), and the step between ticks (1, 2, 3, 6 or 12
 * months) is the smallest at which no label runs into the next at the axis's scale.
 */
function axisTicks(range: DateRange, days: number, pxPerDay: number): Tick[] {
  if (days <= 62) {
    const ticks: Tick[] = [];
    const step = days <= 10 ? 1 : days <= 21 ? 2 : 7;
    for (let i = 0; i < days; i += step) {
      const day = addDays(range.from, i);
      ticks.push({ day, label: `${Number(day.slice(8))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`, major: true });
    }
    return ticks;
  }
  for (const monthStep of [1, 2, 3, 6]) {
    const ticks = monthTicks(range, monthStep);
    if (fitsApart(ticks, pxPerDay)) return ticks;
  }
  return monthTicks(range, 12);
}

function monthTicks(range: DateRange, monthStep: number): Tick[] {
  const ticks: Tick[] = [];
  let year = Number(range.from.slice(0, 4));
  let month = Number(range.from.slice(5, 7));
  if (range.from.slice(8) !== "01") month += 1;
  for (;;) {
    if (month > 12) {
      year += Math.floor((month - 1) / 12);
      month = ((month - 1) % 12) + 1;
    }
    const day = `${year}-${String(month).padStart(2, "0")}-01`;
    if (day > range.to) break;
    if ((month - 1) % monthStep === 0) {
      const label = monthStep === 12 ? String(year) : month <= monthStep ? `${MONTHS[month - 1]} ${year}` : MONTHS[month - 1]!;
      ticks.push({ day, label, major: true });
    }
    month += 1;
  }
  // The first tick names its year too, unless the next one does (a "Dec" before "Jan 2026" is plainly 2025's).
  const [first, second] = ticks;
  if (first && monthStep !== 12 && !/\d/.test(first.label) && !(second && /\d/.test(second.label))) first.label = `${first.label} ${first.day.slice(0, 4)}`;
  return ticks;
}

/** Average glyph width of the 11 px sans-serif axis labels, and the gap kept between two labels. */
const LABEL_CHAR_PX = 6.2;
const LABEL_GAP_PX = 4;
function fitsApart(ticks: Tick[], pxPerDay: number): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const apart = daysBetween(ticks[i - 1]!.day, ticks[i]!.day) * pxPerDay;
    if (((ticks[i - 1]!.label.length + ticks[i]!.label.length) * LABEL_CHAR_PX) / 2 + LABEL_GAP_PX > apart) return false;
  }
  return true;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** "3 Feb", or "3 Feb 2026" when the range spans more than one year and the day alone would be ambiguous. */
function shortDate(date: FuzzyDate, withYear: boolean): string {
  const parts = parseFuzzyDate(date);
  const prefix = parts.approximate ? "c. " : "";
  const year = withYear ? ` ${parts.start.slice(0, 4)}` : "";
  if (parts.precision === "day") return `${prefix}${Number(parts.start.slice(8))} ${MONTHS[Number(parts.start.slice(5, 7)) - 1]}${year}`;
  if (parts.precision === "month") return `${prefix}${MONTHS_LONG[Number(parts.start.slice(5, 7)) - 1]} ${parts.start.slice(0, 4)}`;
  if (parts.precision === "year") return `${prefix}${parts.start.slice(0, 4)}`;
  return `${prefix}${Number(parts.start.slice(8))} ${MONTHS[Number(parts.start.slice(5, 7)) - 1]}–${Number(parts.end.slice(8))} ${MONTHS[Number(parts.end.slice(5, 7)) - 1]}${year}`;
}

/**
 * Rows per panel: an SVG cannot break across printed pages, so a long timeline is drawn as several
 * panels, each with its own axis, that each fit on an A4 or letter page.
 */
const ROWS_PER_PANEL = 36;

export function renderTimelineSvg(events: readonly TimelineEvent[], range: DateRange): string {
  const panels: TimelineEvent[][] = [];
  for (let i = 0; i < events.length; i += ROWS_PER_PANEL) panels.push(events.slice(i, i + ROWS_PER_PANEL));
  if (panels.length === 0) panels.push([]);
  return panels.map((panel, index) => renderPanel(panel, range, index, panels.length, events.length)).join("\n");
}

function renderPanel(events: readonly TimelineEvent[], range: DateRange, index: number, panelCount: number, total: number): string {
  const days = daysBetween(range.from, range.to) + 1;
  const multiYear = range.from.slice(0, 4) !== range.to.slice(0, 4);
  const plotWidth = PLOT_RIGHT - PLOT_LEFT;
  const x = (dayIndex: number) => PLOT_LEFT + (dayIndex / days) * plotWidth;
  const rowsHeight = Math.max(events.length, 1) * ROW_HEIGHT;
  const last = index === panelCount - 1;
  const height = AXIS_TOP + rowsHeight + 8 + (last ? LEGEND_HEIGHT : 0);
  const f = (n: number) => (Math.round(n * 10) / 10).toString();
  const out: string[] = [];
  const suffix = panelCount > 1 ? `-${index + 1}` : "";
  const part = panelCount > 1 ? ` (part ${index + 1} of ${panelCount})` : "";
  const hatch = `tl-hatch${suffix}`;

  const description =
    total === 0 ? "No events in this period." : `${total} events from ${formatFuzzyDate(range.from)} to ${formatFuzzyDate(range.to)}; the table below lists them.`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="group" aria-labelledby="timeline-title${suffix}" aria-describedby="timeline-desc${suffix}" font-family="Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif" font-size="11">`,
    `<title id="timeline-title${suffix}">Timeline of events, ${escapeHtml(formatFuzzyDate(range.from))} to ${escapeHtml(formatFuzzyDate(range.to))}${part}</title>`,
    `<desc id="timeline-desc${suffix}">${escapeHtml(description)}</desc>`,
    `<defs><pattern id="${hatch}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="4" fill="#ffffff" fill-opacity="0.55"/></pattern></defs>`,
  );

  // Axis: ticks and vertical grid lines.
  const ticks = axisTicks(range, days, plotWidth / days);
  out.push(`<g class="axis" fill="#444">`);
  for (const tick of ticks) {
    const tx = x(daysBetween(range.from, tick.day));
    out.push(
      `<line x1="${f(tx)}" y1="${AXIS_TOP - 6}" x2="${f(tx)}" y2="${AXIS_TOP + rowsHeight}" stroke="#d5d8dc" stroke-width="0.8"/>`,
      `<text x="${f(tx)}" y="${AXIS_TOP - 10}" text-anchor="middle">${escapeHtml(tick.label)}</text>`,
    );
  }
  out.push(
    `<line x1="${PLOT_LEFT}" y1="${AXIS_TOP}" x2="${PLOT_RIGHT}" y2="${AXIS_TOP}" stroke="#888" stroke-width="1"/>`,
    `<line x1="${PLOT_RIGHT}" y1="${AXIS_TOP - 6}" x2="${PLOT_RIGHT}" y2="${AXIS_TOP + rowsHeight}" stroke="#d5d8dc" stroke-width="0.8"/>`,
    `</g>`,
  );

  if (events.length === 0) {
    out.push(`<text x="${f((PLOT_LEFT + PLOT_RIGHT) / 2)}" y="${AXIS_TOP + 14}" text-anchor="middle" fill="#555">No events in this period</text>`);
  }

  events.forEach((event, index) => {
    const top = AXIS_TOP + index * ROW_HEIGHT;
    const cy = top + ROW_HEIGHT / 2;
    const colour = TYPE_COLOURS[event.type];
    const parts = parseFuzzyDate(event.date);
    const dateText = formatFuzzyDate(event.date);
    const label = `${shortDate(event.date, multiYear)} · ${event.label}`;
    const dash = event.tentative ? ` stroke-dasharray="3 2"` : "";
    const fill = event.planned ? "#ffffff" : colour;
    if (index % 2 === 1) out.push(`<rect x="0" y="${top}" width="${WIDTH}" height="${ROW_HEIGHT}" fill="#f4f6f8"/>`);
    out.push(`<a href="#${escapeHtml(event.anchor)}">`);
    out.push(`<title>${escapeHtml(`${event.label}, ${dateText}${event.planned ? " (planned)" : ""}`)}</title>`);
    out.push(`<text x="${LABEL_WIDTH}" y="${cy + 4}" text-anchor="end" fill="#222">${escapeHtml(truncate(label, 40))}</text>`);
    if (isCoarse(event.date)) {
      const startIndex = Math.max(daysBetween(range.from, parts.start), 0);
      const endIndex = Math.min(daysBetween(range.from, parts.end), days - 1) + 1;
      const left = x(startIndex);
      const right = Math.max(x(endIndex), left + 4);
      const outlineDash = parts.approximate || parts.uncertain ? ` stroke-dasharray="4 2"` : dash;
      out.push(
        `<rect x="${f(left)}" y="${cy - 5}" width="${f(right - left)}" height="10" rx="3" fill="${fill}" fill-opacity="${event.planned ? 1 : 0.45}" stroke="${colour}" stroke-width="1.2"${outlineDash}/>`,
      );
      if (!event.planned) out.push(`<rect x="${f(left)}" y="${cy - 5}" width="${f(right - left)}" height="10" rx="3" fill="url(#${hatch})"/>`);
      // Arrows where the date runs past the range: the event may lie partly outside it.
      if (parts.start < range.from) out.push(`<path d="M${f(left - 1)} ${cy - 5} l-6 5 l6 5 z" fill="${colour}"/>`);
      if (parts.end > range.to) out.push(`<path d="M${f(right + 1)} ${cy - 5} l6 5 l-6 5 z" fill="${colour}"/>`);
    } else {
      const centre = x(daysBetween(range.from, parts.start) + 0.5);
      out.push(`<circle cx="${f(centre)}" cy="${cy}" r="5" fill="${fill}" stroke="${colour}" stroke-width="1.6"${dash}/>`);
    }
    out.push(`</a>`);
  });

  if (!last) {
    out.push(`</svg>`);
    return out.join("\n");
  }
  // Legend, under the last panel: colours by type, then the shape conventions.
  const legendTop = AXIS_TOP + rowsHeight + 20;
  let lx = 10;
  out.push(`<g class="legend" fill="#222">`);
  for (const type of ["round", "incident", "sanction"] as const) {
    out.push(`<circle cx="${lx + 5}" cy="${legendTop}" r="5" fill="${TYPE_COLOURS[type]}"/>`, `<text x="${lx + 15}" y="${legendTop + 4}">${TYPE_NAMES[type]}</text>`);
    lx += 30 + TYPE_NAMES[type].length * 6;
  }
  const row2 = legendTop + 18;
  out.push(
    `<circle cx="15" cy="${row2}" r="5" fill="#666"/>`,
    `<text x="25" y="${row2 + 4}">exact day</text>`,
    `<rect x="95" y="${row2 - 5}" width="26" height="10" rx="3" fill="#666" fill-opacity="0.45" stroke="#666" stroke-width="1.2"/>`,
    `<text x="127" y="${row2 + 4}">month, interval or approximate date (every day it may be)</text>`,
    `<circle cx="462" cy="${row2}" r="5" fill="#fff" stroke="#666" stroke-width="1.6"/>`,
    `<text x="472" y="${row2 + 4}">planned</text>`,
    `<circle cx="540" cy="${row2}" r="5" fill="#666" stroke="#333" stroke-width="1.6" stroke-dasharray="3 2"/>`,
    `<text x="550" y="${row2 + 4}">claimed or denied</text>`,
    `</g>`,
    `</svg>`,
  );
  return out.join("\n");
}
