import { test } from 'node:test';
import assert from '../../../test/assert.ts';
import { BackstopError } from '../errors.ts';
import { createExactIndex } from './index.ts';

test('exact index maps values to the ids holding them', () => {
  const index = createExactIndex();
  const md5 = 'd41d8cd98f00b204e9800998ecf8427e';
  assert.deepEqual(index.query(md5), []);
  index.add(3, md5);
  index.add(1, md5);
  index.add(2, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.equal(index.size, 3);
  assert.deepEqual(index.query(md5), [1, 3]);
  index.add(3, 'ffff'); // re-adding replaces
  assert.deepEqual(index.query(md5), [1]);
  assert.deepEqual(index.query('ffff'), [3]);
  assert.equal(index.remove(1), true);
  assert.equal(index.remove(1), false);
  assert.equal(index.has(1), false);
  assert.deepEqual(index.query(md5), []);
  assert.equal(index.size, 2);
});

test('exact index rejects bad ids and empty values', () => {
  const index = createExactIndex();
  assert.throws(() => index.add(1.5, 'aa'), BackstopError);
  assert.throws(() => index.add(1, ''), BackstopError);
  assert.equal(index.size, 0);
});
