// The online count for a visitor who has no session: a session hears the count from the server
// only when it changes for that session, so a page on the home form asks for it now and then.
const MIN_INTERVAL_MS = 250;

export class OnlinePoller {
  // `show(count)` puts the count on the page; `wanted()` says whether to ask now (no session).
  constructor({ intervalSeconds, show, wanted }) {
    this.intervalMs = Math.max(MIN_INTERVAL_MS, intervalSeconds * 1000);
    this.show = show;
    this.wanted = wanted;
    this.timer = null;
  }

  start() {
    this.timer = setTimeout(() => this.tick(), this.intervalMs);
  }

  async tick() {
    if (this.wanted() && document.visibilityState === "visible") {
      try {
        const response = await fetch("/api/online", { cache: "no-store" });
        if (response.ok) {
          const { online } = await response.json();
          if (Number.isInteger(online) && this.wanted()) {
            this.show(online);
          }
        }
      } catch {
        // The count stays as it was; the next tick tries again.
      }
    }
    this.start();
  }
}
