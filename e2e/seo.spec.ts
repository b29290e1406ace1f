/**
 * What search engines and link previews see: on every built page one
 * absolute canonical address, a unique title and description, Open Graph
 * tags, and JSON-LD that matches the visible title and breadcrumbs; a sitemap
 * listing exactly the indexable pages; robots.txt pointing at it.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import { builtPages } from './support/site.ts';

const dist = process.env.OUT_DIR ?? 'dist';
const pages = builtPages();
const html = (path: string) => readFileSync(`${dist}${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8');
const attr = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
/** The site's public address, as the build wrote it into canonical links. */
const siteUrl = new URL(attr(html('/'), /<link rel="canonical" href="([^"]+)"/g)[0]!).origin;

test('every page has a unique title and description, the description 50 to 160 characters', () => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const path of pages) {
    const text = html(path);
    const [title] = attr(text, /<title>([^<]*)<\/title>/g);
    const [description] = attr(text, /<meta name="description" content="([^"]*)"/g);
    expect(title, path).toMatch(/ - Peer support - Nottinghamshire Healthcare NHS Foundation Trust$|^Peer support - Nottinghamshire Healthcare NHS Foundation Trust$/);
    expect(decode(description!).length, `${path} description length`).toBeGreaterThanOrEqual(50);
    expect(decode(description!).length, `${path} description length`).toBeLessThanOrEqual(160);
    expect(titles.get(title!), `${path} shares its title`).toBeUndefined();
    expect(descriptions.get(description!), `${path} shares its description`).toBeUndefined();
    titles.set(title!, path);
    descriptions.set(description!, path);
  }
});

for (const path of pages) {
  test(`${path}: canonical, Open Graph and JSON-LD match the page`, async ({ page }) => {
    await page.goto(path);
    const canonical = page.locator('link[rel="canonical"]');
    await expect(canonical).toHaveCount(1);
    const href = (await canonical.getAttribute('href'))!;
    expect(href).toBe(`${siteUrl}${path}`);

    const og = async (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    const h1 = (await page.locator('h1 [data-pagefind-meta="title"], h1').first().innerText()).trim();
    const title = path === '/' ? h1 : (await page.locator('h1 [data-pagefind-meta="title"]').count()) ? await page.locator('h1 [data-pagefind-meta="title"]').innerText() : h1;
    expect(await og('og:title')).toBe(title);
    expect(await og('og:url')).toBe(href);
    expect(await og('og:locale')).toBe('en_GB');
    expect(await og('og:site_name')).toBe('Peer support - Nottinghamshire Healthcare NHS Foundation Trust');
    expect(await og('og:description')).toBe(await page.locator('meta[name="description"]').getAttribute('content'));
    expect(await og('og:image')).toBe(`${siteUrl}/assets/images/nhsuk-opengraph-image.png`);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');

    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const graph = JSON.parse(scripts[0]!)['@graph'] as Record<string, unknown>[];
    const types = graph.map((node) => node['@type']);
    expect(types.slice(0, 2)).toEqual(['Organization', 'WebSite']);
    const organisation = graph[0]!;
    expect(organisation['name']).toBe('Nottinghamshire Healthcare NHS Foundation Trust');
    expect(organisation['contactPoint']).toMatchObject({ '@type': 'ContactPoint', telephone: '+441159691300' });
    const webPage = graph[2]!;
    expect(webPage['@type']).toBe(path === '/search/' ? 'SearchResultsPage' : /privacy|accessibility|feedback|a-to-z|404|offline/.test(path) ? 'WebPage' : 'MedicalWebPage');
    expect(webPage['name']).toBe(title);
    expect(webPage['url']).toBe(href);

    // The breadcrumbs in the data are the visible ones, then this page.
    const visible = await page.locator('nav.nhsuk-breadcrumb li a').evaluateAll((links) => links.map((a) => ({ name: a.textContent!.trim(), item: (a as HTMLAnchorElement).href })));
    const listed = ((webPage['breadcrumb'] as { itemListElement?: { name: string; item: string }[] } | undefined)?.itemListElement ?? []).map(({ name, item }) => ({ name, item }));
    if (visible.length) {
      const local = (url: string) => new URL(url).pathname;
      expect(listed.map((c) => ({ name: c.name, item: local(c.item) }))).toEqual([...visible, { name: title, item: href }].map((c) => ({ name: c.name, item: local(c.item) })));
      expect(webPage['lastReviewed']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } else {
      expect(listed).toEqual([]);
    }
  });
}

test('the sitemap lists exactly the indexable pages, and each answers 200', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = attr(index, /<loc>([^<]+)<\/loc>/g);
  expect(sitemaps.length).toBeGreaterThan(0);
  const listed: string[] = [];
  for (const sitemap of sitemaps) listed.push(...attr(await (await request.get(new URL(sitemap).pathname)).text(), /<loc>([^<]+)<\/loc>/g));
  const indexable = pages.filter((path) => !/<meta name="robots" content="noindex"/.test(html(path)));
  expect(listed.map((url) => new URL(url).pathname).sort()).toEqual(indexable.sort());
  expect(indexable).not.toContain('/search/');
  expect(indexable).not.toContain('/offline/');
  expect(indexable).not.toContain('/feedback/thank-you/');
  for (const url of listed) {
    expect(url.startsWith(siteUrl), url).toBe(true);
    expect((await request.get(new URL(url).pathname)).status(), url).toBe(200);
  }
  const sitemap = await (await request.get(new URL(sitemaps[0]!).pathname)).text();
  expect(sitemap).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/);
});

test('robots.txt names the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
});
