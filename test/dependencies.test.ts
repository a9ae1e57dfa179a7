// package.json lists what the project uses: every dependency is imported (or named) somewhere in
// the code that ships or builds, and every import of a package is declared.
import { describe, it } from 'node:test';
import assert from './assert.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { builtinModules } from 'node:module';
import semver from 'semver';

const ROOT = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|tsx|js|mjs|cjs)$/.test(name)) out.push(path);
  }
  return out;
}

const files = ['src', 'web', 'bin', 'scripts', 'bench', 'test'].flatMap((d) => sources(join(ROOT, d)));
files.push(join(ROOT, 'eslint.config.js'));
const read = (list: string[]) => list.map((f) => readFileSync(f, 'utf8')).join('\n');

/** Package names in import specifiers and require/resolve calls: 'x', 'x/sub', '@scope/x/sub'. */
function packagesIn(text: string): Set<string> {
  return new Set(
    [
      ...text.matchAll(
        /(?:from\s+|import\s*\(\s*|import\s+|require(?:\.resolve)?\s*\(\s*)['"]([^'"./][^'"]*)['"]/g,
      ),
    ]
      .map((m) => m[1])
      .filter((s) => /^[@a-z0-9][\w@./-]*$/i.test(s) && !s.startsWith('node:'))
      .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0])),
  );
}
const used = packagesIn(read(files));

/**
 * What `npm start` runs after `npm ci --omit=dev`: the CLI, src/ and web/ without tests and test
 * helpers, and the web build.
 */
const startFiles = files
  .filter((f) => /^(src|web|bin)\//.test(relative(ROOT, f)))
  .filter((f) => !/\.test\.tsx?$|\/testing\.ts$|render-chat\.ts$/.test(relative(ROOT, f)))
  .concat(join(ROOT, 'scripts/build-web.mjs'));

describe('package.json dependencies', () => {
  it('every runtime dependency is used by the code', () => {
    // Named by path rather than imported: the OCR model is read from node_modules.
    const byPath = new Set(['@tesseract.js-data/eng']);
    const unused = Object.keys(pkg.dependencies).filter((d) => !used.has(d) && !byPath.has(d));
    assert.deepEqual(unused, []);
  });

  it('what `npm start` loads is in dependencies, so a production install (--omit=dev) starts', () => {
    const needed = [...packagesIn(read(startFiles))].filter((d) => d in pkg.devDependencies);
    assert.deepEqual(needed, []);
  });

  it('every package the code imports is declared', () => {
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
    const builtins = new Set(builtinModules);
    // tesseract.js's own engine, resolved to a file path for the OCR worker (it comes with tesseract.js).
    declared.add('tesseract.js-core');
    const undeclared = [...used].filter(
      (d) => !declared.has(d) && !builtins.has(d) && !d.startsWith('virtual:'),
    );
    assert.deepEqual(undeclared, []);
  });

  it('every package in the lock file runs on every Node version package.json promises (no EBADENGINE)', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<
        string,
        { version?: string; engines?: { node?: string }; optional?: boolean; os?: string[]; cpu?: string[] }
      >;
    };
    const promise = pkg.engines.node;
    assert.ok(semver.satisfies(process.version, promise), `this Node (${process.version}) is one we promise`);
    const refused = Object.entries(lock.packages)
      // Platform binaries (sharp's per-OS builds) install only where they run; their engines are theirs.
      .filter(([path, p]) => path && p.engines?.node && !(p.optional && (p.os || p.cpu)))
      .filter(([, p]) => !semver.subset(promise, p.engines!.node!))
      .map(
        ([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version} needs node ${p.engines!.node}`,
      );
    assert.deepEqual(refused, []);
  });
});
