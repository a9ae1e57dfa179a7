import type { FastifyPluginAsync } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { z } from 'zod';
import { SCAM_PROFILE_PHOTOS_BANK } from '../../store/index.ts';
import { parseSignal } from '../../store/signals.ts';
import { clientKey } from '../client-key.ts';
import { runLookup } from '../lookup.ts';
import { SimilarChecksRefused, WalkGuard } from '../walk-guard.ts';
import { ErrorSchema } from '../views.ts';
import { rateLimitOptions } from '../rate-limit.ts';
import { imageRefused, refuseImageData } from './cases.ts';

const pdqHex = z.string().regex(/^[0-9a-fA-F]{64}$/, '64 hex digits');

const CheckBody = z
  .object({
    pdq: pdqHex.describe('PDQ hash of the profile photo as it was seen'),
    variants: z
      .array(pdqHex)
      .max(7)
      .optional()
      .describe('PDQ hashes of the same photo rotated and mirrored (the 7 dihedral variants), optional'),
    quality: z.number().int().min(0).max(100).optional().describe('PDQ quality, if known'),
  })
  .strict();

const CheckResponse = z.object({
  checked: z.boolean().describe('false when the photo was not checked (see reason)'),
  match: z.boolean().describe('true when the photo is in the scam-profile-photo bank'),
  reason: z
    .literal('low_quality')
    .optional()
    .describe('the photo is too plain (PDQ quality below the threshold) to check'),
});

/**
 * Public (no key), rate-limited check of one profile photo's PDQ hash against the
 * SCAM_PROFILE_PHOTOS bank only. It answers yes or no, never which item matched, how close it was
 * or anything else about the bank, and takes no threshold. The yes/no alone can still be walked
 * towards a banked hash (docs/api.md, Security): WalkGuard refuses or slows many checks of nearly
 * the same hash, from one client or from everyone. Hashes are not logged. `publicProfileCheck:
 * false` leaves the route out (404).
 */
export const profileCheckRoutes: FastifyPluginAsync = async (app) => {
  const config = app.backstopConfig;
  if (!config.publicProfileCheck) return;
  await app.register(rateLimit, rateLimitOptions(app));
  app.addContentTypeParser('*', (_request, _payload, done) => done(imageRefused(415), undefined));
  const walks = new WalkGuard(config.profileCheckWalkGuard);

  app.post(
    '/v1/profile-check',
    {
      config: { rateLimit: { max: config.profileCheckRateLimitPerMinute, timeWindow: '1 minute' } },
      bodyLimit: 4 * 1024,
      preValidation: async (request) => refuseImageData(request.body),
      schema: {
        tags: ['matching'],
        summary:
          'Is this profile photo in the scam-profile-photo bank? (public; PDQ fingerprint only, yes/no answer)',
        security: [],
        body: CheckBody,
        response: {
          200: CheckResponse,
          400: ErrorSchema,
          413: ErrorSchema,
          415: ErrorSchema,
          429: ErrorSchema,
          503: ErrorSchema,
        },
      },
    },
    async (request) => {
      const body = request.body as z.infer<typeof CheckBody>;
      const hashes = [body.pdq, ...(body.variants ?? [])];
      try {
        walks.admit(clientKey(request.ip), hashes);
      } catch (error) {
        if (error instanceof SimilarChecksRefused) {
          request.log.warn(
            { hashes: hashes.length },
            'profile check refused: many checks of nearly one photo',
          );
        }
        throw error;
      }
      const result = runLookup(app, {
        signals: hashes.map((hash) => parseSignal('pdq', hash)),
        quality: body.quality,
        banks: [SCAM_PROFILE_PHOTOS_BANK],
      });
      if (result.skipped?.length) {
        request.log.info({ hashes: hashes.length, checked: false }, 'profile photo too plain to check');
        return { checked: false, match: false, reason: 'low_quality' as const };
      }
      const match = result.matches.length > 0;
      request.log.info({ hashes: hashes.length, match }, 'profile photo checked');
      return { checked: true, match };
    },
  );
};
