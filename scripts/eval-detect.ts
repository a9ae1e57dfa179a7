// Evaluates the conversation risk engine on the labeled corpora: team-written items
// (data/detect/corpus/*.txt, prov: team) and real public text (data/detect/corpus-real/*.txt,
// prov: real), every figure reported apart for the two. `npm run eval:detect` (add `--json` for one
// JSON object; the `novel` column is test without near copies of train/dev items, `--misses` to list wrong train/dev items, `--misses-test` to list wrong test items
// too, `--late` to list threats alerted only at the threat, `--tune` to print train and dev only:
// use it while changing rules, so the test split stays unseen; `--rules` to leave out the learned
// combiner and see the rules alone; `--show` with `--misses` prints the listed train and dev items
// message by message, with the level after each and its cues: test items are never printed). It ends with issue 10's targets on test (on dev with `--tune`),
// each with its count and 95% interval: the splits are small, and the interval says what they can tell.
import {
  analyzeConversation,
  analyzeMessage,
  createConversationAnalyzer,
  defaultLexicons,
} from '../src/core/detect/index.ts';
import { wilsonInterval } from '../src/core/detect/interval.ts';
import {
  duplicateIds,
  sourcesInTwoSplits,
  testNearCopies,
  type CorpusItem,
} from '../src/core/detect/corpus.ts';
import {
  detectCorpusFiles,
  otherLanguageCorpusFiles,
  readDetectCorpus,
} from '../src/node/files/detect-corpus.ts';

const files = detectCorpusFiles();
const items: CorpusItem[] = readDetectCorpus(files);
// real text in the languages of the other shipped lexicons (corpus-other/), reported apart from English and Spanish
const otherLanguages = defaultLexicons.map((l) => l.language).filter((l) => l !== 'en' && l !== 'es');
const otherItems = readDetectCorpus(otherLanguageCorpusFiles()).filter((i) =>
  otherLanguages.includes(i.lang),
);
const leaking = sourcesInTwoSplits([...items, ...otherItems]);
if (leaking.length) {
  console.error(`These sources have items in more than one split (split by source): ${leaking.join(', ')}`);
  process.exit(1);
}
const twice = duplicateIds([...items, ...otherItems]);
if (twice.length) {
  console.error(`These ids name more than one item: ${twice.join(', ')}`);
  process.exit(1);
}

const args = new Set(process.argv.slice(2));
const options = args.has('--rules') ? { combiner: null } : {};

interface Row {
  item: CorpusItem;
  alert: boolean;
  level: string;
  firstAlertAt: number | null;
}

const rowOf = (item: CorpusItem): Row => {
  const result = analyzeConversation(item.messages, options);
  return { item, alert: result.alert, level: result.level, firstAlertAt: result.firstAlertAt };
};
const rows: Row[] = items.map(rowOf);
const otherRows: Row[] = otherItems.map(rowOf);

// streaming must give the same answer as batch: check it on the whole corpus while we are here
for (const row of [...rows, ...otherRows]) {
  const analyzer = createConversationAnalyzer(options);
  let last;
  for (const m of row.item.messages) last = analyzer.push(m);
  if (last?.level !== row.level) throw new Error(`streaming != batch on ${row.item.id}`);
}

const median = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : null);

/** A figure as its count: `k` of `n` rows. */
interface Count {
  k: number;
  n: number;
}
const countOf = (rows: Row[], hit: (r: Row) => boolean): Count => ({
  k: rows.filter(hit).length,
  n: rows.length,
});
const ratioOf = ({ k, n }: Count) => ratio(k, n);

const isPositive = (r: Row) => r.item.label !== 'benign';
const isEmail = (r: Row) => r.item.variant.includes('email');

/** The figures issue 10 sets targets on, as counts (`metrics` prints them as ratios). */
function targetCounts(subset: Row[]) {
  const negatives = subset.filter((r) => !isPositive(r));
  const extortion = subset.filter((r) => r.item.label === 'extortion');
  const threats = subset.filter((r) => r.item.threatIndex >= 0);
  const alerted = (r: Row) => r.alert;
  return {
    recallExtortionMessages: countOf(
      extortion.filter((r) => !isEmail(r)),
      alerted,
    ),
    recallExtortionEmails: countOf(extortion.filter(isEmail), alerted),
    fprHardNegatives: countOf(
      negatives.filter((r) => r.item.hard),
      alerted,
    ),
    fprPlainChat: countOf(
      negatives.filter((r) => !r.item.hard),
      alerted,
    ),
    alertedBeforeThreat: countOf(
      threats,
      (r) => r.firstAlertAt !== null && r.firstAlertAt < r.item.threatIndex,
    ),
  };
}
type TargetMetric = keyof ReturnType<typeof targetCounts>;

