/** Conversation risk engine: cues, stages and risk for conversations, streaming or batch. */
export type {
  Stage,
  Level,
  Message,
  Cue,
  CuePart,
  CueContext,
  CueEvidence,
  ParticipantResult,
  ConversationResult,
  ToldAbout,
  Lexicon,
  LexiconCue,
} from './types.ts';
export { STAGES, LEVELS } from './types.ts';
export {
  analyzeConversation,
  analyzeMessage,
  createConversationAnalyzer,
  ConversationAnalyzer,
  MAX_PARTICIPANTS,
  EVIDENCE_PER_STAGE,
  ENGINES,
  engineOptions,
  type AnalyzerOptions,
  type Engine,
} from './analyzer.ts';
export { defaultLexicons } from './lexicons.ts';
export { STAGE_LABEL, REPORT_STEP, BLOCK_IMAGES_STEP, CRISIS_STEP, SELF_HARM_SENTENCE } from './explain.ts';
export { tokenize, type Token } from './normalize.ts';
export {
  parseConversation,
  detectFormat,
  FORMATS,
  type ConversationFormat,
  type ParsedConversation,
  parseTranscript,
  parseTranscriptOrText,
  parseWhatsApp,
  parseMetaJson,
  parseDiscordJson,
  parseEml,
} from './parsers/index.ts';
