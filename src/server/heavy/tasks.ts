// The work a heavy-work thread does. Plain functions of plain data (what crosses the thread
// boundary is copied), so the pool and tests can call them directly too.
import {
  analyzeConversation,
  engineOptions,
  parseConversation,
  type ConversationFormat,
  type Engine,
  type ConversationResult,
  type Message,
} from '../../core/detect/index.ts';
import { BackstopError } from '../../core/errors.ts';
import { extractIndicators, type Indicator } from '../../core/indicators/index.ts';
import { hashImage, type ImageHashes } from '../../node/image/index.ts';
import { hashContent, type ContentHashes } from '../../node/content/index.ts';

export type HeavyTask =
  | { kind: 'hash-image'; bytes: Uint8Array; maxPixels?: number }
  | { kind: 'hash-video'; bytes: Uint8Array }
  | { kind: 'extract-text'; text: string; region?: string }
  | { kind: 'scan'; messages?: Message[]; text?: string; format?: ConversationFormat; engine?: Engine };

/** What `/v1/scan` answers: the engine's result, with the format when text was parsed. */
export type ScanResult = ConversationResult & { format?: ConversationFormat };

/** What a task gives back; errors travel as data so BackstopError codes survive the thread boundary. */
export type HeavyResult =
  | { ok: true; value: ImageHashes | ContentHashes | Indicator[] | ScanResult }
  | { ok: false; error: { code: string; message: string; status: number } };

export async function runHeavyTask(task: HeavyTask): Promise<HeavyResult> {
  try {
    if (task.kind === 'hash-image') {
      const { pdq, quality, md5, sha256 } = await hashImage(task.bytes, { maxPixels: task.maxPixels });
      return { ok: true, value: { pdq, quality, md5, sha256 } };
    }
    if (task.kind === 'hash-video') return { ok: true, value: await hashContent('video', task.bytes) };
    if (task.kind === 'scan') {
      const options = engineOptions(task.engine);
      if (task.messages) return { ok: true, value: analyzeConversation(task.messages, options) };
      const parsed = parseConversation(task.text ?? '', task.format);
      return { ok: true, value: { format: parsed.format, ...analyzeConversation(parsed.messages, options) } };
    }
    return {
      ok: true,
      value: extractIndicators(task.text, task.region ? { defaultRegion: task.region } : {}),
    };
  } catch (error) {
    if (error instanceof BackstopError) {
      return { ok: false, error: { code: error.code, message: error.message, status: error.status } };
    }
    throw error;
  }
}
