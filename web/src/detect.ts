// The risk engine from the core's public surface, loaded by the page on first use.
export {
  analyzeConversation,
  parseConversation,
  REPORT_STEP,
  BLOCK_IMAGES_STEP,
  CRISIS_STEP,
  SELF_HARM_SENTENCE,
} from '../../src/core/detect/index.ts';
export type { ConversationResult, Level } from '../../src/core/detect/index.ts';
