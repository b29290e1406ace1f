import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocksOfHtml, deadEnds, isContactInstruction, sentencesOf, type Block } from './contact-sentences.ts';

const text = (value: string): Block => [{ text: value, link: false }];

test('instructions to get in touch are recognised, in any form and case', () => {
  for (const sentence of [
    'Contact the service directly to check how it is working.',
    'Contact the ward you want to visit before you go.',
    'Contact your service to check how it is working now.',
    'Contact your GP surgery.',
    'CALL US.',
    'Phone the Peer Development Team.',
    'Ring the ward.',
    'Get in touch with us.',
    'You can get in touch with the team at any time.',
    'Please contact our crisis team.',
    'Call\u00a0the\u00a0ward.',
    'If you are worried, call 0115 969 1300.',
    'Contact Samaritans.',
    'Contacting the trust\u2019s wards is easy.',
  ]) {
    assert.ok(isContactInstruction(sentence), sentence);
  }
});

test('other uses of the same words are not instructions', () => {
  for (const sentence of [
    'This is when you see your doctor on a video call, not in person.',
    'Keep your phone with you.',
    'We check every page at phone and desktop screen widths, including 320 pixels wide.',
    'A phone call with the team is fine.',
    'Recall how the service worked.',
    'Ringwood is a town.',
    'The Peer Development Team cannot help in a crisis.',
    'Our crisis team helps people in a mental health crisis outside office hours.',
    'Contact',
    '',
    'Call',
  ]) {
    assert.equal(isContactInstruction(sentence), false, sentence);
  }
});

test('a block is split into sentences, keeping abbreviations whole', () => {
  assert.deepEqual(
    sentencesOf(text('Call the team, e.g. on Monday. Then ring the ward! Done?')).map((s) => s.text),
    ['Call the team, e.g. on Monday.', 'Then ring the ward!', 'Done?'],
  );
  assert.deepEqual(sentencesOf(text('   ')), []);
  // A colon inside a block joins two parts of one sentence.
  assert.deepEqual(sentencesOf(text('Contact the ward: find it below. Go.')).map((s) => s.text), ['Contact the ward: find it below.', 'Go.']);
  // A decimal or a time is not the end of a sentence.
  assert.deepEqual(sentencesOf(text('Open 9.30 to 5. Call us.')).map((s) => s.text), ['Open 9.30 to 5.', 'Call us.']);
});

test('a link counts only in its own sentence', () => {
  const block: Block = [
    { text: 'Contact the ward before you go. Find it on ', link: false },
    { text: 'our website', link: true },
    { text: '.', link: false },
  ];
  assert.deepEqual(deadEnds([block]), ['Contact the ward before you go.']);
});

test('a tel: link, a page link or a mailto: link in the sentence answers it', () => {
  assert.deepEqual(deadEnds([[{ text: 'Call the team on ', link: false }, { text: '0115 969 1300', link: true }, { text: '.', link: false }]]), []);
  assert.deepEqual(deadEnds([[{ text: 'Contact the team', link: true }, { text: ' if you have a question.', link: false }]]), []);
});

test('an empty link is no way to get in touch', () => {
  assert.deepEqual(deadEnds([[{ text: 'Contact the service directly. ', link: false }, { text: ' ', link: true }]]), ['Contact the service directly.']);
});

test('a sentence leading into a list is answered by a link in the list', () => {
  const lead = text('To get in touch with us, use one of these:');
  const list: Block = [{ text: 'Phone ', link: false }, { text: '0115 969 1300', link: true }];
  assert.deepEqual(deadEnds([lead, list]), []);
  assert.deepEqual(deadEnds([lead, text('Nothing here.')]), ['To get in touch with us, use one of these:']);
  assert.deepEqual(deadEnds([lead]), ['To get in touch with us, use one of these:']);
});

test('long and hostile input is handled quickly', () => {
  const long = `${'contact '.repeat(5000)}the ward`;
  const started = performance.now();
  assert.equal(isContactInstruction(long), true);
  assert.equal(isContactInstruction('call '.repeat(20000)), false);
  assert.equal(isContactInstruction(`${'a'.repeat(100000)}!`), false);
  assert.ok(performance.now() - started < 1000, 'no catastrophic backtracking');
  assert.equal(sentencesOf(text('.'.repeat(1000))).length, 1);
  assert.equal(sentencesOf(text('Call us. '.repeat(1000))).length, 1000);
});

test('HTML: blocks are paragraphs and list items; headings, hidden text and scripts are left out', () => {
  const html = `<!doctype html><html><head><title>Contact the ward</title></head><body>
    <h1>Contact the Peer Development Team</h1>
    <p hidden>get in touch, contact us</p>
    <script>call("the ward")</script>
    <p>Contact the ward you want to visit before you go.</p>
    <ul><li>Call the team on <a href="tel:+441159691300">0115&nbsp;969&nbsp;1300</a>.</li>
    <li><p>Phone the service.</p> Ring us <a href="">here</a>.</li></ul>
  </body></html>`;
  assert.deepEqual(deadEnds(blocksOfHtml(html)), ['Contact the ward you want to visit before you go.', 'Phone the service.', 'Ring us here.']);
});

test('HTML: a link around nested text counts, and a block ends where a nested block starts', () => {
  const html = '<p>Please <a href="/contact/"><strong>contact the team</strong></a>.</p><div>Call us<p>Details below.</p></div>';
  const blocks = blocksOfHtml(html);
  assert.deepEqual(
    blocks.map((block) => block.map((piece) => piece.text).join('')),
    ['Please contact the team.', 'Call us', 'Details below.'],
  );
  assert.deepEqual(deadEnds(blocks), ['Call us']);
});
