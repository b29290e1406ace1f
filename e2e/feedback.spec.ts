/**
 * "Rate this page or report a problem": it records the page the reader
 * rated, refuses an empty form in the NHS error pattern, never loses what was
 * typed when it cannot be sent, and thanks the reader with a way back.
 * Without JavaScript it still posts, and the browser asks for the answer.
 */
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, test, expect } from './support/fixtures.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the feedback form at the foot of a page submits', async ({ page }) => {
    await page.goto('/how-peer-support-workers-work/');
    await page.locator('summary', { hasText: 'Rate this page or report a problem' }).click();
    await page.getByLabel('No', { exact: true }).check();
    await page.getByLabel(/Tell us what was wrong/).fill('The second paragraph is unclear.');

    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST'),
      page.getByRole('button', { name: 'Send feedback' }).click(),
    ]);
    const sent = new URLSearchParams(request.postData() ?? '');
    expect(sent.get('form-name')).toBe('feedback');
    expect(sent.get('page')).toBe('/how-peer-support-workers-work/');
    expect(sent.get('useful')).toBe('no');
    expect(sent.get('comments')).toBe('The second paragraph is unclear.');
    expect(sent.get('bot-field')).toBe('');

    await expect(page).toHaveURL(/\/feedback\/thank-you\/$/);
    await expect(page.locator('h1')).toHaveText('Thank you for your feedback');
    await expect(page.getByRole('link', { name: 'Go back to the peer support start page' })).toHaveAttribute('href', '/');
  });

  test('an empty form is not sent: the browser asks whether the page was useful', async ({ page }) => {
    let posted = false;
    page.on('request', (r) => (posted ||= r.method() === 'POST'));
    await page.goto('/feedback/');
    await page.locator('main').getByRole('button', { name: 'Send feedback' }).click();
    await expect(page).toHaveURL(/\/feedback\/$/);
    expect(await page.locator('main input[name="useful"]').first().evaluate((input) => (input as HTMLInputElement).validity.valueMissing)).toBe(true);
    expect(posted).toBe(false);
  });

  test('the feedback page has the form, marked for Netlify Forms with a honeypot, and never records itself as the page rated', async ({ page }) => {
    await page.goto('/feedback/');
    const form = page.locator('main form');
    await expect(form).toHaveCount(1);
    await expect(form).toHaveAttribute('data-netlify', 'true');
    await expect(form).toHaveAttribute('netlify-honeypot', 'bot-field');
    await expect(form).toHaveAttribute('method', 'post');
    await expect(form).toHaveAttribute('action', '/feedback/thank-you/');
    await expect(form.locator('input[name="bot-field"]')).toBeHidden();
    await expect(form.locator('input[name="page"]')).toHaveValue('');
    // The feedback page does not repeat the form in a fold at its foot.
    await expect(page.locator('form')).toHaveCount(2); // the header search and this one
  });

  test('pages can be read without JavaScript', async ({ page }) => {
    await page.goto('/train-to-be-a-peer-support-worker/');
    await expect(page.getByText('10 full days of classroom training')).toBeVisible();
  });
});

test('the footer\'s "Rate this page" link records the page the reader came from, and thanks them with a link back', async ({ page }) => {
  await page.goto('/train-to-be-a-peer-support-worker/');
  await page.locator('footer').getByRole('link', { name: 'Rate this page or report a problem' }).click();
  await expect(page).toHaveURL(/\/feedback\/\?page=%2Ftrain-to-be-a-peer-support-worker%2F$/);
  const form = page.locator('main form');
  await expect(form.locator('input[name="page"]')).toHaveValue('/train-to-be-a-peer-support-worker/');
  await form.getByLabel('Yes', { exact: true }).check();
  const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), form.getByRole('button', { name: 'Send feedback' }).click()]);
  expect(new URLSearchParams(request.postData() ?? '').get('page')).toBe('/train-to-be-a-peer-support-worker/');

  await expect(page.locator('h1')).toHaveText('Thank you for your feedback');
  const back = page.getByRole('link', { name: 'Go back to the page you rated' });
  await expect(back).toHaveAttribute('href', '/train-to-be-a-peer-support-worker/');
  await back.click();
  await expect(page.locator('h1')).toContainText('Train to be a peer support worker');
});

