import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokenLink, internalTarget, pageAt, readPage, sourceCandidates, withoutStyles } from './links.ts';

test('links and anchor targets are read from HTML', () => {
  const page = readPage('<h2 id="eligibility">E</h2><a class="x" href="/a/?q=1&amp;b=2#top">A</a><a name="old"></a><a href="tel:111">111</a>');
  assert.deepEqual(page.hrefs, ['/a/?q=1&b=2#top', 'tel:111']);
  assert.deepEqual([...page.ids], ['eligibility', 'old']);
});

test('only links within the site are followed', () => {
  assert.deepEqual(internalTarget('/help-in-a-crisis/#a-and-e', '/'), { path: '/help-in-a-crisis/', fragment: 'a-and-e' });
  assert.deepEqual(internalTarget('#top', '/a/'), { path: '/a/', fragment: 'top' });
  assert.deepEqual(internalTarget('../b/', '/a/c/'), { path: '/a/b/', fragment: '' });
  for (const href of ['https://www.nhs.uk/', 'mailto:a@b.nhs.uk', 'tel:111', 'sms:85258', '//cdn.example.com/x']) assert.equal(internalTarget(href, '/'), undefined, href);
});

test('a built page maps back to its content file', () => {
  assert.deepEqual(sourceCandidates('/', '/', 'content'), ['content/pages/index.mdx']);
  assert.deepEqual(sourceCandidates('/peer-support/feedback/thank-you/', '/peer-support/', 'content'), ['content/pages/feedback/thank-you.mdx', 'content/pages/feedback/thank-you/index.mdx']);
  assert.deepEqual(sourceCandidates('/notices/visiting/', '/', 'content'), ['content/notices/visiting.mdx']);
});

test('broken links and missing anchors are explained; working ones are not', () => {
  const ids = new Map([['/', new Set(['maincontent'])], ['/help-in-a-crisis/', new Set(['when-to-go-to-ae'])]]);
  const site = {
    pages: new Set(ids.keys()),
    files: new Set(['/documents/guide.pdf']),
    redirects: new Set(['/crisis/']),
    hasId: (page: string, id: string) => ids.get(page)?.has(id) ?? false,
  };
  const check = (href: string) => brokenLink(internalTarget(href, '/')!, '/', site);
  assert.equal(check('/help-in-a-crisis/'), undefined);
  assert.equal(check('/help-in-a-crisis'), undefined);
  assert.equal(check('/help-in-a-crisis/#when-to-go-to-ae'), undefined);
  assert.equal(check('/documents/guide.pdf'), undefined);
  assert.equal(check('/crisis/'), undefined);
  assert.equal(check('/help-in-crisis/'), 'there is no page at /help-in-crisis/');
  assert.equal(check('/help-in-a-crisis/#a-and-e'), '/help-in-a-crisis/ has no heading or section "#a-and-e"');
  assert.equal(check('#nowhere'), 'this page has no heading or section "#nowhere"');
});

test('a path without its final slash leads to the folder page, but a .html path never does', () => {
  const pages = new Set(['/a/', '/404.html']);
  assert.equal(pageAt('/a/', pages), '/a/');
  assert.equal(pageAt('/a', pages), '/a/');
  assert.equal(pageAt('/404.html', pages), '/404.html');
  assert.equal(pageAt('/b', pages), undefined);
  assert.equal(pageAt('/a.html', new Set(['/a.html/'])), undefined);
});

test('links and ids are read outside <style> elements, which hold none', () => {
  const html = '<head><style>a[href="/x/"]{color:red} .b [id="y"]{} p{content:" id=\\"z\\""}</style></head><body><h2 id="k">K</h2><style media="print">a{}</style><a href="/p/">P</a></body>';
  assert.equal(withoutStyles(html), '<head></head><body><h2 id="k">K</h2><a href="/p/">P</a></body>');
  const page = readPage(html);
  assert.deepEqual(page.hrefs, ['/p/']);
  assert.deepEqual([...page.ids], ['k']);
  assert.equal(withoutStyles('<p>no styles</p>'), '<p>no styles</p>');
  // An unclosed <style> (never in Astro's output) is left as it is.
  assert.equal(withoutStyles('<style>a{}'), '<style>a{}');
});
