// The entry gate: date of birth and the rules, sent with a solved proof of work. The server
// decides and keeps its verdict in a cookie; the page only shows what it said.
import { t } from "./i18n.js";
import { fetchChallenge, solve } from "./pow.js";

// A proof this close to its expiry could lapse on the way: solve a fresh one instead.
const EXPIRY_MARGIN_MS = 30_000;
const SEND_ATTEMPTS = 2; // a proof refused as old or used gets one fresh try

export class Gate {
  // `elements`: form, day, month, year, accept, error, status, button; `verdicts`: adult, refused.
  constructor(elements, verdicts) {
    this.el = elements;
    this.verdicts = verdicts;
    this.proof = null;
    this.busy = false;
    elements.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.submit();
    });
  }

  // Solve while the person fills in the form, so that Continue rarely has to wait.
  prepare() {
    this.proof = this.solveFresh();
  }

  solveFresh() {
    const proof = fetchChallenge().then(solve);
    proof.catch(() => {}); // a failure is met again, and reported, when the proof is needed
    return proof;
  }

  async currentProof() {
    const proof = await (this.proof ?? this.solveFresh()).catch(() => null);
    this.proof = null; // a proof is good for one answer
    if (proof && proof.expires * 1000 - Date.now() > EXPIRY_MARGIN_MS) {
      return proof;
    }
    return this.solveFresh();
  }

  async submit() {
    if (this.busy) {
      return;
    }
    const date = this.readDate();
    if (!date) {
      this.fail("gate.badDate", this.el.day, true);
    } else if (!this.el.accept.checked) {
      this.fail("gate.mustAccept", this.el.accept);
    } else {
      await this.send(date);
    }
  }

  async send(date) {
    this.setBusy(true);
    try {
      const { verdict } = await this.post(date);
      this.verdicts[verdict]();
    } catch {
      this.fail("gate.failed");
    } finally {
      this.setBusy(false);
    }
  }

  async post(date) {
    for (let attempt = 1; ; attempt += 1) {
      const { payload } = await this.currentProof();
      const response = await fetch("/gate", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...date, accept: true, pow: payload }),
      });
      const answer = await response.json();
      if (response.ok) {
        return answer;
      }
      if (!answer.code?.startsWith("pow_") || attempt >= SEND_ATTEMPTS) {
        throw new Error(answer.message);
      }
    }
  }

  // {day, month, year} for a real, past date; null otherwise. The server checks again.
  readDate() {
    const [day, month, year] = [this.el.day, this.el.month, this.el.year].map((input) =>
      input.value.trim(),
    );
    if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
      return null;
    }
    const date = { day: Number(day), month: Number(month), year: Number(year) };
    const utc = new Date(Date.UTC(date.year, date.month - 1, date.day));
    const real = utc.getUTCDate() === date.day && utc.getUTCMonth() === date.month - 1;
    return real && date.year >= 1900 && utc.getTime() <= Date.now() ? date : null;
  }

  fail(key, focus = null, dateWrong = false) {
    for (const input of [this.el.day, this.el.month, this.el.year]) {
      input.setAttribute("aria-invalid", String(dateWrong));
    }
    this.el.error.dataset.i18n = key; // so that a language switch translates it too
    this.el.error.textContent = t(key);
    focus?.focus();
  }

  setBusy(busy) {
    this.busy = busy;
    this.el.button.disabled = busy;
    this.el.status.textContent = busy ? t("gate.checking") : "";
    if (busy) {
      this.el.error.textContent = "";
      delete this.el.error.dataset.i18n;
    }
  }
}
