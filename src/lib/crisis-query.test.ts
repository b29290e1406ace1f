import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCrisisQuery, normaliseQuery, typingDistance } from './crisis-query.ts';

/** Queries from the issue, the words people use in distress, and typing mistakes. */
const CRISIS_QUERIES = [
  'crisis',
  'crisis phone',
  'crisis number',
  'crisis team phone number',
  'Crisis Team',
  'suicidal',
  'suicide',
  'kill myself',
  'i want to kill myself',
  'self harm',
  'self-harm',
  'selfharm',
  'harming myself',
  'want to die',
  'I don’t want to live',
  "can't go on",
  'end my life',
  'overdose',
  'urgent help',
  'emergency',
  'A&E',
  'a and e',
  '999',
  '111',
  'samaritans',
  // Typing mistakes.
  'suicdal',
  'sucide',
  'crissis',
  'criss',
  'emergancy',
  'kil myself',
  'self hram',
  'overdoes',
];

const ORDINARY = ['training', 'peer support worker', 'video consultation', 'placement', 'course', 'recovery goals', 'phone number', 'contact', 'visiting', 'cookies', 'accessibility', 'christmas', 'critic', 'will', ''];

test('crisis, suicide, self-harm and urgent-help queries are recognised, misspelt or not', () => {
  for (const query of CRISIS_QUERIES) assert.equal(isCrisisQuery(query), true, query);
});

test('ordinary queries are not', () => {
  for (const query of ORDINARY) assert.equal(isCrisisQuery(query), false, query);
});

test('queries are normalised: case, apostrophes, ampersands and punctuation', () => {
  assert.deepEqual(normaliseQuery("  Don’t   WANT to live!! "), ['dont', 'want', 'to', 'live']);
  assert.deepEqual(normaliseQuery('A&E'), ['a', 'and', 'e']);
  assert.deepEqual(normaliseQuery('self-harm'), ['self', 'harm']);
});

test('typing distance counts swaps of neighbouring letters as one mistake', () => {
  assert.equal(typingDistance('overdoes', 'overdose', 2), 1);
  assert.equal(typingDistance('crisis', 'crisis', 1), 0);
  assert.equal(typingDistance('critic', 'crisis', 1), 2);
  assert.equal(typingDistance('a', 'abcdef', 1), 2);
});
