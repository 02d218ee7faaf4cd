/**
 * @module cms/gems/loader
 * The General Equivalence Mappings (CMS/CDC, final 2018 release): ICD-9-CM <-> ICD-10-CM
 * diagnoses and ICD-9-CM volume 3 <-> ICD-10-PCS procedures, both directions. Each line holds a
 * source code, a target code and five flag digits (GEMs technical documentation, "GEM file
 * format"): approximate, no map, combination, scenario (0-9), choice list (0-9). A no-map line
 * names the target NoDx or NoPCS. The file a line comes from is chosen by its name
 * (2018_gem_{cm|pcs}_{I10I9|I9I10}.txt, gzip'd or not).
 */
import { basename } from 'node:path';
import type { DatasetLoader } from '../../install/loader.ts';
import { badInput, gzipText, numberedLines, plainText } from '../common/source-text.ts';

export const GEMS_SCHEMA = `
  CREATE TABLE gems (
    system TEXT NOT NULL, direction TEXT NOT NULL, source TEXT NOT NULL, target TEXT,
    approximate INTEGER NOT NULL, no_map INTEGER NOT NULL, combination INTEGER NOT NULL,
    scenario INTEGER NOT NULL, choice_list INTEGER NOT NULL
  );
  CREATE INDEX gems_source ON gems (system, direction, source);
  CREATE INDEX gems_target ON gems (system, direction, target);
`;

const NAME = /_gem_(cm|pcs)_(I10I9|I9I10)\.txt(\.gz)?$/i;
const LINE = /^(\S+)\s+(\S+)\s+([01])([01])([01])(\d)(\d)\s*$/;

export const gemsLoader: DatasetLoader = {
  name: 'gems',
  version: 1,
  load(ctx) {
    ctx.db.exec(GEMS_SCHEMA);
    const insert = ctx.db.prepare('INSERT INTO gems VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const files = ctx.release.files.map((f) => f.name);
    for (const [i, name] of files.entries()) {
      const kind = NAME.exec(name);
      if (!kind)
        throw badInput('not a GEM file name (…_gem_{cm|pcs}_{I10I9|I9I10}.txt[.gz])', { file: name });
      const system = kind[1]!.toLowerCase();
      const direction = kind[2]!.toUpperCase();
      const path = ctx.file(name);
      const src = kind[3] ? gzipText(path, 'windows-1252') : plainText(path, 'windows-1252');
      const where = basename(name);
      let rows = 0;
      ctx.db.transaction(() => {
        for (const { line, no } of numberedLines(src.text)) {
          if (line.trim() === '') continue;
          const m = LINE.exec(line);
          if (!m)
            throw badInput('not a GEM line (source, target, five flag digits)', { file: where, line: no });
          const noMap = m[4] === '1';
          insert.run(
            system,
            direction,
            m[1],
            noMap ? null : m[2],
            Number(m[3]),
            noMap ? 1 : 0,
            Number(m[5]),
            Number(m[6]),
            Number(m[7]),
          );
          rows++;
        }
      })();
      if (rows === 0) throw badInput('the GEM file is empty', { file: where });
      ctx.progress(i + 1, files.length, 'GEM files');
    }
  },
};
