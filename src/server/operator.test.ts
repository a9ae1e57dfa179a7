// The operator's settings for the Help app: who runs this copy, page titles (GET /v1/operator).
import { describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import { operatorDetails, parsePageTitles } from './config.ts';
import { useTestApp } from './testing.ts';

describe('parsePageTitles (--page-titles / BACKSTOP_PAGE_TITLES)', () => {
  it('reads neutral and descriptive, leaves blank to the default, refuses anything else', () => {
    assert.equal(parsePageTitles(undefined), undefined);
    assert.equal(parsePageTitles(' '), undefined);
    assert.equal(parsePageTitles('Neutral'), 'neutral');
    assert.equal(parsePageTitles('descriptive'), 'descriptive');
    assert.throws(() => parsePageTitles('fancy'), /not "neutral" or "descriptive"/);
  });
});

describe('operatorDetails (--operator-name, --operator-contact, --privacy-notice)', () => {
  it('trims each field and leaves out blank ones', () => {
    assert.deepEqual(operatorDetails({ name: '  Example Trust ', contact: '', privacyNotice: undefined }), {
      name: 'Example Trust',
    });
  });
  it('refuses a field over 500 characters with its name', () => {
    assert.throws(
      () => operatorDetails({ name: 'x'.repeat(501), contact: undefined, privacyNotice: undefined }),
      /operator name/,
    );
  });
});

describe('GET /v1/operator with no operator settings', () => {
  const t = useTestApp();
  it('gives no details, no apps and neutral titles', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/operator' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { listCheckedBy: [], pageTitles: 'neutral' });
  });
});

describe('GET /v1/operator with the operator\u2019s details', () => {
  const t = useTestApp({
    config: {
      operator: {
        name: 'Example Trust',
        contact: 'help@example.org',
        privacyNotice: 'https://example.org/p',
      },
      pageTitles: 'descriptive',
      listCheckedBy: ['Example Chat'],
    },
  });
  it('answers them as set, without a key', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/operator' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), {
      listCheckedBy: ['Example Chat'],
      name: 'Example Trust',
      contact: 'help@example.org',
      privacyNotice: 'https://example.org/p',
      pageTitles: 'descriptive',
    });
  });
});
