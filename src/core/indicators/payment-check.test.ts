import { test } from 'node:test';
import assert from '../../../test/assert.ts';
import { extractIndicators, mayHoldPaymentDetails } from './index.ts';
import { readDetectCorpus } from '../../node/files/detect-corpus.ts';
import { mulberry32 } from '../../../test/random.ts';

/** Ways to be paid; a gift card only as a code (a brand named alone is no payment detail). */
const PAYMENT = new Set(['payment_handle', 'crypto_address', 'bank_account', 'gift_card']);
const paymentIn = (text: string) =>
  extractIndicators(text).filter(
    (i) => PAYMENT.has(i.type) && (i.type !== 'gift_card' || i.details?.kind === 'code'),
  );

/** `mayHoldPaymentDetails` may say yes to text without payment details, never no to text with some. */
function assertNeverMisses(text: string): void {
  if (mayHoldPaymentDetails(text)) return;
  assert.deepEqual(paymentIn(text), [], `missed payment details in ${JSON.stringify(text)}`);
}

/** Texts with payment details, one or more of each kind the extractor finds. */
const WITH_DETAILS = [
  'send it to $jakeS now',
  'my cash app is jakes99',
  'venmo: jake-s',
  'zelle me at jake@example.com',
  'paypal jake@example.com',
  'pay pal: jake_s2',
  'revolut @jakes',
  'https://paypal.me/jakeS',
  'paypal dot me slash jakeS',
  'https://www.paypal.com/paypalme/jakeS',
  'https://cash.app/$jakeS',
  'https://account.venmo.com/u/jakeS',
  'venmo.com/jakeS',
  'https://revolut.me/jakes',
  'https://pay%70al.me/jakeS',
  'zelle: +1 202 555 0173',
  'btc: 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2',
  'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  '0x52908400098527886E0F7030069857D2E4169EE7',
  'iban GB82 WEST 1234 5698 7654 32',
  'sort code 12-34-56 account 12345678',
  'account number 12345678',
  's/c 12-34-56',
  'sortcode: 123456',
  'steam gift card code ABCD-1234-EFGH',
  'gift card 1234 5678 9012 3456',
];

test('payment pre-check: every kind of payment detail the extractor finds passes it', () => {
  for (const text of WITH_DETAILS) {
    assert.notDeepEqual(paymentIn(text), [], text);
    assert.ok(mayHoldPaymentDetails(text), text);
  }
});

test('payment pre-check: everyday chat and threats without details skip the extractor', () => {
  for (const text of [
    'my mum says i have to be home by 9',
    'I recorded the whole call. Send 2000 dollars or I send it to your wife and your boss on LinkedIn',
    'pay up or i tell everyone you cried at toy story',
    'buy a $100 apple gift card and send me the code',
    'ok its 07700 900123',
    'send a pic 👀 just for me',
    'omg that video was so funny 😂😂',
  ])
    assert.equal(mayHoldPaymentDetails(text), false, text);
});

test('payment pre-check never misses what the extractor finds: corpus messages', () => {
  for (const item of readDetectCorpus()) for (const m of item.messages) assertNeverMisses(m.text);
});

/** Pieces of payment details and of the words around them. */
const PIECES = [
  ' ',
  ' ',
  ...(
    '. / : - @ _ ( ) [ ] a b x Q Z J S 0 1 2 4 8 9 12 34 56 123 2009 pay pal apple cash app venmo zelle ' +
    'revolut me com dot slash at is my on gmail steam gift card code sort acc no GB bc ltc 0x www https ' +
    'hxxp snap s/c sc 12345678 ABCD EF12 jakeS jess_h qar0srrr7x BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN'
  ).split(' '),
];

test('payment pre-check never misses what the extractor finds: random text from payment-like pieces', () => {
  const next = mulberry32(20_261_201);
  for (let n = 0; n < 4000; n++) {
    let text = '';
    const length = 1 + (next() % 14);
    for (let k = 0; k < length; k++) text += PIECES[next() % PIECES.length];
    assertNeverMisses(text);
  }
});

test('payment pre-check never misses what the extractor finds: texts with details, changed at random', () => {
  const next = mulberry32(1_532);
  for (const original of WITH_DETAILS) {
    for (let n = 0; n < 150; n++) {
      let text = original;
      for (let edits = 1 + (next() % 3); edits > 0 && text; edits--) {
        const at = next() % text.length;
        const kind = next() % 3;
        const piece = kind === 0 ? '' : kind === 1 ? PIECES[next() % PIECES.length] : text[at].toUpperCase();
        text = text.slice(0, at) + piece + text.slice(at + 1);
      }
      if (text) assertNeverMisses(text);
    }
  }
});

test('payment pre-check never misses what the extractor finds: texts with details, emoji put in', () => {
  const emoji = ['😀', '👀', '🌹', '🎉', '🤔', '🥺', '🫠', '🪙', '💸', '🚀'];
  const next = mulberry32(0x1f300);
  for (const original of WITH_DETAILS) {
    for (let n = 0; n < 300; n++) {
      let text = original;
      for (let edits = 1 + (next() % 3); edits > 0; edits--) {
        const at = next() % (text.length + 1);
        const replace = next() % 2;
        text = text.slice(0, at) + emoji[next() % emoji.length] + text.slice(at + replace);
      }
      assertNeverMisses(text);
    }
  }
});
