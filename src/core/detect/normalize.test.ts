import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import clusters from '../../../data/detect/clusters/en.ts';
import { foldsToItself, foldWord, hashString, tokenize, wordHash } from './normalize.ts';
import { decodeClasses } from './sentence-model.ts';

const words = (text: string, vocab?: Set<string>) => tokenize(text, vocab).map((t) => t.w);

describe('tokenize (normalisation)', () => {
  it('lower-cases, strips accents and collapses repeated letters', () => {
    assert.deepEqual(words('SEND Nuuuudes Pásame'), ['send', 'nudes', 'pasame']);
    assert.deepEqual(words('I’ll'), ['il']);
  });

  it('folds Unicode look-alikes, fullwidth and mathematical letters', () => {
    assert.deepEqual(words('ѕеnd рісѕ'), ['send', 'pics']);
    assert.deepEqual(words('𝐧𝐮𝐝𝐞𝐬 ｎｕｄｅｓ'), ['nudes', 'nudes']);
    assert.deepEqual(words('ΡΑΥ ΡΑУ'), ['pay', 'pay']);
  });

  it('reads leetspeak inside words but keeps numbers and durations', () => {
    assert.deepEqual(words('s3nd n00dz 0n sc'), ['send', 'nodz', 'on', 'sc']);
    assert.deepEqual(words('24hrs 500'), ['24', 'hrs', '500']);
  });

  it('joins spaced and dotted letters, and three spaced letters only into a known word', () => {
    assert.deepEqual(words('n.u.d.e.s'), ['nudes']);
    assert.deepEqual(words('s e n d  n u d e s'), ['send', 'nudes']);
    assert.deepEqual(words('s e x', new Set(['sex'])), ['sex']);
    assert.deepEqual(words('u r a star', new Set(['sex'])), ['u', 'r', 'a', 'star']);
  });

  it('drops zero-width characters and maps emoji and currency symbols to words', () => {
    assert.deepEqual(words('nu\u200bdes'), ['nudes']);
    assert.deepEqual(words('⏰ $500 📸'), ['emojitimer', 'dolar', '500', 'emojicamera']);
    // the symbol folds like the word, so "$500" and "500 dollars" meet the same phrases
    assert.deepEqual(words('$ £ €'), words('dollar pound euro'));
  });

  it('drops combining marks inside words: decomposed accents and stacked "zalgo" marks', () => {
    assert.deepEqual(words('Tengo tu vídeo y te lo envío'.normalize('NFD')), [
      'tengo',
      'tu',
      'video',
      'y',
      'te',
      'lo',
      'envio',
    ]);
    assert.deepEqual(
      words(
        'i\u0338 h\u0335a\u0336v\u0337e\u0338 y\u0335o\u0336u\u0337r\u0338 n\u0335u\u0336d\u0337e\u0338s\u0335',
      ),
      ['i', 'have', 'your', 'nudes'],
    );
  });
  it('reads HTML character references of a page source as the characters they stand for', () => {
    assert.deepEqual(words('within 48&nbsp;hours, don&#39;t ignore this'), [
      'within',
      '48',
      'hours',
      'dont',
      'ignore',
      'this',
    ]);
    assert.deepEqual(words('tengo tu v&iacute;deo, ma&#xF1;ana'), ['tengo', 'tu', 'video', 'manana']);
    assert.deepEqual(words('AT&T and R&D, caf&eacute without its end'), [
      'at',
      't',
      'and',
      'r',
      'd',
      'caf',
      'eacute',
      'without',
      'its',
      'end',
    ]);
    const quoted = tokenize('he wrote &quot;pay now&quot; to me');
    assert.deepEqual(
      quoted.map((t) => t.q),
      [false, false, true, true, false, false],
    );
    assert.equal(tokenize('48&nbsp;hours')[1].s, 8);
  });
  it('reads a reference to a currency sign, a curly quote or an emoji as that character would be read', () => {
    assert.deepEqual(words('send &#36;500 or &euro;400 or &pound;300'), [
      'send',
      'dolar',
      '500',
      'or',
      'euro',
      '400',
      'or',
      'pound',
      '300',
    ]);
    assert.deepEqual(words('pic &#x1F4F8; &#9200;'), ['pic', 'emojicamera', 'emojitimer']);
    const quoted = tokenize('he wrote &ldquo;pay now&rdquo; to me');
    assert.deepEqual(
      quoted.map((t) => t.q),
      [false, false, true, true, false, false],
    );
    const [, dollar, amount] = tokenize('send &#36;500');
    assert.deepEqual([dollar.s, dollar.e, amount.s], [5, 10, 10]);
  });
  it('keeps offsets into the original text', () => {
    const text = 'Hey 𝐧𝐮𝐝𝐞𝐬 n.u.d.e.s ⏰';
    for (const t of tokenize(text)) assert.ok(t.s >= 0 && t.e <= text.length && t.s < t.e);
    const [, math, dotted, timer] = tokenize(text);
    assert.equal(text.slice(math.s, math.e), '𝐧𝐮𝐝𝐞𝐬');
    assert.equal(text.slice(dotted.s, dotted.e), 'n.u.d.e.s');
    assert.equal(text.slice(timer.s, timer.e), '⏰');
  });

  it('marks quoted words, and an unclosed quote quotes nothing', () => {
    const quoted = tokenize('he said "send pics" lol');
    assert.deepEqual(
      quoted.map((t) => t.q),
      [false, false, true, true, false],
    );
    assert.ok(tokenize('"send pics now').every((t) => !t.q));
    assert.ok(
      tokenize('> send pics\nok')
        .slice(0, 2)
        .every((t) => t.q),
    );
  });

  it('handles long adversarial input in one pass', () => {
    const hostile = [
      'a.'.repeat(100_000),
      '\u200b'.repeat(100_000),
      '"'.repeat(100_000),
      '1'.repeat(100_000),
    ];
    for (const text of hostile) assert.ok(Array.isArray(tokenize(text)));
    assert.equal(tokenize('a.'.repeat(100_000)).length, 1);
  });
});

