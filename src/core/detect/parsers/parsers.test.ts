import { describe, it } from 'node:test';
import assert from '../../../../test/assert.ts';
import { BackstopError } from '../../errors.ts';
import {
  decodeHeader,
  detectFormat,
  fixMojibake,
  parseConversation,
  parseDiscordJson,
  parseEml,
  parseMetaJson,
  parseTranscript,
  parseTranscriptOrText,
  parseWhatsApp,
} from './index.ts';

const throwsLine = (fn: () => unknown, line: number) =>
  assert.throws(
    fn,
    (e: unknown) =>
      e instanceof BackstopError && e.code === 'malformed_export' && e.message.includes(`line ${line}`),
  );

describe('transcript parser', () => {
  it('reads Name: message lines, timestamps and continuation lines', () => {
    const messages = parseTranscript('Alex: hi\n[10:01] Sam: hey\n12:02 pm Alex: two\nlines\n\nSam: ok');
    assert.deepEqual(messages, [
      { sender: 'Alex', text: 'hi' },
      { sender: 'Sam', text: 'hey', time: '10:01' },
      { sender: 'Alex', text: 'two\nlines', time: '12:02 pm' },
      { sender: 'Sam', text: 'ok' },
    ]);
  });

  it('names the line when the first message has no speaker', () => {
    throwsLine(() => parseTranscript('\nhello there\nAlex: hi'), 2);
  });

  it('falls back to one message for text that is not a transcript', () => {
    assert.deepEqual(parseTranscriptOrText('Dear user: your account\nwas hacked'), [
      { text: 'Dear user: your account\nwas hacked' },
    ]);
    assert.equal(parseTranscriptOrText('a: 1\nb: 2').length, 2);
    assert.equal(parseTranscriptOrText('see https://example.com: now\nand http://x.y: too').length, 1);
  });
});

describe('WhatsApp parser', () => {
  it('reads Android exports with system lines and multi-line messages', () => {
    const text = [
      '12/31/23, 9:41 PM - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.',
      '12/31/23, 9:41 PM - Jess: hey',
      '12/31/23, 9:42 PM - Sam: hi',
      'second line',
      '12/31/23, 9:43 PM - Jess: <Media omitted>',
    ].join('\n');
    assert.deepEqual(parseWhatsApp(text), [
      { sender: 'Jess', text: 'hey', time: '12/31/23 9:41 PM' },
      { sender: 'Sam', text: 'hi\nsecond line', time: '12/31/23 9:42 PM' },
      { sender: 'Jess', text: '<Media omitted>', time: '12/31/23 9:43 PM' },
    ]);
  });

  it('reads iOS exports (brackets, seconds, invisible marks, 24 h and narrow spaces)', () => {
    const text =
      '\u200e[31/12/2023, 21:41:05] Jess: hey\n[31/12/2023, 21:41:09] Sam: \u200eimage omitted\n[1/2/24, 9:05:00\u202fAM] Jess: morning';
    const messages = parseWhatsApp(text);
    assert.equal(messages.length, 3);
    assert.equal(messages[1].text, 'image omitted');
    assert.equal(messages[2].time, '1/2/24 9:05:00\u202fAM');
  });

  it('names the line of a malformed export', () => {
    throwsLine(() => parseWhatsApp('hello\n12/31/23, 9:41 PM - Jess: hey'), 1);
    assert.throws(() => parseWhatsApp('12/31/23, 9:41 PM - only a system line'), /no messages/);
  });
});

describe('Instagram / Messenger parser', () => {
  const exportJson = JSON.stringify({
    participants: [{ name: 'Jess' }, { name: 'Sam' }],
    messages: [
      { sender_name: 'Jess', timestamp_ms: 3000, content: 'caf\u00c3\u00a9 \u00f0\u009f\u0098\u0082' },
      { sender_name: 'Sam', timestamp_ms: 2000, photos: [{ uri: 'x.jpg' }] },
      { sender_name: 'Jess', timestamp_ms: 1000, content: 'hi' },
    ],
    thread_path: 'inbox/jess_123',
  });

  it('orders messages oldest first, repairs mojibake and marks photos', () => {
    assert.deepEqual(parseMetaJson(exportJson), [
      { sender: 'Jess', text: 'hi', time: 1000 },
      { sender: 'Sam', text: 'photo omitted', time: 2000 },
      { sender: 'Jess', text: 'café 😂', time: 3000 },
    ]);
    assert.equal(fixMojibake('plain'), 'plain');
  });

  it('reads the newer Messenger export shape', () => {
    const text = JSON.stringify({ messages: [{ senderName: 'A', text: 'yo', timestamp: 5 }] });
    assert.deepEqual(parseMetaJson(text), [{ sender: 'A', text: 'yo', time: 5 }]);
  });

  it('names the line of broken JSON and says what is missing', () => {
    throwsLine(() => parseMetaJson('{\n  "messages": [\n    {"sender_name": "A",,}\n  ]\n}'), 3);
    assert.throws(() => parseMetaJson('{"participants": []}'), /"messages" list/);
    assert.throws(() => parseMetaJson('{"messages": [{"content": "x"}]}'), /message 1 has no sender_name/);
  });
});

