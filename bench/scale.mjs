#!/usr/bin/env node
/**
 * How the full build (Astro, then the steps on the finished pages: stylesheet,
 * Pagefind, the service worker, redirects, link check, headers) scales:
 * generates N realistic pages (bench/generate-site.mjs) into a temporary
 * content folder, builds them with a cold cache, and reports wall time, peak
 * memory (every process of the build together, sampled five times a second),
 * CPU time (user plus system of the build and every child it waited for:
 * the post-build process, Pagefind, Sass; GNU time reads it from wait4, which
 * is steadier than wall time on a shared machine), the most files any one
 * process had open, each step's time, the output, and what a phone's first
 * visit saves for offline reading (the service worker's core).
 *
 *   node bench/scale.mjs [--runs 3] [--open-files 256] [--no-budgets] [--warm] [1000 5000 10000 ...]
 *
 * --runs N          build each size N times and report the median (the budgets are for the median of 3)
 * --open-files N    build under `ulimit -n N` (macOS allows 256 open files by default)
 * --no-budgets      report the figures without failing over budget (CI, on a machine of unknown speed)
 * --warm            after the cold runs, change a sentence in one page and build again with the
 *                   last run's cache: what an editor's one-page change costs (issue 21)
 *
 * Budgets (the project's 2-core machine, cold cache, median of 3 runs):
 * 1,000 pages 20 s and 1.5 GB; 5,000 pages 75 s and 2.5 GB; 10,000 pages 160 s and 4 GB.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSite } from './generate-site.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : undefined;
};
const runs = option('--runs') ?? 1;
const openFiles = option('--open-files');
const checkBudgets = !args.includes('--no-budgets');
const warm = args.includes('--warm');
/** Issue 21's CPU budgets (user + system seconds): cold builds, and a warm one-page change besides the search index. */
const CPU_BUDGETS = { 1000: 10, 5000: 40, 10000: 80 };
const WARM_CPU_BUDGET = 12;
const counts = args.filter((arg, i) => /^\d+$/.test(arg) && !['--runs', '--open-files'].includes(args[i - 1])).map(Number);
const BUDGETS = { 1000: { seconds: 20, mb: 1536 }, 5000: { seconds: 75, mb: 2560 }, 10000: { seconds: 160, mb: 4096 } };
/** The build's phases and steps, in order, as its log reports them. */
const GNU_TIME = '/usr/bin/time';
const STEPS = ['content', 'vite', 'rendering', 'give back memory', 'start process', 'search-index', 'stylesheet', 'service-worker', 'redirects', 'link-check', 'headers'];

/** Resident memory (KB) of every process in a process group, and each one's open files. */
function sampleGroup(pgid, openFilesByName) {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      openFilesByName.set(name, Math.max(openFilesByName.get(name) ?? 0, readdirSync(`/proc/${pid}/fd`).length));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const info = statSync(join(dir, String(name)));
    if (info.isFile()) {
      bytes += info.size;
      files++;
    }
  }
  return { bytes, files };
}

/** Each phase's and step's seconds, from the build log. */
function stepTimes(log) {
  const seconds = (text) => {
    const minutes = /(\d+)m (\d+)s/.exec(text);
    if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
    const short = /([\d.]+)\s*(ms|s)\b/.exec(text);
    return short ? Number(short[1]) / (short[2] === 'ms' ? 1000 : 1) : NaN;
  };
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const times = {
    content: seconds(/Collecting build info\.\.\.\s*\n.*?Completed in ([^.\n]+(?:\.\d+)?s)/.exec(plain)?.[1] ?? ''),
    vite: seconds(/\[vite\] ✓ built in ([^\n]+)/.exec(plain)?.[1] ?? ''),
    rendering: seconds(/generating static routes[\s\S]*?✓ Completed in ([^\n]+)/.exec(plain)?.[1] ?? ''),
  };
  times['give back memory'] = Number(/Gave back \d+ MB of memory in ([\d.]+) s/.exec(plain)?.[1] ?? NaN);
  times['start process'] = Number(/Started a separate process for the steps on the finished pages in ([\d.]+) s/.exec(plain)?.[1] ?? NaN);
  for (const step of STEPS.slice(5)) {
    const done = new RegExp(`\\[${step}\\] Done in ([\\d.]+) s(?: \\(([\\d.]+) s of CPU\\))?`).exec(plain);
    times[step] = Number(done?.[1] ?? NaN);
    // The steps on the finished pages also report their CPU time (with Pagefind's process).
    times[`${step} CPU`] = Number(done?.[2] ?? NaN);
  }
  return times;
}

