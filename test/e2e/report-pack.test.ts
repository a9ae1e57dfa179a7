// The report pack (web/src/report/pack.ts): PDF + ZIP + manifest, built under Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { buildReportPack, collectIndicators, PackError, type Manifest } from '../../web/src/report/pack.ts';
import type { EvidenceItem } from '../../web/src/locker/types.ts';

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
