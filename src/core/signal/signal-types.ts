import { BackstopError } from '../errors.ts';
import { hammingDistance, parsePdqHash } from '../pdq/hash-format.ts';
import { formatVpdq, parseVpdq } from '../vpdq/format.ts';

/** What a signal fingerprints (python-threatexchange's content types). */
export type ContentType = 'photo' | 'video' | 'text';

export type SignalTypeName = 'pdq' | 'md5' | 'sha256' | 'vpdq';

/** A kind of fingerprint, as python-threatexchange's SignalType: how to validate and compare it. */
export interface SignalType {
  name: SignalTypeName;
  contentTypes: ContentType[];
  /** Validates a signal value and returns its normal form; throws BackstopError('invalid_signal'). */
  parse(value: string): string;
  /** Distance between two normalized values, for signal types matched by distance (PDQ). */
  distance?(a: string, b: string): number;
}

function hexDigestType(name: 'md5' | 'sha256', digits: number, contentTypes: ContentType[]): SignalType {
  const pattern = new RegExp(`^[0-9a-fA-F]{${digits}}$`);
  return {
    name,
    contentTypes,
    parse(value: string): string {
      const trimmed = typeof value === 'string' ? value.trim() : '';
      if (!pattern.test(trimmed)) {
        throw new BackstopError(
          'invalid_signal',
          `An ${name.toUpperCase()} signal must be exactly ${digits} hexadecimal digits (0-9, a-f).`,
        );
      }
      return trimmed.toLowerCase();
    },
  };
}

const pdq: SignalType = {
  name: 'pdq',
  contentTypes: ['photo'],
  parse(value: string): string {
    try {
      return parsePdqHash(value);
    } catch (error) {
      throw new BackstopError('invalid_signal', error instanceof Error ? error.message : 'Invalid PDQ hash.');
    }
  },
  distance: (a, b) => hammingDistance(a, b),
};

/**
 * vPDQ (video): the PDQ of sampled frames. Accepts the reference's text (`frameNumber,quality,
 * pdqHex,timestamp` lines) or python-threatexchange's JSON list; the normal form is the reference's
 * text. Matched as a bag of frames by the video index, not by one distance.
 */
const vpdq: SignalType = {
  name: 'vpdq',
  contentTypes: ['video'],
  parse: (value: string) => formatVpdq(parseVpdq(value)),
};

export const SIGNAL_TYPES: Readonly<Record<SignalTypeName, SignalType>> = Object.freeze({
  pdq,
  md5: hexDigestType('md5', 32, ['photo', 'video']),
  sha256: hexDigestType('sha256', 64, ['photo', 'video']),
  vpdq,
});

export function isSignalTypeName(name: string): name is SignalTypeName {
  return Object.prototype.hasOwnProperty.call(SIGNAL_TYPES, name);
}

/** The signal type called `name`; throws BackstopError('unknown_signal_type') for anything else. */
export function getSignalType(name: string): SignalType {
  if (typeof name === 'string' && isSignalTypeName(name)) return SIGNAL_TYPES[name];
  const shown = String(name).slice(0, 40);
  throw new BackstopError(
    'unknown_signal_type',
    `Unknown signal type "${shown}": use one of ${Object.keys(SIGNAL_TYPES).join(', ')}.`,
  );
}
