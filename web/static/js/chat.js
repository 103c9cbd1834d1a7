// The chat: what each server event shows, the Stop → Really? → New button, typing and sending.
import { appealOffer } from "./appeal.js";
import { Attention } from "./attention.js";
import { BlockButton } from "./block.js";
import { GateClosed, connect } from "./connection.js";
import { currentLanguage, has, joinList, t } from "./i18n.js";
import { ChatLog } from "./log.js";
import { isPermanent, lockedUntil, lockoutAppeal, markLockedOut, untilText } from "./lockout.js";
import { PROOF_ERRORS, StartProof } from "./startproof.js";
import { QuestionView } from "./question.js";
import { TypingSignal } from "./typing.js";

// Refusals that only mean a frame crossed the partner's leaving on the way: nothing to show.
const QUIET_ERRORS = new Set(["not_chatting", "not_waiting", "already_started"]);
// A refused start is solved and sent again this many times at most.
const PROOF_ATTEMPTS = 2;
// States in which leaving the page would end something.
const BUSY = new Set(["connecting", "waiting", "chatting"]);

// The visitor said they are under 18: keep the gate's refusal, then show it.
function lockOut() {
  fetch("/gate/lockout", { method: "POST" })
    .then((response) => response.ok && window.location.reload())
    .catch(() => {}); // the server has ended the chat and refuses new ones all the same
}

