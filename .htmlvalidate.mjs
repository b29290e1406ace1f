/** html-validate over every built page (npm run test:html): zero errors allowed. */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Titles follow the NHS pattern "Page - Peer support - Nottinghamshire Healthcare NHS
    // Foundation Trust", longer than 70 characters by design; search engines cut them where needed.
    'long-title': 'off',
  },
};
