/**
 * "Save this guide for offline reading" (src/components/SaveGuideForOffline.astro).
 * Shown only where a service worker can save pages; it states what saving
 * downloads before it starts, shows progress as each page is saved, and
 * announces the result in its status (a polite live region).
 */
import { formatFileSize } from '../../lib/file-size.ts';
import { savePages, savedPageAddresses } from './saved-pages.ts';

interface GuideSummary {
  pages: string[];
  /** What the pages take up on the device. */
  bytes: number;
  /** What saving them downloads, compressed (estimated by the build). */
  download: number;
}

async function enhance(root: HTMLElement): Promise<void> {
  const button = root.querySelector<HTMLButtonElement>('[data-save-guide-button]');
  const size = root.querySelector<HTMLElement>('[data-save-guide-size]');
  const progress = root.querySelector<HTMLElement>('[data-save-guide-progress]');
  const status = root.querySelector<HTMLElement>('[data-save-guide-status]');
  if (!button || !size || !progress || !status || !root.dataset['saveGuide']) return;
  // Saving needs a running worker: where none starts (blocked, or a private window that refuses
  // them), the button would only fail, so it stays hidden.
  const ready = await Promise.race([navigator.serviceWorker.ready, new Promise<undefined>((resolve) => setTimeout(resolve, 10_000))]);
  // Without the guide's list (offline, say) there is nothing to save either.
  const response = ready?.active ? await fetch(root.dataset['saveGuide']).catch(() => undefined) : undefined;
  // Says why it stays hidden, for whoever is debugging (and the tests).
  root.dataset['saveGuideState'] = ready?.active ? (response?.ok ? 'ready' : 'no-guide-list') : 'no-service-worker';
  if (!response?.ok) return;
  const guide = (await response.json()) as GuideSummary;
  const count = guide.pages.length === 1 ? '1 page' : `${guide.pages.length} pages`;
  const cost = `This downloads about ${formatFileSize(guide.download)} and uses about ${formatFileSize(guide.bytes)} of storage on this device.`;

  const saved = await savedPageAddresses();
  const allSaved = guide.pages.every((page) => saved.has(page));
  size.textContent = allSaved
    ? `All ${count} of this guide are saved on this device. Save them again to get the latest version. ${cost}`
    : `Save all ${count} of this guide on this device, so you can read them without an internet connection. ${cost}`;
  root.hidden = false;

  let busy = false;
  button.addEventListener('click', async () => {
    if (busy) return;
    busy = true;
    // aria-disabled, not disabled, so keyboard focus stays on the button.
    button.setAttribute('aria-disabled', 'true');
    status.textContent = '';
    progress.textContent = `Saving ${count}…`;
    try {
      const result = await savePages(guide.pages, ({ saved, total }) => {
        progress.textContent = `${saved} of ${total} pages saved`;
      });
      progress.textContent = '';
      status.textContent =
        result.failed === 0
          ? `Guide saved. You can read all ${count} of this guide on this device without an internet connection.`
          : `${result.saved} of ${result.total} pages saved. Check your internet connection and try again.`;
    } catch {
      progress.textContent = '';
      status.textContent = 'The guide could not be saved on this device. Check your internet connection and try again.';
    } finally {
      busy = false;
      button.removeAttribute('aria-disabled');
    }
  });
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  for (const root of document.querySelectorAll<HTMLElement>('[data-save-guide]')) void enhance(root);
}
