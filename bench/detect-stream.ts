// The message stream the risk-engine benchmarks push: everyday chat (most direct messages carry no
// cue at all) mixed with the team corpus's conversations, one message in four from the corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../src/core/detect/index.ts';
import { parseCorpus } from '../src/core/detect/corpus.ts';

const EVERYDAY = [
  'hey whats up',
  'lol same',
  'did you finish the homework?',
  'see you at practice tomorrow',
  'omg that video was so funny 😂😂',
  'can you send me the notes from maths',
  'my mum says i have to be home by 9',
  'gg that last round was close',
  'ok',
  'what time is the party on saturday? should i bring anything',
  'I just got the new trainers, they look sick',
  'haha no way, did she really say that in class',
];

/** 4,096 messages, the same on every call. */
export function benchStream(): Message[] {
  const dir = join(import.meta.dirname, '..', 'data', 'detect', 'corpus');
  const corpusMessages = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => parseCorpus(readFileSync(join(dir, f), 'utf8'), f))
    .flatMap((item) => item.messages);
  const stream: Message[] = [];
  for (let i = 0; stream.length < 4096; i++)
    stream.push(
      i % 4 === 0
        ? corpusMessages[i % corpusMessages.length]
        : { sender: i % 2 ? 'a' : 'b', text: EVERYDAY[i % EVERYDAY.length] },
    );
  return stream;
}
