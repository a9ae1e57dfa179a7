import { after, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import {
  countBankContent,
  createBank,
  exportBank,
  csvCell,
  csvLine,
  importBank,
  ImportError,
  listContent,
  uncsvCell,
  type Store,
} from './index.ts';
import { postgresReachable, SKIP_POSTGRES_MESSAGE, testStoreKinds } from './testing.ts';

const PDQ = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
const md5 = (n: number) => n.toString(16).padStart(32, '0');

async function* linesOf(text: string) {
  for (const line of text.split('\n')) yield line;
}

async function collect(gen: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of gen) out.push(line);
  return out;
}

describe('CSV cells', () => {
  it('quote commas, quotes and line breaks, and escape what a spreadsheet would run as a formula', () => {
    assert.equal(csvLine(['a', 'b,c', 'd "e"', 'f\ng', null, 3]), 'a,"b,c","d ""e""","f\ng",,3');
    for (const formula of [
      '=HYPERLINK("http://x.example","click")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
    ]) {
      assert.equal(csvCell(formula), `'${formula}`, formula);
    }
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell("it's"), "it's");
  });

  it('undo the escape exactly, apostrophes included', () => {
    for (const value of ['=1', "'=1", "''+x", "'plain", 'plain', '-', '', "'"]) {
      assert.equal(uncsvCell(csvCell(value)), value, value);
    }
  });
});

