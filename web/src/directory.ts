import platformsFile from '../../data/help/platforms.json' with { type: 'json' };

/** Who the advice is for: it changes which services are shown. */
export type AgeGroup = 'under18' | 'adult';

export type ServiceKind =
  'emergency' | 'police' | 'child-protection' | 'image-removal' | 'support' | 'crisis' | 'adults-helping';

export interface Service {
  id: string;
  name: string;
  kinds: ServiceKind[];
  /** Missing = for everyone. */
  ages?: AgeGroup[];
  description: string;
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

/** The services of one kind for this country and age group, in the file's order. */
export function servicesFor(country: Country, age: AgeGroup, kind: ServiceKind): Service[] {
  return country.services.filter((s) => s.kinds.includes(kind) && (!s.ages || s.ages.includes(age)));
}
