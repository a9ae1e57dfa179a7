import { useEffect, useId, useRef, useState } from 'react';
import { IndicatorList } from '../components/IndicatorList.tsx';
import { messageOf, Status } from '../components/Status.tsx';
import { StatusBar, type BarMessage } from '../components/StatusBar.tsx';
import type { Indicator } from '../../../src/core/indicators/index.ts';
import { indicatorsOf } from '../indicators.ts';
import type { ConversationResult } from '../detect.ts';
import { useLocker } from '../locker/useLocker.tsx';
import { tailorSteps } from '../next-steps.ts';
import { Link } from '../router.tsx';
import { useSettings } from '../settings.tsx';
import { CrisisLines } from '../components/CrisisLines.tsx';
import { FirstThings } from '../components/FirstThings.tsx';
import { LinkedText } from '../components/LinkedText.tsx';

const MAX_TEXT = 5 * 1024 * 1024;
const CHECKED_CHAT_TITLE = 'Chat checked for warning signs';

const LEVEL_TITLE: Record<ConversationResult['level'], string> = {
  urgent: 'This looks like sextortion',
  warning: 'This follows the pattern scammers use',
  watch: 'Some messages are worth a second look',
  none: 'No usual warning signs found',
};
/** The title when someone says it is happening to them ("he's blackmailing me") and the chat shows less. */
const TOLD_TITLE = 'It sounds like this is happening to you';
/** The title when a parent, teacher or friend says it is happening to someone close to them ("my son is being blackmailed"). */
const TOLD_OTHER_TITLE = 'It sounds like this is happening to someone you care about';
/** The title when someone tells of being pushed for pictures or secrecy, before any threat ("he keeps asking me for pics"). */
const ASKED_TITLE = 'It sounds like someone is pushing you';

