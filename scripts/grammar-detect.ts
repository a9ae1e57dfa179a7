// A grammar of the script's lines: offender lines made from slots (verbs × material × audiences, harm, prices, age
// questions, ...), each template pushed through the engine alone and in context, with the fillers most often missed.
// It measures coverage of the acts' structures, not recall on real text (the lines are the team's, made to probe the
// word classes). `npm run grammar:detect` (`--misses` lists missed lines).
import { analyzeConversation, analyzeMessage, type Message, type Stage } from '../src/core/detect/index.ts';

const showMisses = process.argv.includes('--misses');

/** Deterministic choices (a linear congruential generator), so every run makes the same lines. */
function chooser(seed: number) {
  let state = seed;
  return <T>(list: readonly T[]): T => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return list[Math.floor((state / 2 ** 32) * list.length)];
  };
}

/** Fills `{slot}`s of a template with choices from `slots`, returning the line and what filled each slot. */
function fill(template: string, slots: Record<string, readonly string[]>, pick: ReturnType<typeof chooser>) {
  const chosen: Record<string, string> = {};
  const text = template.replace(/\{(\w+)\}/g, (_, slot: string) => (chosen[slot] = pick(slots[slot])));
  return { text, chosen };
}

const conversation = (lines: [string, string][]): Message[] =>
  lines.map(([sender, text]) => ({ sender, text }));
const alone = (text: string) => analyzeConversation(conversation([['them', text]])).alert;
const afterClaim = (text: string) =>
  analyzeConversation(
    conversation([
      ['them', 'i saved every pic you sent me'],
      ['me', 'what do you mean'],
      ['them', text],
    ]),
  ).alert;
const shows = (stage: Stage) => (text: string) => analyzeMessage(text).some((c) => c.stage === stage);
const childAsked = (question: string) =>
  analyzeConversation(
    conversation([
      ['them', 'hey'],
      ['me', 'hi'],
      ['them', question],
      ['me', '14'],
      ['them', 'send me a pic in ur bikini'],
    ]),
  ).alert;

const SLOTS: Record<string, readonly string[]> = {
  I: [
    'i',
    'ill',
    "i'll",
    'im gonna',
    'imma',
    'i will',
    'we will',
    "we'll",
    'i am going to',
    'i can',
    'i could easily',
  ],
  V: [
    'drop',
    'send',
    'post',
    'leak',
    'share',
    'put',
    'upload',
    'forward',
    'show',
    'dump',
    'plaster',
    'blast',
    'circulate',
    'pass around',
    'broadcast',
    'airdrop',
    'splash',
  ],
  O: [
    'these',
    'them',
    'your pics',
    'the vid',
    'your nudes',
    'what you sent',
    'the screenshots',
    'your photos',
    'the video of you',
    'everything',
    'it',
    'this',
  ],
  P: ['to', 'in', 'on', 'into', 'all over', 'across', 'around'],
  A: [
    'the class gc',
    'your form group',
    'the year 10 group chat',
    'your sisters friends',
    'your mums facebook',
    'your football team',
    'the lads',
    'the girls',
    'your ex',
    'your crush',
    'your school',
    'your family',
    'your followers',
    'your church',
    'your job',
    'your contacts',
    'every group chat you are in',
    'your teachers',
    'your cousins',
    'your snap story',
    'the school page',
    'reddit',
    'twitter',
  ],
  SEE: [
    'will see',
    'gets',
    'is getting',
    'are gonna see',
    'will get',
    'will receive',
    'gonna get',
    'will be looking at',
  ],
  GO: ['goes', 'go', 'is going', 'are going', 'ends up', 'will end up', 'lands', 'will land'],
  YOURS: [
    'your dad',
    'your mum',
    'your parents',
    'your grandma',
    'your little brother',
    'your coach',
    'your teachers',
    'your girlfriend',
    'your boss',
    'your pastor',
    'your best friend',
    'your whole family',
    'your classmates',
  ],
  REACT: [
    'would love',
    'would be shocked by',
    'would be interested in',
    'would freak out over',
    'would be disgusted by',
    'is gonna love',
  ],
  CLICK: ['one click and', 'one message and', 'one tap and', 'i press send and', 'i hit send and'],
  HAS: ['sees', 'gets', 'has', 'will see', 'is looking at'],
  WE: ['i', 'we', 'ive', 'weve', 'i already', 'we already', 'my team'],
  installed: ['installed', 'planted', 'placed', 'injected', 'deployed', 'uploaded', 'slipped'],
  malware: [
    'malware',
    'a trojan',
    'spyware',
    'a RAT',
    'a virus',
    'a keylogger',
    'a malicious program',
    'special software',
    'a backdoor',
  ],
  device: ['your device', 'your computer', 'your phone', 'your laptop', 'your system', 'all your devices'],
  keep: [
    'have',
    'got',
    'kept',
    'saved',
    'screenshotted',
    'recorded',
    'backed up',
    'stored',
    'made copies of',
    'took screenshots of',
  ],
  mine: [
    'all your pics',
    'your nudes',
    'everything you sent',
    'what you showed me on cam',
    'every snap you sent',
    'your naked pics',
  ],
};

