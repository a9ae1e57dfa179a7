export type { Indicator, IndicatorType, ExtractOptions } from './types.ts';
export { extractIndicators, mayHoldPaymentDetails, DEFAULT_MAX_LENGTH } from './extract.ts';
export { repairOcrAddresses } from './ocr-repair.ts';
