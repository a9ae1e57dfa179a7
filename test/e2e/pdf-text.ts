// Reads back what a PDF made by pdf-lib with its standard fonts says, for tests: the text of every
// drawText (one line each, in drawing order) and how many pictures it holds.
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFObject,
} from 'pdf-lib';

function streamText(stream: PDFObject | undefined, doc: PDFDocument): string {
  const resolved = stream instanceof PDFRef ? doc.context.lookup(stream) : stream;
  if (resolved instanceof PDFArray) {
    return resolved
      .asArray()
      .map((s) => streamText(s, doc))
      .join('\n');
  }
  if (!(resolved instanceof PDFRawStream)) return '';
  return Buffer.from(decodePDFRawStream(resolved).decode()).toString('latin1');
}

/** Decodes a hex string in WinAnsi (close enough to Latin-1 for the tests' words). */
function fromHex(hex: string): string {
  return Buffer.from(hex, 'hex').toString('latin1');
}

export interface PdfContents {
  pages: number;
  /** Every line of text, in the order drawn. */
  lines: string[];
  images: number;
  /** How many times a picture is drawn (a tall one split over pages counts once per page). */
  drawn: number;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  const doc = await PDFDocument.load(bytes);
  const lines: string[] = [];
  let drawn = 0;
  for (const page of doc.getPages()) {
    const content = streamText(page.node.get(PDFName.of('Contents')), doc);
    drawn += content.match(/\/[\w-]+ Do\b/g)?.length ?? 0;
    let line = '';
    // BT ... ET blocks; a line drawn in two fonts (a speaker in bold, then the words) sits on one y.
    let lastY: string | null = null;
    for (const m of content.matchAll(/1 0 0 1 ([\d.-]+) ([\d.-]+) Tm\s*<([0-9A-Fa-f]*)> Tj/g)) {
      const [, , y, hex] = m;
      if (lastY !== null && y !== lastY) {
        lines.push(line);
        line = '';
      }
      line += fromHex(hex);
      lastY = y;
    }
    if (lastY !== null) lines.push(line);
  }
  let images = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : null;
    if (dict?.get(PDFName.of('Subtype')) === PDFName.of('Image')) images += 1;
  }
  return { pages: doc.getPageCount(), lines, images, drawn };
}
