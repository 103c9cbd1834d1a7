// A minor's lockout as this browser keeps it, beside the gate's cookie: clearing the cookie
// alone does not let the same browser start again before the lockout ends. The lockout's
// appeal ref is kept beside it, so the visitor can still appeal after a reload.
import { currentLanguage } from "./i18n.js";

const MARK = "strangerchat.lockout";
const APPEAL_REF = "strangerchat.lockout.appeal";
// A ban "for good" ends about a century ahead: anything this far off is shown as permanent.
const PERMANENT_SECONDS = 10 * 365 * 86400;

export function markLockedOut(until, appeal = "") {
  try {
    localStorage.setItem(MARK, String(until));
    if (appeal) {
      localStorage.setItem(APPEAL_REF, appeal);
    }
  } catch {
    // storage refused (private mode): the cookie and the server's own lockout still hold
  }
}

// Unix seconds the lockout ends at, or null when there is none (or it is over).
export function lockedUntil() {
  try {
    const until = Number(localStorage.getItem(MARK));
    return until * 1000 > Date.now() ? until : null;
  } catch {
    return null;
  }
}

// The ref to appeal the lockout with, or "" when there is none.
export function lockoutAppeal() {
  try {
    return lockedUntil() === null ? "" : (localStorage.getItem(APPEAL_REF) ?? "");
  } catch {
    return "";
  }
}

// The lockout was reversed on appeal: this browser may answer the gate again.
export function clearLockout() {
  try {
    localStorage.removeItem(MARK);
    localStorage.removeItem(APPEAL_REF);
  } catch {
    // nothing was kept
  }
}

export function isPermanent(until) {
  return until * 1000 - Date.now() > PERMANENT_SECONDS * 1000;
}

export function untilText(until) {
  return new Date(until * 1000).toLocaleString(currentLanguage(), {
    dateStyle: "medium",
    timeStyle: "short",
  });
}
