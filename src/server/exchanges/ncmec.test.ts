import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { ncmecTime, parseNcmecEntries } from './ncmec.ts';

const MD5 = 'a1'.repeat(16);
const PDQ = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';

// The shape of NCMEC's v2 queryResult as python-threatexchange's client tests show it (namespace,
// feedback blocks, fingerprints given as links), written here with our own values.
const PAGE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<queryResult xmlns="https://hashsharing.ncmec.org/hashsharing/v2">
  <images count="2" maxTimestamp="2017-10-24T15:10:00Z">
    <deletedImage><member id="42">M</member><id>img1</id><timestamp>2017-10-24T15:10:00Z</timestamp></deletedImage>
    <image>
      <member id="42">M</member><timestamp>2017-10-24T15:00:00Z</timestamp><id>img1</id>
      <classification>A1</classification>
      <fingerprints><md5>${MD5.toUpperCase()}</md5><sha1>${'b'.repeat(40)}</sha1><pdq>${PDQ}</pdq></fingerprints>
      <feedback lastUpdateTimestamp="2023-06-01T12:48:14Z">
        <affirmativeFeedback type="Md5"><members><member id="42">M</member></members></affirmativeFeedback>
      </feedback>
    </image>
  </images>
  <videos count="1" maxTimestamp="2017-10-24T15:20:00Z">
    <video>
      <member id="7">Other</member><timestamp>2017-10-24T15:00:00Z</timestamp><id>vid1</id>
      <fingerprints><md5>${MD5}</md5><tmk-pdqf rel="self" href="/v2/entries/1/fingerprints/TMK_PDQF"/></fingerprints>
    </video>
    <video><member id="7">Other</member><id>vid2</id><fingerprints><videntifier rel="self" href="/x"/></fingerprints></video>
  </videos>
  <paging><next>/v2/entries?from=a&amp;to=b&amp;start=3&amp;size=2&amp;max=9</next></paging>
</queryResult>`;

describe('NCMEC entries (v2 XML)', () => {
  it('keeps PDQ and MD5, keys entries by member and id, orders each entry’s records by time', () => {
    const page = parseNcmecEntries(PAGE);
    assert.equal(page.next, '/v2/entries?from=a&to=b&start=3&size=2&max=9');
    const byId = page.changes.map((c) => [
      c.id,
      c.status,
      c.contentType,
      c.signals.map((s) => `${s.type}:${s.value}`),
    ]);
    assert.deepEqual(byId, [
      ['7-vid2', 'removed', null, []],
      ['42-img1', 'active', 'photo', [`pdq:${PDQ}`, `md5:${MD5}`]],
      ['7-vid1', 'active', 'video', [`md5:${MD5}`]],
      ['42-img1', 'removed', null, []],
    ]);
  });

  it('keeps only the members asked for', () => {
    assert.deepEqual(
      parseNcmecEntries(PAGE, [7]).changes.map((c) => c.id),
      ['7-vid2', '7-vid1'],
    );
  });

  it('formats times in UTC as NCMEC expects', () => {
    assert.equal(ncmecTime(0), '1970-01-01T00:00:00Z');
    assert.equal(ncmecTime(1_508_857_800), '2017-10-24T15:10:00Z');
  });
});