for (const kind of testStoreKinds()) {
  describe(`bank import/export on ${kind.name}`, async () => {
    const skip = kind.name === 'postgres' && !(await postgresReachable()) ? SKIP_POSTGRES_MESSAGE : false;
    let store: Store;
    after(async () => {
      await store?.close();
      await kind.cleanup();
    });

    it(
      'imports CSV in batches (quoted, multi-line fields) and exports it back identically',
      { skip },
      async () => {
        store = await kind.open();
        const bank = await createBank(store, { name: 'IO_CSV' });
        const csv = [
          'pdq,md5,source,note,content_type',
          `${PDQ.toUpperCase()},${md5(1)},report,"line one`,
          `line two, with ""quotes""",photo`,
          `,${md5(2)},,,`,
          `,${md5(3)},x,plain,`,
          '',
        ].join('\n');
        const batches: number[] = [];
        const result = await importBank(store, 'IO_CSV', linesOf(csv), {
          format: 'csv',
          batchSize: 2,
          onBatch: (p) => batches.push(p.committed),
        });
        assert.equal(result.committed, 3);
        assert.deepEqual(batches, [2, 3]);
        const [first] = await listContent(store, bank.id, { limit: 1 });
        assert.equal(first.note, 'line one\nline two, with "quotes"');
        assert.equal(first.contentType, 'photo');
        assert.deepEqual(first.signals, [
          { type: 'pdq', value: PDQ },
          { type: 'md5', value: md5(1) },
        ]);

        const exported = await collect(exportBank(store, 'IO_CSV', 'csv', 2));
        await createBank(store, { name: 'IO_CSV_COPY' });
        const again = await importBank(store, 'IO_CSV_COPY', linesOf(exported.join('\n')), { format: 'csv' });
        assert.equal(again.committed, 3);
        const reexported = await collect(exportBank(store, 'IO_CSV_COPY', 'csv'));
        const strip = (lines: string[]) =>
          lines.map((l) => {
            const cells = l.split(',');
            cells.splice(-2, 1);
            return cells.slice(1).join(',');
          });
        // Same rows apart from id and added_at (first and second-to-last columns; vpdq is last).
        assert.deepEqual(strip(reexported).slice(1).join('\n'), strip(exported).slice(1).join('\n'));
      },
    );

    it('reports a stray quote on its own line instead of joining the lines after it', { skip }, async () => {
      const bank = await createBank(store, { name: 'IO_QUOTE' });
      const csv = [
        'md5,note',
        `${md5(1)},fine`,
        `${md5(2)},a 5" photo`,
        `${md5(3)},after`,
        `${md5(4)},"last"`,
      ];
      await assert.rejects(
        importBank(store, 'IO_QUOTE', linesOf(csv.join('\n')), { format: 'csv' }),
        (error: unknown) => {
          assert.ok(error instanceof ImportError);
          assert.match(error.message, /^Line 3: A quote/);
          return true;
        },
      );
      const skipped: number[] = [];
      const result = await importBank(store, 'IO_QUOTE', linesOf(csv.join('\n')), {
        format: 'csv',
        skipInvalid: true,
        onSkip: (line) => skipped.push(line),
      });
      assert.deepEqual([result.committed, result.skipped, skipped], [3, 1, [3]]);
      const notes = (await listContent(store, bank.id)).map((c) => c.note);
      assert.deepEqual(notes, ['fine', 'after', 'last']);
      await assert.rejects(
        importBank(store, 'IO_QUOTE', linesOf(`md5,note\n${md5(5)},"never closed\n${md5(6)},x`), {
          format: 'csv',
        }),
        /ends inside a quoted CSV field/,
      );
    });

    it('exports formulas as text and imports its own export back unchanged', { skip }, async () => {
      await createBank(store, { name: 'IO_FORMULA' });
      const notes = [
        '=HYPERLINK("http://evil.example","open")',
        "'=already",
        '+44 20 7946 0000',
        '@cmd',
        '-1',
        'plain',
      ];
      const ndjson = notes.map((note, i) => JSON.stringify({ md5: md5(100 + i), note, source: '=1+1' }));
      await importBank(store, 'IO_FORMULA', linesOf(ndjson.join('\n')), { format: 'ndjson' });
      const exported = await collect(exportBank(store, 'IO_FORMULA', 'csv'));
      for (const line of exported.slice(1)) {
        for (const cell of line.split(',')) assert.doesNotMatch(cell, /^"?[=+\-@]/, line);
      }
      assert.ok(exported.some((l) => l.includes(`"'=HYPERLINK(""http://evil.example"",""open"")"`)));
      const copy = await createBank(store, { name: 'IO_FORMULA_COPY' });
      await importBank(store, 'IO_FORMULA_COPY', linesOf(exported.join('\n')), { format: 'csv' });
      const copied = await listContent(store, copy.id);
      assert.deepEqual(
        copied.map((c) => [c.note, c.source]),
        notes.map((n) => [n, '=1+1']),
      );
    });

    it('imports NDJSON (flat or export-shaped) and round-trips the export', { skip }, async () => {
      await createBank(store, { name: 'IO_JSON' });
      const ndjson = [
        JSON.stringify({ pdq: PDQ, source: 'flat', note: 'ünïcode ✓' }),
        JSON.stringify({
          signals: { md5: md5(9) },
          metadata: { caseRef: 'C-1', extra: { a: [1] } },
          enabled: false,
        }),
      ].join('\n');
      assert.equal((await importBank(store, 'IO_JSON', linesOf(ndjson), { format: 'ndjson' })).committed, 2);
      const exported = await collect(exportBank(store, 'IO_JSON', 'ndjson'));
      assert.equal(exported.length, 2);
      const second = JSON.parse(exported[1]);
      assert.deepEqual(second.signals, { md5: md5(9) });
      assert.equal(second.metadata.caseRef, 'C-1');
      assert.deepEqual(second.metadata.extra, { a: [1] });
      assert.equal(second.enabled, false);
      await createBank(store, { name: 'IO_JSON_COPY' });
      await importBank(store, 'IO_JSON_COPY', linesOf(exported.join('\n')), { format: 'ndjson' });
      const copied = await collect(exportBank(store, 'IO_JSON_COPY', 'ndjson'));
      const norm = (l: string) => {
        const { id: _id, addedAt: _a, ...rest } = JSON.parse(l);
        return rest;
      };
      assert.deepEqual(copied.map(norm), exported.map(norm));
    });

    it(
      'stops at an invalid row keeping only whole committed batches, or skips invalid rows',
      { skip },
      async () => {
        const bank = await createBank(store, { name: 'IO_BAD' });
        const rows = ['md5', md5(1), md5(2), md5(3), 'not-a-hash', md5(5)];
        await assert.rejects(
          importBank(store, 'IO_BAD', linesOf(rows.join('\n')), { format: 'csv', batchSize: 2 }),
          (error: unknown) => {
            assert.ok(error instanceof ImportError);
            assert.match(error.message, /^Line 5: /);
            assert.equal(error.progress.committed, 2);
            return true;
          },
        );
        assert.equal(await countBankContent(store, bank.id), 2, 'the half-filled batch is not committed');
        const skipped: number[] = [];
        const result = await importBank(store, 'IO_BAD', linesOf(rows.join('\n')), {
          format: 'csv',
          skipInvalid: true,
          onSkip: (line) => skipped.push(line),
        });
        assert.deepEqual([result.committed, result.skipped, skipped], [4, 1, [5]]);
        await assert.rejects(
          importBank(store, 'IO_BAD', linesOf('{oops'), { format: 'ndjson' }),
          /Line 1: The line is not valid JSON/,
        );
        await assert.rejects(
          importBank(store, 'IO_BAD', linesOf('md5,color\nx,y'), { format: 'csv' }),
          /Unknown column|hex/,
        );
        await assert.rejects(importBank(store, 'NO_SUCH_BANK', linesOf(''), { format: 'csv' }), {
          code: 'bank_not_found',
        });
      },
    );
  });
}
