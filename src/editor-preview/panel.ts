/**
 * The problems panel at the top of a page's preview in `npm run edit`, as
 * HTML: an NHS error summary for what stops the build, a warning card for
 * style messages (with the sentence quoted) and the review status. Plain
 * markup with nhsuk-frontend classes the site's stylesheet already has.
 */
import { whereOf } from '../content-checks/problem.ts';
import type { FileProblems } from './problems.ts';
import { escapeText as escape } from '../components/render/html.ts';
import { editAddress as editorAddress } from '../lib/deploy-context.ts';


/** The entry's screen in the local editor (Keystatic's route for a collection item). */
export const editAddress = (kind: 'page' | 'notice', id: string): string => editorAddress(kind, id)!;

export interface PanelOptions {
  kind: 'page' | 'notice';
  id: string;
}

/** The panel, or '' when the file has no problem and no review coming up. */
export function problemsPanel(problems: FileProblems, options: PanelOptions): string {
  const edit = `<a href="${escape(editAddress(options.kind, options.id))}">Edit ${escape(problems.file)}</a>`;
  const parts: string[] = [];
  if (problems.errors.length) {
    const items = problems.errors
      .map((p) => `<li><strong>${escape(p.field)}</strong> (${escape(whereOf(p))}): ${escape(p.problem)} ${escape(p.fix)}</li>`)
      .join('');
    parts.push(
      '<div class="nhsuk-error-summary" data-editor-problems="errors"><div role="alert">' +
        '<h2 class="nhsuk-error-summary__heading">This page cannot be published until you fix this</h2>' +
        `<div class="nhsuk-error-summary__body"><p>The preview shows this list instead of the page. ${edit}.</p>` +
        `<ul class="nhsuk-list nhsuk-error-summary__list">${items}</ul></div></div></div>`,
    );
  }
  if (problems.style.length) {
    const items = problems.style
      .map((m) => {
        const quote = m.sentence ? ` <q>${escape(m.sentence)}</q>` : '';
        const where = m.sentence ? `Line ${m.line}` : 'The whole page';
        return `<li>${where}: ${escape(m.reason)}${quote} <span class="nhsuk-u-secondary-text-colour">(${escape(m.ruleId)}, ${m.severity})</span></li>`;
      })
      .join('');
    const count = problems.style.length === 1 ? '1 style message' : `${problems.style.length} style messages`;
    parts.push(
      '<div class="nhsuk-card nhsuk-card--warning" data-editor-problems="style"><div class="nhsuk-card__content">' +
        `<h2 class="nhsuk-card__heading">${count}</h2>` +
        '<p>From the NHS content style checks. Style errors fail the checks a change must pass before it is published; warnings are for you to judge.</p>' +
        `<ul>${items}</ul></div></div>`,
    );
  }
  if (problems.review) {
    const heading = problems.review.ruleId === 'review-overdue' ? 'Review overdue' : 'Review due soon';
    parts.push(
      '<div class="nhsuk-card nhsuk-card--warning" data-editor-problems="review"><div class="nhsuk-card__content">' +
        `<h2 class="nhsuk-card__heading">${heading}</h2><p>${escape(problems.review.reason.charAt(0).toUpperCase() + problems.review.reason.slice(1))}</p></div></div>`,
    );
  }
  if (!problems.errors.length && !problems.style.length && !problems.review) return '';
  return `<section aria-label="Problems for editors" data-editor-problems="panel">${parts.join('')}</section>`;
}
