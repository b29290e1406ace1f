import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMdx, checkPageParent, type CheckContext } from './mdx.ts';
import { parseContentFile } from './parse.ts';
import { mdxComponentNames } from '../components/mdx/names.ts';

const context: CheckContext = {
  components: ['Attachment', 'ContactCard', 'InsetText', 'ActionLink', 'PageLink'],
  contactIds: ['peer-development-team'],
  pageIds: new Set(['index', 'help-in-a-crisis', 'feedback/thank-you']),
  contactPhones: new Map([['01159691300', 'peer-development-team']]),
  document: (href) => {
    if (href === '/documents/guide.pdf') return { file: '/public/documents/guide.pdf', fileType: 'PDF', bytes: 2048, fileSize: '2 KB' };
    throw new Error(`there is no file at public${href}.`);
  },
};

const frontmatter = '---\ntitle: A page\nlastReviewed: 2026-11-24\n---\n\n';
const check = (body: string) => checkMdx(parseContentFile('content/pages/x.mdx', frontmatter + body), context);
const fields = (body: string) => check(body).map((p) => p.field);

test('Markdown, components with literal values and comments pass', () => {
  assert.deepEqual(
    check(
      [
        '# Title',
        '{/* a comment */}',
        'Text with a {/* note */} comment, a [link](https://www.nhs.uk/) and [a page](/help-in-a-crisis/) and [mail](mailto:a@nhs.net) and [call](tel:111).',
        '<ContactCard contact="peer-development-team" />',
        '<Attachment href="/documents/guide.pdf">Guide</Attachment>',
        '<InsetText level={2} title={"Note"}>Text</InsetText>',
        '<a href="#part">Part</a>',
        '![A chart](/images/chart.png)',
      ].join('\n\n'),
    ),
    [],
  );
});

test('a comment wrapped round code is code: the parsed program decides, not the text', () => {
  const [problem] = check('{/* a */ process.env.SECRET /* b */}');
  assert.equal(problem?.line, 6);
  assert.match(problem?.field ?? '', /process\.env\.SECRET/);
  assert.match(problem?.problem ?? '', /curly braces run code/);
  assert.equal(check('Text {/* a */ globalThis.x = 1 /* b */} here').length, 1, 'inline too');
  assert.equal(check('{1 + 1}').length, 1);
  assert.equal(check('{/* one */ /* two */}').length, 0, 'two comments and nothing else are only comments');
});

test('imports, exports, spreads, handlers, computed values and fragments are refused', () => {
  assert.deepEqual(fields("import x from 'node:fs'"), ['import or export']);
  assert.deepEqual(fields('export const a = 1'), ['import or export']);
  assert.deepEqual(fields('<InsetText {...props}>x</InsetText>'), ['<InsetText {…}>']);
  assert.deepEqual(fields('<a href="/x/" onClick="alert(1)">x</a>'), ['<a onClick>']);
  assert.deepEqual(fields('<InsetText title={`a${b}`}>x</InsetText>'), ['<InsetText title>']);
  assert.deepEqual(fields('<InsetText title={-1}>x</InsetText>'), ['<InsetText title>']);
  assert.deepEqual(fields('<>x</>'), ['fragment <>']);
});

test('HTML outside the allowed list, unknown components and style attributes are refused', () => {
  assert.deepEqual(fields('<script>alert(1)</script>'), ['<script>']);
  assert.deepEqual(fields('<img src="/a.png" alt="" />'), ['<img>']);
  assert.deepEqual(fields('<Carousel />'), ['<Carousel>']);
  assert.deepEqual(fields('<span style="background:url(https://evil.example/x.png)">x</span>'), ['<span style>']);
});

test('javascript:, data: and vbscript: links are refused in every form', () => {
  for (const body of [
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](&#x6A;avascript&colon;alert(1))',
    '[x](java&#9;script:alert(1))',
    '[x](data:text/html,hi)',
    '[x](vbscript:msgbox)',
    '[x][ref]\n\n[ref]: javascript:alert(1)',
    '<a href="javascript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="jav&#x0A;ascript:alert(1)">x</a>',
    '<a href={"javascript:alert(1)"}>x</a>',
    '<ActionLink href="&#x20;vbscript:x">x</ActionLink>',
  ]) {
    const problems = check(body);
    assert.equal(problems.length, 1, `${body} should be refused once: ${JSON.stringify(problems)}`);
    assert.match(problems[0]!.fix, /Correct the address/);
  }
});

