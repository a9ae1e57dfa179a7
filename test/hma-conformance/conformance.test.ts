// HMA 2.0's API tests, written again as HTTP tests against Backstop: one app per test store, HMA's
// reset before each test. What differs on purpose, and which tests it changes: differences.ts.
import { describeHma } from './harness.ts';
import { testApi } from './api.ts';
import { testApiBanks } from './api-banks.ts';
import { testE2eWorkflow } from './e2e-workflow.ts';
import { testMatchApi } from './match-api.ts';

describeHma([testApi, testApiBanks, testE2eWorkflow, testMatchApi]);
