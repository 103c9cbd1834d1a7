'use strict';
// The load generator of strangerchat's benchmark. It speaks the client protocol of
// docs/protocol.md (WebSocket and long-poll), so it drives strangerchat and the reference alike.
// Output: JSON lines on stdout: {"event":"mark"} when a measured phase starts or ends,
// {"event":"level"} in the idle workload (then it waits for a line on stdin), and one
// {"event":"result"} at the end.
//
//   node loadgen.js pairs --urls ws://127.0.0.1:8080/ws --sockets 1000 --seconds 5 --rate 10000
//
// Chat messages are the lines of `--texts` (a JSON list of strings; bench/texts.py writes it),
// taken in turn: each socket starts at its own place in the list.

const fs = require('fs');
const http = require('http');
const readline = require('readline');
const { performance } = require('perf_hooks');
const WebSocket = require('ws');

const DEFAULTS = {
  urls: 'ws://127.0.0.1:8080/ws',
  sockets: 1000, // pairs
  warmup: 1,
  seconds: 5,
  window: 10, // pairs: CPU per message over the first and the last `window` s of ping-pong
  rate: 10000,
  rateSeconds: 5,
  drain: 0.5, // seconds between phases, for messages still in flight
  users: 200, // churn
  sameSocket: 0,
  levels: '1000,5000,10000,18000', // idle
  warm: 20,
  pairs: 50, // long-poll
  concurrency: 100, // handshakes in flight: below the server's listen backlog of 128
  timeout: 60,
  texts: '', // a JSON file of chat messages; without one, every message is FALLBACK_TEXT
};

const START = '{"type":"start"}';
const DISCONNECT = '{"type":"disconnect"}';
const FALLBACK_TEXT = 'ping 0123456789 0123456789 0123';
const TYPE_KEY = '"type":"';
const QUOTE = 34;
const LETTER_T = 116;

function parseArgs(argv) {
  const options = { ...DEFAULTS, workload: argv[0] };
  for (let i = 1; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (!(key in DEFAULTS)) throw new Error(`unknown option ${argv[i]}`);
    const value = argv[i + 1];
    options[key] = typeof DEFAULTS[key] === 'number' ? Number(value) : value;
  }
  options.urls = options.urls.split(',');
  return options;
}

const emit = (record) => process.stdout.write(JSON.stringify(record) + '\n');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now();

function originOf(url) {
  const { host } = new URL(url);
  return `http://${host}`;
}

// Percentiles in milliseconds, rounded to microseconds.
function percentiles(samples) {
  const sorted = Float64Array.from(samples).sort();
  const at = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : null);
  const round = (x) => (x === null ? null : Math.round(x * 1000) / 1000);
  return { count: sorted.length, p50_ms: round(at(0.5)), p90_ms: round(at(0.9)), p99_ms: round(at(0.99)), max_ms: round(at(1)) };
}

// The CPU share this process used since `since` (1.0 = one core busy).
function cpuMeter() {
  const cpu = process.cpuUsage();
  const wall = now();
  return () => {
    const used = process.cpuUsage(cpu);
    return Math.round(((used.user + used.system) / 1000 / (now() - wall)) * 1000) / 1000;
  };
}

// Event type without parsing the JSON: every event starts {"seq":N,"type":"...".
function kind(data) {
  const at = data.indexOf(TYPE_KEY) + TYPE_KEY.length;
  return data.toString('latin1', at, data.indexOf(34, at));
}

// Every chat message as a ready `send` frame, and as the start of a latency probe: the same
// text, then " t" and the send time in microseconds, which ends the text the partner receives.
function loadTexts(path) {
  const texts = path ? JSON.parse(fs.readFileSync(path, 'utf8')) : [FALLBACK_TEXT];
  const frame = (text) => '{"type":"send","text":' + JSON.stringify(text);
  return {
    sends: texts.map((text) => frame(text) + '}'),
    probes: texts.map((text) => frame(text + ' t').slice(0, -1)), // open: the time follows
  };
}

let TEXTS = loadTexts('');
let sendCursor = 0; // churn's: the next message for any socket

function nextSend(ws) {
  ws.textAt = (ws.textAt + 1) % TEXTS.sends.length;
  return TEXTS.sends[ws.textAt];
}

function probe(i) {
  return TEXTS.probes[i % TEXTS.probes.length] + Math.round(now() * 1000) + '"}';
}

