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
    'differently from staff who are not peers',
  ]],
  ['/how-a-peer-support-worker-can-support-you/', [
    'multidisciplinary teams',
    'A multidisciplinary team is a team of different kinds of staff.',
    'doctors, nurses, psychologists',
    'It is your choice.',
    'supportive and respectful relationship',
    'find your recovery goals',
    'coping, self-help and self-management techniques',
    'create your own recovery plan',
    'develop an advance directive',
    'An advance directive is a written record of the care you would want if you become too unwell to say.',
    'personal responsibility, self-awareness, self-belief, self-advocacy (speaking up for yourself) and hopefulness',
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
    'ability and aptitude (natural talent) to do the training',
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
    'During the COVID-19 pandemic, there may be changes to the way some of our services work.',
    'Contact the service directly to check how it is working',
    'video consultations',
    'Contact the ward you want to visit before you go',
    'guidance and instructions for a safe visit',
    'Our crisis team helps people in a mental health crisis outside office hours.',
    'call 111 and choose the mental health option',
    'contact your GP surgery, call 111, or use NHS 111 online',
    'severe chest pain that does not go away',
    'loss of consciousness',
    'a sudden, severe state of confusion',
    'severe difficulty breathing',
    'severe bleeding',
    'serious burns',
    'a suspected stroke',
    'COVID-19',
  ]],
  ['/video-consultations/', ['Some of our services offer video consultations.', 'ask your doctor, nurse or other healthcare professional']],
  ['/help-in-a-crisis/', ['Our crisis team helps people in a mental health crisis outside office hours.', '116 123', '85258', 'Call 999', 'Call 111', 'mental health option', 'Relay UK', '18001 111']],
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

test('the original defects are fixed: no empty email, no unnamed team list, a criterion is not a bullet', async ({ page }) => {
  await page.goto('/contact-the-peer-development-team/');
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/General email:\s*$/m);
  expect(text).not.toMatch(/consists of five people:\s*$/m);
  await expect(page.locator('main a[href^="mailto:"]')).toHaveCount(0);
  await page.goto('/train-to-be-a-peer-support-worker/');
  // The eligibility lead-in is a sentence, not the first bullet.
  await expect(page.locator('main li', { hasText: /criteria/ })).toHaveCount(0);
});

test('the COVID-19 notice says what it is, keeps its editor\'s dates and says only what the source says', async ({ page }) => {
  await page.goto('/notices/service-changes-and-visiting/');
  await expect(page.locator('h1')).toContainText('COVID-19: service changes and visiting');
  const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  // Sentences an earlier version added that the source does not support.
  expect(text).not.toContain('We first published this advice');
  expect(text).not.toContain('This includes the general NHS guidance on visiting inpatient settings');
  expect(text).not.toMatch(/\bnew\b/i);
  await expect(page.getByText(/^Page last reviewed: 24 November 2026$/)).toBeVisible();
});

test('a current notice is one line under the header on other pages, linking to its page', async ({ page }) => {
  await page.goto('/video-consultations/');
  const line = page.getByRole('complementary', { name: 'Service notices' });
  const link = line.getByRole('link');
  await expect(link).toHaveText('COVID-19: service changes and visiting');
  await expect(link).toHaveAttribute('href', '/notices/service-changes-and-visiting/');
  await link.click();
  await expect(page.locator('h1')).toContainText('COVID-19: service changes and visiting');
  await expect(page.locator('.app-notice-line')).toHaveCount(0);
});

test('jargon the source uses is explained where it appears', async ({ page }) => {
  await page.goto('/how-a-peer-support-worker-can-support-you/');
  const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  expect(text).toMatch(/multidisciplinary teams across our services\. A multidisciplinary team is/);
  expect(text).toContain('self-advocacy (speaking up for yourself)');
  expect(text).toMatch(/develop an advance directive .*An advance directive is a written record/);
  await page.goto('/train-to-be-a-peer-support-worker/');
  await expect(page.locator('main')).toContainText('aptitude (natural talent)');
});

test('the accessibility statement has every part the regulations ask for, with a contact that can reply', async ({ page }) => {
  await page.goto('/accessibility-statement/');
  const main = page.locator('main');
  for (const heading of ['Compliance status', 'Content that is not accessible', 'Ask for information in another format', 'Report an accessibility problem', 'Enforcement procedure', 'How we tested these pages', 'Preparation of this statement']) {
    await expect(main.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
  }
  const text = (await main.innerText()).replace(/\s+/g, ' ');
  expect(text).toMatch(/These pages are (fully|partially|not) compliant with the Web Content Accessibility Guidelines \(WCAG\) version 2\.2 AA standard\./);
  expect(text).toContain('axe');
  expect(text).toContain('Nu HTML Checker from the World Wide Web Consortium (W3C)');
  expect(text).toContain('Automated tests cannot tell whether');
  expect(text).toContain('Equality Advisory and Support Service');
  expect(text).toMatch(/We prepared this statement on \d{1,2} \w+ \d{4}\. We last reviewed it on \d{1,2} \w+ \d{4}\./);
  // The contact can reply: the team's phone number, not only a form that cannot.
  await expect(main.locator('a[href="tel:+441159691300"]').first()).toBeVisible();
});

test('the privacy page names who is responsible, what is saved on the device and what the form sends', async ({ page }) => {
  await page.goto('/privacy-and-cookies/');
  const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  expect(text).toContain('Nottinghamshire Healthcare NHS Foundation Trust runs these pages.');
  expect(text).toContain('Pages saved on your device');
  expect(text).toMatch(/To remove them, clear the data for this website in your browser[’']s settings/);
  expect(text).toContain('the address of the page you were on');
  expect(text).toContain('The form goes to Netlify');
});
