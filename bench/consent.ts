// Cookie consent against its anchors (issue 7, "How we will know"), in one run:
//  1. size: gzip -9 (node zlib) of Insyn's banner (banner/dist) next to vanilla-cookieconsent 3.1.0
//     and klaro 0.7.22 as installed in node_modules;
//  2. time from navigation to banner visible in headless Chromium: Insyn's real server (PGlite,
//     the banner server-rendered in section#insyn-consent) and the two anchors on a minimal page of
//     the same shape (as in consent-anchors.md §0), with that page without any banner as the
//     baseline; a fresh context per visit, the pages interleaved, unthrottled and throttled;
//  3. the consent endpoint's throughput with durable records on PostgreSQL, under autocannon in a
//     process of its own (bench/consent-load.ts), next to a plain Fastify route that inserts one row
//     per request through a pg Pool and a plain route without the database, the three measured in
//     turns of about two seconds so that the machine's other work falls on all alike; then the
//     count of acknowledged consents against the consent_record rows stored.
//
//   npm run bench:consent -- [--runs 10] [--throttled-runs 5] [--connections 100] [--seconds 10]
//                            [--pool 10] [--only size,browser,load] [--profile]
//
// --profile samples the server process's CPU while (a) is measured and prints where the time goes
// (the profiler slows the server down: read a profiled run's throughput as indicative only).
// Needs /usr/bin/chromium and PostgreSQL on 127.0.0.1:5432 (INSYN_TEST_POSTGRES_URL); without
// PostgreSQL the throughput section says so and is skipped.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { InsertQueryNode, ValuesNode, type KyselyPlugin, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { openPostgres } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrations.ts';
import { buildServer } from '../src/http/build-server.ts';
import { createConsentService } from '../src/operations/consent/consent-service.ts';
import { launchChromium } from '../test/support/chromium.ts';
import { pgliteDatabase, scratchPostgres } from '../test/support/test-databases.ts';
import { alwaysReady, demoCatalog } from '../test/support/test-server.ts';
import type { Load, LoadResult } from './consent-load.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    'throttled-runs': { type: 'string', default: '5' },
    connections: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '10' },
    pool: { type: 'string', default: '10' },
    only: { type: 'string', default: 'size,browser,load' },
    profile: { type: 'boolean', default: false },
  },
});
const sections = new Set(args.only.split(','));
const say = (line = '') => process.stdout.write(`${line}\n`);
const root = new URL('../', import.meta.url);
const fromRoot = (path: string) => readFileSync(new URL(path, root));
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 });
const thousands = (value: number) => Math.round(value).toLocaleString('en');
const machine = () => `${availableParallelism()} cores, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`;

/** Nearest-rank quantile. */
function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

const catalog = demoCatalog();
const consentConfig = { retention: 'P3Y', cookieDomain: undefined, sites: [] };

// ---------------------------------------------------------------------------------------------
// 1. Size

function sizes(): void {
  const files = (entries: readonly (readonly [string, string])[]) => entries.map(([label, path]) => {
    const raw = fromRoot(path);
    return { label, raw: raw.length, gzip: gzip(raw).length };
  });
  const groups = [
    { name: "Insyn's banner: consent.js + consent.css", parts: files([['banner/dist/consent.js', 'banner/dist/consent.js'], ['banner/dist/consent.css', 'banner/dist/consent.css']]) },
    {
      name: 'vanilla-cookieconsent 3.1.0: umd.js + css',
      parts: files([['cookieconsent.umd.js', 'node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js'], ['cookieconsent.css', 'node_modules/vanilla-cookieconsent/dist/cookieconsent.css']]),
    },
    { name: 'klaro 0.7.22: klaro.js (JS, CSS, translations)', parts: files([['klaro.js', 'node_modules/klaro/dist/klaro.js']]) },
  ];
  const total = (parts: typeof groups[number]['parts']) => ({
    raw: parts.reduce((sum, part) => sum + part.raw, 0), gzip: parts.reduce((sum, part) => sum + part.gzip, 0),
  });
  const insyn = total(groups[0]!.parts).gzip;
  say('1. Size: gzip -9 (node zlib), each file compressed on its own as it is served; a group is the sum of its files');
  say(`  ${''.padEnd(52)} ${'bytes'.padStart(9)} ${'gzip'.padStart(8)} ${'× Insyn'.padStart(8)}`);
  for (const group of groups) {
    const sum = total(group.parts);
    say(`  ${group.name.padEnd(52)} ${thousands(sum.raw).padStart(9)} ${thousands(sum.gzip).padStart(8)} ${(sum.gzip / insyn).toFixed(1).padStart(8)}`);
    if (group.parts.length > 1) {
      for (const part of group.parts) say(`    ${part.label.padEnd(50)} ${thousands(part.raw).padStart(9)} ${thousands(part.gzip).padStart(8)}`);
    }
  }
  say(`  Insyn's budget (issue 7): 3,072 B gzip for JS and CSS together: ${insyn <= 3072 ? 'within' : 'OVER'} (${thousands(insyn)} B)`);
  say();
}

