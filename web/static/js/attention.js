// While the tab is hidden, new messages make its title blink until the person comes back.
import { t } from "./i18n.js";

const FLASH_MS = 1000;

export class TitleFlasher {
  constructor() {
    this.timer = null;
    this.title = document.title;
    document.addEventListener("visibilitychange", () => {
      if (!document.hidden) {
        this.stop();
      }
    });
  }

  notify() {
    if (!document.hidden || this.timer !== null) {
      return;
    }
    this.title = document.title;
    let flashing = true;
    document.title = t("chat.newMessage");
    this.timer = setInterval(() => {
      flashing = !flashing;
      document.title = flashing ? t("chat.newMessage") : this.title;
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