test('arriving from another page, the feedback page records that page', async ({ page }) => {
  await page.goto('/video-consultations/');
  // A link without ?page=, as another site or an old bookmark might have.
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = '/feedback/';
    link.textContent = 'feedback';
    document.querySelector('main')!.append(link);
    link.click();
  });
  await expect(page.locator('h1')).toHaveText('Rate this page or report a problem');
  await expect(page.locator('main form input[name="page"]')).toHaveValue('/video-consultations/');
});

test('a hostile ?page= is ignored, never shown or followed', async ({ page }) => {
  await page.goto(`/feedback/?page=${encodeURIComponent('javascript:alert(1)')}`);
  await expect(page.locator('main form input[name="page"]')).toHaveValue('');
  await page.goto(`/feedback/thank-you/?page=${encodeURIComponent('https://evil.example/')}`);
  await expect(page.getByRole('link', { name: /Go back to/ })).toHaveAttribute('href', '/');
});

test('the thank-you page never links back to another host, however the address is dressed up', async ({ page }) => {
  for (const hostile of ['/..//evil.example/', '/.%2e//evil.example/', '/..\\\\evil.example/', '/%2f%2fevil.example/']) {
    // Sent as a crafted link would send it: not encoded, so the browser's own parsing applies.
    await page.goto(`/feedback/thank-you/?page=${hostile}`);
    const back = page.getByRole('link', { name: 'Go back to the peer support start page' });
    await expect(back, hostile).toHaveAttribute('href', '/');
  }
  // The same link with an ordinary page still works, so the script did run.
  await page.goto('/feedback/thank-you/?page=/training/../help-in-a-crisis/');
  await expect(page.getByRole('link', { name: 'Go back to the page you rated' })).toHaveAttribute('href', '/help-in-a-crisis/');
});

test('an empty form is not sent: the NHS error pattern says what to fill in', async ({ page }) => {
  let posted = false;
  page.on('request', (r) => (posted ||= r.method() === 'POST'));
  await page.goto('/how-a-peer-support-worker-can-support-you/');
  await page.locator('summary', { hasText: 'Rate this page or report a problem' }).click();
  await page.getByRole('button', { name: 'Send feedback' }).click();

  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('There is a problem');
  await expect(summary.getByRole('link')).toHaveText('Select yes if this page was useful, or no if it was not');
  await expect(page.locator('.nhsuk-form-group--error .nhsuk-error-message')).toHaveText('Error: Select yes if this page was useful, or no if it was not');
  await expect(page).toHaveTitle(/^Error: /);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await summary.getByRole('link').click();
  await expect(page.getByLabel('Yes', { exact: true })).toBeFocused();
  expect(posted).toBe(false);
  // Answering clears the errors and sends.
  await page.getByLabel('Yes', { exact: true }).check();
  await page.getByRole('button', { name: 'Send feedback' }).click();
  await expect(page.locator('h1')).toHaveText('Thank you for your feedback');
});

test('offline, the form says it cannot be sent and keeps what was typed', async ({ page, context }) => {
  await page.goto('/how-peer-support-workers-work/');
  await page.locator('summary', { hasText: 'Rate this page or report a problem' }).click();
  await page.getByLabel('No', { exact: true }).check();
  const comments = page.getByLabel(/Tell us what was wrong/);
  await comments.fill('A sentence I took time to write.');
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Send feedback' }).click();

  await expect(page.locator('.nhsuk-error-summary')).toContainText('Your feedback has not been sent because there is no internet connection');
  await expect(page).toHaveURL(/\/how-peer-support-workers-work\/$/);
  await expect(comments).toHaveValue('A sentence I took time to write.');
  await expect(page.getByLabel('No', { exact: true })).toBeChecked();

  // Back online, the same form sends what was kept.
  await context.setOffline(false);
  const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), page.getByRole('button', { name: 'Send feedback' }).click()]);
  expect(new URLSearchParams(request.postData() ?? '').get('comments')).toBe('A sentence I took time to write.');
  await expect(page.locator('h1')).toHaveText('Thank you for your feedback');
});

test('a connection that fails while sending keeps what was typed too', async ({ page }) => {
  await page.route('**/feedback/thank-you/', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/feedback/');
  await page.locator('main').getByLabel('Yes', { exact: true }).check();
  await page.locator('main').getByLabel(/Tell us what was wrong/).fill('Kept.');
  await page.locator('main').getByRole('button', { name: 'Send feedback' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('What you wrote is still here');
  await expect(page.locator('main').getByLabel(/Tell us what was wrong/)).toHaveValue('Kept.');
});
