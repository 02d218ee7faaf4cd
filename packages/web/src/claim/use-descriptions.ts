/**
 * @module claim/use-descriptions
 * The description of each code on the claim (GET /api/codes/{code}), fetched once per code and
 * date, so the form reads "E11.22 Type 2 diabetes mellitus with diabetic chronic kidney disease"
 * and not only the code.
 */
import { useEffect, useState } from 'react';
import { useSession } from '../auth/session.tsx';

export function useDescriptions(codes: readonly string[], on: string | undefined): Record<string, string> {
  const { api } = useSession();
  const [known, setKnown] = useState<Record<string, string>>({});
  const wanted = [...new Set(codes.filter((c) => c.length >= 3))].sort().join(' ');

  useEffect(() => {
    const missing = wanted.split(' ').filter((c) => c !== '' && !(c in known));
    if (missing.length === 0) return;
    let live = true;
    void Promise.all(
      missing.map(async (c) => {
        const r = await api.code(c, on);
        const d = r.ok ? r.value.results[0] : undefined;
        return [
          c,
          d ? (d.valid ? d.description : `${d.description} (not valid on ${d.on})`) : '(unknown code)',
        ] as const;
      }),
    ).then((pairs) => {
      if (live) setKnown((k) => ({ ...k, ...Object.fromEntries(pairs) }));
    });
    return () => {
      live = false;
    };
  }, [api, wanted, on, known]);

  return known;
}
