// A tiny DOM builder: h('a', {href, class, onClick}, ...children). Text always goes in as text nodes, so data from
// the API can never become markup; nothing here writes inline styles, so the strict CSP holds.

const SVG_NS = 'http://www.w3.org/2000/svg';

export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  applyProps(el, props);
  append(el, children);
  return el;
}

function applyProps(el, props) {
  if (!props) return;
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'class') {
      el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    } else if (key === 'value' || key === 'checked' || key === 'selected' || key === 'indeterminate') {
      el[key] = value;
    } else if (key === 'ref') {
      value(el);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false || child === '') continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** An inline icon from one or more SVG path definitions (24×24 grid, stroked). */
export function icon(paths, label) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '2');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('stroke-linejoin', 'round');
  if (label) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
  } else {
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
  }
  for (const d of [].concat(paths)) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

export const ICONS = {
  home: ['M3 10.5 12 3l9 7.5', 'M5 9.5V21h14V9.5', 'M10 21v-6h4v6'],
  apps: ['M4 6h16', 'M4 12h16', 'M4 18h10'],
  jobs: ['M10.5 18a7.5 7.5 0 1 1 0-15 7.5 7.5 0 0 1 0 15Z', 'm21 21-5.2-5.2'],
  analytics: ['M4 20V10', 'M10 20V4', 'M16 20v-7', 'M22 20H2'],
  profile: ['M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z', 'M4 21a8 8 0 0 1 16 0'],
  plus: ['M12 5v14', 'M5 12h14'],
  bookmark: ['M6 3h12v18l-6-4-6 4Z'],
  check: ['m5 12 5 5 9-10'],
  upload: ['M12 16V4', 'm6 10 6-6 6 6', 'M4 20h16'],
  download: ['M12 4v12', 'm6 10 6 6 6-6', 'M4 20h16'],
  trash: ['M4 7h16', 'M9 7V4h6v3', 'M6 7l1 13h10l1-13'],
  edit: ['M4 20h4L19 9l-4-4L4 16Z'],
  board: ['M4 4h4v16H4Z', 'M10 4h4v10h-4Z', 'M16 4h4v13h-4Z'],
  list: ['M8 6h12', 'M8 12h12', 'M8 18h12', 'M4 6h.01', 'M4 12h.01', 'M4 18h.01'],
  signout: ['M15 4h4v16h-4', 'M10 16l4-4-4-4', 'M14 12H3'],
  bell: ['M6 16v-5a6 6 0 1 1 12 0v5l2 2H4Z', 'M10 21h4'],
};

let uid = 0;
export function nextId(prefix = 'id') {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** A labelled form field whose error message is tied to the control for screen readers. */
export function field({ label, name, type = 'text', value = '', required = false, optional, hint, options, attrs = {} }) {
  const id = nextId(name);
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : null;
  let control;
  if (type === 'select') {
    control = h('select', { id, name, required, ...attrs },
      options.map(([v, text]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, text)));
  } else if (type === 'textarea') {
    control = h('textarea', { id, name, required, ...attrs });
    control.value = value ?? '';
  } else {
    control = h('input', { id, name, type, required, value: value ?? '', ...attrs });
  }
  control.setAttribute('aria-describedby', [hintId, errorId].filter(Boolean).join(' '));
  const error = h('p', { class: 'error', id: errorId, hidden: true });
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id }, label, required || optional === false ? null : h('span', { class: 'muted' }, ' (optional)')),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    control,
    error);
}

/** Shows the API's field errors (problem details {errors:[{field,message}]}) next to the fields; returns the rest. */
export function showFieldErrors(form, errors = []) {
  clearFieldErrors(form);
  const unmatched = [];
  let first = null;
  for (const { field: name, message } of errors) {
    const wrapper = form.querySelector(`[data-field="${CSS.escape(name ?? '')}"]`);
    if (!wrapper) {
      unmatched.push(message);
      continue;
    }
    const error = wrapper.querySelector('.error');
    error.textContent = message;
    error.hidden = false;
    const control = wrapper.querySelector('input, select, textarea');
    control.setAttribute('aria-invalid', 'true');
    first ??= control;
  }
  first?.focus();
  return unmatched;
}

export function clearFieldErrors(form) {
  for (const error of form.querySelectorAll('.field .error')) {
    error.textContent = '';
    error.hidden = true;
  }
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
}

export function formValues(form) {
  const values = {};
  for (const control of form.elements) {
    if (!control.name) continue;
    if (control.type === 'checkbox') values[control.name] = control.checked;
    else if (control.type !== 'file') values[control.name] = control.value.trim();
  }
  return values;
}

