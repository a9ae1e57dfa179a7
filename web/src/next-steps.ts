import {
  imageRemovalFor,
  isUsedByPlatforms,
  policeStepsFor,
  type AgeGroup,
  type Country,
} from './directory.ts';

/** Wording of the two generic steps (from the risk engine) that depend on country and age. */
export interface GenericSteps {
  report: string;
  blockImages: string;
}

/** The risk engine's next steps, with "report it" and "get images blocked" made right for the reader. */
export function tailorSteps(
  steps: readonly string[],
  generic: GenericSteps,
  country: Country,
  age: AgeGroup,
  reader: 'self' | 'adult-helping' = 'self',
): string[] {
  // The services the big apps use, each said as it works (on the device, or an upload people review).
  const removal = imageRemovalFor(country, age).filter(isUsedByPlatforms);
  return steps.map((step) => {
    if (step === generic.report) return `Report it. ${policeStepsFor(country, age, reader)}`;
    if (step === generic.blockImages && removal.length) {
      const said = (s: (typeof removal)[number]) =>
        (reader === 'adult-helping' ? s.summaryHelping : undefined) ?? s.summary ?? s.name;
      return `Get the pictures blocked from spreading. ${removal.map(said).join(' ')} Our "Stop images spreading" page shows each one.`;
    }
    return step;
  });
}
