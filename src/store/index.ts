export type { Queryable, Store } from './types.ts';
export { openStore, storeConfigFrom, DEFAULT_DATA_DIR, type StoreConfig } from './open.ts';
export { openPglite } from './pglite.ts';
export { openPostgres, redactUrl } from './postgres.ts';
export {
  migrate,
  MIGRATIONS,
  DEFAULT_BANKS,
  VICTIM_CASES_BANK,
  SCAM_PROFILE_PHOTOS_BANK,
} from './migrations.ts';
export * from './banks.ts';
export * from './content.ts';
export * from './keys.ts';
export * from './cases.ts';
export * from './changes.ts';
export { hashPin, verifyPin, generatePin } from './pin.ts';
export { parseSignal, parseSignalTypeName, SIGNAL_TYPE_NAMES } from './signals.ts';
export * from './bank-io.ts';
export * from './feed.ts';
export * from './follow.ts';
export { assertStorable, jsonProblem, textProblem, MAX_JSON_DEPTH } from './text.ts';
export * from './rate-limits.ts';
export * from './exchanges.ts';
