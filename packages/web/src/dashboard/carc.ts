/**
 * @module dashboard/carc
 * Short names for the Claim Adjustment Reason Codes the checker predicts (X12 external code
 * list 139, CARC), for the chart's legend. Paraphrased; the code is what counts.
 */
export const CARC_NAMES: Record<string, string> = {
  '4': 'procedure inconsistent with the modifier',
  '5': 'procedure or bill type inconsistent with place of service',
  '9': 'diagnosis inconsistent with the age',
  '10': 'diagnosis inconsistent with the sex',
  '16': 'missing information or billing error',
  '18': 'duplicate claim or service',
  '29': 'filing time limit passed',
  '50': 'not medically necessary',
  '107': 'qualifying service not on the claim',
  '119': 'benefit maximum reached',
  '146': 'diagnosis invalid on the date of service',
  '151': 'more services than the information supports',
  '181': 'procedure code invalid on the date of service',
  '182': 'modifier invalid on the date of service',
  '197': 'authorization absent',
  '204': 'not covered by the plan',
  '236': 'procedure pair not allowed together (NCCI)',
};

/** "CO-236" → "CO-236 procedure pair not allowed together (NCCI)". */
export function carcLabel(key: string): string {
  const reason = key.split('-')[1] ?? '';
  const name = CARC_NAMES[reason];
  return name ? `${key} ${name}` : key;
}
