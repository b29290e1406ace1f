/**
 * The inline scripts Astro writes into a page with a client-only island (the
 * editor's page): the island runtime, in its production and development
 * builds, and the client:only directive. Taken from Astro itself, so the
 * editor's policy follows an Astro upgrade.
 */
import island from 'astro/runtime/server/astro-island.prebuilt.js';
import islandDev from 'astro/runtime/server/astro-island.prebuilt-dev.js';
import only from 'astro/runtime/client/only.prebuilt.js';

export function islandScripts(): string[] {
  return [island, islandDev, only];
}
