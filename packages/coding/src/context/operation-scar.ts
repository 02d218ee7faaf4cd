/**
 * @module context/operation-scar
 * A scar named by the operation that left it ("midline sternotomy scar", "cesarean section
 * scars", "surgical scar", "bilateral knee scars from prior surgeries") is the trace of a past
 * procedure, found on examination. The claim profile codes the conditions that require or
 * affect care (Guidelines IV.J); such a scar needs none, and what makes a scar a problem has
 * index subterms of its own ("Scar, hypertrophic L91.0", "Scar, contracture", "Keloid"), which
 * are read and coded as before. The mentions profile lists it, as it lists every past condition.
 */
import type { Token } from '../text/tokens.ts';

/** A word naming an operation or its incision: "-tomy", "-ectomy", "-plasty", "surgical". */
const OPERATION_WORD =
  /(?:tomy|tomies|ectomy|ectomies|stomy|plasty|plasties|pexy|rrhaphy|scopy|scopic)$|^(?:surgical|surgery|surgeries|postsurgical|post-surgical|operative|postoperative|incision|incisions|incisional|port|trocar|c-section|section|operation|operations|graft|harvest|biopsy|replacement|repair)$/;

/** The scar words of the main term "Scar, scarring L90.5". */
const SCAR = /^scar(?:s|red|ring)?$/;

/**
 * The token naming the operation that left the scar at `at` (a scar word), or undefined: a
 * word before it ("sternotomy scar", "well-healed surgical scar", "cesarean section scar") or a
 * "from" phrase after it ("scars from prior surgeries", "scar from his thyroidectomy").
 */
export function operationOfScar(tokens: readonly Token[], at: number): Token | undefined {
  if (!SCAR.test(tokens[at]?.lower ?? '')) return undefined;
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    if (OPERATION_WORD.test(t.lower)) return t;
  }
  if (tokens[at + 1]?.lower !== 'from') return undefined;
  for (let j = at + 2; j < tokens.length && j <= at + 7; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') break;
    if (OPERATION_WORD.test(t.lower)) return t;
  }
  return undefined;
}
