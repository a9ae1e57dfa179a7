import { test } from 'node:test';
import assert from '../../../test/assert.ts';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText } from './extract.ts';
import { PLANTED_CHAT, renderChatScreenshot } from '../../node/ocr/render-chat.ts';

const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ['bin/backstop.js', 'extract', ...args], { input, encoding: 'utf8' });

test('backstop extract - --json prints one indicator per line', () => {
  const res = run(['-', '--json', '--region', 'GB'], 'snap: jo_99 and 07911 123456 and 0.5 BTC');
  assert.equal(res.status, 0, res.stderr);
  const lines = res.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    lines.map((l) => [l.type, l.normalized, l.source]),
    [
      ['social_handle', 'snapchat:jo_99', 'text'],
      ['phone', '+447911123456', 'text'],
      ['amount', '0.5 BTC', 'text'],
    ],
  );
  assert.deepEqual(Object.keys(lines[1]).slice(0, 6), [
    'type',
    'value',
    'normalized',
    'start',
    'end',
    'confidence',
  ]);
});

test('backstop extract: garbage and bad options fail with one-line reasons', () => {
  const garbage = run(['-'], randomBytes(4096));
  assert.equal(garbage.status, 1);
  assert.match(garbage.stderr, /^backstop: .*(neither text|binary)/);
  assert.equal(garbage.stderr.trim().split('\n').length, 1);
  const region = run(['-', '--region', 'GBR'], 'x');
  assert.notEqual(region.status, 0);
  assert.match(region.stderr, /two-letter/);
});

test('decodeText accepts UTF-8 and UTF-16 with BOM, refuses binary', () => {
  assert.equal(decodeText(new TextEncoder().encode('héllo')), 'héllo');
  assert.equal(decodeText(Buffer.from('\ufeffhi', 'utf16le')), 'hi');
  assert.throws(() => decodeText(new Uint8Array([0, 1, 2, 3, 0, 0, 5, 6, 7])), { code: 'unknown_format' });
});

test('backstop extract FILE reads a screenshot (OCR) and reports broken images clearly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  try {
    const png = await renderChatScreenshot(PLANTED_CHAT, { width: 720, height: 1560, dark: true });
    writeFileSync(join(dir, 'chat.png'), png);
    const res = run([join(dir, 'chat.png'), '--json']);
    assert.equal(res.status, 0, res.stderr);
    const lines = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.ok(lines.every((l) => l.source === 'ocr'));
    assert.ok(lines.some((l) => l.normalized === 'cashapp:bigmoney77'));
    writeFileSync(join(dir, 'broken.png'), png.subarray(0, 200));
    const broken = run([join(dir, 'broken.png')]);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /^backstop: This image could not be decoded\.\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
