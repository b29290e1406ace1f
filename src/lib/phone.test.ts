import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nationalDigits, parseUkPhone } from './phone.ts';

test('formats a Nottingham number in NHS groups with an international tel: form', () => {
  assert.deepEqual(parseUkPhone('0115 969 1300'), { display: '0115 969 1300', e164: '+441159691300' });
  assert.deepEqual(parseUkPhone('01159691300'), { display: '0115 969 1300', e164: '+441159691300' });
  assert.deepEqual(parseUkPhone('+44 (0)115 969 1300'.replace('(0)', '')), { display: '0115 969 1300', e164: '+441159691300' });
});

test('groups other UK number ranges as the NHS A to Z does', () => {
  assert.equal(parseUkPhone('02079460000')?.display, '020 7946 0000');
  // Mobiles and five-digit area codes: 5-3-3.
  assert.equal(parseUkPhone('07700900866')?.display, '07700 900 866');
  assert.equal(parseUkPhone('01273 800900')?.display, '01273 800 900');
  assert.equal(parseUkPhone('01632960000')?.display, '01632 960 000');
  // The few 10-digit numbers: two groups of five.
  assert.equal(parseUkPhone('0169772345')?.display, '01697 72345');
  assert.equal(parseUkPhone('0300 123 4567')?.display, '0300 123 4567');
  assert.equal(parseUkPhone('0044 161 496 0000')?.display, '0161 496 0000');
});

test('rejects what is not a UK number', () => {
  for (const bad of ['', '12345', '0115 969', '+1 555 010 9999', 'phone us', '0115 969 1300 ext 1']) {
    assert.equal(parseUkPhone(bad), null, bad);
  }
  assert.equal(nationalDigits('0800-123-4567'), '08001234567');
});
