/**
 * The stylesheet step keeps, for each page, only the words that can change
 * what PurgeCSS keeps (wordsThatMatter): the pruning check gives the same
 * stylesheet from those as from every word of the pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prune, wordsThatMatter } from './index.ts';

const css = [
  '.nhsuk-card{margin:0}',
  '.nhsuk-card__heading .nhsuk-icon{fill:red}',
  '#maincontent{outline:0}',
  'table th{font-weight:700}',
  '[hidden]{display:none}',
  '[type="radio"]{margin:0}',
  '[class^="nhsuk-u-margin-"]{margin:4px}',
  '[href$="pdf"]{color:blue}',
  '[class*="grid-column"]{float:left}',
  '.unused{color:green}',
  '@media (min-width:40em){.nhsuk-card--clickable{cursor:pointer}}',
].join('\n');

const pageWords = 'html body main maincontent nhsuk-card nhsuk-card__heading nhsuk-icon table th hidden type radio nhsuk-u-margin-bottom-3 leaflet-pdf nhsuk-grid-column-one-half peer support recovery team Nottingham 2026 visit';

test('the words that matter give the same pruned stylesheet as every word', async () => {
  const words = pageWords.split(' ');
  const matters = wordsThatMatter(css);
  const kept = words.filter(matters);
  // Words of the page's text and of rules the page does not use are dropped.
  for (const word of ['peer', 'support', 'recovery', 'Nottingham', '2026', 'visit', 'body']) assert.ok(!kept.includes(word), word);
  // Words the stylesheet names, and words an attribute selector matches by part, are kept.
  for (const word of ['nhsuk-card', 'maincontent', 'th', 'radio', 'nhsuk-u-margin-bottom-3', 'leaflet-pdf', 'nhsuk-grid-column-one-half']) assert.ok(kept.includes(word), word);
  const all = await prune(css, [{ raw: words.join(' '), extension: 'txt' }]);
  assert.equal(await prune(css, [{ raw: kept.join(' '), extension: 'txt' }]), all);
  // Rules kept for an id, an attribute's name and value, and descendants; not for words no page has.
  for (const rule of ['#maincontent', '[hidden]', '[type="radio"]', '.nhsuk-card__heading .nhsuk-icon']) assert.ok(all.includes(rule), rule);
  assert.doesNotMatch(all, /\.unused|clickable/);
});
