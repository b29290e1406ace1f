/**
 * One MDX file to stored HTML: Markdown as the MDX compile wrote it, the
 * site's own components rendered by their renderers, the rest as
 * placeholders, content problems as a page that fails, and nothing from
 * content ever as markup.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckContext } from '../content-checks/mdx.ts';
import { mdxComponentNames } from '../components/mdx/names.ts';
import { renderMdx } from './render.ts';
import { PROBLEM_COMPONENT, splitSlots, type Slot } from './slots.ts';

const context: CheckContext = {
  components: mdxComponentNames,
  contactIds: ['peer-development-team'],
  pageIds: new Set(['index', 'help-in-a-crisis']),
  contactPhones: new Map([['01159691300', 'peer-development-team']]),
  document: (href) => {
    if (href === '/documents/guide.pdf') return { file: '/public/documents/guide.pdf', fileType: 'PDF', bytes: 2048, fileSize: '2 KB' };
    throw new Error(`there is no file at public${href}.`);
  },
};

const page = (body: string) => `---\ntitle: A page\nlastReviewed: 2026-11-24\n---\n\n${body}\n`;
const render = (body: string, base = '/') => renderMdx('content/pages/x.mdx', '/site/content/pages/x.mdx', page(body), { base, context });
const slots = (html: string) => splitSlots(html).filter((part): part is Slot => typeof part !== 'string');

test('Markdown: heading ids and the headings list as Astro gives them, text escaped as Astro escapes it', () => {
  const { html, headings } = render('## When to go to A\\&E\n\nYou & me \\<3 "quoted" it\'s\n\n### When to go to A\\&E');
  assert.equal(
    html,
    '<h2 id="when-to-go-to-ae">When to go to A&amp;E</h2>\n<p>You &amp; me &lt;3 “quoted” it’s</p>\n<h3 id="when-to-go-to-ae-1">When to go to A&amp;E</h3>',
  );
  assert.deepEqual(headings, [
    { depth: 2, slug: 'when-to-go-to-ae', text: 'When to go to A&E' },
    { depth: 3, slug: 'when-to-go-to-ae-1', text: 'When to go to A&E' },
  ]);
});

test('links follow the base path; phone links stay on one line and a lone one is a call button', () => {
  const { html } = render('[Get help](/help-in-a-crisis/) or [call 116 123](tel:116123)\n\n[Call 999](tel:999)', '/peer-support/');
  assert.equal(
    html,
    '<p><a href="/peer-support/help-in-a-crisis/">Get help</a> or <a href="tel:116123" class="app-phone-link">call\u00a0116\u00a0123</a></p>\n' +
      '<p><a href="tel:999" class="app-call-button app-phone-link">Call\u00a0999</a></p>',
  );
});

test('the site\'s own components are rendered in place, with their Markdown children', () => {
  const { html } = render('<CareCard type="urgent" heading="Call 111 if:">\n\n- you need help\n\n</CareCard>\n\n<InsetText>Note</InsetText>');
  assert.match(html, /^<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent">.*<div class="nhsuk-card__content"><ul>\n<li>you need help<\/li>\n<\/ul><\/div><\/div>/s);
  assert.match(html, /<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: <\/span>Note<\/div>$/);
  assert.doesNotMatch(html, /site-slot/);
  assert.equal(render('See <PageLink page="help-in-a-crisis">crisis *help*</PageLink>.', '/peer-support/').html, '<p>See <a href="/peer-support/help-in-a-crisis/">crisis <em>help</em></a>.</p>');
});

test('components that read other data are placeholders, with their literal props and children, even inside others', () => {
  const { html } = render('<InsetText>\n\nCall <ContactPhone contact="peer-development-team" />.\n\n</InsetText>\n\n<ContactCard contact="peer-development-team" headingLevel={3} />\n\n<Attachment href="/documents/guide.pdf">The *guide*</Attachment>');
  // The inset text is HTML already, so its contact number is a placeholder at the top level.
  assert.deepEqual(slots(html).map((slot) => [slot.component, slot.props, slot.children]), [
    ['ContactPhone', { contact: 'peer-development-team' }, ''],
    ['ContactCard', { contact: 'peer-development-team', headingLevel: 3 }, ''],
    ['Attachment', { href: '/documents/guide.pdf' }, 'The <em>guide</em>'],
  ]);
  const inset = splitSlots(html)[0] as string;
  assert.match(html, /^<div class="nhsuk-inset-text">.*<p>Call <site-slot data-component="ContactPhone" data-props="\{&quot;contact&quot;:&quot;peer-development-team&quot;\}"><\/site-slot>\.<\/p><\/div>/s);
  assert.ok(inset.startsWith('<div class="nhsuk-inset-text">'));
  // A placeholder alone on its line is a block, not a paragraph (MDX's unravelling).
  assert.doesNotMatch(html, /<p><site-slot data-component="ContactCard"/);
});

test('hostile text and attribute values come out as text, and cannot forge a placeholder', () => {
  const { html } = render(
    [
      'Text with &lt;site-slot data-component="ContactCard" data-props="{}"&gt; and \\<script>',
      '<abbr title={"\\"><script>alert(1)</script>"}>NHS</abbr>',
      '<Details summary={"<site-slot data-component=\\"x\\" data-props=\\"{}\\">"}>Inside</Details>',
      '<ContactCard contact="peer-development-team" headingLevel="2" />',
    ].join('\n\n'),
  );
  // Inside a quoted attribute value (its " escaped) a < is text, as in Astro's own output.
  assert.ok(html.includes('<abbr title="&quot;><script>alert(1)</script>">NHS</abbr>'), html);
  assert.doesNotMatch(html.replace(/="[^"]*"/g, '=""'), /<script/);
  assert.deepEqual(slots(html).map((slot) => slot.component), ['ContactCard'], 'only the real component is a placeholder');
  assert.ok(html.startsWith('<p>Text with &lt;site-slot data-component='), html);
});

test('a content problem renders as a placeholder the page throws, naming file, line, component and fix', () => {
  const [problem] = slots(render('Fine.\n\n<ContactCard contact="nobody" />').html);
  assert.equal(problem?.component, PROBLEM_COMPONENT);
  const props = problem!.props as Record<string, string>;
  assert.equal(props.where, 'content/pages/x.mdx (line 8)');
  assert.match(props.field!, /ContactCard/);
  assert.match(props.fix!, /\S/);
  const [syntax] = slots(render('<InsetText>\n\nnot closed').html);
  assert.equal((syntax!.props as Record<string, string>).field, 'the MDX');
  const [code] = slots(render('<script>alert(1)</script>').html);
  assert.match((code!.props as Record<string, string>).field!, /script/);
});
