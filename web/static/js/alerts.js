// The opt-in alerts for a hidden tab: a short chime and a notification. Off until chosen, and
// the choice kept in this browser. A notification never holds a stranger's words: a lock
// screen shows it to whoever holds the phone.
import { currentLanguage, t } from "./i18n.js";

const STORAGE_KEY = "alerts";
// At most one alert in this time; a notification's tag replaces the one before it.
const GAP_MS = 5000;
const TAG = "strangerchat";
const CHIME = [660, 880]; // Hz, one short note after the other
const NOTE_S = 0.12;

function saved() {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY)) ?? {};
  } catch {
    return {}; // storage blocked, or a value from elsewhere: the alerts stay off
  }
}

const permission = () => ("Notification" in window ? Notification.permission : "unsupported");

export class Alerts {
  // `elements`: sound and notify (check boxes) and status (a live region for refusals).
  constructor(elements) {
    this.el = elements;
    this.audio = null;
    this.last = -Infinity;
    this.shown = null;
    const choice = saved();
    elements.sound.checked = choice.sound === true;
    elements.notify.checked = choice.notify === true && permission() === "granted";
    elements.sound.addEventListener("change", () => {
      this.save();
      if (elements.sound.checked) {
        this.chime(); // what it sounds like; the click also lets the page play sound later
      }
    });
    elements.notify.addEventListener("change", () => this.notifyChanged());
    document.addEventListener("visibilitychange", () => !document.hidden && this.clear());
  }

  save() {
    const choice = { sound: this.el.sound.checked, notify: this.el.notify.checked };
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
    } catch {
      // kept for this page only
    }
  }

  // Permission is asked only here, on the person's own click.
  async notifyChanged() {
    const { notify, status } = this.el;
    status.textContent = "";
    if (notify.checked) {
      let answer = permission();
      if (answer === "default") {
        answer = await Notification.requestPermission();
      }
      if (answer !== "granted") {
        notify.checked = false;
        status.textContent = t(answer === "unsupported" ? "alerts.unsupported" : "alerts.denied");
      }
    }
    this.save();
  }

  // Called while the tab is hidden; `title` says what happened, and nothing of what was said.
  signal(kind, title) {
    const now = Date.now();
    if (now - this.last < GAP_MS) {
      return;
    }
    this.last = now;
    if (this.el.sound.checked) {
      this.chime();
    }
    if (this.el.notify.checked && permission() === "granted") {
      this.show(title);
    }
  }

  show(title) {
    const options = { tag: TAG, lang: currentLanguage(), icon: "/static/icons/icon-192.png" };
    try {
      const shown = new Notification(title, options);
      shown.onclick = () => {
        window.focus();
        shown.close();
      };
      this.shown = shown;
    } catch {
      // Chrome on Android shows notifications only through the service worker (sw.js).
      navigator.serviceWorker?.ready
        .then((worker) => worker.showNotification(title, options))
        .catch(() => {});
    }
  }

  // Back on the page: the notification has done its job, and the next time away starts afresh.
  clear() {
    this.shown?.close();
    this.shown = null;
    this.last = -Infinity;
  }

  chime() {
    const Context = window.AudioContext ?? window.webkitAudioContext;
    if (!Context) {
      return;
    }
    this.audio ??= new Context();
    this.audio.resume().catch(() => {});
    const start = this.audio.currentTime;
    CHIME.forEach((frequency, index) => {
      const at = start + index * NOTE_S;
      const tone = new OscillatorNode(this.audio, { frequency });
      const volume = new GainNode(this.audio, { gain: 0 });
      volume.gain.setValueAtTime(0, at);
      volume.gain.linearRampToValueAtTime(0.2, at + 0.01);
      volume.gain.exponentialRampToValueAtTime(0.001, at + NOTE_S);
      tone.connect(volume).connect(this.audio.destination);
      tone.start(at);
      tone.stop(at + NOTE_S);
    });
  }
}
