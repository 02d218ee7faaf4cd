/**
 * @module parse/read
 * One entry for the three input forms: the text's first character says which (`MSH` an HL7 v2
 * message; `{` JSON, a FHIR Bundle when its resourceType says so, the lab order JSON otherwise).
 */
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { LabOrder } from '../order.ts';
import { labOrderFromFhir } from './fhir.ts';
import { labOrderFromHl7 } from './hl7.ts';
import { labOrderFromJson } from './json.ts';

export type LabOrderForm = 'json' | 'fhir' | 'hl7v2';

export function detectForm(text: string): LabOrderForm | undefined {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('MSH')) return 'hl7v2';
  if (!t.startsWith('{')) return undefined;
  return /"resourceType"\s*:\s*"Bundle"/.test(t.slice(0, 2000)) ? 'fhir' : 'json';
}

/** Reads a lab order in any of the three forms; `file` is named in every problem. */
export function readLabOrder(text: string, file?: string): { order: LabOrder; form: LabOrderForm } {
  const form = detectForm(text);
  const place = file !== undefined ? { file } : {};
  if (form === undefined)
    throw new MedcodeError(
      ERROR_CODES.BAD_INPUT,
      'not a lab order: expected JSON, a FHIR Bundle, or an HL7 v2 ORM^O01 / OML^O21 message',
      { place: { ...place, line: 1 } },
    );
  if (form === 'hl7v2') return { order: labOrderFromHl7(text, file), form };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, `not valid JSON: ${(cause as Error).message}`, {
      place,
      cause,
    });
  }
  return { order: form === 'fhir' ? labOrderFromFhir(value, file) : labOrderFromJson(value, file), form };
}
