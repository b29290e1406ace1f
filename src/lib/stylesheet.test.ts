import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineStylesheet, linkedStylesheets, missingRules, ruleKeys } from './stylesheet.ts';

test('rules are keyed with their media query', () => {
  const keys = ruleKeys('.a{color:red}@media (min-width:40em){.a{color:blue}.b{margin:0}}');
  assert.deepEqual([...keys], ['.a', '@media (min-width:40em) > .a', '@media (min-width:40em) > .b']);
});

test('selector lists count one selector at a time', () => {
  assert.deepEqual([...ruleKeys('code,var{font-family:monospace}')], ['code', 'var']);
});

test('missing rules are the needed ones the shipped stylesheet lacks', () => {
  const needed = '.a{color:red}@media (min-width:40em){.b{margin:0}}';
  assert.deepEqual(missingRules(needed, '.a{color:red}.b{margin:0}'), ['@media (min-width:40em) > .b']);
  assert.deepEqual(missingRules(needed, `${needed}.c{padding:0}`), []);
});

test('a page\'s stylesheet links become one inline style where the first was', () => {
  const html = '<head><title>x</title><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"></head>';
  assert.deepEqual(linkedStylesheets(html), ['/_astro/a.css', '/_astro/b.css']);
  assert.equal(inlineStylesheet(html, 'p{margin:0}'), '<head><title>x</title><style>p{margin:0}</style></head>');
});

test('inline CSS cannot close its style element', () => {
  assert.equal(inlineStylesheet('<link rel="stylesheet" href="/a.css">', 'a{content:"</style>"}'), '<style>a{content:"<\\/style>"}</style>');
});

test('a page with no stylesheet is unchanged', () => {
  assert.equal(inlineStylesheet('<p>hi</p>', 'p{}'), '<p>hi</p>');
});
