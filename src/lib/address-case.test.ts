import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caseRedirects, caseVariants, foldPageAddress } from './address-case.ts';

test('a page address in capitals folds to the lower-case page', () => {
  assert.equal(foldPageAddress('/CRISIS/'), '/crisis/');
  assert.equal(foldPageAddress('/Help-In-A-Crisis/'), '/help-in-a-crisis/');
  assert.equal(foldPageAddress('/HELP-IN-A-CRISIS'), '/help-in-a-crisis/');
  assert.equal(foldPageAddress('/Feedback/Thank-You/'), '/feedback/thank-you/');
  // Under a base path, whichever way the base is written.
  assert.equal(foldPageAddress('/peer-support/CRISIS/', '/peer-support/'), '/peer-support/crisis/');
  assert.equal(foldPageAddress('/PEER-SUPPORT/Crisis/', '/peer-support/'), '/peer-support/crisis/');
  assert.equal(foldPageAddress('/peer-support/crisis/', '/Peer-Support/'), undefined);
  assert.equal(foldPageAddress('/peer-support/CRISIS/', '/Peer-Support/'), '/Peer-Support/crisis/');
});

test('nothing to fold: lower case, files (whose names keep their case), encoded characters', () => {
  assert.equal(foldPageAddress('/help-in-a-crisis/'), undefined);
  assert.equal(foldPageAddress('/'), undefined);
  assert.equal(foldPageAddress('/_astro/Base.CiX9a_3Q.css'), undefined);
  assert.equal(foldPageAddress('/pagefind/fragment/en_3Fa9B1c.pf_fragment'), undefined);
  assert.equal(foldPageAddress('/documents/Leaflet.PDF'), undefined);
  // Only ASCII letters: the hex of a percent escape may change case, which means the same.
  assert.equal(foldPageAddress('/caf%C3%A9/'), '/caf%c3%a9/');
});

test('the usual capitalised forms of an address', () => {
  assert.deepEqual(caseVariants('/help-in-a-crisis/'), ['/HELP-IN-A-CRISIS/', '/Help-In-A-Crisis/', '/Help-in-a-crisis/']);
  assert.deepEqual(caseVariants('/crisis/'), ['/CRISIS/', '/Crisis/']);
  assert.deepEqual(caseVariants('/feedback/thank-you/'), ['/FEEDBACK/THANK-YOU/', '/Feedback/Thank-You/', '/Feedback/thank-you/']);
  assert.deepEqual(caseVariants('/404/'), []);
  assert.deepEqual(caseVariants('/guide.pdf'), []);
  // Each folds back to the address it came from.
  for (const variant of caseVariants('/train-to-be-a-peer-support-worker/')) assert.equal(foldPageAddress(variant), '/train-to-be-a-peer-support-worker/');
});

test('redirects from the capitalised short addresses and their pages, each straight to the page', () => {
  const rules = caseRedirects([
    { from: '/crisis/', to: '/help-in-a-crisis/' },
    { from: '/leaflet/', to: 'https://example.nhs.uk/leaflet/' },
  ]);
  assert.deepEqual(rules, [
    { from: '/CRISIS/', to: '/help-in-a-crisis/' },
    { from: '/Crisis/', to: '/help-in-a-crisis/' },
    { from: '/HELP-IN-A-CRISIS/', to: '/help-in-a-crisis/' },
    { from: '/Help-In-A-Crisis/', to: '/help-in-a-crisis/' },
    { from: '/Help-in-a-crisis/', to: '/help-in-a-crisis/' },
    { from: '/LEAFLET/', to: 'https://example.nhs.uk/leaflet/' },
    { from: '/Leaflet/', to: 'https://example.nhs.uk/leaflet/' },
  ]);
  // A form already in the file is left to its own rule.
  assert.deepEqual(caseRedirects([{ from: '/a/', to: '/b/' }, { from: '/A/', to: '/c/' }]).map((r) => r.from), ['/B/', '/C/']);
});
