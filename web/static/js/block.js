// The Block button: a first press asks to confirm, a second blocks. The server ends the chat
// and keeps the two apart for 24 hours; the stranger only sees that you left.
import { t } from "./i18n.js";

// The server allows a block this long after a chat ended (safety/blocks.py BLOCK_WINDOW).
const AFTER_CHAT_MS = 5 * 60 * 1000;
// An unconfirmed first press is forgotten after this.
const CONFIRM_MS = 5000;

export class BlockButton {
  // `onBlock()` sends the block frame.
  constructor(button, onBlock) {
    this.button = button;
    this.onBlock = onBlock;
    this.closeTimer = null;
    this.confirmTimer = null;
    button.addEventListener("click", () => this.press());
    this.unavailable();
  }

  // A chat began: its stranger can be blocked.
  chatStarted() {
    clearTimeout(this.closeTimer);
    this.button.disabled = false;
  }

  // The chat ended: its stranger can still be blocked for a while.
  chatEnded() {
    if (this.button.disabled) {
      return;
    }
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.unavailable(), AFTER_CHAT_MS);
  }

  // Nobody to block: before the first chat, once a new search begins, after a block.
  unavailable() {
    clearTimeout(this.closeTimer);
    this.button.disabled = true;
    this.ask(false);
  }

  press() {
    if (this.button.disabled) {
      return;
    }
    if (this.step === "confirm") {
      this.ask(false);
      this.onBlock();
    } else {
      this.ask(true);
    }
  }

  ask(confirm) {
    clearTimeout(this.confirmTimer);
    this.step = confirm ? "confirm" : "block";
    const key = confirm ? "chat.blockConfirm" : "chat.block";
    this.button.dataset.step = this.step;
    this.button.dataset.i18n = key; // so a language switch relabels it too
    this.button.textContent = t(key);
    if (confirm) {
      this.confirmTimer = setTimeout(() => this.ask(false), CONFIRM_MS);
    }
  }
}
