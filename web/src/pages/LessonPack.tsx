import { useId, useState } from 'react';
import { AboutYou } from '../components/AboutYou.tsx';
import { messageOf, Status } from '../components/Status.tsx';
import { lessonFor } from '../lesson/content.ts';
import { Link } from '../router.tsx';
import { useSettings } from '../settings.tsx';

/** A lesson a teacher can run in one period, shown here and made into a PDF on this device. */
export function LessonPackPage() {
  const id = useId();
  const { country } = useSettings();
  const lesson = lessonFor(country);
  const [message, setMessage] = useState<{ kind: 'info' | 'success' | 'error'; text: string } | null>(null);

  const download = async () => {
    setMessage({ kind: 'info', text: 'Making the lesson pack on this device…' });
    try {
      const [{ buildLessonPdf }, { downloadBytes }] = await Promise.all([
        import('../lesson/pdf.ts'),
        import('../report/pack.ts'),
      ]);
      const paper = country.id === 'us' || country.id === 'ca' ? 'letter' : 'a4';
      const pdf = await buildLessonPdf(lesson, { countryName: country.name, paper });
      downloadBytes(pdf, `backstop-lesson-pack-${country.id}.pdf`, 'application/pdf');
      setMessage({ kind: 'success', text: 'The lesson pack is downloading. It was made on this device.' });
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) });
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Lesson pack for schools</h1>
      <p className="lead">
        A {lesson.minutes}-minute lesson on sextortion for pupils aged 11 to 16: how to spot it, how to stop
        it, and where to get help. It comes with a one-page handout for pupils.
      </p>
      <AboutYou compact />
      <p>
        <button type="button" className="button primary" onClick={download}>
          Download the lesson pack (PDF)
        </button>
      </p>
      {message && <Status kind={message.kind}>{message.text}</Status>}

      <section aria-labelledby={`${id}-goals`}>
        <h2 id={`${id}-goals`}>Learning goals</h2>
        <ul>
          {lesson.goals.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={`${id}-before`}>
        <h2 id={`${id}-before`}>Before you start</h2>
        <ul>
          {lesson.beforeYouStart.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
        <h3>{lesson.guidance.name}</h3>
        <p>{lesson.guidance.text}</p>
      </section>

      <section aria-labelledby={`${id}-plan`}>
        <h2 id={`${id}-plan`}>Lesson plan</h2>
        <ol>
          {lesson.plan.map((step) => (
            <li key={step.title}>
              <strong>
                {step.title} ({step.minutes} minutes).
              </strong>{' '}
              {step.text}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby={`${id}-scenario`}>
        <h2 id={`${id}-scenario`}>Scenario: Sam&rsquo;s story</h2>
        {lesson.scenario.map((stage) => (
          <div key={stage.stage} className="card scenario-stage">
            <h3>{stage.stage}</h3>
            <p>{stage.story}</p>
            <p>
              <strong>Ask:</strong> {stage.question}
            </p>
          </div>
        ))}
      </section>

      <section aria-labelledby={`${id}-prompts`}>
        <h2 id={`${id}-prompts`}>Discussion prompts</h2>
        <ul>
          {lesson.prompts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={`${id}-handout`} className="card">
        <h2 id={`${id}-handout`}>Handout: {lesson.handout.title}</h2>
        <ul>
          {lesson.handout.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <h3>Where to get help ({country.name})</h3>
        <ul>
          {lesson.handout.help.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      </section>
      <p>
        If a pupil tells you something:{' '}
        <Link to="/adults#teachers">what school staff must and must not do</Link>, and the{' '}
        <Link to="/school-briefing">one-page briefing</Link>.
      </p>
    </>
  );
}