// ---------------------------------------------------------------------------------------------
// 2. Time to banner visible

interface Target {
  readonly name: string;
  readonly url: string;
  /** The banner element; undefined for the page without a banner. */
  readonly selector: string | undefined;
}

interface Visit {
  readonly fcp: number | undefined;
  readonly load: number;
  readonly inDom: number | undefined;
  readonly visible: number | undefined;
}

/** The test page of consent-anchors.md §0: skip link, nav, main with h1, a paragraph and a button, one analytics script. */
function testPage(library: 'control' | 'vcc' | 'klaro'): string {
  const head = {
    control: '',
    vcc: '<link rel="stylesheet" href="/vcc/cookieconsent.css">',
    klaro: '<script defer src="/klaro-config.js"></script>\n<script defer src="/klaro/klaro.js"></script>',
  }[library];
  const tail = {
    control: '<script defer src="/analytics.js"></script>',
    vcc: '<script type="text/plain" data-category="analytics" src="/analytics.js"></script>\n'
      + '<script defer src="/vcc/cookieconsent.umd.js"></script>\n<script defer src="/vcc-init.js"></script>',
    klaro: '<script type="text/plain" data-type="text/javascript" data-name="analytics" data-src="/analytics.js"></script>',
  }[library];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test page</title>
${head}
</head>
<body>
<a href="#main">Skip to content</a>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav>
<main id="main">
<h1>Test page</h1>
<p>This page has one analytics script, which may run only after consent. The rest of the page is plain text.</p>
<button type="button">A button</button>
</main>
${tail}
</body>
</html>
`;
}

/** vanilla-cookieconsent: the docs' "Basic example" config, with hideFromBots off so that it shows under automation. */
const vccInit = `CookieConsent.run({
  hideFromBots: false,
  onConsent: function () {},
  onChange: function () {},
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: { enabled: false, readOnly: false, autoClear: { cookies: [{ name: /^_ga/ }, { name: '_gid' }] } }
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies', description: 'Cookie modal description',
          acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Manage Individual preferences'
        },
        preferencesModal: {
          title: 'Manage cookie preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Accept current selection', closeIconLabel: 'Close modal',
          sections: [
            { title: 'Somebody said ... cookies?', description: 'I want one!' },
            { title: 'Strictly Necessary cookies', description: 'These cookies are essential for the proper functioning of the website and cannot be disabled.', linkedCategory: 'necessary' },
            { title: 'Performance and Analytics', description: 'These cookies collect information about how you use our website. All of the data is anonymized and cannot be used to identify you.', linkedCategory: 'analytics' },
            { title: 'More information', description: 'For any queries in relation to my policy on cookies and your choices, please <a href="#contact-page">contact us</a>' }
          ]
        }
      }
    }
  }
});
`;

/** klaro: one analytics service, library defaults otherwise. */
const klaroConfig = `window.klaroConfig = { version: 1, services: [{ name: 'analytics', purposes: ['analytics'], cookies: [/^_ga/] }] };\n`;
const analyticsScript = "document.cookie = '_ga=GA1.1.1.1; path=/'; document.cookie = '_ga_TEST=GS1.1.1; path=/';\n";

/** The anchors' server: gzip (level 9), Cache-Control no-store, nothing else. */
async function anchorServer(): Promise<{ server: Server; base: string }> {
  const js = 'text/javascript; charset=utf-8';
  const files = new Map<string, { type: string; body: Buffer }>();
  const add = (path: string, type: string, body: Buffer | string) => files.set(path, { type, body: gzip(body) });
  for (const library of ['control', 'vcc', 'klaro'] as const) add(`/${library}.html`, 'text/html; charset=utf-8', testPage(library));
  add('/vcc/cookieconsent.umd.js', js, fromRoot('node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js'));
  add('/vcc/cookieconsent.css', 'text/css; charset=utf-8', fromRoot('node_modules/vanilla-cookieconsent/dist/cookieconsent.css'));
  add('/vcc-init.js', js, vccInit);
  add('/klaro/klaro.js', js, fromRoot('node_modules/klaro/dist/klaro.js'));
  add('/klaro-config.js', js, klaroConfig);
  add('/analytics.js', js, analyticsScript);
  const server = createServer((request, response) => {
    const file = files.get((request.url ?? '/').split('?')[0] ?? '/');
    if (!file) {
      response.writeHead(404, { 'cache-control': 'no-store' }).end();
      return;
    }
    response.writeHead(200, {
      'content-type': file.type, 'content-encoding': 'gzip', 'content-length': file.body.length, 'cache-control': 'no-store',
    }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Runs in the page before any of its scripts (CDP, so the page's CSP does not apply): every
 * animation frame, until the banner is seen, whether it is in the DOM and whether it is visible:
 * a box inside the viewport, visibility visible and the product of the opacities of it and its
 * ancestors above 0. Times are the frames' timestamps, from performance.timeOrigin.
 */
function observer(selector: string | undefined): string {
  return `(() => {
  if (window !== window.top) return;
  const state = window.__consentBench = {};
  const selector = ${JSON.stringify(selector ?? null)};
  if (selector === null) return;
  const check = (now) => {
    const element = document.querySelector(selector);
    if (element) {
      if (state.inDom === undefined) state.inDom = now;
      const box = element.getBoundingClientRect();
      const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      let opacity = 1;
      for (let node = element; node && node.nodeType === 1; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
      if (inView && getComputedStyle(element).visibility === 'visible' && opacity > 0) {
        state.visible = now;
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;
}

const throttling = {
  cpuRate: 4,
  network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
} as const;

async function visit(browser: Browser, target: Target, throttled: boolean): Promise<Visit> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (throttled) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', throttling.network);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling.cpuRate });
    }
    await page.addInitScript({ content: observer(target.selector) });
    await page.goto(target.url, { waitUntil: 'load', timeout: 60_000 });
    const waitFor = target.selector
      ? "performance.getEntriesByName('first-contentful-paint').length > 0 && window.__consentBench.visible !== undefined"
      : "performance.getEntriesByName('first-contentful-paint').length > 0";
    await page.waitForFunction(waitFor, undefined, { timeout: 15_000 }).catch(() => undefined);
    const json = await page.evaluate(`JSON.stringify({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      load: performance.getEntriesByType('navigation')[0].loadEventStart,
      inDom: window.__consentBench.inDom,
      visible: window.__consentBench.visible,
    })`) as string;
    return JSON.parse(json) as Visit;
  } finally {
    await context.close();
  }
}

async function bannerTimes(): Promise<void> {
  say(`2. Time from navigation to banner visible, headless Chromium (/usr/bin/chromium); ${machine()}`);
  const database = await pgliteDatabase();
  const consent = createConsentService({ db: database.db, catalog, clock: () => new Date(), retention: consentConfig.retention });
  const insyn = await buildServer({
    config: { mode: 'development', logLevel: 'info', consent: consentConfig, web: { publicUrl: 'http://localhost' } },
    catalog, ready: alwaysReady, consent, log: { level: 'silent' },
  });
  await insyn.listen({ host: '127.0.0.1', port: 0 });
  const anchors = await anchorServer();
  const browser = await launchChromium();
  try {
    const targets: Target[] = [
      { name: 'test page without a banner (baseline)', url: `${anchors.base}/control.html`, selector: undefined },
      { name: 'Insyn (server-rendered, GET /)', url: `http://127.0.0.1:${(insyn.server.address() as AddressInfo).port}/`, selector: '#insyn-consent' },
      { name: 'vanilla-cookieconsent 3.1.0', url: `${anchors.base}/vcc.html`, selector: '#cc-main .cm' },
      { name: 'klaro 0.7.22', url: `${anchors.base}/klaro.html`, selector: '.klaro .cookie-notice' },
    ];
    // One visit of each first, not counted: the browser and the servers warm up.
    for (const target of targets) await visit(browser, target, false);
    for (const [profile, runs, throttled] of [
      ['unthrottled', Number(args.runs), false],
      [`throttled (CPU ×${throttling.cpuRate}, ${throttling.network.latency} ms latency, 1.6 Mbit/s down, 750 kbit/s up)`, Number(args['throttled-runs']), true],
    ] as const) {
      const visits = new Map<Target, Visit[]>(targets.map((target) => [target, []]));
      for (let run = 0; run < runs; run += 1) {
        // Interleaved, and the order rotated each run, so that no page always goes first.
        for (let index = 0; index < targets.length; index += 1) {
          const target = targets[(index + run) % targets.length]!;
          visits.get(target)!.push(await visit(browser, target, throttled));
        }
      }
      // Nothing reaches the screen before the first paint: the banner is on screen at its visible
      // frame or at FCP, whichever is later.
      const gap = (entry: Visit) => (entry.visible !== undefined && entry.fcp !== undefined ? entry.visible - entry.fcp : undefined);
      const onScreen = (entry: Visit) => (entry.visible !== undefined && entry.fcp !== undefined ? Math.max(entry.visible, entry.fcp) : undefined);
      const insynOnScreen = quantile(present(visits.get(targets[1]!)!.map(onScreen)), 0.5);
      say(`  ${profile}: ${runs} visits of each page, a fresh context each; ms from navigation start, median (p90)`);
      say(`    ${'page'.padEnd(38)} ${'FCP'.padStart(11)} ${'load event'.padStart(11)} ${'in DOM'.padStart(11)} ${'visible'.padStart(11)} `
        + `${'visible−FCP'.padStart(11)} ${'on screen'.padStart(11)} ${'× Insyn'.padStart(7)}`);
      for (const target of targets) {
        const entries = visits.get(target)!;
        const column = (values: readonly (number | undefined)[]) => {
          const known = present(values);
          if (known.length === 0) return '–'.padStart(11);
          const missing = values.length - known.length;
          return `${quantile(known, 0.5).toFixed(0)} (${quantile(known, 0.9).toFixed(0)})${missing ? ` ${missing}✗` : ''}`.padStart(11);
        };
        const shown = present(entries.map(onScreen));
        const ratio = target.selector && shown.length ? (quantile(shown, 0.5) / insynOnScreen).toFixed(2) : '';
        say(`    ${target.name.padEnd(38)} ${column(entries.map((entry) => entry.fcp))} ${column(entries.map((entry) => entry.load))} `
          + `${column(entries.map((entry) => entry.inDom))} ${column(entries.map((entry) => entry.visible))} `
          + `${column(entries.map(gap))} ${column(entries.map(onScreen))} ${ratio.padStart(7)}`);
      }
      const insynGaps = present(visits.get(targets[1]!)!.map(gap));
      say(`    Insyn's banner visible in a frame at or before first contentful paint in ${insynGaps.filter((value) => value <= 0).length} of ${insynGaps.length} visits (goal: at FCP)`);
    }
    say('  "visible": the start of the first animation frame with the banner in the viewport, visibility visible and effective');
    say('  opacity > 0 (a frame\'s start precedes its paint, and this Chromium paints nothing before FCP, so a frame before FCP');
    say('  gives a negative visible−FCP); "on screen": the later of visible and FCP; "× Insyn": on screen against Insyn\'s;');
    say('  "n✗": visits where it never became visible within 15 s of the load event. The anchors\' page is served gzip-9, no-store;');
    say("  Insyn's page as its server sends it (uncompressed). Unthrottled figures are noisy on a shared 2-core machine.");
  } finally {
    await browser.close();
    await anchors.server.close();
    await insyn.close();
    await consent.flush();
    await database.close();
  }
  say();
}

function present(values: readonly (number | undefined)[]): number[] {
  return values.filter((value): value is number => value !== undefined);
}

// ---------------------------------------------------------------------------------------------
// 3. Throughput of the consent endpoint

/** CPU seconds used so far by the given processes and by the whole machine (busy and stolen by the hypervisor, all cores), from /proc. */
function cpuSeconds(pids: readonly number[]): { processes: Map<number, number>; busy: number; steal: number } {
  const ticks = 100;
  const processes = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.set(pid, (Number(fields[11]) + Number(fields[12])) / ticks);
    } catch {
      // The process ended meanwhile.
    }
  }
  // user nice system idle iowait irq softirq steal
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  const busy = [0, 1, 2, 5, 6].reduce((sum, index) => sum + (cpu[index] ?? 0), 0);
  return { processes, busy: busy / ticks, steal: (cpu[7] ?? 0) / ticks };
}

