import { BackstopError } from '../../core/errors.ts';
import { InvalidArgumentError, type Command } from 'commander';
import { buildApp } from '../../server/app.ts';
import {
  DEFAULT_CONFIG,
  operatorDetails,
  parseNameList,
  parsePageTitles,
  parseTrustProxy,
} from '../../server/config.ts';
import { loadExchangeCredentials } from '../../server/exchanges/credentials.ts';
import { countActiveKeys, openStore, storeConfigFrom } from '../../store/index.ts';

function intOption(name: string, min: number, max: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    return n;
  };
}

export function register(program: Command): void {
  program
    .command('serve')
    .summary('run the Help web app and the matching service (HTTP)')
    .description(
      'Run the matching service and the Help web app (HTTP). Stores data in embedded PGlite ' +
        '(./data/pglite) or in PostgreSQL when DATABASE_URL is set; migrations run on start.',
    )
    .option('-p, --port <port>', 'port to listen on (env PORT; default 8080)', intOption('--port', 0, 65535))
    .option('--host <host>', 'address to listen on (env HOST; default 0.0.0.0, all interfaces)')
    .option(
      '--data <dir>',
      'PGlite data directory (env BACKSTOP_DATA_DIR; default ./data/pglite); ignored with DATABASE_URL',
    )
    .option('--database-url <url>', 'PostgreSQL URL (env DATABASE_URL); overrides --data')
    .option(
      '--pdq-threshold <bits>',
      'default PDQ match distance (default 31)',
      intOption('--pdq-threshold', 0, 128),
    )
    .option(
      '--quality-threshold <q>',
      'PDQ quality below which hashes are not matched (default 50)',
      intOption('--quality-threshold', 0, 100),
    )
    .option(
      '--max-upload-mb <mb>',
      'largest image upload accepted, in MiB (default 20)',
      intOption('--max-upload-mb', 1, 1024),
    )
    .option(
      '--fetch-allow-hosts <hosts>',
      'comma-separated hosts that HMA\u2019s `url` parameter may fetch from (default: none, the parameter is refused)',
    )
    .option('--web-dir <dir>', 'built Help web app to serve at / (default dist/web)')
    .option(
      '--no-profile-check',
      'turn off the public profile-photo check POST /v1/profile-check (env BACKSTOP_PROFILE_CHECK=off)',
    )
    .option(
      '--profile-check-rate-limit <n>',
      'profile-photo checks allowed per IP address per minute (default 20)',
      intOption('--profile-check-rate-limit', 1, 100_000),
    )
    .option(
      '--worker-threads <n>',
      'threads for image hashing and text extraction (default: the number of cores, at most 4)',
      intOption('--worker-threads', 1, 64),
    )
    .option(
      '--worker-queue <n>',
      'heavy requests (images, texts, OCR) that may wait for a thread; beyond, 503 + Retry-After (default 32)',
      intOption('--worker-queue', 0, 100_000),
    )
    .option(
      '--decode-budget-mp <mp>',
      'megapixels of images decoded at once across requests (default 150)',
      intOption('--decode-budget-mp', 1, 10_000),
    )
    .option(
      '--trust-proxy <hops|addresses>',
      'proxies allowed to set X-Forwarded-For: a number of hops (1 = one reverse proxy) or comma-separated ' +
        'proxy addresses/CIDRs (env TRUST_PROXY; default: none)',
    )
    .option(
      '--list-checked-by <names>',
      'comma-separated apps or services that check this copy\u2019s fingerprint list, shown in the Help app ' +
        '(env BACKSTOP_LIST_CHECKED_BY; default none, and the app says no app checks it)',
    )
    .option(
      '--exchange-interval-min <minutes>',
      'how often each enabled exchange (/c/exchanges) is fetched, in minutes; 0: only when asked (env BACKSTOP_EXCHANGE_INTERVAL_MIN; default 15)',
      intOption('--exchange-interval-min', 0, 10_080),
    )
    .option(
      '--exchange-credentials <file>',
      'JSON file with the keys for StopNCII, NCMEC and other Backstops (env BACKSTOP_EXCHANGE_CREDENTIALS; see docs/exchanges.md); ' +
        'TX_STOPNCII_KEYS and TX_NCMEC_CREDENTIALS are read too',
    )
    .option(
      '--exchange-file-dirs <dirs>',
      'comma-separated directories `file` exchanges may read hash lists from (env BACKSTOP_EXCHANGE_FILE_DIRS; default none)',
    )
    .option(
      '--exchange-file-hosts <hosts>',
      'comma-separated hosts `file` exchanges may download hash lists from over https (env BACKSTOP_EXCHANGE_FILE_HOSTS; default none)',
    )
    .option(
      '--operator-name <name>',
      'who runs this copy, shown on the Help app\u2019s About page and footer (env BACKSTOP_OPERATOR_NAME; ' +
        'default none: the app says the operator has not added their details)',
    )
    .option(
      '--operator-contact <contact>',
      'how to reach whoever runs this copy: e-mail, web address or phone (env BACKSTOP_OPERATOR_CONTACT)',
    )
    .option(
      '--privacy-notice <url-or-text>',
      'the operator\u2019s privacy notice: a web address or a short text (env BACKSTOP_PRIVACY_NOTICE)',
    )
    .option(
      '--page-titles <neutral|descriptive>',
      'browser titles of the Help app\u2019s pages: neutral (default: the same plain title everywhere, so ' +
        'history does not say what was read) or descriptive (env BACKSTOP_PAGE_TITLES)',
    )
    .option(
      '--log-level <level>',
      'pino log level: fatal, error, warn, info, debug (env LOG_LEVEL; default info)',
    )
    .action(async (opts) => {
      let trustProxy;
      try {
        trustProxy = parseTrustProxy(opts.trustProxy ?? process.env.TRUST_PROXY);
      } catch (error) {
        throw new BackstopError('bad_trust_proxy', (error as Error).message);
      }
      const intervalMin =
        opts.exchangeIntervalMin ??
        (process.env.BACKSTOP_EXCHANGE_INTERVAL_MIN
          ? intOption('BACKSTOP_EXCHANGE_INTERVAL_MIN', 0, 10_080)(process.env.BACKSTOP_EXCHANGE_INTERVAL_MIN)
          : undefined);
      const exchangeCredentials = loadExchangeCredentials(
        opts.exchangeCredentials ?? process.env.BACKSTOP_EXCHANGE_CREDENTIALS,
      );
      let pageTitles;
      let operator;
      try {
        pageTitles = parsePageTitles(opts.pageTitles ?? process.env.BACKSTOP_PAGE_TITLES);
        operator = operatorDetails({
          name: opts.operatorName ?? process.env.BACKSTOP_OPERATOR_NAME,
          contact: opts.operatorContact ?? process.env.BACKSTOP_OPERATOR_CONTACT,
          privacyNotice: opts.privacyNotice ?? process.env.BACKSTOP_PRIVACY_NOTICE,
        });
      } catch (error) {
        throw new BackstopError('bad_operator_setting', (error as Error).message);
      }
      const storeConfig = storeConfigFrom({ data: opts.data, databaseUrl: opts.databaseUrl });
      const store = await openStore(storeConfig);
      const port =
        opts.port ?? (process.env.PORT ? intOption('PORT', 0, 65535)(process.env.PORT) : DEFAULT_CONFIG.port);
      const app = await buildApp({
        store,
        loadIndexInBackground: true,
        logger: { level: opts.logLevel ?? process.env.LOG_LEVEL ?? 'info' },
        config: {
          port,
          host: opts.host ?? process.env.HOST ?? DEFAULT_CONFIG.host,
          pdqThreshold: opts.pdqThreshold,
          pdqQualityThreshold: opts.qualityThreshold,
          maxUploadBytes: opts.maxUploadMb ? opts.maxUploadMb * 1024 * 1024 : undefined,
          fetchAllowHosts: opts.fetchAllowHosts
            ? String(opts.fetchAllowHosts)
                .split(',')
                .map((h: string) => h.trim().toLowerCase())
                .filter(Boolean)
            : undefined,
          webDir: opts.webDir,
          publicProfileCheck:
            opts.profileCheck === false ||
            /^(0|false|off|no)$/i.test(process.env.BACKSTOP_PROFILE_CHECK ?? '')
              ? false
              : undefined,
          profileCheckRateLimitPerMinute: opts.profileCheckRateLimit,
          trustProxy,
          workerThreads: opts.workerThreads,
          workerQueue: opts.workerQueue,
          decodePixelBudget: opts.decodeBudgetMp ? opts.decodeBudgetMp * 1_000_000 : undefined,
          listCheckedBy: parseNameList(opts.listCheckedBy ?? process.env.BACKSTOP_LIST_CHECKED_BY),
          exchangeIntervalMs: intervalMin === undefined ? undefined : intervalMin * 60_000,
          exchangeCredentials,
          exchangeFileDirs: parseNameList(opts.exchangeFileDirs ?? process.env.BACKSTOP_EXCHANGE_FILE_DIRS),
          exchangeFileAllowHosts: parseNameList(
            opts.exchangeFileHosts ?? process.env.BACKSTOP_EXCHANGE_FILE_HOSTS,
          )?.map((h) => h.toLowerCase()),
          operator,
          pageTitles,
        },
      });
      const shutdown = async (signal: string) => {
        app.log.info({ signal }, 'shutting down');
        await app.close().catch(() => undefined);
        await store.close().catch(() => undefined);
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      const config = app.backstopConfig;
      try {
        await app.listen({ port: config.port, host: config.host });
      } catch (error) {
        await app.close().catch(() => undefined);
        await store.close().catch(() => undefined);
        throw listenError(error, config.host, config.port);
      }
      app.log.info({ store: store.kind, location: store.location }, 'store ready; loading the index');
      if ((await countActiveKeys(store)) === 0) {
        const where = storeConfig.databaseUrl ? '' : ` --data ${storeConfig.dataDir}`;
        app.log.warn(
          `No API keys yet. Public routes (cases, profile check, /healthz, /docs) work; for the rest create an admin key with ` +
            `\`backstop keys create --scope admin${where}\`` +
            (store.kind === 'pglite'
              ? ' (stop this server first: the embedded database is single-process).'
              : '.'),
        );
      }
    });
}

function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return new BackstopError(
      'port_in_use',
      `Port ${port} on ${host} is already in use (is Backstop already running?). ` +
        'Choose another port with --port or the PORT environment variable.',
    );
  }
  if (code === 'EACCES') {
    return new BackstopError(
      'port_not_allowed',
      `Not allowed to listen on port ${port} on ${host}. Ports below 1024 need extra rights: choose one above 1024 with --port.`,
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new BackstopError('bad_host', `This machine has no address ${host}: check --host or HOST.`);
  }
  return error;
}
