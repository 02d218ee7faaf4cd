/**
 * @module icd10cm/xml-stream
 * Streaming the CDC XML files (tabular list, index, tables) through saxes: plain or gzip'd,
 * never held whole in memory as a tree. Malformed XML becomes a `MedcodeError` naming the
 * file and line.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(t: string): void;
}

function parser(h: XmlHandlers): SaxesParser {
  const p = new SaxesParser();
  p.on('opentag', (t) => h.open(t.name, t.attributes as Record<string, string>));
  p.on('closetag', (t) => h.close(t.name));
  p.on('text', (t) => h.text(t));
  return p;
}

function wrap(e: unknown, file: string, line: number): MedcodeError {
  if (e instanceof MedcodeError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new MedcodeError(ERROR_CODES.BAD_INPUT, `malformed XML: ${msg}`, {
    place: { file, line },
    cause: e,
  });
}

/** Parses a whole XML text (tests, small files). */
export function parseXmlText(text: string, h: XmlHandlers, file: string): void {
  const p = parser(h);
  try {
    p.write(text).close();
  } catch (e) {
    throw wrap(e, file, p.line);
  }
}

/** Streams an XML file, gunzipping it when its name ends in .gz. */
export async function parseXmlFile(path: string, h: XmlHandlers, file: string): Promise<void> {
  const p = parser(h);
  const raw = createReadStream(path);
  const input = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  input.setEncoding('utf8');
  try {
    for await (const chunk of input) p.write(chunk as string);
    p.close();
  } catch (e) {
    raw.destroy();
    throw wrap(e, file, p.line);
  }
}
