/**
 * @module auth/session
 * Who is signed in, and the API client that carries their token. The token lives in
 * sessionStorage (gone when the tab closes) and the service ends it after its lifetime; a 401
 * from any call signs the workbench out at once.
 */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { ApiClient, type ApiResult } from '../api/client.ts';
import type { Session, User } from '../api/types.ts';

const KEY = 'medcode.session';

interface SessionValue {
  api: ApiClient;
  user: User | undefined;
  signIn(email: string, password: string): Promise<ApiResult<Session>>;
  signOut(): Promise<void>;
}

const Ctx = createContext<SessionValue | undefined>(undefined);

function stored(): Session | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return undefined;
    const s = JSON.parse(raw) as Session;
    return s.expiresAt > Date.now() ? s : undefined;
  } catch {
    return undefined;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(stored);
  // One client for the page; the token is swapped in place on sign-in and sign-out.
  // biome-ignore lint/correctness/useExhaustiveDependencies: created once, on purpose
  const api = useMemo(
    () =>
      new ApiClient({
        ...(session ? { token: session.token } : {}),
        onUnauthorized: () => {
          sessionStorage.removeItem(KEY);
          setSession(undefined);
        },
      }),
    [],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const r = await api.login(email, password);
      if (r.ok) {
        api.setToken(r.value.token);
        sessionStorage.setItem(KEY, JSON.stringify(r.value));
        setSession(r.value);
      }
      return r;
    },
    [api],
  );

  const signOut = useCallback(async () => {
    await api.logout();
    api.setToken(undefined);
    sessionStorage.removeItem(KEY);
    setSession(undefined);
  }, [api]);

  const value = useMemo(
    () => ({ api, user: session?.user, signIn, signOut }),
    [api, session, signIn, signOut],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

/** The signed-in user, for screens that only render when someone is signed in. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('no user signed in');
  return user;
}
