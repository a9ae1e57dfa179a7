// Evaluates the conversation risk engine on the labeled corpus (data/detect/corpus/*.txt).
// `npm run eval:detect` (add `--json` for one JSON object, `--misses` to list wrong train/dev items,
// `--misses-test` to list wrong test items too, `--late` to list threats alerted only at the threat,
// `--tune` to print train and dev only: use it while changing rules, so the test split stays unseen).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeConversation, createConversationAnalyzer } from '../src/core/detect/index.ts';
import { parseCorpus, type CorpusItem } from '../src/core/detect/corpus.ts';

const dir = join(import.meta.dirname, '..', 'data', 'detect', 'corpus');
const items: CorpusItem[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => parseCorpus(readFileSync(join(dir, f), 'utf8'), f));

const args = new Set(process.argv.slice(2));

interface Row {
  item: CorpusItem;
  alert: boolean;
  level: string;
  firstAlertAt: number | null;
}

const rows: Row[] = items.map((item) => {
  const result = analyzeConversation(item.messages);
  return { item, alert: result.alert, level: result.level, firstAlertAt: result.firstAlertAt };
});

// streaming must give the same answer as batch: check it on the whole corpus while we are here
for (const row of rows) {
  const analyzer = createConversationAnalyzer();
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

function metrics(subset: Row[]) {
  const positive = (r: Row) => r.item.label !== 'benign';
  const tp = subset.filter((r) => positive(r) && r.alert).length;
  const fp = subset.filter((r) => !positive(r) && r.alert).length;
  const fn = subset.filter((r) => positive(r) && !r.alert).length;
  const negatives = subset.filter((r) => !positive(r));
  const hard = negatives.filter((r) => r.item.hard);
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 0;
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
    precision: ratio(precision * 1000, 1000),
    recall: ratio(recall * 1000, 1000),
    f1: precision + recall ? ratio(2 * precision * recall * 1000, (precision + recall) * 1000) : 0,
    fprHardNegatives: ratio(hard.filter((r) => r.alert).length, hard.length),
    fprAllNegatives: ratio(fp, negatives.length),
    threatConversations: threats.length,
    alertedBeforeThreat: ratio(early.length, threats.length),
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

const splits = ['train', 'dev', 'test'] as const;
const tuning = args.has('--tune');
type Metrics = ReturnType<typeof metrics>;
const bySplit: Record<(typeof splits)[number] | 'all', Metrics> = {
  train: metrics(rows.filter((r) => r.item.split === 'train')),
  dev: metrics(rows.filter((r) => r.item.split === 'dev')),
  test: metrics(rows.filter((r) => r.item.split === 'test')),
  all: metrics(rows),
};
const report = {
  corpus: { items: items.length, files: readdirSync(dir).filter((f) => f.endsWith('.txt')).length },
  ...bySplit,
};

if (args.has('--json'))
  console.log(
    JSON.stringify(tuning ? { corpus: report.corpus, train: report.train, dev: report.dev } : report),
  );
else {
  console.log(
    `Conversation risk engine on ${items.length} corpus items (alert = level warning or urgent)${tuning ? ', train and dev only' : ''}\n`,
  );
  const keys = Object.keys(report.all) as (keyof Metrics)[];
  const cols = tuning ? (['train', 'dev'] as const) : ([...splits, 'all'] as const);
  console.log(['metric'.padEnd(42), ...cols.map((c) => c.padStart(8))].join(''));
  for (const k of keys) {
    console.log([k.padEnd(42), ...cols.map((c) => String(bySplit[c][k] ?? '-').padStart(8))].join(''));
  }
}
const showSplits = new Set<string>(
  args.has('--misses-test') && !tuning ? splits : args.has('--misses') ? ['train', 'dev'] : [],
);
for (const r of rows) {
  if (!showSplits.has(r.item.split)) continue;
  const wrong = (r.item.label !== 'benign') !== r.alert;
  const late = r.item.threatIndex > 0 && r.alert && (r.firstAlertAt as number) >= r.item.threatIndex;
  if (wrong || (args.has('--late') && late)) {
    console.log(
      `${wrong ? 'MISS' : 'LATE'} ${r.item.split} ${r.item.id} label=${r.item.label} level=${r.level} alertAt=${r.firstAlertAt} threatAt=${r.item.threatIndex}`,
    );
  }
}
