/**
 * Every kind of content mistake stops the build with a message that names
 * the file, the field or component, and what to do; content that is merely
 * odd is built safely. Each test builds the real content with its change;
 * mistakes the content checks or the link check find are reported all at
 * once, so tests of those share one build (each fixture is its own file, and
 * each message names it).
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildWith, sharedBuild, type Build } from './build.ts';

const fixture = (name: string) => join('tests/content-errors/fixtures', name);
/** Adds a fixture page to the copied content. */
const addPage = (name: string) => (dirs: { content: string }) => copyFileSync(fixture(name), join(dirs.content, 'pages', name));
/** Edits a copied content file. */
const edit = (path: string, change: (text: string) => string) => (dirs: { content: string }) => {
  const file = join(dirs.content, path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};

/**
 * Replaces a frontmatter field with a new value, including a folded value's
 * indented continuation lines (the browser editor folds long text with >-).
 */
const setField = (text: string, field: string, value: string) => {
  const pattern = new RegExp(`^${field}:.*\\n(?:[ ]+.*\\n)*`, 'm');
  assert.match(text, pattern, `the test page should have a ${field} field`);
  return text.replace(pattern, `${field}: ${value}\n`);
};

function fails(build: Build, ...expected: (string | RegExp)[]): void {
  assert.equal(build.ok, false, `the build should have failed:\n${build.output.slice(-2000)}`);
  for (const part of expected) {
    if (typeof part === 'string') assert.ok(build.output.includes(part), `the message should include ${JSON.stringify(part)}:\n${build.output.slice(-2500)}`);
    else assert.match(build.output, part);
  }
}

function builds(build: Build): void {
  assert.equal(build.ok, true, `the build should have worked:\n${build.output.slice(-2500)}`);
}

const page = 'pages/video-consultations.mdx';

// One build at a time: Astro keeps some state in the project's .astro/ folder, which
// builds running side by side would share.
describe('content errors, one build each', { concurrency: 1 }, () => {
  test('a missing required field names the file and the field', () =>
    buildWith(edit(page, (t) => t.replace(/^title: .*\n/m, '')), (b) => fails(b, 'video-consultations.mdx', 'title', 'Add a title')));

  test('a field of the wrong type says what it should be', () =>
    buildWith(edit(page, (t) => t.replace(/^order: 6$/m, 'order: six')), (b) => fails(b, 'video-consultations.mdx', 'order', /number/i)));

  test('a misspelt field is refused, not ignored', () =>
    buildWith(edit(page, (t) => t.replace(/^description:/m, 'descripton:')), (b) => fails(b, 'video-consultations.mdx', 'descripton')));

  test('a date that is not a date', () =>
    buildWith(edit(page, (t) => t.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-13-45')), (b) => fails(b, 'video-consultations.mdx', 'lastReviewed', /date/i)));

  test('a next review before the last review', () =>
    buildWith(edit(page, (t) => t.replace(/^nextReview: .*$/m, 'nextReview: 2025-01-01')), (b) => fails(b, 'video-consultations.mdx', '"Next review due" (nextReview) must be after "Last reviewed" (lastReviewed)')));

  test('a description too long for search results', () =>
    buildWith(edit(page, (t) => setField(t, 'description', 'Video consultations are available. '.repeat(6).trim())), (b) => fails(b, 'video-consultations.mdx', 'description', '160')));

  test('a title over the NHS limit of 65 characters', () =>
    buildWith(edit(page, (t) => setField(t, 'title', 'Video consultations with your care team '.repeat(2).trim())), (b) => fails(b, 'video-consultations.mdx', 'title', 'over 65 characters')));

  test('a number in keywords must be in quotes, as the browser editor writes it', () =>
    buildWith(edit(page, (t) => t.replace(/^keywords:\n/m, 'keywords:\n  - 999\n')), (b) => fails(b, 'video-consultations.mdx', 'keywords', 'in quotes')));

  test('a description too short to help anyone', () =>
    buildWith(edit(page, (t) => setField(t, 'description', 'Video calls.')), (b) => fails(b, 'video-consultations.mdx', 'description', '50')));

  test('a page under a parent that does not exist', () =>
    buildWith(edit(page, (t) => t.replace(/^parent: index$/m, 'parent: services')), (b) => fails(b, 'video-consultations', 'parent', 'services')));

  test('a contact with a phone number that is not a UK number', () =>
    buildWith(edit('contacts/peer-development-team.yaml', (t) => t.replace(/^phone: .*$/m, 'phone: "0115 969"')), (b) => fails(b, 'peer-development-team.yaml', 'phone', 'UK phone number')));

  test('a contact\'s phone number with a digit missing', () =>
    buildWith(edit('contacts/peer-development-team.yaml', (t) => t.replace(/^phone: .*$/m, 'phone: 0115 969 130')), (b) =>
      fails(b, 'peer-development-team.yaml', 'phone', 'digit missing or added'),
    ));

  test('a notice that ends before it starts', () =>
    buildWith(edit('notices/service-changes-and-visiting.mdx', (t) => t.replace(/^from: .*$/m, 'from: 2026-11-24\nuntil: 2026-11-01')), (b) =>
      fails(b, 'service-changes-and-visiting.mdx', '"Until" (until) must be on or after "From" (from)'),
    ));

  test('every broken file is reported in one run', () =>
    buildWith(
      (dirs) => {
        addPage('script-tag.mdx')(dirs);
        addPage('javascript-link.mdx')(dirs);
        addPage('comment-wrapped-code.mdx')(dirs);
        edit('redirects.yaml', (t) => `${t}- from: /a b/\n  to: /help-in-a-crisis/\n`)(dirs);
      },
      (b) => fails(b, '5 content errors', 'script-tag.mdx (line 10), <script>', 'javascript-link.mdx (line 10), link "javascript:alert(1)"', 'comment-wrapped-code.mdx (line 12)', 'redirects.yaml (line', 'redirect 3, from'),
    ));

  test('a redirect to a page that does not exist', () =>
    buildWith(edit('redirects.yaml', (t) => `${t}- from: /old-training/\n  to: /training-course/\n`), (b) =>
      fails(b, 'redirects.yaml', '/old-training/', 'there is no page at /training-course/'),
    ));

  test('a file that is not UTF-8 says how to save it', () =>
    buildWith(
      (dirs) => writeFileSync(join(dirs.content, 'pages', 'latin-1.mdx'), Buffer.from(readFileSync(fixture('script-tag.mdx'), 'utf8').replace(/<script>.*<\/script>/, 'Caf\u00e9 opening times').replace('A page with a script', 'Latin-1 page'), 'latin1')),
      (b) => fails(b, 'latin-1.mdx', 'UTF-8'),
    ));
});

/** Mistakes the content checks find before anything is built: all reported in one run. */
const checked = sharedBuild((dirs) => {
  edit(page, (t) => t.replace(/^parent: index\n/m, ''))(dirs);
  for (const name of [
    'unknown-contact.mdx',
    'unknown-page-link.mdx',
    'care-card-no-heading.mdx',
    'attachment-no-file.mdx',
    'contact-phone-in-text.mdx',
    'unknown-phone-in-text.mdx',
    'missing-attachment.mdx',
    'attachment-unsafe-name.mdx',
    'unknown-component.mdx',
    'script-tag.mdx',
    'javascript-link.mdx',
    'import-line.mdx',
    'comment-wrapped-code.mdx',
    'markdown-image-elsewhere.mdx',
  ])
    addPage(name)(dirs);
  writeFileSync(join(dirs.public, 'documents', 'Visiting Guidance.pdf'), Buffer.alloc(1024, 32));
  edit('redirects.yaml', (t) => `${t}- from: /nhs/\n  to: "https://www.nhs.uk/\\n/* https://elsewhere.example/:splat 200!"\n`)(dirs);
});

describe('mistakes the content checks find, in one build', { concurrency: 1 }, () => {
  after(checked.remove);
  const output = async (...expected: (string | RegExp)[]): Promise<void> => {
    fails(await checked.build(), ...expected);
  };

  test('a page with no parent, other than the start page', () => output('video-consultations.mdx (line 1), Parent page (parent)', 'only the start page'));

  test('an unknown contact', () => output('unknown-contact.mdx', 'crisis-team', 'peer-development-team'));

  test("a link to a page that does not exist names the editor's label and says to choose the page again", async () => {
    const b = await checked.build();
    await output('unknown-page-link.mdx (line 10), Link to a page (<PageLink page="cookie-policy">), Page', 'there is no page "cookie-policy"', 'Choose the page again in "Page"');
    assert.ok(!b.output.includes('page="help-in-a-crisis"'), 'the link to a page that exists is not reported');
  });

  test("a care card with no heading, and inset text with no content, name the editor's labels", () =>
    output('care-card-no-heading.mdx (line 10), Care card (<CareCard>), Heading', 'Fill in "Heading"', 'care-card-no-heading.mdx (line 14), Inset text (<InsetText>)', 'has no content'));

  test('a document link with no document chosen', () => output('attachment-no-file.mdx (line 10), Document link (<Attachment>), Document', 'Document is empty'));

  test("a contact's number written by hand in page text says to use ContactPhone", () =>
    output('contact-phone-in-text.mdx (line 10), phone number "0115 969 1300"', '<ContactPhone contact="peer-development-team" />', 'content/contacts'));

  test("a phone number that is neither a contact's nor a national one", () =>
    output('unknown-phone-in-text.mdx (line 10), phone number "tel:+442079460000"', '999, 111, 116 123, 85258, 18001 111'));

  test('a document that is not in public/documents', () => output('missing-attachment.mdx', 'visiting-guidance.pdf', 'public/documents'));

  test('a document whose file name has spaces or capitals says how to rename it', () =>
    output('attachment-unsafe-name.mdx (line 10), Document link', 'Rename the file in public/documents to visiting-guidance.pdf'));

  test('a component the site does not have', () => output('unknown-component.mdx', 'Carousel', 'ContactCard'));

  test('a script element in a page', () => output('script-tag.mdx', 'script'));

  test('a javascript: link', () => output('javascript-link.mdx', 'javascript:'));

  test('an import line', () => output('import-line.mdx', 'import'));

  test('code between two comments is refused before it can run', async () => {
    const b = await checked.build();
    await output('comment-wrapped-code.mdx (line 12)', 'comment-wrapped-code.mdx (line 14)', 'curly braces run code', '{/* like this */}');
    assert.equal(existsSync(join(b.dist, 'code-ran.txt')), false, 'the code never ran');
    assert.equal(existsSync(join(b.dist, 'comment-wrapped-code')), false, 'no page was published');
  });

  test('an image from another website and a data: link hidden by a character reference', () =>
    output('markdown-image-elsewhere.mdx (line 10), image "https://evil.example/chart.png"', 'images must be files on this site', 'markdown-image-elsewhere.mdx (line 12)', '"data:"'));

  test("a line break in a redirect's address cannot add a rule", async () => {
    const b = await checked.build();
    await output('redirects.yaml (line', 'redirect 3, to', 'no spaces, line breaks');
    assert.equal(existsSync(join(b.dist, '_redirects')), false, 'no _redirects was written');
  });
});

/** Links the link check refuses on the finished pages: all reported in one run (a redirect to nowhere stops the build before it, so it has a build of its own). */
const linked = sharedBuild((dirs) => {
  addPage('broken-link.mdx')(dirs);
  addPage('missing-anchor.mdx')(dirs);
});

describe('links to nowhere, in one build', { concurrency: 1 }, () => {
  after(linked.remove);

  test('a link to a page that does not exist', async () => fails(await linked.build(), 'broken-link.mdx', '/help-in-crisis/', 'there is no page at /help-in-crisis/'));

  test('a link to a heading a page does not have', async () => fails(await linked.build(), 'missing-anchor.mdx', '#going-to-hospital'));
});

/** Content that is odd but safe, all in one build that must work. */
const safe = sharedBuild((dirs) => {
  addPage('good-anchor.mdx')(dirs);
  addPage('attachment.mdx')(dirs);
  writeFileSync(join(dirs.public, 'documents', 'fixture-guidance.pdf'), Buffer.alloc(91_136, 32));
  addPage('hostile-frontmatter.mdx')(dirs);
  const notice = join(dirs.content, 'notices', 'service-changes-and-visiting.mdx');
  const text = readFileSync(notice, 'utf8');
  writeFileSync(join(dirs.content, 'notices', 'old-visiting-rules.mdx'), text.replace(/^title: .*$/m, 'title: Old visiting rules').replace(/^from: .*$/m, 'from: 2020-03-23\nuntil: 2022-04-01'));
  addPage('style-mistakes.mdx')(dirs);
  const paragraph = 'Peer support workers use their own experience of recovery to support others. '.repeat(20);
  const body = Array.from({ length: 2500 }, (_, i) => `## Section ${i}\n\n${paragraph}\n`).join('\n');
  writeFileSync(join(dirs.content, 'pages', 'huge.mdx'), `${readFileSync(fixture('hostile-frontmatter.mdx'), 'utf8').split('---\n\nText.')[0]!.replace(/^title: .*$/m, 'title: A very long page')}---\n\n${body}`);
});

describe('content that builds safely, in one build', { concurrency: 1 }, () => {
  after(safe.remove);
  const built = async () => {
    const b = await safe.build();
    builds(b);
    return b;
  };

  test('a link to a heading that exists, and to a redirect, builds', async () => {
    const b = await built();
    assert.ok(existsSync(join(b.dist, 'good-anchor', 'index.html')));
  });

  test('a document link shows its type and its real size', async () => {
    const html = readFileSync(join((await built()).dist, 'attachment', 'index.html'), 'utf8');
    assert.match(html, /Visiting guidance[\s\S]{0,200}\(PDF, 89 KB\)/);
  });

  test('script in frontmatter text is shown as text, never run', async () => {
    const html = readFileSync(join((await built()).dist, 'hostile-frontmatter', 'index.html'), 'utf8');
    assert.ok(html.includes('Help &lt;script&gt;alert(1)&lt;/script&gt; now'), 'the title is escaped');
    // Inside a quoted attribute "<" is only text; outside attributes it must never start a tag.
    const markup = html.replace(/="[^"]*"/g, '=""');
    assert.doesNotMatch(markup, /<script>alert|<img src=x/);
    assert.ok(html.includes('content="A description with <img src=x onerror=alert(1)> in it'), 'the description is an attribute value, which is text');
  });

  test('an expired notice is not published; a current one is', async () => {
    const b = await built();
    assert.equal(existsSync(join(b.dist, 'notices', 'old-visiting-rules')), false, 'no page for the expired notice');
    assert.equal(existsSync(join(b.dist, 'notices', 'service-changes-and-visiting', 'index.html')), true, 'the current notice has its page');
    const home = readFileSync(join(b.dist, 'index.html'), 'utf8');
    assert.ok(home.includes('COVID-19: service changes and visiting'));
    assert.ok(!home.includes('Old visiting rules'));
  });

  test('style mistakes and an overdue review never hold up the build: it publishes the page without checking style, and lint:content reports them', async () => {
    const b = await built();
    // The style check is off the build's critical path (issue 21): the build neither runs it nor waits for it.
    assert.doesNotMatch(b.output, /Content style|contraction|due a review/, b.output.slice(-3000));
    const file = `${b.content}/pages/style-mistakes.mdx`;
    const lint = spawnSync(process.execPath, ['scripts/lint-content.ts'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: b.content } });
    assert.equal(lint.status, 1, 'a style error fails lint:content');
    assert.ok(lint.stdout.includes(`${file} (line 10, column 5): write "do not" instead of "don't": contractions are easy to misread. (contraction)`), lint.stdout.slice(0, 3000));
    assert.ok(lint.stdout.includes(`${file} (line 12, column 15): avoid "clinician"`));
    assert.match(lint.stdout, new RegExp(`${file} \\(line 6, column 1\\): this page was due a review on 1 January 2021 \\(\\d+ days ago\\)\\. Ask Peer Development Team to check it`));
    const html = readFileSync(join(b.dist, 'style-mistakes', 'index.html'), 'utf8');
    assert.match(html, /Next review due: <time datetime="2021-01-01">1 January 2021<\/time>/);
    assert.ok(html.includes('You don’t need to book.'));
  });

  test('a very large page builds in time or fails clearly, never hangs', async () => {
    // About 4 MB of text: it is built, and is a page like any other.
    assert.ok(readdirSync(join((await built()).dist, 'huge')).includes('index.html'));
  });
});
