// The interests field: Enter or a comma turns what was typed into a removable tag chip.
import { t } from "./i18n.js";

export class InterestField {
  constructor({ input, list, note, box, maxCount }) {
    this.input = input;
    this.list = list;
    this.note = note;
    this.maxCount = maxCount;
    this.tags = [];
    input.addEventListener("keydown", (event) => this.onKeyDown(event));
    input.addEventListener("input", () => this.onInput());
    input.addEventListener("blur", () => this.addPending());
    // A click anywhere in the box puts the caret in the field, as in any tag input.
    box.addEventListener("click", (event) => {
      if (event.target === box || event.target === list) {
        input.focus();
      }
    });
  }

  // The tags to search with, including one typed but not yet turned into a chip.
  values() {
    this.addPending();
    return [...this.tags];
  }

  onKeyDown(event) {
    if (event.key === "Enter" && !event.isComposing && this.input.value.trim()) {
      event.preventDefault(); // add the tag; an empty field lets Enter start the chat
      this.addPending();
    } else if (event.key === "Backspace" && this.input.value === "" && this.tags.length) {
      this.remove(this.tags[this.tags.length - 1]);
    }
  }

  onInput() {
    const parts = this.input.value.split(",");
    if (parts.length > 1) {
      this.input.value = parts.pop();
      parts.forEach((part) => this.add(part));
    }
  }

  addPending() {
    if (this.input.value.trim()) {
      this.add(this.input.value);
      this.input.value = "";
    }
  }

  add(raw) {
    // The server compares tags the same way: NFKC, lower case, single spaces.
    const tag = raw.normalize("NFKC").toLocaleLowerCase().split(/\s+/).filter(Boolean).join(" ");
    if (!tag || this.tags.includes(tag)) {
      return;
    }
    if (this.tags.length >= this.maxCount) {
      this.note.textContent = t("interests.full");
      return;
    }
    this.tags.push(tag);
    this.list.append(this.chip(tag));
  }

  remove(tag) {
    this.tags = this.tags.filter((one) => one !== tag);
    this.list.querySelector(`li[data-tag="${CSS.escape(tag)}"]`)?.remove();
    this.note.textContent = "";
    this.input.focus();
  }

  chip(tag) {
    const item = document.createElement("li");
    item.className = "chip";
    item.dataset.tag = tag;
    const label = document.createElement("span");
    label.textContent = tag;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "chip-remove";
    button.textContent = "×";
    button.setAttribute("aria-label", t("interests.remove", { interest: tag }));
    button.addEventListener("click", () => this.remove(tag));
    item.append(label, button);
    return item;
  }

  // After a language switch, the remove buttons' labels follow.
  translate() {
    for (const button of this.list.querySelectorAll(".chip-remove")) {
      const tag = button.closest("li").dataset.tag;
      button.setAttribute("aria-label", t("interests.remove", { interest: tag }));
    }
  }
}
