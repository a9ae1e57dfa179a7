import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackstopError } from '../../core/errors.ts';
import { loadExchangeCredentials } from './credentials.ts';

describe('exchange credentials from configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'backstop-creds-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('reads the file, keyed per service, backstop keys per origin', () => {
    const file = write(
      'ok.json',
      JSON.stringify({
        stop_ncii: { function_key: 'f', subscription_key: 's' },
        ncmec: { username: 'u', password: 'p', base_url: 'https://exttest.cybertip.org/hashsharing' },
        backstop: { 'https://Partner.example.org/some/path': 'bk_1' },
      }),
    );
    assert.deepEqual(loadExchangeCredentials(file, {}), {
      stop_ncii: { functionKey: 'f', subscriptionKey: 's', baseUrl: undefined },
      ncmec: { username: 'u', password: 'p', baseUrl: 'https://exttest.cybertip.org/hashsharing' },
      backstop: { 'https://partner.example.org': 'bk_1' },
    });
  });

  it('reads python-threatexchange’s variables when the file does not set a service', () => {
    assert.deepEqual(
      loadExchangeCredentials(undefined, { TX_STOPNCII_KEYS: 'fk,sk', TX_NCMEC_CREDENTIALS: 'user:pa:ss' }),
      {
        stop_ncii: { functionKey: 'fk', subscriptionKey: 'sk' },
        ncmec: { username: 'user', password: 'pa:ss' },
      },
    );
    assert.deepEqual(loadExchangeCredentials(undefined, { TX_STOPNCII_KEYS: 'only-one' }), {});
  });

  it('refuses a malformed file naming the field, never a value', () => {
    const secret = 'do-not-print-me-123';
    const file = write(
      'bad.json',
      JSON.stringify({ ncmec: { username: 'u', password: secret, extra: secret } }),
    );
    assert.throws(
      () => loadExchangeCredentials(file, {}),
      (error: unknown) =>
        error instanceof BackstopError &&
        error.code === 'bad_exchange_credentials' &&
        !error.message.includes(secret) &&
        /ncmec/.test(error.message),
    );
    assert.throws(
      () => loadExchangeCredentials(write('notjson.json', `{${secret}`), {}),
      (error: unknown) => {
        return error instanceof BackstopError && !error.message.includes(secret);
      },
    );
    const header = write(
      'header.json',
      JSON.stringify({ stop_ncii: { function_key: `a\n${secret}`, subscription_key: 's' } }),
    );
    assert.throws(
      () => loadExchangeCredentials(header, {}),
      (error: unknown) => error instanceof BackstopError && /stop_ncii\.function_key/.test(error.message),
      'a key that cannot be sent as a header is refused at start',
    );
    assert.deepEqual(loadExchangeCredentials(undefined, { TX_STOPNCII_KEYS: 'a\u0007b,c' }), {});
    assert.throws(() => loadExchangeCredentials(join(dir, 'missing.json'), {}), /ENOENT/);
    rmSync(dir, { recursive: true, force: true });
  });
});