/** The first visit's offline core, from the service-worker step's report line. */
function offlineCore(log) {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const line = /First visit saves (\d+) files[^:]*: (\d+) KB to download[^,]*, (\d+) KB stored[\s\S]*?sw\.js (\d+) KB brotli/.exec(plain);
  return line ? { files: Number(line[1]), downloadKb: Number(line[2]), storedKb: Number(line[3]), workerKb: Number(line[4]) } : undefined;
}

function build(site, cacheDir) {
  const outDir = join(site.work, 'dist');
  const env = {
    ...process.env,
    CONTENT_DIR: site.content,
    PUBLIC_DIR: site.public,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
  };
  // `npm run build`'s own command, without npm's process (which would count in the memory).
  const [, ...nodeArgs] = JSON.parse(readFileSync('package.json', 'utf8')).scripts.build.split(' ');
  const astro = [process.execPath, ...nodeArgs];
  const limited = openFiles ? ['sh', '-c', `ulimit -n ${openFiles} && exec "$@"`, 'sh', ...astro] : astro;
  // GNU time waits for the build and adds up its CPU and that of every process it waited for
  // (Node exposes no child's rusage). Without GNU time the CPU time is left out.
  const cpuFile = join(site.work, `cpu-${Date.now()}.txt`);
  const [command, ...commandArgs] = existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%U %S', '-o', cpuFile, ...limited] : limited;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    let peak = 0;
    const openFilesByName = new Map();
    // Sampling is cheap but not free on 2 cores: five times a second is enough to catch the peak.
    const sampler = setInterval(() => (peak = Math.max(peak, sampleGroup(child.pid, openFilesByName))), 200);
    // 'close', not 'exit': the last log lines may still be on their way when the process exits.
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`Build of the generated site failed:\n${log.slice(-3000)}`));
      const mostOpen = [...openFilesByName].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      const cpuSeconds = existsSync(cpuFile) ? readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number).reduce((a, b) => a + b, 0) : NaN;
      resolve({ seconds: (performance.now() - started) / 1000, cpuSeconds, peakMb: peak / 1024, output: folderSize(outDir), log, steps: stepTimes(log), mostOpen, offline: offlineCore(log) });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const range = (values, format) => (values.length > 1 ? ` (${format(Math.min(...values))} to ${format(Math.max(...values))})` : '');

