/**
 * The one list of where Backstop differs from HMA 2.0 on purpose, and which of HMA's own API tests
 * (facebook/ThreatExchange, hasher-matcher-actioner/src/OpenMediaMatch/tests/) each difference
 * changes. docs/api.md's "HMA compatibility" section lists the same differences with the same
 * reasons (catalogue.test.ts checks that every id below appears there).
 */
export interface Difference {
  /** What an HMA client sees differently. */
  what: string;
  /** Why Backstop does it this way. */
  why: string;
}

export const DIFFERENCES = {
  api_keys: {
    what:
      'Every HMA route except /status, /status/live, /site-map and /openapi/openapi.json needs ' +
      '`Authorization: Bearer <key>`; /h and /m need the match scope, /c curate, deleting a bank admin.',
    why:
      'Banks hold victims\u2019 fingerprints: an open matching service would let anyone test whether ' +
      'an image is in a victim\u2019s case. HMA leaves access control to the network in front of it.',
  },
  url_off: {
    what:
      'The `url` parameter (/h/hash, /m/lookup, /c/bank/<n>/content) is off unless the operator ' +
      'allow-lists hosts, and never fetches private, loopback or link-local addresses; the tests ' +
      'upload the same file instead.',
    why:
      'Fetching a caller-chosen URL from inside a platform\u2019s network is server-side request ' +
      'forgery (cloud metadata, internal services). HMA\u2019s own allow-list is off by default.',
  },
  builtin_banks: {
    what: 'A fresh install has two banks, VICTIM_CASES and SCAM_PROFILE_PHOTOS, which cannot be renamed or deleted (409).',
    why:
      'The Help app\u2019s victims\u2019 cases and profile-photo check need them to exist; HMA starts with none. ' +
      'Tests that list banks leave these two out.',
  },
  openapi_title: {
    what: 'The OpenAPI document at /openapi/openapi.json is titled "Backstop matching service", not "Open Media Match API".',
    why: 'It documents Backstop\u2019s own /v1 routes as well, and a title that claimed to be HMA would mislead.',
  },
  index_state_real: {
    what:
      'HMA\u2019s status tests replace its index cache with a fake (monkeypatch); here the same states ' +
      'are made on a real server: an index still loading, then one whose last sync is over 65 s old.',
    why: 'Not a behaviour difference: Backstop has no Python cache object to patch.',
  },
  roles_are_scopes: {
    what:
      'HMA switches hashing off per server (ROLE_HASHER=False: 403 on lookups by url or upload); ' +
      'Backstop has no roles, so the test checks the refusal Backstop has: no valid key, 401.',
    why: 'One Backstop process serves every role; who may hash and match is decided per API key.',
  },
  exchange_types: {
    what:
      'Exchange types are backstop, file, stop_ncii and ncmec. HMA\u2019s tests install python-threatexchange\u2019s ' +
      'sample and fb_threatexchange types: where they use sample (no credentials; its example hashes), ' +
      'the tests use a file exchange of a list of the same hashes, fetched with Backstop\u2019s ' +
      'POST /c/exchange/<name>/fetch; where they use fb_threatexchange (credentials), ncmec.',
    why:
      'Backstop ships no sample exchange (it would load demo hashes into a production bank) and no ' +
      'ThreatExchange client (membership is by Meta\u2019s invitation; the hashes of intimate images ' +
      'taken from young people are shared through StopNCII and NCMEC, which Backstop reads).',
  },
  extra_signal_type: {
    what: 'Signal types are pdq, video_md5 and also sha256 and vpdq (/c/signal_type, /m/index/status).',
    why: 'StopNCII and Take It Down share SHA-256 and MD5 file hashes; Backstop matches both, and vPDQ (an HMA extension) for videos.',
  },
  credentials_from_config: {
    what:
      'POST /c/exchanges/api/<type> with `credential_json` is refused (400 credentials_in_configuration), ' +
      'also to unset them; has_set_authentification says whether the server\u2019s configuration has ' +
      'them, and the schema\u2019s credentials_schema describes what the operator puts there.',
    why:
      'StopNCII and NCMEC credentials open a platform\u2019s account and victims\u2019 hashes: they stay in ' +
      'a file readable by the server\u2019s user (or environment variables), never in the database, a ' +
      'request, a response or a log, so a leaked API key cannot read or replace them.',
  },
} as const satisfies Record<string, Difference>;

