/**
 * What the steps on the finished pages keep from one build to the next, so
 * that a build after a small change redoes only the pages that changed.
 *
 * dist/ is emptied by every build, so nothing is kept there: the manifest
 * lives in Astro's cache folder (config.cacheDir, node_modules/.astro unless
 * set), as post-build-manifest/<step>.json. For each page it holds the page's
 * hash as Astro wrote it and the step's result for that page (the words the
 * stylesheet check needs, the links and ids the link check needs, the hashes
 * of the inline code the headers need). A page whose hash is unchanged gets
 * last build's result without being read again; a new or changed page is
 * read; a deleted page drops out.
 *
 * Anything else a step's result depends on goes into its key: the step's
 * options, the code that computes the results (./cache.ts and the step's own
 * modules, by content), and whatever earlier steps did to the pages (the
 * stylesheet step rewrites them: its key says how). A different key, or a
 * manifest that cannot be read, means last build's results are not used at
 * all: the step does the whole work, as in a cold build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILES_AT_ONCE, builtHtmlFiles, forEachFile } from '../../lib/built-site.ts';
import { mapLimit } from '../../lib/map-limit.ts';

/** Bumped when the manifest's layout changes. */
const FORMAT = 1;

export const hashOf = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('base64url');

/** A version of code, from the text of its modules (`import.meta.url`s or paths), so editing a step starts its manifest afresh. */
export function codeVersion(...modules: string[]): string {
  const own = import.meta.url;
  return hashOf([own, ...modules].map((module) => readFileSync(module.startsWith('file:') ? fileURLToPath(module) : module, 'utf8')).join('\0'));
}

/** One step's manifest as stored: its key, each distinct result once (as JSON), and each page's hash and result. */
interface Stored {
  format: number;
  key: string;
  results: string[];
  pages: Record<string, [hash: string, result: number]>;
}

/** What one build's steps share: the pages as Astro wrote them, and where the manifests are. */
export class StepCache {
  /** Where the manifests are kept; none for a step run outside a build (tests), which then reuses nothing. */
  readonly #folder: string | undefined;
  readonly #outDir: string;
  #hashes: Promise<Map<string, string>> | undefined;
  /** How earlier steps rewrote the pages, in order: part of every later step's key. */
  readonly #rewrites: string[] = [];

  constructor(cacheDir: string | undefined, outDir: string) {
    this.#folder = cacheDir === undefined ? undefined : join(cacheDir, 'post-build-manifest');
    this.#outDir = outDir;
  }