test('images load only from this site', () => {
  assert.equal(check('![x](https://evil.example/x.png)').length, 1);
  assert.equal(check('![x](//evil.example/x.png)').length, 1);
  assert.equal(check('![x](/\\evil.example/x.png)').length, 1, 'a backslash is a slash to the browser');
  assert.equal(check('![x][pic]\n\n[pic]: https://evil.example/x.png').length, 1);
  assert.equal(check('![x](data:image/png;base64,AAAA)').length, 1);
  assert.equal(check('[a link to a picture](https://www.nhs.uk/x.png)').length, 0, 'a link is not loaded');
});

test('contacts and documents are checked against the context', () => {
  assert.deepEqual(fields('<ContactCard contact="crisis-team" />'), ['<ContactCard contact="crisis-team">']);
  assert.deepEqual(fields('<ContactCard />'), ['Contact card (<ContactCard>), Contact']);
  assert.deepEqual(
    checkMdx(parseContentFile('x.mdx', 'Call <ContactPhone contact="nobody" />.'), { ...context, components: [...context.components, 'ContactPhone'] }).map((p) => p.field),
    ['<ContactPhone contact="nobody">'],
  );
  assert.deepEqual(fields('<Attachment href="/documents/missing.pdf">x</Attachment>'), ['<Attachment href="/documents/missing.pdf">']);
});

test('every problem in a file is reported, in line order', () => {
  const problems = check('<script>x</script>\n\n[x](javascript:y)\n\n{/**/ a /**/}');
  assert.deepEqual(problems.map((p) => p.line), [6, 8, 10]);
});

test('an impossible frontmatter date is reported with its field', () => {
  const problems = checkMdx(parseContentFile('x.mdx', '---\nlastReviewed: 2026-13-45\n---\n\nText.'), context);
  assert.deepEqual(problems.map((p) => p.field), ['lastReviewed']);
});

/** Checks with every component the site has. */
const checkAll = (body: string) => checkMdx(parseContentFile('content/pages/x.mdx', frontmatter + body), { ...context, components: mdxComponentNames });

test('a component\'s required settings and content are refused when empty, named as the editor labels them', () => {
  const problems = checkAll(
    [
      '<CareCard type="urgent">',
      '  Call 111.',
      '</CareCard>',
      '<CareCard type="soon" heading="Call 111 if:" />',
      '<Attachment>Visiting guidance</Attachment>',
      '<Attachment href="">Visiting guidance</Attachment>',
      '<WarningCallout heading="  ">Text</WarningCallout>',
      '<InsetText>   </InsetText>',
      '<Details summary="More">',
      '</Details>',
    ].join('\n\n'),
  );
  assert.deepEqual(
    problems.map((p) => [p.line, p.field, p.problem]),
    [
      [6, 'Care card (<CareCard>), Heading', 'Heading is empty.'],
      [12, 'Care card (<CareCard>), Type', '"soon" is not one of the choices.'],
      [12, 'Care card (<CareCard>)', 'the care card has no content.'],
      [14, 'Document link (<Attachment>), Document', 'Document is empty.'],
      [16, 'Document link (<Attachment>), Document', 'Document is empty.'],
      [18, 'Warning callout (<WarningCallout>), Heading', 'Heading is empty.'],
      [20, 'Inset text (<InsetText>)', 'the inset text has no content.'],
      [22, 'Details (folded text) (<Details>)', 'the details (folded text) has no content.'],
    ],
  );
  assert.match(problems[0]!.fix, /Fill in "Heading" in the care card/);
});

