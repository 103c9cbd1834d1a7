// The service worker, served at /sw.js for the scope "/": it makes the page installable and
// shows an offline page when a page cannot be loaded. It keeps nothing else: a chat, the API
// and every page carry state, and always come from the network.

// A new name (and so a new worker) when a kept file changes: install fetches them afresh.
const CACHE = "strangerchat-offline-1";
const OFFLINE_PAGE = "/static/offline.html";
// What the offline page needs; answered from the cache only when the network fails.
const KEPT = [OFFLINE_PAGE, "/static/chat.css", "/static/favicon.svg"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(KEPT.map((path) => new Request(path, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name !== CACHE) {
          await caches.delete(name);
        }
      }
      // Pages load as fast as without a worker: the request starts while the worker wakes.
      await self.registration.navigationPreload?.enable();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(
      (async () => {
        try {
          return (await event.preloadResponse) || (await fetch(request));
        } catch {
          return (await caches.match(OFFLINE_PAGE)) || Response.error();
        }
      })(),
    );
    return;
  }
  const url = new URL(request.url);
  if (url.origin === self.location.origin && KEPT.includes(url.pathname)) {
    event.respondWith(fetch(request).catch(() => caches.match(url.pathname)));
  }
  // Anything else (the API, long-polls, the WebSocket) is left to the browser, untouched.
});

// A notification shown through the worker (phones allow no other kind) brings the chat back.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: "window" }).then((windows) => windows[0]?.focus()),
  );
});
