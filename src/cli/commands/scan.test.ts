import { after, describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BackstopError } from '../../core/errors.ts';
import { scanJsonlLine } from './scan.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/backstop.js');
const tmp = mkdtempSync(join(tmpdir(), 'backstop-scan-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, 'scan', ...args], { encoding: 'utf8', input });

describe('backstop scan', () => {
  it('prints the explanation, or the result object with --json, detecting the format', () => {
    const file = join(tmp, 'chat.txt');
    writeFileSync(
      file,
      '12/31/23, 9:41 PM - Jess: I have your nudes\n12/31/23, 9:42 PM - Jess: pay 200 on cashapp or i send them to all your followers\n',
    );
    const text = run([file]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /Risk: URGENT/);
    assert.match(text.stdout, /read as whatsapp/);
    assert.match(text.stdout, /Don't pay/);
    const json = run([file, '--json']);
    const result = JSON.parse(json.stdout);
    assert.equal(result.format, 'whatsapp');
    assert.equal(result.level, 'urgent');
    assert.equal(result.alert, true);
    const stdin = run(['-', '--format', 'text', '--json'], 'see you at practice');
    assert.equal(JSON.parse(stdin.stdout).level, 'none');
    assert.equal(JSON.parse(stdin.stdout).selfHarmAt, null);
  });

  it('says where the chat talks of suicide, and puts the crisis lines first', () => {
    const chat =
      'kai: i have your pics\nkai: pay 200 or i send them to your family\nme: please no i want to die\n';
    const text = run(['-'], chat);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /Talk of suicide or self-harm at message 3/);
    const steps = text.stdout.slice(text.stdout.indexOf('What to do next:'));
    assert.match(steps.split('\n')[1], /thinking about hurting yourself.*988/);
    assert.equal(JSON.parse(run(['-', '--json'], chat).stdout).selfHarmAt, 2);
    assert.doesNotMatch(run(['-'], 'kai: see you at practice\n').stdout, /suicide/);
  });

  it('says whom someone says it is happening to: them, or someone close to them', () => {
    const self = run(['-'], 'me: im scared, she said she will expose me to all my followers\n');
    assert.equal(self.status, 0, self.stderr);
    assert.match(self.stdout, /Someone says this is happening to them at message 1/);
    const other = run(['-'], 'me: someone is threatening my son with his photos\nme: what do we do\n');
    assert.equal(other.status, 0, other.stderr);
    assert.match(other.stdout, /Someone says this is happening to someone close to them at message 1/);
    assert.match(other.stdout, /What to do next:\n- Stay calm and listen/);
    assert.equal(
      JSON.parse(run(['-', '--json'], 'me: someone is threatening my son with his photos\n').stdout)
        .toldAbout,
      'other',
    );
    const pasted = run(
      ['-'],
      'me: this is what my son got on instagram\nx: i have your nudes. pay 300 or i send them to your family\n',
    );
    assert.match(pasted.stdout, /Someone says this chat is what someone close to them got/);
    assert.match(pasted.stdout, /What to do next:\n- Stay calm and listen/);
  });

  it('says when someone tells of being pushed for pictures before any threat, with the early steps', () => {
    const told =
      'a guy i met on insta keeps asking me for pics and says i should delete our chats so my parents dont see\n';
    const text = run(['-'], told);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /Someone says they are being pushed for pictures or secrecy at message 1/);
    assert.match(
      text.stdout,
      /\nIt sounds like someone is pushing you to send pictures or to keep secrets\./,
    );
    assert.match(text.stdout, /What to do next:\n- You don't have to send any picture/);
    assert.equal(JSON.parse(run(['-', '--json'], told).stdout).askedAt, 0);
    assert.equal(JSON.parse(run(['-', '--json'], told).stdout).pushed, true);
    assert.doesNotMatch(run(['-'], 'me: my mum keeps asking me to send pics of my room\n').stdout, /pushed/);
    assert.match(
      run(['-'], 'an older man on discord keeps asking my daughter for nudes\n').stdout,
      /Someone says someone close to them is being pushed for pictures or secrecy at message 1: the steps below are for the one helping/,
    );
  });

  it('reads with the rules alone under --rules-only', () => {
    const text = 'The lens of your laptop caught you while you watched, thanks to my software.';
    const cues = (args: string[]) =>
      (
        JSON.parse(run(['-', '--format', 'text', '--json', ...args], text).stdout).evidence as {
          cue: string;
        }[]
      ).map((e) => e.cue);
    assert.ok(cues([]).includes('model.compromise_claim'), 'the sentence model reads the claim');
    assert.deepEqual(cues(['--rules-only']), []);
    const jsonl = run(['-', '--jsonl', '--rules-only'], JSON.stringify({ id: 'a', text }));
    assert.deepEqual(JSON.parse(jsonl.stdout).stages, []);
  });

  it('writes one JSON line per --jsonl input and names bad lines on stderr', () => {
    const file = join(tmp, 'in.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', text: 'x: I have ur pics\nx: pay 100 or ur followers see them' }),
        JSON.stringify({ id: 'b', messages: [{ sender: 'p', text: 'gg ez', time: 1 }] }),
        '{oops',
        '',
      ].join('\n'),
    );
    const res = run(['--jsonl', file]);
    assert.equal(res.status, 1);
    const lines = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(Object.keys(lines[0]), [
      'id',
      'risk',
      'level',
      'alert',
      'stages',
      'reasons',
      'selfHarmAt',
      'selfReportAt',
      'toldAbout',
      'askedAt',
      'pushed',
    ]);
    assert.equal(lines[0].id, 'a');
    assert.equal(lines[0].alert, true);
    assert.equal(lines[1].alert, false);
    assert.match(res.stderr, /line 3: not valid JSON/);
  });

  it('fails with one clear line on malformed exports, unknown formats and missing files', () => {
    const bad = join(tmp, 'bad.txt');
    writeFileSync(bad, 'hello\n12/31/23, 9:41 PM - Jess: hey\n');
    const res = run([bad, '--format', 'whatsapp']);
    assert.equal(res.status, 1);
    assert.match(res.stderr, /WhatsApp export line 1/);
    assert.doesNotMatch(res.stderr, /\n\s+at /);
    assert.match(run([bad, '--format', 'fax']).stderr, /Unknown --format/);
    assert.match(run([join(tmp, 'missing.txt')]).stderr, /no such file/);
  });

  it('validates JSONL objects', () => {
    assert.throws(
      () => scanJsonlLine('[1]', 4),
      (e: unknown) => e instanceof BackstopError && /line 4/.test(e.message),
    );
    assert.throws(() => scanJsonlLine('{"id":"x"}', 2), /needs "text" or "messages"/);
    assert.throws(
      () => scanJsonlLine('{"messages":[{"sender":"a"}]}', 7),
      /line 7: message 1 needs a "text"/,
    );
    assert.equal(scanJsonlLine('{"text":"hi"}', 9).id, '9');
  });
});
