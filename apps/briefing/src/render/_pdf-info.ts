/**
 * Chromium writes only Title (from <title>), Creator, Producer and the print time into a PDF's Info
 * dictionary; it ignores <meta name="subject"> and has no option for it. This appends a standard PDF
 * incremental update (ISO 32000-1 §7.5.6): a new Info dictionary, a one-entry xref section and a
 * trailer pointing back to the original with /Prev. The original bytes are untouched, so links,
 * outline and tags are kept. If the file does not end the way Chromium writes it (a classic xref table),
 * it is returned unchanged: the metadata is a convenience, never worth a broken file.
 */
export interface PdfInfo {
  title: string;
  subject: string;
  keywords?: string;
  creator: string;
  creationDate: Date;
}

/** A PDF text string in UTF-16BE with a byte-order mark, as hex: safe for any character. */
function pdfTextString(text: string): string {
  let hex = "FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase();
  return `<${hex}>`;
}

function pdfDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `(D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}+00'00')`;
}

export function setPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const buffer = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const tail = buffer.subarray(Math.max(0, buffer.length - 1024)).toString("latin1");
  const end = /trailer\s*<<([\s\S]*?)>>\s*startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!end) return pdf;
  const trailer = end[1]!;
  const previousXref = end[2]!;
  const size = /\/Size (\d+)/.exec(trailer);
  const root = /\/Root (\d+ \d+ R)/.exec(trailer);
  if (!size || !root) return pdf;

  // Keep the producer Chromium stated: it says which engine drew the pages.
  let producer = "";
  const infoRef = /\/Info (\d+) (\d+) R/.exec(trailer);
  if (infoRef) {
    const head = buffer.toString("latin1", 0, Math.min(buffer.length, 4096));
    const match = new RegExp(`\\n${infoRef[1]} ${infoRef[2]} obj\\s*<<[\\s\\S]*?/Producer (\\((?:[^()\\\\]|\\\\.)*\\))`).exec(head);
    if (match) producer = `\n/Producer ${match[1]}`;
  }

  const objectNumber = Number(size[1]);
  const date = pdfDate(info.creationDate);
  const body =
    `\n${objectNumber} 0 obj\n<</Title ${pdfTextString(info.title)}\n/Subject ${pdfTextString(info.subject)}` +
    (info.keywords ? `\n/Keywords ${pdfTextString(info.keywords)}` : "") +
    `\n/Creator ${pdfTextString(info.creator)}${producer}\n/CreationDate ${date}\n/ModDate ${date}>>\nendobj\n`;
  const objectOffset = buffer.length + 1; // after the leading newline
  const xrefOffset = buffer.length + Buffer.byteLength(body, "latin1");
  const update =
    body +
    `xref\n${objectNumber} 1\n${String(objectOffset).padStart(10, "0")} 00000 n \n` +
    `trailer\n<</Size ${objectNumber + 1}\n/Root ${root[1]}\n/Info ${objectNumber} 0 R\n/Prev ${previousXref}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([buffer, Buffer.from(update, "latin1")]));
}
