/**
 * "Rate this page or report a problem" works without JavaScript: it posts the
 * form (with the page it came from, the form name and an empty honeypot) and
 * lands on the thank-you page.
 */
import { test, expect } from './support/fixtures.ts';

test.use({ javaScriptEnabled: false });

test('the feedback form at the foot of a page submits without JavaScript', async ({ page }) => {
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
});

test('the feedback page has the form, marked for Netlify Forms with a honeypot', async ({ page }) => {
  await page.goto('/feedback/');
  const form = page.locator('main form');
  await expect(form).toHaveCount(1);
  await expect(form).toHaveAttribute('data-netlify', 'true');
  await expect(form).toHaveAttribute('netlify-honeypot', 'bot-field');
  await expect(form).toHaveAttribute('method', 'post');
  await expect(form).toHaveAttribute('action', '/feedback/thank-you/');
  await expect(form.locator('input[name="bot-field"]')).toBeHidden();
  // The feedback page does not repeat the form in a fold at its foot.
  await expect(page.locator('form')).toHaveCount(2); // the header search and this one
});

test('pages can be read without JavaScript', async ({ page }) => {
  await page.goto('/train-to-be-a-peer-support-worker/');
  await expect(page.getByText('10 full days of classroom training')).toBeVisible();
});
