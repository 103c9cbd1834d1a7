// The Appeal dialog against a ban or a lockout: a short text, Send, then the receipt. The
// receipt is kept in this browser ({receipt, kind, ref}), so that the answer can be shown on a
// later visit (appealanswer.js): there is no account to send it to.
import { has, t } from "./i18n.js";

const KEPT = "strangerchat.appeal";
const TEXT_LIMIT = 1000; // the server's limit too (moderation/appeal_api.py)

export function keptAppeal() {
  try {
    const kept = JSON.parse(localStorage.getItem(KEPT) ?? "null");
    return kept && typeof kept.receipt === "string" ? kept : null;
  } catch {
    return null;
  }
}

export function keepAppeal(appeal) {
  try {
    localStorage.setItem(KEPT, JSON.stringify(appeal));
  } catch {
    // storage refused (private mode): the receipt shown is all the visitor has
  }
}

export function forgetAppeal() {
  try {
    localStorage.removeItem(KEPT);
  } catch {
    // nothing was kept
  }
}

// Whether the restriction `ref` was appealed from this browser and is waiting for an answer.
export function appealed(ref) {
  return Boolean(ref) && keptAppeal()?.ref === ref;
}

// The words for an appeal the server refused (an error body) or could not be reached (null).
async function refusalText(response) {
  if (!response) {
    return t("appeal.error.lost");
  }
  const body = await response.json().catch(() => ({}));
  const key = `appeal.error.${body.code}`;
  return has(key) ? t(key) : t("appeal.error.other", { message: body.message ?? response.status });
}

export class AppealDialog {
  // `elements`: dialog, form, intro, text, count, status, send, cancel.
  constructor(elements) {
    this.el = elements;
    this.target = null; // {ref, kind, opener, onSent}
    this.pending = false;
    this.done = false;
    elements.text.maxLength = TEXT_LIMIT;
    elements.cancel.addEventListener("click", () => this.close());
    elements.text.addEventListener("input", () => this.count());
    // Back to where the dialog was opened from (the offer, once the appeal is sent).
    elements.dialog.addEventListener("close", () => this.target?.opener?.focus());
    elements.form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (this.done) {
        this.close();
      } else {
        this.submit();
      }
    });
  }

  // Appeal the restriction `ref` ("ban" or "lockout"); `onSent()` once the appeal is stored.
  open(ref, kind, opener, onSent = () => {}) {
    const { dialog, form, intro, text, status, send, cancel } = this.el;
    this.target = { ref, kind, opener, onSent };
    form.reset();
    intro.textContent = t(kind === "lockout" ? "appeal.intro.lockout" : "appeal.intro.ban");
    status.textContent = "";
    this.pending = false;
    this.done = false;
    text.disabled = false;
    send.disabled = false;
    send.textContent = t("appeal.send");
    cancel.hidden = false;
    this.count();
    dialog.showModal();
  }

  close() {
    this.el.dialog.close();
  }

  count() {
    const used = this.el.text.value.length;
    this.el.count.textContent = t("appeal.count", { used, limit: TEXT_LIMIT });
  }

  async submit() {
    const text = this.el.text.value.trim();
    if (this.pending) {
      return;
    }
    if (!text) {
      this.el.status.textContent = t("appeal.error.appeal_empty");
      return;
    }
    this.pending = true;
    this.el.send.disabled = true;
    this.el.status.textContent = t("appeal.sending");
    const { ref, kind } = this.target;
    const response = await fetch("/api/appeals", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ appeal: ref, text }),
    }).catch(() => null);
    this.pending = false;
    this.el.send.disabled = false;
    if (response?.status !== 201) {
      this.el.status.textContent = await refusalText(response);
      return;
    }
    const { receipt } = await response.json();
    keepAppeal({ receipt, kind, ref });
    this.sent(receipt);
  }

  sent(receipt) {
    const { status, text, send, cancel } = this.el;
    this.done = true;
    status.textContent = t("appeal.receipt", { receipt });
    text.disabled = true;
    cancel.hidden = true;
    send.textContent = t("appeal.close"); // Enter or a click closes the dialog
    send.focus();
    this.target.onSent();
  }
}

// "Think this is wrong? [Appeal]", or "Your appeal is being reviewed." once it was sent: the
// same words in the chat log (a ban) and on the refusal (a lockout).
export function appealOffer(dialog, ref, kind) {
  const offer = document.createElement("span");
  offer.className = "appeal-offer";
  offer.tabIndex = -1; // focus comes back here when the dialog closes
  const reviewing = () => offer.replaceChildren(t("appeal.reviewing"));
  if (appealed(ref)) {
    reviewing();
    return offer;
  }
  const button = document.createElement("button");
  button.type = "button";
  button.className = "link";
  button.setAttribute("aria-haspopup", "dialog");
  button.textContent = t("appeal.open");
  button.addEventListener("click", () => dialog.open(ref, kind, offer, reviewing));
  offer.append(`${t("appeal.offer")} `, button);
  return offer;
}
