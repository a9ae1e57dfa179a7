import { test } from 'node:test';
import assert from '../../../test/assert.ts';
import { extractIndicators, type Indicator } from './index.ts';

const find = (text: string, region?: string) =>
  extractIndicators(text, region ? { defaultRegion: region } : {});
const keys = (found: Indicator[]) => found.map((i) => `${i.type} ${i.normalized}`);
const has = (text: string, key: string, region?: string) => {
  const found = find(text, region);
  assert.ok(keys(found).includes(key), `expected ${key} in ${JSON.stringify(keys(found))}`);
  return found.find((i) => `${i.type} ${i.normalized}` === key)!;
};
const hasNo = (text: string, type: string, region?: string) => {
  const found = find(text, region).filter((i) => i.type === type);
  assert.deepEqual(keys(found), [], `expected no ${type} in ${JSON.stringify(text)}`);
};

test('urls: scheme, www, trailing punctuation, tracking query dropped on profile links', () => {
  const u = has('see https://Example.com/a/b?x=1.', 'url https://example.com/a/b?x=1');
  assert.equal(u.value, 'https://Example.com/a/b?x=1');
  has('(www.evil-site.net/path)', 'url https://evil-site.net/path');
  has('http://www.instagram.com/bad.guy/?igshid=xyz', 'url http://instagram.com/bad.guy');
  has('hxxps://evil.com/x', 'url https://evil.com/x');
});

test('snapchat usernames with a dot and digits, before or after the app name (issue 13)', () => {
  for (const text of [
    'add my snap jess_h.2009',
    'sc jess_h.2009',
    'snap 👻 jess_h.2009',
    'add me jess_h.2009 on snap',
    'jess_h.2009 on snapchat babe',
    'jess_h.2009 is my sc',
    'me: jess_h.2009 (snapchat)',
  ]) {
    const found = has(text, 'social_handle snapchat:jess_h.2009');
    assert.equal(text.slice(found.start, found.end), 'jess_h.2009', text);
  }
  // An ordinary word before "on snap" is not a username.
  hasNo('talk later on snap', 'social_handle');
  hasNo('see you at 10.30 on snap', 'social_handle');
});

test('spans point at the value in the text', () => {
  const text = 'xx snap: jo_hn12 and bob@mail.com';
  for (const i of find(text)) assert.equal(text.slice(i.start, i.end), i.value);
});

test('domains: bare domains with known TLDs; file names are not domains', () => {
  has('go to evil.com now', 'domain evil.com');
  has('site: www.Shop.co.uk', 'url https://shop.co.uk');
  hasNo('open setup.py and readme.md, e.g. this', 'domain');
  hasNo('version 1.2.3 costs 3.50', 'domain');
  hasNo('ok.so yes.no fine.im lol.it', 'domain');
  hasNo('that is my life. Money is tight. See you. Live well', 'domain');
  has('paypal . me / jo_x', 'payment_handle paypal:jo_x');
  has('ok.so/x', 'url https://ok.so/x');
});

test('e-mails, plain and written out', () => {
  has('mail Bob.Smith+x@Example.COM.', 'email bob.smith+x@example.com');
  has('email me john at gmail dot com', 'email john@gmail.com');
  has('jane [at] yahoo [dot] co [dot] uk', 'email jane@yahoo.co.uk');
  has('jane(at)evil.com', 'email jane@evil.com');
  hasNo('see you at home dot com', 'email');
});

test('phones: international, national with a default region, context', () => {
  const p = has('call me on +44 7911 123456', 'phone +447911123456');
  assert.ok(p.confidence >= 0.85);
  has('text 07911 123456', 'phone +447911123456', 'GB');
  has('(202) 555-0173', 'phone +12025550173', 'US');
  has('my number is 0 7 9 1 1 1 2 3 4 5 6', 'phone +447911123456', 'GB');
  const wa = has('whatsapp me 07911 123457', 'phone +447911123457', 'GB');
  assert.equal(wa.platform, 'whatsapp');
  hasNo('on 12.05.2024 at 10:30 I paid 1,000,000', 'phone', 'GB');
  hasNo('order 1234567 tracking', 'phone', 'GB');
});

test('social handles from context', () => {
  has('add me on snap: john_doe', 'social_handle snapchat:john_doe');
  has('my ig is @x_y', 'social_handle instagram:x_y');
  has('ig - @jane.doe', 'social_handle instagram:jane.doe');
  has('Snapchat JohnDoe2009', 'social_handle snapchat:johndoe2009');
  has('tiktok: dancer', 'social_handle tiktok:dancer');
  has('discord: gamer#1234', 'social_handle discord:gamer#1234');
  has('telegram @shadow_man', 'social_handle telegram:shadow_man');
  hasNo('add me on snapchat please', 'social_handle');
  hasNo('I sent a snap to my mum', 'social_handle');
  // in a pasted chat the next line is the next message: its speaker and words name no account
  hasNo('Kai: u were talking to my sister on insta\nMe: who?', 'social_handle');
  has('Kai: my snap is: kai_d.07\nMe: ok', 'social_handle snapchat:kai_d.07');
  const bare = has('follow @someone_', 'social_handle someone_');
  assert.equal(bare.platform, undefined);
});

test('a bare @name collapses into the same name on a platform', () => {
  const found = find('snap: @ghost_99 ... again @ghost_99');
  assert.deepEqual(keys(found.filter((i) => i.type === 'social_handle')), [
    'social_handle snapchat:ghost_99',
  ]);
});

