import { telHref, type Service } from '../directory.ts';

/** A list of services from the directory, each with its phone, text and web details. */
export function ServiceList({ services, headingLevel = 3 }: { services: Service[]; headingLevel?: 2 | 3 }) {
  if (!services.length) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="service-list">
      {services.map((s) => (
        <li key={s.id} className="card service">
          <Heading className="service-name">{s.name}</Heading>
          <p>{s.description}</p>
          {s.runBy && <p className="run-by">Run by {s.runBy}.</p>}
          <ul className="contact">
            {s.phone && (
              <li>
                Call: <a href={telHref(s.phone)}>{s.phone}</a>
              </li>
            )}
            {s.text && <li>{s.text}</li>}
            {s.url && (
              <li>
                Website:{' '}
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </li>
            )}
            {s.hours && <li>Open: {s.hours}</li>}
          </ul>
        </li>
      ))}
    </ul>
  );
}
