// While the tab is hidden, a new message (or a stranger found) gets the person's attention: the
// title blinks until they come back, and the alerts they chose (alerts.js) sound or show.
import { t } from "./i18n.js";

const FLASH_MS = 1000;
const TITLES = { message: "chat.newMessage", connected: "alerts.connected" };

export class Attention {
  // `alerts`: the person's opt-in alerts, or null.
  constructor(alerts = null) {
    this.alerts = alerts;
    this.timer = null;
    this.title = document.title;
    document.addEventListener("visibilitychange", () => {
      if (!document.hidden) {
        this.stop();
      }
    });
  }

  // `kind`: "message" or "connected".
  notify(kind = "message") {
    if (!document.hidden) {
      return;
    }
    this.alerts?.signal(kind, t(TITLES[kind]));
    if (this.timer !== null) {
      return;
    }
    this.title = document.title;
    let flashing = true;
    document.title = t(TITLES[kind]);
    this.timer = setInterval(() => {
      flashing = !flashing;
      document.title = flashing ? t(TITLES[kind]) : this.title;
    }, FLASH_MS);
  }

  stop() {
    if (this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
      document.title = this.title;
    }
  }
}
