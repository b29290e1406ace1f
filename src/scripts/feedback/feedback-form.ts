/**
 * The feedback form, with JavaScript:
 *  - on the feedback page, records the page the reader came from;
 *  - an empty form is not sent: the NHS error pattern (summary, message at
 *    the question, "Error:" in the title) says what to fill in;
 *  - offline, or when the connection fails, it says the feedback was not sent
 *    and keeps what was typed, instead of the browser's error page;
 *  - sent, it opens the thank-you page with the page rated, so it can link back.
 * Without JavaScript the form posts as usual and the browser asks for the answer.
 */
import { pageRated, withPageRated } from '../../lib/feedback.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const TITLE = document.title;

const MESSAGES = {
  useful: 'Select yes if this page was useful, or no if it was not',
  offline: 'Your feedback has not been sent because there is no internet connection. What you wrote is still here. Send it again when you are connected.',
  failed: 'Your feedback could not be sent. What you wrote is still here. Try again later.',
};

function errorSummary(form: HTMLFormElement, items: { text: string; href?: string }[]): HTMLElement {
  const summary = document.createElement('div');
  summary.className = 'nhsuk-error-summary';
  summary.tabIndex = -1;
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  const heading = document.createElement('h2');
  heading.className = 'nhsuk-error-summary__heading';
  heading.textContent = 'There is a problem';
  const body = document.createElement('div');
  body.className = 'nhsuk-error-summary__body';
  const list = document.createElement('ul');
  list.className = 'nhsuk-list nhsuk-error-summary__list';
  for (const item of items) {
    const li = document.createElement('li');
    if (item.href) {
      const link = document.createElement('a');
      link.href = item.href;
      link.textContent = item.text;
      // Move focus to the field itself, as the NHS error summary does.
      link.addEventListener('click', (event) => {
        event.preventDefault();
        form.querySelector<HTMLElement>(item.href!)?.focus();
      });
      li.append(link);
    } else li.textContent = item.text;
    list.append(li);
  }
  body.append(list);
  alert.append(heading, body);
  summary.append(alert);
  return summary;
}

export function enhanceFeedbackForm(form: HTMLFormElement): void {
  // The script's own checks replace the browser's, so errors look and read the same everywhere.
  form.noValidate = true;
  const pageField = form.elements.namedItem('page') as HTMLInputElement | null;
  if (pageField && form.dataset.pageFromReferrer !== undefined) {
    pageField.value = pageRated(location.search, document.referrer, location.origin, BASE) ?? '';
  }
  const usefulGroup = form.querySelector<HTMLFieldSetElement>('fieldset');
  const firstRadio = form.querySelector<HTMLInputElement>('input[name="useful"]');
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');

  const clear = () => {
    form.querySelector('.nhsuk-error-summary')?.remove();
    form.querySelector('.nhsuk-error-message')?.remove();
    usefulGroup?.parentElement?.classList.remove('nhsuk-form-group--error');
    usefulGroup?.removeAttribute('aria-describedby');
    document.title = TITLE;
  };

  const show = (items: { text: string; href?: string }[]) => {
    const summary = errorSummary(form, items);
    form.prepend(summary);
    document.title = `Error: ${TITLE}`;
    summary.focus();
  };

  const showUsefulError = () => {
    const id = `${firstRadio!.id}-error`;
    const message = document.createElement('span');
    message.className = 'nhsuk-error-message';
    message.id = id;
    const hidden = document.createElement('span');
    hidden.className = 'nhsuk-u-visually-hidden';
    hidden.textContent = 'Error: ';
    message.append(hidden, MESSAGES.useful);
    usefulGroup!.querySelector('legend')!.after(message);
    usefulGroup!.parentElement!.classList.add('nhsuk-form-group--error');
    usefulGroup!.setAttribute('aria-describedby', id);
    show([{ text: MESSAGES.useful, href: `#${firstRadio!.id}` }]);
  };

  form.addEventListener('submit', async (event) => {
    clear();
    if (firstRadio && usefulGroup && !form.querySelector('input[name="useful"]:checked')) {
      event.preventDefault();
      showUsefulError();
      return;
    }
    if (!navigator.onLine) {
      event.preventDefault();
      show([{ text: MESSAGES.offline }]);
      return;
    }
    // A receiver on another site (FEEDBACK_ACTION) gets the browser's own POST.
    if (new URL(form.action).origin !== location.origin) return;
    event.preventDefault();
    if (button) button.disabled = true;
    try {
      const body = new URLSearchParams();
      for (const [name, value] of new FormData(form)) body.append(name, String(value));
      const response = await fetch(form.action, { method: 'POST', body });
      if (!response.ok) throw new Error(`The form receiver answered ${response.status}.`);
      location.assign(withPageRated(response.url || form.action, pageField?.value ?? ''));
    } catch {
      show([{ text: navigator.onLine ? MESSAGES.failed : MESSAGES.offline }]);
    } finally {
      if (button) button.disabled = false;
    }
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.app-feedback-form')) enhanceFeedbackForm(form);
