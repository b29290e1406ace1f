/**
 * On the thank-you page: the "go back" link leads to the page the reader
 * rated (?page=, set by the feedback form's script), when it is a page on
 * this site. Anything else in the address is ignored.
 */
import { sitePath } from '../../lib/feedback.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const link = document.querySelector<HTMLAnchorElement>('[data-feedback-return]');
const page = sitePath(new URLSearchParams(location.search).get('page'), location.origin, BASE);
if (link && page) {
  link.href = page;
  link.textContent = 'Go back to the page you rated';
}