describe('Discord parser (DiscordChatExporter JSON)', () => {
  const exportJson = JSON.stringify({
    guild: { id: '1', name: 'Direct Messages' },
    channel: { id: '2', type: 'DirectTextChat', name: 'jess' },
    messages: [
      {
        id: '10',
        type: 'Default',
        timestamp: '2024-01-01T10:00:00+00:00',
        content: 'hey',
        author: { id: '7', name: 'jess', nickname: 'Jess' },
        attachments: [],
      },
      {
        id: '11',
        type: 'Default',
        timestamp: '2024-01-01T10:01:00+00:00',
        content: '',
        author: { id: '8', name: 'sam' },
        attachments: [{ url: 'a.png' }],
      },
    ],
  });

  it('reads authors, text and attachments', () => {
    assert.deepEqual(parseDiscordJson(exportJson), [
      { sender: 'Jess', text: 'hey', time: '2024-01-01T10:00:00+00:00' },
      { sender: 'sam', text: 'attached image', time: '2024-01-01T10:01:00+00:00' },
    ]);
    assert.equal(detectFormat(exportJson), 'discord');
  });

  it('rejects messages without an author', () => {
    assert.throws(
      () => parseDiscordJson('{"channel": {}, "messages": [{"content": "x"}]}'),
      /message 1 has no author/,
    );
  });
});

describe('e-mail parser (.eml)', () => {
  const eml = [
    'Return-Path: <x@example.com>',
    'From: =?utf-8?B?SGFja2Vy?= <x@example.com>',
    'Subject: =?utf-8?Q?Your_account_is_hacked?=',
    'Date: Mon, 1 Jan 2024 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'I recorded you through your webcam. Pay 900 USD in bitcoin =E2=80=94 48 hou=',
    'rs.',
    '--b1',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>html version</p>',
    '--b1--',
  ].join('\r\n');

  it('reads sender, subject and the decoded text part', () => {
    const [message] = parseEml(eml);
    assert.equal(message.sender, 'Hacker <x@example.com>');
    assert.equal(message.time, 'Mon, 1 Jan 2024 10:00:00 +0000');
    assert.equal(
      message.text,
      'Your account is hacked\n\nI recorded you through your webcam. Pay 900 USD in bitcoin — 48 hours.',
    );
    assert.equal(detectFormat(eml), 'eml');
  });

  it('reads base64 bodies and falls back to HTML text', () => {
    const body = Buffer.from('I have your password').toString('base64');
    const b64 = `From: a@b.c\nSubject: hi\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${body}\n`;
    assert.match(parseEml(b64)[0].text, /I have your password/);
    const html =
      'From: a@b.c\nSubject: s\nContent-Type: text/html\n\n<style>p{x}</style><p>pay <b>now</b> &amp; &lt;3</p>';
    assert.match(parseEml(html)[0].text, /^s\n\n\s*pay\s+now\s+& <3/);
    assert.equal(decodeHeader('=?iso-8859-1?Q?caf=E9?='), 'café');
  });

  it('names the line of a malformed header block', () => {
    throwsLine(() => parseEml('From: a@b.c\nthis is not a header\n\nbody'), 2);
    throwsLine(() => parseEml('hello'), 1);
  });
});

describe('format detection and parseConversation', () => {
  it('detects each format from content', () => {
    assert.equal(detectFormat('12/31/23, 9:41 PM - Jess: hey'), 'whatsapp');
    assert.equal(detectFormat('[31/12/2023, 21:41:05] Jess: hey'), 'whatsapp');
    assert.equal(detectFormat('Jess: hey\nSam: hi'), 'transcript');
    assert.equal(detectFormat('{"messages": [{"sender_name": "a", "content": "x"}]}'), 'messenger');
    assert.equal(detectFormat('just some text'), 'text');
    assert.equal(detectFormat('{not json'), 'text');
  });

  it('reads a pasted e-mail whose body follows its Subject line with no blank line as text', () => {
    const pasted = 'Subject: Court summons\nThis is the cyber crime unit of the police. You will be charged.';
    assert.equal(detectFormat(pasted), 'text');
    const parsed = parseConversation(pasted);
    assert.equal(parsed.messages.length, 1);
    assert.match(parsed.messages[0].text, /cyber crime unit/);
    // headers folded onto a second line are still headers
    assert.equal(detectFormat('From: a@example.com\nSubject: a long\n subject\n\nbody'), 'eml');
  });

  it('reads a pasted chat whose first line names no speaker, and refuses it only when told it is a transcript', () => {
    const pasted = 'Today 21:03\nKai: send pic\nMe: [photo]\nKai: 100 dollars now';
    assert.equal(detectFormat(pasted), 'transcript');
    assert.deepEqual(parseConversation(pasted).messages, [
      { text: 'Today 21:03' },
      { sender: 'Kai', text: 'send pic' },
      { sender: 'Me', text: '[photo]' },
      { sender: 'Kai', text: '100 dollars now' },
    ]);
    throwsLine(() => parseConversation(pasted, 'transcript'), 1);
  });

  it('rejects empty input and unknown formats clearly', () => {
    assert.throws(() => parseConversation('   ', 'text'), /no text/);
    assert.throws(() => parseConversation('x', 'fax' as never), /Unknown format/);
  });

  it('parses hostile inputs in linear time (regexes are bounded)', () => {
    const hostile = [
      'a'.repeat(200_000) + ':',
      '['.repeat(100_000),
      '1/1/1, 1:11 '.repeat(20_000),
      'From: ' + '=?utf-8?B?'.repeat(20_000),
      'From: a\nContent-Type: text/html\n\n' + '<'.repeat(100_000) + '<script' + ' '.repeat(50_000),
      'x: ' + ' '.repeat(100_000) + '\n'.repeat(100_000),
      'From: a\nContent-Type: text/html\n\n' + '&'.repeat(100_000) + '<script>'.repeat(10_000),
    ];
    for (const text of hostile) {
      try {
        parseConversation(text);
      } catch (error) {
        assert.ok(error instanceof BackstopError, String(error));
      }
    }
  });
});
