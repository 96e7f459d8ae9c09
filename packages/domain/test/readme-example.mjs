import { createDataset, formatFuzzyDate, parseDataset, selectDateRange, validateDataset } from "@sitrep/domain";

// A document, and evidence as exact quotes with their span in its text.
const text =
  "The US and Iran on Friday (February 6, 2026) resumed their informal talks regarding Tehran’s nuclear programme.\n" +
  "Oman mediated the talks in Muscat.";
const documentId = "cf0bd94e75d63faf";
const cite = (quote) => {
  const start = text.indexOf(quote);
  return { documentId, quote, start, end: start + quote.length };
};
const state = (slug, name, capital, quote) => ({ id: `state:${slug}`, kind: "state", name, aliases: [capital], roles: [], capital, mentions: [cite(quote)] });

const dataset = {
  ...createDataset(),
  documents: [
    {
      id: documentId,
      source: "003_cf0bd94e75d63faf.txt",
      format: "text",
      title: null,
      published: { date: "2026-02-06", method: "dateline", evidence: cite("on Friday (February 6, 2026)") },
      links: [],
      text,
      warnings: [],
    },
  ],
  actors: [state("united-states", "United States", "Washington", "US"), state("iran", "Iran", "Tehran", "Iran"), state("oman", "Oman", "Muscat", "Oman")],
  rounds: [
    {
      id: "round:2026-02-06:muscat",
      date: "2026-02-06",
      mode: "asserted",
      summary: "US and Iranian delegations resume talks in Muscat, mediated by Oman.",
      evidence: [cite("The US and Iran on Friday (February 6, 2026) resumed their informal talks"), cite("Oman mediated the talks in Muscat")],
      venue: { city: "Muscat", country: "Oman" },
      mediators: ["state:oman"],
      format: "unknown",
      tracks: ["nuclear programme"],
      delegations: [],
      statements: [],
      status: "held",
    },
  ],
};

// Validate untrusted input: parseDataset throws a DatasetValidationError listing every issue.
const checked = parseDataset(dataset);
const week = selectDateRange(checked, { from: "2026-02-01", to: "2026-02-07" });
for (const round of week.rounds) {
  console.log(`${formatFuzzyDate(round.date)}: ${round.summary}`);
  for (const evidence of round.evidence) console.log(`  “${evidence.quote}” (${evidence.documentId} ${evidence.start}–${evidence.end})`);
}

// validateDataset never throws; it returns readable issues.
const broken = validateDataset({ ...dataset, rounds: [{ ...dataset.rounds[0], date: "Feb 2026", evidence: [] }] });
if (!broken.success) for (const issue of broken.issues) console.log(`${issue.path}: ${issue.message}`);
