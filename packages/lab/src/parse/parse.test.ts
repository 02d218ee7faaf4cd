// The three input forms of one hand-made order (fixtures/order.json, bundle.json, order.hl7)
// read to the same order; every problem names its place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMedcodeError, type MedcodeError } from '@medcode/domain';
import { describe, expect, it } from 'vitest';
import { labOrderFromFhir } from './fhir.ts';
import { labOrderFromHl7 } from './hl7.ts';
import { labOrderFromJson } from './json.ts';
import { detectForm, readLabOrder } from './read.ts';

const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8');

function thrown(f: () => unknown): MedcodeError {
  try {
    f();
  } catch (e) {
    if (isMedcodeError(e)) return e;
    throw e;
  }
  throw new Error('expected a MedcodeError');
}

describe('the three forms of one order', () => {
  const json = readLabOrder(fixture('order.json'), 'order.json');
  const fhir = readLabOrder(fixture('bundle.json'), 'bundle.json');
  const hl7 = readLabOrder(fixture('order.hl7'), 'order.hl7');

  it('are detected by their first characters', () => {
    expect([json.form, fhir.form, hl7.form]).toEqual(['json', 'fhir', 'hl7v2']);
    expect(detectForm('PID|1')).toBeUndefined();
  });

  it('read to the same order', () => {
    expect(json.order.diagnoses).toEqual(['I2582', 'R5383']);
    expect(json.order.tests.map((t) => t.code)).toEqual(['80061', '83036']);
    expect(fhir.order).toEqual(json.order);
    expect(hl7.order).toEqual(json.order);
  });
});

describe('problems name their place', () => {
  it('JSON: the path of each bad value, all at once', () => {
    const e = thrown(() =>
      labOrderFromJson(
        {
          id: 'X',
          coverage: { kind: 'medicare' },
          tests: [{ code: '80061' }, { code: 'LIPID' }],
          diagnoses: ['E78.5', '250.00'],
          collectionDate: '2026-02-30',
          orderingProvider: { npi: '12345' },
        },
        'o.json',
      ),
    );
    expect(e.code).toBe('bad-input');
    expect(e.place).toEqual({ file: 'o.json', field: 'tests[1].code' });
    for (const where of ['tests[1].code', 'diagnoses[1]', 'collectionDate', 'orderingProvider.npi'])
      expect(e.message).toContain(where);
  });

  it('JSON: the schema names unknown and missing fields', () => {
    const e = thrown(() => labOrderFromJson({ id: 'X', tests: [], colour: 'red' }));
    expect(e.message).toContain('coverage');
    expect(e.message).toContain('colour');
  });

  it('FHIR: the resource and element', () => {
    const bundle = JSON.parse(fixture('bundle.json'));
    bundle.entry[0].resource.reasonReference.push({ reference: 'Condition/nowhere' });
    bundle.entry[5].resource.code.coding[0].code = '414.01';
    const e = thrown(() => labOrderFromFhir(bundle, 'b.json'));
    expect(e.message).toContain('ServiceRequest/sr-1');
    expect(e.message).toContain('ServiceRequest.reasonReference[2]');
    expect(e.message).toContain('Condition/c1');
  });

  it('HL7 v2: the segment, its position and the field', () => {
    const text = fixture('order.hl7').replace('83036^Hemoglobin A1c^CPT4', 'A1C^Hemoglobin A1c^CPT4');
    const e = thrown(() => labOrderFromHl7(text, 'o.hl7'));
    expect(e.place).toEqual({ file: 'o.hl7', segment: 'OBR', segmentIndex: 10, field: 'OBR-4.1' });
  });

  it('HL7 v2: another message type is refused at MSH-9', () => {
    const text = fixture('order.hl7').replace('ORM^O01', 'ADT^A01');
    expect(thrown(() => labOrderFromHl7(text)).place).toMatchObject({ segment: 'MSH', field: 'MSH-9' });
  });

  it('HL7 v2: escapes in text are decoded, LF line ends accepted, OML^O21 read with SPM-17', () => {
    const text = fixture('order.hl7')
      .replace('ORM^O01', 'OML^O21')
      .replace('Lipid panel', 'Lipid \\T\\ panel')
      .replace('|20260302083000|', '||')
      .replace(/\r$/, '\rSPM|1|||BLD|||||||||||||20260302\r')
      .replace(/\r/g, '\n');
    const o = labOrderFromHl7(text);
    expect(o.tests[0]!.name).toBe('Lipid & panel');
    expect(o.collectionDate).toBe('2026-03-02');
  });

  it('an NPI of ten digits with a wrong check digit is kept for the review to report', () => {
    const o = labOrderFromJson({
      id: 'X',
      coverage: { kind: 'medicare' },
      orderingProvider: { npi: '1234567890' },
    });
    expect(o.orderingProvider.npi).toBe('1234567890');
  });
});
