/**
 * The conversation risk engine. A streaming analyzer keeps only aggregate state per conversation
 * (per-participant stage strengths, where each stage first appeared, a few cues as evidence), so a
 * platform can score every message as it arrives. `analyzeConversation` is the same analyzer run over
 * a whole conversation.
 */
import { compileLexicons, type CompiledLexicon } from './compile.ts';
import { explain, STAGE_LABEL } from './explain.ts';
import { defaultLexicons } from './lexicons.ts';
import { findCues } from './match.ts';
import { LEVEL_RANK, scoreStages, STAGE_INDEX, STAGE_PRESENT } from './score.ts';
import { parseTranscriptOrText } from './parsers/transcript.ts';
import { parseConversation } from './parsers/index.ts';
import {
  STAGES,
  type ConversationResult,
  type Cue,
  type CueEvidence,
  type Lexicon,
  type Message,
  type ParticipantResult,
  type Stage,
} from './types.ts';

/** Participants tracked by name; any further senders share one slot. */
export const MAX_PARTICIPANTS = 16;
/** Evidence cues kept per stage. */
export const EVIDENCE_PER_STAGE = 2;
const OTHERS = '(other participants)';
const UNKNOWN = '(unknown sender)';
const SENDER_MAX = 100;

interface ParticipantState {
  id: string;
  strength: Float64Array;
  first: Int32Array;
  /** score of the stages above, recomputed when one of this participant's messages has cues */
  result: ParticipantResult;
}

function participantResult(p: ParticipantState): ParticipantResult {
  const { level, risk } = scoreStages(p.strength, p.first);
  const stages: Stage[] = [];
  for (let i = 0; i < STAGES.length; i++) if (p.strength[i] >= STAGE_PRESENT) stages.push(STAGES[i]);
  return { id: p.id, stages, risk, level };
}

/** The same result with a new message count (fixed shape, no spread: this is the hot path). */
function withCount(r: ConversationResult, messages: number): ConversationResult {
  return {
    risk: r.risk,
    level: r.level,
    alert: r.alert,
    stages: r.stages,
    primary: r.primary,
    participants: r.participants,
    reasons: r.reasons,
    evidence: r.evidence,
    explanation: r.explanation,
    nextSteps: r.nextSteps,
    messages,
    firstAlertAt: r.firstAlertAt,
  };
}

export interface AnalyzerOptions {
  /** lexicons to use instead of the shipped ones (all languages) */
  lexicons?: readonly Lexicon[];
}

let defaultCompiled: CompiledLexicon | undefined;
function lexiconFor(options: AnalyzerOptions): CompiledLexicon {
  if (options.lexicons) return compileLexicons(options.lexicons);
  defaultCompiled ??= compileLexicons(defaultLexicons);
  return defaultCompiled;
}

/** The cues of one message, with spans into its text. */
export function analyzeMessage(text: string, options: AnalyzerOptions = {}): Cue[] {
  return findCues(lexiconFor(options), text);
}

export class ConversationAnalyzer {
  private readonly lexicon: CompiledLexicon;
  private readonly participants = new Map<string, ParticipantState>();
  private readonly stageFirst = new Int32Array(STAGES.length).fill(-1);
  private readonly evidence: CueEvidence[][] = STAGES.map(() => []);
  /** per stage: the reason line for its strongest evidence (rebuilt only when that changes) */
  private readonly reasonByStage: string[] = STAGES.map(() => '');
  private readonly bestWeight = new Float64Array(STAGES.length).fill(-1);
  private count = 0;
  private firstAlertAt: number | null = null;
  private cached: ConversationResult;

  constructor(options: AnalyzerOptions = {}) {
    this.lexicon = lexiconFor(options);
    this.cached = this.build();
  }

  /** Adds the next message and returns the updated result. */
  push(message: Message): ConversationResult {
    const index = this.count++;
    const cues = findCues(this.lexicon, typeof message?.text === 'string' ? message.text : '');
    if (!cues.length) {
      this.cached = withCount(this.cached, this.count);
      return this.cached;
    }
    const participant = this.participant(typeof message.sender === 'string' ? message.sender : undefined);
    for (const cue of cues) {
      const s = STAGE_INDEX[cue.stage];
      participant.strength[s] = 1 - (1 - participant.strength[s]) * (1 - cue.weight);
      if (participant.first[s] < 0) participant.first[s] = index;
      if (this.stageFirst[s] < 0 && participant.strength[s] >= STAGE_PRESENT) this.stageFirst[s] = index;
      this.keepEvidence({ ...cue, message: index, sender: participant.id });
    }
    participant.result = participantResult(participant);
    this.cached = this.build();
    if (this.firstAlertAt === null && this.cached.alert) {
      this.firstAlertAt = index;
      this.cached.firstAlertAt = index;
    }
    return this.cached;
  }

