// The text of a PDF that pdf-lib wrote with its standard fonts (our own PDFs: the lesson pack), one
// string per page: each page's content streams are inflated and the strings shown by Tj read back
// (pdf-lib writes them as hex in the font's WinAnsi encoding). Not a general PDF text extractor.
import { unzlibSync } from 'fflate';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib';

function streamText(stream: PDFRawStream): string {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const bytes = filter === PDFName.of('FlateDecode') ? unzlibSync(stream.contents) : stream.contents;
  return Buffer.from(bytes).toString('latin1');
}

export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    const ops = refs
      .map((ref) => doc.context.lookup(ref as PDFRef))
      .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
      .map(streamText)
      .join('\n');
    const shown = [...ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)].map((m) =>
      Buffer.from(m[1], 'hex').toString('latin1'),
    );
    return shown.join('\n');
  });
}
