// Credentials for exchanges come from the server's configuration only: a JSON file and the
// environment variables python-threatexchange reads. They are never stored in the database, never
// accepted through the API and never returned by it or written to logs.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';

export interface ExchangeCredentials {
  /** StopNCII: the FetchHashes function key and the API subscription key. */
  stop_ncii?: { functionKey: string; subscriptionKey: string; baseUrl?: string };
  /** NCMEC hash sharing: the account's user name and password. */
  ncmec?: { username: string; password: string; baseUrl?: string };
  /** Another Backstop: a curate key there, per origin (https://backstop.example.org). */
  backstop?: Record<string, string>;
}

/** Printable ASCII only: a header value with anything else fails in fetch, which would quote it in its error. */
const secret = z.string().regex(/^[\x20-\x7e]+$/, 'printable ASCII');
const token = z.string().regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces');

const FROM_CONFIGURATION =
  'set in the server\u2019s exchange credentials file (docs/exchanges.md), never through the API';

/** What the credentials file holds under "stop_ncii". */
export const StopNciiCredentialsFile = z
  .object({
    function_key: token.describe(
      `StopNCII FetchHashes function key (x-functions-key); ${FROM_CONFIGURATION}`,
    ),
    subscription_key: token.describe(
      `StopNCII API subscription key (Ocp-Apim-Subscription-Key); ${FROM_CONFIGURATION}`,
    ),
    base_url: z.url().optional().describe('Another address for the service (a test server)'),
  })
  .strict();

/** What the credentials file holds under "ncmec". */
export const NcmecCredentialsFile = z
  .object({
    username: token
      .refine((u) => !u.includes(':'), 'no colon')
      .describe(`NCMEC hash sharing API user name; ${FROM_CONFIGURATION}`),
    password: secret.describe(`NCMEC hash sharing API password; ${FROM_CONFIGURATION}`),
    base_url: z.url().optional().describe('Another address for the environment (a test server)'),
  })
  .strict();

/**
 * One entry under "backstop" in the credentials file (`{"<url>": "<key>"}`), as fields: only to
 * describe it (GET /c/exchanges/api/backstop/schema); the file is read as a record.
 */
export const BackstopCredentialEntry = z
  .object({
    url: z
      .url()
      .describe(`Address of the other Backstop (the key is looked up by its origin); ${FROM_CONFIGURATION}`),
    key: token.describe(`A curate key on that Backstop; ${FROM_CONFIGURATION}`),
  })
  .strict();

const CredentialsFile = z
  .object({
    stop_ncii: StopNciiCredentialsFile.optional(),
    ncmec: NcmecCredentialsFile.optional(),
    backstop: z.record(z.string(), token).optional(),
  })
  .strict();

/** `https://Example.org:443/path` → `https://example.org` (how backstop keys are looked up). */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/**
 * Reads the credentials file (`--exchange-credentials` / BACKSTOP_EXCHANGE_CREDENTIALS) and the
 * variables TX_STOPNCII_KEYS (`function_key,subscription_key`) and TX_NCMEC_CREDENTIALS
 * (`user:password`), as python-threatexchange does. Errors name the file and the field, never a value.
 */
export function loadExchangeCredentials(
  file: string | undefined,
  env: Record<string, string | undefined> = process.env,
): ExchangeCredentials {
  const credentials: ExchangeCredentials = {};
  if (file) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'not valid JSON';
      throw new BackstopError(
        'bad_exchange_credentials',
        `Could not read the exchange credentials ${file}: ${reason}.`,
      );
    }
    const result = CredentialsFile.safeParse(parsed);
    if (!result.success) {
      const where = result.error.issues.map((i) => i.path.join('.') || '(top)').join(', ');
      throw new BackstopError(
        'bad_exchange_credentials',
        `The exchange credentials ${file} are not in the expected form (see docs/exchanges.md): check ${where}.`,
      );
    }
    const { stop_ncii, ncmec, backstop } = result.data;
    if (stop_ncii) {
      credentials.stop_ncii = {
        functionKey: stop_ncii.function_key,
        subscriptionKey: stop_ncii.subscription_key,
        baseUrl: stop_ncii.base_url,
      };
    }
    if (ncmec)
      credentials.ncmec = { username: ncmec.username, password: ncmec.password, baseUrl: ncmec.base_url };
    if (backstop) {
      credentials.backstop = {};
      for (const [url, key] of Object.entries(backstop)) {
        const origin = originOf(url);
        if (!origin || origin === 'null') {
          throw new BackstopError(
            'bad_exchange_credentials',
            `${file}: backstop keys are given per address (https://...).`,
          );
        }
        credentials.backstop[origin] = key;
      }
    }
  }
  const stopNcii = env.TX_STOPNCII_KEYS?.trim();
  if (stopNcii && !credentials.stop_ncii) {
    const [functionKey, subscriptionKey] = stopNcii.split(',').map((s) => s.trim());
    if (token.safeParse(functionKey).success && token.safeParse(subscriptionKey).success) {
      credentials.stop_ncii = { functionKey, subscriptionKey };
    }
  }
  const ncmec = env.TX_NCMEC_CREDENTIALS?.trim();
  if (ncmec && !credentials.ncmec) {
    const at = ncmec.indexOf(':');
    const username = ncmec.slice(0, at);
    const password = ncmec.slice(at + 1);
    if (at > 0 && token.safeParse(username).success && secret.safeParse(password).success) {
      credentials.ncmec = { username, password };
    }
  }
  return credentials;
}