// The send time a probe carries, in ms: {"seq":N,"type":"message","text":"... t<µs>"}.
function sentAt(data) {
  const end = data.lastIndexOf(QUOTE);
  return Number(data.toString('latin1', data.lastIndexOf(LETTER_T, end) + 1, end)) / 1000;
}

const counters = { errors: 0, closedEarly: 0, lastError: null };
function countError(error) {
  counters.errors += 1;
  counters.lastError = String(error && error.message ? error.message : error);
}

function openSocket(url) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin: originOf(url), perMessageDeflate: false, skipUTF8Validation: true });
    ws.once('open', () => {
      ws.removeListener('error', reject);
      ws.on('error', countError);
      resolve(ws);
    });
    ws.once('error', reject);
  });
}

// A socket whose first event (the online count) has arrived: the server holds its session.
function openGreeted(url) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin: originOf(url), perMessageDeflate: false, skipUTF8Validation: true });
    ws.once('message', () => {
      ws.removeListener('error', reject);
      ws.on('error', countError);
      resolve(ws);
    });
    ws.once('error', reject);
    ws.once('close', () => reject(new Error('closed before its first event')));
  });
}

// Open `n` clients with at most `concurrency` handshakes in flight; stop at the first failure.
async function openMany(n, options, open) {
  const clients = [];
  let next = 0;
  let failure = null;
  async function worker() {
    while (next < n && failure === null) {
      const i = next++;
      try {
        clients[i] = await open(options.urls[i % options.urls.length], i);
      } catch (error) {
        failure = failure || String(error && error.message ? error.message : error);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.concurrency, n) }, worker));
  return { clients: clients.filter(Boolean), failure };
}

function until(predicate, seconds, what) {
  return new Promise((resolve, reject) => {
    const deadline = now() + seconds * 1000;
    const check = () => {
      if (predicate()) return resolve();
      if (now() > deadline) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(check, 5);
    };
    check();
  });
}

// Measure for `seconds` after `warmup`, between two marks.
async function measure(name, warmup, seconds, setMeasuring) {
  await sleep(warmup * 1000);
  const cpu = cpuMeter();
  emit({ event: 'mark', name: `${name}:start` });
  const started = now();
  setMeasuring(true);
  await sleep(seconds * 1000);
  setMeasuring(false);
  const elapsed = (now() - started) / 1000;
  emit({ event: 'mark', name: `${name}:end` });
  return { seconds: elapsed, loadgen_cpu: cpu() };
}

// The ping-pong phase: `seconds` after `warmup`, marked whole ("pingpong") and in its first and
// last `window` seconds ("early", "late"), so that the runner prices a message at the start of
// the load and after it has gone on a while. `count()`: the messages received so far.
async function pingpong(options, count) {
  await sleep(options.warmup * 1000);
  const window = Math.min(options.window, options.seconds / 2);
  const cpu = cpuMeter();
  const seen = {};
  const mark = (...names) => {
    for (const name of names) emit({ event: 'mark', name });
    seen[names[0]] = { at: now(), received: count() };
  };
  const between = (from, to) => {
    const messages = seen[to].received - seen[from].received;
    const seconds = (seen[to].at - seen[from].at) / 1000;
    return { seconds, messages, messages_per_s: Math.round(messages / seconds) };
  };
  mark('pingpong:start', 'early:start');
  await sleep(window * 1000);
  mark('early:end');
  await sleep((options.seconds - 2 * window) * 1000);
  mark('late:start');
  await sleep(window * 1000);
  mark('pingpong:end', 'late:end');
  return {
    ...between('pingpong:start', 'pingpong:end'),
    loadgen_cpu: cpu(),
    window,
    early: between('pingpong:start', 'early:end'),
    late: between('late:start', 'pingpong:end'),
  };
}