// ---------- states ----------

export function loading(text = 'Loading…') {
  return h('div', { class: 'state state-loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

export function empty(title, text, action) {
  return h('div', { class: 'card empty state' }, h('h2', null, title), text ? h('p', null, text) : null, action);
}

export function errorState(error, retry) {
  return h('div', { class: 'alert error', role: 'alert' },
    h('p', null, error?.message ?? 'Something went wrong.'),
    retry ? h('button', { class: 'btn small', type: 'button', onClick: retry }, 'Try again') : null);
}

// ---------- toasts & dialogs ----------

export function toast(message, { action, onAction, error = false, timeout = 6000 } = {}) {
  const host = document.getElementById('toasts');
  const node = h('div', { class: ['toast', error && 'error'] }, h('span', null, message));
  let done = false;
  const close = () => {
    if (done) return;
    done = true;
    node.remove();
  };
  if (action) {
    node.append(h('button', { class: 'btn small', type: 'button', onClick: () => { close(); onAction?.(); } }, action));
  }
  host.append(node);
  setTimeout(close, timeout);
  return close;
}

/** A modal confirmation built on <dialog> (focus trapping and Escape come with it). Resolves true when confirmed. */
export function confirmDialog({ title, text, confirm = 'Confirm', danger = false, body }) {
  return new Promise((resolve) => {
    const titleId = nextId('dialog-title');
    const form = h('form', { method: 'dialog', class: 'form' },
      h('h2', { id: titleId }, title),
      text ? h('p', null, text) : null,
      body,
      h('div', { class: 'form-actions' },
        h('button', { class: ['btn', danger ? 'danger solid' : 'primary'], value: 'confirm' }, confirm),
        h('button', { class: 'btn', value: 'cancel', formnovalidate: true }, 'Cancel')));
    const dialog = h('dialog', { 'aria-labelledby': titleId }, form);
    dialog.addEventListener('close', () => {
      const confirmed = dialog.returnValue === 'confirm';
      resolve(confirmed ? (body ? formValues(form) : true) : false);
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

// ---------- formatting ----------

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function formatDate(iso) {
  if (!iso) return '';
  const date = iso.length === 10 ? new Date(`${iso}T00:00:00`) : new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function formatDateTime(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

export function relativeDays(iso) {
  if (!iso) return '';
  const days = Math.round((Date.now() - new Date(iso).getTime()) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 30) return `${days} days ago`;
  return formatDate(iso);
}

export function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function percent(fraction) {
  return fraction === null || fraction === undefined ? '–' : `${Math.round(fraction * 100)}%`;
}

export function label(value) {
  return String(value ?? '').replaceAll('_', ' ').replace(/^\w/, (c) => c.toUpperCase());
}

const MONOGRAM_PATH = '/api/v1/jobs/logos/monogram.svg';

/**
 * Where to load a company logo from, or null to keep the letters. The server's own monogram is loaded from the origin
 * that served this page: its absolute URL names the configured public URL, which can differ from the address in use
 * (a proxy, a LAN address, a test server). Other logos must be https, the only scheme the CSP allows for images;
 * anything else would be blocked and logged as an error.
 */
export function logoSource(url) {
  if (!url) return null;
  let parsed;
  try {
    parsed = new URL(url, location.origin);
  } catch {
    return null;
  }
  if (parsed.pathname === MONOGRAM_PATH || parsed.origin === location.origin) return parsed.pathname + parsed.search;
  return parsed.protocol === 'https:' ? parsed.href : null;
}

export function monogram(name, logoUrl) {
  const letters = String(name ?? '?').trim().split(/\s+/).slice(0, 2).map((w) => w[0]?.toUpperCase() ?? '').join('') || '?';
  const box = h('span', { class: 'monogram', 'aria-hidden': 'true' }, letters);
  const src = logoSource(logoUrl);
  if (src) {
    const img = h('img', { src, alt: '', loading: 'lazy', referrerpolicy: 'no-referrer' });
    img.addEventListener('error', () => img.remove());
    img.addEventListener('load', () => { box.firstChild?.nodeType === Node.TEXT_NODE && box.firstChild.remove(); });
    box.append(img);
  }
  return box;
}

export function download(filename, blob) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, class: 'visually-hidden' }, filename);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The page's h1 (focusable, so the router can move focus to it) with optional subtitle and actions. */
export function pageHead(title, subtitle, ...actions) {
  return h('div', { class: 'page-head' },
    h('div', null, h('h1', { tabindex: '-1' }, title), subtitle ? h('p', { class: 'subtitle' }, subtitle) : null),
    actions.length ? h('div', { class: 'actions' }, actions) : null);
}
