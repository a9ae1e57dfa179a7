import { BackstopError } from '../core/errors.ts';
import { getSignalType, SIGNAL_TYPES } from '../core/signal/index.ts';
import type { Signal, SignalTypeName } from './content.ts';

export const SIGNAL_TYPE_NAMES = Object.keys(SIGNAL_TYPES) as readonly SignalTypeName[];

/** HMA and python-threatexchange spell some types differently; accept their names too. */
const ALIASES: Record<string, SignalTypeName> = { video_md5: 'md5' };

export function parseSignalTypeName(name: string): SignalTypeName {
  const lower = String(name).trim().toLowerCase();
  return getSignalType(ALIASES[lower] ?? lower).name;
}

/** Validates and normalises a hash (lower-case hex of the right length) with the core's signal types. */
export function parseSignal(typeName: string, value: unknown): Signal {
  const type = parseSignalTypeName(typeName);
  if (typeof value !== 'string') {
    throw new BackstopError('invalid_signal', `The ${type} value must be a string of hex digits.`);
  }
  return { type, value: getSignalType(type).parse(value) };
}
