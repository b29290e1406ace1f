import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CRISIS_GROUPS } from './crisis-lexicon.ts';
import { compilePhrase, detectCrisis, isCrisisQuery, isSlip, normaliseQuery, typingDistance, typingTolerance } from './crisis-query.ts';

interface Corpus {
  distressed: { query: string; group: string }[];
  ordinary: string[];
}
const corpus = JSON.parse(readFileSync(new URL('../../tests/crisis-queries/corpus.json', import.meta.url), 'utf8')) as Corpus;

/**
 * The first held-out list, written after the first rules. Its 7 misses led to
 * wider rules (past tenses, "no one" ... "talk to", empty and numb, dark
 * thoughts, wanting to jump, harm to others, slips in short words) and are now
 * in the corpus, so it is no longer unseen: kept as a check, not a measure.
 */
const HELD_OUT_FIRST = [
  'i feel like ending things',
  'i just want everything to stop',
  'i dont want to be around anymore',
  'thinking about jumping off the car park',
  'how much paracetamol is too much',
  'swallowed all my tablets',
  'ive been cutting again',
  'i burnt myself',
  'my son keeps saying he wants to die',
  'my mate is talking about ending it',
  'i cant cope with anything',
  'i feel so empty and alone',
  'theres no one i can talk to',
  'i need someone to listen',
  'can someone help me',
  'im not safe at home tonight',
  'suicidle',
  'i want to kil my self',
  'gonna end it tonight',
  'i dont want to carry on',
  'wish i could go to sleep and not wake up',
  'i hate my life and want out',
  'life isnt worth living',
  'what number do i ring in a crisis',
  'samaritans phone number',
  'is there a mental health crisis line',
  'having really dark thoughts',
  'i keep having thoughts of hurting myself',
  'my head is telling me to hurt people',
  'voices telling me to do things',
  'i think i am having a mental breakdown',
  'cant stop panicking',
  'i have nobody',
  'im all on my own and need to talk',
  'i took an od',
  'overdosed on sertraline',
  'i want to jump',
  'my friend cuts herself',
  'self harming again',
  'no point living',
];

/**
 * The second held-out list, written after the wider rules and run once, never
 * used to change them: how the rules do on phrasings they were not built from.
 * Reported, not required to be perfect; a miss here is a reason to improve the
 * rules (then add the query to the corpus and write a new held-out list).
 * First run: 33/40 (missed: drowning, crashing my car on purpose, nothing
 * matters anymore, i hate myself so much, going to explode, is anyone there,
 * cant keep myself safe). The floor of 60% was set before that run.
 */
const HELD_OUT = [
  'i feel like im drowning and cant get out',
  'everyone hates me and i want to disappear forever',
  'i tried to hang myself last year and the feelings are back',
  'planning my suicide',
  'i keep thinking about crashing my car on purpose',
  'what happens if you take 20 paracetamol',
  'i have been hurting myself with a razor',
  'i scratched my arms until they bled',
  'how do i stop self harming',
  'my dad said he doesnt see the point in living',
  'my best friend sent me a goodbye text',
  'my daughter wont stop cutting',
  'worried my husband might kill himself',
  'i cant stop thinking about dying',
  'i dont want to be here tomorrow',
  'whats the point in living',
  'nothing matters anymore',
  'i am so tired of everything',
  'i hate myself so much',
  'i feel like i am going to explode',
  'im having a panic attack what do i do',
  'the voices wont leave me alone',
  'i think someone is following me and wants to hurt me',
  'i feel like nobody understands me',
  'so lonely i could cry',
  'i have no friends and no family',
  'i just need someone to talk to tonight',
  'is anyone there',
  'i need help urgently please',
  'crisis team nottingham number',
  'who do i call if im suicidal',
  'urgent mental health help',
  'i wanna unalive myself',
  'thinking of ctb tonight',
  'i want to stab someone',
  'im scared im going to hurt my kids',
  'i cant keep myself safe',
  'suicdal thoughts again',
  'i jst want to die',
  'hurting my self again',
];

