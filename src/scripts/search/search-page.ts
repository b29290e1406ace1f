/**
 * The search results page. Without JavaScript, or if the index cannot load,
 * it shows the A to Z of every page. With JavaScript it reads ?q= (and
 * ?section=) and shows results with highlighted excerpts and a section filter.
 * Everything from the address bar is shown as text, never as HTML.
 */
import { cleanQuery, excerptNodes, resultsLabel, savedPagesNote } from './query.ts';
import { crisisPageHit, search, type SearchAnswer, type SearchHit } from './results.ts';
import { crisisMatch, type CrisisMatch } from './crisis.ts';

/** Properties set on a new element: text and flags only, never innerHTML. */
type Props = Record<string, string | boolean> & { innerHTML?: never; outerHTML?: never };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  Object.assign(element, props);
  element.append(...children);
  return element;
}

const pageTitle = document.title;
/** Searches can overlap (a new one from the header box): only the latest may change the page. */
let latestRun = 0;

export async function showResults(root: HTMLElement, aToZ: HTMLElement, params: URLSearchParams): Promise<void> {
  const run = ++latestRun;
  const query = cleanQuery(params.get('q'));
  const section = cleanQuery(params.get('section')) || undefined;
  const heading = document.querySelector('h1');
  const headerInput = document.querySelector<HTMLInputElement>('#search-field');
  if (headerInput && !headerInput.value) headerInput.value = query;
  // Before searching, so the numbers show even when the index cannot load (offline, say).
  const callout = document.getElementById('crisis-callout');
  const match = query ? await crisisMatch(query).catch(() => undefined) : undefined;
  if (run !== latestRun) return;
  if (callout) showCallout(callout, match);
  if (!query) return;

  if (heading) heading.textContent = `Search results for ${query}`;
  document.title = `${query} - ${pageTitle}`;
  const status = el('p', { className: 'nhsuk-body' });
  status.id = 'search-status';
  status.setAttribute('role', 'status');
  status.textContent = 'Searching…';
  root.replaceChildren(status);

  let answer: SearchAnswer;
  try {
    answer = await search(query, { section, withSections: true });
  } catch {
    if (run !== latestRun) return;
    status.textContent = 'Search is not working right now. Find the page you need in the A to Z of pages below.';
    // Even with no index, a crisis query's first result is "Help in a crisis".
    if (match) root.append(resultList([crisisPageHit(match.kind)]));
    aToZ.hidden = false;
    return;
  }

  if (run !== latestRun) return;
  if (answer.total === 0) {
    status.textContent = (section ? `No results for ${query} in ${section}.` : `No results for ${query}.`) + savedPagesNote(navigator.onLine);
    root.append(
      el('p', {}, 'Check the spelling or use fewer words. Or find the page you need in the A to Z of pages below.'),
    );
    aToZ.hidden = false;
    return;
  }

  status.textContent = `${resultsLabel(answer.total)} for ${query}${section ? ` in ${section}` : ''}.${savedPagesNote(navigator.onLine)}`;
  aToZ.hidden = true;
  root.append(sectionFilter(query, section, answer.sections), resultList(answer.hits));
}

/** The crisis numbers for a crisis query, with the routes that fit it leading (CrisisHelp's "lead"). */
function showCallout(callout: HTMLElement, match: CrisisMatch | undefined): void {
  callout.hidden = !match;
  for (const variant of callout.querySelectorAll<HTMLElement>('[data-lead]')) variant.hidden = variant.dataset.lead !== (match?.kind ?? 'emergency');
}

function sectionFilter(query: string, current: string | undefined, sections: Record<string, number>): HTMLElement {
  const names = Object.keys(sections).filter((name) => sections[name]! > 0).sort();
  const form = el('form', { className: 'app-search-filter', method: 'get', action: '' });
  const fieldset = el('fieldset', { className: 'nhsuk-fieldset' });
  fieldset.append(el('legend', { className: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' }, 'Show results from'));
  const radios = el('div', { className: 'nhsuk-radios nhsuk-radios--small' });
  const all = Object.values(sections).reduce((sum, n) => sum + n, 0);
  [['', `All sections (${all})`], ...names.map((name) => [name, `${name} (${sections[name]})`])].forEach(([value, label], i) => {
    const id = `section-filter-${i}`;
    const input = el('input', { className: 'nhsuk-radios__input', type: 'radio', name: 'section', id, value: value!, checked: (current ?? '') === value });
    radios.append(el('div', { className: 'nhsuk-radios__item' }, input, el('label', { className: 'nhsuk-label nhsuk-radios__label', htmlFor: id }, label!)));
  });
  fieldset.append(radios);
  const hiddenQuery: HTMLInputElement = el('input', { type: 'hidden', name: 'q', value: query });
  const apply: HTMLButtonElement = el('button', { className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small', type: 'submit' }, 'Apply filter');
  form.append(hiddenQuery, fieldset, apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    if (!params.get('section')) params.delete('section');
    history.replaceState(null, '', `?${params}`);
    void showResults(document.querySelector<HTMLElement>('#search-results')!, document.querySelector<HTMLElement>('#search-a-to-z')!, params);
  });
  return form;
}

function resultList(hits: SearchHit[]): HTMLElement {
  const list = el('ul', { className: 'nhsuk-list app-search-results' });
  for (const hit of hits) {
    const item = el('li', { className: 'app-search-results__item' });
    item.append(el('h2', { className: 'nhsuk-heading-s nhsuk-u-margin-bottom-1' }, el('a', { href: hit.heading?.url ?? hit.url }, hit.title)));
    if (hit.section) item.append(el('p', { className: 'nhsuk-body-s app-search-results__section' }, hit.section, hit.heading ? ` – ${hit.heading.title}` : ''));
    if (hit.excerpt) item.append(el('p', { className: 'nhsuk-body-s' }, ...excerptNodes(hit.excerpt)));
    list.append(item);
  }
  return list;
}

const root = document.querySelector<HTMLElement>('#search-results');
const aToZ = document.querySelector<HTMLElement>('#search-a-to-z');
if (root && aToZ) {
  void showResults(root, aToZ, new URLSearchParams(window.location.search));
  // A new search from the header box, here, updates the results in place (the address too, so Back returns to the last one).
  const form = document.querySelector<HTMLFormElement>('#search');
  form?.addEventListener('submit', (event) => {
    const query = cleanQuery(new FormData(form).get('q')?.toString());
    if (!query) return;
    event.preventDefault();
    const params = new URLSearchParams({ q: query });
    history.pushState(null, '', `?${params}`);
    void showResults(root, aToZ, params);
  });
  window.addEventListener('popstate', () => {
    const params = new URLSearchParams(window.location.search);
    const box = document.querySelector<HTMLInputElement>('#search-field');
    if (box) box.value = cleanQuery(params.get('q'));
    void showResults(root, aToZ, params);
  });
}
