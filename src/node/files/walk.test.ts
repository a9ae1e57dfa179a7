import { describe, it, before, after } from 'node:test';
import assert from '../../../test/assert.ts';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkFiles, type WalkEntry } from './index.ts';

async function collect(gen: AsyncGenerator<WalkEntry>): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  for await (const entry of gen) out.push(entry);
  return out;
}

describe('walkFiles', () => {
  let root = '';
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'backstop-walk-'));
    await mkdir(join(root, 'b/deeper'), { recursive: true });
    await mkdir(join(root, '.hidden'));
    for (const name of ['a.JPG', 'notes.txt', 'b/c.png', 'b/deeper/d.webp', '.hidden/e.jpg', '.f.jpg']) {
      await writeFile(join(root, name), 'x');
    }
    await symlink(root, join(root, 'b/loop')); // a folder link back to the top must not loop
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('recurses folders in name order, taking image files only, skipping hidden names', async () => {
    const paths = (await collect(walkFiles([root]))).map((e) => e.path.slice(root.length + 1));
    assert.deepEqual(paths, ['a.JPG', 'b/c.png', 'b/deeper/d.webp']);
  });

  it('takes explicitly named files whatever their ending, and can take every file', async () => {
    const named = await collect(walkFiles([join(root, 'notes.txt')]));
    assert.deepEqual(named, [{ path: join(root, 'notes.txt') }]);
    const all = (await collect(walkFiles([root], { extensions: null, includeHidden: true }))).map(
      (e) => e.path,
    );
    assert.ok(all.includes(join(root, 'notes.txt')));
    assert.ok(all.includes(join(root, '.hidden/e.jpg')));
  });

  it('reports missing paths and goes on', async () => {
    const entries = await collect(walkFiles([join(root, 'missing.jpg'), join(root, 'a.JPG')]));
    assert.equal(entries.length, 2);
    assert.equal(entries[0].error?.code, 'file_not_found');
    assert.equal(entries[1].error, undefined);
  });
});
