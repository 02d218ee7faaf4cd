/**
 * @module icd10cm/lookup
 * `codes show` and `codes stats` for ICD-10-CM. The release in force on the date answers
 * (FY N: October 1 of N-1 to September 30 of N); for a date no code release covers, the
 * history since FY2016 answers; past that, the nearest release does and the answer says so.
 * `valid`: the code exists on the date; `billable`: valid for submission (order file flag 1,
 * Guidelines Section I.A.3). Notes come from the tabular list (FY2023, the newest on hand):
 * inherited from every level above, tagged with their level; none for codes it lacks.
 */
import { formatIcd10Cm, parseIcd10Cm } from '@medcode/domain';
import type { CodeDetail, CodeNote, NoteKind, SystemLookup, SystemStats } from '../lookup/types.ts';
import type { CodeSetStore } from '../store.ts';
import { type CodeAnswer, codesOn } from './codes-read.ts';
import { openHistory, replacementsOf, spansOf, validity } from './history-read.ts';
import { groupNotes, locate, notesAt, type TabularPlace, tabularSource } from './tabular-read.ts';

export const NOTE_KINDS: readonly NoteKind[] = [
  'excludes1',
  'excludes2',
  'useAdditionalCode',
  'codeFirst',
  'codeAlso',
  'includes',
  'inclusionTerms',
  'sevenChrDef',
  'sevenChrNote',
  'notes',
];

function pathOf(answer: CodeAnswer, code: string, place: TabularPlace | undefined): CodeDetail['path'] {
  const path: CodeDetail['path'] = [];
  const tab = place ? (place.seventh === undefined ? place.lineage.slice(0, -1) : place.lineage) : [];
  for (const n of tab) {
    const current = n.level === 'chapter' || n.level === 'section' ? undefined : answer.header(n.key);
    path.push({ level: n.level === 'code' ? 'subcategory' : n.level, id: n.id, title: current ?? n.title });
  }
  if (place) return path;
  // Not in the tabular list: the headers of the order file above it (codes nest by prefix).
  for (let len = 3; len < code.length; len++) {
    const title = answer.header(code.slice(0, len));
    if (title !== undefined)
      path.push({
        level: len === 3 ? 'category' : 'subcategory',
        id: formatIcd10Cm(code.slice(0, len)),
        title,
      });
  }
  return path;
}

function notesFor(
  store: CodeSetStore,
  code: string,
  on: string,
  current: string | undefined,
  caveats: string[],
): Pick<CodeDetail, 'notes' | 'notesFrom'> & { place?: TabularPlace } {
  const notes: Partial<Record<NoteKind, CodeNote[]>> = {};
  for (const k of NOTE_KINDS) notes[k] = [];
  const tab = tabularSource(store, on);
  if (!tab) {
    caveats.push('the ICD-10-CM tabular list is not installed: no instructional notes');
    return { notes };
  }
  const place = locate(tab.db, code);
  if (!place) {
    caveats.push(
      `${formatIcd10Cm(code)} is not in the FY${tab.version} tabular list (the newest on hand): its instructional notes are not known, none are shown`,
    );
    return { notes, notesFrom: tab.version };
  }
  Object.assign(notes, groupNotes(notesAt(tab.db, place)));
  if (current !== undefined && place.seventh === undefined && place.node.title !== current)
    caveats.push(
      `the title changed since FY${tab.version} ("${place.node.title}"): check its notes still apply`,
    );
  return { notes, notesFrom: tab.version, place };
}

function show(store: CodeSetStore, input: string, on: string): CodeDetail | undefined {
  const parsed = parseIcd10Cm(input);
  if (!parsed.ok) return undefined;
  const code = parsed.value as string;
  const answer = codesOn(store, on);
  if (!answer) return undefined;
  const history = openHistory(store);
  const spans = history ? spansOf(history, code) : [];
  const row = answer.code(code);
  if (!row && spans.length === 0) return undefined;
  const caveats: string[] = [...answer.caveats];
  const last = spans.at(-1);
  const description = row?.long ?? last?.long ?? '';
  const { notes, notesFrom, place } = notesFor(store, code, on, row?.long, caveats);
  const detail: CodeDetail = {
    code: formatIcd10Cm(code),
    system: 'icd10cm',
    description,
    shortDescription: row?.short ?? last?.short ?? '',
    billable: row?.billable ?? false,
    valid: row !== undefined,
    on,
    release: answer.release,
    path: pathOf(answer, code, place),
    notes,
    ...(notesFrom !== undefined ? { notesFrom } : {}),
  };
  const run = validity(spans, on);
  if (run) {
    detail.validFrom = run.from;
    // An end in the newest year on hand is not an end: the code is still in the newest release.
    if (history && run.to < `${history.lastFy}-09-30`) detail.validTo = run.to;
  }
  if (history && (!detail.valid || !detail.billable)) {
    const replaced = replacementsOf(history, code, on, detail.valid);
    if (replaced.length > 0) {
      detail.replacedBy = replaced.map((r) => {
        const d = answer.code(r.code)?.long ?? spansOf(history, r.code).at(-1)?.long;
        return {
          code: formatIcd10Cm(r.code),
          ...(d !== undefined ? { description: d } : {}),
          source: r.source,
        };
      });
    }
  }
  if (!detail.valid) caveats.push(notValidWhy(detail, on));
  else if (!detail.billable) caveats.push('a header, not valid for submission: report a code below it');
  if (place?.seventh !== undefined) {
    const def = notes.sevenChrDef?.find((n) => n.char === place.seventh);
    if (def) detail.extra = { seventhCharacter: `${place.seventh}: ${def.text}` };
  }
  if (caveats.length > 0) detail.caveats = caveats;
  return detail;
}

function notValidWhy(d: CodeDetail, on: string): string {
  if (d.validFrom !== undefined && d.validFrom > on) return `not valid on ${on}: valid from ${d.validFrom}`;
  if (d.validTo !== undefined) return `not valid on ${on}: deleted after ${d.validTo}`;
  return `not valid on ${on}`;
}

function stats(store: CodeSetStore, on: string): SystemStats | undefined {
  const answer = codesOn(store, on);
  if (!answer) return undefined;
  return { ...answer.counts(), release: answer.release.id, covers: answer.release.covers };
}

export const icd10cmLookup: SystemLookup = { system: 'icd10cm', show, stats };
