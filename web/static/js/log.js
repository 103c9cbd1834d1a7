// The chat log: status lines and messages, always put in as text, and the transcript to save.
// The person's own messages end up as the stranger saw them: altered by the server, or marked
// as not delivered (and left out of the saved transcript). Each message has its time, shown on
// hover or while the log has focus; the saved transcript has a time on every line.
import { currentLanguage, t } from "./i18n.js";

const NEAR_BOTTOM_PX = 40;
const HELPLINES = [1, 2, 3]; // helpline.1.name, .url and .detail, and so on, in every language

export class ChatLog {
  constructor(element) {
    this.element = element;
    this.lines = []; // the transcript: {text, at} (text null: a line the stranger never saw)
    this.mine = new Map(); // the person's own messages by their number: {index, line, body}
  }

  clear() {
    this.element.replaceChildren();
    this.lines = [];
    this.mine.clear();
  }

  status(text, className = "status") {
    this.lines.push({ text, at: new Date() });
    return this.line(className, (line) => {
      line.textContent = text;
    });
  }

  // `who` is "you" or "stranger"; the text is whatever a person typed and is never parsed.
  // `id` numbers the person's own message, so that the server's word on it can find it.
  message(who, text, id = null) {
    const prefix = t(`log.${who}`);
    const at = new Date();
    const index = this.lines.push({ text: `${prefix} ${text}`, at }) - 1;
    let body;
    const line = this.line(`message ${who}`, (line) => {
      const strong = document.createElement("strong");
      strong.className = "prefix";
      strong.textContent = prefix;
      body = document.createElement("span");
      body.className = "text";
      body.textContent = text;
      line.append(strong, " ", body, " ", timeOf(at));
    });
    if (id !== null) {
      this.mine.set(id, { index, line, body, prefix });
    }
  }

  // The stranger got message `id` as `text` (links or contact details taken out).
  delivered(id, text) {
    const sent = this.mine.get(id);
    if (!sent) {
      return; // from a chat this log no longer shows
    }
    sent.body.textContent = text;
    this.lines[sent.index].text = `${sent.prefix} ${text}`;
    sent.line.classList.add("altered");
    this.note(sent.line, t("log.altered"));
  }

  // Message `id` never reached the stranger, for `reason`; whether it was one of ours.
  notDelivered(id, reason) {
    const sent = this.mine.get(id);
    if (!sent) {
      return false;
    }
    this.mine.delete(id);
    this.lines[sent.index].text = null;
    sent.line.classList.add("not-delivered");
    this.note(sent.line, t("log.notDelivered", { reason }));
    return true;
  }

  note(line, text) {
    line.querySelector(".delivery")?.remove();
    const note = document.createElement("span");
    note.className = "delivery";
    note.textContent = text;
    line.append(" ", note);
  }

  lastLine() {
    const said = this.lines.filter((line) => line.text !== null);
    return said[said.length - 1]?.text;
  }

  // While waiting with interests: "... you can [connect to a completely random stranger
  // instead]." Lines with controls are left out of the transcript.
  offer(onAccept) {
    return this.line("offer", (line) => {
      line.append(`${t("status.offerBefore")} `, linkButton(t("status.offerLink"), onAccept));
      line.append(t("status.offerAfter"));
    });
  }

  // After the adults-only ending: where a young person can talk to someone, in the page's
  // language (the helpline.* strings). Left out of the transcript, as controls are.
  helplines() {
    const intro = document.createElement("p");
    intro.textContent = t("helpline.intro");
    const list = document.createElement("ul");
    for (const number of HELPLINES) {
      const link = document.createElement("a");
      link.href = t(`helpline.${number}.url`);
      link.textContent = t(`helpline.${number}.name`);
      const detail = document.createElement("span");
      detail.className = "detail";
      detail.textContent = t(`helpline.${number}.detail`);
      const item = document.createElement("li");
      item.append(link, " ", detail);
      list.append(item);
    }
    // A div: a list cannot sit in a paragraph.
    return this.line("helplines", (line) => line.append(intro, list), "div");
  }

  // A line holding a control (the Appeal offer); like the offer, not part of the transcript.
  control(element) {
    return this.line("controls", (line) => line.append(element));
  }

  // Esc is the one key for the next chat, as it is for Stop; not Enter, which a person typing
  // as the stranger leaves would press by accident and be sent to someone new.
  endOfChat(onNewChat) {
    this.line("controls", (line) => {
      const newChat = linkButton(t("end.newChat"), onNewChat);
      newChat.setAttribute("aria-keyshortcuts", "Escape");
      const next = document.createElement("span");
      next.append(newChat, ` ${t("end.escHint")}`);
      line.append(next, linkButton(t("end.saveLog"), () => this.save()));
    });
  }

  // A line filled by `fill` before it goes in: whether the reader was at the end is judged
  // first, and the log scrolls after, so a tall line cannot leave the end out of view.
  line(className, fill, tag = "p") {
    const stick = this.nearBottom();
    const line = document.createElement(tag);
    line.className = className;
    fill(line);
    this.element.append(line);
    if (stick) {
      this.scrollToEnd();
    }
    return line;
  }

  nearBottom() {
    const { scrollHeight, scrollTop, clientHeight } = this.element;
    return scrollHeight - scrollTop - clientHeight < NEAR_BOTTOM_PX;
  }

  scrollToEnd() {
    this.element.scrollTop = this.element.scrollHeight;
  }

  // The transcript is made and saved in the browser: the server never keeps one.
  save() {
    const said = this.lines
      .filter((line) => line.text !== null)
      .map((line) => `[${clock().format(line.at)}] ${line.text}`);
    const blob = new Blob([said.join("\n") + "\n"], { type: "text/plain;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `${t("end.fileName")}-${timestamp(new Date())}.txt`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

function linkButton(text, onClick) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "link";
  button.textContent = text;
  button.addEventListener("click", onClick);
  return button;
}

// "2:05 PM" on an English page, "14.05" on a Danish one.
function clock() {
  return new Intl.DateTimeFormat(currentLanguage(), { timeStyle: "short" });
}

// <time datetime="2026-12-04T14:05:09.000Z" title="4 December 2026 at 14:05:09">14:05</time>
function timeOf(date) {
  const time = document.createElement("time");
  time.dateTime = date.toISOString();
  time.textContent = clock().format(date);
  time.title = new Intl.DateTimeFormat(currentLanguage(), {
    dateStyle: "long",
    timeStyle: "medium",
  }).format(date);
  return time;
}

function timestamp(date) {
  const two = (n) => String(n).padStart(2, "0");
  return (
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}` +
    `-${two(date.getHours())}${two(date.getMinutes())}`
  );
}
