/**
 * Removes notices whose last day has passed on this device's calendar. The
 * build already leaves them out; this covers pages saved for offline reading
 * and days when no rebuild has run.
 */
import { noticeHasEnded } from '../lib/dates.ts';

const today = new Date();
for (const item of document.querySelectorAll<HTMLElement>('[data-notice-until]')) {
  if (noticeHasEnded(item.dataset.noticeUntil!, today)) item.remove();
}
for (const line of document.querySelectorAll<HTMLElement>('.app-notice-line')) {
  if (!line.querySelector('.app-notice-line__item')) line.remove();
}
