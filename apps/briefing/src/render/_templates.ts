/**
 * Loads the brief's Handlebars layout, section partials and stylesheet. A `--template` directory
 * overrides any subset of them, file by file, with the same layout as the default directory:
 *
 *   layout.hbs            the page (required in the default set)
 *   brief.css             inlined into <style>
 *   partials/<name>.hbs   one per section, used as {{> name}}; a top-level <name>.hbs also counts
 *
 * Every template is compiled when loaded, so a syntax error surfaces before any rendering, as a
 * TemplateError naming the file and line.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type FuzzyDate, formatFuzzyDate, parseFuzzyDate } from "@sitrep/domain";
import Handlebars from "handlebars";
import { describeCoarseness, escapeHtml, pluralise } from "./_format.js";
import type { NoteRef } from "./_notes.js";

/** Resolved the same from `src/render/` and from `dist/render/`. */
export const DEFAULT_TEMPLATE_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));

export class TemplateError extends Error {
  override readonly name = "TemplateError";
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

type HandlebarsEnv = typeof Handlebars;

/** Compiled templates and where each came from. Opaque to callers: pass it to `renderBriefHtml`. */
export interface Templates {
  readonly layout: Handlebars.TemplateDelegate;
  readonly css: string;
  readonly files: { readonly layout: string; readonly css: string; readonly partials: Readonly<Record<string, string>> };
  /** @internal the isolated Handlebars environment the partials and helpers are registered in. */
  readonly env: HandlebarsEnv;
}

interface TemplateFiles {
  layout?: string;
  css?: string;
  partials: Record<string, string>;
}

function findTemplateFiles(dir: string): TemplateFiles {
  const files: TemplateFiles = { partials: {} };
  const layout = join(dir, "layout.hbs");
  if (existsSync(layout)) files.layout = layout;
  const css = join(dir, "brief.css");
  if (existsSync(css)) files.css = css;
  for (const entry of readdirSync(dir).sort()) {
    if (entry.endsWith(".hbs") && entry !== "layout.hbs") files.partials[entry.slice(0, -4)] = join(dir, entry);
  }
  const partialDir = join(dir, "partials");
  if (existsSync(partialDir) && statSync(partialDir).isDirectory()) {
    for (const entry of readdirSync(partialDir).sort()) {
      if (entry.endsWith(".hbs")) files.partials[entry.slice(0, -4)] = join(partialDir, entry);
    }
  }
  return files;
}

/** The line a Handlebars error points at: from the exception's fields, else from "Parse error on line N". */
function lineOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const line = (error as { lineNumber?: unknown }).lineNumber;
  if (typeof line === "number") return line;
  const match = /line (\d+)/.exec(String((error as { message?: unknown }).message));
  return match ? Number(match[1]) : undefined;
}

/** Declaring the brief's helpers lets Handlebars call them directly instead of looking each name up. */
const COMPILE_OPTIONS = {
  strict: false,
  preventIndent: true,
  knownHelpers: { date: true, plural: true, refs: true, qualifiers: true, join: true, eq: true },
} as const;

/**
 * Parses the template now, so syntax errors and mismatched blocks surface at load with their line, and
 * leaves code generation to the first render (Handlebars compiles lazily; doing it twice at load cost a
 * CLI run ~0.15 s). Anything that fails later, while compiling or rendering, is reported against the
 * innermost template file it happened in.
 */
function compileFile(env: HandlebarsEnv, file: string, source: string): Handlebars.TemplateDelegate {
  let ast: hbs.AST.Program;
  try {
    ast = env.parse(source);
  } catch (error) {
    const line = lineOf(error);
    const reason = String((error as Error).message ?? error).split("\n")[0];
    throw new TemplateError(`could not compile template ${file}${line ? `:${line}` : ""} - ${reason}`, file, line, { cause: error });
  }
  const template = env.compile(ast, COMPILE_OPTIONS);
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return template(context, options);
    } catch (error) {
      if (error instanceof TemplateError) throw error;
      const line = lineOf(error);
      const reason = String((error as Error).message ?? error).split("\n")[0];
      throw new TemplateError(`could not render template ${file}${line ? `:${line}` : ""} - ${reason}`, file, line, { cause: error });
    }
  };
}

async function readTemplate(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new TemplateError(`could not read template ${file} - ${(error as Error).message}`, file, undefined, { cause: error });
  }
}

function isNoteRefList(value: unknown): value is NoteRef[] {
  return Array.isArray(value) && value.every((ref) => typeof ref === "object" && ref !== null && "n" in ref && "href" in ref);
}

