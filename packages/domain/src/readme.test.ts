import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatFuzzyDate } from "./date.js";
import { IncidentKindSchema } from "./events.js";
import * as domain from "./index.js";

// The README is part of the package: its example, output and tables must say what the code does.
const readmeUrl = new URL("../README.md", import.meta.url);
const exampleUrl = new URL("../test/readme-example.mjs", import.meta.url);
const readme = readFileSync(readmeUrl, "utf8");

/** The body of the fenced block that follows `marker` in the README. */
function blockAfter(marker: string): string {
  const from = readme.indexOf(marker);
  expect(from, `README has no "${marker}"`).toBeGreaterThan(-1);
  const match = /```[a-z]*\n([\s\S]*?)```/.exec(readme.slice(from));
  return match?.[1] ?? "";
}

/** Rows of the markdown table whose header starts with `header`, as arrays of cell texts. */
function tableRows(header: string): string[][] {
  const lines = readme.split("\n");
  const start = lines.findIndex((line) => line.startsWith(header));
  expect(start, `README has no table "${header}"`).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(line.split("|").slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
}

const unquote = (cell: string) => cell.replace(/^`|`$/g, "");

describe("README.md", () => {
  it("shows the example file verbatim", () => {
    expect(blockAfter("## Usage")).toBe(readFileSync(exampleUrl, "utf8"));
  });

  it("shows the example's real output (needs the build: it imports @sitrep/domain)", () => {
    const output = execFileSync("node", [new URL(exampleUrl).pathname], { encoding: "utf8" });
    expect(blockAfter("Output (")).toBe(output);
  });

  it("formats every date of the date table as formatFuzzyDate does", () => {
    const rows = tableRows("| form ");
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const [form, , , text] of rows) expect(formatFuzzyDate(unquote(form!))).toBe(text);
  });

  it("maps exactly the incident kinds of IncidentKindSchema", () => {
    expect(tableRows("| kind ").map(([kind]) => unquote(kind!))).toEqual(IncidentKindSchema.options);
  });

  it("lists every export in the API section", () => {
    const api = readme.slice(readme.indexOf("## API"));
    const missing = Object.keys(domain).filter((name) => !api.includes(`\`${name}\``) && !api.includes(`\`${name}(`));
    expect(missing).toEqual([]);
  });
});
