import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapLimit } from './map-limit.ts';

test('keeps order and never runs more than the limit at once', async () => {
  let running = 0;
  let most = 0;
  const results = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
    running++;
    most = Math.max(most, running);
    await new Promise((r) => setTimeout(r, n));
    running--;
    return n * 10;
  });
  assert.deepEqual(results, [50, 10, 40, 20, 30]);
  assert.equal(most, 2);
});

test('an empty list is fine', async () => {
  assert.deepEqual(await mapLimit([], 4, async () => 1), []);
});
