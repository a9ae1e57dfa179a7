export type { Indicator, IndicatorType, ExtractOptions } from './types.ts';
export { extractIndicators, DEFAULT_MAX_LENGTH } from './extract.ts';
export { repairOcrAddresses } from './ocr-repair.ts';
