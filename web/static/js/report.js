// The Report dialog: a reason and an optional note; Send reports the stranger (the server ends
// the chat) and the dialog then shows the receipt, which names the report.
import { has, t } from "./i18n.js";

const NOTE_LIMIT = 500;

export class ReportDialog {
  // `elements`: button, dialog, form, note, count, alsoBlock, status, send, cancel.
  // `chat`: canReport() says whether there is a chat to report, send(frame) sends a frame,
  // block() blocks the last partner (asked for with the report, once it is received).
  constructor(elements, chat) {
    this.el = elements;
    this.chat = chat;
    this.pending = false;
    this.done = false;
    elements.note.maxLength = NOTE_LIMIT;
    elements.button.addEventListener("click", () => this.open());
    elements.cancel.addEventListener("click", () => this.close());
    elements.note.addEventListener("input", () => this.count());
    elements.form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (this.done) {
        this.close();
      } else {
        this.submit();
      }
    });
  }

  // Report is offered only when there is someone to report (not while searching, not to a spy).
  refresh() {
    this.el.button.disabled = !this.chat.canReport();
  }

  open() {
    const { dialog, form, status, send, cancel } = this.el;
    form.reset();
    status.textContent = this.chat.canReport() ? "" : t("error.nothing_to_report");
    this.pending = false;
    this.done = false;
    send.disabled = false;
    send.textContent = t("report.send");
    cancel.hidden = false;
    this.setReasonsEnabled(true);
    this.count();
    dialog.showModal();
  }

  close() {
    this.el.dialog.close();
    this.el.button.focus();
  }

  count() {
    const used = this.el.note.value.length;
    this.el.count.textContent = t("report.count", { used, limit: NOTE_LIMIT });
  }

  submit() {
    const chosen = this.el.form.querySelector("input[name=category]:checked");
    if (!chosen || this.pending) {
      return;
    }
    const note = this.el.note.value.trim().slice(0, NOTE_LIMIT);
    this.pending = true;
    this.alsoBlock = this.el.alsoBlock.checked;
    this.el.send.disabled = true;
    this.el.status.textContent = t("report.sending");
    if (!this.chat.send({ type: "report", category: chosen.value, note })) {
      this.failed(t("status.lost"));
    }
  }

  // Every server event passes here; only the answer to a report in flight matters.
  onEvent(event) {
    if (!this.pending) {
      return;
    }
    if (event.type === "reported") {
      this.pending = false;
      this.done = true;
      this.el.status.textContent = t("report.receipt", { receipt: event.receipt });
      this.setReasonsEnabled(false);
      this.el.cancel.hidden = true;
      this.el.send.disabled = false;
      this.el.send.textContent = t("report.close"); // Enter or a click closes the dialog
      this.el.send.focus();
      if (this.alsoBlock) {
        this.chat.block(); // after the report: the server ended the chat, and still knows whom
      }
    } else if (event.type === "error") {
      const key = `error.${event.code}`;
      this.failed(has(key) ? t(key) : t("error.other", { message: event.message }));
    }
  }

  failed(text) {
    this.pending = false;
    this.el.send.disabled = false;
    this.el.status.textContent = text;
  }

  setReasonsEnabled(enabled) {
    for (const input of this.el.form.querySelectorAll("input, textarea")) {
      input.disabled = !enabled;
    }
  }
}
