/**
 * The workbench as a coder uses it, in a real browser (Debian's Chromium through
 * playwright-core) against `medcode serve --demo`: sign in, take the next claim with one key,
 * accept and change the assistant's suggestions, draft and send a provider query from a
 * finding, fix a finding in one click, mark the claim coded, look codes up, see the dashboard.
 * Mostly from the keyboard, as the shortcuts overlay promises. Screenshots of the main screens
 * go to packages/web/e2e-screenshots/ (not committed).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launch } from './browser.ts';
import { ADMIN, api, buildWorkbench, type Served, serveDemo, signIn, WEB } from './serve.ts';

const SHOTS = join(WEB, 'e2e-screenshots');
const CODER = { email: 'casey@example.org', name: 'Casey Coder', password: 'a coder password 1234' };

interface StoredClaimJson {
  id: string;
  externalId: string;
  status: string;
  claim: { totalCharge: number; diagnoses: { code: string }[]; lines: { procedure?: string }[] };
  findings: { code: string; severity: string }[];
}

let served: Served;
let browser: Browser;
let page: Page;
let webDir: string;
let adminToken: string;
let claimId: string;

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** Where the keyboard focus is: never the page body (focus is never lost). */
const focusTag = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el && el !== document.body ? `${el.tagName.toLowerCase()}#${el.id}` : 'body';
  });

async function signInAs(email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  webDir = mkdtempSync(join(tmpdir(), 'medcode-web-dist-'));
  await buildWorkbench(webDir);
  served = await serveDemo(webDir);
  adminToken = await signIn(served.url, ADMIN.email, ADMIN.password);
  const created = await api(served.url, adminToken, 'POST', '/api/users', {
    email: CODER.email,
    name: CODER.name,
    role: 'coder',
    password: CODER.password,
  });
  expect(created.status).toBe(201);
  // The first search loads the code index and the first note loads the coder: do both before
  // the browser's waits start counting.
  await api(served.url, adminToken, 'GET', '/api/codes?q=warm');
  await api(served.url, adminToken, 'POST', '/api/code-note', {
    text: 'Essential hypertension.',
    setting: 'outpatient',
  });
  browser = await launch({ width: 1280, height: 800 });
  page = browser.page;
  page.setDefaultTimeout(30_000);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  if (webDir) rmSync(webDir, { recursive: true, force: true });
});