function Explanation({ text }: { text: string }) {
  const lines = text.split('\n');
  const bullets = lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
  return (
    <>
      {lines
        .filter((l) => !l.startsWith('- '))
        .map((l, n) => (
          <p key={n}>{l}</p>
        ))}
      {bullets.length > 0 && (
        <>
          <h3>What we noticed</h3>
          <ul>
            {bullets.map((b, n) => (
              <li key={n}>{b}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function CheckConversationPage() {
  const id = useId();
  const locker = useLocker();
  const { country, age } = useSettings();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ConversationResult | null>(null);
  // they told their story rather than pasting the chat, and the chat shows less than a threat; or they told what is
  // happening to their child, pupil or friend (the steps are then for the one helping, at every level)
  const helping = result !== null && result.toldAbout === 'other';
  const told = result !== null && result.selfReportAt !== null && (result.level !== 'urgent' || helping);
  // they told of someone pushing them (or, helping, someone close) for pictures or secrecy, and the chat shows less than
  // a warning
  const asked = result !== null && result.pushed;
  const [message, setMessage] = useState<{ kind: 'info' | 'success' | 'error'; text: string } | null>(null);

  const [saved, setSaved] = useState<BarMessage>(null);
  const [details, setDetails] = useState<Indicator[]>([]);
  // A new result may start below the window (on a desktop, under the form): bring it up and put
  // focus on its heading, so the check is seen to have done something.
  const resultRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!result || !resultRef.current) return;
    resultRef.current.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    resultRef.current.scrollIntoView({ block: 'start' });
  }, [result]);
  const check = async (input: string) => {
    setResult(null);
    setSaved(null);
    setDetails([]);
    if (!input.trim()) {
      setMessage({ kind: 'error', text: 'Paste the chat first, or choose a chat export file.' });
      return;
    }
    try {
      // The risk engine (and its word lists) loads the first time it is needed.
      const {
        analyzeConversation,
        parseConversation,
        REPORT_STEP,
        BLOCK_IMAGES_STEP,
        CRISIS_STEP,
        SELF_HARM_SENTENCE,
      } = await import('../detect.ts');
      const parsed = parseConversation(input);
      const analysed = analyzeConversation(parsed.messages);
      const generic = { report: REPORT_STEP, blockImages: BLOCK_IMAGES_STEP };
      // talk of suicide: the crisis lines of the reader's country open the result instead
      const steps = analysed.nextSteps.filter((s) => s !== CRISIS_STEP);
      const explanation = analysed.explanation
        .split('\n')
        .filter((l) => l !== `- ${SELF_HARM_SENTENCE}`)
        .join('\n');
      // someone helping a young person gets the steps for that young person's age, said to the one helping
      const nextSteps =
        analysed.toldAbout === 'other'
          ? tailorSteps(steps, generic, country, 'under18', 'adult-helping')
          : tailorSteps(steps, generic, country, age);
      setResult({ ...analysed, explanation, nextSteps });
      setDetails(await indicatorsOf(input, country.phoneRegion));
      setMessage(null);
    } catch (error) {
      const reason = error instanceof Error && error.name === 'BackstopError' ? ` (${error.message})` : '';
      setMessage({
        kind: 'error',
        text: `We could not read this chat${reason}. Try copying and pasting the messages instead.`,
      });
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Check a conversation</h1>
      <p className="lead">
        Not sure about someone you are talking to? Paste the chat here, or load a chat export. We check it on
        this device for the steps sextortion scammers follow. Nothing is sent anywhere.
      </p>
      <form
        className="card"
        onSubmit={(event) => {
          event.preventDefault();
          void check(text);
        }}
      >
        <label htmlFor={`${id}-text`}>The chat</label>
        <p className="hint" id={`${id}-hint`}>
          Works best with one message per line, like <code>Alex: hi</code>.
        </p>
        <textarea
          id={`${id}-text`}
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-hint`}
        />
        <label htmlFor={`${id}-file`}>
          Or load a chat export (WhatsApp .txt, Instagram or Messenger .json, Discord, e-mail .eml)
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".txt,.json,.eml,.csv,text/plain,application/json,message/rfc822"
          // Cleared as the chooser opens (so the same file can be chosen again), not after: the name
          // of the chosen file stays beside the button instead of "No file chosen".
          onClick={(event) => {
            event.currentTarget.value = '';
          }}
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return;
            if (file.size > MAX_TEXT) {
              setMessage({
                kind: 'error',
                text: 'That file is too big to check here (the limit is 5 MB). Try pasting the part of the chat that worries you.',
              });
              return;
            }
            const content = await file.text();
            setText(content);
            await check(content);
          }}
        />
        <button type="submit" className="button primary">
          Check the chat
        </button>
      </form>
      {message && <Status kind={message.kind}>{message.text}</Status>}
      {result && (
        <section
          className={`card result level-${told ? 'urgent' : asked ? 'warning' : result.level}`}
          aria-labelledby={`${id}-result`}
          role="status"
          ref={resultRef}
        >
          <h2 id={`${id}-result`} tabIndex={-1}>
            {helping ? TOLD_OTHER_TITLE : told ? TOLD_TITLE : asked ? ASKED_TITLE : LEVEL_TITLE[result.level]}
          </h2>
          {result.selfHarmAt !== null && (
            <CrisisLines
              compact
              headingLevel={3}
              lead={
                // a teen's own story typed into the box is their own words, not "this chat"
                <p>
                  {(told && !helping) || asked
                    ? 'What you wrote talks about suicide or self-harm.'
                    : 'Someone in this chat talked about suicide or self-harm.'}{' '}
                  You matter, and this can be sorted out.
                </p>
              }
            />
          )}
          {helping ? (
            <p>
              <Link to="/adults" className="button">
                What to do as a parent, carer or teacher
              </Link>
            </p>
          ) : (
            (result.level === 'urgent' || told) && <FirstThings headingLevel={3} />
          )}
          {result.level !== 'none' && result.primary && !result.primary.startsWith('(') && (
            <p className="driver">
              Most of the worrying messages come from <strong>{result.primary}</strong>.
            </p>
          )}
          <Explanation text={result.explanation} />
          {(result.level === 'none' || result.level === 'watch') && !told && !helping && (
            <div className="ask" role="group" aria-labelledby={`${id}-ask`}>
              <p id={`${id}-ask`}>
                <strong>
                  Did they threaten to share pictures or videos of you, or ask you for money or more pictures?
                </strong>
              </p>
              <Link to="/right-now" className="button">
                Yes, they did: show me what to do
              </Link>
            </div>
          )}
          {result.stages.length > 0 && (
            <p className="hint">Steps of the script seen: {result.stageLabels.join(', ')}.</p>
          )}
          {details.length > 0 && (
            <>
              <h3>Details found in this chat</h3>
              <p>
                Usernames, links and payment details help the police and the apps find who did this. Saving
                the chat as evidence keeps them with it.
              </p>
              <IndicatorList indicators={details} />
            </>
          )}
          {result.nextSteps.length > 0 && (
            <>
              <h3>What to do next</h3>
              <ol>
                {result.nextSteps.map((s, n) => (
                  <li key={n}>
                    <LinkedText text={s} />
                  </li>
                ))}
              </ol>
            </>
          )}
          <div className="toolbar">
            {locker.state === 'unlocked' ? (
              <button
                type="button"
                className="button"
                onClick={async () => {
                  try {
                    await locker.addText(CHECKED_CHAT_TITLE, text);
                    setSaved({ kind: 'success', text: 'Saved in your evidence locker.' });
                  } catch (error) {
                    setSaved({
                      kind: 'error',
                      text: `${messageOf(error)} The chat is still in the box above, so you can try again.`,
                    });
                  }
                }}
              >
                Save this chat as evidence
              </button>
            ) : (
              <Link
                to="/evidence"
                className="button"
                onClick={() => locker.setWaitingChat({ title: CHECKED_CHAT_TITLE, text })}
              >
                Save it as evidence (open your locker first)
              </Link>
            )}
            <Link to="/right-now" className="button secondary">
              What to do right now
            </Link>
          </div>
        </section>
      )}
      <StatusBar message={saved} onClose={() => setSaved(null)} />
    </>
  );
}
