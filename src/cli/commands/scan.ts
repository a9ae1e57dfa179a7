import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { BackstopError, reasonOf } from '../../core/errors.ts';
import {
  analyzeConversation,
  engineOptions,
  FORMATS,
  parseConversation,
  type AnalyzerOptions,
  type ConversationFormat,
  type ConversationResult,
  type Message,
} from '../../core/detect/index.ts';

/** Largest FILE (or stdin) `backstop scan` reads whole; JSONL input is streamed line by line instead. */
export const MAX_SCAN_BYTES = 64 * 1024 * 1024;

const LEVEL_MARK: Record<string, string> = {
  none: 'none',
  watch: 'WATCH',
  warning: 'WARNING',
  urgent: 'URGENT',
};

export function formatReport(result: ConversationResult, format: ConversationFormat): string {
  const lines = [
    `Risk: ${LEVEL_MARK[result.level]} (${result.risk.toFixed(2)}) — ${result.messages} message${result.messages === 1 ? '' : 's'} read as ${format}`,
  ];
  if (result.stages.length) lines.push(`Stages: ${result.stages.join(', ')}`);
  if (result.primary) lines.push(`Driven by: ${result.primary}`);
  if (result.firstAlertAt !== null) lines.push(`First alert at message ${result.firstAlertAt + 1}`);
  if (result.selfHarmAt !== null)
    lines.push(
      `Talk of suicide or self-harm at message ${result.selfHarmAt + 1}: crisis lines are the first step below`,
    );
  if (result.selfReportAt !== null)
    lines.push(
      result.toldAbout === 'other'
        ? `Someone says this is happening to someone close to them at message ${result.selfReportAt + 1}: the steps below are for the one helping`
        : `Someone says this is happening to them at message ${result.selfReportAt + 1}: the steps below are for a threat`,
    );
  else if (result.pushed && result.askedAt !== null)
    lines.push(
      result.toldAbout === 'other'
        ? `Someone says someone close to them is being pushed for pictures or secrecy at message ${result.askedAt + 1}: the steps below are for the one helping`
        : `Someone says they are being pushed for pictures or secrecy at message ${result.askedAt + 1}: the steps below are for that`,
    );
  else if (result.toldAbout === 'other')
    lines.push(
      'Someone says this chat is what someone close to them got: the steps below are for the one helping',
    );
  lines.push('', result.explanation);
  if (result.reasons.length) lines.push('', 'What was seen:', ...result.reasons.map((r) => `- ${r}`));
  if (result.nextSteps.length) lines.push('', 'What to do next:', ...result.nextSteps.map((s) => `- ${s}`));
  return `${lines.join('\n')}\n`;
}

export interface ScanLineResult {
  id: string;
  risk: number;
  level: string;
  alert: boolean;
  stages: string[];
  reasons: string[];
  /** index of the first message talking about suicide or self-harm, or null */
  selfHarmAt: number | null;
  /** index of the first message where someone says this is happening to them, or null */
  selfReportAt: number | null;
  toldAbout: ConversationResult['toldAbout'];
  /** index of the first message where someone tells of being pushed for pictures or secrecy before any threat, or null */
  askedAt: number | null;
  /** the explanation and steps are for someone being pushed for pictures or secrecy (`ConversationResult.pushed`) */
  pushed: boolean;
}

function messagesOf(value: unknown, line: number): Message[] {
  if (!Array.isArray(value)) throw new BackstopError('bad_input', `line ${line}: "messages" must be a list.`);
  return value.map((m, i) => {
    if (typeof m !== 'object' || m === null || typeof (m as Message).text !== 'string') {
      throw new BackstopError('bad_input', `line ${line}: message ${i + 1} needs a "text" string.`);
    }
    const { sender, text, time } = m as Message;
    return {
      text,
      ...(typeof sender === 'string' ? { sender } : {}),
      ...(typeof time === 'string' || typeof time === 'number' ? { time } : {}),
    };
  });
}

