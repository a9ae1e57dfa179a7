import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { PRIORITY, type Candidate } from './types.ts';

/** Country code, check digits, then up to 30 letters/digits, possibly in groups of four. */
const IBAN_TOKEN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){10,30}(?![A-Za-z0-9])/gi;
const SORT_CODE = /(?<![\d-])(\d{2})([- ]?)(\d{2})\2(\d{2})(?![\d-])/g;
const ACCOUNT = /(?<![\d-])(\d{8})(?![\d-])/;
const SORT_WORDS = /\b(sort ?code|sort|s\/c|sc)\b[^\n]{0,20}$/i;
const ACCOUNT_ALONE =
  /\b(?:acc(?:ount)?|a\/c|acct)\.?\s{0,3}(?:no|num|number|#)\.?\s{0,3}[:#-]?\s{0,3}(\d{8})(?!\d)/gi;

function ibanCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(IBAN_TOKEN)) {
    // The greedy match may run into a following word: shorten group by group until it validates.
    let raw = m[0];
    for (let tries = 0; tries < 8 && raw.length >= 14; tries++) {
      const iban = electronicFormatIBAN(raw.toUpperCase());
      if (iban && isValidIBAN(iban)) {
        out.push({
          type: 'bank_account',
          value: raw,
          normalized: iban,
          start: m.index,
          end: m.index + raw.length,
          confidence: 0.97,
          platform: 'iban',
          priority: PRIORITY.iban,
          details: { country: iban.slice(0, 2) },
        });
        break;
      }
      const cut = raw.search(/[ -][A-Z0-9]+$/i);
      raw = cut > 0 ? raw.slice(0, cut) : raw.slice(0, -1);
    }
  }
  return out;
}

function ukCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const usedAccounts = new Set<number>();
  for (const m of text.matchAll(SORT_CODE)) {
    const sortCode = `${m[1]}${m[3]}${m[4]}`;
    const named = SORT_WORDS.test(text.slice(Math.max(0, m.index - 30), m.index));
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const acc = ACCOUNT.exec(after);
    const accLabelled =
      acc &&
      /^[\s,;/|]*(?:(?:and\s+)?(?:acc(?:ount)?|a\/c|acct)\.?\s{0,3}(?:no|num|number|#)?\.?\s{0,3}[:#-]?\s{0,3})?$/i.test(
        after.slice(0, acc.index),
      );
    if (!named && !(acc && accLabelled && m[2] !== '')) continue;
    const end = acc && accLabelled ? m.index + m[0].length + acc.index + 8 : m.index + m[0].length;
    const account = acc && accLabelled ? acc[1] : undefined;
    if (account) usedAccounts.add(m.index + m[0].length + acc!.index);
    out.push({
      type: 'bank_account',
      value: text.slice(m.index, end),
      normalized: account ? `${sortCode}:${account}` : `${sortCode}:`,
      start: m.index,
      end,
      confidence: account ? (named ? 0.9 : 0.8) : 0.6,
      platform: 'uk_bank',
      priority: PRIORITY.ukBank,
      details: account ? { sortCode, account } : { sortCode },
    });
  }
  for (const m of text.matchAll(ACCOUNT_ALONE)) {
    const at = m.index + m[0].length - 8;
    if (usedAccounts.has(at)) continue;
    out.push({
      type: 'bank_account',
      value: m[1],
      normalized: `:${m[1]}`,
      start: at,
      end: at + 8,
      confidence: 0.6,
      platform: 'uk_bank',
      priority: PRIORITY.ukBank - 1,
      details: { account: m[1] },
    });
  }
  return out;
}

export function scanBank(text: string): Candidate[] {
  return [...ibanCandidates(text), ...ukCandidates(text)];
}
