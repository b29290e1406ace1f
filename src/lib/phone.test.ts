import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayGroups, nationalDigits, parseUkPhone, phoneNumbersInText } from './phone.ts';

// Examples are Ofcom's drama numbers that libphonenumber accepts (020 7946 0xxx,
// 0161 496 0xxx, 0113 496 0xxx) or the site's own published number: never a real person's.

test('formats a Nottingham number in NHS groups with an international tel: form', () => {
  assert.deepEqual(parseUkPhone('0115 969 1300'), { display: '0115 969 1300', e164: '+441159691300' });
  assert.deepEqual(parseUkPhone('01159691300'), { display: '0115 969 1300', e164: '+441159691300' });
  assert.deepEqual(parseUkPhone('+44 115 969 1300'), { display: '0115 969 1300', e164: '+441159691300' });
});

test('groups other UK number ranges as the NHS A to Z does', () => {
  assert.equal(parseUkPhone('02079460000')?.display, '020 7946 0000');
  assert.equal(parseUkPhone('0113 4960000')?.display, '0113 496 0000');
  assert.equal(parseUkPhone('0044 161 496 0000')?.display, '0161 496 0000');
  // Mobiles and five-digit area codes: 5-3-3 (grouping only: these drama numbers are not valid numbers).
  assert.deepEqual(displayGroups('07700900866'), [5, 3, 3]);
  assert.deepEqual(displayGroups('01632960000'), [5, 3, 3]);
  // The few 10-digit numbers: two groups of five.
  assert.deepEqual(displayGroups('0169772345'), [5, 5]);
});

test('refuses a number with a digit missing or added, which a hand pattern let through', () => {
  assert.equal(parseUkPhone('0115 969 130'), null);
  assert.equal(parseUkPhone('0115 969 13000'), null);
  assert.equal(parseUkPhone('020 7946 000'), null);
});

test('refuses Ofcom drama numbers that are not valid numbers', () => {
  for (const drama of ['01632 960000', '07700 900866', '0115 496 0000']) assert.equal(parseUkPhone(drama), null, drama);
});

test('rejects what is not a UK number', () => {
  for (const bad of ['', '12345', '0115 969', '+1 555 010 9999', 'phone us', '0115 969 1300 ext 1', '999', '116 123']) {
    assert.equal(parseUkPhone(bad), null, bad);
  }
  assert.equal(nationalDigits('020-7946-0000'), '02079460000');
});

test('finds numbers in text, valid or not, and not the short national ones', () => {
  const found = phoneNumbersInText('Call 0115 969 130, 020 7946 0000 ext 16313 or +44 161 496 0000, 01134960000. Or 999, 111 or 116 123, text 85258, Relay UK 18001 111, on 2026-11-24.');
  assert.deepEqual(
    found.map(({ text, digits }) => [text, digits]),
    [['0115 969 130', '0115969130'], ['020 7946 0000', '02079460000'], ['+44 161 496 0000', '01614960000'], ['01134960000', '01134960000']],
  );
  assert.equal(found[0]!.start, 5);
});
