// Question mode: the home page's two roles, and what a chat in that mode shows.
// A spy asks a question and reads two strangers discussing it; each of the two sees the question.
import { t } from "./i18n.js";

// Characters as the server counts them (code points): an emoji is one, not two UTF-16 units.
function characters(text) {
  return [...text].length;
}

// "Ask a question" (with a character counter) and "Discuss questions", on the home page.
// `elements`: form, input, count, error, discuss; `start`: ask(question) and discuss().
export class QuestionForm {
  constructor(elements, start) {
    this.el = elements;
    this.min = Number(elements.input.dataset.min);
    this.max = elements.input.maxLength;
    elements.input.addEventListener("input", () => {
      this.showCount();
      this.el.error.textContent = "";
    });
    elements.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault(); // a question is one line: Enter asks it
        elements.form.requestSubmit();
      }
    });
    elements.form.addEventListener("submit", (event) => {
      event.preventDefault();
      const question = elements.input.value.trim();
      const length = characters(question);
      if (length < this.min || length > this.max) {
        this.el.error.textContent = t("question.length", { min: this.min, max: this.max });
        elements.input.focus();
        return;
      }
      start.ask(question);
    });
    elements.discuss.addEventListener("click", () => start.discuss());
    this.showCount();
  }

  // Counted as the server counts: without the spaces around the question.
  showCount() {
    const count = characters(this.el.input.value.trim());
    this.el.count.textContent = t("question.count", { count, max: this.max });
  }

  translate() {
    this.showCount();
    if (this.el.error.textContent) {
      this.el.error.textContent = t("question.length", { min: this.min, max: this.max });
    }
  }
}

// The chat's question-mode parts. `elements`: banner, typing1, typing2, message, send; `log` is
// the chat's ChatLog. Whatever a stranger wrote (the question too) goes in as text only.
export class QuestionView {
  constructor(elements, log) {
    this.el = elements;
    this.log = log;
  }

  // The start frame for `mode` ({question} for a spy, {wantsQuestion} for a stranger who
  // discusses); null for a normal chat.
  static startFrame(mode) {
    if (mode.question) {
      return { type: "start", question: mode.question };
    }
    if (mode.wantsQuestion) {
      return { type: "start", wants_question: true };
    }
    return null;
  }

  // A new chat: the spy has no message box, since the strangers cannot hear it.
  reset(mode) {
    this.el.banner.hidden = true;
    this.el.banner.textContent = "";
    const spy = Boolean(mode.question);
    this.el.message.hidden = spy;
    this.el.send.hidden = spy;
    this.end();
  }

  // The spy's chat began: two strangers now discuss its question.
  // The spy wrote the question itself: the banner above the log shows it once, not the log again.
  watch(question) {
    this.el.banner.textContent = t("question.yours", { question });
    this.el.banner.hidden = false;
    this.log.status(t("question.watching"));
  }

  // One of the two strangers: the question to discuss, at the top and in the log.
  discuss(question) {
    this.show(t("question.toDiscuss", { question }));
    this.log.status(t("question.readAlong"));
  }

  show(text) {
    this.el.banner.textContent = text;
    this.el.banner.hidden = false;
    this.log.status(text, "status question");
  }

  // For the spy: stranger 1 or 2 wrote, typed or stopped typing. True for a message.
  spied(event) {
    if (event.who !== 1 && event.who !== 2) {
      return false;
    }
    const message = event.type === "stranger_message";
    this.showTyping(event.who, event.type === "stranger_typing");
    if (message) {
      this.log.message(`stranger${event.who}`, event.text);
    }
    return message;
  }

  showTyping(who, visible) {
    this.el[`typing${who}`].hidden = !visible;
  }

  end() {
    this.showTyping(1, false);
    this.showTyping(2, false);
  }
}
