// One session's connection to the server: a WebSocket when one can be opened, long-polling
// otherwise. Both hand the chat the same events; `handlers` are onEvent, onDrop, onTrouble,
// onRecovered. A dropped WebSocket is taken up again (resumed) by itself within the server's
// resume window: over a new WebSocket, or over long-poll when WebSockets keep failing where plain
// HTTP works (a proxy or network that refuses upgrades). A polled session tries a WebSocket now
// and then, and moves back to one without a gap once it opens.
import { GateClosed, Poller, RETRY_DELAYS_MS, openPollSession, sleep } from "./polling.js";

export { GateClosed };

const WEBSOCKET_OPEN_TIMEOUT_MS = 5000;
// Close codes after which the session is gone for good: overflowed (1008), taken up by another
// connection (4000). After any other drop the page takes the session up again.
const NO_RESUME_CODES = new Set([1008, 4000]);
// Failed WebSockets in a row, while resuming, after which long-poll is tried: one may fail in
// the moment the network comes back, two mean this network does not carry them now.
const SOCKET_FAILURES_BEFORE_POLLING = 2;
// Waits between tries to move a polled session back to a WebSocket. They grow and never start
// over, so a network that refuses WebSockets costs one failed try every five minutes at most,
// and a proxy that lets them open but cuts them soon does not make the session flap.
const UPGRADE_DELAYS_MS = [5000, 15000, 60000, 300000];
// The server's resume window until its `session` event says (a polled session never hears it).
const DEFAULT_WINDOW_MS = 30000;
// How long a move to a WebSocket waits for frames still being posted; past it the move is left
// for the next try, so that frames typed meanwhile do not wait long.
const MOVE_WAIT_MS = 3000;
// Frames sent while no transport serves the session wait for the next one, this many at most.
const WAITING_FRAMES = 50;

// Once a WebSocket failed where plain HTTP worked, a new session starts on long-poll (and moves
// to a WebSocket later if one opens). When both fail the server is away, which says nothing
// about WebSockets.
let pollingFirst = false;

export async function connect(handlers) {
  const link = new Link(handlers);
  if (!pollingFirst) {
    try {
      link.use(new SocketCarrier(await openSocket("/ws"), link));
      return link;
    } catch {
      // fall through to long-polling
    }
  }
  const { session, resume, route } = await openPollSession();
  pollingFirst = true;
  link.token = resume;
  link.usePolls(session, route);
  return link;
}

class Link {
  constructor(handlers) {
    this.handlers = handlers;
    this.carrier = null; // what serves the session now: a SocketCarrier or a Poller
    this.waiting = []; // frames sent while nothing serves it, or while it moves
    this.moving = false;
    this.token = null; // the resume credential: how to come back to the session
    this.windowMs = DEFAULT_WINDOW_MS;
    this.after = 0; // the last seq received: a resumed session sends what came after it
    this.reconnecting = false;
    this.freshCheck = false;
    this.quiet = false; // the next `resumed` ends a move nobody needs to hear of
    this.upgrades = 0;
    this.upgradeTimer = null;
    this.closing = false;
    this.ended = false;
  }

  // Whether the link takes frames: while it reconnects or moves they wait and go in order after.
  get open() {
    return !this.closing && !this.ended;
  }

  use(carrier) {
    this.carrier = carrier;
    this.flush();
  }

  flush() {
    if (this.carrier && !this.moving) {
      const waiting = this.waiting;
      this.waiting = [];
      for (const frame of waiting) {
        this.carrier.send(frame);
      }
    }
  }