function metrics(subset: Row[]) {
  const tp = subset.filter((r) => isPositive(r) && r.alert).length;
  const fp = subset.filter((r) => !isPositive(r) && r.alert).length;
  const fn = subset.filter((r) => isPositive(r) && !r.alert).length;
  const negatives = subset.filter((r) => !isPositive(r));
  const hard = negatives.filter((r) => r.item.hard);
  const plain = negatives.filter((r) => !r.item.hard);
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const counts = targetCounts(subset);
  const threats = subset.filter((r) => r.item.threatIndex >= 0);
  const alerted = threats.filter((r) => r.firstAlertAt !== null);
  const early = alerted.filter((r) => (r.firstAlertAt as number) < r.item.threatIndex);
  // conversations whose very first message is the threat cannot be alerted earlier
  const canBeEarly = threats.filter((r) => r.item.threatIndex > 0);
  return {
    items: subset.length,
    positives: tp + fn,
    negatives: negatives.length,
    hardNegatives: hard.length,
    plainNegatives: plain.length,
    precision: ratio(precision * 1000, 1000),
    recall: ratio(recall * 1000, 1000),
    f1: precision + recall ? ratio(2 * precision * recall * 1000, (precision + recall) * 1000) : 0,
    // the issue's targets: extortion messages and e-mails; grooming chats (no threat or demand yet) apart
    recallExtortionMessages: ratioOf(counts.recallExtortionMessages),
    recallExtortionEmails: ratioOf(counts.recallExtortionEmails),
    recallGrooming: ratioOf(
      countOf(
        subset.filter((r) => r.item.label === 'grooming'),
        (r) => r.alert,
      ),
    ),
    fprHardNegatives: ratioOf(counts.fprHardNegatives),
    fprPlainChat: ratioOf(counts.fprPlainChat),
    fprAllNegatives: ratio(fp, negatives.length),
    threatConversations: threats.length,
    alertedBeforeThreat: ratioOf(counts.alertedBeforeThreat),
    alertedBeforeThreatWhereTheScriptAllows: ratio(
      early.filter((r) => r.item.threatIndex > 0).length,
      canBeEarly.length,
    ),
    alertedAtOrBeforeThreat: ratio(
      alerted.filter((r) => (r.firstAlertAt as number) <= r.item.threatIndex).length,
      threats.length,
    ),
    medianMessagesAlertBeforeThreat: median(
      early.map((r) => r.item.threatIndex - (r.firstAlertAt as number)),
    ),
  };
}

// test items that repeat a template also seen in train or dev (mass mail): `novel` leaves them out
const nearCopies = testNearCopies([...items, ...otherItems]);

const splits = ['train', 'dev', 'test'] as const;
const groups = ['team', 'real', 'other'] as const;
type Group = (typeof groups)[number];
const rowsOf = (g: Group) => (g === 'other' ? otherRows : rows.filter((r) => r.item.prov === g));
const GROUP_TITLE: Record<Group, string> = {
  team: 'team-written items (prov: team)',
  real: 'real public text (prov: real)',
  other: `real public text in the other languages with a lexicon (${otherLanguages.join(', ') || 'none'}; data/detect/corpus-other, not in the targets)`,
};
const tuning = args.has('--tune');
type Metrics = ReturnType<typeof metrics>;
type Column = (typeof splits)[number] | 'novel' | 'all';
const byGroup = Object.fromEntries(
  groups.map((g) => {
    const mine = rowsOf(g);
    const bySplit: Record<Column, Metrics> = {
      train: metrics(mine.filter((r) => r.item.split === 'train')),
      dev: metrics(mine.filter((r) => r.item.split === 'dev')),
      test: metrics(mine.filter((r) => r.item.split === 'test')),
      novel: metrics(mine.filter((r) => r.item.split === 'test' && !nearCopies.has(r.item.id))),
      all: metrics(mine),
    };
    return [g, bySplit];
  }),
) as Record<Group, Record<Column, Metrics>>;

/** Issue 10's targets: on the `test` split; `--tune` shows them on `dev`, where rules are checked. */
const TARGETS: readonly {
  group: Exclude<Group, 'other'>;
  metric: TargetMetric;
  what: string;
  at: number;
  atMost?: true;
}[] = [
  { group: 'real', metric: 'recallExtortionMessages', what: 'real offender messages alerted', at: 0.9 },
  { group: 'real', metric: 'recallExtortionEmails', what: 'real sextortion e-mails alerted', at: 0.95 },
  { group: 'real', metric: 'fprHardNegatives', what: 'real hard negatives alerted', at: 0.02, atMost: true },
  { group: 'real', metric: 'fprPlainChat', what: 'real plain chats alerted', at: 0.005, atMost: true },
  { group: 'team', metric: 'alertedBeforeThreat', what: 'team scripts alerted before the threat', at: 0.6 },
];
const targetSplit = tuning ? 'dev' : 'test';
const targets = TARGETS.map((t) => {
  const { k, n } = targetCounts(rows.filter((r) => r.item.prov === t.group && r.item.split === targetSplit))[
    t.metric
  ];
  if (!n) return { ...t, k, n, value: null, interval: null, met: null, sure: false };
  const value = k / n;
  const [lo, hi] = wilsonInterval(k, n);
  const met = t.atMost ? value <= t.at : value >= t.at;
  // the whole interval on one side of the target: this many items tell the verdict apart from chance
  const sure = t.atMost ? (met ? hi <= t.at : lo > t.at) : met ? lo >= t.at : hi < t.at;
  return { ...t, k, n, value, interval: [lo, hi] as const, met, sure };
});
const report = {
  corpus: {
    items: items.length,
    team: rows.filter((r) => r.item.prov === 'team').length,
    real: rows.filter((r) => r.item.prov === 'real').length,
    otherLanguages: otherItems.length,
    files: files.length,
    realSources: new Set(items.map((i) => i.source).filter(Boolean)).size,
  },
  ...byGroup,
};

