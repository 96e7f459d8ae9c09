/**
 * Reading article files from disk: the only part of the parser that touches the file system (besides
 * loading the bundled actor dictionary). Everything it returns goes to `parseDocument`/`parseCorpus`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { ParseInputError } from "./errors.js";

export type InputFormat = "text" | "markdown" | "html";

/** One article's raw content, ready for `parseDocument`. */
export interface DocumentInput {
  /** File name or other label; becomes `Document.source`. */
  source: string;
  content: string;
  format?: InputFormat;
  /** A publication date supplied by the caller (highest precedence, like metadata). */
  published?: string;
}

export type ReadResult = DocumentInput | { source: string; error: ParseInputError };

const FORMATS: Record<string, InputFormat> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

/** The format a file name implies, or undefined for an extension the parser does not read. */
export function formatOfPath(path: string): InputFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

const decoder = new TextDecoder("utf-8", { fatal: true });

function readFile(path: string): ReadResult {
  const format = formatOfPath(path);
  if (format === undefined) {
    const extension = extname(path);
    const reason = extension === "" ? "no file extension (expected .txt, .md, .markdown, .html or .htm)" : `unsupported extension ${extension} (expected .txt, .md, .markdown, .html or .htm)`;
    return { source: path, error: new ParseInputError(path, reason) };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return { source: path, error: new ParseInputError(path, code === "ENOENT" ? "no such file" : `unreadable (${code ?? "unknown error"})`, { cause }) };
  }
  let content: string;
  try {
    content = decoder.decode(bytes);
  } catch (cause) {
    return { source: path, error: new ParseInputError(path, "not valid UTF-8 text", { cause }) };
  }
  if (content.replace(/^\uFEFF/, "").trim() === "") return { source: path, error: new ParseInputError(path, "empty file") };
  return { source: path, content: content.replace(/^\uFEFF/, ""), format };
}

/**
 * Reads the given paths. A folder contributes its `.txt`, `.md`, `.markdown`, `.html` and `.htm` files
 * (not its subfolders), sorted by name; a file is read whatever its name, and an unknown extension is
 * an error for that file only. Each result is either an input or an error naming the file: one bad
 * file never stops the others.
 */
export function readInputs(paths: string[]): ReadResult[] {
  const results: ReadResult[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (cause) {
      results.push({ source: path, error: new ParseInputError(path, "no such file or folder", { cause }) });
      continue;
    }
    if (!isDirectory) {
      results.push(readFile(path));
      continue;
    }
    const names = readdirSync(path)
      .filter((name) => formatOfPath(name) !== undefined && !name.startsWith("."))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      const file = join(path, name);
      if (statSync(file).isFile()) results.push(readFile(file));
    }
  }
  return results;
}

/** The CLI's view of {@link readInputs}: the inputs to parse and the per-file errors to report. */
export function readCorpus(paths: string[]): { inputs: DocumentInput[]; errors: ParseInputError[] } {
  const inputs: DocumentInput[] = [];
  const errors: ParseInputError[] = [];
  for (const result of readInputs(paths)) {
    if ("error" in result) errors.push(result.error);
    else inputs.push(result);
  }
  return { inputs, errors };
}

