/**
 * @module cms/hcpcs/lookup
 * `codes show` and `codes stats` for HCPCS: Level II codes from the CMS file; CPT (Level I) codes
 * from the customer's licensed file, or, without one, as known by presence in CMS tables with no
 * description (AMA content is never shipped). A HCPCS code is billable when active on the date.
 */
import { isCptFormat, parseHcpcs } from '@medcode/domain';
import type { CodeDetail, SystemLookup } from '../../lookup/types.ts';
import type { CodeSetStore } from '../../store.ts';
import { CPT_CUSTOMER_DATASET } from '../cpt/loader.ts';
import { cptKnown } from '../cpt/presence.ts';
import type { SearchDocument } from '../../search-document.ts';
import { HCPCS_ACTION, HCPCS_COVERAGE } from './record.ts';
import { HCPCS_DATASET, type HcpcsEntry, hcpcsCodes, hcpcsCounts, hcpcsLevel2 } from './read.ts';

/**
 * Level II code ranges by first letter (CMS, "HCPCS Level II coding procedures": the code
 * series and what each holds).
 */
export const HCPCS_SECTIONS: Readonly<Record<string, string>> = {
  A: 'Transportation services, medical and surgical supplies, miscellaneous and experimental',
  B: 'Enteral and parenteral therapy',
  C: 'Outpatient prospective payment system (temporary hospital codes)',
  D: 'Dental procedures',
  E: 'Durable medical equipment',
  G: 'Procedures and professional services (temporary)',
  H: 'Alcohol and drug abuse treatment and behavioral health services',
  J: 'Drugs administered other than oral method, chemotherapy drugs',
  K: 'Temporary codes for durable medical equipment',
  L: 'Orthotic and prosthetic procedures and devices',
  M: 'Medical services and quality measures',
  P: 'Pathology and laboratory services',
  Q: 'Temporary codes',
  R: 'Diagnostic radiology services',
  S: 'Temporary national codes (non-Medicare)',
  T: 'National codes established for state Medicaid agencies',
  U: 'Laboratory tests (coronavirus and other)',
  V: 'Vision, hearing and speech-language pathology services',
};

function extraOf(e: HcpcsEntry): Record<string, string | number | boolean> {
  const extra: Record<string, string | number | boolean> = {};
  const put = (k: string, v: string | number | undefined): void => {
    if (v !== undefined && v !== '') extra[k] = v;
  };
  put('coverage', e.coverage && `${e.coverage} ${HCPCS_COVERAGE[e.coverage] ?? ''}`.trim());
  put('pricingIndicators', e.pricing.join(' '));
  put('multiplePricingIndicator', e.multiplePricing);
  put('betos', e.betos);
  put('typeOfService', e.typeOfService.join(' '));
  put('labCertification', e.labCert.join(' '));
  put('ascGroup', e.ascGroup);
  put('opps', e.opps);
  put('oppsPaymentIndicator', e.oppsIndicator);
  put('statute', e.statute);
  put('coverageManual', e.cim.join(' '));
  put('carriersManual', e.mcm.join(' '));
  put('processingNote', e.procNote);
  put('anesthesiaBaseUnits', e.anesthesiaBaseUnits === 0 ? undefined : e.anesthesiaBaseUnits);
  put('actionCode', e.actionCode && `${e.actionCode} ${HCPCS_ACTION[e.actionCode] ?? ''}`.trim());
  put('actionEffective', e.actionDate);
  return extra;
}

