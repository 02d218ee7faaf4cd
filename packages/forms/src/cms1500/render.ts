/**
 * @module cms1500/render
 * Draws 1500 Claim Form pages with pdf-lib: our grid and labels (layout.ts), the claim's values
 * in a monospaced face as a printer would fill them (NUCC recommends 10-point type; we use 9 to
 * keep long values inside the drawn boxes), and "X" in the chosen check boxes.
 */
import type { Claim } from '@medcode/domain';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { type Cms1500Line, type Cms1500Page, cms1500Pages, DIAGNOSIS_LETTERS } from './fields.ts';
import {
  BOXES,
  CHECKS,
  FORM_BOTTOM,
  GRID,
  lineTop,
  PAGE,
  SLOTS,
  type Slot,
  TABLE,
  TABLE_BOTTOM,
  TABLE_HEADINGS,
} from './layout.ts';

interface Fonts {
  label: PDFFont;
  bold: PDFFont;
  value: PDFFont;
  valueBold: PDFFont;
}

const INK = rgb(0, 0, 0);
const RULE = rgb(0.55, 0.1, 0.1);
const SHADE = rgb(0.93, 0.9, 0.9);
const LABEL = 5.2;
const VALUE = 9;

/** The standard PDF fonts encode WinAnsi: fold accents away and replace what is left over. */
export const printable = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e\n]/g, '?');

/** Page y from our top-based y. */
const py = (y: number) => PAGE.height - y;

function text(
  page: PDFPage,
  font: PDFFont,
  s: string,
  x: number,
  y: number,
  size: number,
  maxWidth?: number,
) {
  let t = printable(s);
  let sz = size;
  if (maxWidth !== undefined) {
    const least = Math.min(size, 6) * 0.7;
    while (sz > least && font.widthOfTextAtSize(t, sz) > maxWidth) sz -= 0.25;
    while (t.length > 1 && font.widthOfTextAtSize(t, sz) > maxWidth) t = t.slice(0, -1);
  }
  page.drawText(t, { x, y: py(y), size: sz, font, color: INK });
}

function put(page: PDFPage, f: Fonts, slot: Slot | undefined, value: string | undefined, size = VALUE) {
  if (slot === undefined || value === undefined || value === '') return;
  const lines = value.split('\n').slice(0, slot.lines ?? 1);
  lines.forEach((line, i) => {
    const y = slot.y + i * (size + 1);
    if (slot.align === 'right') {
      const w = Math.min(f.value.widthOfTextAtSize(printable(line), size), slot.w);
      text(page, f.value, line, slot.x - w, y, size, slot.w);
    } else text(page, f.value, line, slot.x, y, size, slot.w);
  });
}

function rect(page: PDFPage, x: number, y: number, w: number, h: number, fill?: ReturnType<typeof rgb>) {
  page.drawRectangle({
    x,
    y: py(y + h),
    width: w,
    height: h,
    borderColor: RULE,
    borderWidth: 0.5,
    ...(fill === undefined ? {} : { color: fill }),
  });
}

function vline(page: PDFPage, x: number, y1: number, y2: number) {
  page.drawLine({ start: { x, y: py(y1) }, end: { x, y: py(y2) }, thickness: 0.5, color: RULE });
}

function drawGrid(page: PDFPage, f: Fonts) {
  text(page, f.bold, 'HEALTH INSURANCE CLAIM FORM', GRID.L, 58, 13);
  text(page, f.label, 'APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12', GRID.L, 68, 5.5);
  text(
    page,
    f.label,
    'Drawn by Medcode: a readable rendering of the 1500 form, not the red OCR form.',
    GRID.L,
    76,
    5.5,
  );
  text(page, f.label, 'CARRIER', GRID.E - 30, 32, 5);
  for (const b of BOXES) {
    rect(page, b.x, b.y, b.w, b.h);
    const num = b.num === '' ? '' : `${b.num}. `;
    if (num !== '') text(page, f.bold, num, b.x + 2, b.y + 6, LABEL);
    const off = num === '' ? 0 : f.bold.widthOfTextAtSize(num, LABEL);
    text(page, f.label, b.label, b.x + 2 + off, b.y + 6, LABEL, b.w - 4 - off);
  }
  for (const c of CHECKS) {
    rect(page, c.x, c.y - 6, 6, 6);
    text(page, f.label, c.label, c.x + 8, c.y - 1, LABEL);
  }
  for (const letter of DIAGNOSIS_LETTERS) {
    const s = SLOTS[`21.${letter}.label`];
    if (s !== undefined) text(page, f.bold, `${letter}.`, s.x, s.y, 6);
  }
  drawTable(page, f);
  text(page, f.label, 'NUCC Instruction Manual available at: www.nucc.org', GRID.L, FORM_BOTTOM + 10, 5.5);
}

const COLS = TABLE.cols;

