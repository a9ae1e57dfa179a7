/**
 * The few calls the Help app makes to the Backstop server (public routes): victims' cases and the
 * profile-photo check. Only fingerprints are ever sent.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** Seconds the server asked us to wait (`Retry-After`), when it did. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface Fingerprint {
  pdq?: string;
  md5?: string;
  /** A video's vPDQ: the reference's text (frameNumber,quality,pdqHex,timestamp lines). */
  vpdq?: string;
  quality?: number;
}

export interface CaseView {
  caseNumber: string;
  status: 'active' | 'withdrawn';
  fingerprints: number;
  createdAt: string;
  withdrawnAt: string | null;
}

const UNREACHABLE =
  'We could not reach the Backstop server. Check your internet connection and try again. Nothing was sent.';
const UNREACHABLE_WITH_FINGERPRINTS =
  'We could not reach the Backstop server. Check your internet connection and try again. Nothing was sent, and your fingerprints are still here on this page.';

/** A request that has had no answer after this long is given up (and, for a case, retried). */
const TIMEOUT_MS = 30_000;

async function call<T>(
  path: string,
  body: unknown,
  unreachable = UNREACHABLE,
  headers: Record<string, string> = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      ...(typeof AbortSignal.timeout === 'function' ? { signal: AbortSignal.timeout(TIMEOUT_MS) } : {}),
    });
  } catch {
    throw new ApiError(unreachable, 'unreachable');
  }
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    // Not JSON: a proxy or a server that is down.
  }
  if (response.ok && data) return data as T;
  const code = (data as { error?: { code?: string } } | null)?.error?.code ?? `http_${response.status}`;
  const retryAfter = Number(response.headers.get('retry-after')) || undefined;
  throw new ApiError(friendly(code, response.status, unreachable), code, retryAfter);
}

function friendly(code: string, status: number, unreachable: string): string {
  switch (code) {
    case 'case_not_found':
      return 'We could not find a case with that number and PIN. Check both and try again (letters can be upper or lower case).';
    case 'too_many_attempts':
      return 'Too many wrong case numbers or PINs were tried from here. Please wait a few minutes, check both, and try again.';
    case 'busy':
      return 'The Backstop server is very busy right now. Nothing was saved. Please try again in a minute; your fingerprints are still here on this page.';
    case 'rate_limited':
      return 'Too many tries in a short time. Please wait a minute and try again.';
    default:
      if (status >= 500 || status === 0) return unreachable;
      return 'The server could not accept this. Please try again, and if it keeps happening, use the other services on this page.';
  }
}

/**
 * A new `Idempotency-Key`: 24 random bytes as 32 base64url characters. One per submission: every
 * try of the same fingerprints sends the same key, so the server makes one case and a try whose
 * answer was lost gets the same case number and PIN again.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

const RETRYABLE = (error: unknown) =>
  error instanceof ApiError &&
  (error.code === 'unreachable' || error.code === 'busy' || /^http_5/.test(error.code));

/**
 * Sends a case, trying again (up to 3 tries, waiting as the server asks, at most 10 s) when the
 * server is busy or the answer was lost, always with the same idempotency key.
 */
export async function createCase(
  fingerprints: Fingerprint[],
  contentType: 'photo' | 'video' | undefined,
  idempotencyKey: string,
  tries = 3,
) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call<CaseView & { pin: string }>(
        '/v1/cases',
        { fingerprints, ...(contentType ? { contentType } : {}) },
        UNREACHABLE_WITH_FINGERPRINTS,
        { 'idempotency-key': idempotencyKey },
      );
    } catch (error) {
      if (attempt >= tries || !RETRYABLE(error)) throw error;
      const seconds = Math.min(10, (error as ApiError).retryAfter ?? attempt);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  }
}

export function caseStatus(caseNumber: string, pin: string) {
  return call<CaseView>('/v1/cases/status', { caseNumber: caseNumber.trim(), pin: pin.trim() });
}

export function withdrawCase(caseNumber: string, pin: string) {
  return call<CaseView>('/v1/cases/withdraw', { caseNumber: caseNumber.trim(), pin: pin.trim() });
}

export interface ProfileCheckResult {
  /** false when the photo was too plain to check (`reason: 'low_quality'`). */
  checked: boolean;
  /** true when the photo is in the list of photos used by accounts that blackmail people. */
  match: boolean;
  reason?: 'low_quality';
}

/** Checks a profile photo's PDQ fingerprint (and its rotated/mirrored versions) against the scam-photo list. */
export function checkProfilePhoto(fingerprint: { pdq: string; variants?: string[]; quality?: number }) {
  return call<ProfileCheckResult>(
    '/v1/profile-check',
    {
      pdq: fingerprint.pdq,
      ...(fingerprint.variants?.length ? { variants: fingerprint.variants.slice(0, 7) } : {}),
      ...(fingerprint.quality === undefined ? {} : { quality: fingerprint.quality }),
    },
    UNREACHABLE_WITH_FINGERPRINTS,
  );
}

/** What whoever runs this copy of Backstop has set up (`GET /v1/operator`). */
export interface OperatorInfo {
  /** The apps or services that check this copy's fingerprint list; [] = none set up. */
  listCheckedBy: string[];
  /** Who runs this copy, how to reach them and their privacy notice (each may be missing). */
  name?: string;
  contact?: string;
  privacyNotice?: string;
  /** `neutral`: every page has the same plain browser title. */
  pageTitles: 'neutral' | 'descriptive';
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** The operator's settings, or null when the server cannot be reached (e.g. offline). */
export async function getOperator(): Promise<OperatorInfo | null> {
  try {
    const response = await fetch('/v1/operator', { cache: 'no-store', credentials: 'omit' });
    if (!response.ok) return null;
    const data = (await response.json()) as Record<string, unknown>;
    const names = Array.isArray(data.listCheckedBy) ? (data.listCheckedBy as unknown[]) : [];
    return {
      listCheckedBy: names.filter((n): n is string => typeof n === 'string' && n.trim() !== ''),
      name: text(data.name),
      contact: text(data.contact),
      privacyNotice: text(data.privacyNotice),
      pageTitles: data.pageTitles === 'descriptive' ? 'descriptive' : 'neutral',
    };
  } catch {
    return null;
  }
}