if (args.has('--json')) {
  const shown = tuning
    ? Object.fromEntries(groups.map((g) => [g, { train: byGroup[g].train, dev: byGroup[g].dev }]))
    : byGroup;
  console.log(
    JSON.stringify({ corpus: report.corpus, ...shown, targets: { split: targetSplit, figures: targets } }),
  );
} else {
  console.log(
    `Conversation risk engine${options.combiner === null ? ' (rules alone, no learned combiner)' : ''} on ${items.length} corpus items: ${report.corpus.team} team-written, ${report.corpus.real} real from ${report.corpus.realSources} public sources (alert = level warning or urgent)${tuning ? ', train and dev only' : ''}`,
  );
  if (!tuning) {
    console.log(
      `novel = the test items that are not near copies of a train or dev item (${nearCopies.size} test items share >= 30% of their word 6-grams with one)`,
    );
  }
  const cols = tuning ? (['train', 'dev'] as const) : ([...splits, 'novel', 'all'] as const);
  for (const g of groups) {
    if (!rowsOf(g).length) continue;
    console.log(`\n${GROUP_TITLE[g]}`);
    const keys = Object.keys(byGroup[g].all) as (keyof Metrics)[];
    console.log(['metric'.padEnd(42), ...cols.map((c) => c.padStart(8))].join(''));
    for (const k of keys) {
      console.log([k.padEnd(42), ...cols.map((c) => String(byGroup[g][c][k] ?? '-').padStart(8))].join(''));
    }
  }
  console.log(
    `\nissue 10's targets on ${targetSplit}${tuning ? ' (they are set on test; dev is where rules are checked)' : ''}, with the 95% Wilson interval`,
  );
  const fixed = (x: number) => x.toFixed(3);
  for (const t of targets) {
    const target = `${t.what} ${t.atMost ? '<=' : '>='} ${t.at}`.padEnd(52);
    if (t.value === null || !t.interval) {
      console.log(`${target}no ${targetSplit} items`);
      continue;
    }
    const verdict = `${t.met ? 'met' : 'not met'}${t.sure ? '' : ' (the interval reaches across the target)'}`;
    console.log(
      `${target}${`${t.k}/${t.n} = ${fixed(t.value)}`.padEnd(18)}${`${fixed(t.interval[0])}-${fixed(t.interval[1])}`.padEnd(14)}${verdict}`,
    );
  }
}
const showSplits = new Set<string>(
  args.has('--misses-test') && !tuning ? splits : args.has('--misses') ? ['train', 'dev'] : [],
);
for (const r of [...rows, ...otherRows]) {
  if (!showSplits.has(r.item.split)) continue;
  const wrong = (r.item.label !== 'benign') !== r.alert;
  const late = r.item.threatIndex > 0 && r.alert && (r.firstAlertAt as number) >= r.item.threatIndex;
  if (wrong || (args.has('--late') && late)) {
    console.log(
      `${wrong ? 'MISS' : 'LATE'} ${r.item.prov} ${r.item.split} ${r.item.id} label=${r.item.label} level=${r.level} alertAt=${r.firstAlertAt} threatAt=${r.item.threatIndex}`,
    );
    if (args.has('--show') && r.item.split !== 'test') showItem(r.item);
  }
}

/** A train or dev item message by message: the level after each, `!` on the threat, and its cues. */
function showItem(item: CorpusItem): void {
  const analyzer = createConversationAnalyzer(options);
  item.messages.forEach((m, i) => {
    const { level } = analyzer.push(m);
    const cues = analyzeMessage(m.text).map((c) => c.cue);
    const text = m.text.length > 300 ? `${m.text.slice(0, 300)}…` : m.text;
    console.log(
      `  ${String(i).padStart(3)}${i === item.threatIndex ? '!' : ' '} ${level.padEnd(7)} ${m.sender ?? '-'}: ${text.replace(/\s+/g, ' ')}${cues.length ? `  [${cues.join(' ')}]` : ''}`,
    );
  });
}