/** One JSONL input line → one output object. Throws a BackstopError naming the line. */
export function scanJsonlLine(raw: string, line: number, options: AnalyzerOptions = {}): ScanLineResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new BackstopError('bad_input', `line ${line}: not valid JSON.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BackstopError(
      'bad_input',
      `line ${line}: expected an object like {"id": "...", "text": "..."}.`,
    );
  }
  const item = value as { id?: unknown; text?: unknown; messages?: unknown };
  const id = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : String(line);
  let result: ConversationResult;
  if (typeof item.text === 'string') result = analyzeConversation(item.text, options);
  else if (item.messages !== undefined)
    result = analyzeConversation(messagesOf(item.messages, line), options);
  else throw new BackstopError('bad_input', `line ${line}: needs "text" or "messages".`);
  const { risk, level, alert, stages, reasons, selfHarmAt, selfReportAt, toldAbout, askedAt, pushed } =
    result;
  return { id, risk, level, alert, stages, reasons, selfHarmAt, selfReportAt, toldAbout, askedAt, pushed };
}

async function scanJsonl(input: Readable, options: AnalyzerOptions): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let failures = 0;
  for await (const raw of lines) {
    n++;
    if (!raw.trim()) continue;
    try {
      process.stdout.write(`${JSON.stringify(scanJsonlLine(raw, n, options))}\n`);
    } catch (error) {
      failures++;
      process.stderr.write(`backstop scan: ${reasonOf(error)}\n`);
    }
  }
  return failures;
}

async function readAll(file: string): Promise<string> {
  if (file !== '-') {
    const size = statSync(file).size;
    if (size > MAX_SCAN_BYTES) {
      throw new BackstopError(
        'too_large',
        `${file} is larger than ${MAX_SCAN_BYTES >> 20} MiB; split it or use --jsonl.`,
      );
    }
    return readFileSync(file, 'utf8');
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > MAX_SCAN_BYTES)
      throw new BackstopError('too_large', `stdin is larger than ${MAX_SCAN_BYTES >> 20} MiB.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

interface ScanOptions {
  format?: string;
  json?: boolean;
  jsonl?: boolean;
  rulesOnly?: boolean;
}

export function register(program: Command): void {
  program
    .command('scan')
    .summary('spot the sextortion script in a chat, a message or an e-mail')
    .description(
      'Spot the sextortion script in a conversation, message or e-mail: prints the risk level, the ' +
        'stages seen, a plain-language explanation and what to do next. Reads chat exports (WhatsApp, ' +
        'Instagram, Messenger, Discord), transcripts of "Name: message" lines, .eml e-mails or plain text.',
    )
    .argument('<file>', 'the file to scan, or - to read stdin')
    .option(
      '-f, --format <format>',
      `input format: ${FORMATS.join(', ')} (default: detected from the content)`,
    )
    .option('--json', 'print the whole result object as one JSON line instead of the explanation')
    .option(
      '--jsonl',
      'FILE holds one JSON object per line, {"id","text"} or {"id","messages":[{"sender","text","time"}]}; ' +
        'print one line per input: {"id","risk","level","alert","stages","reasons"} (alert = warning or above)',
    )
    .option(
      '--rules-only',
      'read with the lexicon rules alone, without the sentence model and the learned combiner ' +
        '(faster; every cue is a phrase of the lexicon, and wording it lacks is missed)',
    )
    .action(async (file: string, opts: ScanOptions) => {
      const options = engineOptions(opts.rulesOnly ? 'rules' : 'full');
      if (file !== '-') {
        try {
          statSync(file);
        } catch {
          throw new BackstopError('not_found', `Cannot read ${file}: no such file.`);
        }
      }
      if (opts.jsonl) {
        const failures = await scanJsonl(file === '-' ? process.stdin : createReadStream(file), options);
        if (failures) {
          process.stderr.write(
            `backstop scan: ${failures} line${failures === 1 ? '' : 's'} could not be scanned\n`,
          );
          process.exitCode = 1;
        }
        return;
      }
      const format = opts.format?.toLowerCase();
      if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
        throw new BackstopError(
          'unknown_format',
          `Unknown --format "${opts.format}". Use one of: ${FORMATS.join(', ')}.`,
        );
      }
      const text = await readAll(file);
      const parsed = parseConversation(text, format as ConversationFormat | undefined);
      const result = analyzeConversation(parsed.messages, options);
      if (opts.json) process.stdout.write(`${JSON.stringify({ format: parsed.format, ...result })}\n`);
      else process.stdout.write(formatReport(result, parsed.format));
    });
}