/** PostgreSQL's processes that work for this run: the scratch database's backends, the WAL writer, the checkpointer and the background writer. */
async function postgresPids(pool: pg.Pool): Promise<number[]> {
  const result = await pool.query<{ pid: number }>(
    "select pid from pg_stat_activity where datname = current_database() or backend_type in ('walwriter', 'checkpointer', 'background writer')",
  );
  return result.rows.map((row) => row.pid);
}

/** The consent records' group commit as PostgreSQL sees it: rows per INSERT into consent_record and its time to commit. */
function batchRecorder() {
  const started = new Map<unknown, { rows: number; at: number }>();
  const batches: { rows: number; ms: number }[] = [];
  const plugin: KyselyPlugin = {
    transformQuery({ node, queryId }): RootOperationNode {
      if (InsertQueryNode.is(node) && node.into?.table.identifier.name === 'consent_record' && node.values && ValuesNode.is(node.values)) {
        started.set(queryId, { rows: node.values.values.length, at: performance.now() });
      }
      return node;
    },
    async transformResult({ result, queryId }): Promise<QueryResult<UnknownRow>> {
      const entry = started.get(queryId);
      if (entry) {
        started.delete(queryId);
        batches.push({ rows: entry.rows, ms: performance.now() - entry.at });
      }
      return result;
    },
  };
  return { plugin, take: () => batches.splice(0) };
}

