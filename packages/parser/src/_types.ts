/**
 * The parser's internal contract: what the ingest/date side (reading, normalising, sentences, date
 * resolution, merging) hands to the extraction side (actors, rounds, incidents, sanctions) and back.
 * Nothing here is public API; `index.ts` decides what is.
 */
import type {
  Actor,
  ActorId,
  Document,
  Evidence,
  FuzzyDate,
  Incident,
  Round,
  Sanction,
  Warning,
} from "@sitrep/domain";

/** Character offsets into the document's normalised text, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Position in the document, from 0. */
  index: number;
  /** Paragraph (line block) the sentence belongs to, from 0; the title line, if any, is paragraph 0. */
  paragraph: number;
  text: string;
  /** True for headings and the title: lines with no sentence-final punctuation. */
  heading: boolean;
}

/** A date read from, or resolved for, a piece of text. */
export interface ResolvedDate {
  date: FuzzyDate;
  /** The words the date was read from (may lie in an earlier sentence, for "the same day"). */
  span: Span;
  /**
   * `explicit` "9 May 2031", "March 3" (year from the publication date); `relative` "last week",
   * "on Friday" against the publication date; `anaphoric` "the same day" → the previous date;
   * `anchored` "within hours of the session" → another event's date; `approximate` "in recent
   * days", "late January".
   */
  method: "explicit" | "relative" | "anaphoric" | "anchored" | "approximate";
  /** Background far before the publication date ("the 1998 accord", "Moscow's 2003 withdrawal"). */
  historical: boolean;
}

/** One normalised document and the services extractors need to read it. */
export interface DocumentContext {
  /** The document as it will be stored (its `text` is what every span points into). */
  document: Document;
  sentences: Sentence[];
  /** The publication day (or coarser), null when the document is undated. */
  published: FuzzyDate | null;
  /** Evidence for a span of the text: the exact quote and its offsets. */
  evidence(span: Span): Evidence;
  /** Every date phrase in a sentence, in order of appearance. */
  datesIn(sentence: Sentence): ResolvedDate[];
  /**
   * The date of an event whose trigger words are at `trigger` within `sentence`: the closest date
   * phrase of the same clause, else an anaphor or anchor ("the same day", "hours before talks began"),
   * else undefined. Never falls back to the publication date on its own: an undated document yields
   * undated candidates, which the merge step drops unless another source dates them.
   */
  eventDate(sentence: Sentence, trigger: Span): ResolvedDate | undefined;
  /** Warnings met while reading (a weekday that contradicts its date…), stored on the document. */
  warnings: Warning[];
}

/** An actor occurrence in the text, resolved to an actor id. */
export interface ActorMention extends Span {
  actorId: ActorId;
}

/** The actors of one document: records (with their mentions) and where each is named. */
export interface ActorIndex {
  actors: Actor[];
  mentions: ActorMention[];
  /** The actors named inside a span, in order of appearance. */
  within(span: Span): ActorMention[];
}

/**
 * An event as read from one passage, before merging. `date` is absent when the passage itself gives
 * none ("the talks in Oslo"); the merge step attaches such candidates to a dated event of the same
 * document that they are compatible with, and drops them otherwise.
 */
type Candidate<T extends { id: string; date: FuzzyDate }> = Omit<T, "id" | "date"> & {
  date?: FuzzyDate;
  /** True for background far before publication; merged like the rest but never made "news". */
  historical?: boolean;
};

export type RoundCandidate = Candidate<Round>;
export type IncidentCandidate = Candidate<Incident>;
export type SanctionCandidate = Candidate<Sanction>;

export interface EventCandidates {
  rounds: RoundCandidate[];
  incidents: IncidentCandidate[];
  sanctions: SanctionCandidate[];
}

/** What `parseDocument` returns: one document and what was read from it (events merged within it). */
export interface Extraction {
  document: Document;
  actors: Actor[];
  rounds: Round[];
  incidents: Incident[];
  sanctions: Sanction[];
}
