import {
  clip,
  endPath,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  StandardFonts,
  type PDFFont,
  type PDFImage,
  type PDFPage,
} from 'pdf-lib';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { IDENTIFIER_LABELS, indicatorLabel } from '../labels.ts';
import { pdfSafe, wrapText } from '../pdf/text.ts';
import type { EvidenceItem, IdentifierType } from '../locker/types.ts';

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
  /** What the person filled in for the police (every field optional). */
  details?: ReportDetails;
  /**
   * Turns a picture the PDF cannot hold as it is (WebP, GIF, BMP, an unusual PNG) into a PNG; the
   * browser does it with a canvas. Without it such pictures are listed but not shown.
   */
  toPng?: (bytes: Uint8Array, mimeType: string) => Promise<Uint8Array | null>;
}

/** The questions police report forms ask, answered (or not) by the person. */
export interface ReportDetails {
  victimName?: string;
  victimDateOfBirth?: string;
  victimContact?: string;
  platform?: string;
  victimAccount?: string;
  theirAccount?: string;
  contactStarted?: string;
  paid?: 'no' | 'yes' | 'unsure' | '';
  paidHow?: string;
}

/** Each field of ReportDetails as the PDF words it, in the order police forms ask. */
const DETAIL_ROWS: { key: Exclude<keyof ReportDetails, 'paid'> | 'paid'; label: string }[] = [
  { key: 'victimName', label: 'Name of the person this happened to' },
  { key: 'victimDateOfBirth', label: 'Their date of birth or age' },
  { key: 'victimContact', label: 'How to contact them (or a parent or carer)' },
  { key: 'platform', label: 'App or website where it happened' },
  { key: 'victimAccount', label: 'Their own account on it' },
  { key: 'theirAccount', label: "The other person's account on it" },
  { key: 'contactStarted', label: 'When the contact started' },
  { key: 'paid', label: 'Was any money or anything else paid?' },
  { key: 'paidHow', label: 'How, how much and when' },
];

const PAID_WORDS = { no: 'No', yes: 'Yes', unsure: 'Not sure', '': '' } as const;

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
  details: ReportDetails;
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
    details: cleanDetails(input.details),
  };
}

