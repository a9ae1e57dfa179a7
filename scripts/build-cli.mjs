// Bundles the CLI (src/cli/main.ts and the src/ files it imports) into plain JavaScript in dist/cli,
// so `backstop` starts without compiling TypeScript through tsx (about 0.3 s of CPU at every start).
// bin/backstop.js runs the bundle only while it is fresh (bin/cli-bundle.js), else the sources
// through tsx. Run by `npm install` / `npm ci` (the `prepare` script), `npm start`, the test runner
// and bench:video; skipped when the bundle is fresh (`--force` rebuilds). Without esbuild (a
// production install) it says so and exits 0: the CLI then runs through tsx. A source that does
// not build fails it (exit 1), except with `--optional` (what `prepare` passes, so `npm install`
// still completes with a half-edited source: the CLI then runs through tsx, which reports it).
//
//   node scripts/build-cli.mjs [--force] [--quiet] [--optional]
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { BUNDLE_DIR, freshBundle, MANIFEST, MANIFEST_VERSION, ROOT } from '../bin/cli-bundle.js';

const force = process.argv.includes('--force');
const quiet = process.argv.includes('--quiet');
const optional = process.argv.includes('--optional');
const say = (text) => quiet || console.log(text);

const posix = (path) => path.split(sep).join('/');
const outDir = join(ROOT, BUNDLE_DIR);

/**
 * Sources that find files next to themselves (`import.meta.url`, `import.meta.dirname`: worker
 * scripts, data folders) keep finding them from the bundle: each use is rewritten to the source
 * file's own location, relative to the bundle's folder, so the tree can still be moved as a whole.
 */
const keepModuleLocation = {
  name: 'keep-module-location',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.')) return undefined;
      const fromBundle = posix(relative(outDir, args.path));
      const dirFromBundle = posix(relative(outDir, join(args.path, '..')));
      const contents = text
        .replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`)
        .replaceAll('import.meta.dirname', `(import.meta.dirname + ${JSON.stringify(`/${dirFromBundle}`)})`)
        .replaceAll('import.meta.filename', `(import.meta.dirname + ${JSON.stringify(`/${fromBundle}`)})`);
      const loader = args.path.endsWith('ts') ? 'ts' : 'js';
      return { contents, loader };
    });
  },
};

if (!force && freshBundle()) {
  say('CLI bundle is up to date (dist/cli)');
  process.exit(0);
}

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  say('esbuild is not installed: no CLI bundle, `backstop` runs the TypeScript sources through tsx');
  process.exit(0);
}

const builtAt = Date.now();
// Built beside the old bundle, then swapped in: a CLI starting meanwhile sees the old bundle, none
// (and runs through tsx), or the new one, never half of one.
const tempDir = `${outDir}.tmp-${process.pid}`;
rmSync(tempDir, { recursive: true, force: true });
let result;
try {
  result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/cli/main.ts' },
    outdir: tempDir,
    bundle: true,
    // Dynamic imports (each command, sharp's image code) stay separate files, loaded when needed.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // npm packages are imported from node_modules at run time, as under tsx (sharp is native).
    packages: 'external',
    keepNames: true,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [keepModuleLocation],
  });
} catch (error) {
  rmSync(tempDir, { recursive: true, force: true });
  // esbuild has printed the errors.
  console.error(`could not build the CLI bundle: ${error.message.split('\n')[0]}`);
  console.error('`backstop` runs the TypeScript sources through tsx until it builds');
  process.exit(optional ? 0 : 1);
}
const sourceInputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules/'));
// Also stale when the build itself or the TypeScript settings it read change.
const inputs = [...new Set([...sourceInputs, 'tsconfig.json', 'scripts/build-cli.mjs', 'bin/cli-bundle.js'])];
writeFileSync(
  join(tempDir, MANIFEST),
  `${JSON.stringify({ version: MANIFEST_VERSION, builtAt, entry: 'main.js', inputs }, null, 1)}\n`,
);
mkdirSync(join(ROOT, 'dist'), { recursive: true });
rmSync(outDir, { recursive: true, force: true });
renameSync(tempDir, outDir);
say(`built the CLI into dist/cli (${inputs.length} source files, ${Date.now() - builtAt} ms)`);
