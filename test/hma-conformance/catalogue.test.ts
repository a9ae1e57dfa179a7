// Every HMA API test is written again here or listed, and docs/api.md says the same as this suite.
import assert from '../assert.ts';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DIFFERENCES, EVERYWHERE, HMA_TESTS, type DifferenceId } from './differences.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The counts docs/api.md states: as written, adapted (with the differences' reasons), pending. */
function conformanceCounts() {
  const entries = Object.values(HMA_TESTS);
  const pending = entries.filter((t) => t.pending).length;
  const adapted = entries.filter((t) => !t.pending && t.adapted?.length).length;
  return { total: entries.length, asWritten: entries.length - pending - adapted, adapted, pending };
}

describe('HMA conformance catalogue', () => {
  it('has each of HMA’s API tests written again in the file named after HMA’s', (t) => {
    for (const [name, entry] of Object.entries(HMA_TESTS)) {
      const source = read(`./${entry.file.replace(/^test_/, '').replace(/_/g, '-')}.ts`);
      assert.ok(source.includes(`hmaTest('${name}',`), `${name} is not in ${entry.file}`);
    }
    const { total, asWritten, adapted, pending } = conformanceCounts();
    t.diagnostic(
      `HMA API tests: ${asWritten} of ${total} pass as written, ${adapted} adapted with a listed reason, ${pending} pending`,
    );
  });

  it('uses every listed difference, and docs/api.md lists each with the same counts', () => {
    const used = new Set<DifferenceId>(EVERYWHERE);
    for (const entry of Object.values(HMA_TESTS)) {
      for (const id of entry.adapted ?? []) used.add(id);
      if (entry.pending) used.add(entry.pending);
    }
    assert.deepEqual([...used].sort(), Object.keys(DIFFERENCES).sort());
    const docs = read('../../docs/api.md');
    for (const id of Object.keys(DIFFERENCES))
      assert.ok(docs.includes(`\`${id}\``), `docs/api.md lacks ${id}`);
    const { total, asWritten, adapted, pending } = conformanceCounts();
    assert.ok(
      docs.includes(`${asWritten} of ${total} pass as written, ${adapted} pass adapted, ${pending} pending`),
      'docs/api.md states the counts',
    );
  });
});
