import { useId } from 'react';
import { AboutYou } from '../components/AboutYou.tsx';
import { CrisisLines } from '../components/CrisisLines.tsx';
import { ServiceList } from '../components/ServiceList.tsx';
import { servicesFor } from '../directory.ts';
import { useSettings } from '../settings.tsx';

export function SupportPage() {
  const id = useId();
  const { age, country } = useSettings();
  const crisis = servicesFor(country, age, 'crisis');
  const support = servicesFor(country, age, 'support').filter((s) => !crisis.includes(s));
  return (
    <>
      <h1 tabIndex={-1}>You are not alone</h1>
      <p className="lead">
        What is happening is not your fault, even if you sent pictures. The person threatening you is the one
        doing something wrong. Lots of people have been through this and come out the other side.
      </p>
      <AboutYou compact />
      <CrisisLines />
      <section aria-labelledby={`${id}-talk`}>
        <h2 id={`${id}-talk`}>Who to talk to</h2>
        <ul>
          {age === 'under18' ? (
            <>
              <li>A parent or carer. Most parents say they would much rather know, and help.</li>
              <li>A teacher, school counsellor, or another adult you trust at school.</li>
              <li>A helpline, if talking to someone you know feels too hard right now.</li>
            </>
          ) : (
            <>
              <li>A friend, partner or family member you trust.</li>
              <li>Your doctor, if this is affecting your sleep, eating or mood.</li>
              <li>A helpline, if talking to someone you know feels too hard right now.</li>
            </>
          )}
        </ul>
        <p>
          If it helps, you could start with:{' '}
          <em>&ldquo;Something has happened online and I am scared. Can I talk to you?&rdquo;</em>
        </p>
        <ServiceList services={support} />
      </section>
    </>
  );
}
