#!/usr/bin/env node
/**
 * Rewrites every content file in the exact format the browser editor
 * (Keystatic) writes, so that later diffs show only real edits. It drives
 * the local editor itself: for each page, notice and contact it changes the
 * title, saves, puts the title back and saves again. A file already in the
 * editor's format comes out byte for byte the same.
 *
 *   npm run content:normalise
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../e2e/support/browser.ts';

const PORT = Number(process.env.EDITOR_PORT ?? 4332);
const origin = `http://127.0.0.1:${PORT}`;

const entries = (collection: string, extension: RegExp) =>
  readdirSync(join('content', collection), { recursive: true })
    .map(String)
    .filter((name) => extension.test(name))
    .map((name) => [collection, name.replace(extension, ''), join('content', collection, name)] as const);

async function waitForEditor(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (await fetch(`${origin}/keystatic/`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The editor did not start on ${origin}.`);
}

async function saveAs(page: Page, field: string, value: string): Promise<void> {
  const box = page.getByRole('textbox', { name: field });
  await box.fill(value);
  const written = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/api/keystatic/update'), { timeout: 60_000 });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  if (!(await written).ok()) throw new Error(`The editor could not save (${value}).`);
  // The dev server reloads the editor after a save.
  await page.waitForTimeout(2000);
}

// An interrupted run must not leave a title ending '(normalising)': start
// only from committed content, and put the file being edited back if stopped.
if (execFileSync('git', ['status', '--porcelain', '--', 'content'], { encoding: 'utf8' }).trim() !== '') {
  console.error('Commit or undo your changes under content/ first, so this run\'s changes can be told apart from yours.');
  process.exit(1);
}
let editing: { file: string; text: string } | undefined;
const putBack = () => {
  if (editing) writeFileSync(editing.file, editing.text);
  editing = undefined;
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    putBack();
    server.kill();
    process.exit(130);
  });
}

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
  env: { ...process.env, EDITOR: '1' },
  stdio: 'ignore',
});
const browser = await chromium.launch(launchOptions);
try {
  await waitForEditor();
  const context = await browser.newContext();
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  const page = await context.newPage();
  const all = [...entries('pages', /\.mdx$/), ...entries('notices', /\.mdx$/), ...entries('contacts', /\.ya?ml$/)];
  for (const [collection, slug, file] of all) {
    const field = collection === 'contacts' ? 'Name' : 'Title';
    await page.goto(`${origin}/keystatic/collection/${collection}/item/${encodeURIComponent(slug)}`);
    const box = page.getByRole('textbox', { name: field });
    await box.waitFor();
    await page.waitForFunction((element) => (element as HTMLInputElement).value !== '', await box.elementHandle());
    await page.waitForTimeout(1500);
    const original = await box.inputValue();
    editing = { file, text: readFileSync(file, 'utf8') };
    await saveAs(page, field, `${original} (normalising)`);
    await saveAs(page, field, original);
    editing = undefined;
    console.log(`${collection}/${slug}`);
  }
  console.log(`${all.length} content files are in the editor's format.`);
} finally {
  putBack();
  await browser.close();
  server.kill();
}