interface Loader {
  run(load: Load): Promise<LoadResult>;
  close(): void;
}

function loader(): Loader {
  const child = fork(fileURLToPath(new URL('./consent-load.ts', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  let next = 0;
  const waiting = new Map<number, { resolve(result: LoadResult): void; reject(error: Error): void }>();
  child.on('message', (message: { id: number; result?: LoadResult; error?: string }) => {
    const waiter = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.result) waiter?.resolve(message.result);
    else waiter?.reject(new Error(message.error));
  });
  child.on('exit', (code) => {
    for (const waiter of waiting.values()) waiter.reject(new Error(`the load generator exited (${code})`));
    waiting.clear();
  });
  return {
    run: (load) => new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      child.send({ id, load });
    }),
    close: () => child.disconnect(),
  };
}

/** A route's slices added up. */
interface Measured {
  responses: number;
  ok: number;
  non2xx: number;
  errors: number;
  seconds: number;
  /** Wall time between the CPU readings around the slices, which the CPU figures are divided by. */
  wall: number;
  latencies: Float64Array[];
  cpu: { server: number; loader: number; postgres: number; busy: number; steal: number };
}

interface CpuProfile {
  readonly nodes: readonly { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/**
 * Where the server process spent its CPU while profiled: self time by package or file and by
 * function, over every profile added. Time in a native function (a V8 builtin, a binding) is
 * charged to the nearest caller with a source, named "native ← caller", to show whose work it was.
 */
function profileTally() {
  const functions = new Map<string, number>();
  const areas = new Map<string, number>();
  let total = 0;
  const add = (map: Map<string, number>, key: string, time: number) => map.set(key, (map.get(key) ?? 0) + time);
  const area = (url: string) => {
    const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (modules) return modules[1]!;
    if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
    const own = /\/(src|bench|test)\/(.*)$/.exec(url);
    return own ? `${own[1]}/${own[2]}` : url;
  };
  return {
    add(profile: CpuProfile): void {
      const byNode = new Map<number, number>();
      const samples = profile.samples ?? [];
      const deltas = profile.timeDeltas ?? [];
      for (let index = 0; index < samples.length; index += 1) byNode.set(samples[index]!, (byNode.get(samples[index]!) ?? 0) + (deltas[index] ?? 0));
      const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
      const parents = new Map<number, number>();
      for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
      for (const [id, time] of byNode) {
        total += time;
        const node = nodes.get(id)!;
        const { functionName, url, lineNumber } = node.callFrame;
        if (['(idle)', '(program)', '(garbage collector)'].includes(functionName)) {
          add(areas, functionName, time);
          add(functions, functionName, time);
          continue;
        }
        let caller = node;
        for (let parent = parents.get(caller.id); caller.callFrame.url === '' && parent !== undefined; parent = parents.get(caller.id)) caller = nodes.get(parent)!;
        const where = caller.callFrame.url ? area(caller.callFrame.url) : '(native, no caller with a source)';
        const callerName = `${caller.callFrame.functionName || '(anonymous)'} ${where}${caller.callFrame.url ? `:${caller.callFrame.lineNumber + 1}` : ''}`;
        add(areas, where, time);
        add(functions, url ? `${functionName || '(anonymous)'} ${area(url)}:${lineNumber + 1}` : `${functionName || '(native)'} ← ${callerName}`, time);
      }
    },
    print(): void {
      const top = (map: Map<string, number>, count: number) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
      say(`  server CPU profile while (a) was measured: ${(total / 1e6).toFixed(1)} s sampled; self time (native time charged to its caller)`);
      say('    by package or file:');
      for (const [name, time] of top(areas, 20)) say(`      ${(100 * time / total).toFixed(1).padStart(5)} %  ${name}`);
      say('    by function:');
      for (const [name, time] of top(functions, 30)) say(`      ${(100 * time / total).toFixed(1).padStart(5)} %  ${name}`);
    },
  };
}

async function throughput(): Promise<void> {
  const connections = Number(args.connections);
  const poolSize = Number(args.pool);
  say(`3. Consent endpoint throughput, durable records on PostgreSQL; ${machine()}`);
  const scratch = await scratchPostgres({ skip: (why) => say(`  skipped: ${why}`) });
  if (!scratch) return;
  const handle = openPostgres(scratch.url, poolSize);
  const pool = new pg.Pool({ connectionString: scratch.url, max: poolSize });
  const servers: FastifyInstance[] = [];
  const load = loader();
  try {
    await migrateToLatest(handle.db);
    const settings = await pool.query<{ version: string; sync: string; fsync: string }>(
      "select split_part(version(), ' ', 2) as version, current_setting('synchronous_commit') as sync, current_setting('fsync') as fsync",
    );
    const setting = settings.rows[0]!;
    say(`  PostgreSQL ${setting.version} on 127.0.0.1 (synchronous_commit ${setting.sync}, fsync ${setting.fsync}); a scratch database of this run;`);
    say(`  pool of ${poolSize} connections in each server; autocannon in a process of its own, ${connections} connections, one request at a time each`);

    const batches = batchRecorder();
    const consent = createConsentService({ db: handle.db.withPlugin(batches.plugin), catalog, clock: () => new Date(), retention: consentConfig.retention });
    const insyn = await buildServer({
      config: { mode: 'production', logLevel: 'info', consent: consentConfig, web: { publicUrl: 'http://127.0.0.1' } },
      catalog, ready: alwaysReady, consent, log: { level: 'silent' },
    });
    servers.push(insyn);

    await pool.query('create table bench_insert (id text primary key, choice text not null, recorded_at timestamptz not null)');
    const withDatabase = Fastify();
    withDatabase.post('/insert', async (request) => {
      const id = randomUUID();
      const recordedAt = new Date();
      await pool.query('insert into bench_insert (id, choice, recorded_at) values ($1, $2, $3)', [id, (request.body as { choice: string }).choice, recordedAt]);
      return { id, recordedAt: recordedAt.toISOString() };
    });
    servers.push(withDatabase);

    const withoutDatabase = Fastify();
    withoutDatabase.post('/choice', async (request) => ({ id: randomUUID(), choice: (request.body as { choice: string }).choice, recordedAt: new Date().toISOString() }));
    servers.push(withoutDatabase);

    const address = async (app: FastifyInstance, path: string) => {
      await app.listen({ host: '127.0.0.1', port: 0 });
      return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}${path}`;
    };
    const routes = [
      { key: 'a', name: '(a) Insyn POST /api/consent', url: await address(insyn, '/api/consent') },
      { key: 'b', name: '(b) plain route, one INSERT per request', url: await address(withDatabase, '/insert') },
      { key: 'c', name: '(c) plain route without the database', url: await address(withoutDatabase, '/choice') },
    ] as const;

    // One choice by hand: the answer is what the enhancement script gets.
    const probe = await fetch(routes[0].url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"choice":"all"}' });
    const probeBody = await probe.text();
    if (probe.status !== 200) throw new Error(`POST /api/consent answered ${probe.status}: ${probeBody}`);
    let acknowledged = 1;

    const request = (url: string, amount: number): Load => ({
      url, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"choice":"all"}', connections, amount,
    });
    const profiles = args.profile ? profileTally() : undefined;
    let session: Session | undefined;
    if (profiles) {
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 500 });
    }
    /** One slice of load on a route, added to its tally, with the CPU each party spent meanwhile. */
    const slice = async (url: string, amount: number, into: Measured, profile: boolean): Promise<LoadResult> => {
      const cpu = process.cpuUsage();
      const pids = await postgresPids(pool);
      const before = cpuSeconds(pids);
      const started = performance.now();
      if (profile) await session?.post('Profiler.start');
      const result = await load.run(request(url, amount));
      const profiled = profile ? await session?.post('Profiler.stop') : undefined;
      const used = process.cpuUsage(cpu);
      // Backends that connected during the slice worked only during it: they count from zero.
      const morePids = await postgresPids(pool);
      const after = cpuSeconds([...new Set([...pids, ...morePids])]);
      into.wall += (performance.now() - started) / 1000;
      if (profiled) profiles?.add(profiled.profile as CpuProfile);
      let postgres = 0;
      for (const [pid, seconds] of after.processes) postgres += seconds - (before.processes.get(pid) ?? 0);
      into.responses += result.responses;
      into.ok += result.ok;
      into.non2xx += result.non2xx;
      into.errors += result.errors;
      into.seconds += result.seconds;
      into.latencies.push(result.latencies);
      into.cpu.server += (used.user + used.system) / 1e6;
      into.cpu.loader += result.cpuSeconds;
      into.cpu.postgres += postgres;
      into.cpu.busy += after.busy - before.busy;
      into.cpu.steal += after.steal - before.steal;
      return result;
    };
    const tally = (): Measured => ({
      responses: 0, ok: 0, non2xx: 0, errors: 0, seconds: 0, wall: 0, latencies: [], cpu: { server: 0, loader: 0, postgres: 0, busy: 0, steal: 0 },
    });

    // Warm-up: a fixed number of requests to each route, whose rate sizes the first slice.
    const rates = new Map<string, number>();
    for (const route of routes) {
      const warm = tally();
      await slice(route.url, connections * 30, warm, false);
      if (route.key === 'a') acknowledged += warm.ok;
      rates.set(route.key, warm.ok / warm.seconds);
    }
    batches.take();

    // Measured: --seconds per route in slices of about two seconds, the routes taking turns (the
    // order rotated each round), so that whatever else the machine does falls on all three alike.
    // Every slice sends a fixed number of requests and waits for every answer.
    const rounds = Math.max(1, Math.round(Number(args.seconds) / 2));
    const measured = new Map<string, Measured>(routes.map((route) => [route.key, tally()]));
    for (let round = 0; round < rounds; round += 1) {
      for (let index = 0; index < routes.length; index += 1) {
        const route = routes[(index + round) % routes.length]!;
        const amount = Math.max(connections * 5, Math.round(rates.get(route.key)! * (Number(args.seconds) / rounds)));
        const result = await slice(route.url, amount, measured.get(route.key)!, route.key === 'a');
        if (route.key === 'a') acknowledged += result.ok;
        rates.set(route.key, result.ok / result.seconds);
      }
    }
    session?.disconnect();
    const batchSizes = batches.take();

    const figures = (entry: Measured) => {
      const latencies = new Float64Array(entry.latencies.reduce((sum, part) => sum + part.length, 0));
      let offset = 0;
      for (const part of entry.latencies) {
        latencies.set(part, offset);
        offset += part.length;
      }
      latencies.sort();
      const at = (q: number) => latencies[Math.max(0, Math.ceil(q * latencies.length) - 1)] ?? Number.NaN;
      return { rate: entry.ok / entry.seconds, p50: at(0.5), p99: at(0.99) };
    };
    say(`  ${rounds} rounds of about ${(Number(args.seconds) / rounds).toFixed(0)} s per route, the routes in turn; a warm-up of ${thousands(connections * 30)} requests each first`);
    say(`  ${'route'.padEnd(42)} ${'requests'.padStart(9)} ${'2xx/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'non-2xx'.padStart(7)} ${'errors'.padStart(6)}   CPU (cores): server, load generator, PostgreSQL, machine busy (stolen)`);
    const results = new Map<string, ReturnType<typeof figures>>();
    for (const route of routes) {
      const entry = measured.get(route.key)!;
      const result = figures(entry);
      results.set(route.key, result);
      const cores = (seconds: number) => (seconds / entry.wall).toFixed(2);
      say(`  ${route.name.padEnd(42)} ${thousands(entry.responses).padStart(9)} ${thousands(result.rate).padStart(8)} ${result.p50.toFixed(2).padStart(7)} `
        + `${result.p99.toFixed(2).padStart(7)} ${String(entry.non2xx).padStart(7)} ${String(entry.errors).padStart(6)}   `
        + `${cores(entry.cpu.server)}, ${cores(entry.cpu.loader)}, ${cores(entry.cpu.postgres)}, ${cores(entry.cpu.busy)} (${cores(entry.cpu.steal)}) of ${availableParallelism()}`);
    }
    const a = results.get('a')!;
    const b = results.get('b')!;
    const c = results.get('c')!;
    say(`  ratios: (a)/(b) ${(a.rate / b.rate).toFixed(2)} (2xx/s), p99 ${(a.p99 / b.p99).toFixed(2)}; (a)/(c) ${(a.rate / c.rate).toFixed(2)} (2xx/s), p99 ${(a.p99 / c.p99).toFixed(2)}`);
    const serverCpu = (key: string) => (1e6 * measured.get(key)!.cpu.server) / measured.get(key)!.ok;
    say(`  server CPU per answer: (a) ${serverCpu('a').toFixed(0)} µs, (b) ${serverCpu('b').toFixed(0)} µs, (c) ${serverCpu('c').toFixed(0)} µs`);
    say(`  goal (issue 7) for (a): ≥ 15,000 records/s: ${a.rate >= 15_000 ? 'met' : 'NOT met'} (${thousands(a.rate)}); p99 ≤ 20 ms: ${a.p99 <= 20 ? 'met' : 'NOT met'} (${a.p99.toFixed(2)} ms)`);
    if (batchSizes.length > 0) {
      const rows = batchSizes.map((batch) => batch.rows);
      const ms = batchSizes.map((batch) => batch.ms);
      say(`  (a)'s group commit while measured: ${thousands(batchSizes.length)} commits, records per commit mean ${(rows.reduce((sum, n) => sum + n, 0) / rows.length).toFixed(1)}, `
        + `p50 ${quantile(rows, 0.5)}, p90 ${quantile(rows, 0.9)}, max ${Math.max(...rows)}; INSERT + commit ms p50 ${quantile(ms, 0.5).toFixed(2)}, p99 ${quantile(ms, 0.99).toFixed(2)}`);
    }
    profiles?.print();

    await consent.flush();
    const stored = await pool.query<{ count: number }>('select count(*)::int as count from consent_record');
    const rows = stored.rows[0]!.count;
    say(`  count: 2xx answers to (a) ${thousands(acknowledged)} (one probe, warm-up and measured run), consent_record rows ${thousands(rows)}: ${rows === acknowledged ? 'PASS' : 'FAIL'}`);
  } finally {
    load.close();
    for (const server of servers) await server.close();
    await pool.end();
    await handle.close();
    await scratch.drop();
  }
  say();
}

say(`Cookie consent (issue 7): Insyn against vanilla-cookieconsent 3.1.0 and klaro 0.7.22; ${machine()}`);
say();
if (sections.has('size')) sizes();
if (sections.has('browser')) await bannerTimes();
if (sections.has('load')) await throughput();