  usePolls(session, route) {
    this.use(new Poller(session, route, this));
    this.scheduleUpgrade();
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
        return; // seen already: a move replays from `after`, and a replay is never shown twice
      }
      this.after = event.seq;
    }
    if (event.type === "session") {
      this.token = event.resume;
      this.windowMs = event.window * 1000;
      return;
    }
    const quiet = this.quiet;
    if (event.type === "resumed" || event.type === "resume_failed") {
      this.quiet = false;
    }
    if (event.type === "resumed") {
      if (!quiet) {
        this.handlers.onRecovered();
      }
      return;
    }
    this.handlers.onEvent(event);
  }

  socketClosed(carrier, code) {
    if (this.closing || carrier !== this.carrier) {
      return;
    }
    this.carrier = null;
    if (this.token && !NO_RESUME_CODES.has(code)) {
      this.reconnect(); // a dropped connection: the session waits on the server for a while
    } else {
      this.end();
    }
  }

  pollsFailed(poller) {
    if (!this.closing && poller === this.carrier) {
      this.carrier = null;
      this.end(); // the server no longer knows the session, or cannot be reached for long
    }
  }

  end() {
    clearTimeout(this.upgradeTimer);
    this.ended = true;
    this.waiting = [];
    this.handlers.onDrop();
  }

  // Try again with backoff and jitter until the session is taken up or its window has passed.
  async reconnect() {
    if (this.reconnecting) {
      return;
    }
    this.reconnecting = true;
    this.handlers.onTrouble();
    const giveUpAt = Date.now() + this.windowMs;
    let socketFailures = 0;
    for (let attempt = 0; !this.closing && Date.now() < giveUpAt; attempt += 1) {
      const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];
      await sleep(delay * (0.5 + Math.random())); // jitter: not every page at the same moment
      if (this.closing) {
        break;
      }
      try {
        const socket = await openSocket("/ws?resume");
        if (this.closing) {
          socket.close(1000);
          break;
        }
        this.resumeOver(socket);
        this.reconnecting = false;
        return;
      } catch {
        socketFailures += 1;
      }
      if (socketFailures >= SOCKET_FAILURES_BEFORE_POLLING && (await this.resumeOverPolls())) {
        this.reconnecting = false;
        return;
      }
    }
    this.reconnecting = false;
    if (!this.closing) {
      this.end();
    }
  }

  resumeOver(socket) {
    socket.send(JSON.stringify({ type: "resume", token: this.token, after: this.after }));
    this.freshCheck = true;
    this.use(new SocketCarrier(socket, this));
  }

  // Take the session up for polling; false when the server could not be reached (try again).
  async resumeOverPolls() {
    let response;
    try {
      response = await fetch("/api/resume", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ token: this.token, after: this.after }),
      });
    } catch {
      return false;
    }
    if (this.closing) {
      return true; // nobody wants the session any more; unpolled, it ends on the server
    }
    if (response.ok) {
      const { session, route } = await response.json();
      pollingFirst = true;
      this.usePolls(session, route); // the first poll brings what was missed, then `resumed`
      return true;
    }
    if (response.status !== 404) {
      return false;
    }
    // The session is gone (its window passed, the server restarted): as a WebSocket resume
    // would, go on with a fresh session and say so.
    let fresh;
    try {
      fresh = await openPollSession();
    } catch {
      return false;
    }
    this.token = fresh.resume;
    this.after = 0;
    this.quiet = false;
    this.handlers.onEvent({ type: "resume_failed", reason: "expired" });
    this.usePolls(fresh.session, fresh.route);
    return true;
  }

  scheduleUpgrade() {
    const delay = UPGRADE_DELAYS_MS[Math.min(this.upgrades, UPGRADE_DELAYS_MS.length - 1)];
    this.upgrades += 1;
    clearTimeout(this.upgradeTimer);
    this.upgradeTimer = setTimeout(() => this.upgrade(), delay * (0.5 + Math.random()));
  }

  // Move a polled session to a WebSocket: the frames posted already are carried out first, new
  // ones wait behind the resume frame, and the resume replays whatever the last poll brought
  // that was not yet seen here. The chat never stops, so nothing is said about it.
  async upgrade() {
    const poller = this.carrier;
    if (this.closing || !(poller instanceof Poller)) {
      return;
    }
    let socket;
    try {
      socket = await openSocket("/ws?resume");
    } catch {
      if (this.carrier === poller) {
        this.scheduleUpgrade();
      }
      return;
    }
    this.moving = true;
    const drained = await Promise.race([
      poller.sent().then(() => true),
      sleep(MOVE_WAIT_MS).then(() => false),
    ]);
    this.moving = false;
    const ready = drained && socket.readyState === WebSocket.OPEN;
    if (this.closing || this.carrier !== poller || !ready) {
      socket.close(1000); // no resume frame was sent: the server takes it for nothing
      this.flush();
      if (!this.closing && this.carrier === poller) {
        this.scheduleUpgrade();
      }
      return;
    }
    poller.stop(); // an answer still on its way is not read: the resume sends it again
    pollingFirst = false;
    this.quiet = true;
    this.resumeOver(socket);
  }

  send(frame) {
    if (!this.open) {
      return;
    }
    if (this.carrier && !this.moving) {
      this.carrier.send(frame);
    } else if (this.waiting.length < WAITING_FRAMES) {
      this.waiting.push(frame);
    }
  }

  sendBeforeLeaving(frame) {
    if (this.open && this.carrier && !this.moving) {
      this.carrier.sendBeforeLeaving(frame);
    }
  }

  close() {
    this.closing = true;
    clearTimeout(this.upgradeTimer);
    this.carrier?.stop();
  }
}

class SocketCarrier {
  constructor(socket, link) {
    this.socket = socket;
    socket.onmessage = (message) => link.receive(JSON.parse(message.data));
    socket.onclose = (event) => link.socketClosed(this, event.code);
  }

  send(frame) {
    if (this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(frame));
    }
  }

  sendBeforeLeaving(frame) {
    this.send(frame);
  }

  stop() {
    this.socket.close(1000);
  }
}

function openSocket(path) {
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
  });
}
