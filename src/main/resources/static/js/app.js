// Boot, the hash router and the shell (five tabs: bottom bar on phones, side bar on desktops).
import * as api from './api.js';
import { h, icon, ICONS, replace, loading, errorState, toast } from './dom.js';
import { authRoutes } from './views/auth.js';
import { homeView } from './views/home.js';
import { appsRoutes } from './views/apps.js';
import { jobsRoutes } from './views/jobs.js';
import { alertsRoutes } from './views/alerts.js';
import { analyticsView } from './views/analytics.js';
import { profileView } from './views/profile.js';

const TABS = [
  { path: '/home', label: 'Home', icon: ICONS.home },
  { path: '/apps', label: 'Apps', icon: ICONS.apps },
  { path: '/jobs', label: 'Jobs', icon: ICONS.jobs },
  { path: '/analytics', label: 'Analytics', icon: ICONS.analytics },
  { path: '/profile', label: 'Profile', icon: ICONS.profile },
];

// [pattern, view, options]; ':name' segments become params. Public routes work signed out.
const ROUTES = [
  ...authRoutes.map(([pattern, view]) => [pattern, view, { public: true }]),
  ['/home', homeView],
  ...appsRoutes,
  ...jobsRoutes,
  ...alertsRoutes,
  ['/analytics', analyticsView],
  ['/profile', profileView],
];

const app = document.getElementById('app');
let cleanup = null;
let shell = null;

function parseHash() {
  const raw = decodeURI(location.hash.replace(/^#/, '')) || '/home';
  const [path, search = ''] = raw.split('?');
  return { path: path || '/home', query: new URLSearchParams(search) };
}

function match(path) {
  const parts = path.split('/').filter(Boolean);
  for (const [pattern, view, options = {}] of ROUTES) {
    const want = pattern.split('/').filter(Boolean);
    if (want.length !== parts.length) continue;
    const params = {};
    const ok = want.every((segment, i) => {
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = decodeURIComponent(parts[i]);
        return true;
      }
      return segment === parts[i];
    });
    if (ok) return { view, params, options };
  }
  return null;
}

export function navigate(path) {
  if (location.hash === `#${path}`) route();
  else location.hash = path;
}

function buildShell() {
  const links = TABS.map((tab) => h('li', null,
    h('a', { href: `#${tab.path}`, 'data-tab': tab.path }, icon(tab.icon), h('span', null, tab.label))));
  const brand = () => h('a', { class: 'brand', href: '#/home' }, h('img', { src: '/icons/icon.svg', alt: '' }), 'JobTracker');
  const main = h('main', { id: 'main', class: 'main', tabindex: '-1' });
  const nav = h('nav', { class: 'tabbar', 'aria-label': 'Main' },
    h('div', { class: 'nav-brand' }, brand()),
    h('ul', null, links),
    h('p', { class: 'nav-footer' }, 'Your job search, organised.'));
  const header = h('header', { class: 'topbar' }, brand());
  return { root: [header, nav, main], main, nav };
}

function markCurrentTab(path) {
  for (const link of shell.nav.querySelectorAll('a[data-tab]')) {
    const current = path === link.dataset.tab || path.startsWith(`${link.dataset.tab}/`);
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function route() {
  const { path, query } = parseHash();
  const found = match(path);
  if (!found) {
    navigate(api.signedIn() ? '/home' : '/signin');
    return;
  }
  if (!found.options.public && !api.signedIn()) {
    const next = encodeURIComponent(path + (query.toString() ? `?${query}` : ''));
    navigate(`/signin?next=${next}`);
    return;
  }
  if (found.options.public && api.signedIn() && !path.startsWith('/reset-password')) {
    navigate('/home');
    return;
  }
  if (typeof cleanup === 'function') cleanup();
  cleanup = null;

  let main;
  if (found.options.public) {
    shell = null;
    app.classList.remove('signed-in');
    main = h('main', { id: 'main', class: 'main auth', tabindex: '-1' });
    replace(app, main);
  } else {
    if (!shell) {
      shell = buildShell();
      app.classList.add('signed-in');
      replace(app, shell.root);
    }
    main = shell.main;
    markCurrentTab(path);
    replace(main, loading());
  }
  try {
    cleanup = await found.view(main, { params: found.params, query, navigate });
  } catch (error) {
    replace(main, errorState(error, route));
  }
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · JobTracker` : 'JobTracker';
  // Move focus to the new page so screen readers announce it, without scrolling jumps on first load.
  if (focusOnRoute) (heading ?? main).focus?.({ preventScroll: false });
  focusOnRoute = true;
  window.scrollTo(0, 0);
}
let focusOnRoute = false;

api.onSessionChange((user) => {
  if (!user && !api.signedIn()) {
    const { path } = parseHash();
    if (!match(path)?.options.public) navigate('/signin');
  }
});

window.addEventListener('hashchange', route);

/**
 * Offline with a stored session: the session cannot be restored, but it is not over either, so rather than the
 * sign-in screen the person sees that they are offline; the app starts by itself when the connection is back.
 */
function showOffline() {
  shell = null;
  app.classList.remove('signed-in');
  const main = h('main', { id: 'main', class: 'main auth', tabindex: '-1' },
    h('div', { class: 'card empty state' },
      h('h1', { tabindex: '-1' }, 'You are offline'),
      h('p', null, 'JobTracker needs a connection to load your applications and jobs. It will continue as soon as you are back online.'),
      h('button', { class: 'btn primary', type: 'button', onClick: start }, 'Try again')));
  replace(app, main);
  document.title = 'Offline · JobTracker';
  window.removeEventListener('online', start);
  window.addEventListener('online', start, { once: true });
}

async function start() {
  try {
    await api.restore();
  } catch (error) {
    if (error.status === 0) {
      showOffline();
      return;
    }
    toast(error.message, { error: true });
  }
  await route();
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register('/sw.js').catch(() => {});
}

start();