test(`the corpus: every distressed query shows crisis help (recall 100%), at most one ordinary query does`, () => {
  const perGroup = new Map<string, { total: number; caught: number }>();
  const missed: string[] = [];
  for (const { query, group } of corpus.distressed) {
    const counts = perGroup.get(group) ?? { total: 0, caught: 0 };
    counts.total++;
    if (detectCrisis(query)) counts.caught++;
    else missed.push(`${group}: ${query}`);
    perGroup.set(group, counts);
  }
  const falseAlarms = corpus.ordinary.filter((query) => isCrisisQuery(query));
  const rows = [...perGroup].map(([group, { total, caught }]) => `  ${group.padEnd(14)} ${caught}/${total}`);
  console.log(
    `Crisis corpus: ${corpus.distressed.length} distressed queries, ${corpus.ordinary.length} ordinary\n${rows.join('\n')}\n` +
      `  recall ${(((corpus.distressed.length - missed.length) / corpus.distressed.length) * 100).toFixed(1)}%, false alarms ${falseAlarms.length}/${corpus.ordinary.length}` +
      (falseAlarms.length ? ` (${falseAlarms.join('; ')})` : ''),
  );
  assert.deepEqual(missed, []);
  assert.ok(falseAlarms.length <= 1, `ordinary queries that showed crisis help: ${falseAlarms.join('; ')}`);
});

test('the corpus is big enough and covers every group in the lexicon', () => {
  assert.ok(corpus.distressed.length >= 200, `${corpus.distressed.length} distressed queries`);
  assert.ok(corpus.ordinary.length >= 60, `${corpus.ordinary.length} ordinary queries`);
  const groups = new Set(corpus.distressed.map((q) => q.group));
  for (const group of CRISIS_GROUPS) assert.ok(groups.has(group.id), `no corpus query for the "${group.id}" group`);
  for (const group of groups) assert.ok(CRISIS_GROUPS.some((g) => g.id === group), `the corpus names a group the lexicon does not have: ${group}`);
  for (const example of ['i dont see the point anymore', 'sewerslide', 'how many paracetamol', 'burning myself', 'my partner says he wants to die', 'cant stop shaking', 'mental health helpline']) {
    assert.ok(corpus.distressed.some((q) => q.query === example), example);
  }
});

test('held-out phrasings, written after the rules: recall is reported', () => {
  for (const [name, list, floor] of [
    ['first list (its misses since added to the corpus)', HELD_OUT_FIRST, 0.8],
    ['second list (unseen by the rules)', HELD_OUT, 0.6],
  ] as const) {
    const missed = list.filter((query) => !isCrisisQuery(query));
    console.log(`Held-out phrasings, ${name}: ${list.length - missed.length}/${list.length} caught${missed.length ? `; missed: ${missed.join('; ')}` : ''}`);
    // A floor, not a target: well below it, the rules are a list fitted to the corpus.
    assert.ok(list.length - missed.length >= list.length * floor, `${name}: only ${list.length - missed.length}/${list.length}`);
  }
});

test('queries are normalised: lower case, apostrophes dropped, text speak written out, others as the reader', () => {
  assert.deepEqual(normaliseQuery("I DON'T wanna be here"), ['i', 'do', 'not', 'want', 'to', 'be', 'here']);
  assert.deepEqual(normaliseQuery('im ok, idk'), ['i', 'am', 'ok', 'i', 'do', 'not', 'know']);
  assert.deepEqual(normaliseQuery('u cant help her'), ['you', 'can', 'not', 'help', 'my']);
  assert.deepEqual(normaliseQuery('he hurt himself'), ['he', 'hurt', 'myself']);
  assert.deepEqual(normaliseQuery('A&E'), ['a', 'and', 'e']);
});

test('word stems: "ending", "ended" and "ends" all match "end"', () => {
  for (const query of ['ending it all', 'ended it', 'she ends it all', 'i will end it all']) assert.deepEqual(detectCrisis(query)?.groups.includes('suicide'), true, query);
});

test('an intent and its object match a few words apart, not across the query', () => {
  assert.equal(isCrisisQuery('i really want to just die'), true);
  assert.equal(isCrisisQuery('i wish that i was dead'), true);
  assert.equal(isCrisisQuery('i want to know when the course ends and what happens to people who die'), false);
});

test('typing mistakes count only in words of 5 letters or more, 1 or 2 by length, and never from an ordinary word', () => {
  assert.equal(typingTolerance('die'), 0);
  assert.equal(typingTolerance('shout'), 0, 'a common word');
  assert.equal(typingTolerance('crisis'), 1);
  assert.equal(typingTolerance('paracetamol'), 2);
  assert.equal(typingTolerance('999'), 0);
  assert.equal(isCrisisQuery('sucide'), true);
  assert.equal(isCrisisQuery('paracetemol'), true);
  assert.equal(isCrisisQuery('samaratins'), true);
  assert.equal(isCrisisQuery('pay bills'), false, '"bills" is not "pills"');
  assert.equal(isCrisisQuery('short course'), false, '"short" is not "shout"');
  assert.equal(isCrisisQuery('lovely staff'), false, '"lovely" is not "lonely"');
  assert.equal(isCrisisQuery('dye'), false, 'too short to be a typing mistake for "die"');
});

