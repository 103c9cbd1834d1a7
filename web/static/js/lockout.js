// A minor's lockout as this browser keeps it, beside the gate's cookie: clearing the cookie
// alone does not let the same browser start again before the lockout ends.
import { currentLanguage } from "./i18n.js";

const MARK = "strangerchat.lockout";

export function markLockedOut(until) {
  try {
    localStorage.setItem(MARK, String(until));
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

export function untilText(until) {
  return new Date(until * 1000).toLocaleString(currentLanguage(), {
    dateStyle: "medium",
    timeStyle: "short",
  });
}
