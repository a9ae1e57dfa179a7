import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { foldDisguises } from './fold.ts';
import { extractIndicators } from './index.ts';

describe('foldDisguises', () => {
  it('leaves plain text alone and gives no offset maps', () => {
    const plain = foldDisguises('add me on snap: sam_k22, pay $jay 50 £ ok');
    assert.equal(plain.text, 'add me on snap: sam_k22, pay $jay 50 £ ok');
    assert.equal(plain.start, null);
  });

  it('turns look-alike letters into Latin ones inside a word that has ASCII, keeping case', () => {
    assert.equal(foldDisguises('snap: \u0455\u0430m_k22').text, 'snap: sam_k22');
    assert.equal(foldDisguises('\u0405\u0410M and \u0399nsta').text, 'SAM and Insta');
  });

  it('leaves words written wholly in Cyrillic or Greek as they are', () => {
    const russian = 'Привет, как дела? мой ник @мария, ок';
    assert.equal(foldDisguises(russian).text, russian);
    const greek = 'Καλημέρα κόσμε';
    assert.equal(foldDisguises(greek).text, greek);
  });

  it('drops invisible characters and maps every unit back to where it was written', () => {
    const input = 'ig: j\u200bo\u00adhn';
    const folded = foldDisguises(input);
    assert.equal(folded.text, 'ig: john');
    const at = folded.text.indexOf('john');
    assert.equal(folded.start![at], input.indexOf('j'));
    assert.equal(folded.end![at + 3], input.length);
  });

  it('turns fullwidth and mathematical letters (surrogate pairs) into ASCII', () => {
    const input = '＄ｊａｙ and \u{1d420}\u{1d421}';
    const folded = foldDisguises(input);
    assert.equal(folded.text, '$jay and gh');
    assert.equal(folded.start![10], input.indexOf('\u{1d421}'));
    assert.equal(folded.end![10], input.length, 'a two-unit letter ends after both units');
  });
});

describe('extractIndicators on disguised text', () => {
  it('reads a handle with look-alike letters as the real handle, spanning what was written', () => {
    const text = 'add me on snap: \u0455\u0430m_k22 ok';
    const [handle] = extractIndicators(text);
    assert.equal(handle.type, 'social_handle');
    assert.equal(handle.value, 'sam_k22');
    assert.equal(text.slice(handle.start, handle.end), '\u0455\u0430m_k22');
    assert.equal(handle.details?.written, '\u0455\u0430m_k22');
  });

  it('reads handles, cashtags, links and e-mails broken up with invisible or styled characters', () => {
    const text =
      'insta @j\u200bohn.smith / ＄ｊａｙｃａｓｈ２２ / paypal.me/gh\u043estpay77 / \u{1d420}\u{1d421}ost@example.com';
    const values = extractIndicators(text).map((i) => i.value);
    assert.ok(values.includes('@john.smith'), values.join(' '));
    assert.ok(values.includes('$jaycash22'), values.join(' '));
    assert.ok(values.includes('paypal.me/ghostpay77'), values.join(' '));
    assert.ok(values.includes('ghost@example.com'), values.join(' '));
    for (const ind of extractIndicators(text)) {
      assert.equal(
        text.slice(ind.start, ind.end),
        ind.details?.written ?? ind.value,
        'spans point at the original',
      );
    }
  });

  it('finds nothing new in text written in Russian', () => {
    assert.deepEqual(extractIndicators('Привет, как дела? мой ник мария, ок'), []);
  });
});
