/**
 * The offline page's list of saved pages: adds the pages this reader has
 * opened or saved to the core pages the page lists already, all by title.
 */
import { savedPages } from './saved-pages.ts';

const list = document.getElementById('saved-pages');
if (list) {
  savedPages()
    .then((pages) => {
      const listed = new Set([...list.querySelectorAll('a')].map((a) => a.pathname));
      const items = [...list.querySelectorAll('li')].map((li) => ({ title: li.textContent ?? '', li }));
      for (const page of pages.filter((p) => !listed.has(p.url))) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = page.url;
        a.textContent = page.title;
        li.append(a);
        items.push({ title: page.title, li });
      }
      items.sort((a, b) => a.title.localeCompare(b.title, 'en-GB', { sensitivity: 'base' }));
      list.replaceChildren(...items.map((item) => item.li));
    })
    .catch(() => {
      // The core pages listed already are saved whatever happens here.
    });
}
