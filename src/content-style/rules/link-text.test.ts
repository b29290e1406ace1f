import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkTextProblem } from './link-text.ts';

test('link text that says where it goes is fine, and so are email addresses and phone numbers', () => {
  for (const text of ['Get help in a crisis', 'contact the Peer Development Team', 'peer.team@example.nhs.uk', '116 123', 'Here is how to apply']) {
    assert.equal(linkTextProblem(text), undefined, text);
  }
});

test('"click here", "here", "more" and web addresses are refused with what to do', () => {
  assert.match(linkTextProblem('Click here')!, /^describe where the link goes instead of "Click here"/);
  assert.match(linkTextProblem('here.')!, /instead of "here\."/);
  assert.match(linkTextProblem('Read more')!, /describe where the link goes/);
  assert.match(linkTextProblem('Click to apply')!, /^do not write "Click"/);
  assert.match(linkTextProblem('https://www.nhs.uk/mental-health/')!, /not the web address "https:\/\/www\.nhs\.uk\/mental-health\/"/);
  assert.match(linkTextProblem('www.nhs.uk')!, /not the web address/);
  assert.match(linkTextProblem('   ')!, /give the link some text/);
});
