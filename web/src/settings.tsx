import { createContext, useContext, useState, type ReactNode } from 'react';
import { countryById, type AgeGroup, type Country } from './directory.ts';

/** Remembered on this device only (localStorage), so every page can be tailored. */
interface Settings {
  age: AgeGroup;
  countryId: string;
  chosen: boolean;
}

interface SettingsValue extends Settings {
  country: Country;
  update: (patch: Partial<Settings>) => void;
  /** Removes the remembered settings from this device and goes back to the first guess. */
  forget: () => void;
}

const KEY = 'backstop.settings';
/** Every localStorage key the app writes starts with this (see "Clear what this app stored"). */
export const STORAGE_PREFIX = 'backstop.';

function load(): Settings {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Settings> | null;
    if (raw && (raw.age === 'under18' || raw.age === 'adult') && typeof raw.countryId === 'string') {
      return { age: raw.age, countryId: raw.countryId, chosen: Boolean(raw.chosen) };
    }
  } catch {
    // Unreadable settings: start fresh.
  }
  return { age: 'under18', countryId: guessCountry(), chosen: false };
}

function guessCountry(): string {
  const lang = navigator.language || '';
  if (/-GB$/i.test(lang)) return 'uk';
  if (/-US$/i.test(lang)) return 'us';
  if (/-AU$/i.test(lang)) return 'au';
  if (/-CA$/i.test(lang)) return 'ca';
  return 'general';
}

export function save(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const SettingsContext = createContext<SettingsValue | null>(null);

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(load);
  const update = (patch: Partial<Settings>) => {
    setSettings((old) => {
      const next = { ...old, ...patch };
      save(KEY, next);
      return next;
    });
  };
  const forget = () => {
    try {
      localStorage.removeItem(KEY);
    } catch {
      // Storage blocked: nothing was stored.
    }
    setSettings({ age: 'under18', countryId: guessCountry(), chosen: false });
  };
  const value: SettingsValue = { ...settings, country: countryById(settings.countryId), update, forget };
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}
