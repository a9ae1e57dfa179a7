import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { BackstopError } from '../../core/errors.ts';
import { parseHashList } from './hash-list.ts';

const values = (text: string, format: 'auto' | 'lines' | 'csv' | 'tsv' = 'auto', type?: string) =>
  parseHashList(text, format, type).map((r) => [r.line, ...r.values.flat()]);

describe('hash lists (python-threatexchange lines, CSV, TSV)', () => {
  it('reads `<type> <hash>` lines, with tabs, CRLF, a BOM, comments and blank lines', () => {
    assert.deepEqual(values('\uFEFFpdq abc\r\n# note\r\n\r\nvideo_md5\tdef\r\n'), [
      [1, 'pdq', 'abc'],
      [4, 'video_md5', 'def'],
    ]);
  });

  it('reads bare hashes as the configured type, and refuses them without one', () => {
    assert.deepEqual(values('abc\ndef\n', 'auto', 'md5'), [
      [1, 'md5', 'abc'],
      [2, 'md5', 'def'],
    ]);
    assert.throws(
      () => parseHashList('abc\n', 'auto'),
      (e: unknown) =>
        e instanceof BackstopError && e.code === 'exchange_bad_list' && /Line 1/.test(e.message),
    );
  });

  it('reads CSV and TSV by their header, several signal columns to one row, other columns ignored', () => {
    assert.deepEqual(values('id,PDQ,md5,note\n7,aa,bb,"x, y"\n8,,cc,\n'), [
      [2, 'pdq', 'aa', 'md5', 'bb'],
      [3, 'md5', 'cc'],
    ]);
    assert.deepEqual(values('sha256\tnote\nff\tz\n'), [[2, 'sha256', 'ff']]);
    assert.deepEqual(values('pdq,md5\naa,bb\n', 'lines', 'pdq'), [
      [1, 'pdq', 'pdq,md5'],
      [2, 'pdq', 'aa,bb'],
    ]);
  });

  it('refuses a table with no signal column and broken CSV with a clear error', () => {
    assert.throws(() => parseHashList('a,b\n1,2\n', 'csv'), /names no signal type column/);
    assert.throws(
      () => parseHashList('pdq,md5\n"aa,bb\n', 'csv'),
      (e: unknown) => e instanceof BackstopError && e.code === 'exchange_bad_list',
    );
  });
});
