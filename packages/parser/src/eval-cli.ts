#!/usr/bin/env node
/**
 * `pnpm eval [articles-dir] [gold-dir] [--json]`: parses the articles with `parseCorpus` and scores the
 * result against the gold annotations. With no folder it evaluates the seeds and
 * `fixtures/articles` against `fixtures/gold`. Relative paths are read from the caller's folder
 * (`INIT_CWD`, which pnpm sets, since `pnpm --filter` runs the script inside the package).
 *
 * It is a report: exit 0 whatever the scores; 2 only on bad input (no articles, unreadable file,
 * malformed gold, a gold quote that is not in its article).
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { articleName, evaluate, findUnquotedEvidence, formatReport, readGolds } from "./eval.js";
import { parseCorpus } from "./parse.js";
import { readCorpus } from "./read.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

// The default articles and golds: the seeds of the repository and the fixtures.
const DEFAULT_ARTICLE_DIRS = [resolve(packageDir, "../../seeds"), resolve(packageDir, "fixtures/articles")];
const DEFAULT_GOLD_DIR = resolve(packageDir, "fixtures/gold");

class UsageError extends Error {}

function main(argv: string[]): number {
  const json = argv.includes("--json");
  const positional = argv.filter((arg) => !arg.startsWith("--"));
  if (positional.length > 2) throw new UsageError("usage: eval [articles-dir] [gold-dir] [--json]");
  const base = process.env.INIT_CWD ?? process.cwd();
  const articleDirs = positional[0] ? [resolve(base, positional[0])] : DEFAULT_ARTICLE_DIRS;
  const goldDir = positional[1] ? resolve(base, positional[1]) : DEFAULT_GOLD_DIR;

  const { inputs, errors } = readCorpus(articleDirs);
  if (errors.length > 0) throw new UsageError(errors.map((e) => e.message).join("; "));
  if (inputs.length === 0) throw new UsageError(`could not evaluate - no articles in ${articleDirs.join(", ")}`);

  const texts = new Map<string, string>();
  for (const input of inputs) {
    const name = articleName(input.source);
    // Golds name articles by file name alone, so two articles with one name could not be told apart.
    if (texts.has(name)) throw new UsageError(`could not evaluate - two articles are named ${name}`);
    texts.set(name, input.content);
  }
  const golds = readGolds(goldDir).filter((gold) => texts.has(gold.article));
  if (golds.length === 0) throw new UsageError(`could not evaluate - no gold in ${goldDir} names an article of ${articleDirs.join(", ")}`);
  for (const gold of golds) {
    const unquoted = findUnquotedEvidence(gold, texts.get(gold.article)!);
    if (unquoted.length > 0) throw new UsageError(`could not read gold for ${gold.article} - evidence not in the article: "${unquoted[0]}"`);
  }

  const dataset = parseCorpus(inputs);
  const report = evaluate(dataset, golds);
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
