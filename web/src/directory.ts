import platformsFile from '../../data/help/platforms.json' with { type: 'json' };

/** Who the advice is for: it changes which services are shown. */
export type AgeGroup = 'under18' | 'adult';

export type ServiceKind =
  'emergency' | 'police' | 'child-protection' | 'image-removal' | 'support' | 'crisis' | 'adults-helping';

/**
 * How a service works, as its own site describes it: `hash-on-device` makes a fingerprint on the
 * user's device and the picture is never uploaded (Take It Down, StopNCII); `upload-reviewed` has the
 * user upload the picture for trained staff to review (Report Remove); `report` is a report form or
 * line read by people (police, hotlines); `helpline` is people to talk to; `emergency` is an
 * emergency number; `information` is advice or a directory.
 */
export type ServiceHow =
  'hash-on-device' | 'upload-reviewed' | 'report' | 'helpline' | 'emergency' | 'information';

export interface Service {
  id: string;
  name: string;
  kinds: ServiceKind[];
  /** Missing = for everyone. */
  ages?: AgeGroup[];
  how: ServiceHow;
  /** Who runs it, as its own site says (shown as "Run by ..."). */
  runBy?: string;
  description: string;
  /** One short sentence for the Right now checklist (services the big apps use). */
  summary?: string;
  /** The same sentence said to an adult helping a young person ("on their device"). */
  summaryHelping?: string;
  phone?: string;
  text?: string;
  url?: string;
  hours?: string;
}

export interface Country {
  id: string;
  name: string;
  order: number;
  /** ISO region for reading phone numbers without a country code ('' = none). */
  phoneRegion: string;
  emergencyNumber: string;
  policeSteps: Record<AgeGroup, string>;
  services: Service[];
  /** The national guidance for schools on nudes shared by pupils, named on the school briefing. */
  schoolGuidance?: { title: string; by: string; url: string; note?: string };
}

export interface Platform {
  id: string;
  name: string;
  url: string;
  steps: string[];
}

// Every file in data/help/countries/ is a country: adding one is adding a file.
const countryFiles = import.meta.glob<Country>('../../data/help/countries/*.json', {
  eager: true,
  import: 'default',
});

export const COUNTRIES: Country[] = Object.values(countryFiles).sort((a, b) => a.order - b.order);
export const PLATFORMS: Platform[] = (platformsFile as { platforms: Platform[] }).platforms;

export function countryById(id: string | null | undefined): Country {
  return COUNTRIES.find((c) => c.id === id) ?? COUNTRIES.find((c) => c.id === 'general') ?? COUNTRIES[0];
}

/** The services that the big apps themselves work with to find and block or remove pictures. */
export function isUsedByPlatforms(service: Service): boolean {
  return service.how === 'hash-on-device' || service.how === 'upload-reviewed';
}

/**
 * Image removal for this country and age group: the services the big apps use first (Report Remove,
 * StopNCII, Take It Down, in the file's order), then the others (e.g. helplines that help report).
 */
export function imageRemovalFor(country: Country, age: AgeGroup): Service[] {
  const all = servicesFor(country, age, 'image-removal');
  return [...all.filter(isUsedByPlatforms), ...all.filter((s) => !isUsedByPlatforms(s))];
}

/** The services of one kind for this country and age group, in the file's order. */
export function servicesFor(country: Country, age: AgeGroup, kind: ServiceKind): Service[] {
  return country.services.filter((s) => s.kinds.includes(kind) && (!s.ages || s.ages.includes(age)));
}

/**
 * What to tell the reader about going to the police. A young person is also told they can ask a
 * trusted adult to do it with them; a parent or teacher reading for a child is not.
 */
export function policeStepsFor(
  country: Country,
  age: AgeGroup,
  reader: 'self' | 'adult-helping' = 'self',
): string {
  const steps = country.policeSteps[age];
  return age === 'under18' && reader === 'self'
    ? `${steps} You can ask a trusted adult to do it with you.`
    : steps;
}

/** A `tel:` address for a directory phone number: "1-800-CALL-FBI (1-800-225-5324)" dials the digits. */
export function telHref(phone: string): string {
  const inBrackets = /\(([\d\s-]+)\)/.exec(phone);
  const number = inBrackets ? inBrackets[1] : phone.replace(/\s*\(.*\)\s*/, '');
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/** Every phone number a country's pages may mention: the emergency number and each service's. */
export function phoneNumbersOf(country: Country): { text: string; href: string }[] {
  const numbers = new Map<string, string>();
  if (/^\d+$/.test(country.emergencyNumber))
    numbers.set(country.emergencyNumber, `tel:${country.emergencyNumber}`);
  for (const service of country.services) {
    if (!service.phone) continue;
    const href = telHref(service.phone);
    numbers.set(service.phone, href);
    // "1-800-CALL-FBI (1-800-225-5324)" is also written as either half.
    for (const part of service.phone.split(/\s*[()]\s*/)) if (part.trim()) numbers.set(part.trim(), href);
  }
  return [...numbers].map(([text, href]) => ({ text, href })).sort((a, b) => b.text.length - a.text.length);
}