  /**
   * Each page's hash, by path relative to the output folder, as Astro wrote
   * it: read once, before the first step changes any page (the post-build
   * process asks for it before it runs the first step).
   */
  pageHashes(): Promise<Map<string, string>> {
    this.#hashes ??= (async () => {
      const files = await builtHtmlFiles(this.#outDir);
      // The bytes, not the text: decoding them would cost as much as hashing.
      const hashes = await forEachFile(files, async (file) => hashOf(await readFile(file)));
      return new Map(files.map((file, i) => [this.#relative(file), hashes[i]!]));
    })();
    return this.#hashes;
  }

  /**
   * Says that a step has rewritten every page in a way `key` determines (the
   * same page and key give the same result), so later steps' results, which
   * come from the rewritten pages, are keyed by it too.
   */
  pagesRewritten(key: string): void {
    this.#rewrites.push(key);
  }

  /**
   * The step's result for each of `files` (HTML pages, in the given order):
   * last build's for a page with the same hash under the same key, otherwise
   * `compute` on the page as it is now. Results must be plain data (JSON).
   * The manifest is then replaced with this build's results.
   *
   * Results are kept as copies made from their JSON, one per distinct result:
   * what `compute` returns may be slices of the page, which would keep the
   * whole page alive, and most pages share their result with others.
   */
  async perPage<T>(step: string, key: string, files: readonly string[], compute: (file: string, html: string) => T | Promise<T>): Promise<{ results: T[]; reused: number }> {
    const hashes = await this.pageHashes();
    const fullKey = hashOf(JSON.stringify([FORMAT, step, key, this.#rewrites]));
    const file = this.#folder && join(this.#folder, `${step}.json`);
    const previous = file ? await readStored(file, fullKey) : undefined;

    // This build's manifest: each distinct result once, and each page's hash and result.
    const stored: Stored = { format: FORMAT, key: fullKey, results: [], pages: {} };
    const indexOf = new Map<string, number>();
    const copies: T[] = [];
    /** The stored index of a result's JSON, adding it (and a copy of it) when new. */
    const intern = (json: string): number => {
      let index = indexOf.get(json);
      if (index === undefined) {
        index = stored.results.push(json) - 1;
        indexOf.set(json, index);
        copies[index] = JSON.parse(json) as T;
      }
      return index;
    };
    const paths = files.map((path) => this.#relative(path));
    const indexes: (number | undefined)[] = paths.map((path) => {
      const entry = previous?.pages[path];
      return entry && entry[0] === hashes.get(path) ? intern(previous!.results[entry[1]]!) : undefined;
    });
    const reused = indexes.filter((index) => index !== undefined).length;
    const todo = files.flatMap((_, i) => (indexes[i] === undefined ? [i] : []));
    await mapLimit(todo, FILES_AT_ONCE, async (i) => {
      indexes[i] = intern(JSON.stringify(await compute(files[i]!, await readFile(files[i]!, 'utf8'))));
    });
    paths.forEach((path, i) => {
      const hash = hashes.get(path);
      // A page Astro did not write (none today) has no hash to check against next time.
      if (hash) stored.pages[path] = [hash, indexes[i]!];
    });

    if (file) await this.#write(file, stored);
    return { results: indexes.map((index) => copies[index!]!), reused };
  }

  /**
   * A result of the step's that depends on no single page: last build's if
   * `key` (every input of `compute`, hashed) is the same, otherwise computed
   * and kept for next time. Plain data (JSON) only.
   */
  async remember<T>(step: string, key: string, compute: () => Promise<T>): Promise<T> {
    const fullKey = hashOf(JSON.stringify([FORMAT, step, key]));
    const file = this.#folder && join(this.#folder, `${step}.whole.json`);
    const previous = file ? await readStored(file, fullKey) : undefined;
    if (previous) return JSON.parse(previous.results[0]!) as T;
    const result = await compute();
    if (file) await this.#write(file, { format: FORMAT, key: fullKey, results: [JSON.stringify(result)], pages: {} });
    return result;
  }

  /**
   * A result for each key (a hash of everything the result depends on, such
   * as a file's content): last build's for a key it had too, otherwise
   * computed. What this build used is kept for the next, across calls.
   */
  async byKey<T>(step: string, keys: readonly string[], compute: (index: number) => Promise<T>): Promise<T[]> {
    const file = this.#folder && join(this.#folder, `${step}.by-key.json`);
    if (!this.#byKey.has(step)) {
      const previous = file ? await readStored(file, 'by key') : undefined;
      this.#byKey.set(step, { previous: previous ? (JSON.parse(previous.results[0]!) as Record<string, unknown>) : {}, used: {} });
    }
    const { previous, used } = this.#byKey.get(step)!;
    const results = await mapLimit([...keys.entries()], FILES_AT_ONCE, async ([index, key]) => {
      if (!Object.hasOwn(used, key)) used[key] = Object.hasOwn(previous, key) ? previous[key] : await compute(index);
      return used[key] as T;
    });
    if (file) await this.#write(file, { format: FORMAT, key: 'by key', results: [JSON.stringify(used)], pages: {} });
    return results;
  }

  /** For byKey: last build's results, and this build's so far, by step. */
  readonly #byKey = new Map<string, { previous: Record<string, unknown>; used: Record<string, unknown> }>();

  async #write(file: string, stored: Stored): Promise<void> {
    await mkdir(this.#folder!, { recursive: true });
    // Written whole, then renamed: a build stopped half-way leaves the old manifest or the new,
    // never half of one (and two builds sharing the folder do not write into each other's file).
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(stored));
    await rename(temporary, file);
  }

  #relative(file: string): string {
    return relative(this.#outDir, file).split(sep).join('/');
  }
}

async function readStored(file: string, key: string): Promise<Stored | undefined> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Stored;
    return stored.format === FORMAT && stored.key === key ? stored : undefined;
  } catch {
    // None yet, or unreadable: the step does the whole work.
    return undefined;
  }
}
