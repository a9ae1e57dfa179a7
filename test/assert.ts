// The assertions every test uses: node:assert/strict, except that `assert(value)` and
// `assert.ok(value)` called without a message get a plain one. Node writes that message by reading
// the test's source at the failing call's position; under tsx that is the compiled code's position,
// and Node's parser then re-reads the TypeScript from every token before it, which in a long test
// file takes minutes: the runner reported a timeout instead of the failure. The stack trace still
// names the line.
import strict from 'node:assert/strict';
import { inspect } from 'node:util';

function ok(value: unknown, message?: string | Error): asserts value {
  if (message instanceof Error) strict.ok(value, message);
  else strict.ok(value, message ?? `expected a truthy value, got ${inspect(value, { depth: 1 })}`);
}

const assert: typeof strict = Object.assign(ok, strict, { ok });
assert.strict = assert;

export default assert;