function drawTable(page: PDFPage, f: Fonts) {
  rect(page, GRID.L, TABLE.top, GRID.E - GRID.L, TABLE.header);
  const lefts = Object.values(COLS).sort((a, b) => a - b);
  for (const h of TABLE_HEADINGS) {
    const x = COLS[h.col];
    // A heading may run across the columns it names (24D spans the modifiers); else it keeps to its own.
    const next =
      h.col === 'cpt'
        ? COLS.pointer
        : h.col === 'dollars'
          ? COLS.units
          : (lefts.find((l) => l > x) ?? GRID.E);
    h.text.forEach((t, i) => {
      text(page, i === 0 ? f.bold : f.label, t, x + 2, TABLE.top + 7 + i * 8, LABEL, next - x - 3);
    });
  }
  for (let i = 0; i < 6; i++) {
    const top = lineTop(i);
    rect(page, GRID.L, top, GRID.E - GRID.L, TABLE.shaded, SHADE);
    rect(page, GRID.L, top + TABLE.shaded, GRID.E - GRID.L, TABLE.line);
    text(page, f.bold, String(i + 1), GRID.L - 9, top + TABLE.shaded + 10, 8);
    text(page, f.label, 'NPI', COLS.qual + 4, top + TABLE.shaded + 10, 6);
  }
  const inner = [
    COLS.to,
    COLS.pos,
    COLS.emg,
    COLS.cpt,
    COLS.pointer,
    COLS.dollars,
    COLS.units,
    COLS.epsdt,
    COLS.qual,
    COLS.npi,
  ];
  for (const x of inner) vline(page, x, TABLE.top + (x === COLS.to ? 9 : 0), TABLE_BOTTOM);
  vline(page, COLS.cents, TABLE.top + TABLE.header, TABLE_BOTTOM);
  for (let m = 1; m < 4; m++) vline(page, COLS.mod + m * 20, TABLE.top + TABLE.header, TABLE_BOTTOM);
  vline(page, COLS.mod, TABLE.top + TABLE.header, TABLE_BOTTOM);
}

function drawLine(page: PDFPage, f: Fonts, l: Cms1500Line, i: number) {
  const top = lineTop(i);
  const y = top + TABLE.shaded + 11;
  if (l.supplemental !== '')
    text(page, f.value, l.supplemental, COLS.from + 2, top + 8, 7, COLS.npi - COLS.from);
  text(page, f.value, l.from, COLS.from + 3, y, VALUE, COLS.to - COLS.from - 4);
  text(page, f.value, l.to, COLS.to + 3, y, VALUE, COLS.pos - COLS.to - 4);
  text(page, f.value, l.pos, COLS.pos + 4, y, VALUE);
  text(page, f.value, l.emg, COLS.emg + 5, y, VALUE);
  text(page, f.valueBold, l.procedure, COLS.cpt + 4, y, VALUE);
  l.modifiers.forEach((m, k) => {
    text(page, f.value, m, COLS.mod + k * 20 + 4, y, VALUE);
  });
  text(page, f.value, l.pointer, COLS.pointer + 3, y, VALUE, COLS.dollars - COLS.pointer - 4);
  put(page, f, { x: COLS.cents - 3, y, w: COLS.cents - COLS.dollars - 4, align: 'right' }, l.dollars);
  text(page, f.value, l.cents, COLS.cents + 2, y, VALUE);
  put(page, f, { x: COLS.epsdt - 3, y, w: COLS.epsdt - COLS.units - 4, align: 'right' }, l.units);
  text(page, f.value, l.npi, COLS.npi + 4, y, VALUE);
}

function drawValues(page: PDFPage, f: Fonts, p: Cms1500Page) {
  for (const [id, value] of Object.entries(p.boxes))
    put(page, f, SLOTS[id], value, id === 'page' ? 8 : VALUE);
  for (const c of CHECKS) if (p.checks.has(c.check)) text(page, f.valueBold, 'X', c.x + 0.6, c.y - 0.4, 8);
  p.lines.forEach((l, i) => {
    drawLine(page, f, l, i);
  });
}

export interface RenderOptions {
  /** PDF creation date (fixed for reproducible bytes); defaults to now. */
  date?: Date;
}

/** Claims (professional) as one PDF: each claim's 1500 pages in order. */
export async function renderCms1500(
  claims: readonly Claim[],
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const date = options.date ?? new Date();
  doc.setTitle(
    claims.length === 1
      ? `1500 Claim Form: claim ${claims[0]?.id}`
      : `1500 Claim Forms: ${claims.length} claims`,
  );
  doc.setProducer('Medcode');
  doc.setCreator('Medcode');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const fonts = await embedFonts(doc);
  // The grid and labels are the same on every page: drawn once, placed on each page as a form XObject.
  const [grid] = await doc.embedPdf(await gridPdf());
  if (grid === undefined) throw new Error('the form grid did not embed');
  for (const claim of claims)
    for (const p of cms1500Pages(claim)) {
      const page = doc.addPage([PAGE.width, PAGE.height]);
      page.drawPage(grid);
      drawValues(page, fonts, p);
    }
  return doc.save();
}

async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  return {
    label: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    value: await doc.embedFont(StandardFonts.Courier),
    valueBold: await doc.embedFont(StandardFonts.CourierBold),
  };
}

/** A one-page PDF of the empty form. */
async function gridPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  drawGrid(doc.addPage([PAGE.width, PAGE.height]), await embedFonts(doc));
  return doc.save();
}

/** Why a claim cannot be printed on the 1500 form, or undefined when it can. */
export function cms1500Unfit(claim: Claim): string | undefined {
  if (claim.kind !== 'professional')
    return 'the 1500 form is for professional claims; institutional claims print on the UB-04 (CMS-1450)';
  if (claim.diagnoses.length > DIAGNOSIS_LETTERS.length)
    return `item 21 holds ${DIAGNOSIS_LETTERS.length} diagnoses; the claim has ${claim.diagnoses.length}`;
  return undefined;
}
