import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useRouter } from './router.tsx';
import { useSettings } from './settings.tsx';
import { quickExit, installEscapeTwice, installLeaveGuard } from './quick-exit.ts';
import { useLocker } from './locker/useLocker.tsx';
import { NO_OPERATOR_DETAILS, useOperator } from './operator.tsx';
import { StartPage } from './pages/Start.tsx';
import { RightNowPage } from './pages/RightNow.tsx';
import { EvidencePage } from './pages/Evidence.tsx';
import { CheckConversationPage } from './pages/CheckConversation.tsx';
import { CheckProfilePage } from './pages/CheckProfile.tsx';
import { StopSpreadingPage } from './pages/StopSpreading.tsx';
import { CasePage } from './pages/Case.tsx';
import { ReportPage } from './pages/Report.tsx';
import { SupportPage } from './pages/Support.tsx';
import { AdultsPage } from './pages/Adults.tsx';
import { SchoolBriefingPage } from './pages/SchoolBriefing.tsx';
import { StaySafePage } from './pages/StaySafe.tsx';
import { PrivacyCheckupPage } from './pages/PrivacyCheckup.tsx';
import { TalkFirstPage } from './pages/TalkFirst.tsx';
import { LessonPackPage } from './pages/LessonPack.tsx';
import { NotFoundPage } from './pages/NotFound.tsx';
import { AboutPage } from './pages/About.tsx';
import { CoverTracksPage } from './pages/CoverTracks.tsx';

interface Route {
  path: string;
  title: string;
  nav?: string;
  render: () => ReactNode;
}

export const ROUTES: Route[] = [
  { path: '/', title: 'Start', nav: 'Start', render: () => <StartPage /> },
  { path: '/right-now', title: 'Right now', nav: 'Right now', render: () => <RightNowPage /> },
  { path: '/evidence', title: 'Save evidence', nav: 'Save evidence', render: () => <EvidencePage /> },
  {
    path: '/check-conversation',
    title: 'Check a conversation',
    nav: 'Check a chat',
    render: () => <CheckConversationPage />,
  },
  {
    path: '/check-profile',
    title: 'Check a profile',
    nav: 'Check a profile',
    render: () => <CheckProfilePage />,
  },
  {
    path: '/stop-spreading',
    title: 'Stop the images spreading',
    nav: 'Stop images spreading',
    render: () => <StopSpreadingPage />,
  },
  { path: '/case', title: 'Your case', render: () => <CasePage /> },
  { path: '/report', title: 'Report it', nav: 'Report', render: () => <ReportPage /> },
  { path: '/support', title: 'Support', nav: 'Support', render: () => <SupportPage /> },
  {
    path: '/adults',
    title: 'Parents and teachers',
    nav: 'Parents and teachers',
    render: () => <AdultsPage />,
  },
  { path: '/school-briefing', title: 'Briefing for schools', render: () => <SchoolBriefingPage /> },
  { path: '/cover-your-tracks', title: 'Cover your tracks', render: () => <CoverTracksPage /> },
  { path: '/about', title: 'About this site', render: () => <AboutPage /> },
  { path: '/stay-safe', title: 'Stay safe', nav: 'Stay safe', render: () => <StaySafePage /> },
  { path: '/privacy-checkup', title: 'Privacy check-up', render: () => <PrivacyCheckupPage /> },
  { path: '/talk-first', title: 'Talk about it first', render: () => <TalkFirstPage /> },
  { path: '/lesson-pack', title: 'Lesson pack for schools', render: () => <LessonPackPage /> },
];

/** The browser title of every page unless the operator chose descriptive titles: history says nothing. */
export const NEUTRAL_TITLE = 'Help';

export function App() {
  const { path } = useRouter();
  const { country } = useSettings();
  const operator = useOperator();
  const { lock } = useLocker();
  const route = ROUTES.find((r) => r.path === path);
  const title = route?.title ?? 'Page not found';
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // On a phone the menu is folded behind one button, so the page's first screen is advice, not links.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [path]);

  useEffect(() => installEscapeTwice(), []);
  useEffect(() => installLeaveGuard(lock), [lock]);

  useEffect(() => {
    document.title = operator?.pageTitles === 'descriptive' ? `${title} · Backstop Help` : NEUTRAL_TITLE;
  }, [title, operator]);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // After moving to a new page, put focus on its heading so screen readers announce it; a link to
    // a section of a page (/adults#teachers) puts it on that section's heading instead.
    const hash = decodeURIComponent(window.location.hash.slice(1));
    const section = hash ? document.getElementById(hash) : null;
    const sectionHeading = section?.querySelector<HTMLElement>('h2[tabindex]');
    if (sectionHeading) {
      sectionHeading.focus({ preventScroll: true });
      sectionHeading.scrollIntoView({ block: 'start' });
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    (heading ?? mainRef.current)?.focus();
  }, [path]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="header-row">
          <Link to="/" className="brand">
            Backstop Help
          </Link>
          <button type="button" className="quick-exit" onClick={quickExit}>
            Quick exit
          </button>
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
        </div>
        <p className="quick-exit-hint">Press Esc twice, or tap Quick exit, to leave this site fast.</p>
        <nav aria-label="Main" id="site-nav" className={menuOpen ? 'site-nav open' : 'site-nav'}>
          <ul className="nav-list">
            {ROUTES.filter((r) => r.nav).map((r) => (
              <li key={r.path}>
                <Link to={r.path}>{r.nav}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {route ? route.render() : <NotFoundPage />}
      </main>
      <footer className="site-footer">
        <p>
          Backstop Help keeps what you add on this device. Nothing is sent anywhere unless you choose to, and
          we tell you exactly what first.
        </p>
        <p>
          In danger right now? Call{' '}
          {/^\d+$/.test(country.emergencyNumber) ? (
            <a href={`tel:${country.emergencyNumber}`}>{country.emergencyNumber}</a>
          ) : (
            country.emergencyNumber
          )}
          . <Link to="/support">Find someone to talk to</Link>.
        </p>
        <p data-testid="footer-operator">
          {operator?.name
            ? `This copy is run by ${operator.name}.`
            : operator === null
              ? ''
              : NO_OPERATOR_DETAILS}{' '}
          <Link to="/about">About this site</Link> · <Link to="/cover-your-tracks">Cover your tracks</Link>
        </p>
      </footer>
    </>
  );
}