interface Template {
  name: string;
  make: (pick: ReturnType<typeof chooser>) => { text: string; chosen: Record<string, string> };
  read: (text: string) => boolean;
  count: number;
}
const from = (template: string) => (pick: ReturnType<typeof chooser>) => fill(template, SLOTS, pick);
const listed = (lines: readonly string[]) => {
  let i = 0;
  return () => ({ text: lines[i++ % lines.length], chosen: {} });
};

const HARM = [
  'your family will disown you',
  'your future is gone',
  'kiss your scholarship goodbye',
  'you will never live this down',
  'nobody will ever look at you the same',
  'you can forget about your future',
  'ill destroy your life',
  'your life is over',
];
const NO_ONE_NAMED = [
  "everyone's gonna see",
  "it's going public",
  "you'll be exposed",
  "i'll expose you",
  'the world will see',
  "you'll go viral",
  'hope you like being famous',
  'get ready to be exposed',
  "they're going up tonight",
  "i'm posting at 9",
  'your secret is out',
  "i've got the post ready",
  "once it's out you can't take it back",
];
const PRICES = [
  'cashapp me 200',
  'i take apple gift cards',
  'buy a steam card and send me the code',
  'zelle 300 to this number',
  'my fee is 200',
  'it costs you 300 to make this go away',
  'you can buy them back for 300',
  'for 200 ill delete everything',
  'ask your parents for the money',
  'use your moms card',
  'wire it to my account',
  'send the code from the back',
  'deposit it at any bitcoin atm',
];
const AGE = [
  'how old r u',
  'what age r u',
  'how young are you',
  'what year are you in',
  'what grade r u in',
  'are you in middle school',
  'you still in school?',
  'are you even 18',
  'when were you born',
  'u in 8th grade?',
  'old enough to drive?',
  'whats ur age',
  'ur age?',
  'you in year 9?',
];

const TEMPLATES: Template[] = [
  { name: 'I V O P A, after a claim', make: from('{I} {V} {O} {P} {A}'), read: afterClaim, count: 300 },
  { name: 'A SEE O, after a claim', make: from('{A} {SEE} {O}'), read: afterClaim, count: 300 },
  { name: 'O GO P A, after a claim', make: from('{O} {GO} {P} {A}'), read: afterClaim, count: 300 },
  {
    name: '"pay up or" I V O P A, alone',
    make: from('pay up or {I} {V} {O} {P} {A}'),
    read: alone,
    count: 300,
  },
  { name: 'YOURS REACT O, after a claim', make: from('{YOURS} {REACT} {O}'), read: afterClaim, count: 200 },
  { name: 'CLICK YOURS HAS O, alone', make: from('{CLICK} {YOURS} {HAS} {O}'), read: alone, count: 200 },
  { name: 'harm, after a claim', make: listed(HARM), read: afterClaim, count: HARM.length },
  {
    name: 'the exposure with no one named, after a claim',
    make: listed(NO_ONE_NAMED),
    read: afterClaim,
    count: NO_ONE_NAMED.length,
  },
  { name: 'a price, after a claim', make: listed(PRICES), read: afterClaim, count: PRICES.length },
  {
    name: 'malware installed (claim stage)',
    make: from('{WE} {installed} {malware} on {device}'),
    read: shows('compromise_claim'),
    count: 200,
  },
  {
    name: 'material kept (claim stage)',
    make: from('{WE} {keep} {mine}'),
    read: shows('compromise_claim'),
    count: 200,
  },
  {
    name: 'the age asked, a child answers, a nude request',
    make: listed(AGE),
    read: childAsked,
    count: AGE.length,
  },
];

for (const template of TEMPLATES) {
  const pick = chooser(12345);
  const seen = new Map<string, number>();
  const missedBy = new Map<string, number>();
  const missed = new Set<string>();
  let read = 0;
  for (let n = 0; n < template.count; n++) {
    const { text, chosen } = template.make(pick);
    const ok = template.read(text);
    if (ok) read++;
    else missed.add(text);
    for (const [slot, value] of Object.entries(chosen)) {
      const key = `${slot}=${value}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (!ok) missedBy.set(key, (missedBy.get(key) ?? 0) + 1);
    }
  }
  console.log(`${template.name}: ${read} of ${template.count}`);
  const weak = [...missedBy]
    .filter(([key, n]) => n / (seen.get(key) ?? 1) >= 0.5)
    .map(([key, n]) => `${key} (${n}/${seen.get(key)})`);
  if (weak.length) console.log(`  fillers missed half the time or more: ${weak.join(', ')}`);
  if (showMisses && missed.size) console.log(`  missed: ${[...missed].join(' | ')}`);
}
