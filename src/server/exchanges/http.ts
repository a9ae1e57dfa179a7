// GET for exchange clients: a time limit, no redirects (credentials go to the configured host only),
// and retries on 429 and 5xx as python-threatexchange's clients do (4 retries, short backoff).
import { BackstopError } from '../../core/errors.ts';

export interface GetOptions {
  headers: Record<string, string>;
  /** Who is asked, for error messages (a service name, never a URL with a query). */
  service: string;
  timeoutMs?: number;
  retries?: number;
  retryDelayMs?: (attempt: number) => number;
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
/** 0.2 s, 0.4 s, 0.8 s, 1.6 s: about python-threatexchange's backoff_factor 0.2. */
const defaultDelay = (attempt: number) => 200 * 2 ** (attempt - 1);

const fail = (code: string, message: string) => new BackstopError(code, message, { status: 502 });

function networkReason(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer in time';
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code ?? 'network error';
}

/**
 * The response to a GET once it is 2xx. 401/403 are `exchange_refused_credentials`, other statuses
 * `exchange_http_error` after the retries; the response body is never put in an error (a service
 * may echo the request, credentials included).
 */
export async function getWithRetry(url: string, options: GetOptions): Promise<Response> {
  const retries = options.retries ?? 4;
  const delay = options.retryDelayMs ?? defaultDelay;
  for (let attempt = 0; ; attempt++) {
    let response: Response | undefined;
    let networkError: unknown;
    try {
      response = await fetch(url, {
        headers: options.headers,
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
        redirect: 'error',
      });
    } catch (error) {
      networkError = error;
    }
    if (response?.ok) return response;
    const retryable = !response || RETRY_STATUS.has(response.status);
    if (retryable && attempt < retries) {
      await response?.body?.cancel().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, delay(attempt + 1)));
      continue;
    }
    if (!response) {
      throw fail(
        'exchange_unreachable',
        `Could not reach ${options.service}: ${networkReason(networkError)}.`,
      );
    }
    await response.body?.cancel().catch(() => undefined);
    if (response.status === 401 || response.status === 403) {
      throw fail(
        'exchange_refused_credentials',
        `${options.service} refused the credentials (HTTP ${response.status}): check the exchange credentials in the server's configuration.`,
      );
    }
    const tries = attempt > 0 ? ` after ${attempt + 1} tries` : '';
    throw fail('exchange_http_error', `${options.service} answered HTTP ${response.status}${tries}.`);
  }
}
