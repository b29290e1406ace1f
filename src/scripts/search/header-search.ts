/**
 * Suggestions as you type in the header search box: an ARIA 1.2 combobox
 * (input + listbox). Without JavaScript the box is a plain form that opens
 * the results page; this only adds to it.
 *
 * Arrow keys move through suggestions, Enter opens one (or, with none chosen,
 * the full results page), Escape closes the list. The number of suggestions
 * is announced through a polite live region.
 */
import { loadPagefind } from './pagefind.ts';
import { cleanQuery, resultsLabel, savedPagesNote } from './query.ts';
import { crisisPageHit, search, type SearchHit } from './results.ts';
import { crisisMatch } from './crisis.ts';
import { CRISIS_PAGE_TITLE, crisisSummary, type CrisisLead } from '../../data/crisis-page.ts';

const SUGGESTIONS = 5;

export function enhanceHeaderSearch(input: HTMLInputElement): void {
  const form = input.form;
  if (!form) return;
  const wrapper = input.closest('.nhsuk-input-wrapper') ?? input.parentElement!;

  const listbox = document.createElement('ul');
  listbox.id = 'search-suggestions';
  listbox.className = 'app-search-suggestions';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Suggested pages');
  listbox.hidden = true;
  wrapper.after(listbox);

  const status = document.createElement('div');
  status.className = 'nhsuk-u-visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  listbox.after(status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  let options: { element: HTMLLIElement; url: string }[] = [];
  let active = -1;
  let latest = 0;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    options.forEach((option, i) => option.element.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index]!.element.id);
      options[index]!.element.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const option = (id: string, url: string, title: string, detail?: string) => {
    const element = document.createElement('li');
    element.id = id;
    element.className = 'app-search-suggestions__option';
    element.setAttribute('role', 'option');
    element.setAttribute('aria-selected', 'false');
    const name = document.createElement('span');
    name.className = 'app-search-suggestions__title';
    name.textContent = title;
    element.append(name);
    if (detail) {
      const small = document.createElement('span');
      small.className = 'app-search-suggestions__section';
      small.textContent = detail;
      element.append(' ', small);
    }
    // Keep focus in the box while a pointer picks a suggestion.
    element.addEventListener('mousedown', (event) => event.preventDefault());
    element.addEventListener('click', () => window.location.assign(url));
    return { element, url };
  };

  /** Hits as search gives them: for a crisis query, "Help in a crisis" first, with the routes that fit the query beside it. */
  const show = (query: string, hits: SearchHit[], total: number, crisis: CrisisLead | undefined) => {
    const resultsUrl = `${form.action}?${new URLSearchParams({ q: query })}`;
    options = hits.map((hit, i) =>
      crisis && i === 0 ? option('search-suggestion-crisis', hit.url, hit.title, crisisSummary(crisis)) : option(`search-suggestion-${i}`, hit.url, hit.title, hit.section),
    );
    options.push(option('search-suggestion-all', resultsUrl, total ? `See all ${resultsLabel(total)}` : `No pages found. Search for "${query}"`));
    listbox.replaceChildren(...options.map((o) => o.element));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
    status.textContent =
      (crisis ? `${CRISIS_PAGE_TITLE} is the first suggestion. ` : '') +
      (total ? `${resultsLabel(total)} for ${query}. Use the up and down arrows to choose.` : `No results for ${query}.`) +
      savedPagesNote(navigator.onLine);
  };

  const update = async () => {
    const query = cleanQuery(input.value);
    const mine = ++latest;
    if (query.length < 2) {
      close();
      status.textContent = '';
      return;
    }
    try {
      const answer = await search(query, { limit: SUGGESTIONS });
      // A slower, older search must not overwrite a newer one.
      if (mine === latest) show(query, answer.hits, answer.total, answer.crisis);
    } catch {
      // Search could not load (offline, say): crisis help is still offered; the form still opens the results page.
      const crisis = (await crisisMatch(query).catch(() => undefined))?.kind;
      if (mine !== latest) return;
      if (crisis) show(query, [crisisPageHit(crisis)], 0, crisis);
      else close();
    }
  };

  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined));
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && options.length > 0;
    switch (event.key) {
      case 'ArrowDown':
        if (!open) return void update();
        event.preventDefault();
        setActive((active + 1) % options.length);
        break;
      case 'ArrowUp':
        if (!open) return;
        event.preventDefault();
        setActive(active <= 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter':
        if (open && active >= 0) {
          event.preventDefault();
          window.location.assign(options[active]!.url);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        }
        break;
    }
  });
  input.addEventListener('blur', close);
  // The results page may search in place, without leaving the page: the list must not stay open over the
  // results, nor open again when a search typed before Enter comes back.
  form.addEventListener('submit', () => {
    latest++;
    close();
  });
}

const input = document.querySelector<HTMLInputElement>('#search-field');
if (input) enhanceHeaderSearch(input);
