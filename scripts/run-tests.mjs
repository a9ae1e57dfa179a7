// Runs every *.test.ts under src/ and test/ with Node's built-in test runner (through tsx).
// Extra arguments are passed on as filters: `node scripts/run-tests.mjs src/core/pdq`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const filters = process.argv.slice(2);
const roots = ['src', 'test'];
let files = roots.flatMap((root) => {
  try {
    return walk(root, []);
  } catch {
    return [];
  }
});
if (filters.length) files = files.filter((f) => filters.some((flt) => f.includes(flt)));
files.sort();
if (!files.length) {
  console.error('no test files found');
  process.exit(1);
}
// Tests that spawn bin/backstop.js run what users run: the CLI's plain-JavaScript bundle, rebuilt
// here first if a source changed since it was built (bin/cli-bundle.js).
const built = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
// The browser tests each ask for the Help app's build (test/e2e/harness.ts `buildWebApp`), two files at a
// time: built once here, each finds it fresh and skips; two builds at once would empty dist/web under each other.
if (files.some((f) => f.includes('e2e'))) {
  const web = spawnSync(process.execPath, ['scripts/build-web.mjs'], { stdio: 'inherit' });
  if (web.status !== 0) process.exit(web.status ?? 1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=300000', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
