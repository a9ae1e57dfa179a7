import { servicesFor, type AgeGroup, type Country } from './directory.ts';

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
): string[] {
  const removal = servicesFor(country, age, 'image-removal').map((s) => s.name);
  return steps.map((step) => {
    if (step === generic.report) return `Report it. ${country.policeSteps[age]}`;
    if (step === generic.blockImages && removal.length) {
      return `Get the pictures blocked from spreading: ${listOf(removal)} can help. Our "Stop images spreading" page makes fingerprints on this device, so the pictures never leave it.`;
    }
    return step;
  });
}

function listOf(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