const rows = [];
const stepRows = [];
const warmRows = [];
const warmStepRows = [];
const offlineRows = [];
let failed = false;
for (const count of counts.length ? counts : [1000]) {
  const site = generateSite(count);
  try {
    const results = [];
    for (let run = 0; run < runs; run++) {
      rmSync(join(site.work, 'dist'), { recursive: true, force: true });
      // A new cache folder each run: every one of these builds is cold.
      results.push(await build(site, join(site.work, `cache-${run}`)));
      console.error(`${count} pages, run ${run + 1}: ${results.at(-1).seconds.toFixed(1)} s, ${results.at(-1).cpuSeconds.toFixed(1)} s of CPU, ${Math.round(results.at(-1).peakMb)} MB`);
    }
    const last = results.at(-1);
    const pages = Number(/(\d+) page\(s\) built/.exec(last.log.replace(/\x1b\[[0-9;]*m/g, ''))?.[1] ?? 0);
    const seconds = median(results.map((r) => r.seconds));
    const peakMb = median(results.map((r) => r.peakMb));
    const cpuSeconds = median(results.map((r) => r.cpuSeconds));
    const budget = BUDGETS[count];
    const over = budget && (seconds > budget.seconds || peakMb > budget.mb);
    failed ||= Boolean(over && checkBudgets);
    const mostOpen = results.reduce((most, r) => (r.mostOpen[1] > most[1] ? r.mostOpen : most), ['', 0]);
    rows.push(
      `| ${count.toLocaleString('en-GB')} generated (${pages} pages built) | ${seconds.toFixed(1)} s${range(results.map((r) => r.seconds), (s) => s.toFixed(1))} | ` +
        `${Number.isNaN(cpuSeconds) ? `not measured (no ${GNU_TIME})` : `${cpuSeconds.toFixed(1)} s${range(results.map((r) => r.cpuSeconds), (s) => s.toFixed(1))}${CPU_BUDGETS[count] && cpuSeconds > CPU_BUDGETS[count] ? ` (over ${CPU_BUDGETS[count]} s)` : ''}`} | ` +
        `${(peakMb / 1024).toFixed(2)} GB${range(results.map((r) => r.peakMb), (mb) => (mb / 1024).toFixed(2))} | ${mostOpen[1]} (${mostOpen[0]}) | ` +
        `${(last.output.bytes / 1024 / 1024).toFixed(0)} MB in ${last.output.files} files | ${budget ? `${budget.seconds} s, ${(budget.mb / 1024).toFixed(1)} GB${over ? ' (over)' : ''}` : ''} |`,
    );
    if (warm) {
      // One sentence added to one page, as an editor's change; the cache of the last cold run.
      const pagesDir = join(site.content, 'pages');
      const page = join(pagesDir, readdirSync(pagesDir).filter((name) => name.endsWith('.mdx')).sort()[0]);
      writeFileSync(page, `${readFileSync(page, 'utf8').trimEnd()}\n\nThis sentence was added by the benchmark.\n`);
      rmSync(join(site.work, 'dist'), { recursive: true, force: true });
      const result = await build(site, join(site.work, `cache-${runs - 1}`));
      const search = result.steps['search-index CPU'];
      const besides = result.cpuSeconds - search;
      warmRows.push(
        `| ${count.toLocaleString('en-GB')} | ${result.seconds.toFixed(1)} s | ${result.cpuSeconds.toFixed(1)} s | ${search.toFixed(1)} s | ${besides.toFixed(1)} s${besides > WARM_CPU_BUDGET ? ' (over)' : ''} | ${(result.peakMb / 1024).toFixed(2)} GB |`,
      );
      // Astro's phases report no CPU time of their own (undefined: NaN).
      const stepCpu = (step) => Number(result.steps[`${step} CPU`]);
      warmStepRows.push(`| ${count.toLocaleString('en-GB')} | ${STEPS.map((step) => `${Number(result.steps[step]).toFixed(1)} s${Number.isNaN(stepCpu(step)) ? '' : ` (${stepCpu(step).toFixed(1)} s CPU)`}`).join(' | ')} |`);
      console.error(`${count} pages, warm one-page change: ${result.seconds.toFixed(1)} s, ${result.cpuSeconds.toFixed(1)} s of CPU (${besides.toFixed(1)} s besides the search index)`);
    }
    const core = last.offline;
    offlineRows.push(`| ${count.toLocaleString('en-GB')} | ${core ? `${core.files} | ${core.downloadKb} KB | ${core.storedKb} KB | ${core.workerKb} KB` : 'not reported | | |'} |`);
    // NaN for Astro's phases, which report no CPU time of their own.
    const cpu = (step) => Number(median(results.map((r) => r.steps[`${step} CPU`])));
    stepRows.push(
      `| ${count.toLocaleString('en-GB')} | ${STEPS.map((step) => `${median(results.map((r) => r.steps[step])).toFixed(1)} s${Number.isNaN(cpu(step)) ? '' : ` (${cpu(step).toFixed(1)} s CPU)`}`).join(' | ')} |`,
    );
  } finally {
    rmSync(site.work, { recursive: true, force: true });
  }
}
console.log(`Median of ${runs} run${runs > 1 ? 's (range in brackets)' : ''}${openFiles ? `, with at most ${openFiles} open files per process` : ''}:\n`);
console.log('| Site | Build time | CPU time (user + system, all processes) | Peak memory, all processes | Most files open (process) | Output | Budget |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log('\nEach phase and step, wall time (Astro: content, Vite compiling the pages, rendering; then the steps on the finished pages, in their own process, with their CPU time):\n');
console.log(`| Pages | ${STEPS.join(' | ')} |`);
console.log(`| --- | ${STEPS.map(() => '---').join(' | ')} |`);
for (const row of stepRows) console.log(row);
if (warmRows.length) {
  console.log(`\nA warm build after one page's text changed (the last cold run's cache; budget ${WARM_CPU_BUDGET} s of CPU besides the search index, which Pagefind rebuilds whole):\n`);
  console.log('| Pages | Build time | CPU time | Search index CPU | CPU besides the search index | Peak memory |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const row of warmRows) console.log(row);
  console.log(`\n| Pages | ${STEPS.join(' | ')} |`);
  console.log(`| --- | ${STEPS.map(() => '---').join(' | ')} |`);
  for (const row of warmStepRows) console.log(row);
}
console.log("\nWhat a phone's first visit saves for offline reading (the service worker's core; budget 50 files, 500 KB, sw.js 15 KB):\n");
console.log('| Pages | Files | Download (compressed) | Stored | sw.js (brotli) |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of offlineRows) console.log(row);
if (failed) process.exit(1);
