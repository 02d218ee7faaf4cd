/**
 * @module fees/pfs/pfs-loader
 * One physician fee schedule release (RVUyyX): the PPRRVU file, and whichever companion files
 * the release lists (GPCI, LOCCO, ANES, OPPSCAP), told apart by the names CMS gives them.
 */
import { basename } from 'node:path';
import type { DatasetLoader } from '../../install/loader.ts';
import { badRecord } from '../../edits/read/problems.ts';
import { writeMeta } from '../../edits/read/release-db.ts';
import { inTransaction } from '../../edits/read/transaction.ts';
import {
  COMPANION_SCHEMA,
  loadAnesthesia,
  loadGpci,
  loadLocalityCounties,
  loadOppsCap,
} from './companion-files.ts';
import { loadPprrvu, PFS_RVU_SCHEMA } from './pprrvu-file.ts';

export const pfsLoader: DatasetLoader = {
  name: 'pfs-rvu',
  version: 2,
  async load(ctx) {
    ctx.db.exec(PFS_RVU_SCHEMA);
    ctx.db.exec(COMPANION_SCHEMA);
    const meta: Record<string, string | number> = {};
    const csvs = ctx.release.files.filter((f) => f.name.toLowerCase().endsWith('.csv'));
    if (!csvs.some((f) => /^PPRRVU/i.test(f.name)))
      throw badRecord({ file: ctx.release.id }, 'a PFS release needs its PPRRVU .csv file');
    await inTransaction(ctx.db, async () => {
      for (const [i, f] of csvs.entries()) {
        const path = ctx.file(f.name);
        const name = basename(f.name);
        if (/^PPRRVU/i.test(name)) {
          const { rows, conversionFactor } = await loadPprrvu(ctx.db, path);
          Object.assign(meta, { file: name, rows, conversionFactor });
        } else if (/^GPCI/i.test(name)) {
          Object.assign(meta, { gpciFile: name, gpciRows: await loadGpci(ctx.db, path) });
        } else if (/LOCCO/i.test(name)) {
          Object.assign(meta, { localityFile: name, localityRows: await loadLocalityCounties(ctx.db, path) });
        } else if (/^ANES/i.test(name)) {
          const { rows, national } = await loadAnesthesia(ctx.db, path);
          Object.assign(meta, { anesthesiaFile: name, anesthesiaRows: rows });
          if (national !== undefined) meta.anesthesiaNationalCf = national;
        } else if (/^OPPSCAP/i.test(name)) {
          Object.assign(meta, { oppsCapFile: name, oppsCapRows: await loadOppsCap(ctx.db, path) });
        } else throw badRecord({ file: path }, 'not a file of a PFS relative value release');
        ctx.progress(i + 1, csvs.length, 'PFS files');
      }
    });
    writeMeta(ctx.db, meta);
  },
};
