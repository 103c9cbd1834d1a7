// Dialogs opened by a button (data-opens="id") and the "?" key for the keyboard shortcuts.

const SHORTCUTS = "shortcuts-dialog";

// "?" typed into a message or an interest is text, not a shortcut.
function typingText(target) {
  return target instanceof HTMLElement && (target.matches("input, textarea, select") || target.isContentEditable);
}

export function wireDialogs(root = document) {
  for (const button of root.querySelectorAll("[data-opens]")) {
    button.addEventListener("click", () => document.getElementById(button.dataset.opens).showModal());
  }
  document.addEventListener("keydown", (event) => {
    const anyOpen = document.querySelector("dialog[open]") !== null;
    if (event.key === "?" && !anyOpen && !event.isComposing && !typingText(event.target)) {
      event.preventDefault();
      document.getElementById(SHORTCUTS).showModal();
    }
  });
}
