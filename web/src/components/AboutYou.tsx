import { useId } from 'react';
import { COUNTRIES } from '../directory.ts';
import { useSettings } from '../settings.tsx';

/** Age group and country: they tailor every page. Compact when `compact` is set. */
export function AboutYou({ compact = false }: { compact?: boolean }) {
  const { age, countryId, update } = useSettings();
  const id = useId();
  return (
    <form className={compact ? 'about-you compact' : 'about-you card'} onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{compact ? 'Showing help for' : 'So we can show the right help'}</legend>
        <div className="field-row">
          <div className="radio-group" role="radiogroup" aria-label="Age group">
            <label>
              <input
                type="radio"
                name={`${id}-age`}
                value="under18"
                checked={age === 'under18'}
                onChange={() => update({ age: 'under18', chosen: true })}
              />{' '}
              Under 18
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-age`}
                value="adult"
                checked={age === 'adult'}
                onChange={() => update({ age: 'adult', chosen: true })}
              />{' '}
              18 or over
            </label>
          </div>
          <div className="select-field">
            <label htmlFor={`${id}-country`}>Where you live</label>
            <select
              id={`${id}-country`}
              value={countryId}
              onChange={(e) => update({ countryId: e.target.value, chosen: true })}
            >
              {COUNTRIES.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
    </form>
  );
}
