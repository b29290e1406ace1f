import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonLd, pageGraph, type PageFacts, type SiteFacts } from './structured-data.ts';

const site: SiteFacts = {
  home: 'https://example.nhs.uk/peer-support/',
  organisationName: 'Nottinghamshire Healthcare NHS Foundation Trust',
  siteName: 'Peer support',
  logo: 'https://example.nhs.uk/peer-support/assets/images/nhsuk-icon-512.png',
  contact: { name: 'Peer Development Team', telephone: '+441159691300', extension: '16313' },
};
const page: PageFacts = {
  url: 'https://example.nhs.uk/peer-support/help-in-a-crisis/',
  title: 'Help in a crisis',
  description: 'Where to get help now.',
  health: true,
  lastReviewed: new Date('2026-11-24T00:00:00Z'),
  breadcrumbs: [{ title: 'Peer support', url: 'https://example.nhs.uk/peer-support/' }],
};

test('a health page is a MedicalWebPage with its review date and breadcrumbs', () => {
  const graph = pageGraph(site, page) as unknown as { '@graph': Record<string, unknown>[] };
  const [org, website, webPage] = graph['@graph'];
  assert.equal(org?.['@type'], 'Organization');
  assert.deepEqual(org?.['contactPoint'], { '@type': 'ContactPoint', name: 'Peer Development Team', contactType: 'Peer Development Team', telephone: '+441159691300', description: 'Extension 16313' });
  assert.equal(website?.['@type'], 'WebSite');
  assert.equal(webPage?.['@type'], 'MedicalWebPage');
  assert.equal(webPage?.['lastReviewed'], '2026-11-24');
  assert.equal(webPage?.['name'], 'Help in a crisis');
  const crumbs = (webPage?.['breadcrumb'] as { itemListElement: { name: string; position: number; item: string }[] }).itemListElement;
  assert.deepEqual(crumbs.map((c) => [c.position, c.name, c.item]), [
    [1, 'Peer support', 'https://example.nhs.uk/peer-support/'],
    [2, 'Help in a crisis', 'https://example.nhs.uk/peer-support/help-in-a-crisis/'],
  ]);
});

test('pages about the site are plain WebPages; unknown facts are left out', () => {
  const graph = pageGraph({ ...site, contact: undefined }, { ...page, health: false, lastReviewed: undefined, breadcrumbs: [] }) as unknown as { '@graph': Record<string, unknown>[] };
  const [org, , webPage] = graph['@graph'];
  assert.equal(webPage?.['@type'], 'WebPage');
  assert.equal('lastReviewed' in webPage!, false);
  assert.equal('breadcrumb' in webPage!, false);
  assert.equal('contactPoint' in org!, false);
  assert.equal('reviewedBy' in webPage!, false);
});

test('JSON-LD cannot close its script element', () => {
  const text = jsonLd({ name: '</script><script>alert(1)</script>' });
  assert.equal(text.includes('<'), false);
  assert.deepEqual(JSON.parse(text), { name: '</script><script>alert(1)</script>' });
});

test('the search results page is a SearchResultsPage', () => {
  const graph = pageGraph(site, { ...page, health: false, search: true, breadcrumbs: [] }) as unknown as { '@graph': Record<string, unknown>[] };
  assert.equal(graph['@graph'][2]?.['@type'], 'SearchResultsPage');
});
