// Image uploads through /v1 and the HMA routes (hashed by src/node/image, then dropped).
import { describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import { readFileSync } from 'node:fs';
import { fixturePath } from '../../test/fixtures/pdq/conformance.ts';
import { hammingDistance } from '../core/pdq/index.ts';
import { errorCode, multipart, useTestApp } from './testing.ts';

const PHOTO = fixturePath('images/bridge-mods/aaa-orig.jpg');
const BLURRED = fixturePath('images/bridge-mods/blur-a-little.jpg');
const REFERENCE_PDQ = 'd8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22';

describe('image uploads', () => {
  const t = useTestApp();

  it('hashes an upload (HMA /h/hash), banks it (HMA content), and matches a near copy by upload', async () => {
    const photo = readFileSync(PHOTO);
    const h = multipart('photo', photo);
    const hashed = await t.app.inject({
      method: 'POST',
      url: '/h/hash',
      payload: h.payload,
      headers: { ...h.headers, ...t.auth('match') },
    });
    assert.equal(hashed.statusCode, 200, hashed.body);
    const { pdq } = hashed.json();
    assert.ok(hammingDistance(pdq, REFERENCE_PDQ) <= 10, `pdq ${pdq} far from the reference`);
    const m = multipart('photo', photo);
    const added = await t.app.inject({
      method: 'POST',
      url: '/c/bank/SCAM_PROFILE_PHOTOS/content',
      payload: m.payload,
      headers: { ...m.headers, ...t.auth('curate') },
    });
    assert.equal(added.statusCode, 200, added.body);
    const id = added.json().id;

    const blurred = readFileSync(BLURRED);
    const raw = await t.app.inject({
      method: 'POST',
      url: '/v1/lookup/image',
      payload: blurred,
      headers: { ...t.auth('match'), 'content-type': 'image/jpeg' },
    });
    assert.equal(raw.statusCode, 200, raw.body);
    assert.equal(raw.json().matches[0].contentId, id);
    assert.match(raw.json().hashes.md5, /^[0-9a-f]{32}$/);
    const b = multipart('photo', blurred);
    const hma = await t.app.inject({
      method: 'POST',
      url: '/m/lookup',
      payload: b.payload,
      headers: { ...b.headers, ...t.auth('match') },
    });
    assert.equal(hma.json().pdq.SCAM_PROFILE_PHOTOS[0].bank_content_id, id);
  });

  it('refuses non-image and truncated uploads with a 4xx JSON error', async () => {
    const photo = readFileSync(PHOTO);
    for (const bytes of [Buffer.from('this is not an image at all'), photo.subarray(0, 200)]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/lookup/image',
        payload: bytes,
        headers: { ...t.auth('match'), 'content-type': 'application/octet-stream' },
      });
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${res.statusCode} ${res.body}`);
      errorCode(res);
    }
  });
});
