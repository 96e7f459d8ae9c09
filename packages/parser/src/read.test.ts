import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ParseInputError } from "./errors.js";
import { readCorpus, readInputs } from "./read.js";

const root = mkdtempSync(join(tmpdir(), "sitrep-read-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

describe("readInputs", () => {
  it("reads a folder's article files sorted by name, with their format, and skips other files", () => {
    const dir = folder("mixed", { "b.md": "# Talks\nText.", "a.txt": "Talks.", "c.html": "<p>Talks.</p>", "d.htm": "<p>x</p>", "e.markdown": "x", "notes.json": "{}" });
    mkdirSync(join(dir, "sub.txt"));
    const results = readInputs([dir]);
    expect(results.map((r) => [r.source.slice(dir.length + 1), "format" in r ? r.format : "error"])).toEqual([
      ["a.txt", "text"],
      ["b.md", "markdown"],
      ["c.html", "html"],
      ["d.htm", "html"],
      ["e.markdown", "markdown"],
    ]);
  });

  it("names the file and the reason for non-UTF-8 content, and still reads the other files", () => {
    const dir = folder("latin1", { "bad.txt": new Uint8Array([0x54, 0x65, 0x68, 0x72, 0xe1, 0x6e, 0x0a]), "good.txt": "Talks resumed." });
    const { inputs, errors } = readCorpus([dir]);
    expect(inputs.map((i) => i.content)).toEqual(["Talks resumed."]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(ParseInputError);
    expect(errors[0]!.message).toBe(`could not read ${join(dir, "bad.txt")} - not valid UTF-8 text`);
  });

  it("reports an empty file and an unknown extension given by name", () => {
    const dir = folder("odd", { "empty.txt": "  \n", "paper.pdf": "%PDF" });
    const { inputs, errors } = readCorpus([join(dir, "empty.txt"), join(dir, "paper.pdf"), join(dir, "missing.txt")]);
    expect(inputs).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([
      `could not read ${join(dir, "empty.txt")} - empty file`,
      `could not read ${join(dir, "paper.pdf")} - unsupported extension .pdf (expected .txt, .md, .markdown, .html or .htm)`,
      `could not read ${join(dir, "missing.txt")} - no such file or folder`,
    ]);
  });

  it("drops a UTF-8 byte order mark", () => {
    const dir = folder("bom", { "a.txt": "\uFEFFTalks resumed." });
    expect(readCorpus([dir]).inputs[0]!.content).toBe("Talks resumed.");
  });
});
