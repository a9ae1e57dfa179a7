import { useId } from 'react';
import { ClearDevice } from '../components/ClearDevice.tsx';
import { Link } from '../router.tsx';
import { useOperator } from '../operator.tsx';

/** Keeping a visit private: leaving fast, private windows, history, shared devices, clearing what we keep. */
export function CoverTracksPage() {
  const id = useId();
  const operator = useOperator();
  return (
    <>
      <h1 tabIndex={-1}>Cover your tracks</h1>
      <p className="lead">
        If someone else uses this phone or computer, or might look at it, these steps help keep your visit
        private.
      </p>

      <section aria-labelledby={`${id}-leave`}>
        <h2 id={`${id}-leave`}>Leave fast</h2>
        <ul>
          <li>
            Tap <strong>Quick exit</strong>, or press Esc twice, to go to a weather page at once. This site is
            taken out of the Back button too.
          </li>
          <li>
            The Back button leaves this site straight away. We do this on purpose, so nobody can press Back to
            see the pages you read. Use the links on the page to move around here.
          </li>
          <li>When you leave, your evidence locker locks itself.</li>
          {operator?.pageTitles !== 'descriptive' && (
            <li>
              Every page here is called just &ldquo;Help&rdquo; in your history, so the names do not say what
              you read.
            </li>
          )}
        </ul>
      </section>

      <section aria-labelledby={`${id}-private`}>
        <h2 id={`${id}-private`}>Use a private window</h2>
        <p>
          A private window does not keep the sites you visit in your history. It is called Incognito in Chrome
          and a Private window in Safari, Firefox and Edge. Open one from the browser&rsquo;s menu, then type
          this site&rsquo;s address.
        </p>
        <p>
          <strong>Careful:</strong> when you close a private window, what you saved in it is gone, even your
          evidence locker. Keep your screenshots somewhere safe as well.
        </p>
      </section>

      <section aria-labelledby={`${id}-history`}>
        <h2 id={`${id}-history`}>Clear your history</h2>
        <ul>
          <li>Chrome: open the menu (three dots), then History, then Delete browsing data.</li>
          <li>Safari on an iPhone: open Settings, then Safari, then Clear History and Website Data.</li>
          <li>Other browsers: look for History in the menu or the settings.</li>
          <li>
            A history that is suddenly empty can look odd. You can delete just this site instead: find it in
            your history and remove it.
          </li>
        </ul>
      </section>

      <section aria-labelledby={`${id}-shared`}>
        <h2 id={`${id}-shared`}>On a shared phone or computer</h2>
        <ul>
          <li>Close this tab when you are done, and log out of anything you logged in to.</li>
          <li>Lock your phone with a code only you know.</li>
          <li>
            If someone checks your phone or makes you show it to them, that is not OK.{' '}
            <Link to="/support">You can talk to someone</Link> about it.
          </li>
        </ul>
      </section>

      <ClearDevice />
    </>
  );
}
