/**
 * @module auth/sign-in
 * The sign-in form. Errors are said in words next to the form and announced.
 */
import { type FormEvent, useState } from 'react';
import { useSession } from './session.tsx';

export function SignIn() {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const r = await signIn(email.trim(), password);
    setBusy(false);
    if (!r.ok)
      setProblem(r.error.status === 401 ? 'The email or the password is not right.' : r.error.message);
  }

  return (
    <main className="signin" aria-labelledby="signin-title">
      <form className="signin-card" onSubmit={submit} noValidate>
        <h1 id="signin-title">Medcode workbench</h1>
        <p className="muted">Sign in to code, check and query claims.</p>
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          // biome-ignore lint/a11y/noAutofocus: the only thing to do on this screen
          autoFocus
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div role="alert" className="form-problem">
          {problem}
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