test('components with their required settings and content pass', () => {
  assert.deepEqual(
    checkAll(
      [
        '<CareCard type="urgent" heading="Call 111 if:">',
        '  * you need help now',
        '</CareCard>',
        '<ContactCard contact="peer-development-team" />',
        'Call <ActionLink href="/help-in-a-crisis/">Get help now</ActionLink>.',
      ].join('\n\n'),
    ),
    [],
  );
});

test('a contact\'s number written by hand, in text, a tel: link or a setting, says to use ContactPhone or the contact card', () => {
  const problems = checkAll(
    [
      'Phone the team on 0115 969 1300, extension 16313.',
      'Or [call us](tel:+441159691300).',
      '<WarningCallout heading="Call 01159691300 first">Text</WarningCallout>',
    ].join('\n\n'),
  );
  assert.deepEqual(problems.map((p) => [p.line, p.field]), [
    [6, 'phone number "0115 969 1300"'],
    [8, 'phone number "tel:+441159691300"'],
    [10, 'phone number "01159691300"'],
  ]);
  for (const problem of problems) {
    assert.match(problem.problem, /contact "peer-development-team"/);
    assert.match(problem.fix, /<ContactPhone contact="peer-development-team" \/>.*contact card/);
  }
});

test('a number that is neither a contact\'s nor a national one fails, even one a digit short', () => {
  const problems = checkAll('Call 020 7946 0000 or 0115 969 130, or [ring](tel:01614960000).');
  assert.deepEqual(problems.map((p) => p.field), ['phone number "020 7946 0000"', 'phone number "0115 969 130"', 'phone number "tel:01614960000"']);
  assert.match(problems[0]!.fix, /999, 111, 116 123, 85258, 18001 111/);
});

test('the national numbers the site knows may be written in text and links', () => {
  assert.deepEqual(
    checkAll('Call [999](tel:999) or 111, Samaritans on [116 123](tel:116123), text SHOUT to [85258](sms:85258), or Relay UK: [18001 111](tel:18001111). Reviewed 2026-11-24, extension 16313.'),
    [],
  );
});

test('every page but the start page has a parent', () => {
  const page = (front: string) => parseContentFile('content/pages/x.mdx', `---\ntitle: A page\n${front}---\n\nText.`);
  assert.deepEqual(checkPageParent(page('parent: index\n'), 'x'), []);
  assert.deepEqual(checkPageParent(page(''), 'index'), []);
  for (const front of ['', 'parent: ""\n', 'parent:\n']) {
    const [problem, ...rest] = checkPageParent(page(front), 'x');
    assert.equal(rest.length, 0);
    assert.equal(problem?.field, 'Parent page (parent)');
    assert.match(problem?.fix ?? '', /"Parent page"/);
  }
});

test('a document link whose file name has spaces or capitals says how to rename it', () => {
  const problems = checkAll('<Attachment href="/documents/Visiting%20Guidance.PDF">Guide</Attachment>');
  assert.deepEqual(problems.map((p) => p.field), ['Document link (<Attachment href="/documents/Visiting%20Guidance.PDF">), Document']);
  assert.match(problems[0]!.fix, /Rename the file in public\/documents to visiting-guidance\.pdf and link to it as \/documents\/visiting-guidance\.pdf/);
});

test('a link to a page must name a page in content/pages, with the editor\'s label and what to do', () => {
  assert.deepEqual(check('See <PageLink page="help-in-a-crisis">help</PageLink> and <PageLink page="feedback/thank-you">thanks</PageLink>.'), []);
  const [problem, ...rest] = check('Read <PageLink page="cookie-policy">the cookie policy</PageLink>.');
  assert.deepEqual(rest, []);
  assert.equal(problem!.field, 'Link to a page (<PageLink page="cookie-policy">), Page');
  assert.match(problem!.problem, /there is no page "cookie-policy"/);
  assert.match(problem!.fix, /Choose the page again in "Page" in the link to a page/);
  // No page at all is a required field left empty; no text is an empty link.
  assert.deepEqual(fields('Read <PageLink page="">this</PageLink>.'), ['Link to a page (<PageLink>), Page']);
  assert.deepEqual(fields('Read <PageLink page="help-in-a-crisis"></PageLink>.'), ['Link to a page (<PageLink>)']);
});