describe('the workbench in Chromium', () => {
  it('signs a coder in and shows the queue without patient names', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${served.url}/`);
    await page.getByLabel('Email').fill(CODER.email);
    await page.getByLabel('Password').fill('wrong password');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('not right');
    await shot('01-sign-in');
    await page.getByLabel('Password').fill(CODER.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Work queue' }).waitFor();
    await page.locator('a.claim-link').first().waitFor();
    expect(await page.locator('a.claim-link').count()).toBe(5);
    // The demo's highest-priority claim leads the queue.
    expect(await page.locator('a.claim-link').first().textContent()).toBe('DEMO-1003');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/Nakamura|Halvorsen/);
    // Filters: "edits firing" keeps the claims on which the checker found a denial (as many as
    // the service says; which demo claims have one follows the rules as they are).
    const all = await api<{ claims: StoredClaimJson[] }>(
      served.url,
      adminToken,
      'GET',
      '/api/claims?assigned=none',
    );
    const denied = all.json.claims.filter((c) => c.findings.some((f) => f.severity === 'deny'));
    expect(denied.length).toBeGreaterThan(0);
    await page.getByLabel('Edits firing').selectOption('severity:deny');
    await expect
      .poll(() => page.locator('a.claim-link').allTextContents())
      .toEqual(all.json.claims.filter((c) => denied.includes(c)).map((c) => c.externalId));
    await page.getByLabel('Edits firing').selectOption('all');
    await shot('02-queue');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    expect(errors).toEqual([]);
  });

  it('takes the next claim with one key and shows the note with its evidence', async () => {
    await page.locator('main').focus();
    await page.keyboard.press('n');
    await page.getByRole('heading', { name: /Claim DEMO-1003/ }).waitFor();
    claimId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await page.locator('li.sugg').first().waitFor();
    // Taking it started coding: the status moved and the history says so.
    await expect.poll(() => page.locator('.claim-head .status').textContent()).toBe('coding');
    // The evidence of each suggested diagnosis is highlighted in the note (which codes the
    // assistant suggests is its business; the workbench shows whatever it says).
    const dx = page.locator('li.sugg[data-kind="diagnosis"]');
    const codes = await dx.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!));
    expect(codes.length).toBeGreaterThan(1);
    for (const code of codes)
      expect(await page.locator(`.note mark[data-codes~="${code}"]`).count()).toBeGreaterThan(0);
    // Hovering a suggestion lights its words, and only its words.
    const second = codes[1]!;
    await page.locator(`li.sugg[data-code="${second}"]`).hover();
    const lit = await page
      .locator('.note mark.ev-active')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-codes')!));
    expect(lit.length).toBeGreaterThan(0);
    for (const l of lit) expect(l.split(' ')).toContain(second);
    // Clicking a highlight says its code and the index path that led there.
    await page.locator(`.note mark[data-codes~="${second}"]`).first().click();
    const picked = (await page.locator('.picked').textContent()) ?? '';
    expect(picked).toContain(second);
    expect(picked).toContain('Index path');
    await page.mouse.move(0, 0);
    await shot('03-claim');
    expect(await focusTag()).not.toBe('body');
  });

  it('accepts, rejects and changes suggestions from the keyboard', async () => {
    const state = (code: string) => page.locator(`li.sugg[data-code="${code}"]`).getAttribute('data-state');
    const dxInputs = () =>
      page
        .locator('input[aria-label^="Diagnosis "]')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    // The suggestions the claim already carries: accept them, one key each.
    const onClaim = await page
      .locator('li.sugg[data-state="on claim"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!));
    expect(onClaim.length).toBeGreaterThan(0);
    const before = await dxInputs();
    for (const code of onClaim) {
      await page.locator(`li.sugg[data-code="${code}"]`).focus();
      await page.keyboard.press('a');
      await expect.poll(() => state(code)).toBe('accepted');
    }
    expect(await dxInputs()).toEqual(before);

    // A diagnosis the claim does not have: change it through the encoder, from the keyboard.
    const open = await page
      .locator('li.sugg[data-kind="diagnosis"][data-state="open"]')
      .first()
      .getAttribute('data-code');
    expect(open).not.toBeNull();
    await page.locator(`li.sugg[data-code="${open}"]`).focus();
    await page.keyboard.press('c');
    const box = page.getByRole('combobox', { name: 'Search codes' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    // The box is filled with the suggestion's words once the encoder has taken them (async).
    await expect.poll(() => box.inputValue()).not.toBe('');
    // The coder looks among the codes of the suggestion's category instead.
    await box.fill(open!.slice(0, 3));
    // Wait for the answer to this query (the seeded one's results may still be on screen).
    await page.getByText(`results for “${open!.slice(0, 3)}”`).waitFor();
    const results = page.locator('.results [role="option"]');
    // The first result that is a billable ICD-10-CM code other than the one suggested.
    const index = await results.evaluateAll(
      (els, not) =>
        els.findIndex((e) => {
          const code = e.querySelector('.code')?.textContent ?? '';
          return e.getAttribute('data-system') === 'icd10cm' && code !== not && !e.querySelector('.badge');
        }),
      open,
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const chosen = (await results.nth(index).locator('.code').textContent())!;
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('.code-entry h3', { hasText: chosen }).waitFor();
    await shot('04-encoder-change');
    await page.keyboard.press('Alt+Enter');
    await expect
      .poll(() => page.locator(`li.sugg[data-code="${open}"] .state`).textContent())
      .toBe(`changed to ${chosen}`);
    expect(await dxInputs()).toEqual([...before, chosen]);

    // The suggested visit level is not taken: reject it; the line keeps its code.
    const em = page.locator('li.sugg[data-kind="em"]');
    const billed = await page.getByLabel('Line 1 procedure code').inputValue();
    await em.focus();
    await page.keyboard.press('x');
    await expect.poll(() => em.getAttribute('data-state')).toBe('rejected');
    expect(await page.getByLabel('Line 1 procedure code').inputValue()).toBe(billed);
  });

  it('drafts a provider query from a finding and sends it', async () => {
    const np = page.locator('[data-finding="NP002"]');
    await np.waitFor();
    await page.locator('main').focus();
    // ] walks the findings in screen order, the focus with it, up to the NCCI pair edit.
    const count = await page.locator('[data-finding]').count();
    for (let i = 0; i < count && !(await np.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press(']');
    expect(await np.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('q');
    const dialog = page.getByRole('dialog', { name: 'Provider query' });
    await dialog.waitFor();
    const question = await dialog.getByLabel('Question', { exact: true }).inputValue();
    expect(question).toMatch(/line 3 \(71045\).*separate, distinct service/);
    const options = await dialog.getByLabel(/Options/).inputValue();
    expect(options).toContain('Clinically undetermined');
    expect(await dialog.getByLabel('To (provider)').inputValue()).toBe('Adaeze Okafor');
    await shot('05-query');
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.queries li[data-query-status="sent"]').waitFor();
    // Focus went back to the finding the query came from.
    expect(await focusTag()).not.toBe('body');
    const q = await api<{ queries: { status: string; query: { indicators: string[] } }[] }>(
      served.url,
      await signIn(served.url, CODER.email, CODER.password),
      'GET',
      `/api/queries?subjectKind=claim&subjectId=${claimId}`,
    );
    expect(q.json.queries.map((x) => x.status)).toEqual(['sent']);
    expect(q.json.queries[0]!.query.indicators.join(' ')).toContain('NP002');
  });

  it('fixes a finding with its proposed fix in one click, saves, and marks the claim coded', async () => {
    // The second chest x-ray goes: NCCI's pair edit stops firing, the claim total no longer adds up.
    await page.getByRole('button', { name: 'Remove line 3' }).click();
    const st = page.locator('[data-finding="ST010"]');
    await st.waitFor();
    expect(await page.locator('[data-finding="NP002"]').count()).toBe(0);
    await st.getByRole('button', { name: /Apply fix/ }).click();
    await st.waitFor({ state: 'detached' });
    expect(await focusTag()).not.toBe('body');
    await expect.poll(() => page.locator('.save-state').textContent()).toContain('0 findings');
    // Leaving with unsaved changes asks first; saying no keeps the coder on the claim.
    const asked = new Promise<string>((ok) =>
      page.once('dialog', (d) => {
        ok(d.message());
        void d.dismiss();
      }),
    );
    await page.keyboard.press('Alt+q');
    expect(await asked).toContain('unsaved changes');
    expect(page.url()).toContain('/claims/');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('.save-state').textContent()).toContain('Saved');
    await shot('06-claim-fixed');
    const token = await signIn(served.url, CODER.email, CODER.password);
    const saved = await api<StoredClaimJson>(served.url, token, 'GET', `/api/claims/${claimId}`);
    expect(saved.json.claim.totalCharge).toBe(24_500);
    const shown = await page
      .locator('input[aria-label^="Diagnosis "]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value.replace('.', '')));
    expect(saved.json.claim.diagnoses.map((d) => d.code)).toEqual(shown);
    expect(shown).toHaveLength(3);
    expect(saved.json.findings).toEqual([]);

    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.claim-head .status').textContent()).toBe('coded');
    await page.keyboard.press('h');
    await expect.poll(() => page.locator('.history').textContent()).toMatch(/coded from coding.*by you/);
    const events = await api<{ events: { toStatus: string }[] }>(
      served.url,
      token,
      'GET',
      `/api/claims/${claimId}/events`,
    );
    expect(events.json.events.map((e) => e.toStatus)).toEqual(['received', 'coding', 'coded']);
  });

  it('lists every shortcut in the "?" overlay and gives the focus back', async () => {
    await page.locator('main').focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    for (const label of [
      'Take the next claim',
      'Accept the selected suggestion',
      "Apply the selected finding's fix",
    ])
      expect(text).toContain(label);
    await shot('07-shortcuts');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusTag()).toBe('main#main');
  });

  it('keeps up with typing in the encoder and cancels stale searches', async () => {
    // On the claim screen "/" searches in its own encoder; from the queue it opens the encoder.
    await page.keyboard.press('Alt+q');
    await page.getByRole('heading', { name: 'Work queue' }).waitFor();
    await page.keyboard.press('/');
    await page.getByRole('heading', { name: 'Encoder' }).waitFor();
    const asked: string[] = [];
    const answered: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/codes?')) asked.push(new URL(r.url()).searchParams.get('q') ?? '');
    });
    page.on('requestfinished', (r) => {
      if (r.url().includes('/api/codes?')) answered.push(new URL(r.url()).searchParams.get('q') ?? '');
    });
    await page
      .getByRole('combobox', { name: 'Search codes' })
      .pressSequentially('diabetes with ckd', { delay: 15 });
    await expect
      .poll(() => page.locator('.encoder-status').textContent())
      .toContain('for “diabetes with ckd”');
    const options = page.locator('.results [role="option"]');
    expect(await options.first().textContent()).toContain('E11.22');
    // The last text typed is the last one asked, and its answer is the one shown (the debounce
    // and the cancelling of older searches are timed in encoder/latest-only.test.ts).
    expect(asked[asked.length - 1]).toBe('diabetes with ckd');
    expect(asked.length).toBeLessThanOrEqual('diabetes with ckd'.length);
    expect(answered).toContain('diabetes with ckd');
    await page.keyboard.press('Enter');
    const entry = page.locator('.code-entry');
    await entry.getByText('Excludes1 (never together)').waitFor();
    expect(await entry.textContent()).toMatch(/Index path.*Diabetes/);
    expect(await entry.locator('.tab-path').textContent()).toContain('E11.2');
    await shot('08-encoder');
  });

  it('shows the dashboard as counts, never patients', async () => {
    await page.keyboard.press('Alt+d');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.locator('[data-chart="kinds"] .recharts-bar-rectangle').first().waitFor();
    const coded = page.locator('[data-chart="coded"]');
    await coded.locator('.recharts-bar-rectangle').first().waitFor();
    // The coder sees themself as "you" (only an admin may list users' names).
    expect(await coded.locator('table').textContent()).toContain('you');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toMatch(/Nakamura|Halvorsen|Okafor/);
    await shot('09-dashboard-coder');

    // The team lead (here the admin) sees coders by name, and the denial reasons.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(ADMIN.email, ADMIN.password);
    await page.keyboard.press('Alt+d');
    await page.locator('[data-chart="coded"] .recharts-bar-rectangle').first().waitFor();
    expect(await page.locator('[data-chart="coded"] table').textContent()).toContain(CODER.name);
    const carc = (await page.locator('[data-chart="carc"]').textContent()) ?? '';
    expect(carc).toMatch(/CO-\d+/);
    await shot('10-dashboard-lead');
  });

  it('lays the claim screen out on a larger screen too', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${served.url}/claims/${encodeURIComponent(claimId)}`);
    await page.getByRole('heading', { name: /Claim DEMO-1003/ }).waitFor();
    await page.locator('li.sugg').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
    await shot('11-claim-1920');
  });
});
