import type { DateRange, IsoDay } from "@sitrep/domain";

/** What a brief is about and when it was made; the dataset says what happened. */
export interface BriefMeta {
  /** The days the brief covers, inclusive. */
  range: DateRange;
  /** Information cutoff: the brief reflects sources available up to this day. */
  asOf: IsoDay;
  generatedAt: Date;
  paper: "a4" | "letter";
  /** Replaces "Situation brief — <range>" as the heading and the PDF title. */
  title?: string;
}
