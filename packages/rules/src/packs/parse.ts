/**
 * @module packs/parse
 * Reading a pack's text (YAML or JSON) into a checked `Pack`, and compiling it. The caller reads
 * the file (the CLI, the server): this module does no I/O. Every problem names the file and the
 * path inside it.
 */
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { type CompiledPack, compilePack } from './compile.ts';
import { type Pack, packSchema } from './schema.ts';
import { claimEngine } from '../library.ts';

export function parsePack(text: string, file: string): Pack {
  let raw: unknown;
  try {
    raw = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, `not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}`, {
      place: { file },
      cause,
    });
  }
  const r = packSchema.safeParse(raw);
  if (!r.success) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, `not a valid payer pack:\n${z.prettifyError(r.error)}`, {
      place: { file },
    });
  }
  return r.data;
}

/**
 * Parses and compiles a pack, and compiles its rules once against the claim engine, so a pack
 * naming an unknown fact, operator or finding code fails here, with the file named.
 */
export function loadPack(text: string, file: string): CompiledPack {
  const pack = compilePack(parsePack(text, file));
  try {
    claimEngine.compile({ kind: 'scrub', rules: pack.rules });
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, `pack ${pack.name}: ${(cause as Error).message}`, {
      place: { file },
      cause,
    });
  }
  return pack;
}
