/**
 * The renderer functions are the one source of the content components'
 * markup: what the .astro components and the content loader both write. Every
 * value from content comes out as text, never as markup.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxComponentNames } from '../mdx/names.ts';
import { actionLinkHtml } from './action-link.ts';
import { careCardHtml } from './care-card.ts';
import { detailsHtml } from './details.ts';
import { attribute, escapeAttribute, escapeText } from './html.ts';
import { iconHtml } from './icon.ts';
import { PAGE_TIME_COMPONENTS, STATIC_RENDERERS } from './index.ts';
import { insetTextHtml } from './inset-text.ts';
import { styleIgnoreHtml } from './style-ignore.ts';
import { warningCalloutHtml } from './warning-callout.ts';

const HOSTILE = `"><script>alert('x')</script><img src=x onerror=alert(1)> & &amp;`;
/** No tag can come from a hostile value in text: its < are escaped. */
const assertInert = (html: string) => assert.doesNotMatch(html, /<script|<img/);

test('text and attribute escaping are Astro\'s, character for character', () => {
  assert.equal(escapeText(`a & b < c > d ' e " f`), 'a &amp; b &lt; c &gt; d &#39; e &quot; f');
  assert.equal(escapeAttribute(`a & "b" <c>`), 'a &amp; &quot;b&quot; <c>');
  assert.equal(attribute('href', '/x?a=1&b="2"'), ' href="/x?a=1&amp;b=&quot;2&quot;"');
  assert.equal(attribute('hidden', true), ' hidden');
  assert.equal(attribute('title', undefined), '');
  assert.equal(attribute('onclick" x="y', 'z'), '', 'a name that could end the attribute is dropped');
});

test('care card: the urgency prefix, the heading as text, the children as given', () => {
  assert.equal(
    careCardHtml({ type: 'urgent', heading: 'Call 111 if:' }, '<p>Now</p>'),
    '<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent"><div class="nhsuk-card__heading-container">' +
      '<h2 class="nhsuk-card__heading"><span class="nhsuk-u-visually-hidden">Urgent advice: </span>Call 111 if:</h2>' +
      '<span class="nhsuk-card--care__arrow" aria-hidden="true"></span></div><div class="nhsuk-card__content"><p>Now</p></div></div>',
  );
  assert.match(careCardHtml({ type: 'emergency', heading: 'A', headingLevel: 3 }, ''), /<h3 class="nhsuk-card__heading"><span class="nhsuk-u-visually-hidden">Immediate action required: <\/span>A<\/h3>/);
  const hostile = careCardHtml({ type: 'non-urgent', heading: HOSTILE }, '');
  assertInert(hostile);
  assert.ok(hostile.includes('&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;'), hostile);
});

test('care card: a type or heading level that is not one of the choices is an error, not markup', () => {
  assert.throws(() => careCardHtml({ type: 'urgent" onclick="x' as never, heading: 'A' }, ''), /CareCard type must be/);
  assert.throws(() => careCardHtml({ type: 'urgent', heading: 'A', headingLevel: '2 onclick=x' as never }, ''), /headingLevel must be 2, 3, 4/);
  assert.throws(() => warningCalloutHtml({ heading: 'A', headingLevel: 1 as never }, ''), /headingLevel/);
});

test('warning callout, inset text and details escape what they are given', () => {
  assert.equal(
    warningCalloutHtml({}, '<p>x</p>'),
    '<div class="nhsuk-card nhsuk-card--warning"><div class="nhsuk-card__content"><h3 class="nhsuk-card__heading"><span class="nhsuk-u-visually-hidden">Important: </span>Important</h3><p>x</p></div></div>',
  );
  assertInert(warningCalloutHtml({ heading: HOSTILE }, ''));
  assert.equal(insetTextHtml({}, '<p>x</p>'), '<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>x</p></div>');
  const details = detailsHtml({ summary: HOSTILE }, '<p>x</p>');
  assertInert(details);
  assert.match(details, /^<details class="nhsuk-details"><summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">&quot;&gt;&lt;script/);
  assert.match(detailsHtml({ summary: 'More', expander: true }, ''), /^<details class="nhsuk-details nhsuk-expander">/);
});

test('action link: site links follow the base path; a hostile address stays inside its attribute', () => {
  assert.match(actionLinkHtml({ href: '/help-in-a-crisis/' }, 'Get help', '/peer-support/'), /^<a class="nhsuk-action-link" href="\/peer-support\/help-in-a-crisis\/"><svg class="nhsuk-icon nhsuk-icon--arrow-right-circle"/);
  assert.match(actionLinkHtml({ href: 'https://111.nhs.uk/' }, 'x', '/peer-support/'), /href="https:\/\/111\.nhs\.uk\/"/);
  assert.match(actionLinkHtml({ href: '//evil.example/' }, 'x', '/peer-support/'), /href="\/\/evil\.example\/"/, 'a protocol-relative address is not joined to the base');
  const hostile = actionLinkHtml({ href: HOSTILE }, 'x', '/');
  assert.ok(hostile.startsWith(`<a class="nhsuk-action-link" href="&quot;><script>alert('x')</script><img src=x onerror=alert(1)> &amp; &amp;amp;">`), hostile);
});

test('icons are the fixed set; style exceptions render nothing', () => {
  assert.match(iconHtml('search'), /^<svg class="nhsuk-icon nhsuk-icon--search"[^>]*><path d="m20\.7/);
  assert.throws(() => iconHtml('x" onload="alert(1)' as never), /no icon/);
  assert.equal(styleIgnoreHtml({ rule: 'a', reason: HOSTILE }, ''), '');
});

test('every content component is either rendered by the loader or left to the page, never both or neither', () => {
  const staticNames = Object.keys(STATIC_RENDERERS);
  const pageTime: readonly string[] = PAGE_TIME_COMPONENTS;
  assert.deepEqual([...staticNames, ...pageTime].sort(), [...mdxComponentNames].sort());
  assert.equal(staticNames.filter((name) => pageTime.includes(name)).length, 0);
});