export type DifferenceId = keyof typeof DIFFERENCES;

/** Differences every test meets (not counted as adapting a test). */
export const EVERYWHERE: DifferenceId[] = ['api_keys'];

export interface HmaTest {
  /** HMA's test file (tests/<file>.py). */
  file: 'test_api' | 'test_api_banks' | 'test_e2e_workflow' | 'test_match_api';
  /** Differences the test meets besides api_keys; none = it passes as HMA wrote it. */
  adapted?: DifferenceId[];
  /** Runs as a TODO: expected to fail until the difference is gone. */
  pending?: DifferenceId;
}

/**
 * Every HMA API test that can be expressed as HTTP requests (HMA's test_hashing.py tests call a
 * Python function or mock `requests.get`, and test_database.py / test_postgres_storage_impl.py test
 * its storage classes: not API tests).
 */
export const HMA_TESTS: Record<string, HmaTest> = {
  test_status_response: { file: 'test_api', adapted: ['index_state_real'] },
  test_status_live_always_alive: { file: 'test_api', adapted: ['index_state_real'] },
  test_openapi_documentation_available: { file: 'test_api', adapted: ['openapi_title'] },
  test_lookup_success: { file: 'test_api', adapted: ['url_off'] },
  test_lookup_without_role: { file: 'test_api', adapted: ['roles_are_scopes'] },
  test_exchange_api_set_auth: { file: 'test_api', adapted: ['exchange_types', 'credentials_from_config'] },
  test_exchange_api_schema: { file: 'test_api', adapted: ['exchange_types'] },
  test_compare_hashes: { file: 'test_api' },
  test_exchange_delete: { file: 'test_api', adapted: ['exchange_types'] },
  test_exchange_get_fetch_status: { file: 'test_api', adapted: ['exchange_types'] },

  test_banks_empty_index: { file: 'test_api_banks', adapted: ['builtin_banks'] },
  test_banks_create: { file: 'test_api_banks', adapted: ['builtin_banks'] },
  test_banks_update: { file: 'test_api_banks', adapted: ['builtin_banks'] },
  test_banks_delete: { file: 'test_api_banks' },
  test_bank_get_content: { file: 'test_api_banks', adapted: ['url_off'] },
  test_bank_get_content_404: { file: 'test_api_banks' },
  test_banks_add_content: { file: 'test_api_banks', adapted: ['url_off'] },
  test_bank_update_content: { file: 'test_api_banks', adapted: ['url_off'] },
  test_bank_update_content_400: { file: 'test_api_banks', adapted: ['url_off'] },
  test_banks_delete_content: { file: 'test_api_banks', adapted: ['url_off'] },
  test_banks_add_metadata: { file: 'test_api_banks', adapted: ['url_off'] },
  test_banks_add_hash_index: { file: 'test_api_banks', adapted: ['url_off'] },
  test_bank_get_content_with_signals: { file: 'test_api_banks', adapted: ['url_off'] },
  test_bank_get_content_returns_stored_metadata: { file: 'test_api_banks', adapted: ['url_off'] },
  test_bank_get_content_include_metadata_false: { file: 'test_api_banks', adapted: ['url_off'] },
  test_bank_add_content_with_note: { file: 'test_api_banks', adapted: ['url_off'] },
  test_bank_add_content_without_note_omitted: { file: 'test_api_banks', adapted: ['url_off'] },
  test_bank_update_content_note: { file: 'test_api_banks', adapted: ['url_off'] },
  test_bank_add_note_too_long: { file: 'test_api_banks', adapted: ['url_off'] },
  test_bank_add_hash_with_note: { file: 'test_api_banks' },
  test_bank_get_content_without_metadata_omitted: { file: 'test_api_banks', adapted: ['url_off'] },

  test_add_hashes_and_find_match: { file: 'test_e2e_workflow' },

  test_raw_lookups: { file: 'test_match_api', adapted: ['exchange_types', 'extra_signal_type'] },
  test_lookups: { file: 'test_match_api', adapted: ['exchange_types', 'extra_signal_type'] },
  test_raw_lookup_with_bank_filter: { file: 'test_match_api' },
  test_raw_lookup_with_distance_and_bank_filter: { file: 'test_match_api' },
  test_lookup_with_bank_filter: { file: 'test_match_api' },
};
