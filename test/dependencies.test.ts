// package.json lists what the project uses: every dependency is imported (or named) somewhere in
// the code that ships or builds, and every import of a package is declared.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinModules } from 'node:module';

const ROOT = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
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
const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');

/** Package names in import specifiers and require/resolve calls: 'x', 'x/sub', '@scope/x/sub'. */
const used = new Set(
  [
    ...code.matchAll(
      /(?:from\s+|import\s*\(\s*|import\s+|require(?:\.resolve)?\s*\(\s*)['"]([^'"./][^'"]*)['"]/g,
    ),
  ]
    .map((m) => m[1])
    .filter((s) => /^[@a-z0-9][\w@./-]*$/i.test(s) && !s.startsWith('node:'))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0])),
);

describe('package.json dependencies', () => {
  it('every runtime dependency is used by the code', () => {
    // Named by path rather than imported: the OCR model is read from node_modules.
    const byPath = new Set(['@tesseract.js-data/eng']);
    const unused = Object.keys(pkg.dependencies).filter((d) => !used.has(d) && !byPath.has(d));
    assert.deepEqual(unused, []);
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
});
