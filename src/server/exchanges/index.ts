// Every exchange type, registered in one place (as signal types are): to add one, write a module
// exporting an ExchangeType and list it here.
import { BackstopError } from '../../core/errors.ts';
import { backstopExchange } from './backstop.ts';
import { fileExchange } from './file.ts';
import { ncmecExchange } from './ncmec.ts';
import { stopNciiExchange } from './stop-ncii.ts';
import type { ExchangeType } from './types.ts';

export const EXCHANGE_TYPES: Readonly<Record<string, ExchangeType<unknown>>> = Object.freeze({
  [backstopExchange.name]: backstopExchange as ExchangeType<unknown>,
  [fileExchange.name]: fileExchange as ExchangeType<unknown>,
  [stopNciiExchange.name]: stopNciiExchange as ExchangeType<unknown>,
  [ncmecExchange.name]: ncmecExchange as ExchangeType<unknown>,
});

export function findExchangeType(name: string): ExchangeType<unknown> | undefined {
  return Object.prototype.hasOwnProperty.call(EXCHANGE_TYPES, name) ? EXCHANGE_TYPES[name] : undefined;
}

/** HMA's answer for an unknown exchange type (400, its message). */
export function getExchangeType(name: string): ExchangeType<unknown> {
  const type = findExchangeType(name);
  if (!type) throw new BackstopError('no_such_exchange_api', `no such Exchange API '${name.slice(0, 100)}'`);
  return type;
}

export type { ExchangeEnvironment, ExchangePage, ExchangeType } from './types.ts';
export { loadExchangeCredentials, type ExchangeCredentials } from './credentials.ts';
