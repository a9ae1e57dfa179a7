import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ENGINES, FORMATS, LEVELS, STAGES } from '../../core/detect/index.ts';
import type { ConversationFormat } from '../../core/detect/index.ts';
import { BackstopError } from '../../core/errors.ts';
import { ErrorSchema } from '../views.ts';

const MAX_TEXT = 2_000_000;
const MAX_MESSAGES = 10_000;

const MessageSchema = z
  .object({
    sender: z.string().max(200).optional(),
    text: z.string().max(100_000),
    time: z.union([z.string().max(100), z.number()]).optional(),
  })
  .strict();

const ScanBody = z
  .object({
    text: z
      .string()
      .max(MAX_TEXT)
      .optional()
      .describe(
        'a transcript, a chat export (WhatsApp, Instagram, Messenger, Discord JSON), an e-mail or one message',
      ),
    format: z.enum(FORMATS).optional().describe('format of `text` (detected when omitted)'),
    messages: z
      .array(MessageSchema)
      .max(MAX_MESSAGES)
      .optional()
      .describe('the conversation as messages, oldest first'),
    engine: z
      .enum(ENGINES)
      .optional()
      .describe(
        '`full` (default): the rules with the sentence model and the learned combiner; `rules`: the rules alone, faster',
      ),
  })
  .strict();

const Stage = z.enum(STAGES);
const Level = z.enum(LEVELS as ['none', 'watch', 'warning', 'urgent']);
const CueEvidenceSchema = z.object({
  stage: Stage,
  cue: z.string(),
  why: z.string(),
  weight: z.number(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  context: z.enum(['quoted', 'discussion']).optional(),
  parts: z
    .array(
      z.object({
        message: z.number().int(),
        start: z.number().int(),
        end: z.number().int(),
        text: z.string(),
      }),
    )
    .optional()
    .describe('pieces of a cue assembled over several short messages of one sender'),
  message: z.number().int(),
  sender: z.string(),
});

export const ScanResultSchema = z.object({
  format: z.enum(FORMATS).optional(),
  risk: z.number().min(0).max(1),
  level: Level,
  alert: z.boolean().describe('true at level warning or above'),
  stages: z.array(Stage),
  stageLabels: z
    .array(z.string())
    .describe('one short label per stage, in the order of `stages`: what its strongest cue was about'),
  primary: z.string().nullable(),
  participants: z.array(z.object({ id: z.string(), stages: z.array(Stage), risk: z.number(), level: Level })),
  reasons: z.array(z.string()),
  evidence: z.array(CueEvidenceSchema),
  explanation: z.string(),
  nextSteps: z.array(z.string()),
  messages: z.number().int(),
  firstAlertAt: z.number().int().nullable(),
  selfHarmAt: z
    .number()
    .int()
    .nullable()
    .describe(
      'index of the first message that talks about suicide or self-harm (told or said), or null: show crisis lines first',
    ),
  selfReportAt: z
    .number()
    .int()
    .nullable()
    .describe(
      'index of the first message where someone says this is happening to them ("he is blackmailing me"), or null: the explanation and next steps are for a threat; the level is unchanged',
    ),
  toldAbout: z
    .enum(['self', 'other'])
    .nullable()
    .describe(
      'whom the message at selfReportAt says it is happening to: its writer (self), or someone close to them (other: a parent, teacher or friend telling it, "my son is being blackmailed"; the explanation and next steps are then for the one helping); also other when a message says the chat is someone close\'s ("this is what my son got on instagram") and the chat alerts; or null',
    ),
  askedAt: z
    .number()
    .int()
    .nullable()
    .describe(
      'index of the first message where its writer tells of someone pushing them, or someone close to them, for pictures or secrecy before any threat ("a guy keeps asking me for pics and says i should delete our chats"), or null; the level is unchanged, and while toldAbout is null and the chat does not alert, the explanation and next steps are for someone being pushed (pushed)',
    ),
  pushed: z
    .boolean()
    .describe(
      'the explanation and next steps are for someone being pushed for pictures or secrecy: askedAt is set, no threat was told and the chat does not alert; with toldAbout other, the one pushed is someone close to the teller ("a man keeps asking my daughter for nudes") and the steps are for the one helping',
    ),
});

/**
 * POST /v1/scan: the conversation risk engine over a conversation (messages, or text in any format the
 * CLI reads). Nothing is stored or logged; the result names the stages, reasons and next steps.
 */
export const scanRoutes: FastifyPluginAsync = async (app) => {
  app.post(
    '/v1/scan',
    {
      onRequest: app.requireScope('match'),
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['detection'],
        summary: 'Score a conversation for the sextortion script (risk, level, stages, explanation)',
        description:
          'Send `{ "messages": [{ "sender", "text", "time" }] }` or `{ "text": "...", "format": "whatsapp" }`. ' +
          '`alert` is true at level warning or above. Message text is analysed in memory and never stored.',
        body: ScanBody,
        response: { 200: ScanResultSchema, 400: ErrorSchema, 413: ErrorSchema, 503: ErrorSchema },
      },
    },
    async (request) => {
      const body = request.body as z.infer<typeof ScanBody>;
      if ((body.text === undefined) === (body.messages === undefined)) {
        throw new BackstopError('bad_request', 'Send either "text" or "messages" (one of the two).');
      }
      // Seconds of work for a 2 MB export: in a worker thread, behind the heavy-work queue.
      return app.heavy.scan({
        messages: body.messages,
        text: body.text,
        format: body.format as ConversationFormat | undefined,
        engine: body.engine,
      });
    },
  );
};
