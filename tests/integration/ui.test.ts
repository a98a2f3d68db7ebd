import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DIST } from '../../src/modules/web/web.js';
import { PROJECT_ROOT } from '../../src/neo4j/managed.js';
import { startTestApi, type TestApi } from '../helpers.js';

// The explorer in a real browser (Debian's chromium through playwright-core), served by the
// API from web/dist (`npm run build:web`; `npm test` builds it first), over the seed graph.
// Screenshots and metrics go to test-artifacts/ (git-ignored).

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };
// The API answers in milliseconds on an idle machine, in seconds on a loaded one.
const SLOW = 45_000;

const ANDY = 'person:andy-couldrick';
const ALLISON = 'person:allison-parkinson';
const DFE_ARTICLE = 'doc:dfe-more-cost-effective-alternative-to-childrens-trusts';

/** Each page of the explorer, and what shows that its content has rendered. */
const PAGES = [
  { name: 'search', path: '/search?q=Couldrik', ready: '.result-list a' },
  { name: 'person', path: `/entity/${ANDY}`, ready: '.career .fact' },
  { name: 'council', path: '/entity/council:doncaster', ready: '.grade-chart' },
  { name: 'fact', path: '/entity/tenure:andy-couldrick-tameside-commissioner', ready: '.quotes blockquote' },
  { name: 'document', path: `/document/${DFE_ARTICLE}`, ready: '.document-text mark' },
  { name: 'connect', path: `/connect?from=${ANDY}&to=${ALLISON}`, ready: '.hops .hop-fact' },
] as const;

/**
 * The little of the browser these tests read inside the page. The test files compile without
 * the DOM library, so code run by `page.evaluate` reaches it through `globalThis` with this type.
 */
interface PageGlobals {
  document: {
    documentElement: { scrollWidth: number };
    activeElement: { matches(selector: string): boolean; textContent: string | null } | null;
  };
  innerWidth: number;
  axe: { run(context: unknown): Promise<AxeResults> };
  DOMParser: new () => {
    parseFromString(text: string, type: string): {
      documentElement: { localName: string };
      querySelector(selector: string): { textContent: string | null } | null;
      getElementsByTagName(name: string): { length: number };
    };
  };
}

let api: TestApi;
let browser: Browser;
let context: BrowserContext;
const firstRender: Record<string, { desktopMs: number; phoneMs: number | null; firstContentfulPaintMs: number | null }> = {};

beforeAll(async () => {
  if (!existsSync(CHROME)) {
    throw new Error(`No Chrome or Chromium at ${CHROME}. Install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH to a Chrome executable.`);
  }
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('web/dist/index.html is missing: run `npm run build:web` first (`npm test` does).');
  mkdirSync(ARTIFACTS, { recursive: true });
  // Each page's first visit plans its compiled Cypher on a cold Neo4j; on a loaded two-core
  // machine that can pass the API's 5 s transaction limit, which is the API's own concern
  // (limits.test.ts), not what these tests judge. So here the limit is 30 s.
  api = await startTestApi({ queryTimeoutMs: 30_000 });
  browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox'] });
  context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
});

