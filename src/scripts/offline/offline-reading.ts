/**
 * Offline reading. Registers the service worker that saves pages on this
 * device (made by src/integrations/service-worker), and keeps the offline
 * notice up to date. Where service workers are not supported, or in
 * development, nothing is registered and the site works as usual.
 */
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  // A page the worker did not serve (the first visit's) is saved once the worker is ready, like every page after it.
  const savedAlready = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then(async () => {
      if (!savedAlready) (await navigator.serviceWorker.ready).active?.postMessage({ type: 'SAVE_PAGES', urls: [location.href] });
    })
    .catch((error: unknown) => {
      // The site works without it; say why for whoever is debugging.
      console.warn('Offline reading is not available:', error);
    });
}

const notice = document.getElementById('offline-notice');
if (notice) {
  // The worker marks a saved copy it shows because the network was slow or down.
  const saved = document.documentElement.dataset['savedCopy'];
  const day = saved && !Number.isNaN(Date.parse(saved)) ? ` on ${new Date(saved).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}` : '';
  const show = () => {
    // Offline, the day a saved copy was saved says how old its numbers are.
    if (!navigator.onLine) notice.textContent = day ? `You are offline. This page was saved on this device${day}.` : 'You are offline. You are reading pages saved on this device.';
    else if (saved !== undefined) notice.textContent = `This is the copy of this page saved on this device${day}, because the connection is slow or not working. Reload the page to try again for the latest version.`;
    else notice.textContent = '';
  };
  window.addEventListener('online', show);
  window.addEventListener('offline', show);
  show();
}
