/**
 * Refuses to publish localhost addresses: a build for a host's deploy with no
 * public address fails before it starts, and a local build without one says
 * so loudly (src/lib/site-url.ts has the rules and the variables that count).
 */
import type { AstroIntegration } from 'astro';
import { resolveSiteUrl } from '../lib/site-url.ts';

export function siteUrlCheck(): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { error, warning } = resolveSiteUrl(process.env);
        if (error) throw new Error(error);
        if (warning) logger.warn(`\n\n  ${'!'.repeat(72)}\n  ${warning}\n  ${'!'.repeat(72)}\n`);
      },
    },
  };
}
