/**
 * Offline reading. Registers the service worker that saves the section on
 * this device (made by src/integrations/service-worker), and keeps the
 * offline notice up to date. Where service workers are not supported, or in
 * development, nothing is registered and the site works as usual.
 */
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
    // The site works without it; say why for whoever is debugging.
    console.warn('Offline reading is not available:', error);
  });
}

const notice = document.getElementById('offline-notice');
if (notice) {
  const show = () => {
    notice.textContent = navigator.onLine ? '' : 'You are offline. You are reading pages saved on this device.';
  };
  window.addEventListener('online', show);
  window.addEventListener('offline', show);
  show();
}