afterAll(async () => {
  if (Object.keys(firstRender).length > 0) {
    writeFileSync(join(ARTIFACTS, 'ui-metrics.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), firstRender, bundle: bundleSize() }, null, 2)}\n`);
  }
  await browser?.close();
  await api?.close();
});

/** The built files under web/dist/assets, raw and gzipped. */
function bundleSize() {
  const dir = join(WEB_DIST, 'assets');
  const files = readdirSync(dir).map((name) => {
    const body = readFileSync(join(dir, name));
    return { name, bytes: statSync(join(dir, name)).size, gzipBytes: gzipSync(body).length };
  });
  return { files, totalBytes: files.reduce((n, f) => n + f.bytes, 0), totalGzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0) };
}

/** Opens a path and waits for its content; returns the time from navigation start to the first render of its content. */
async function open(page: Page, path: string, ready: string): Promise<number> {
  await page.goto(`${api.url}${path}`, { waitUntil: 'domcontentloaded' });
  await shown(page, ready);
  // The app marks `explorer:content` when a page first shows its data (web/src/ready.ts).
  return page.evaluate(() => performance.getEntriesByName('explorer:content')[0]?.startTime ?? performance.now());
}

/** Waits for `selector`; fails at once, with the page's message, if the page shows an error instead. */
async function shown(page: Page, selector: string): Promise<void> {
  await page.locator(`${selector}, [role="alert"]`).first().waitFor({ timeout: SLOW });
  const alert = page.locator('[role="alert"]');
  if ((await alert.count()) > 0 && (await page.locator(selector).count()) === 0) throw new Error(`The page shows an error: ${await alert.first().innerText()}`);
}

/** axe-core's serious and critical violations on the page as it stands. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals;
    return page.axe.run(page.document);
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** How far the page is wider than the window (0: no horizontal scroll). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { document, innerWidth } = globalThis as unknown as PageGlobals;
    return document.documentElement.scrollWidth - innerWidth;
  });
}

async function documentText(id: string): Promise<string> {
  const result = await api.graphql<{ document: { text: string } }>(`query ($id: ID!) { document(id: $id) { text } }`, { id });
  return result.data!.document.text;
}

describe('the explorer, served by the API', () => {
  it('answers its pages with index.html and its hashed assets with a year-long cache, leaving GraphiQL and health alone', async () => {
    for (const path of ['/', '/search?q=x', `/entity/${ANDY}`, `/document/${DFE_ARTICLE}`, '/connect']) {
      const response = await fetch(`${api.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<div id="root"></div>');
    }
    const html = await (await fetch(api.url)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const response = await fetch(`${api.url}${asset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(asset.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect((await fetch(`${api.url}/assets/missing-00000000.js`)).status).toBe(404);
    const ide = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await ide.text()).toContain('/ide/graphiql.min.js');
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    expect((await fetch(`${api.url}/nowhere`)).status).toBe(404);
  });

  it('says to run the build, with a 503 and no stack trace, when web/dist is missing', async () => {
    const bare = await startTestApi({ webDir: mkdtempSync(join(tmpdir(), 'csg-no-web-')) });
    try {
      const response = await fetch(`${bare.url}/entity/${ANDY}`);
      expect(response.status).toBe(503);
      const text = await response.text();
      expect(text).toContain('npm run build:web');
      expect(text).not.toMatch(/at .+\.ts:\d+/);
      expect((await fetch(`${bare.url}/health`)).status).toBe(200);
    } finally {
      await bare.close();
    }
  });
});

describe('a journalist using the explorer', () => {
  it('finds Andy Couldrick by a misspelt name, from the keyboard, and opens his page', async () => {
    const page = await context.newPage();
    await page.goto(api.url, { waitUntil: 'domcontentloaded' });
    await page.locator('input[type="search"]').waitFor();
    let tabs = 0;
    while (!(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.matches('input[type="search"]') ?? false))) {
      expect(++tabs, 'Tab reaches the search field').toBeLessThan(10);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('Couldrik');
    await shown(page, '.result-list a.result-link');
    expect(await page.locator('.result-list a.result-link', { hasText: 'Andy Couldrick' }).count()).toBeGreaterThan(0);
    await page.waitForURL(/\/search\?q=Couldrik$/);
    expect(await page.locator('.result .snippet mark').count()).toBeGreaterThan(0);
    tabs = 0;
    while (!(await page.evaluate(() => ((globalThis as unknown as PageGlobals).document.activeElement?.textContent ?? '').includes('Andy Couldrick')))) {
      expect(++tabs, 'Tab reaches the result').toBeLessThan(20);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(`${api.url}/entity/${ANDY}`);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: SLOW }).toBe('Andy Couldrick');
    await page.close();
  });

  it("reads Andy Couldrick's career: both Birmingham Children's Trust roles and the Tameside commissioner role, with their quotes", async () => {
    const page = await context.newPage();
    await open(page, `/entity/${ANDY}`, '.career .fact');
    const card = (role: string, organisation: string) =>
      page.locator('.career article.fact').filter({ has: page.locator('.fact-title', { hasText: new RegExp(`^${role}`) }) }).filter({ hasText: organisation });
    const chiefExecutive = card('chief executive', "Birmingham Children's Trust");
    const chair = card('chair', "Birmingham Children's Trust");
    const commissioner = card('DfE-appointed commissioner', 'Tameside');
    for (const role of [chiefExecutive, chair, commissioner]) await expect.poll(() => role.count()).toBe(1);
    const bctQuote = 'Couldrick was chief executive of Birmingham Children’s Trust from its inception in 2018 until last year, when he became its chair';
    expect(await chiefExecutive.locator('blockquote').allTextContents()).toContain(bctQuote);
    expect(await chair.locator('blockquote').allTextContents()).toContain(bctQuote);
    expect(await commissioner.locator('blockquote').allTextContents()).toContain('a highly critical report on Tameside council by its commissioner, Andy Couldrick');
    // Dated roles are on the timeline; the undated commissioner role is listed apart.
    expect(await page.locator('.timeline .tl-row').count()).toBe(2);
    expect(await page.locator('.undated-roles article.fact').filter({ hasText: 'DfE-appointed commissioner' }).count()).toBe(1);
    expect(await chair.locator('.inferred-toggle').first().textContent()).toBe('(inferred)');
    expect(await chiefExecutive.locator('.fact-dates').textContent()).toMatch(/^2018 – 2023–2024 \(inferred\)/);

    // A quote links to its place in the document, where it is highlighted.
    const link = chiefExecutive.locator('.quote .source a').first();
    await expect.poll(() => link.getAttribute('href'), { timeout: SLOW }).toMatch(/#\d+-\d+$/);
    const href = (await link.getAttribute('href'))!;
    const [start, end] = href.split('#')[1]!.split('-').map(Number) as [number, number];
    expect((await documentText(DFE_ARTICLE)).slice(start, end)).toBe(bctQuote);
    await link.click();
    const target = page.locator(`[id="${start}-${end}"]`);
    await target.waitFor({ timeout: SLOW });
    expect(await target.evaluate((e) => [e.tagName, e.textContent, e.classList.contains('target')])).toEqual(['MARK', bctQuote, true]);
    await page.close();
  });

  it('connects Andy Couldrick to Allison Parkinson hop by hop, with a network that grows when a node is expanded', async () => {
    const page = await context.newPage();
    await open(page, `/connect?from=${ANDY}&to=${ALLISON}`, '.hops .hop-fact');
    const hops = page.locator('.paths .path').first();
    const nodes = await hops.locator('.hop-node a').allTextContents();
    expect(nodes[0]).toBe('Andy Couldrick');
    expect(nodes.at(-1)).toBe('Allison Parkinson');
    expect(await hops.locator('.hop-step').count()).toBeGreaterThanOrEqual(2);
    expect(await hops.locator('.hop-fact blockquote').count()).toBeGreaterThan(0);

    const network = page.locator('.network-canvas');
    await page.locator('.network-canvas canvas').first().waitFor({ timeout: SLOW });
    const count = async () => Number(await network.getAttribute('data-nodes'));
    await expect.poll(count, { timeout: SLOW }).toBeGreaterThan(nodes.length);
    const box = await network.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(200);

    // The keyboard way: the list under the network, a button per node. First the two ends'
    // neighbourhoods are in; then the commissioner role's brings in Tameside council.
    await expect.poll(() => network.getAttribute('data-loading'), { timeout: SLOW }).toBe('0');
    const tameside = page.locator('.network-list a', { hasText: /^Tameside$/ });
    expect(await tameside.count()).toBe(0);
    const before = await count();
    await page.locator('.network-list summary').focus();
    await page.keyboard.press('Enter');
    const expand = page.locator('.network-list li').filter({ hasText: 'DfE-appointed commissioner' }).getByRole('button', { name: /^Show neighbours/ });
    await expand.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tameside.count(), { timeout: SLOW }).toBe(1);
    expect(await count()).toBeGreaterThan(before);
    await page.close();
  });

  it('opens a document with the quotes that support its facts highlighted', async () => {
    const page = await context.newPage();
    await open(page, `/document/${DFE_ARTICLE}`, '.document-text mark');
    const { data } = await api.graphql<{ document: { supports: { quote: string }[] } }>(`query ($id: ID!) { document(id: $id) { supports { quote } } }`, { id: DFE_ARTICLE });
    const quotes = new Set(data!.document.supports.map((s) => s.quote));
    const marks = await page.locator('.document-text mark[id]').allTextContents();
    expect(marks.filter((text) => quotes.has(text)).length).toBeGreaterThan(10);
    // Each passage links to its facts; the published window is shown as inferred.
    expect(await page.locator('.document-text sup.ref a').count()).toBeGreaterThan(0);
    expect(await page.locator('.doc-meta .inferred-toggle').textContent()).toBe('(inferred)');
    await page.close();
  });

  it("downloads a GEXF of the graph around a person from the page's export link", async () => {
    const page = await context.newPage();
    await open(page, `/entity/${ANDY}`, '.career .fact');
    const link = page.getByRole('link', { name: 'GEXF (Gephi)' });
    expect(await link.getAttribute('href')).toBe(`/export/graph.gexf?around=${ANDY}&depth=2`);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: SLOW }), link.click()]);
    const path = await download.path();
    const xml = readFileSync(path, 'utf8');
    const parsed = await page.evaluate((text) => {
      const { DOMParser } = globalThis as unknown as PageGlobals;
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, nodes: doc.getElementsByTagName('node').length };
    }, xml);
    expect(parsed).toMatchObject({ error: null, root: 'gexf' });
    expect(parsed.nodes).toBeGreaterThan(1);
    await page.close();
  });

  describe.each(PAGES)('the $name page', ({ name, path, ready }) => {
    it('renders with no serious or critical accessibility violations, and fits a 375 px screen without horizontal scrolling', { timeout: 120_000 }, async () => {
      const page = await context.newPage();
      const desktopMs = await open(page, path, ready);
      const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
      firstRender[name] = { desktopMs: Math.round(desktopMs), phoneMs: null, firstContentfulPaintMs: paint === null ? null : Math.round(paint) };
      await page.waitForLoadState('networkidle').catch(() => {});
      await page.screenshot({ path: join(ARTIFACTS, `ui-${name}-desktop.png`), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.close();

      const phone = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
      try {
        firstRender[name]!.phoneMs = Math.round(await open(phone, path, ready));
        await phone.waitForLoadState('networkidle').catch(() => {});
        expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
        await phone.screenshot({ path: join(ARTIFACTS, `ui-${name}-phone.png`), fullPage: true });
        expect(await accessibilityViolations(phone)).toEqual([]);
      } finally {
        await phone.close();
      }
    });
  });
});
