/**
 * @module packs/compile
 * A payer pack becomes engine rules: each pack rule id is one `RuleSpec` whose versions are the
 * pack versions that carry it (a version runs until the day before the next one starts, unless
 * it says `to`), with the rule's data as version parameters. So the date of service picks the
 * pack version exactly as it picks the version of a library rule, and every finding cites the
 * pack, its version and the rule.
 */
import type { Severity } from '@medcode/domain';
import { addDays, ERROR_CODES, type IsoDate, MedcodeError } from '@medcode/domain';
import type { Citation, Condition, JsonValue, RuleSpec, RuleVersion } from '../engine/types.ts';
import '../claim/facts-payer.ts';
import type { Pack, PackRule } from './schema.ts';

export interface CompiledPack {
  name: string;
  title: string;
  /** Version labels, oldest first. */
  versions: string[];
  rules: RuleSpec[];
  severityOf?: (code: string) => Severity | undefined;
}

const CONTEXTS = ['scrub', 'adjudication', 'labOrder'];
const lineIn = { fact: 'line.procedure', operator: 'inCodeList', value: { param: 'procedures' } } as const;

interface Shape {
  finding: string;
  scope: 'claim' | 'line' | 'diagnosis';
  when: Condition;
  message: string;
  field?: string;
  params: Record<string, JsonValue>;
}

/** The condition, message and parameters of one pack rule kind. */
function shape(r: PackRule): Shape {
  const title = r.title ?? r.id;
  switch (r.kind) {
    case 'priorAuthorization':
      return {
        finding: 'PY001',
        scope: 'line',
        when: { all: [lineIn, { fact: 'claim.priorAuthorization', operator: 'exists', value: false }] },
        message:
          'line {line.number}: {line.procedure} needs prior authorization ({$param.title}); the claim carries none (REF*G1)',
        field: 'priorAuthorization',
        params: { procedures: r.procedures, title },
      };
    case 'modifiersNotAccepted':
      return {
        finding: 'PY002',
        scope: 'line',
        when: { fact: 'line.modifiers', operator: 'containsAny', value: { param: 'modifiers' } },
        message: `line {line.number}: the payer does not accept modifier {line.modifiers} here ({$param.title})${r.instead ? '; it expects {$param.instead}' : ''}`,
        field: 'modifiers',
        params: { modifiers: r.modifiers, title, ...(r.instead ? { instead: r.instead } : {}) },
      };
    case 'referringProviderRequired':
      return r.procedures
        ? {
            finding: 'PY003',
            scope: 'line',
            when: { all: [lineIn, { fact: 'claim.referringNpi', operator: 'exists', value: false }] },
            message: 'line {line.number}: {line.procedure} requires a referring provider ({$param.title})',
            field: 'providers',
            params: { procedures: r.procedures, title },
          }
        : {
            finding: 'PY003',
            scope: 'claim',
            when: { fact: 'claim.referringNpi', operator: 'exists', value: false },
            message: 'the payer requires a referring provider on every claim ({$param.title})',
            field: 'providers',
            params: { title },
          };
    case 'timelyFiling':
      return {
        finding: 'PY004',
        scope: 'claim',
        when: { fact: 'claim.daysSinceService', operator: 'greaterThan', value: { param: 'days' } },
        message:
          'the first date of service {claim.dos} is {claim.daysSinceService} days ago; the filing limit is {$param.days} days',
        params: { days: r.days, title },
      };
    case 'frequencyLimit':
      return {
        finding: 'PY005',
        scope: 'line',
        when: {
          predicate: 'frequencyExceeded',
          params: { procedures: { param: 'procedures' }, max: { param: 'max' }, days: { param: 'days' } },
        },
        message:
          'line {line.number}: {line.procedure} exceeds {$param.max} in {$param.days} days ({$param.title})',
        params: { procedures: r.procedures, max: r.max, days: r.days, title },
      };
    case 'coveredDiagnoses':
      return {
        finding: 'MN002',
        scope: 'line',
        when: {
          all: [
            lineIn,
            { fact: 'line.diagnoses', operator: 'noneInCodeList', value: { param: 'diagnoses' } },
          ],
        },
        message:
          'line {line.number}: {line.procedure} is covered for {$param.diagnoses} only ({$param.title}); the line points to {line.diagnoses}',
        field: 'diagnosisPointers',
        params: { procedures: r.procedures, diagnoses: r.diagnoses, title },
      };
    case 'notCovered':
      return {
        finding: 'PY006',
        scope: 'line',
        when: r.diagnoses
          ? {
              all: [
                lineIn,
                { fact: 'line.diagnoses', operator: 'anyInCodeList', value: { param: 'diagnoses' } },
              ],
            }
          : lineIn,
        message: 'line {line.number}: {line.procedure} is not covered by the plan ({$param.title})',
        params: { procedures: r.procedures, ...(r.diagnoses ? { diagnoses: r.diagnoses } : {}), title },
      };
    case 'condition':
      return {
        finding: r.finding ?? 'PY007',
        scope: r.scope,
        when: r.when,
        message: r.message,
        ...(r.field !== undefined ? { field: r.field } : {}),
        params: { title },
      };
  }
}

export function compilePack(pack: Pack): CompiledPack {
  const versions = [...pack.versions].sort((a, b) => a.from.localeCompare(b.from));
  const byId = new Map<string, { spec: Omit<RuleSpec, 'versions'>; kind: string; versions: RuleVersion[] }>();
  versions.forEach((v, k) => {
    const next = versions[k + 1];
    const to = v.to ?? (next ? addDays(next.from as IsoDate, -1) : undefined);
    for (const r of v.rules) {
      const s = shape(r);
      const cite: Citation[] = [{ kind: 'payerPack', pack: pack.pack, version: v.version, rule: r.id }];
      if (r.source) cite.push({ kind: 'policy', document: r.source });
      const version: RuleVersion = {
        from: v.from,
        ...(to !== undefined ? { to } : {}),
        params: s.params,
        cite,
        ...(r.severity ? { severity: r.severity } : {}),
        when: s.when,
      };
      const known = byId.get(r.id);
      if (known && known.kind !== r.kind) {
        throw new MedcodeError(
          ERROR_CODES.BAD_INPUT,
          `pack ${pack.pack}: rule ${r.id} is a ${known.kind} in one version and a ${r.kind} in another`,
        );
      }
      if (known) {
        known.versions.push(version);
        continue;
      }
      byId.set(r.id, {
        kind: r.kind,
        spec: {
          id: `${pack.pack}/${r.id}`,
          finding: s.finding,
          contexts: CONTEXTS,
          scope: s.scope,
          when: s.when,
          message: s.message,
          ...(s.field !== undefined ? { field: s.field } : {}),
          ...(r.fix !== undefined ? { fixText: r.fix } : {}),
        },
        versions: [version],
      });
    }
  });
  const severity = pack.severity;
  return {
    name: pack.pack,
    title: pack.title,
    versions: versions.map((v) => v.version),
    rules: [...byId.values()].map((r) => ({ ...r.spec, versions: r.versions })),
    ...(Object.keys(severity).length > 0 ? { severityOf: (code: string) => severity[code] } : {}),
  };
}