test('"=" marks an exact word and "$" the end of the query', () => {
  assert.deepEqual(
    compilePhrase('=cutting $').map((w) => [w.word, w.exact]),
    [
      ['cutting', true],
      ['$', true],
    ],
  );
  assert.equal(isCrisisQuery('cutting'), true);
  assert.equal(isCrisisQuery('cut off date'), false);
  assert.equal(isCrisisQuery('i feel like giving up'), true);
  assert.equal(isCrisisQuery('giving up smoking'), false);
});

test('loneliness alone leads with someone to talk to; any sign of danger leads with 999 and 111', () => {
  assert.equal(detectCrisis('no one to talk to')?.kind, 'talk');
  assert.equal(detectCrisis('so lonely')?.kind, 'talk');
  assert.equal(detectCrisis('lonely and want to die')?.kind, 'emergency');
  assert.equal(detectCrisis('help me')?.kind, 'emergency');
  assert.equal(detectCrisis('training'), undefined);
  assert.equal(detectCrisis(''), undefined);
});

test('a plain call for help counts only when the query is nothing else', () => {
  assert.equal(isCrisisQuery('please help me'), true);
  assert.equal(isCrisisQuery('help me find the training page'), false);
});

test('typing distance counts a swap of two letters as one mistake', () => {
  assert.equal(typingDistance('overdoes', 'overdose', 2), 1);
  assert.equal(typingDistance('suicide', 'suicide', 1), 0);
  assert.equal(typingDistance('abc', 'xyz', 1), 2);
});

test('a slip in a short word (a letter missing, two swapped, one doubled) counts only before or after a strong object', () => {
  assert.equal(isSlip('kil', 'kill'), true);
  assert.equal(isSlip('wnat', 'want'), true);
  assert.equal(isSlip('wan', 'want'), true);
  assert.equal(isSlip('cutt', 'cut'), true);
  assert.equal(isSlip('ill', 'kill'), false, 'the first letter is kept');
  assert.equal(isSlip('went', 'want'), false, 'a changed letter is not a slip');
  assert.equal(isSlip('de', 'die'), false, 'too short');
  for (const query of ['i want to kil my self', 'kil myself', 'wnat to die', 'wan to die', 'i hrut myself', 'dont wnat to live']) assert.equal(isCrisisQuery(query), true, query);
  for (const query of ['kil', 'kil time before the interview', 'wan', 'i want to see dad', 'ill myself']) assert.equal(isCrisisQuery(query), false, query);
});

test('irregular past forms count as the verb: "burnt" is "burn", "took" and "taken" are "take"', () => {
  assert.deepEqual(normaliseQuery('I burnt myself, took pills'), ['i', 'burn', 'myself', 'take', 'pills']);
  for (const query of ['i burnt myself', 'i burned myself', 'i gave up on life', 'felt like dying']) assert.equal(isCrisisQuery(query), true, query);
  assert.equal(isCrisisQuery('people who took part in the course'), false);
});

test('two listed words typed as one may have a typing mistake, but not a whole word missing', () => {
  assert.equal(isCrisisQuery('slefharm'), true);
  assert.equal(isCrisisQuery('will someone listen to my feedback'), false, '"someone" is not "someone to"');
});

test('wider rules: no one ... to talk to, empty or alone, dark thoughts, wanting to jump, harm to others', () => {
  assert.equal(detectCrisis('theres no one i can really talk to')?.kind, 'talk');
  assert.equal(detectCrisis('i feel so empty and alone')?.groups.includes('loneliness'), true);
  assert.equal(isCrisisQuery('no one has replied to my application'), false);
  assert.equal(isCrisisQuery('empty fields in the form'), false);
  assert.equal(isCrisisQuery('having really dark thoughts'), true);
  assert.equal(isCrisisQuery('dark mode'), false);
  assert.equal(isCrisisQuery('i want to jump'), true);
  assert.equal(isCrisisQuery('want to jump straight to the course dates'), false);
  assert.equal(isCrisisQuery('jump to contents'), false);
  assert.deepEqual(detectCrisis('my head is telling me to hurt people'), { kind: 'emergency', groups: ['harm-to-others'] });
  assert.equal(isCrisisQuery('hurt feelings at work training'), false);
  assert.equal(isCrisisQuery('what happens if i get hurt on a ward'), false);
});
