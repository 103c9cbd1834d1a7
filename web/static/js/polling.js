// Long-polling under /api/: what serves a session when a WebSocket cannot. Events go to the
// link (connection.js), which numbers what it has seen; a poll asks for what came after that.

export const RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 5000];
const GIVE_UP_AFTER_FAILURES = 15;
const FRAME_ATTEMPTS = 3;

// The server wants the entry gate passed (again: its cookie expired, or the server's key changed).
export class GateClosed extends Error {}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// A new session for polling, with its resume credential.
export async function openPollSession() {
  const response = await fetch("/api/session", { method: "POST" });
  if (!response.ok) {
    const code = await response.json().then((body) => body.code, () => null);
    throw code === "gate_required"
      ? new GateClosed()
      : new Error(`the server refused a session (${response.status})`);
  }
  return response.json();
}

export class Poller {
  constructor(session, route, link) {
    this.session = session;
    // The process holding the session, in the URL where a balancer can read it and send each
    // request there (deploy/nginx.conf); any process would serve it, one hop further.
    this.query = route ? `?route=${encodeURIComponent(route)}` : "";
    this.link = link;
    this.handlers = link.handlers;
    this.open = true;
    this.aborter = new AbortController();
    // Frames go one after another: two requests in flight could arrive in either order.
    this.queue = Promise.resolve();
    this.poll();
  }

  post(path, body, options = { signal: this.aborter.signal }) {
    return fetch(path + this.query, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ session: this.session, ...body }),
      ...options,
    });
  }

  async poll() {
    let failures = 0;
    while (this.open) {
      let events;
      try {
        // `after` says what arrived already: a poll lost on the way is asked for again.
        const response = await this.post("/api/events", { after: this.link.after });
        if (!this.open) {
          return;
        }
        if (response.status >= 400 && response.status < 500) {
          this.fail(); // the server no longer knows this session
          return;
        }
        if (!response.ok) {
          throw new Error(`events answered ${response.status}`);
        }
        ({ events } = await response.json());
      } catch {
        if (!this.open) {
          return;
        }
        failures += 1;
        if (failures === 1) {
          this.handlers.onTrouble();
        }
        if (failures >= GIVE_UP_AFTER_FAILURES) {
          this.fail();
          return;
        }
        await sleep(RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length) - 1]);
        continue;
      }
      if (!this.open) {
        return; // stopped while the answer was read: what it held comes by the next transport
      }
      if (failures > 0) {
        failures = 0;
        this.handlers.onRecovered();
      }
      for (const event of events) {
        this.link.receive(event);
      }
    }
  }

  send(frame) {
    this.queue = this.queue.then(() => this.sendNow(frame)).catch(() => {});
  }

  // Settles once every frame sent so far was carried out (or given up on).
  sent() {
    return this.queue;
  }

  async sendNow(frame) {
    for (let attempt = 0; this.open; attempt += 1) {
      let response;
      try {
        response = await this.post("/api/frame", { frame });
      } catch {
        if (attempt >= FRAME_ATTEMPTS - 1) {
          return;
        }
        await sleep(RETRY_DELAYS_MS[attempt]);
        continue;
      }
      if (response.status === 404) {
        this.fail();
      } else if (!response.ok) {
        this.handlers.onEvent(await response.json()); // an error event, as a WebSocket sends it
      }
      return;
    }
  }

  // Tell the server right away when the page goes; keepalive lets the request outlive it.
  sendBeforeLeaving(frame) {
    if (this.open) {
      this.post("/api/frame", { frame }, { keepalive: true }).catch(() => {});
    }
  }

  fail() {
    if (this.open) {
      this.stop();
      this.link.pollsFailed(this);
    }
  }

  stop() {
    this.open = false;
    this.aborter.abort();
  }
}
