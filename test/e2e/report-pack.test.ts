// The report pack (web/src/report/pack.ts): PDF + ZIP + manifest, built under Node.
import { test } from 'node:test';
import assert from '../assert.ts';
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { buildReportPack, collectIndicators, PackError, type Manifest } from '../../web/src/report/pack.ts';
import type { EvidenceItem } from '../../web/src/locker/types.ts';
import sharp from 'sharp';
import { readPdf } from './pdf-text.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5]);
const text = 'ghost: pay $JayCash22 now 😡 — or I send it to everyone. Ünïcode ok? 你好';

const items: EvidenceItem[] = [
  {
    id: 'b',
    kind: 'text',
    title: 'Chat',
    addedAt: '2026-01-02T10:00:00.000Z',
    sha256: sha(new TextEncoder().encode(text)),
    size: text.length,
    text,
    indicators: [
      {
        type: 'payment_handle',
        value: '$JayCash22',
        normalized: '$jaycash22',
        start: 10,
        end: 20,
        confidence: 0.9,
        platform: 'cashapp',
      },
    ],
  },
  {
    id: 'a',
    kind: 'file',
    title: '../../etc/passwd screenshot.png',
    fileName: '../../etc/passwd screenshot.png',
    mimeType: 'image/png',
    addedAt: '2026-01-01T09:00:00.000Z',
    sha256: sha(png),
    size: png.length,
    indicators: [
      {
        type: 'payment_handle',
        value: '$jaycash22',
        normalized: '$jaycash22',
        start: 0,
        end: 10,
        confidence: 0.9,
        platform: 'cashapp',
      },
    ],
  },
];

test('the ZIP has the PDF, the manifest and every file, each matching its SHA-256', async () => {
  const pack = await buildReportPack({
    items,
    readFile: async (id) => {
      assert.equal(id, 'a');
      return png;
    },
    countryName: 'United Kingdom',
    ageGroup: 'under18',
    generatedAt: new Date('2026-01-03T00:00:00Z'),
  });
  const zip = unzipSync(pack.zip);
  const manifest = JSON.parse(strFromU8(zip['manifest.json'])) as Manifest;
  assert.equal(manifest.format, 'backstop-report-pack');
  assert.deepEqual(
    manifest.items.map((i) => i.id),
    ['a', 'b'],
    'timeline order',
  );
  for (const item of manifest.items) {
    assert.ok(item.path.startsWith('evidence/') && !item.path.includes('..'), item.path);
    assert.equal(sha(zip[item.path]), item.sha256);
  }
  assert.equal(manifest.indicators.length, 1, 'duplicates collapse');
  assert.deepEqual(manifest.indicators[0].items.sort(), ['a', 'b']);

  const pdf = await PDFDocument.load(zip['summary.pdf']);
  assert.ok(pdf.getPageCount() >= 1);
  assert.equal(pdf.getTitle(), 'Evidence summary (Backstop report pack)');
});

test('an unreadable file gives a kind error', async () => {
  await assert.rejects(
    buildReportPack({
      items,
      readFile: async () => {
        throw new Error('gone');
      },
      countryName: 'United States',
      ageGroup: 'adult',
    }),
    (error: unknown) => error instanceof PackError && /could not read/.test(error.message),
  );
});

test('an empty locker still makes a pack', async () => {
  const pack = await buildReportPack({
    items: [],
    readFile: async () => png,
    countryName: 'X',
    ageGroup: 'adult',
  });
  assert.deepEqual(Object.keys(unzipSync(pack.zip)).sort(), ['manifest.json', 'summary.pdf']);
  assert.deepEqual(collectIndicators([]), []);
});

const CHAT = 'ur cute\njess_h.2009: haha thanks\n[12/05/2026, 22:13] jess_h.2009: send one back\nme: no';

async function picture(width: number, height: number, format: 'png' | 'jpeg' | 'webp'): Promise<Buffer> {
  const background = { r: 200, g: 40, b: 90 };
  return sharp({ create: { width, height, channels: 3, background } })
    .toFormat(format)
    .toBuffer();
}

function fileItem(
  id: string,
  name: string,
  mimeType: string,
  bytes: Uint8Array,
  addedAt: string,
): EvidenceItem {
  return {
    id,
    kind: 'file',
    title: name,
    fileName: name,
    mimeType,
    addedAt,
    sha256: sha(bytes),
    size: bytes.length,
    indicators: [],
  };
}

