import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { EvidenceItem } from '../locker/types.ts';

/**
 * The report pack, made on this device: a PDF summary (timeline, details found, evidence list with
 * SHA-256) and a ZIP with that PDF, every evidence file, and manifest.json describing them.
 */
export interface PackInput {
  items: EvidenceItem[];
  readFile: (id: string) => Promise<Uint8Array>;
  countryName: string;
  ageGroup: 'under18' | 'adult';
  generatedAt?: Date;
}

export interface PackIndicator {
  type: string;
  value: string;
  normalized: string;
  platform?: string;
  items: string[];
}

export interface ManifestItem {
  id: string;
  kind: EvidenceItem['kind'];
  title: string;
  addedAt: string;
  sha256: string;
  size: number;
  mimeType?: string;
  fileName?: string;
  identifierType?: string;
  path: string;
  indicators: { type: string; value: string; normalized: string; platform?: string }[];
}

export interface Manifest {
  format: 'backstop-report-pack';
  version: 1;
  generatedAt: string;
  country: string;
  ageGroup: 'under18' | 'adult';
  hashAlgorithm: 'sha256';
  items: ManifestItem[];
  indicators: PackIndicator[];
}

export class PackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackError';
  }
}

function safeName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 80);
  return cleaned || 'file';
}

function pathFor(item: EvidenceItem, n: number): string {
  const prefix = String(n + 1).padStart(3, '0');
  if (item.kind === 'file') return `evidence/${prefix}-${safeName(item.fileName ?? item.title)}`;
  return `evidence/${prefix}-${item.kind === 'text' ? 'messages' : 'detail'}.txt`;
}

export function collectIndicators(items: EvidenceItem[]): PackIndicator[] {
  const byKey = new Map<string, PackIndicator>();
  for (const item of items) {
    for (const i of item.indicators) {
      const key = `${i.type}\u0000${i.normalized}`;
      const entry = byKey.get(key) ?? {
        type: i.type,
        value: i.value,
        normalized: i.normalized,
        ...(i.platform ? { platform: i.platform } : {}),
        items: [],
      };
      if (!entry.items.includes(item.id)) entry.items.push(item.id);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}

export function buildManifest(input: PackInput): Manifest {
  const items = [...input.items].sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  return {
    format: 'backstop-report-pack',
    version: 1,
    generatedAt: (input.generatedAt ?? new Date()).toISOString(),
    country: input.countryName,
    ageGroup: input.ageGroup,
    hashAlgorithm: 'sha256',
    items: items.map((item, n) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      addedAt: item.addedAt,
      sha256: item.sha256,
      size: item.size,
      ...(item.mimeType ? { mimeType: item.mimeType } : {}),
      ...(item.fileName ? { fileName: item.fileName } : {}),
      ...(item.identifierType ? { identifierType: item.identifierType } : {}),
      path: pathFor(item, n),
      indicators: item.indicators.map((i) => ({
        type: i.type,
        value: i.value,
        normalized: i.normalized,
        ...(i.platform ? { platform: i.platform } : {}),
      })),
    })),
    indicators: collectIndicators(items),
  };
}

// The standard PDF fonts only have Latin-1 (WinAnsi) characters; anything else is shown as "?".
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (ch === '\t') out += '  ';
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch))
      out += ch;
    else if (code >= 0x20) out += '?';
  }
  return out;
}

