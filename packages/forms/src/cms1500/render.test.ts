/**
 * The 1500 form renders: the PDF converts to one PNG per page with poppler's pdftoppm, and the
 * text poppler's pdftotext extracts holds the claim's values in their boxes. CI installs
 * poppler-utils (Debian); without it these tests fail with the command's error.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureClaim } from '../testing/fixture-claim.ts';
import { renderCms1500 } from './render.ts';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

async function render(lines: number): Promise<{ dir: string; pdf: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'medcode-1500-'));
  const pdf = join(dir, 'claim.pdf');
  writeFileSync(pdf, await renderCms1500([fixtureClaim(lines)], { date: new Date('2024-03-06T00:00:00Z') }));
  return { dir, pdf };
}

const pageText = (pdf: string, page: number) =>
  run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-']);

describe('1500 Claim Form PDF', () => {
  it('renders to one PNG per page: eight lines make two pages', async () => {
    const { dir, pdf } = await render(8);
    run('pdftoppm', ['-png', '-r', '60', pdf, join(dir, 'page')]);
    const pngs = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(pngs).toEqual(['page-1.png', 'page-2.png']);
    expect(run('pdfinfo', [pdf])).toMatch(/Pages:\s+2/);
  });

  it('six lines fit one page', async () => {
    const { pdf } = await render(6);
    expect(run('pdfinfo', [pdf])).toMatch(/Pages:\s+1/);
  });

  it('puts the claim values in their boxes', async () => {
    const { pdf } = await render(8);
    const one = pageText(pdf, 1);
    expect(one).toContain('Page 1 of 2');
    expect(one).toContain('DOE, JANE, Q'); // 2
    expect(one).toContain('04 12 1961'); // 3
    expect(one).toContain('W123456789'); // 1a
    expect(one).toContain('12 ELM ST'); // 5
    expect(one).toContain('GRP-42'); // 11
    expect(one).toContain('SIGNATURE ON FILE'); // 12, 13, 31
    expect(one).toMatch(/02 20 24\s+431/); // 14 with its qualifier
    expect(one).toMatch(/DN\s+SMITH, ALAN/); // 17
    expect(one).toContain('1003000126'); // 17b
    for (const code of ['E1122', 'N183', 'I10']) expect(one).toContain(code); // 21
    expect(one).toContain('PA998877'); // 23
    expect(one).toMatch(/03 04 24\s+03 04 24\s+11\s+99214\s+25\s+ABC\s+175\s+00\s+1\s+NPI\s+1245319599/); // 24, line 1
    expect(one).toContain('371234567'); // 25
    expect(one).toContain('PCN-1001'); // 26
    expect(one).toContain('CONTINUED'); // 28 on a page that is not the last
    expect(one).toContain('SPRINGFIELD FAMILY PRACTICE'); // 33
    expect(one).toContain('ZZ207Q00000X'); // 33b
    expect(one).toContain('ACME HEALTH PLAN'); // carrier block
    const two = pageText(pdf, 2);
    expect(two).toContain('Page 2 of 2');
    expect(two).toContain('DOE, JANE, Q');
    expect(two).toMatch(/J1885\s+A\s+12\s+50\s+2/); // line 7: code, pointer, $12.50, 2 units
    expect(two).toContain('N400409123401 UN2'); // its NDC in the shaded line
    expect(two).toMatch(/96372\s+59\s+RT\s+B\s+25\s+00/); // line 8 with two modifiers
    expect(two).toMatch(/332\s+50/); // 28: the total on the last page
    expect(two).not.toContain('CONTINUED');
  });
});