// pairs: `sockets` WebSockets paired by the server; first a closed-loop ping-pong (two messages
// in flight per pair) for messages/s, then an open loop at a fixed offered rate for latency.
async function pairs(options) {
  let mode = 'setup';
  let unreadProbes = 0; // probes whose send time did not come through as sent
  let measuredFrom = Infinity; // probes sent from then on are the latency sample
  let received = 0;
  let connected = 0;
  const latencies = [];
  const opened = now();
  let opening = 0;
  const { clients, failure } = await openMany(options.sockets, options, async (url) => {
    const ws = await openSocket(url);
    ws.textAt = (opening++ * 7) % TEXTS.sends.length;
    ws.on('close', () => { if (mode !== 'done') counters.closedEarly += 1; });
    ws.on('message', (data) => {
      const type = kind(data);
      if (type === 'message') {
        if (mode === 'pingpong') {
          received += 1;
          ws.send(nextSend(ws));
        } else if (mode === 'rate') {
          received += 1;
          const at = sentAt(data);
          if (Number.isNaN(at)) unreadProbes += 1;
          else if (at >= measuredFrom) latencies.push(now() - at);
        }
      } else if (type === 'connected') {
        connected += 1;
      }
    });
    ws.send(START);
    return ws;
  });
  if (failure) throw new Error(`opened ${clients.length} of ${options.sockets}: ${failure}`);
  await until(() => connected === clients.length, options.timeout, 'every socket to be paired');
  const connectSeconds = (now() - opened) / 1000;

  mode = 'pingpong';
  for (const ws of clients) ws.send(nextSend(ws));
  const throughput = await pingpong(options, () => received);
  mode = 'drain';
  await sleep(options.drain * 1000);
  if (!(options.rate > 0)) {
    mode = 'done';
    for (const ws of clients) ws.terminate();
    return { sockets: clients.length, connect_seconds: connectSeconds, throughput };
  }

  mode = 'rate';
  received = 0;
  let sent = 0;
  let next = 0;
  const cpu = cpuMeter();
  const total = options.warmup + options.rateSeconds;
  const started = now();
  await new Promise((resolve) => {
    // setImmediate rather than a timer: sends are spread evenly instead of in 1 ms bursts;
    // the generator's core is its own, so spinning costs the server nothing.
    const tick = () => {
      const elapsed = (now() - started) / 1000;
      if (elapsed >= total) return resolve();
      if (elapsed >= options.warmup && measuredFrom === Infinity) {
        measuredFrom = now();
        emit({ event: 'mark', name: 'rate:start' });
      }
      const due = Math.floor(elapsed * options.rate) - sent;
      for (let k = 0; k < due; k++) {
        clients[next].send(probe(sent + k));
        next = (next + 1) % clients.length;
      }
      sent += due;
      setImmediate(tick);
    };
    tick();
  });
  emit({ event: 'mark', name: 'rate:end' });
  const rateSeconds = (now() - started) / 1000;
  const cpuShare = cpu();
  await until(() => received === sent, options.drain + 5, 'the last probes').catch(() => {});
  mode = 'done';
  const rate = {
    offered_per_s: options.rate,
    sent,
    received,
    unread_probes: unreadProbes,
    achieved_per_s: Math.round(sent / rateSeconds),
    loadgen_cpu: cpuShare,
    ...percentiles(latencies),
  };
  for (const ws of clients) ws.terminate();
  return { sockets: clients.length, connect_seconds: connectSeconds, throughput, rate };
}

// churn: `users` that each, again and again, connect, start, match, exchange one message and
// leave. With --same-socket 1 they start again on the same socket instead of reconnecting.
async function churn(options) {
  let running = true;
  let measuring = false;
  let matches = 0;
  const toMatch = [];
  const toConnect = [];
  const live = new Set();

  function user(url) {
    let startedAt = 0;
    const connectAt = now();
    const ws = new WebSocket(url, { origin: originOf(url), perMessageDeflate: false, skipUTF8Validation: true });
    live.add(ws);
    const start = () => {
      startedAt = now();
      ws.send(START);
    };
    ws.on('open', () => {
      if (measuring) toConnect.push(now() - connectAt);
      start();
    });
    ws.on('message', (data) => {
      const type = kind(data);
      if (type === 'connected') {
        if (measuring) {
          matches += 1;
          toMatch.push(now() - startedAt);
        }
        ws.send(TEXTS.sends[sendCursor++ % TEXTS.sends.length]);
      } else if (type === 'message') {
        ws.send(DISCONNECT);
        if (!options.sameSocket) ws.close();
        else if (running) start();
      }
    });
    ws.on('error', countError);
    ws.on('close', () => {
      live.delete(ws);
      if (!running) return;
      if (options.sameSocket) counters.closedEarly += 1;
      // A failed connection is retried after a pause rather than in a tight loop.
      setTimeout(() => user(url), startedAt ? 0 : 10);
    });
  }

  for (let i = 0; i < options.users; i++) user(options.urls[i % options.urls.length]);
  const window = await measure('churn', options.warmup, options.seconds, (on) => { measuring = on; });
  running = false;
  for (const ws of live) ws.terminate();
  // `connected` reaches both sides of a match: two per match.
  return {
    users: options.users,
    same_socket: Boolean(options.sameSocket),
    ...window,
    matches: matches / 2,
    matches_per_s: Math.round(matches / 2 / window.seconds),
    time_to_match: percentiles(toMatch),
    time_to_connect: percentiles(toConnect),
  };
}