// "Danish" for "da" on an English page, "dansk" on a Danish one; the code itself if unknown.
function languageName(code) {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

// What, until when, why, and who decided: "You are banned from starting chats until 21 Nov
// 2026, 13:05. Why: several strangers reported you. This happened automatically, ..."
function bannedText(event) {
  const key = `banned.reason.${event.reason}`;
  const reason = has(key) ? t(key) : event.reason;
  const what = isPermanent(event.until)
    ? t("banned.forGood")
    : t("banned.until", { until: untilText(event.until) });
  const who = t(event.automatic ? "banned.automatic" : "banned.byModerator");
  return [what, t("banned.why", { reason }), who].join(" ");
}

function errorText(event) {
  const key = `error.${event.code}`;
  return has(key) ? t(key) : t("error.other", { message: event.message });
}

export class Chat {
  // `elements`: page, home, chat, log, typing, stop, block, message, send, composer, and for
  // question mode banner, typing1, typing2; `onCount(online)`; `appeals`: the Appeal dialog;
  // `alerts`: the sound and notification the person chose for a hidden tab.
  constructor(elements, onCount, appeals, alerts) {
    this.el = elements;
    this.onCount = onCount;
    this.appeals = appeals;
    this.log = new ChatLog(elements.log);
    this.attention = new Attention(alerts);
    this.link = null;
    this.generation = 0; // events from an older connection are ignored
    this.onStateChange = () => {}; // for the parts of the page that follow the chat's state
    this.state = "home"; // home, connecting, waiting, chatting, leaving, ended
    this.started = false; // the start frame of this chat was sent
    this.restartAfterLeave = false;
    this.interests = [];
    this.mode = {}; // question mode: {question} for a spy, {wantsQuestion} for a stranger
    this.question = new QuestionView(elements, this.log);
    this.offer = null;
    this.blocking = new BlockButton(elements.block, () => this.block());
    this.proof = new StartProof();
    this.proofAttempts = 0;
    this.sentCount = 0; // numbers this page's messages, never reused
    this.hadPartner = false; // a last partner can be reported for a while after the chat
    this.metSomeone = false; // this chat reached someone: only then is there a log to save
    this.onAnyEvent = () => {}; // every server event, for the parts of the page that need them
    // Only while chatting: a frame sent at any other time would be refused.
    this.typing = new TypingSignal((frame) => this.state === "chatting" && this.link.send(frame));
    this.setButton("stop");
    this.listen();
  }

  get state() {
    return this.currentState;
  }

  set state(value) {
    this.currentState = value;
    this.onStateChange(value);
  }

  listen() {
    const { stop, message, composer } = this.el;
    stop.addEventListener("click", () => this.advance());
    composer.addEventListener("submit", (event) => {
      event.preventDefault();
      this.sendMessage();
    });
    message.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault(); // Shift+Enter keeps its newline
        this.sendMessage();
      }
    });
    message.addEventListener("input", () => {
      if (this.state === "chatting") {
        this.typing.changed(message.value);
      }
    });
    document.addEventListener("keydown", (event) => {
      // In an open dialog (Report), Esc closes the dialog and must not also end the chat.
      const inDialog = document.querySelector("dialog[open]") !== null;
      if (event.key === "Escape" && this.state !== "home" && !event.isComposing && !inDialog) {
        event.preventDefault();
        this.advance();
      }
    });
    window.addEventListener("beforeunload", (event) => {
      if (BUSY.has(this.state)) {
        event.preventDefault();
        event.returnValue = t("chat.leave");
      }
    });
    window.addEventListener("pagehide", () => {
      if (this.link && BUSY.has(this.state)) {
        this.link.sendBeforeLeaving({ type: "disconnect" });
      }
    });
  }

  begin(interests, mode = {}) {
    this.interests = interests;
    this.mode = mode;
    this.el.home.hidden = true;
    this.el.chat.hidden = false;
    this.el.page.dataset.view = "chat";
    this.el.stop.focus();
    this.newChat();
  }

  newChat() {
    this.metSomeone = false;
    this.log.clear();
    this.el.message.value = ""; // a draft from the last chat is not for the next stranger
    this.blocking.unavailable();
    this.question.reset(this.mode);
    const until = lockedUntil();
    if (until !== null) {
      // This browser said it is under 18 lately: no new chat, even where no gate cookie holds it.
      this.log.status(t("refused.lockout", { until: untilText(until) }), "status error");
      this.offerAppeal(lockoutAppeal(), "lockout");
      this.finish(null);
      this.log.helplines();
      return;
    }
    this.resume();
  }

  // Search again without clearing the log (after a connection lost while searching).
  async resume() {
    this.state = "connecting";
    this.started = false;
    this.setButton("stop");
    this.setInput(false);
    this.log.status(t("status.connecting"));
    if (!this.link?.open) {
      const generation = ++this.generation;
      let link;
      try {
        link = await connect(this.handlers(generation));
      } catch (error) {
        if (error instanceof GateClosed) {
          this.state = "home"; // nothing to lose: no chat could start
          location.reload(); // the server shows the gate again
          return;
        }
        if (generation === this.generation) {
          this.finish(this.log.lastLine() === t("status.lost") ? null : "status.lost");
        }
        return;
      }
      if (generation !== this.generation) {
        link.close();
        return;
      }
      this.link = link;
    }
    this.proofAttempts = 0;
    await this.sendStart();
  }

  // The start frame, with a solved proof of work when the server asked for one.
  async sendStart() {
    if (this.state !== "connecting") {
      return;
    }
    const pow = await this.proof.payload().catch(() => undefined);
    if (this.state !== "connecting" || !this.link?.open) {
      return; // left, or lost the connection, while solving
    }
    this.started = true;
    const frame = QuestionView.startFrame(this.mode) ?? {
      type: "start",
      interests: this.interests,
      language: currentLanguage(),
    };
    this.link.send(pow ? { ...frame, pow } : frame);
  }

  block() {
    if (this.link?.open) {
      this.link.send({ type: "block" });
      if (this.state === "chatting") {
        this.leaving();
      }
    }
  }

  onBlocked() {
    this.blocking.unavailable();
    if (this.state === "chatting" || this.state === "leaving") {
      this.finish("status.blocked");
    } else {
      this.log.status(t("status.blocked"));
    }
  }

  handlers(generation) {
    const current = () => generation === this.generation;
    return {
      onEvent: (event) => current() && this.onEvent(event),
      onDrop: () => current() && this.onDrop(),
      onTrouble: () => current() && this.live() && this.log.status(t("status.retrying")),
      onRecovered: () => current() && this.live() && this.log.status(t("status.back")),
    };
  }

  // Searching or chatting: a connection's trouble is worth a line only then.
  live() {
    return this.state !== "home" && this.state !== "ended";
  }

  onEvent(event) {
    this.onAnyEvent(event);
    switch (event.type) {
      case "count":
        this.onCount(event.online);
        break;
      case "waiting":
        this.onWaiting();
        break;
      case "connected":
      case "spy_connected":
        this.onConnected(event);
        break;
      case "stranger_message":
      case "stranger_typing":
      case "stranger_stopped_typing":
        if ((this.state === "chatting" || this.state === "leaving") && this.question.spied(event)) {
          this.attention.notify("message");
        }
        break;
      case "stranger_left":
        if (this.state === "chatting" || this.state === "leaving") {
          this.finish("question.strangerLeft", { who: event.who });
        }
        break;
      case "message":
        if (this.state === "chatting" || this.state === "leaving") {
          this.showTyping(false);
          this.log.message("stranger", event.text);
          this.attention.notify("message");
        }
        break;
      case "delivered":
        this.log.delivered(event.id, event.text);
        break;
      case "typing":
      case "stopped_typing":
        this.showTyping(event.type === "typing" && this.state === "chatting");
        break;
      case "stranger_disconnected":
        if (this.state === "chatting" || this.state === "leaving") {
          this.finish("status.strangerLeft");
        }
        break;
      case "you_disconnected":
        if (this.state !== "home" && this.state !== "ended") {
          this.finish("status.youLeft");
        }
        break;
      case "server_restarting":
        this.log.status(t("status.restarting"));
        if (this.state === "chatting" || this.state === "leaving") {
          this.finish(null); // this chat ends with the server; a search starts again by itself
        }
        break;
      case "stranger_away":
        if (this.state === "chatting") {
          this.log.status(t("status.strangerAway"));
        }
        break;
      case "stranger_back":
        if (this.state === "chatting") {
          this.log.status(t("status.strangerBack"));
        }
        break;
      case "resume_failed":
        this.onResumeFailed();
        break;
      case "safety_alert":
        this.log.status(t("status.safetyAlert"), "status alert");
        break;
      case "blocked":
        this.onBlocked();
        break;
      case "challenge_required":
        this.proof.require();
        break;
      case "adults_only":
        this.finish("status.adultsOnly", { until: untilText(event.until) });
        markLockedOut(event.until, event.appeal); // the browser's own mark, gate or not
        this.offerAppeal(event.appeal, "lockout");
        this.log.helplines();
        if (this.el.page.dataset.gate !== "off") {
          lockOut();
        }
        break;
      case "reported":
        this.log.status(t("report.receipt", { receipt: event.receipt }));
        break;
      case "banned":
        this.log.status(bannedText(event), "status error");
        this.offerAppeal(event.appeal, "ban");
        this.finish(null);
        break;
      case "error":
        this.onError(event);
        break;
    }
  }

  // A restriction with a ref can be appealed: the offer goes right under its line.
  offerAppeal(ref, kind) {
    if (ref) {
      this.log.control(appealOffer(this.appeals, ref, kind));
    }
  }

  onWaiting() {
    if (this.state !== "connecting") {
      return;
    }
    this.state = "waiting";
    this.proof.paid();
    this.log.status(t(this.mode.question ? "question.looking" : "status.looking"));
    if (this.interests.length) {
      this.showOffer();
    }
  }

  // With interests, a waiting person may stop holding out for a shared one.
  showOffer() {
    this.offer = this.log.offer(() => {
      this.removeOffer();
      if (this.state === "waiting") {
        this.link.send({ type: "stop_looking" });
        this.log.status(t("status.widened"));
      }
    });
  }

  removeOffer() {
    this.offer?.remove();
    this.offer = null;
  }

  onConnected(event) {
    if (this.state !== "waiting") {
      return; // the person pressed Stop meanwhile; the server ends this chat too
    }
    this.state = "chatting";
    this.metSomeone = true;
    this.removeOffer();
    this.attention.notify("connected"); // a long search may have sent the person elsewhere
    if (event.type === "spy_connected") {
      this.question.watch(event.question);
      return; // the spy reads along: it has no message box, and nobody to block
    }
    this.hadPartner = true;
    this.onStateChange(this.state); // a partner to report now
    this.blocking.chatStarted();
    this.log.status(t("status.connected"));
    if (event.question) {
      this.question.discuss(event.question);
    }
    // English is what two strangers share unless told otherwise: only another language is news.
    if (event.language && event.language !== "en") {
      this.log.status(t("status.language", { language: languageName(event.language) }));
    }
    if (event.interests.length) {
      this.log.status(t("status.common", { list: joinList(event.interests) }));
    } else if (event.fell_back) {
      this.log.status(t("status.fellBack"));
    }
    this.setInput(true);
    this.el.message.focus();
  }

  onError(event) {
    if (event.id !== undefined) {
      // A message of ours was refused: its line says so, with the reason, and nothing else does.
      this.log.notDelivered(event.id, errorText(event));
      return;
    }
    if (QUIET_ERRORS.has(event.code)) {
      return;
    }
    if (PROOF_ERRORS.has(event.code) && this.state === "connecting") {
      this.proof.require();
      if (this.proofAttempts < PROOF_ATTEMPTS) {
        this.proofAttempts += 1;
        this.started = false;
        this.sendStart(); // solved this time, and sent again
        return;
      }
    }
    this.log.status(errorText(event), "status error");
    if (event.code === "locked_out" && event.appeal) {
      markLockedOut(event.until, event.appeal); // this browser had lost its mark: keep it again
      this.offerAppeal(event.appeal, "lockout");
    }
    if (this.state === "connecting") {
      this.finish(null); // the search was refused, so nothing is waiting
    }
  }

  // The connection came back, but the server no longer had this session (its window passed,
  // or it restarted): what was going on is over; the new connection is ready for the next one.
  onResumeFailed() {
    this.blocking.unavailable();
    if (this.state === "home" || this.state === "ended") {
      return;
    }
    this.log.status(t("status.resumeFailed"));
    if (this.state === "connecting" || this.state === "waiting") {
      this.removeOffer();
      this.resume(); // nobody was met yet, so the search can simply start over
    } else {
      this.finish(null);
    }
  }

  onDrop() {
    this.link = null;
    this.blocking.unavailable(); // the server forgot this session, and whom it met
    this.generation += 1;
    if (this.state === "home" || this.state === "ended") {
      return; // nothing lost: the next chat connects again
    }
    this.log.status(t("status.lost"));
    if (this.state === "connecting" || this.state === "waiting") {
      this.removeOffer();
      this.resume(); // nobody was met yet, so the search can simply start over
    } else {
      this.finish(null); // the server ended the chat with the connection, and told the partner
    }
  }

  // The three-state button, also moved one step by each Esc.
  advance() {
    if (this.button === "stop" && BUSY.has(this.state)) {
      this.setButton("really");
    } else if (this.button === "really") {
      this.leave();
    } else if (this.button === "new") {
      if (this.state === "leaving") {
        this.restartAfterLeave = true; // once the server confirms the end of this chat
      } else if (this.state === "ended") {
        this.newChat();
      }
    }
  }

  leave() {
    this.leaving();
    if (this.started && this.link?.open) {
      this.link.send({ type: "disconnect" });
    } else {
      this.generation += 1; // a connection still opening is not wanted any more
      this.finish("status.youLeft");
    }
  }

  // The chat is ending at this side's wish; the server's answer ends it on the page.
  leaving() {
    this.typing.stop();
    if (this.focusIsLost()) {
      this.el.stop.focus(); // the person chose to leave: New is the likely next step
    }
    this.setButton("new");
    this.setInput(false);
    this.state = "leaving";
  }

  finish(statusKey, values = {}) {
    this.blocking.chatEnded();
    this.state = "ended";
    this.started = false;
    this.typing.forget();
    this.showTyping(false);
    this.question.end();
    this.removeOffer();
    this.setInput(false);
    this.setButton("new");
    if (statusKey) {
      this.log.status(t(statusKey, values));
    }
    if (this.metSomeone) {
      // After a search cancelled, a lockout or a lost connection there is no chat to save.
      this.log.endOfChat(() => this.state === "ended" && this.newChat());
    }
    if (this.restartAfterLeave) {
      this.restartAfterLeave = false;
      this.newChat();
    } else if (this.focusIsLost()) {
      // Not the New button: words typed on would otherwise end up starting a new chat.
      this.el.log.focus();
    }
  }

  // Focus in the input just disabled, or nowhere: keyboard users need a place to go on from.
  focusIsLost() {
    const focused = document.activeElement;
    return !focused || focused === document.body || focused === this.el.message;
  }

  sendMessage() {
    const text = this.el.message.value;
    if (this.state !== "chatting" || !text.trim()) {
      return;
    }
    this.sentCount += 1;
    this.link.send({ type: "send", text, id: this.sentCount });
    this.log.message("you", text, this.sentCount);
    this.el.message.value = "";
    this.el.message.focus(); // after a click on Send, typing goes on where it was
    this.typing.stop();
    if (this.button === "really") {
      this.setButton("stop"); // talking again means the person did not mean to leave
    }
  }

  setButton(step) {
    this.button = step;
    this.el.stop.dataset.step = step;
    this.el.stop.dataset.i18n = `chat.${step}`; // so a language switch relabels it too
    this.el.stop.textContent = t(`chat.${step}`);
  }

  setInput(enabled) {
    this.el.message.disabled = !enabled;
    this.el.send.disabled = !enabled;
  }

  showTyping(visible) {
    this.el.typing.hidden = !visible;
  }
}