test('profile links of the big platforms give the handle', () => {
  has('instagram.com/evil.guy', 'social_handle instagram:evil.guy');
  has('https://www.snapchat.com/add/snappy1', 'social_handle snapchat:snappy1');
  has('https://www.tiktok.com/@tok_er', 'social_handle tiktok:tok_er');
  has('https://x.com/elon_fan', 'social_handle x:elon_fan');
  has('twitter.com/someone', 'social_handle x:someone');
  has('https://facebook.com/profile.php?id=1000123', 'social_handle facebook:id:1000123');
  has('https://discord.gg/AbCd12', 'social_handle discord:abcd12');
  has('t.me/badguy', 'social_handle telegram:badguy');
  has('https://wa.me/447911123456', 'phone +447911123456');
  hasNo('https://instagram.com/p/Cx12ab', 'social_handle');
});

test('payment handles', () => {
  const tag = has('send it to $CashKing99', 'payment_handle cashapp:cashking99');
  assert.equal(tag.platform, 'cashapp');
  hasNo('send $50', 'payment_handle');
  hasNo('price in $USD', 'payment_handle');
  has('paypal.me/scammer', 'payment_handle paypal:scammer');
  has('paypal dot me slash scammer2', 'payment_handle paypal:scammer2');
  has('my paypal is pay.me@mail.com', 'payment_handle paypal:pay.me@mail.com');
  has('venmo @Jay-Pay', 'payment_handle venmo:jay-pay');
  has('zelle: +1 202 555 0173', 'payment_handle zelle:+12025550173');
  has('revolut: @revtag', 'payment_handle revolut:revtag');
  has('cash app: $moneyz', 'payment_handle cashapp:moneyz');
  hasNo('i used cashapp $BigMoney once, call +1 202 555 0173', 'payment_handle zelle:+12025550173');
});

test('an amount after a payment service is an amount, not an account (a handle holds a letter)', () => {
  hasNo('cashapp me $200 now or its going out', 'payment_handle');
  has('cashapp me $200 now or its going out', 'amount 200 USD');
  hasNo('cash app 200 now', 'payment_handle');
  hasNo('venmo 200 by tonight', 'payment_handle');
  has('cashapp me $200 at $jaymoney44', 'payment_handle cashapp:jaymoney44');
  has('my cashapp is $jay44', 'payment_handle cashapp:jay44');
});

test('crypto: valid checksums only', () => {
  has('btc 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'crypto_address 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2');
  has('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'crypto_address 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy');
  has(
    'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
    'crypto_address bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  );
  has(
    'BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ',
    'crypto_address bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  );
  const taproot = has(
    'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297',
    'crypto_address bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297',
  );
  assert.equal(taproot.details?.kind, 'p2tr');
  const eth = has(
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    'crypto_address 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed',
  );
  assert.equal(eth.platform, 'eth');
  has(
    '0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359',
    'crypto_address 0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359',
  );
  has('TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL', 'crypto_address TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL');
  has('LaMT348PWRnrqeeWArpwQPbuanpXDZGEUz', 'crypto_address LaMT348PWRnrqeeWArpwQPbuanpXDZGEUz');
  has(
    '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A',
    'crypto_address 44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A',
  );
  // One character changed: the checksum fails and nothing is reported.
  hasNo('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp', 'crypto_address');
  hasNo('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', 'crypto_address');
});

test('bank details: IBAN with mod-97, UK sort code and account', () => {
  has('IBAN: GB82 WEST 1234 5698 7654 32 thanks', 'bank_account GB82WEST12345698765432');
  has('DE89370400440532013000', 'bank_account DE89370400440532013000');
  hasNo('GB82 WEST 1234 5698 7654 33', 'bank_account');
  has('sort code 12-34-56 account 12345678', 'bank_account 123456:12345678');
  has('20-00-00 12345678', 'bank_account 200000:12345678');
  hasNo('on 12-05-24 at noon', 'bank_account');
});

test('gift cards: brands, generic mentions and codes', () => {
  has('buy me a steam card', 'gift_card steam');
  has('get 2 apple gift cards', 'gift_card apple');
  has('send a paysafecard', 'gift_card paysafecard');
  const code = has('google play card code: ABCD-1234-EFGH-5678', 'gift_card google_play:ABCD1234EFGH5678');
  assert.equal(code.details?.kind, 'code');
  hasNo('I love the apple pie and steam engines', 'gift_card');
});

test('gift cards: the words "gift cards" alone are not a detail, a code after them is', () => {
  hasNo('buy gift cards', 'gift_card');
  hasNo('send me gift cards now or else', 'gift_card');
  const found = find('get a gift card and send the code ABCD-1234-EFGH-5678');
  assert.deepEqual(keys(found), ['gift_card gift_card:ABCD1234EFGH5678']);
});

test('amounts with currency', () => {
  has('$50', 'amount 50 USD');
  has('50 USD', 'amount 50 USD');
  has('£200', 'amount 200 GBP');
  has('€1.000,50', 'amount 1000.5 EUR');
  has('0.01 BTC', 'amount 0.01 BTC');
  has('100 bucks', 'amount 100 USD');
  has('$1,500', 'amount 1500 USD');
  has('$5k', 'amount 5000 USD');
  hasNo('about 5k people', 'amount');
});

test('duplicates collapse and results are sorted by start', () => {
  const found = find('snap: a_b1 then $cash1 and again $cash1 and snap: a_b1');
  assert.deepEqual(keys(found), ['social_handle snapchat:a_b1', 'payment_handle cashapp:cash1']);
  assert.equal(found[1].details?.occurrences, 2);
  const starts = find('x@y.com $50 https://a.com/b 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2').map((i) => i.start);
  assert.deepEqual(
    starts,
    [...starts].sort((a, b) => a - b),
  );
});

test('text longer than maxLength is a clear error', () => {
  assert.throws(() => extractIndicators('a'.repeat(101), { maxLength: 100 }), { code: 'text_too_long' });
});