describe('normalize: more look-alike letters (mass mails)', () => {
  it('folds Greek lunate sigma, Armenian, Komi, Latin alpha, hooks and small capitals', () => {
    const words = (text: string) =>
      tokenize(text)
        .map((t) => t.w)
        .join(' ');
    assert.equal(words('tiϲkiոԍ ɑway'), 'ticking away');
    assert.equal(words('Thanƙѕ ѵɑriоus'), 'thanks various');
    assert.equal(words('ʏᴏᴜʀ ᴘɪᴄꜱ'), 'your pics');
  });

  it("gives each token its word's FNV-1a hash as a signed 32-bit integer (kept unboxed by V8)", () => {
    // long words, emoji, currency and spaced letters take the tokenizer's other paths
    const text = 'send the nudes or pay $500 💰 s e x supercalifragilisticexpialidocious 🍆';
    const tokens = tokenize(text, new Set(['sex']));
    assert.ok(tokens.length > 8);
    for (const t of tokens) {
      assert.equal(t.h, wordHash(t.w));
      assert.equal(t.h, t.h | 0);
      assert.equal(t.h >>> 0, hashString(t.w, 0));
    }
    assert.ok(tokens.some((t) => t.h < 0));
  });
});

describe('foldsToItself', () => {
  it('is true only where folding leaves the word as it is (checked on every word of the classes)', () => {
    const words = decodeClasses(clusters).flat();
    let plain = 0;
    for (const word of words)
      if (foldsToItself(word)) {
        plain++;
        assert.equal(foldWord(word), word, word);
      }
    assert.ok(plain > words.length / 2, `${plain} of ${words.length}`);
    for (const word of ['school', 'Hello', 'café', 'h3llo', 'see', ''])
      assert.equal(foldsToItself(word), false, word);
    assert.equal(foldsToItself('video'), true);
  });
});
