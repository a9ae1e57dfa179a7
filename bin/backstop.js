#!/usr/bin/env node
// Entry point for the `backstop` command. Runs the CLI's plain-JavaScript bundle (dist/cli, built
// by scripts/build-cli.mjs at `npm install` / `npm ci`) when it is fresh, which starts about 0.3 s
// of CPU sooner; otherwise (no bundle, or a source file changed since it was built) the TypeScript
// sources through tsx, so edited sources always run as they are.
import { freshBundle } from './cli-bundle.js';

const bundle = freshBundle();
if (bundle) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
