import { describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import { useTestApp } from './testing.ts';

describe('security headers', () => {
  const t = useTestApp();

  for (const [what, url, auth] of [
    ['the Help app', '/', false],
    ['an API route', '/v1/banks', true],
    ['an error', '/v1/no-such-route', false],
    ['the API docs', '/docs/', false],
  ] as const) {
    it(`are on ${what}`, async () => {
      const res = await t.app.inject({ method: 'GET', url, headers: auth ? t.auth('match') : {} });
      assert.equal(res.headers['x-frame-options'], 'DENY', 'no framing (clickjacking)');
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(
        res.headers['referrer-policy'],
        'no-referrer',
        'linked and quick-exit sites learn nothing',
      );
      assert.match(String(res.headers['permissions-policy']), /camera=\(\)/);
      assert.equal(res.headers['cross-origin-opener-policy'], 'same-origin');
      assert.equal(res.headers['cross-origin-resource-policy'], 'same-origin');
      assert.match(String(res.headers['strict-transport-security']), /max-age=\d+/);
      assert.equal(res.headers['x-powered-by'], undefined);
    });
  }
});
