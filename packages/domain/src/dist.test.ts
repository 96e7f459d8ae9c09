import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The package must run in a browser bundle as well as in Node: checked on what ships, the built dist/.
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const distDir = join(packageDir, "dist");

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every module specifier in static imports, re-exports, side-effect imports and dynamic imports. */
function readSpecifiers(code: string): string[] {
  const patterns = [/\b(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]!));
}

describe("the built package", () => {
  it("has been built", () => {
    expect(existsSync(join(distDir, "index.js")), "run `pnpm --filter @sitrep/domain build` first").toBe(true);
  });

  const jsFiles = existsSync(distDir) ? listFiles(distDir).filter((file) => file.endsWith(".js")) : [];

  it("imports nothing but zod and its own relative files", () => {
    expect(jsFiles.length).toBeGreaterThan(5);
    const foreign = jsFiles.flatMap((file) =>
      readSpecifiers(readFileSync(file, "utf8"))
        .filter((specifier) => specifier !== "zod" && !specifier.startsWith("./"))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(foreign).toEqual([]);
  });

  it("uses no Node globals", () => {
    const nodeGlobals = jsFiles.filter((file) => /\b(?:process|Buffer|__dirname|__filename|require)\b/.test(readFileSync(file, "utf8")));
    expect(nodeGlobals).toEqual([]);
  });

  it("ships no test or fixture code", () => {
    const shipped = listFiles(distDir).map((file) => file.slice(distDir.length + 1));
    expect(shipped.filter((file) => /\.test\.|__fixtures__|__snapshots__/.test(file))).toEqual([]);
  });

  it("recognises the import forms it checks", () => {
    const code = 'import { z } from "zod";\nexport * from "./date.js";\nimport "node:fs";\nconst m = import("node:path");';
    expect(readSpecifiers(code).sort()).toEqual(["./date.js", "node:fs", "node:path", "zod"]);
  });
});

describe("package.json", () => {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as Record<string, unknown>;

  it("depends on zod alone", () => {
    expect(Object.keys(manifest.dependencies as object)).toEqual(["zod"]);
    expect(manifest.peerDependencies).toBeUndefined();
  });

  it("exports the code, its types and the JSON Schema", () => {
    expect(manifest.exports).toMatchObject({
      ".": { types: "./dist/index.d.ts", import: "./dist/index.js" },
      "./dataset.schema.json": "./dist/dataset.schema.json",
    });
    expect(manifest.sideEffects).toBe(false);
  });
});
