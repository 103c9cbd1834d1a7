// One connection to the server: a WebSocket when one can be opened, long-polling otherwise.
// Both hand the chat the same events; `handlers` are onEvent, onDrop, onTrouble, onRecovered.

const WEBSOCKET_OPEN_TIMEOUT_MS = 5000;
const RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 5000];
const GIVE_UP_AFTER_FAILURES = 15;
const FRAME_ATTEMPTS = 3;

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
  static open(handlers) {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`${scheme}//${location.host}/ws`);
      const timer = setTimeout(() => {
        socket.close();
        reject(new Error("the WebSocket did not open in time"));
      }, WEBSOCKET_OPEN_TIMEOUT_MS);
      socket.onopen = () => {
        clearTimeout(timer);
        resolve(new WebSocketLink(socket, handlers));
      };
      socket.onclose = () => {
        clearTimeout(timer);
        reject(new Error("the WebSocket closed before it opened"));
      };
    });
  }

  constructor(socket, handlers) {
    this.socket = socket;
    this.closing = false;
    socket.onmessage = (message) => handlers.onEvent(JSON.parse(message.data));
    socket.onclose = () => {
      if (!this.closing) {
        handlers.onDrop();
      }
    };
  }

  get open() {
    return this.socket.readyState === WebSocket.OPEN;
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
    const { session } = await response.json();
    const link = new PollingLink(session, handlers);
    link.poll();
    return link;
  }

  constructor(session, handlers) {
    this.session = session;
    this.handlers = handlers;
    this.after = 0;
    this.open = true;
    this.aborter = new AbortController();
    // Frames go one after another: two requests in flight could arrive in either order.
    this.queue = Promise.resolve();
  }

  post(path, body, options = { signal: this.aborter.signal }) {
    return fetch(path, {
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
