/**
 * @module ui/announce
 * One polite live region for the page: "Claim saved", "Fix applied", "No claim waiting".
 * Screen readers hear it; sighted users see it in the corner for a few seconds.
 */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';

type Tone = 'ok' | 'problem';
type Announce = (message: string, tone?: Tone) => void;

const Ctx = createContext<Announce>(() => {});

export function AnnounceProvider({ children }: { children: ReactNode }) {
  const [msg, setMsg] = useState<{ text: string; tone: Tone; n: number }>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const announce = useCallback<Announce>((text, tone = 'ok') => {
    setMsg((m) => ({ text, tone, n: (m?.n ?? 0) + 1 }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMsg(undefined), tone === 'problem' ? 8000 : 4000);
  }, []);
  const value = useMemo(() => announce, [announce]);
  return (
    <Ctx.Provider value={value}>
      {children}
      <div className={`toast ${msg ? `toast-${msg.tone}` : 'toast-empty'}`} role="status" aria-live="polite">
        {msg?.text}
      </div>
    </Ctx.Provider>
  );
}

export const useAnnounce = (): Announce => useContext(Ctx);