test('the PDF keeps chat lines and speakers, every typed detail, the police questions and the screenshots (issue 13)', async () => {
  const small = await picture(300, 200, 'png');
  const photo = await picture(900, 600, 'jpeg');
  const tall = await picture(400, 4000, 'png');
  const webp = await picture(120, 80, 'webp');
  const files = new Map<string, Uint8Array>([
    ['p1', small],
    ['p2', photo],
    ['p3', tall],
    ['p4', webp],
  ]);
  const pack = await buildReportPack({
    items: [
      {
        id: 't',
        kind: 'text',
        title: 'Pasted messages',
        addedAt: '2026-05-12T21:00:00.000Z',
        sha256: sha(new TextEncoder().encode(CHAT)),
        size: CHAT.length,
        text: CHAT,
        indicators: [
          {
            type: 'payment_handle',
            value: '$JayCash22',
            normalized: 'cashapp:jaycash22',
            start: 0,
            end: 1,
            confidence: 0.9,
            platform: 'cashapp',
          },
        ],
      },
      {
        id: 'd',
        kind: 'identifier',
        identifierType: 'username',
        title: 'ghostly_jay',
        text: 'ghostly_jay',
        addedAt: '2026-05-12T21:01:00.000Z',
        sha256: sha(new TextEncoder().encode('ghostly_jay')),
        size: 11,
        indicators: [],
      },
      fileItem('p1', 'chat.png', 'image/png', small, '2026-05-12T21:02:00.000Z'),
      fileItem('p2', 'profile.jpg', 'image/jpeg', photo, '2026-05-12T21:03:00.000Z'),
      fileItem('p3', 'long-chat.png', 'image/png', tall, '2026-05-12T21:04:00.000Z'),
      fileItem('p4', 'sticker.webp', 'image/webp', webp, '2026-05-12T21:05:00.000Z'),
    ],
    readFile: async (id) => files.get(id)!,
    countryName: 'United Kingdom',
    ageGroup: 'under18',
    details: {
      victimName: 'Sam Example',
      platform: 'Snapchat',
      victimAccount: 'sam_e',
      theirAccount: 'jess_h.2009',
      contactStarted: '2026-05-10',
      paid: 'yes',
      paidHow: '£50 in Steam gift cards on 11 May',
    },
  });
  const pdf = await readPdf(pack.pdf);
  const text = pdf.lines.join('\n');
  // Line breaks and speakers kept: each message on its own line, not run together.
  assert.ok(pdf.lines.includes('ur cute'), text);
  assert.ok(pdf.lines.includes('jess_h.2009: haha thanks'), text);
  assert.ok(pdf.lines.includes('[12/05/2026, 22:13] jess_h.2009: send one back'), text);
  assert.ok(pdf.lines.includes('me: no'), text);
  assert.doesNotMatch(text, /ur cutejess|ur cuteme/);
  // The username typed by hand, though the extractor found nothing in it.
  assert.match(text, /Username: ghostly_jay {3}\(item 2\)/);
  // Words, not code names.
  assert.match(text, /Payment account \(Cash App\): \$JayCash22/);
  assert.doesNotMatch(text, /payment_handle|social_handle|cashapp|identifier/);
  // The police questions, answered and not.
  assert.match(text, /Name of the person this happened to: Sam Example/);
  assert.match(text, /Their date of birth or age: Not given/);
  assert.match(text, /App or website where it happened: Snapchat/);
  assert.match(text, /Their own account on it: sam_e/);
  assert.match(text, /The other person's account on it: jess_h\.2009/);
  assert.match(text, /When the contact started: 2026-05-10/);
  assert.match(text, /Was any money or anything else paid\?: Yes/);
  assert.match(text, /How, how much and when: £50 in Steam gift cards on 11 May/);
  // PNG and JPEG embedded; WebP only with a converter (none here), so it says so.
  assert.equal(pdf.images, 3);
  assert.match(text, /Item 6: sticker\.webp\nThis picture cannot be shown in the PDF/);
  // The 400x4000 screenshot is too tall to shrink onto one page: it continues over several, drawn
  // once on each (clipped), so pictures are drawn more times than there are pictures.
  assert.ok(pdf.drawn >= 5, `pictures drawn: ${pdf.drawn}`);
  assert.ok(pdf.pages >= 5, `pages: ${pdf.pages}`);
  const manifest = JSON.parse(strFromU8(unzipSync(pack.zip)['manifest.json'])) as Manifest;
  assert.equal(manifest.details.theirAccount, 'jess_h.2009');
});

test('a converter lets the PDF show a WebP screenshot', async () => {
  const webp = await picture(120, 80, 'webp');
  const pack = await buildReportPack({
    items: [fileItem('w', 'sticker.webp', 'image/webp', webp, '2026-05-12T21:05:00.000Z')],
    readFile: async () => webp,
    countryName: 'X',
    ageGroup: 'adult',
    toPng: async (bytes) => new Uint8Array(await sharp(bytes).png().toBuffer()),
  });
  const pdf = await readPdf(pack.pdf);
  assert.equal(pdf.images, 1);
  assert.doesNotMatch(pdf.lines.join('\n'), /cannot be shown/);
});
