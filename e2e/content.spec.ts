/**
 * Every fact of the trust's original peer support page reaches the site,
 * and the defects of the original are fixed.
 */
import { test, expect } from './support/fixtures.ts';

const facts: [string, (string | RegExp)[]][] = [
  ['/', [
    'Peer support is not new',
    '18th century',
    '(Watson, 2019)',
    'former patients',
    'resilience and having control over your own life',
    'fast becoming an important part of mental health services',
    'We put personal recovery at the heart of everything we do.',
    'progress and growth are possible',
    'clinical teams across many areas',
  ]],
  ['/how-peer-support-workers-work/', [
    'lived experience of distress and recovery support each other',
    'social', 'emotional', 'practical',
    'knowledge from their own personal experiences',
    'different way from staff who are not peers',
  ]],
  ['/how-a-peer-support-worker-can-support-you/', [
    'multidisciplinary teams',
    'doctors, nurses, psychologists',
    'It is your choice.',
    'supportive and respectful relationship',
    'identify your recovery goals',
    'coping, self-help and self-management techniques',
    'recovery plan and develop an advance directive',
    'personal responsibility, self-awareness, self-belief, self-advocacy and hopefulness',
    'resources, opportunities and activities in the trust and in the community',
    'appointments, meetings and activities',
    'overcome fears, in a relationship of empathy and trust',
  ]],
  ['/train-to-be-a-peer-support-worker/', [
    'mental health problems, trauma or distress',
    'lived experience of mental distress and recovery',
    'give others hope and inspire them',
    'enabling and creative way',
    'commit to the training course',
    'ability and aptitude to do the training',
    'positive attitude and value diversity',
    'shape and improve our services',
    'plans in place for managing your own recovery',
    '10 full days of classroom training',
    'a 30-hour observed clinical placement',
    'boundaries and safe working practices',
    'active listening and communication skills',
    'key principles of recovery and recovery-focused support',
    'share lived experience safely with colleagues and in peer support relationships',
    'reflective practice work placement booklet',
    'recovery-focused note writing',
    'when posts become available at the trust',
  ]],
  ['/contact-the-peer-development-team/', [
    'recruitment, training and development of all peer support workers',
    'There are 5 people in the team.',
    '0115 969 1300',
    'extension 16313',
  ]],
  ['/notices/service-changes-and-visiting/', [
    'Contact the service directly to check how it is working',
    'video consultations',
    'Contact the ward you want to visit before you go',
    'guidance and instructions for a safe visit',
    'Ask the ward for its visiting guidance',
    'contact our crisis team',
    'contact your GP or use NHS 111',
    'severe chest pain that does not go away',
    'loss of consciousness',
    'a sudden, severe state of confusion',
    'severe difficulty breathing',
    'severe bleeding',
    'serious burns',
    'a suspected stroke',
    'COVID-19',
  ]],
  ['/video-consultations/', ['Some of our services offer video consultations.', 'speak to your clinician']],
  ['/help-in-a-crisis/', ['contact our crisis team', '116 123', '85258', '999', 'NHS 111']],
  ['/feedback/', ['Rate this page or report a problem']],
];

for (const [path, expected] of facts) {
  test(`${path} carries the source's facts`, async ({ page }) => {
    await page.goto(path);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const fact of expected) {
      if (typeof fact === 'string') expect(text).toContain(fact);
      else expect(text).toMatch(fact);
    }
  });
}

test('phone numbers are tap-to-call links in international form', async ({ page }) => {
  await page.goto('/contact-the-peer-development-team/');
  await expect(page.getByRole('link', { name: '0115 969 1300' })).toHaveAttribute('href', 'tel:+441159691300');
});

test('the original defects are fixed: no empty email, no unnamed team list, no COVID banner title', async ({ page }) => {
  await page.goto('/contact-the-peer-development-team/');
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/General email:\s*$/m);
  expect(text).not.toMatch(/consists of five people:\s*$/m);
  await expect(page.locator('main a[href^="mailto:"]')).toHaveCount(0);
  await page.goto('/train-to-be-a-peer-support-worker/');
  // The eligibility lead-in is a sentence, not the first bullet.
  await expect(page.locator('main li', { hasText: /criteria/ })).toHaveCount(0);
  const banner = page.locator('.nhsuk-notification-banner');
  await expect(banner).toContainText('Service changes and visiting');
  await expect(banner).not.toContainText('COVID');
});

test('a current notice shows as a banner on every page, linking to its page', async ({ page }) => {
  await page.goto('/video-consultations/');
  const link = page.locator('.nhsuk-notification-banner a');
  await expect(link).toHaveAttribute('href', '/notices/service-changes-and-visiting/');
  await link.click();
  await expect(page.locator('h1')).toContainText('Service changes and visiting');
  await expect(page.locator('.nhsuk-notification-banner')).toHaveCount(0);
});
