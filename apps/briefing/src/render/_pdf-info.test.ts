import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { setPdfInfo } from "./_pdf-info.js";

const workDir = mkdtempSync(join(tmpdir(), "sitrep-pdf-info-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A one-page PDF with a classic xref table, the shape Chromium writes. */
function minimalPdf(): Uint8Array {
  const objects = [
    "<</Title (Old title)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20200101000000+00'00')>>",
    "<</Type /Catalog\n/Pages 3 0 R>>",
    "<</Type /Pages\n/Kids [4 0 R]\n/Count 1>>",
    "<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 200 200]>>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}

describe("setPdfInfo", () => {
  it("adds title, subject, creator and creation date that poppler reads, keeping the producer", () => {
    const updated = setPdfInfo(minimalPdf(), {
      title: "Situation brief — 1–28 February 2026",
      subject: "Subject with “quotes” and (parentheses)",
      creator: "sitrep",
      creationDate: new Date("2026-03-01T08:00:00Z"),
    });
    const file = join(workDir, "updated.pdf");
    writeFileSync(file, updated);
    const info = execFileSync("pdfinfo", ["-isodates", file], { encoding: "utf8" });
    expect(info).toMatch(/^Title:\s+Situation brief — 1–28 February 2026$/m);
    expect(info).toMatch(/^Subject:\s+Subject with “quotes” and \(parentheses\)$/m);
    expect(info).toMatch(/^Creator:\s+sitrep$/m);
    expect(info).toMatch(/^Producer:\s+Skia\/PDF m156$/m);
    expect(info).toMatch(/^CreationDate:\s+2026-03-01T08:00:00Z$/m);
    expect(info).toMatch(/^Pages:\s+1$/m);
  });

  it("leaves the original bytes in place and only appends", () => {
    const original = minimalPdf();
    const updated = setPdfInfo(original, { title: "t", subject: "s", creator: "c", creationDate: new Date(0) });
    expect(Buffer.from(updated.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
    expect(updated.length).toBeGreaterThan(original.length);
  });

  it("returns a file it does not recognise unchanged", () => {
    const odd = new Uint8Array(Buffer.from("%PDF-1.7\n... cross-reference stream only ...\nstartxref\n123\n%%EOF"));
    expect(setPdfInfo(odd, { title: "t", subject: "s", creator: "c", creationDate: new Date(0) })).toBe(odd);
  });
});
