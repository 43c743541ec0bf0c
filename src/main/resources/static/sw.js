// Keeps the app shell usable offline. Network first, so a deploy is picked up on the next load; the cache is only a
// fallback. Never caches /api/ (personal data) — those requests are not intercepted at all.
const VERSION = 'jobtracker-shell-v2';
const SHELL = [
  '/',
  '/index.html',
  '/css/app.css',
  '/manifest.webmanifest',
  '/icons/icon.svg',
  '/icons/icon-192.png',
  '/js/app.js',
  '/js/api.js',
  '/js/dom.js',
  '/js/views/auth.js',
  '/js/views/home.js',
  '/js/views/apps.js',
  '/js/views/jobs.js',
  '/js/views/alerts.js',
  '/js/views/analytics.js',
  '/js/views/profile.js',
  '/webjars/chart.js/dist/chart.umd.min.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name !== VERSION).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/actuator/')) return;
  event.respondWith(fetch(event.request)
    .then((response) => {
      if (response.ok && SHELL.includes(url.pathname)) {
        const copy = response.clone();
        caches.open(VERSION).then((cache) => cache.put(event.request, copy));
      }
      return response;
    })
    .catch(() => caches.match(event.request).then((hit) => hit ?? caches.match('/index.html'))));
});
