import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { getOperator, type OperatorInfo } from './api.ts';

/** undefined while asking the server; null when it could not be reached (e.g. offline). */
type OperatorValue = OperatorInfo | null | undefined;

const OperatorContext = createContext<OperatorValue>(undefined);

/** Asks the server once per visit what whoever runs this copy has set up (`GET /v1/operator`). */
export function OperatorProvider({ children }: { children: ReactNode }) {
  const [operator, setOperator] = useState<OperatorValue>(undefined);
  useEffect(() => {
    let live = true;
    void getOperator().then((info) => {
      if (live) setOperator(info);
    });
    return () => {
      live = false;
    };
  }, []);
  return <OperatorContext.Provider value={operator}>{children}</OperatorContext.Provider>;
}

export function useOperator(): OperatorValue {
  return useContext(OperatorContext);
}

/** The honest line for a copy whose operator has not said who they are. */
export const NO_OPERATOR_DETAILS = 'This copy is run by someone who has not added their details.';

/** A contact or privacy notice as a link when it is a web or e-mail address, else as text. */
export function OperatorText({ value }: { value: string }) {
  if (/^https:\/\/[^\s]+$/i.test(value)) {
    return (
      <a href={value} target="_blank" rel="noopener noreferrer">
        {value.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    );
  }
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return <a href={`mailto:${value}`}>{value}</a>;
  if (/^\+?[\d ()-]{3,20}$/.test(value)) return <a href={`tel:${value.replace(/[^\d+]/g, '')}`}>{value}</a>;
  return <>{value}</>;
}
