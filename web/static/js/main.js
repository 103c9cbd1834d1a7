// The page's entry point: wires the home form, the language choice and the chat together.
import { Chat } from "./chat.js";
import { plural, switchLanguage } from "./i18n.js";
import { InterestField } from "./interests.js";

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

const chat = new Chat(
  {
    page,
    home: byId("home"),
    chat: byId("chat"),
    log: byId("log"),
    typing: byId("typing"),
    stop: byId("stop"),
    message: byId("message"),
    send: byId("send"),
    composer: byId("composer"),
  },
  showOnline,
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

byId("language").addEventListener("change", async (event) => {
  await switchLanguage(event.target.value);
  interests.translate();
  showKnownCount();
});

showKnownCount();
page.dataset.ready = "true";
