/**
 * Chromium driven over a bare DevTools connection to its page alone, for
 * tests of a service worker across deploys. Playwright attaches to every
 * service worker, and while it is attached Chromium never lets an old worker
 * go idle: a new deploy's worker then waits for ever, and the next page load
 * hangs. Here nothing attaches to a worker, as on a reader's phone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { get as httpGet } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.ts';

type Listener = (params: Record<string, unknown>) => void;

export interface Navigation {
  status: number;
  fromServiceWorker: boolean;
  headers: Record<string, string>;
}

export class BarePage {
  #socket: WebSocket;
  #next = 1;
  #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  #listeners = new Map<string, Set<Listener>>();

  constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.addEventListener('message', ({ data }) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: Record<string, unknown> };
      if (message.id !== undefined) {
        const call = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        if (message.error) call?.reject(new Error(message.error.message));
        else call?.resolve(message.result);
      } else if (message.method) {
        for (const listener of this.#listeners.get(message.method) ?? []) listener(message.params ?? {});
      }
    });
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.#next++;
    this.#socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
  }

  on(method: string, listener: Listener): () => unknown {
    const set = this.#listeners.get(method) ?? new Set();
    set.add(listener);
    this.#listeners.set(method, set);
    return () => set.delete(listener);
  }

  /** Runs an expression in the page (a promise is awaited) and gives its value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  /** Opens an address and waits for its load event; gives the main response. */
  async goto(url: string, timeoutMs = 30_000): Promise<Navigation> {
    let main: Navigation | undefined;
    let frameId: string | undefined;
    const stopResponses = this.on('Network.responseReceived', (params) => {
      const response = params['response'] as { status: number; fromServiceWorker?: boolean; headers: Record<string, string> };
      if (params['type'] === 'Document' && (!frameId || params['frameId'] === frameId)) {
        main = { status: response.status, fromServiceWorker: Boolean(response.fromServiceWorker), headers: Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v])) };
      }
    });
    let stopLoad: () => unknown = () => undefined;
    const loaded = new Promise<void>((resolve) => (stopLoad = this.on('Page.loadEventFired', () => resolve())));
    let timer: NodeJS.Timeout | undefined;
    try {
      const result = await this.send<{ frameId: string; errorText?: string }>('Page.navigate', { url });
      frameId = result.frameId;
      if (result.errorText) throw new Error(`${url}: ${result.errorText}`);
      await Promise.race([loaded, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${url} did not load in ${timeoutMs} ms`)), timeoutMs)))]);
    } finally {
      clearTimeout(timer);
      stopResponses();
      stopLoad();
    }
    if (!main) throw new Error(`${url}: no response`);
    return main;
  }

  /** The page's text content of the first element a selector finds, or null. */
  text(selector: string): Promise<string | null> {
    return this.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent?.replace(/\\s+/g, ' ').trim() ?? null`);
  }

  /** An attribute of the first element a selector finds, or null. */
  attribute(selector: string, name: string): Promise<string | null> {
    return this.evaluate(`document.querySelector(${JSON.stringify(selector)})?.getAttribute(${JSON.stringify(name)}) ?? null`);
  }

  /** Whether the page is offline to its scripts (navigator.onLine) and to its own requests; a worker's are not covered. */
  setOffline(offline: boolean): Promise<unknown> {
    return this.send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  }

  close(): void {
    this.#socket.close();
  }
}

export interface BareBrowser {
  page: BarePage;
  close(): Promise<void>;
}

/**
 * A GET with node:http. Not fetch: Node's fetch (undici) failed an internal
 * assertion (assert(!this.paused)) on Chromium's DevTools HTTP answers in a CI run.
 */
function getText(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    httpGet(url, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve(body));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** Starts Chromium headless with a fresh profile, and connects to its one page. */
export async function launchBareBrowser(): Promise<BareBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'bare-chromium-'));
  const executable = 'executablePath' in launchOptions ? launchOptions.executablePath : chromium.executablePath();
  const args = 'args' in launchOptions ? launchOptions.args : [];
  const child: ChildProcess = spawn(executable, [...args, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${output}`)), 30_000);
    child.stderr?.on('data', (chunk) => {
      output += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', () => reject(new Error(`Chromium stopped:\n${output}`)));
  });
  const { host } = new URL(endpoint);
  let target: { type: string; webSocketDebuggerUrl: string } | undefined;
  for (let i = 0; i < 50 && !target; i++) {
    const targets = JSON.parse(await getText(`http://${host}/json/list`)) as { type: string; webSocketDebuggerUrl: string }[];
    target = targets.find((t) => t.type === 'page');
    if (!target) await new Promise((r) => setTimeout(r, 100));
  }
  if (!target) throw new Error('Chromium has no page to connect to.');
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  const page = new BarePage(socket);
  await Promise.all([page.send('Page.enable'), page.send('Runtime.enable'), page.send('Network.enable')]);
  return {
    page,
    close: async () => {
      page.close();
      child.kill();
      await new Promise((r) => child.once('exit', r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
