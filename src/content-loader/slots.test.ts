import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slotHtml, splitSlots } from './slots.ts';

test('a placeholder gives back exactly the props and children it was written with, whatever they hold', () => {
  const props = { contact: `"><script>alert('x')</script>&amp; </site-slot>`, headingLevel: 3, flag: true };
  const html = `<p>Before</p>${slotHtml('ContactCard', props, '<em>child</em>')}<p>After</p>`;
  assert.deepEqual(splitSlots(html), ['<p>Before</p>', { component: 'ContactCard', props, children: '<em>child</em>' }, '<p>After</p>']);
  assert.doesNotMatch(html, /<script|<\/site-slot>&quot;/, 'props hold no < or > at all');
  // Even inside another placeholder's children, a prop cannot close it early.
  assert.deepEqual(splitSlots(slotHtml('Attachment', {}, html)), [{ component: 'Attachment', props: {}, children: html }]);
});

test('a placeholder inside another is left in its children, for the page to split again', () => {
  const inner = slotHtml('ContactPhone', { contact: 'a' }, '');
  const html = slotHtml('Attachment', { href: '/documents/a.pdf' }, `Call ${inner} first`) + 'tail';
  const [outer, tail] = splitSlots(html);
  assert.deepEqual(outer, { component: 'Attachment', props: { href: '/documents/a.pdf' }, children: `Call ${inner} first` });
  assert.equal(tail, 'tail');
  assert.deepEqual(splitSlots((outer as { children: string }).children), ['Call ', { component: 'ContactPhone', props: { contact: 'a' }, children: '' }, ' first']);
});

test('HTML without placeholders is one part; an unclosed placeholder is an error, not a guess', () => {
  assert.deepEqual(splitSlots('<p>x</p>'), ['<p>x</p>']);
  assert.deepEqual(splitSlots(''), []);
  assert.throws(() => splitSlots('<site-slot data-component="A" data-props="{}">x'), /not closed/);
});
