// One connection to the server: a WebSocket when one can be opened, long-polling otherwise.
// Both hand the chat the same events; `handlers` are onEvent, onDrop, onTrouble, onRecovered.
// A dropped WebSocket is taken up again (resumed) by itself within the server's resume window.

const WEBSOCKET_OPEN_TIMEOUT_MS = 5000;
const RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 5000];
const GIVE_UP_AFTER_FAILURES = 15;
const FRAME_ATTEMPTS = 3;
// Close codes after which the session is gone for good: overflowed (1008), taken up by another
// connection (4000). After any other drop the page takes the session up again.
const NO_RESUME_CODES = new Set([1008, 4000]);

// Once a WebSocket failed where plain HTTP worked, this network will not carry one: poll from
// then on. (When both fail, the server is away, which says nothing about WebSockets.)
let pollingOnly = false;

// The server wants the entry gate passed (again: its cookie expired, or the server's key changed).
export class GateClosed extends Error {}

export async function connect(handlers) {
  if (!pollingOnly) {
    try {
      return await WebSocketLink.open(handlers);
    } catch {
      // fall through to long-polling
    }
  }
  const link = await PollingLink.open(handlers);
  pollingOnly = true;
  return link;
}

class WebSocketLink {
  static open(handlers, path = "/ws") {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`${scheme}//${location.host}${path}`);
      const timer = setTimeout(() => {
        socket.close();
        reject(new Error("the WebSocket did not open in time"));
      }, WEBSOCKET_OPEN_TIMEOUT_MS);
      socket.onopen = () => {
        clearTimeout(timer);
        resolve(socket);
      };
      socket.onclose = () => {
        clearTimeout(timer);
        reject(new Error("the WebSocket closed before it opened"));
      };
    }).then((socket) => (path === "/ws" ? new WebSocketLink(socket, handlers) : socket));
  }

  constructor(socket, handlers) {
    this.handlers = handlers;
    this.closing = false;
    this.resumeToken = null; // from the session's first event: how to come back to it
    this.windowMs = 0;
    this.after = 0; // the last seq received: a resumed session sends what came after it
    this.reconnecting = false;
    this.freshCheck = false;
    this.attach(socket);
  }

  attach(socket) {
    this.socket = socket;
    socket.onmessage = (message) => this.receive(JSON.parse(message.data));
    socket.onclose = (event) => {
      if (this.closing || socket !== this.socket) {
        return;
      }
      if (this.resumeToken && !NO_RESUME_CODES.has(event.code)) {
        this.reconnect(); // a dropped connection: the session waits on the server for a while
      } else {
        this.handlers.onDrop();
      }
    };
  }

  receive(event) {
    if (this.freshCheck) {
      this.freshCheck = false;
      if (event.seq === 1) {
        this.after = 0; // not taken up: the server opened a fresh session, numbered from 1
      }
    }
    if (event.seq !== undefined) {
      if (event.seq <= this.after) {
        return; // seen already (never expected, but never shown twice)
      }
      this.after = event.seq;
    }
    if (event.type === "session") {
      this.resumeToken = event.resume;
      this.windowMs = event.window * 1000;
      return;
    }
    if (event.type === "resumed") {
      this.handlers.onRecovered();
      return;
    }
    this.handlers.onEvent(event);
  }

  // Try again with backoff and jitter until the session is taken up or its window has passed.
  async reconnect() {
    if (this.reconnecting) {
      return;
    }
    this.reconnecting = true;
    this.handlers.onTrouble();
    const giveUpAt = Date.now() + this.windowMs;
    for (let attempt = 0; !this.closing && Date.now() < giveUpAt; attempt += 1) {
      const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];
      await sleep(delay * (0.5 + Math.random())); // jitter: not every page at the same moment
      let socket;
      try {
        socket = await WebSocketLink.open(this.handlers, "/ws?resume");
      } catch {
        continue;
      }
      if (this.closing) {
        socket.close(1000);
        break;
      }
      socket.send(JSON.stringify({ type: "resume", token: this.resumeToken, after: this.after }));
      this.attach(socket);
      this.freshCheck = true;
      this.reconnecting = false;
      return;
    }
    this.reconnecting = false;
    if (!this.closing) {
      this.handlers.onDrop();
    }
  }

  get open() {
    return !this.reconnecting && this.socket.readyState === WebSocket.OPEN;
  }

  send(frame) {
    if (this.open) {
      this.socket.send(JSON.stringify(frame));
    }
  }

  sendBeforeLeaving(frame) {
    this.send(frame);
  }

  close() {
    this.closing = true;
    this.socket.close(1000);
  }
}

class PollingLink {
  static async open(handlers) {
    const response = await fetch("/api/session", { method: "POST" });
    if (!response.ok) {
      const code = await response.json().then((body) => body.code, () => null);
      throw code === "gate_required"
        ? new GateClosed()
        : new Error(`the server refused a session (${response.status})`);
    }
    const { session, route } = await response.json();
    const link = new PollingLink(session, route, handlers);
    link.poll();
    return link;
  }

  constructor(session, route, handlers) {
    this.session = session;
    // The process holding the session, in the URL where a balancer can read it and send each
    // request there (deploy/nginx.conf); any process would serve it, one hop further.
    this.query = route ? `?route=${encodeURIComponent(route)}` : "";
    this.handlers = handlers;
    this.after = 0;
    this.open = true;
    this.aborter = new AbortController();
    // Frames go one after another: two requests in flight could arrive in either order.
    this.queue = Promise.resolve();
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
        const response = await this.post("/api/events", { after: this.after });
        if (response.status >= 400 && response.status < 500) {
          this.drop(); // the server no longer knows this session
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
          this.drop();
          return;
        }
        await sleep(RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length) - 1]);
        continue;
      }
      if (failures > 0) {
        failures = 0;
        this.handlers.onRecovered();
      }
      for (const event of events) {
        if (event.seq > this.after) {
          this.after = event.seq;
          this.handlers.onEvent(event);
        }
      }
    }
  }

  send(frame) {
    this.queue = this.queue.then(() => this.sendNow(frame)).catch(() => {});
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
        this.drop();
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

  drop() {
    if (this.open) {
      this.close();
      this.handlers.onDrop();
    }
  }

  close() {
    this.open = false;
    this.aborter.abort();
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
