import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSampleDataset } from "./__fixtures__/sample-dataset.js";

/**
 * The package as a stranger gets it: `pnpm pack` (which rewrites `catalog:` and `workspace:` versions),
 * `npm install <tarball>` in a fresh project outside the workspace (zod comes from the registry), then a
 * TypeScript consumer type-checked with NodeNext + strict and a plain-JS consumer run with node.
 * Needs the package built first (turbo's `test` depends on `build`).
 */
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const workspaceDir = join(packageDir, "..", "..");
const templateDir = join(packageDir, "test", "consumer");

let tempDir: string;
let consumerDir: string;
let tarball: string;

/** Runs a command and returns its stdout; on failure, throws with its output so the test says why. */
function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`could not run ${command} ${args.join(" ")} - exit with\n${stdout ?? ""}\n${stderr ?? ""}`, { cause: error });
  }
}

beforeAll(() => {
  tempDir = mkdtempSync(join(tmpdir(), "sitrep-domain-pack-"));
  run("pnpm", ["pack", "--pack-destination", tempDir], packageDir);
  const packed = readdirSync(tempDir).filter((file) => file.endsWith(".tgz"));
  expect(packed).toHaveLength(1);
  tarball = join(tempDir, packed[0]!);

  consumerDir = join(tempDir, "consumer");
  mkdirSync(consumerDir);
  for (const file of readdirSync(templateDir)) copyFileSync(join(templateDir, file), join(consumerDir, file));
  writeFileSync(join(consumerDir, "sample-dataset.json"), JSON.stringify(buildSampleDataset(), null, 2));
  run("npm", ["install", tarball, "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], consumerDir);
}, 120_000);

afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

describe("the packed @sitrep/domain", { timeout: 120_000 }, () => {
  it("has a package.json with real versions, not workspace protocols", () => {
    const manifestText = readFileSync(join(consumerDir, "node_modules", "@sitrep", "domain", "package.json"), "utf8");
    expect(manifestText).not.toMatch(/"(?:catalog|workspace):/);
    const manifest = JSON.parse(manifestText) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).toEqual(["zod"]);
    expect(manifest.dependencies.zod).toMatch(/^\^?\d+\.\d+\.\d+$/);
  });

  it("ships the compiled code, its types, the JSON Schema and the README, and no sources, tests or fixtures", () => {
    const installed = join(consumerDir, "node_modules", "@sitrep", "domain");
    const files = run("tar", ["-tzf", tarball], tempDir).trim().split("\n").map((file) => file.replace(/^package\//, ""));
    expect(files).toEqual(expect.arrayContaining(["package.json", "README.md", "dist/index.js", "dist/index.d.ts", "dist/dataset.schema.json"]));
    expect(files.filter((file) => /^src\/|\.test\.|__fixtures__|__snapshots__|^test\//.test(file))).toEqual([]);
    expect(readFileSync(join(installed, "README.md"), "utf8")).toMatch(/^# @sitrep\/domain/);
  });

  it("installs outside the workspace with zod from the registry", () => {
    expect(consumerDir.startsWith(workspaceDir)).toBe(false);
    const zod = JSON.parse(readFileSync(join(consumerDir, "node_modules", "zod", "package.json"), "utf8")) as { version: string };
    expect(zod.version).toMatch(/^4\./);
  });

  it("type-checks a TypeScript consumer under NodeNext and strict, with precise types", () => {
    const tsc = join(workspaceDir, "node_modules", "typescript", "bin", "tsc");
    // Succeeds only if the types resolve and the two @ts-expect-error lines really are errors.
    expect(run("node", [tsc, "--noEmit", "-p", "tsconfig.json"], consumerDir)).toBe("");
  });

  it("validates the sample dataset from plain JavaScript and resolves the JSON Schema export", () => {
    const output = run("node", ["consume.mjs", "sample-dataset.json"], consumerDir).trim().split("\n");
    expect(output).toEqual([
      "rounds: 2",
      "rounds 2026-02-01..2026-02-07: 1",
      "broken dataset: rounds[0].evidence: every record needs at least one piece of evidence",
      "json schema: https://sitrep.dev/schema/dataset-1.0.0.json (version const 1.0.0, package 1.0.0)",
    ]);
  });
});
