/**
 * The browser editor, as a content editor uses it: every content file
 * opens; a change saves only what changed and still builds; what the build
 * would refuse is refused before anything is written; components change
 * through their forms; new pages and notices build and appear where (and
 * when) they should.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frontmatterBlock } from '../../src/lib/frontmatter.ts';
import { pageSchema } from '../../src/content-model/page.ts';
import { PHONE_MESSAGE } from '../../src/content-model/contact.ts';
import { buildSite } from '../support/build-site.ts';
import type { Page } from '@playwright/test';
import { test, expect, openEntry, save, typeNewLine, watchWrites, GOOGLE_FONTS_BLOCKED } from './editor.ts';

const entries = (collection: string, extension: RegExp) =>
  readdirSync(join('content', collection), { recursive: true })
    .map(String)
    .filter((name) => extension.test(name))
    .map((name) => name.replace(extension, ''));

/** Builds the site from content/ as it is now, into a folder of its own. */
async function buildNow(env: Record<string, string> = {}): Promise<{ dist: string; done: () => void }> {
  const work = mkdtempSync(join(tmpdir(), 'editor-build-'));
  const dist = join(work, 'dist');
  const result = await buildSite({ OUT_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache'), ...env });
  if (!result.ok) throw new Error(`The build failed:\n${result.output.slice(-3000)}`);
  return { dist, done: () => rmSync(work, { recursive: true, force: true }) };
}

const lines = (text: string) => text.split('\n');

/**
 * Fills one field with what the build would refuse, clicks Save, and expects
 * the editor's message and nothing written: no save request, the file unchanged.
 */
async function refusesField(editor: Page, entry: { collection: string; slug: string; file: string }, field: string, value: string, message: string | RegExp): Promise<void> {
  const before = readFileSync(entry.file, 'utf8');
  await openEntry(editor, entry.collection, entry.slug);
  const writes = watchWrites(editor);
  await editor.getByRole('textbox', { name: field }).fill(value);
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.getByText(message)).toBeVisible();
  await editor.waitForTimeout(1000);
  expect(writes).toEqual([]);
  expect(readFileSync(entry.file, 'utf8')).toBe(before);
}

const VIDEO_PAGE = { collection: 'pages', slug: 'video-consultations', file: 'content/pages/video-consultations.mdx' };
const TEAM_CONTACT = { collection: 'contacts', slug: 'peer-development-team', file: 'content/contacts/peer-development-team.yaml' };

test('every content file opens in the editor without an error', async ({ editor }) => {
  const all = [
    ...entries('pages', /\.mdx$/).map((slug) => ['pages', slug]),
    ...entries('notices', /\.mdx$/).map((slug) => ['notices', slug]),
    ...entries('contacts', /\.ya?ml$/).map((slug) => ['contacts', slug]),
  ];
  expect(all.length).toBeGreaterThan(12);
  for (const [collection, slug] of all) {
    await openEntry(editor, collection!, slug!);
    await expect(editor.getByText(/^Error:/), `${collection}/${slug}`).toHaveCount(0);
  }
});

test('changing a page title saves only that field, and the page still passes the schema and builds', async ({ editor }) => {
  const file = 'content/pages/video-consultations.mdx';
  const before = readFileSync(file, 'utf8');
  await openEntry(editor, 'pages', 'video-consultations');
  await editor.getByRole('textbox', { name: 'Title' }).fill('Video appointments');
  await save(editor);

  const after = readFileSync(file, 'utf8');
  const changed = lines(after).filter((line, i) => line !== lines(before)[i]);
  expect(changed).toEqual(['title: Video appointments']);
  expect(lines(after).length).toBe(lines(before).length);
  expect(pageSchema.safeParse(parse(frontmatterBlock(after)!)).success).toBe(true);

  const built = await buildNow();
  try {
    expect(readFileSync(join(built.dist, 'video-consultations', 'index.html'), 'utf8')).toMatch(/<h1>\s*<span data-pagefind-meta="title">Video appointments<\/span>\s*<\/h1>/);
  } finally {
    built.done();
  }
});

test('a description that is too long shows the error and writes nothing', ({ editor }) =>
  refusesField(editor, VIDEO_PAGE, 'Description', 'Video consultations. '.repeat(10), /Description must be no longer than 160 characters/));

test('a review date that is not a date shows the error and writes nothing', ({ editor }) =>
  refusesField(editor, VIDEO_PAGE, 'Next review due', '', /Next review due is required/));

test("a care card's heading and type change through its form", async ({ editor }) => {
  const file = 'content/pages/help-in-a-crisis.mdx';
  await openEntry(editor, 'pages', 'help-in-a-crisis');
  // The second care card: "Call 111 and choose the mental health option if:", urgent.
  await editor.getByRole('button', { name: 'Edit' }).nth(1).click();
  const dialog = editor.getByRole('dialog', { name: 'Edit Care card' });
  await expect(dialog.getByRole('textbox', { name: 'Heading' })).toHaveValue('Call 111 and choose the mental health option if:');
  await dialog.getByRole('textbox', { name: 'Heading' }).fill('Call 111 if:');
  await dialog.getByRole('button', { name: /Type/ }).click();
  await editor.getByRole('option', { name: 'emergency' }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await save(editor);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('<CareCard type="emergency" heading="Call 111 if:">');
  expect(text).not.toContain('Call 111 and choose the mental health option if:');
});

test('a contact card picks a contact from the contacts list', async ({ editor }) => {
  const file = 'content/pages/video-consultations.mdx';
  await openEntry(editor, 'pages', 'video-consultations');
  await typeNewLine(editor, '/contact');
  await editor.getByRole('option', { name: /Contact card/ }).click();
  await editor.getByRole('button', { name: 'Edit' }).last().click();
  const dialog = editor.getByRole('dialog', { name: 'Edit Contact card' });
  await dialog.getByRole('button', { name: 'Show suggestions Contact' }).click();
  await editor.getByRole('option', { name: 'peer-development-team' }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await save(editor);
  expect(readFileSync(file, 'utf8')).toContain('<ContactCard contact="peer-development-team" />');
});

test('a new page made in the editor builds and appears in the navigation', async ({ editor }) => {
  await editor.goto('/keystatic/collection/pages/create');
  await editor.getByRole('textbox', { name: 'Title' }).fill('Groups near you');
  await editor.getByRole('textbox', { name: 'Description' }).fill('Peer support groups the trust runs, and how to find out when and where they meet.');
  await editor.getByRole('button', { name: 'Show suggestions Parent page' }).click();
  // Pages are listed by title: the start page is "Peer support" (content/pages/index.mdx).
  await editor.getByRole('option', { name: 'Peer support', exact: true }).click();
  await editor.getByRole('textbox', { name: 'Last reviewed' }).fill('2026-11-24');
  await editor.getByRole('textbox', { name: 'Next review due' }).fill('2027-11-24');
  await editor.locator('.ProseMirror').click();
  await editor.keyboard.type('Ask the Peer Development Team about groups.', { delay: 20 });
  await save(editor, 'Create');
  expect(existsSync('content/pages/groups-near-you.mdx')).toBe(true);

  const built = await buildNow();
  try {
    const page = readFileSync(join(built.dist, 'groups-near-you', 'index.html'), 'utf8');
    expect(page).toContain('Groups near you');
    expect(page).toMatch(/class="nhsuk-breadcrumb__link" href="\/">Peer support</);
    expect(readFileSync(join(built.dist, 'a-to-z', 'index.html'), 'utf8')).toContain('<a href="/groups-near-you/">Groups near you</a>');
  } finally {
    built.done();
  }
});

test('a new notice with from and until dates is on the built site only between them', async ({ editor }) => {
  await editor.goto('/keystatic/collection/notices/create');
  await editor.getByRole('textbox', { name: 'Title' }).fill('Christmas opening times');
  await editor.getByRole('textbox', { name: 'Description' }).fill('How our peer support services work over Christmas and the New Year, and where to get help.');
  await editor.getByRole('textbox', { name: 'Summary' }).fill('Some services work differently over Christmas.');
  await editor.getByRole('textbox', { name: 'From' }).fill('2026-12-20');
  await editor.getByRole('textbox', { name: 'Until' }).fill('2027-01-03');
  await editor.getByRole('textbox', { name: 'Last reviewed' }).fill('2026-11-24');
  await editor.getByRole('textbox', { name: 'Next review due' }).fill('2027-01-04');
  await editor.locator('.ProseMirror').click();
  await editor.keyboard.type('Check with your service before you go.', { delay: 20 });
  await save(editor, 'Create');
  expect(existsSync('content/notices/christmas-opening-times.mdx')).toBe(true);

  const noticeLink = '<a href="/notices/christmas-opening-times/">Christmas opening times</a>';
  for (const [day, shown] of [['2026-12-19', false], ['2026-12-25', true], ['2027-01-04', false]] as const) {
    const built = await buildNow({ BUILD_DATE: day });
    try {
      expect(readFileSync(join(built.dist, 'index.html'), 'utf8').includes(noticeLink), `on ${day}`).toBe(shown);
      expect(existsSync(join(built.dist, 'notices', 'christmas-opening-times', 'index.html')), `on ${day}`).toBe(shown);
    } finally {
      built.done();
    }
  }
});

test('the editor works under its own Content Security Policy, which allows no inline script but its own and no third party', async ({ editor }) => {
  const violations: string[] = [];
  editor.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // Requests that get past the policy to the network (a blocked one never reaches a route).
  const thirdParty: string[] = [];
  await editor.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    thirdParty.push(route.request().url());
    return route.abort();
  });
  const response = await editor.goto('/keystatic/collection/pages/item/help-in-a-crisis');
  const policy = response!.headers()['content-security-policy']!;
  expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
  expect(response!.headers()['x-robots-tag']).toBe('noindex, nofollow');
  await expect(editor.getByRole('textbox', { name: 'Title' })).toHaveValue('Help in a crisis');
  await expect(editor.getByRole('button', { name: 'Edit' }).first()).toBeVisible();
  expect(violations.filter((text) => !GOOGLE_FONTS_BLOCKED.test(text))).toEqual([]);
  expect(thirdParty).toEqual([]);
});

test('a contact phone number with a digit missing shows the error and writes nothing', ({ editor }) =>
  refusesField(editor, TEAM_CONTACT, 'Phone', '0115 969 130', PHONE_MESSAGE));

test('an email that is not an address shows the error and writes nothing', ({ editor }) =>
  refusesField(editor, TEAM_CONTACT, 'Email', 'peer team at nottshc', 'Email is not an email address: check it, or leave the field out.'));

test("a care card whose heading is emptied is refused in its form, and nothing is written", async ({ editor }) => {
  const file = 'content/pages/help-in-a-crisis.mdx';
  const before = readFileSync(file, 'utf8');
  await openEntry(editor, 'pages', 'help-in-a-crisis');
  const writes = watchWrites(editor);
  await editor.getByRole('button', { name: 'Edit' }).nth(1).click();
  const dialog = editor.getByRole('dialog', { name: 'Edit Care card' });
  await dialog.getByRole('textbox', { name: 'Heading' }).fill('');
  await dialog.getByRole('button', { name: 'Done' }).click();
  // The form stays open with the label's error; the build refuses it too (tests/content-errors).
  await expect(dialog.getByText('Heading must not be empty')).toBeVisible();
  await expect(dialog).toBeVisible();
  await editor.waitForTimeout(1000);
  expect(writes).toEqual([]);
  expect(readFileSync(file, 'utf8')).toBe(before);
});
