import type { Command } from 'commander';
import { BackstopError } from '../../core/errors.ts';
import { createApiKey, listApiKeys, parseScope, revokeApiKey, SCOPES } from '../../store/index.ts';
import { storeOptions, withStore } from '../store-options.ts';

export function register(program: Command): void {
  const keys = program
    .command('keys')
    .summary('create, list and revoke API keys for the matching service')
    .description(
      'Manage API keys for the matching service (stored hashed; a key is shown only when created).',
    );

  storeOptions(
    keys
      .command('create')
      .description(
        'Create an API key and print it once. Scopes: admin (everything), curate (banks), match (lookups).',
      )
      .option(
        '-s, --scope <scope>',
        `scope to grant, repeatable (${SCOPES.join(', ')}); admin includes curate, curate includes match`,
        (value: string, previous: string[] = []) => [...previous, value],
      )
      .option('-n, --name <name>', 'a label to recognise the key by (e.g. the client it is for)')
      .option('--json', 'print {"key","id","scopes"} as one JSON line'),
  ).action(async (opts) => {
    const scopes = ((opts.scope as string[] | undefined) ?? []).map(parseScope);
    if (!scopes.length)
      throw new BackstopError('invalid_scope', `Give at least one --scope (${SCOPES.join(', ')}).`);
    const { key, record } = await withStore(opts, (store) => createApiKey(store, scopes, opts.name));
    if (opts.json) {
      process.stdout.write(
        JSON.stringify({ key, id: record.id, scopes: record.scopes, name: record.name }) + '\n',
      );
    } else {
      process.stdout.write(`${key}\n`);
      process.stderr.write(
        `Created key ${record.id} (${record.scopes.join(', ')}). It is shown only now: store it safely.\n` +
          `Use it as: Authorization: Bearer ${record.prefix}...\n`,
      );
    }
  });

  storeOptions(
    keys.command('list').description('List keys (id, prefix, scopes, dates; never the key itself)'),
  )
    .option('--json', 'one JSON object per line')
    .action(async (opts) => {
      const all = await withStore(opts, listApiKeys);
      for (const k of all) {
        if (opts.json) process.stdout.write(JSON.stringify(k) + '\n');
        else {
          const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active';
          process.stdout.write(`${k.id}\t${k.prefix}...\t${k.scopes.join(',')}\t${k.name ?? ''}\t${state}\n`);
        }
      }
    });

  storeOptions(
    keys.command('revoke').description('Revoke a key by id (running servers stop accepting it within 5 s)'),
  )
    .argument('<id>', 'the key id shown by `backstop keys list`')
    .action(async (id: string, opts) => {
      const n = Number(id);
      if (!Number.isInteger(n) || n <= 0)
        throw new BackstopError('invalid_id', 'The key id is a positive whole number.');
      const done = await withStore(opts, (store) => revokeApiKey(store, n));
      if (!done) throw new BackstopError('key_not_found', `There is no active key with id ${n}.`);
      process.stderr.write(`Revoked key ${n}.\n`);
    });
}
