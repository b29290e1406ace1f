import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aToZ, buildNavigation, childrenOf, type NavInput } from './navigation.ts';
import { ContentError } from './content-error.ts';

const page = (id: string, extra: Partial<NavInput> = {}): NavInput => ({
  id,
  file: `content/pages/${id}.mdx`,
  url: id === 'index' ? '/' : `/${id}/`,
  title: id === 'index' ? 'Peer support' : id.replace(/-/g, ' '),
  order: 100,
  parent: id === 'index' ? undefined : 'index',
  ...extra,
});

test('breadcrumbs run from the start page down to the parent', () => {
  const nav = buildNavigation([page('index'), page('feedback'), page('thank-you', { parent: 'feedback' })]);
  assert.deepEqual(nav.get('index')!.breadcrumbs, []);
  assert.deepEqual(nav.get('thank-you')!.breadcrumbs, [
    { title: 'Peer support', url: '/' },
    { title: 'feedback', url: '/feedback/' },
  ]);
});

test('a guide is ordered by order, with previous and next links', () => {
  const nav = buildNavigation([
    page('train', { guide: 'g', guideLabel: 'Train', order: 3 }),
    page('index', { guide: 'g', guideLabel: 'What it is', order: 1 }),
    page('how', { guide: 'g', guideLabel: 'How', order: 2 }),
    page('contact'),
  ]);
  const how = nav.get('how')!.guidePosition!;
  assert.deepEqual(how.pages.map((p) => [p.label, p.current]), [['What it is', false], ['How', true], ['Train', false]]);
  assert.deepEqual(how.previous, { label: 'What it is', url: '/' });
  assert.deepEqual(how.next, { label: 'Train', url: '/train/' });
  assert.equal(nav.get('index')!.guidePosition!.previous, undefined);
  assert.equal(nav.get('train')!.guidePosition!.next, undefined);
  assert.equal(nav.get('contact')!.guidePosition, undefined);
});

test('an unknown parent fails, naming the file, the field and the pages to choose from', () => {
  assert.throws(
    () => buildNavigation([page('index'), page('orphan', { parent: 'nowhere' })]),
    (error: unknown) =>
      error instanceof ContentError &&
      error.message.includes('content/pages/orphan.mdx') &&
      error.message.includes('parent') &&
      error.message.includes('"nowhere"') &&
      error.message.includes('index, orphan'),
  );
});

test('a loop of parents fails instead of hanging', () => {
  assert.throws(() => buildNavigation([page('a', { parent: 'b' }), page('b', { parent: 'a' })]), /loop/);
});

test('two guide pages with the same order fail', () => {
  assert.throws(
    () => buildNavigation([page('index', { guide: 'g', order: 1 }), page('x', { guide: 'g', order: 1 })]),
    /same order/,
  );
});

test('children are listed in order, then by title', () => {
  const nav = buildNavigation([page('index'), page('b', { order: 2 }), page('a', { order: 2 }), page('c', { order: 1 })]);
  assert.deepEqual(childrenOf(nav, 'index').map((n) => n.id), ['c', 'a', 'b']);
});

test('the A to Z groups indexable pages by first letter', () => {
  const groups = aToZ([
    { title: 'Video consultations', url: '/v/' },
    { title: 'accessibility statement', url: '/a/' },
    { title: 'A to Z of pages', url: '/az/' },
    { title: 'Thank you', url: '/t/', noindex: true },
    { title: '111 services', url: '/1/' },
  ]);
  assert.deepEqual(groups.map((g) => [g.letter, g.pages.map((p) => p.url)]), [
    ['#', ['/1/']],
    ['A', ['/az/', '/a/']],
    ['V', ['/v/']],
  ]);
});