function showLevel2(store: CodeSetStore, code: string, on: string): CodeDetail | undefined {
  const e = hcpcsLevel2(store, code, on);
  if (!e) return undefined;
  const section = HCPCS_SECTIONS[code[0] ?? ''];
  const caveats: string[] = [];
  if (e.addDate !== undefined && on < e.addDate) caveats.push(`not yet in effect: added ${e.addDate}`);
  if (e.termDate !== undefined && on > e.termDate)
    caveats.push(
      `terminated: last day of use ${e.termDate}${e.xref.length > 0 ? `; cross-reference ${e.xref.join(', ')}` : ''}`,
    );
  if (e.release.label !== undefined) caveats.push(e.release.label);
  return {
    code,
    system: 'hcpcs',
    description: e.longDescription,
    shortDescription: e.shortDescription,
    billable: e.active,
    valid: e.active,
    on,
    release: { id: e.release.id, version: e.release.version, covers: e.covers },
    ...(e.addDate !== undefined ? { validFrom: e.addDate } : {}),
    ...(e.termDate !== undefined ? { validTo: e.termDate } : {}),
    // Cross-references point a deleted code (or one not valid for Medicare) at the code to use.
    ...(!e.active && e.xref.length > 0
      ? {
          replacedBy: e.xref.map((x) => ({
            code: x,
            source: `HCPCS cross-reference (${e.release.version})`,
          })),
        }
      : {}),
    path: section !== undefined ? [{ level: 'section', id: code[0] ?? '', title: section }] : [],
    notes: {},
    extra: extraOf(e),
    ...(caveats.length > 0 ? { caveats } : {}),
  };
}

function showCpt(store: CodeSetStore, code: string, on: string): CodeDetail | undefined {
  const k = cptKnown(store, code, on);
  if (!k.known) return undefined;
  const customer = k.description !== undefined;
  const choice = customer ? store.releaseOn(CPT_CUSTOMER_DATASET) : undefined;
  return {
    code,
    system: 'hcpcs',
    description:
      k.description ??
      'CPT code (description licensed by the AMA: install yours with `medcode setup --cpt FILE`)',
    // Known by presence in a dated CMS table, or in a customer file that carries no dates.
    billable: true,
    valid: true,
    on,
    release: choice
      ? { id: choice.release.id, version: choice.release.version, covers: choice.covers }
      : { id: k.sources.join(','), version: 'CMS tables', covers: true },
    path: [{ level: 'section', id: 'CPT', title: 'CPT (Level I HCPCS, AMA)' }],
    notes: {},
    extra: { cptSource: k.sources.join(' ') },
    ...(customer
      ? {}
      : {
          caveats: [
            `known from CMS tables (${k.sources.join(', ')}); CPT descriptions are the AMA's and are not shipped`,
          ],
        }),
  };
}

export const hcpcsLookup: SystemLookup = {
  system: 'hcpcs',
  show(store, input, on) {
    const parsed = parseHcpcs(input);
    if (!parsed.ok) return undefined;
    return isCptFormat(parsed.value) ? showCpt(store, parsed.value, on) : showLevel2(store, parsed.value, on);
  },
  stats(store, on) {
    if (!store.has(HCPCS_DATASET)) return undefined;
    const c = hcpcsCounts(store, on);
    return c && { valid: c.activeCodes, billable: c.activeCodes, release: c.release.id, covers: c.covers };
  },
};

/**
 * One search record per Level II code of the release in force on `on` (default: newest, with
 * "billable" as of its first day), and per CPT code of the customer's file when installed.
 */
export function hcpcsSearchDocuments(store: CodeSetStore, on?: string): SearchDocument[] {
  const docs: SearchDocument[] = [];
  if (store.has(HCPCS_DATASET)) {
    for (const r of hcpcsCodes(store, on)) {
      const terms: SearchDocument['terms'] = [{ text: r.long, source: 'title' }];
      if (r.short !== '' && r.short !== r.long) terms.push({ text: r.short, source: 'short' });
      docs.push({ system: 'hcpcs', code: r.code, title: r.long, billable: r.active, terms });
    }
  }
  const cpt = store.releaseOn(CPT_CUSTOMER_DATASET);
  if (cpt) {
    const rows = store
      .db(cpt.release.id)
      .prepare('SELECT code, description FROM cpt_codes ORDER BY code')
      .all() as {
      code: string;
      description: string;
    }[];
    for (const r of rows)
      docs.push({
        system: 'hcpcs',
        code: r.code,
        title: r.description,
        billable: true,
        terms: [{ text: r.description, source: 'title' }],
      });
  }
  return docs;
}
