import type { Command } from 'commander';
import { register as serve } from './serve.ts';
import { register as hash } from './hash.ts';
import { register as keys } from './keys.ts';
import { register as bank } from './bank.ts';
import { register as scan } from './scan.ts';
import { register as extract } from './extract.ts';

/** Each CLI command lives in its own file and adds itself to the program here. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [serve, hash, keys, bank, scan, extract];
