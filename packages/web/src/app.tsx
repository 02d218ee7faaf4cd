/**
 * @module app
 * The shell: sign-in when nobody is, else the header (screens, who is signed in, the "?" key)
 * and the screen the address names. Global keys live here; each screen adds its own.
 */
import { lazy, Suspense, useState } from 'react';
import { can } from './auth/policy.ts';
import { useSession } from './auth/session.tsx';
import { SignIn } from './auth/sign-in.tsx';
import { ClaimScreen } from './claim/claim-screen.tsx';
import { EncoderScreen } from './encoder/encoder-screen.tsx';
import { HelpOverlay } from './keys/help-overlay.tsx';
import { useKeyListener, useShortcuts } from './keys/use-shortcuts.ts';
import { QueueScreen } from './queue/queue-screen.tsx';
import { useNextClaim } from './queue/use-next-claim.ts';
import { navigate, type Route, useRoute } from './router.ts';
import { AnnounceProvider } from './ui/announce.tsx';
import { useFocusKeeper } from './ui/focus-keeper.ts';
import { Kbd } from './ui/kbd.tsx';

// The charting library is most of the bundle and only the dashboard needs it: loaded on demand.
const DashboardScreen = lazy(() =>
  import('./dashboard/dashboard-screen.tsx').then((m) => ({ default: m.DashboardScreen })),
);

function isField(el: Element | null): el is HTMLElement {
  return (
    el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement
  );
}

function Shell() {
  const { user, signOut } = useSession();
  const route = useRoute();
  const [help, setHelp] = useState(false);
  const next = useNextClaim();
  useShortcuts(
    {
      help: () => setHelp((h) => !h),
      nextClaim: () => void next(),
      goQueue: () => navigate({ name: 'queue' }),
      goDashboard: () => navigate({ name: 'dashboard' }),
      goEncoder: () => navigate({ name: 'encoder' }),
      // Leaving a field puts the focus on the screen, where the single-letter keys act.
      escape: () => {
        const el = document.activeElement;
        if (isField(el)) {
          el.blur();
          document.querySelector<HTMLElement>('main')?.focus();
        }
      },
    },
    'app',
  );
  if (!user) return null;
  const tab = (r: Route['name'], label: string, key: 'goQueue' | 'goEncoder' | 'goDashboard') => (
    <a
      href={r === 'queue' ? '/' : `/${r}`}
      aria-current={route.name === r || (r === 'queue' && route.name === 'claim') ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        navigate({ name: r } as Route);
      }}
    >
      {label} <Kbd id={key} />
    </a>
  );
  return (
    <>
      <a className="skip" href="#main">
        Skip to the screen
      </a>
      <header className="topbar">
        <span className="brand">Medcode</span>
        <nav aria-label="Screens">
          {tab('queue', 'Work queue', 'goQueue')}
          {tab('encoder', 'Encoder', 'goEncoder')}
          {tab('dashboard', 'Dashboard', 'goDashboard')}
        </nav>
        {can(user.role, 'queue.work') ? (
          <button type="button" className="primary" onClick={() => void next()}>
            Next claim <Kbd id="nextClaim" />
          </button>
        ) : null}
        <span className="spacer" />
        <span className="who">
          {user.name} <span className="role">{user.role}</span>
        </span>
        <button type="button" onClick={() => setHelp(true)} aria-haspopup="dialog">
          Shortcuts <Kbd id="help" />
        </button>
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      {route.name === 'claim' ? (
        <ClaimScreen key={route.id} id={route.id} />
      ) : route.name === 'encoder' ? (
        <EncoderScreen />
      ) : route.name === 'dashboard' ? (
        <Suspense fallback={<p className="screen muted">Loading the dashboard…</p>}>
          <DashboardScreen />
        </Suspense>
      ) : (
        <QueueScreen />
      )}
      {help ? <HelpOverlay onClose={() => setHelp(false)} /> : null}
    </>
  );
}

export function App() {
  const { user } = useSession();
  useKeyListener();
  useFocusKeeper();
  return <AnnounceProvider>{user ? <Shell /> : <SignIn />}</AnnounceProvider>;
}
