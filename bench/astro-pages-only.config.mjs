/**
 * The site's Astro settings without the steps on the finished pages: the
 * pages as Astro writes them, for bench/post-build.mjs to time the steps on.
 *   OUT_DIR=/tmp/pages astro build --config bench/astro-pages-only.config.mjs
 */
import config from '../astro.config.mjs';

const POST_BUILD = ['stylesheet', 'search-index', 'service-worker', 'redirects', 'link-check', 'headers'];
export default { ...config, integrations: config.integrations.filter((integration) => !POST_BUILD.includes(integration.name)) };