/** The brief's helpers. Each escapes what it is given and returns markup as a SafeString. */
function registerHelpers(env: HandlebarsEnv): void {
  const safe = (html: string) => new env.SafeString(html);
  const args = (list: unknown[]) => list.slice(0, -1); // Handlebars passes its options object last.

  /** `{{date d}}`: a date at its precision, marked when coarse: "June 2025, day not reported". */
  const dates = new Map<string, Handlebars.SafeString>();
  env.registerHelper("date", (value: unknown) => {
    if (typeof value !== "string" || value === "") return "";
    // A brief repeats the same few dates many times; each costs three parses of the EDTF string.
    const known = dates.get(value);
    if (known) return known;
    if (dates.size > 10_000) dates.clear();
    const parts = parseFuzzyDate(value as FuzzyDate);
    const text = escapeHtml(formatFuzzyDate(value));
    const machine = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? ` datetime="${value}"` : "";
    const coarse = describeCoarseness(value);
    const approx = parts.approximate || parts.uncertain || coarse !== undefined;
    const marker = coarse ? `<span class="coarse-note">, ${escapeHtml(coarse)}</span>` : "";
    const html = safe(`<time${machine}${approx ? ` class="coarse"` : ""}>${text}</time>${marker}`);
    dates.set(value, html);
    return html;
  });

  /** `{{plural n "incident"}}` → "3 incidents"; `{{plural n "entity" "entities"}}`. */
  env.registerHelper("plural", (...list: unknown[]) => {
    const [count, singular, plural] = args(list) as [number, string, string | undefined];
    return pluralise(Number(count), String(singular), typeof plural === "string" ? plural : undefined);
  });

  /**
   * `{{refs refs}}`: endnote references, each linking to its note and anchoring the back-link. Three or
   * more consecutive notes read as a range, "[10]–[21]"; the notes inside it keep an (empty) anchor so
   * their back-links still land here.
   */
  env.registerHelper("refs", (value: unknown) => {
    if (!isNoteRefList(value) || value.length === 0) return "";
    const link = (ref: NoteRef) => `<a class="ref" href="${escapeHtml(ref.href)}" id="${escapeHtml(ref.id)}" aria-label="note ${ref.n}">[${ref.n}]</a>`;
    const runs: NoteRef[][] = [];
    for (const ref of value) {
      const run = runs[runs.length - 1];
      if (run && run[run.length - 1]!.n + 1 === ref.n) run.push(ref);
      else runs.push([ref]);
    }
    const parts = runs.map((run) => {
      if (run.length < 3) return run.map(link).join("");
      const inner = run.slice(1, -1).map((ref) => `<span class="ref-anchor" id="${escapeHtml(ref.id)}"></span>`);
      return `${link(run[0]!)}–${inner.join("")}${link(run[run.length - 1]!)}`;
    });
    return safe(`<sup class="refs">${parts.join("")}</sup>`);
  });

  /** `{{qualifiers list}}`: "planned", "claimed by Iran" as visible tags. */
  env.registerHelper("qualifiers", (value: unknown) => {
    if (!Array.isArray(value) || value.length === 0) return "";
    return safe(value.map((q) => ` <span class="qualifier">${escapeHtml(String(q))}</span>`).join(""));
  });

  /** `{{join list ", "}}` */
  env.registerHelper("join", (...list: unknown[]) => {
    const [items, separator] = args(list) as [unknown, unknown];
    return Array.isArray(items) ? items.map(String).join(typeof separator === "string" ? separator : ", ") : "";
  });

  /** `{{#if (eq a b)}}` */
  env.registerHelper("eq", (...list: unknown[]) => {
    const [a, b] = args(list);
    return a === b;
  });
}

/**
 * Loads and compiles the templates. With `templateDir`, its files replace the default ones of the same
 * name and any other file is kept from the default set.
 */
export async function loadTemplates(templateDir?: string): Promise<Templates> {
  const defaults = findTemplateFiles(DEFAULT_TEMPLATE_DIR);
  let chosen: TemplateFiles = defaults;
  if (templateDir !== undefined) {
    if (!existsSync(templateDir) || !statSync(templateDir).isDirectory()) {
      throw new TemplateError(`could not load templates from ${templateDir} - not a directory`, templateDir);
    }
    const overrides = findTemplateFiles(templateDir);
    if (!overrides.layout && !overrides.css && Object.keys(overrides.partials).length === 0) {
      throw new TemplateError(
        `could not load templates from ${templateDir} - expected layout.hbs, brief.css or partials/<section>.hbs there, found none`,
        templateDir,
      );
    }
    chosen = {
      layout: overrides.layout ?? defaults.layout,
      css: overrides.css ?? defaults.css,
      partials: { ...defaults.partials, ...overrides.partials },
    };
  }
  if (!chosen.layout || !chosen.css) {
    throw new TemplateError(`could not load templates from ${DEFAULT_TEMPLATE_DIR} - layout.hbs or brief.css is missing`, DEFAULT_TEMPLATE_DIR);
  }

  const env = Handlebars.create();
  registerHelpers(env);
  const [layoutSource, css, ...partialSources] = await Promise.all([
    readTemplate(chosen.layout),
    readTemplate(chosen.css),
    ...Object.values(chosen.partials).map(readTemplate),
  ]);
  Object.keys(chosen.partials).forEach((name, index) => {
    const file = chosen.partials[name]!;
    env.registerPartial(name, compileFile(env, file, partialSources[index]!));
  });
  const layout = compileFile(env, chosen.layout, layoutSource!);
  return { layout, css: css!, files: { layout: chosen.layout, css: chosen.css, partials: { ...chosen.partials } }, env };
}