class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  private readonly margin = 50;
  private readonly width = 595.28;
  private readonly height = 841.89;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
    private readonly mono: PDFFont,
  ) {
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage([this.width, this.height]);
    this.y = this.height - this.margin;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of pdfSafe(text).split(/\r?\n/)) {
      let line = '';
      for (const word of paragraph.split(/(\s+)/)) {
        const candidate = line + word;
        if (font.widthOfTextAtSize(candidate, size) <= width) {
          line = candidate;
          continue;
        }
        if (line.trim()) lines.push(line.trimEnd());
        line = word.trimStart();
        // A single word longer than the line (a hash, a link) is broken by characters.
        while (font.widthOfTextAtSize(line, size) > width) {
          let cut = line.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut -= 1;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  text(
    text: string,
    options: { size?: number; font?: 'regular' | 'bold' | 'mono'; indent?: number; gap?: number } = {},
  ) {
    const size = options.size ?? 10;
    const font = options.font === 'bold' ? this.bold : options.font === 'mono' ? this.mono : this.font;
    const indent = options.indent ?? 0;
    const width = this.width - 2 * this.margin - indent;
    for (const line of this.wrap(text, font, size, width)) {
      if (this.y - size < this.margin) this.newPage();
      this.page.drawText(line, {
        x: this.margin + indent,
        y: this.y - size,
        size,
        font,
        color: rgb(0.1, 0.1, 0.1),
      });
      this.y -= size * 1.35;
    }
    this.y -= options.gap ?? 2;
  }

  heading(text: string) {
    if (this.y < this.margin + 80) this.newPage();
    this.y -= 8;
    this.text(text, { size: 14, font: 'bold', gap: 4 });
  }
}

const KIND_LABEL = { file: 'File', text: 'Messages', identifier: 'Detail' } as const;

function when(iso: string): string {
  return iso
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC')
    .replace(/Z$/, ' UTC');
}

export async function buildPdf(
  manifest: Manifest,
  texts: { title: string; text: string }[] = [],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Evidence summary (Backstop report pack)');
  doc.setProducer('Backstop Help');
  doc.setCreator('Backstop Help');
  const [font, bold, mono] = await Promise.all([
    doc.embedFont(StandardFonts.Helvetica),
    doc.embedFont(StandardFonts.HelveticaBold),
    doc.embedFont(StandardFonts.Courier),
  ]);
  const w = new PdfWriter(doc, font, bold, mono);
  w.text('Evidence summary', { size: 20, font: 'bold', gap: 6 });
  w.text(
    `Made on the victim's own device with Backstop Help on ${when(manifest.generatedAt)}. Country: ${manifest.country}. ` +
      `Age group: ${manifest.ageGroup === 'under18' ? 'under 18' : '18 or over'}.`,
  );
  w.text(
    'This pack holds the evidence the person saved, a list of identifiers found in it (usernames, links, phone numbers, ' +
      'payment details), and a SHA-256 hash of every item, worked out when it was saved. The hashes show that the files ' +
      'in the ZIP have not been changed since. manifest.json has the same information for computers.',
    { gap: 6 },
  );

  w.heading('Timeline');
  if (!manifest.items.length) w.text('No evidence items were saved.');
  for (const item of manifest.items) {
    w.text(`${when(item.addedAt)}  ${KIND_LABEL[item.kind]}: ${item.title}`);
  }

  w.heading('Identifiers found');
  if (!manifest.indicators.length) w.text('None were found automatically. Please check the evidence files.');
  for (const i of manifest.indicators) {
    const where = i.items
      .map((id) => manifest.items.findIndex((item) => item.id === id) + 1)
      .filter((n) => n > 0)
      .join(', ');
    w.text(`${i.type}${i.platform ? ` (${i.platform})` : ''}: ${i.value}   [item ${where}]`);
  }

  w.heading('Evidence list');
  manifest.items.forEach((item, n) => {
    w.text(`${n + 1}. ${item.title}`, { font: 'bold' });
    w.text(
      `Added: ${when(item.addedAt)}    Type: ${item.mimeType ?? KIND_LABEL[item.kind]}    Size: ${item.size} bytes`,
      {
        indent: 12,
      },
    );
    w.text(`File in pack: ${item.path}`, { indent: 12 });
    w.text(`SHA-256: ${item.sha256}`, { indent: 12, font: 'mono', size: 8.5, gap: 6 });
  });

  if (texts.length) w.heading('Saved messages and details');
  for (const t of texts) {
    w.text(t.title, { font: 'bold' });
    w.text(t.text.length > 20_000 ? `${t.text.slice(0, 20_000)}\n[... the rest is in the ZIP]` : t.text, {
      indent: 12,
      gap: 8,
    });
  }
  return doc.save();
}

export interface ReportPack {
  zip: Uint8Array;
  pdf: Uint8Array;
  manifest: Manifest;
}

export async function buildReportPack(input: PackInput): Promise<ReportPack> {
  const manifest = buildManifest(input);
  const byId = new Map(input.items.map((i) => [i.id, i]));
  const pdf = await buildPdf(
    manifest,
    manifest.items
      .filter((i) => i.kind !== 'file')
      .map((i) => ({ title: i.title, text: byId.get(i.id)?.text ?? '' })),
  );
  const files: Zippable = {
    'summary.pdf': [pdf, { level: 0 }],
    'manifest.json': strToU8(JSON.stringify(manifest, null, 2)),
  };
  for (const entry of manifest.items) {
    const item = byId.get(entry.id)!;
    if (item.kind === 'file') {
      let bytes: Uint8Array;
      try {
        bytes = await input.readFile(item.id);
      } catch {
        throw new PackError(`We could not read “${item.title}” from the locker. Nothing has been changed.`);
      }
      files[entry.path] = [bytes, { level: /^(image|video|audio)\//.test(item.mimeType ?? '') ? 0 : 6 }];
    } else {
      files[entry.path] = strToU8(item.text ?? '');
    }
  }
  return { zip: zipSync(files), pdf, manifest };
}

/** Starts a download of bytes made on this device (no server involved). */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