function cleanDetails(details: ReportDetails = {}): ReportDetails {
  const out: ReportDetails = {};
  for (const { key } of DETAIL_ROWS) {
    const value = details[key]?.trim();
    if (value) (out as Record<string, string>)[key] = value.slice(0, 2000);
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

  text(
    text: string,
    options: { size?: number; font?: 'regular' | 'bold' | 'mono'; indent?: number; gap?: number } = {},
  ) {
    const size = options.size ?? 10;
    const font = options.font === 'bold' ? this.bold : options.font === 'mono' ? this.mono : this.font;
    const indent = options.indent ?? 0;
    const width = this.width - 2 * this.margin - indent;
    for (const line of wrapText(text, font, size, width)) {
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

  /** One chat message: the speaker (and time) in bold, the words after, wrapped under it. */
  message(line: string, indent: number) {
    const size = 10;
    const speaker = /^([^\n]{1,60}?:)\s/.exec(line);
    if (!speaker || speaker[1].includes('://')) {
      this.text(line || ' ', { indent, gap: 1 });
      return;
    }
    const label = pdfSafe(speaker[1]);
    const rest = line.slice(speaker[0].length);
    const labelWidth = this.bold.widthOfTextAtSize(`${label} `, size);
    const width = this.width - 2 * this.margin - indent;
    const lines = labelWidth < width / 2 ? wrapText(rest, this.font, size, width - labelWidth) : [rest];
    if (this.y - size < this.margin) this.newPage();
    this.page.drawText(`${label} `, { x: this.margin + indent, y: this.y - size, size, font: this.bold });
    const first = lines.shift() ?? '';
    this.page.drawText(first, {
      x: this.margin + indent + labelWidth,
      y: this.y - size,
      size,
      font: this.font,
      color: rgb(0.1, 0.1, 0.1),
    });
    this.y -= size * 1.35;
    if (lines.length) this.text(lines.join(' '), { indent: indent + labelWidth, gap: 0 });
    this.y -= 1;
  }

  /**
   * A picture, scaled to the page width (never enlarged); a tall one is shrunk to fit one page if
   * it stays readable, and otherwise continues over as many pages as it needs.
   */
  image(image: PDFImage) {
    const maxWidth = this.width - 2 * this.margin;
    const pageHeight = this.height - 2 * this.margin;
    let scale = Math.min(1, maxWidth / image.width);
    if (image.height * scale > pageHeight && image.width * (pageHeight / image.height) >= 220) {
      scale = pageHeight / image.height;
    }
    const w = image.width * scale;
    const h = image.height * scale;
    if (h <= pageHeight) {
      if (this.y - h < this.margin) this.newPage();
      this.page.drawImage(image, { x: this.margin, y: this.y - h, width: w, height: h });
      this.y -= h + 8;
      return;
    }
    let done = 0;
    while (done < h) {
      if (this.y - this.margin < 120) this.newPage();
      const slice = Math.min(this.y - this.margin, h - done);
      this.page.pushOperators(
        pushGraphicsState(),
        rectangle(this.margin, this.y - slice, w, slice),
        clip(),
        endPath(),
      );
      this.page.drawImage(image, { x: this.margin, y: this.y + done - h, width: w, height: h });
      this.page.pushOperators(popGraphicsState());
      done += slice;
      this.y -= slice;
      if (done < h) this.newPage();
    }
    this.y -= 8;
  }
}

const KIND_LABEL = { file: 'File', text: 'Messages', identifier: 'Detail' } as const;

/** "PNG picture", "MP4 video", "Username typed in": what an item is, for a person reading the PDF. */
function typeInWords(item: ManifestItem): string {
  if (item.kind === 'identifier') {
    const type = item.identifierType as IdentifierType | undefined;
    return `${type ? IDENTIFIER_LABELS[type] : 'Detail'} typed in`;
  }
  if (item.kind === 'text') return 'Messages';
  const [group, sub = ''] = (item.mimeType ?? '').split('/');
  const format = sub.replace(/^x-/, '').split(/[+;.]/)[0].toUpperCase();
  const noun = { image: 'picture', video: 'video', audio: 'sound recording', text: 'text file' }[group];
  return noun ? `${format} ${noun}`.trim() : `file (${item.mimeType ?? 'unknown type'})`;
}

function when(iso: string): string {
  return iso
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC')
    .replace(/Z$/, ' UTC');
}

/** What the PDF shows beside the manifest: the saved words, the typed details and the pictures. */
export interface PdfExtras {
  texts?: { n: number; title: string; text: string }[];
  entered?: { n: number; type?: IdentifierType; value: string }[];
  pictures?: { n: number; title: string; bytes: Uint8Array; mimeType: string }[];
  toPng?: PackInput['toPng'];
}

async function embedPicture(
  doc: PDFDocument,
  picture: { bytes: Uint8Array; mimeType: string },
  toPng?: PackInput['toPng'],
): Promise<PDFImage | null> {
  try {
    if (picture.mimeType === 'image/png') return await doc.embedPng(picture.bytes);
    if (picture.mimeType === 'image/jpeg') return await doc.embedJpg(picture.bytes);
  } catch {
    // Not a picture pdf-lib can hold as it is: try converting it below.
  }
  try {
    const png = await toPng?.(picture.bytes, picture.mimeType);
    return png ? await doc.embedPng(png) : null;
  } catch {
    return null;
  }
}

export async function buildPdf(manifest: Manifest, extras: PdfExtras = {}): Promise<Uint8Array> {
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
    'This pack holds the evidence the person saved, the usernames, links, phone numbers and payment details in it, ' +
      'and a SHA-256 hash of every item, worked out when it was saved. The hashes show that the files ' +
      'in the ZIP have not been changed since. manifest.json has the same information for computers.',
    { gap: 6 },
  );

  w.heading('About what happened');
  for (const { key, label } of DETAIL_ROWS) {
    const raw = manifest.details[key];
    const value = key === 'paid' ? PAID_WORDS[(raw ?? '') as keyof typeof PAID_WORDS] : raw;
    w.text(`${label}: ${value || 'Not given'}`);
  }

  w.heading('Timeline');
  if (!manifest.items.length) w.text('No evidence items were saved.');
  manifest.items.forEach((item, n) => {
    w.text(`${when(item.addedAt)}  Item ${n + 1}, ${KIND_LABEL[item.kind].toLowerCase()}: ${item.title}`);
  });

  w.heading('Usernames, links and payment details');
  const entered = extras.entered ?? [];
  if (entered.length) {
    w.text('Typed in by the person:', { font: 'bold' });
    for (const e of entered) {
      w.text(`${e.type ? IDENTIFIER_LABELS[e.type] : 'Detail'}: ${e.value}   (item ${e.n})`, { indent: 12 });
    }
  }
  if (manifest.indicators.length) {
    w.text('Found in the saved evidence:', { font: 'bold' });
    for (const i of manifest.indicators) {
      const where = i.items
        .map((id) => manifest.items.findIndex((item) => item.id === id) + 1)
        .filter((n) => n > 0);
      w.text(
        `${indicatorLabel(i as Parameters<typeof indicatorLabel>[0])}: ${i.value}   (item ${where.join(', ')})`,
        {
          indent: 12,
        },
      );
    }
  }
  if (!entered.length && !manifest.indicators.length) {
    w.text('None were typed in or found automatically. Please check the evidence files.');
  }

  w.heading('Evidence list');
  manifest.items.forEach((item, n) => {
    w.text(`${n + 1}. ${item.title}`, { font: 'bold' });
    w.text(`Added: ${when(item.addedAt)}    Type: ${typeInWords(item)}    Size: ${item.size} bytes`, {
      indent: 12,
    });
    w.text(`File in pack: ${item.path}`, { indent: 12 });
    w.text(`SHA-256: ${item.sha256}`, { indent: 12, font: 'mono', size: 8.5, gap: 6 });
  });

  const texts = extras.texts ?? [];
  if (texts.length) w.heading('Saved messages');
  for (const t of texts) {
    w.text(`Item ${t.n}: ${t.title}`, { font: 'bold' });
    const shown =
      t.text.length > 20_000 ? `${t.text.slice(0, 20_000)}\n[... the rest is in the ZIP]` : t.text;
    for (const line of shown.replace(/\r\n?/g, '\n').split('\n')) w.message(line, 12);
    w.text('', { gap: 6 });
  }

  const pictures = extras.pictures ?? [];
  if (pictures.length) w.heading('Screenshots and pictures');
  for (const picture of pictures) {
    w.text(`Item ${picture.n}: ${picture.title}`, { font: 'bold' });
    const image = await embedPicture(doc, picture, extras.toPng);
    if (image) w.image(image);
    else
      w.text('This picture cannot be shown in the PDF. It is in the ZIP, unchanged.', { indent: 12, gap: 6 });
  }
  return doc.save();
}

export interface ReportPack {
  zip: Uint8Array;
  pdf: Uint8Array;
  manifest: Manifest;
}

/** Pictures the PDF shows (videos and other files are only listed). */
const PICTURE = /^image\/(png|jpeg|webp|gif|bmp)$/;

export async function buildReportPack(input: PackInput): Promise<ReportPack> {
  const manifest = buildManifest(input);
  const byId = new Map(input.items.map((i) => [i.id, i]));
  const fileBytes = new Map<string, Uint8Array>();
  for (const entry of manifest.items) {
    if (entry.kind !== 'file') continue;
    try {
      fileBytes.set(entry.id, await input.readFile(entry.id));
    } catch {
      throw new PackError(`We could not read “${entry.title}” from the locker. Nothing has been changed.`);
    }
  }
  const numbered = manifest.items.map((entry, n) => ({ entry, item: byId.get(entry.id)!, n: n + 1 }));
  const pdf = await buildPdf(manifest, {
    texts: numbered
      .filter(({ item }) => item.kind === 'text')
      .map(({ item, n }) => ({ n, title: item.title, text: item.text ?? '' })),
    entered: numbered
      .filter(({ item }) => item.kind === 'identifier')
      .map(({ item, n }) => ({ n, type: item.identifierType, value: item.text ?? item.title })),
    pictures: numbered
      .filter(({ item }) => item.kind === 'file' && PICTURE.test(item.mimeType ?? ''))
      .map(({ item, n }) => ({
        n,
        title: item.title,
        bytes: fileBytes.get(item.id)!,
        mimeType: item.mimeType!,
      })),
    toPng: input.toPng,
  });
  const files: Zippable = {
    'summary.pdf': [pdf, { level: 0 }],
    'manifest.json': strToU8(JSON.stringify(manifest, null, 2)),
  };
  for (const { entry, item } of numbered) {
    if (item.kind === 'file') {
      files[entry.path] = [
        fileBytes.get(item.id)!,
        { level: /^(image|video|audio)\//.test(item.mimeType ?? '') ? 0 : 6 },
      ];
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
