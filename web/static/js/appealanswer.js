// On every visit, the answer to an appeal this browser sent: shown once when it is decided,
// then forgotten. A reversed lockout first clears the gate's refusal and this browser's mark,
// and the page loads again into the entry gate with the answer still to show.
import { t } from "./i18n.js";
import { forgetAppeal, keepAppeal, keptAppeal } from "./appeal.js";
import { clearLockout } from "./lockout.js";

function paragraph(text, className = "") {
  const line = document.createElement("p");
  line.className = className;
  line.textContent = text; // the moderator's words are text, never markup
  return line;
}

function showDecision(notice, { status, answer, kind }) {
  const lines = [paragraph(t(`appeal.${status}.${kind === "lockout" ? "lockout" : "ban"}`))];
  if (answer) {
    lines.push(paragraph(t("appeal.answer", { answer })));
  }
  notice.replaceChildren(...lines);
}

// `notice`: a status region that is on the page from the start, so its words are announced.
export async function showAppealAnswer(notice) {
  const kept = keptAppeal();
  if (!kept) {
    return;
  }
  if (kept.decided) {
    showDecision(notice, { ...kept.decided, kind: kept.kind });
    forgetAppeal();
    return;
  }
  const receipt = encodeURIComponent(kept.receipt);
  const response = await fetch(`/api/appeals/${receipt}`, { cache: "no-store" }).catch(() => null);
  if (response?.status === 404) {
    forgetAppeal(); // purged, or never stored: there is no answer to wait for
    return;
  }
  if (!response?.ok) {
    return; // asked again on the next visit
  }
  const { status, answer } = await response.json();
  if (status === "open") {
    notice.replaceChildren(paragraph(t("appeal.waiting"), "hint"));
    return;
  }
  if (status === "reversed" && kept.kind === "lockout") {
    const restored = await fetch(`/api/appeals/${receipt}/restore`, { method: "POST" }).catch(
      () => null,
    );
    if (restored?.status !== 204) {
      return; // the gate still refuses: try again on the next visit
    }
    clearLockout();
    keepAppeal({ ...kept, decided: { status, answer } });
    location.reload(); // the server shows the entry gate now
    return;
  }
  showDecision(notice, { status, answer, kind: kept.kind });
  forgetAppeal();
}
