import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crisisFallbackPage } from './crisis-fallback.ts';

/** A built page as src/layouts/ContentPage.astro makes it, with the given content. */
const built = (content: string, heading = '<span data-pagefind-meta="title">Help in a crisis</span>') =>
  `<!doctype html><html lang="en"><head><title>Help in a crisis - Peer support</title><style>body{color:red}</style></head><body>
<a href="#maincontent">Skip to main content</a><header><a href="tel:999">999</a></header>
<main id="maincontent"><p id="offline-notice"></p><script type="module">alert(1)</script>
<div data-pagefind-body><h1> ${heading} </h1><div class="app-content">${content}</div>
<p hidden data-pagefind-meta="keywords">urgent help</p></div><form><button>Send feedback</button></form></main></body></html>`;

const CARD = `<div class="nhsuk-card nhsuk-card--care"><div class="nhsuk-card__heading-container"><h2 class="nhsuk-card__heading">
<span class="nhsuk-u-visually-hidden">Immediate action required: </span>Call 999 now if:</h2><span aria-hidden="true"></span></div>
<div class="nhsuk-card__content"><ul>
<li>someone’s life is at risk</li></ul><p><a href="tel:999" class="app-call-button app-phone-link">Call 999</a></p></div></div>`;

test('keeps the heading, text, lists and phone links of the content, and nothing else', () => {
  const page = crisisFallbackPage(
    built(`${CARD}\n<h2 id="talk">If you need to talk to someone now</h2>
<ul>\n<li>Call Samaritans free on <a href="tel:116123" class="app-phone-link">116 123</a>, at any time.</li>
<li>Text SHOUT to <a href="sms:85258">85258</a>.</li>\n</ul>
<p>Or use <a href="https://111.nhs.uk">NHS 111 online</a> or <a href="/contact/">contact us</a>.</p>
<svg><title>icon</title></svg><script>alert(2)</script><img src="/x.png" alt="x"><p hidden>Hidden</p>`),
    'dist/help-in-a-crisis/index.html',
  );
  assert.equal(
    page,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      '<title>Help in a crisis</title></head><body><main><h1>Help in a crisis</h1>' +
      '<p>You are offline and this page is not saved on this device. These are the ways to get help now.</p>' +
      '<h2>Immediate action required: Call 999 now if:</h2> <ul><li>someone’s life is at risk</li></ul><p><a href="tel:999">Call 999</a></p> ' +
      '<h2>If you need to talk to someone now</h2> <ul><li>Call Samaritans free on <a href="tel:116123">116 123</a>, at any time.</li> ' +
      '<li>Text SHOUT to <a href="sms:85258">85258</a>.</li></ul> <p>Or use NHS 111 online or contact us.</p></main></body></html>',
  );
});

test('escapes text, and keeps no link that does not dial or text', () => {
  const page = crisisFallbackPage(
    built(
      '<p>A &amp; E &lt;b&gt; <a href="tel:999">999</a> <a href="javascript:alert(1)">x</a> <a href="tel:999&quot; onclick=&quot;x">y</a> <a href="sms:85258?body=hi">z</a></p>',
      'Help &amp; <em>support</em>',
    ),
    'f',
  );
  assert.match(page, /<title>Help &amp; support<\/title>/);
  assert.match(page, /<p>A &amp; E &lt;b&gt; <a href="tel:999">999<\/a> x y z<\/p>/);
  assert.doesNotMatch(page, /javascript|onclick|<script|<style/);
});

test('a crisis page without the content layout or without a number stops the build, naming the file', () => {
  assert.throws(() => crisisFallbackPage('<main><h1>Help</h1><p><a href="tel:999">999</a></p></main>', 'dist/help-in-a-crisis/index.html'), /dist\/help-in-a-crisis\/index\.html has no <main> with an <h1> and an element of class "app-content"/);
  assert.throws(() => crisisFallbackPage(built('<p>Call 999.</p>'), 'dist/help-in-a-crisis/index.html'), /dist\/help-in-a-crisis\/index\.html has no phone or text link/);
});
