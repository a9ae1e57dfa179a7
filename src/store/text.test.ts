import { describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import { isBackstopError } from '../core/errors.ts';
import { addContents, createBank, openStore, updateContent } from './index.ts';
import { jsonProblem, MAX_JSON_DEPTH, textProblem } from './text.ts';

describe('text PostgreSQL can store', () => {
  it('names NUL characters and lone surrogates, and lets paired surrogates (emoji) through', () => {
    assert.match(textProblem('a\u0000b') ?? '', /NUL/);
    assert.match(textProblem('a\ud800b') ?? '', /lone surrogate/);
    assert.match(textProblem('\udc00') ?? '', /lone surrogate/);
    assert.equal(textProblem('caf\u00e9 \ud83d\ude00'), undefined);
    assert.match(jsonProblem({ ok: ['x', { 'k\u0000': 1 }] }) ?? '', /keys.*NUL/);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    assert.match(jsonProblem(deep) ?? '', new RegExp(`${MAX_JSON_DEPTH} levels`));
    assert.equal(jsonProblem({ a: [1, 'two', { three: null }] }), undefined);
  });

  it('every write path refuses it with a 400 naming the field, before the database does', async () => {
    const store = await openStore({ dataDir: 'memory://' });
    try {
      const refused = async (write: () => Promise<unknown>, field: string) => {
        await assert.rejects(write, (error: unknown) => {
          assert.ok(isBackstopError(error), String(error));
          assert.equal(error.status, 400);
          assert.equal(error.code, 'invalid_text');
          assert.match(error.message, new RegExp(`^The ${field} `));
          return true;
        });
      };
      await refused(() => createBank(store, { name: 'T_NUL', description: 'a\u0000' }), 'description');
      const bank = await createBank(store, { name: 'T_OK' });
      const signals = [{ type: 'md5' as const, value: '0'.repeat(32) }];
      await refused(
        () => store.transaction((tx) => addContents(tx, bank.id, [{ signals, note: 'x\u0000' }])),
        'note',
      );
      await refused(
        () => store.transaction((tx) => addContents(tx, bank.id, [{ signals, extra: { k: '\ud800' } }])),
        'extra',
      );
      const [id] = await store.transaction((tx) => addContents(tx, bank.id, [{ signals }]));
      await refused(() => store.transaction((tx) => updateContent(tx, id, { source: '\u0000' })), 'source');
    } finally {
      await store.close();
    }
  });
});
