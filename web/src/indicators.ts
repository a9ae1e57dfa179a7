import type { Indicator } from '../../src/core/indicators/index.ts';

/** Identifiers in the text; the extractor (with its phone-number data) loads on first use. */
export async function indicatorsOf(text: string, region?: string): Promise<Indicator[]> {
  try {
    const { extractIndicators } = await import('../../src/core/indicators/index.ts');
    return extractIndicators(text, region ? { defaultRegion: region } : {});
  } catch {
    return [];
  }
}
