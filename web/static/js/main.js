// The page's entry point: wires the home form, the language choice and the chat together.
import { Alerts } from "./alerts.js";
import { AppealDialog, appealOffer } from "./appeal.js";
import { showAppealAnswer } from "./appealanswer.js";
import { Chat } from "./chat.js";
import { wireDialogs } from "./dialogs.js";
import { Gate } from "./gate.js";
import { plural, switchLanguage, t } from "./i18n.js";
import { InterestField } from "./interests.js";
import { lockedUntil, lockoutAppeal, untilText } from "./lockout.js";
import { OnlinePoller } from "./online.js";
import { ReportDialog } from "./report.js";
import { QuestionForm } from "./question.js";

const byId = (id) => document.getElementById(id);
const page = byId("page");
const online = byId("online");

function showOnline(count) {
  online.dataset.count = String(count);
  online.textContent = plural("online", count);
}

const interests = new InterestField({
  input: byId("interest-input"),
  list: byId("interest-chips"),
  note: byId("interest-note"),
  box: byId("chips-box"),
  maxCount: Number(page.dataset.maxInterests),
});

const appeals = new AppealDialog({
  dialog: byId("appeal-dialog"),
  form: byId("appeal-form"),
  intro: byId("appeal-intro"),
  text: byId("appeal-text"),
  count: byId("appeal-count"),
  status: byId("appeal-status"),
  send: byId("appeal-send"),
  cancel: byId("appeal-cancel"),
});

const chat = new Chat(
  {
    page,
    home: byId("home"),
    chat: byId("chat"),
    log: byId("log"),
    typing: byId("typing"),
    stop: byId("stop"),
    block: byId("block"),
    message: byId("message"),
    send: byId("send"),
    composer: byId("composer"),
    banner: byId("question-banner"),
    typing1: byId("typing-1"),
    typing2: byId("typing-2"),
  },
  showOnline,
  appeals,
  new Alerts({
    sound: byId("alert-sound"),
    notify: byId("alert-notify"),
    status: byId("alert-status"),
  }),
);

const report = new ReportDialog(
  {
    button: byId("report"),
    dialog: byId("report-dialog"),
    form: byId("report-form"),
    note: byId("report-note"),
    count: byId("report-count"),
    alsoBlock: byId("report-block"),
    status: byId("report-status"),
    send: byId("report-send"),
    cancel: byId("report-cancel"),
  },
  {
    // A spy has no partner to report: the two it reads can report each other.
    canReport: () => (chat.state === "chatting" && !chat.mode.question) || chat.hadPartner,
    send: (frame) => Boolean(chat.link?.open && (chat.link.send(frame), true)),
    block: () => chat.block(),
  },
);
chat.onAnyEvent = (event) => report.onEvent(event);
chat.onStateChange = () => report.refresh();
report.refresh();
const questionForm = new QuestionForm(
  {
    form: byId("ask-form"),
    input: byId("question-input"),
    count: byId("question-count"),
    error: byId("question-error"),
    discuss: byId("discuss"),
  },
  {
    ask: (question) => chat.begin([], { question }),
    discuss: () => chat.begin([], { wantsQuestion: true }),
  },
);

byId("start-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const tags = interests.values();
  chat.begin(byId("common-interests").checked ? tags : []);
});

// The count comes with the page when the server could tell it, and from the server's events.
function showKnownCount() {
  if (online.dataset.count !== undefined) {
    showOnline(Number(online.dataset.count));
  }
}

// The gate's language choice and the home form's are one choice, shown in two places.
const languageChoices = document.querySelectorAll("select.language");
for (const select of languageChoices) {
  select.addEventListener("change", async (event) => {
    await switchLanguage(event.target.value);
    for (const other of languageChoices) {
      other.value = event.target.value;
    }
    interests.translate();
    questionForm.translate();
    showKnownCount();
  });
}

// The server's verdict decides what shows: the gate, the refusal, or the home form.
function showVerdict(verdict, moveFocus = true) {
  page.dataset.gate = verdict;
  byId("gate-form").hidden = true;
  const next = verdict === "adult" ? byId("interest-input") : byId("refused-title");
  if (verdict === "adult") {
    byId("rule-adults").hidden = false;
    byId("start-form").hidden = false;
    byId("question-mode").hidden = false;
  } else {
    byId("home").hidden = true;
    byId("refused").hidden = false;
  }
  if (moveFocus) {
    next.focus();
  }
}

// A page opened from another site's link came without the gate's cookie (SameSite=Strict); a
// request from the page itself carries it, so ask whether the gate was passed already.
async function knownVerdict() {
  const response = await fetch("/gate", { cache: "no-store" });
  return response.ok ? (await response.json()).verdict : null;
}

// This browser said it is under 18 lately: it sees why, and until when, whatever its cookie says.
const lockout = page.dataset.gate === "off" ? null : lockedUntil();
if (lockout !== null) {
  const explained = byId("refused-lockout");
  explained.textContent = t("refused.lockout", { until: untilText(lockout) });
  explained.hidden = false;
  const ref = lockoutAppeal();
  if (ref) {
    const appeal = byId("refused-appeal");
    appeal.append(appealOffer(appeals, ref, "lockout"));
    appeal.hidden = false;
  }
  byId("home").hidden = true;
  byId("refused").hidden = false;
  page.dataset.gate = "refused";
} else if (page.dataset.gate === "ask") {
  const gate = new Gate(
    {
      form: byId("gate-form"),
      day: byId("birth-day"),
      month: byId("birth-month"),
      year: byId("birth-year"),
      accept: byId("accept-rules"),
      error: byId("gate-error"),
      status: byId("gate-status"),
      button: byId("gate-continue"),
    },
    { adult: () => showVerdict("adult"), refused: () => showVerdict("refused") },
  );
  knownVerdict()
    .catch(() => null) // the gate stays, and still works
    .then((verdict) => {
      if (verdict && page.dataset.gate === "ask") {
        showVerdict(verdict, false);
      } else {
        gate.prepare();
      }
    });
}

wireDialogs();
showAppealAnswer(byId("appeal-notice"));
showKnownCount();
// Once a session is open the server's events carry the count; before that, the page asks.
new OnlinePoller({
  intervalSeconds: Number(page.dataset.countInterval) || 5,
  show: showOnline,
  wanted: () => chat.state !== "waiting", // a waiting session hears changes from the server
}).start();
// Installable, with an offline page; only on secure pages (https, or this computer).
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").catch(() => {}); // the page works without it
}
page.dataset.ready = "true";