  /** The result so far. */
  result(): ConversationResult {
    return this.cached;
  }

  private participant(sender: string | undefined): ParticipantState {
    const id = sender && sender.trim() ? sender.trim().slice(0, SENDER_MAX) : UNKNOWN;
    let state = this.participants.get(id);
    if (!state) {
      const key = this.participants.size >= MAX_PARTICIPANTS - 1 ? OTHERS : id;
      state = this.participants.get(key);
      if (!state) {
        state = {
          id: key,
          strength: new Float64Array(STAGES.length),
          first: new Int32Array(STAGES.length).fill(-1),
          result: { id: key, stages: [], risk: 0, level: 'none' },
        };
        this.participants.set(key, state);
      }
    }
    return state;
  }

  private keepEvidence(item: CueEvidence): void {
    const s = STAGE_INDEX[item.stage];
    if (item.weight > this.bestWeight[s]) {
      this.bestWeight[s] = item.weight;
      this.reasonByStage[s] =
        `${STAGE_LABEL[item.stage]}: "${item.text}" (message ${item.message + 1}, from ${item.sender})`;
    }
    const list = this.evidence[s];
    if (list.length < EVIDENCE_PER_STAGE) list.push(item);
    else {
      let weakest = 0;
      for (let i = 1; i < list.length; i++) if (list[i].weight < list[weakest].weight) weakest = i;
      if (item.weight > list[weakest].weight) list[weakest] = item;
    }
  }

  private build(): ConversationResult {
    const participants: ParticipantResult[] = [];
    let primary: ParticipantResult | null = null;
    for (const p of this.participants.values()) {
      const result = p.result;
      participants.push(result);
      const { level, risk } = result;
      if (
        !primary ||
        LEVEL_RANK[level] > LEVEL_RANK[primary.level] ||
        (level === primary.level && risk > primary.risk)
      )
        primary = result;
    }
    const stages = STAGES.filter((_, i) => this.stageFirst[i] >= 0).sort(
      (a, b) => this.stageFirst[STAGE_INDEX[a]] - this.stageFirst[STAGE_INDEX[b]],
    );
    const level = primary?.level ?? 'none';
    const evidence = stages.flatMap((s) => this.evidence[STAGE_INDEX[s]]);
    const reasons = stages.map((s) => this.reasonByStage[STAGE_INDEX[s]]);
    const primaryStages: Stage[] = primary ? stages.filter((s) => primary.stages.includes(s)) : [];
    const { explanation, nextSteps } = explain(level, primaryStages);
    return {
      risk: primary?.risk ?? 0,
      level,
      alert: LEVEL_RANK[level] >= LEVEL_RANK.warning,
      stages,
      primary: primary && level !== 'none' ? primary.id : null,
      participants,
      reasons,
      evidence,
      explanation,
      nextSteps,
      messages: this.count,
      firstAlertAt: this.firstAlertAt,
    };
  }
}

/** Text in any format parseConversation detects; malformed exports fall back to transcript-or-text. */
function messagesOfText(text: string): Message[] {
  try {
    return parseConversation(text).messages;
  } catch {
    return parseTranscriptOrText(text);
  }
}

export function createConversationAnalyzer(options: AnalyzerOptions = {}): ConversationAnalyzer {
  return new ConversationAnalyzer(options);
}

/**
 * Analyses a whole conversation: an array of messages, or text (a `Name: message` transcript, or
 * one message such as an e-mail body).
 */
export function analyzeConversation(
  input: readonly Message[] | string,
  options: AnalyzerOptions = {},
): ConversationResult {
  const messages = typeof input === 'string' ? messagesOfText(input) : input;
  const analyzer = new ConversationAnalyzer(options);
  for (const message of messages) analyzer.push(message);
  return analyzer.result();
}
