import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WriteError, writeFileAtomic } from "./write.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sitrep-write-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("writes the file, creating its directory, and leaves no temp file", async () => {
    const path = join(dir, "nested", "brief.html");
    await writeFileAtomic(path, "<p>hello</p>");
    expect(await readFile(path, "utf8")).toBe("<p>hello</p>");
    expect(await readdir(join(dir, "nested"))).toEqual(["brief.html"]);
  });

  it("replaces an existing file whole", async () => {
    const path = join(dir, "brief.pdf");
    await writeFile(path, "old");
    await writeFileAtomic(path, new Uint8Array([37, 80, 68, 70]));
    expect(await readFile(path, "utf8")).toBe("%PDF");
  });

  it("leaves no file and no temp file when the write fails", async () => {
    // A directory where the file should go makes the final rename fail after the data was written.
    const path = join(dir, "brief.html");
    await mkdir(path);
    await expect(writeFileAtomic(path, "x".repeat(100_000))).rejects.toThrow(WriteError);
    expect(await readdir(dir)).toEqual(["brief.html"]);
    expect(await readdir(path)).toEqual([]);
  });

  it("keeps the previous content when the new one cannot be written", async () => {
    const path = join(dir, "brief.html");
    await writeFile(path, "previous brief");
    // Data of an unsupported type fails inside the write, after the temp file was created.
    await expect(writeFileAtomic(path, 42 as unknown as string)).rejects.toThrow(`could not write ${path}`);
    expect(await readFile(path, "utf8")).toBe("previous brief");
    expect(await readdir(dir)).toEqual(["brief.html"]);
  });

  it("names the file and the reason when the directory cannot be made", async () => {
    const blocker = join(dir, "file");
    await writeFile(blocker, "");
    await expect(writeFileAtomic(join(blocker, "brief.html"), "x")).rejects.toThrow(/could not write .*brief\.html - /);
  });
});