// idle: open sockets up to each level, say so, and wait for a line on stdin (the runner reads
// the server's memory meanwhile). A socket counts once its first event (the count) arrived.
async function idle(options) {
  const lines = readline.createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  const levels = [options.warm, ...options.levels.split(',').map(Number)];
  const sockets = [];
  let failure = null;
  for (const level of levels) {
    const opened = now();
    const batch = await openMany(level - sockets.length, options, openGreeted);
    sockets.push(...batch.clients);
    failure = batch.failure;
    emit({ event: 'level', n: sockets.length, target: level, seconds: (now() - opened) / 1000, failure });
    await lines.next();
    if (failure) break;
  }
  for (const ws of sockets) ws.terminate();
  return { reached: sockets.length, failure };
}

// longpoll: `pairs` pairs of long-poll clients playing ping-pong: each message is one
// POST /api/frame and arrives in the partner's held POST /api/events.
async function longpoll(options) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  let running = true;
  let measuring = false;
  let pingpong = false;
  let received = 0;
  let connected = 0;
  const latencies = [];

  function post(base, path, body) {
    const data = body === undefined ? '' : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const request = http.request(
        `${base}${path}`,
        {
          agent,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), origin: base },
        },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
        },
      );
      request.on('error', reject);
      request.end(data);
    });
  }

  function send(client) {
    const frame = { type: 'send', text: 't' + now().toFixed(4) };
    post(client.base, '/api/frame', { session: client.id, frame }).catch((error) => running && countError(error));
  }

  async function poll(client) {
    while (running) {
      let answer;
      try {
        answer = await post(client.base, '/api/events', { session: client.id, after: client.after });
      } catch (error) {
        if (running) countError(error);
        return;
      }
      if (answer.status !== 200) {
        if (running) countError(`/api/events: ${answer.status} ${answer.body}`);
        return;
      }
      for (const event of JSON.parse(answer.body).events) {
        client.after = event.seq;
        if (event.type === 'message') {
          if (measuring) {
            received += 1;
            latencies.push(now() - Number(event.text.slice(1)));
          }
          if (pingpong) send(client);
        } else if (event.type === 'connected') {
          connected += 1;
        }
      }
    }
  }

  const count = options.pairs * 2;
  const { clients, failure } = await openMany(count, options, async (url) => {
    const base = originOf(url);
    const answer = await post(base, '/api/session');
    if (answer.status !== 200) throw new Error(`/api/session: ${answer.status} ${answer.body}`);
    const client = { base, id: JSON.parse(answer.body).session, after: 0 };
    poll(client);
    await post(base, '/api/frame', { session: client.id, frame: { type: 'start' } });
    return client;
  });
  if (failure) throw new Error(`opened ${clients.length} of ${count}: ${failure}`);
  await until(() => connected === clients.length, options.timeout, 'every client to be paired');
  pingpong = true;
  for (const client of clients) send(client);
  const window = await measure('longpoll', options.warmup, options.seconds, (on) => { measuring = on; });
  running = false;
  agent.destroy();
  return {
    clients: clients.length,
    ...window,
    events: received,
    events_per_s: Math.round(received / window.seconds),
    latency: percentiles(latencies),
  };
}

const WORKLOADS = { pairs, churn, idle, longpoll };

async function main() {
  const options = parseArgs(process.argv.slice(2));
  TEXTS = loadTexts(options.texts);
  const workload = WORKLOADS[options.workload];
  if (!workload) throw new Error(`unknown workload ${options.workload}: one of ${Object.keys(WORKLOADS)}`);
  const result = await workload(options);
  emit({ event: 'result', workload: options.workload, ...result, errors: counters.errors, closed_early: counters.closedEarly, last_error: counters.lastError });
}

main().then(
  () => process.exit(0),
  (error) => {
    emit({ event: 'failed', error: String(error && error.stack ? error.stack : error) });
    process.exit(1);
  },
);
