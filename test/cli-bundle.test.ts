// The CLI's plain-JavaScript bundle (scripts/build-cli.mjs): bin/backstop.js runs it only while it
// is fresh, else the TypeScript sources through tsx.
import { test } from 'node:test';
import assert from './assert.ts';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freshBundle, MANIFEST_VERSION, MTIME_SLACK_MS, ROOT } from '../bin/cli-bundle.js';

/** A tree with bin/, a source and a "bundle" that each print which one ran. */
function fakeTree(): { root: string; source: string; touch: (path: string, ms: number) => void } {
  const root = mkdtempSync(join(tmpdir(), 'backstop-cli-bundle-'));
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'src/cli'), { recursive: true });
  mkdirSync(join(root, 'dist/cli'), { recursive: true });
  for (const file of ['backstop.js', 'cli-bundle.js'])
    copyFileSync(join(ROOT, 'bin', file), join(root, 'bin', file));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  const source = join(root, 'src/cli/main.ts');
  writeFileSync(source, "const ran: string = 'source';\nconsole.log(ran);\n");
  writeFileSync(join(root, 'dist/cli/main.js'), "console.log('bundle');\n");
  const touch = (path: string, ms: number) => utimesSync(path, ms / 1000, ms / 1000);
  return { root, source, touch };
}

function writeManifest(root: string, manifest: object): void {
  writeFileSync(join(root, 'dist/cli/manifest.json'), JSON.stringify(manifest));
}

const ran = (root: string) => {
  const run = spawnSync(process.execPath, [join(root, 'bin/backstop.js')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
};

test('bin/backstop.js runs the bundle while it is fresh, else the sources through tsx', (t) => {
  const { root, source, touch } = fakeTree();
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const builtAt = Date.now();
  touch(source, builtAt - MTIME_SLACK_MS - 60_000);
  writeManifest(root, { version: MANIFEST_VERSION, builtAt, entry: 'main.js', inputs: ['src/cli/main.ts'] });
  assert.equal(freshBundle(root), pathToFileURL(join(root, 'dist/cli/main.js')).href);
  assert.equal(ran(root), 'bundle');

  // Edited after the build (or within the slack before it, for coarse file-system clocks): stale.
  touch(source, builtAt - MTIME_SLACK_MS + 1);
  assert.equal(freshBundle(root), undefined);
  assert.equal(ran(root), 'source');
  touch(source, builtAt + 5_000);
  assert.equal(ran(root), 'source');
});

test('a bundle is stale when a source is gone or the manifest is missing, odd or from another version', (t) => {
  const { root, source, touch } = fakeTree();
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const builtAt = Date.now();
  touch(source, builtAt - MTIME_SLACK_MS - 60_000);
  const good = { version: MANIFEST_VERSION, builtAt, entry: 'main.js', inputs: ['src/cli/main.ts'] };
  assert.equal(freshBundle(root), undefined, 'no manifest');
  writeManifest(root, good);
  assert.ok(freshBundle(root));
  for (const odd of [
    { ...good, version: MANIFEST_VERSION + 1 },
    { ...good, inputs: [] },
    { ...good, inputs: ['src/cli/main.ts', 'src/cli/gone.ts'] },
    { ...good, entry: 'missing.js' },
    { ...good, builtAt: 'yesterday' },
  ]) {
    writeManifest(root, odd);
    assert.equal(freshBundle(root), undefined, JSON.stringify(odd));
  }
  writeFileSync(join(root, 'dist/cli/manifest.json'), '{ not json');
  assert.equal(freshBundle(root), undefined);
});

test('the build writes a fresh bundle of every source the CLI imports, and the CLI runs from it', () => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(build.status, 0, build.stderr);
  const entry = freshBundle();
  assert.ok(entry, 'the bundle is fresh after a build');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/cli/manifest.json'), 'utf8')) as {
    inputs: string[];
  };
  for (const source of ['src/cli/main.ts', 'src/cli/commands/hash.ts', 'src/node/video/hash-video.ts']) {
    assert.ok(manifest.inputs.includes(source), source);
  }
  assert.ok(!manifest.inputs.some((p) => p.includes('node_modules')), 'npm packages stay external');
  const version = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), '--version'], {
    encoding: 'utf8',
  });
  assert.equal(version.status, 0, version.stderr);
  assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
});
