// The REST client: the same calls an iOS client makes (API.md). The access token lives only in memory; the refresh
// token must survive a reload, so it is kept in localStorage (see docs/web.md for the trade-off). Refreshing is
// serialised across tabs with the Web Locks API because every refresh rotates the token and a reused one revokes
// the whole family.

const REFRESH_KEY = 'jobtracker.refresh_token';
const BASE = '/api/v1';

let accessToken = null;
let accessExpiresAt = 0;
let currentUser = null;
let refreshTimer = null;
let refreshing = null;
const listeners = new Set();

export class ApiError extends Error {
  constructor(status, problem = {}, retryAfter = null) {
    super(messageFor(status, problem, retryAfter));
    this.status = status;
    this.problem = problem;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.retryAfter = retryAfter;
  }
}

function messageFor(status, problem, retryAfter) {
  if (status === 0) return 'You appear to be offline. Check your connection and try again.';
  if (status === 429) {
    const seconds = retryAfter ?? 60;
    const at = new Date(Date.now() + seconds * 1000);
    const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
    const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
    return `Too many requests. The limit resets at ${time} (in ${wait}).`;
  }
  if (problem.detail) return problem.detail;
  if (status >= 500) return 'The server had a problem. Please try again in a moment.';
  return problem.title || `Request failed (${status}).`;
}

export function onSessionChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify() {
  for (const listener of listeners) listener(currentUser);
}

export function user() {
  return currentUser;
}

export function signedIn() {
  return accessToken !== null;
}

export function hasStoredSession() {
  return localStorage.getItem(REFRESH_KEY) !== null;
}

function accept(tokens) {
  accessToken = tokens.access_token;
  accessExpiresAt = Date.now() + tokens.expires_in * 1000;
  localStorage.setItem(REFRESH_KEY, tokens.refresh_token);
  if (tokens.user) currentUser = tokens.user;
  clearTimeout(refreshTimer);
  // Refresh a minute before expiry so a request never goes out with a token about to lapse.
  const delay = Math.max(5_000, tokens.expires_in * 1000 - 60_000);
  refreshTimer = setTimeout(() => refresh().catch(() => {}), delay);
  notify();
}

function forget() {
  accessToken = null;
  accessExpiresAt = 0;
  currentUser = null;
  clearTimeout(refreshTimer);
  localStorage.removeItem(REFRESH_KEY);
  notify();
}

// Another tab signed out (or in): follow it.
window.addEventListener('storage', (event) => {
  if (event.key === REFRESH_KEY && event.newValue === null && accessToken) {
    accessToken = null;
    currentUser = null;
    clearTimeout(refreshTimer);
    notify();
  }
});

async function post(path, body) {
  let response;
  try {
    response = await fetch(BASE + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0);
  }
  if (!response.ok) throw await toError(response);
  return parseBody(response);
}

async function parseBody(response) {
  const text = await response.text();
  if (!text) return null;
  return (response.headers.get('Content-Type') ?? '').includes('json') ? JSON.parse(text) : text;
}

export async function signIn(email, password) {
  accept(await post('/auth/signin', { email, password }));
}

export async function signUp(fullName, email, password) {
  accept(await post('/auth/signup', { full_name: fullName, email, password }));
}

export function requestPasswordReset(email) {
  return post('/auth/password-reset', { email });
}

export function confirmPasswordReset(token, newPassword) {
  return post('/auth/password-reset/confirm', { token, new_password: newPassword });
}

/** Revokes the refresh token family on the server, then forgets everything locally even if that call failed. */
export async function signOut() {
  const token = localStorage.getItem(REFRESH_KEY);
  try {
    if (token) await post('/auth/signout', { refresh_token: token });
  } finally {
    forget();
  }
}

/** After a reload: trade the stored refresh token for a fresh access token. */
export async function restore() {
  if (!hasStoredSession()) return false;
  try {
    await refresh();
  } catch (error) {
    if (error.status === 0) throw error;
    return false;
  }
  if (!currentUser) currentUser = await request('GET', '/auth/me');
  notify();
  return true;
}

export function refresh() {
  refreshing ??= withLock(async () => {
    const token = localStorage.getItem(REFRESH_KEY);
    if (!token) throw new ApiError(401, { detail: 'Please sign in.' });
    try {
      accept(await post('/auth/refresh', { refresh_token: token }));
    } catch (error) {
      if (error.status === 401 || error.status === 400) forget();
      throw error;
    }
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function withLock(task) {
  return navigator.locks ? navigator.locks.request('jobtracker-refresh', task) : task();
}

export function setUser(updated) {
  currentUser = updated;
  notify();
}

async function toError(response) {
  let problem = {};
  try {
    const type = response.headers.get('Content-Type') ?? '';
    if (type.includes('json')) problem = await response.json();
  } catch {
    problem = {};
  }
  const retry = response.headers.get('Retry-After');
  let retryAfter = null;
  if (retry) retryAfter = /^\d+$/.test(retry) ? Number(retry) : Math.max(0, Math.round((Date.parse(retry) - Date.now()) / 1000));
  return new ApiError(response.status, problem, retryAfter);
}

export function query(params = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    for (const item of [].concat(value)) search.append(key, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * An authenticated call. Returns parsed JSON (or null for 204); throws ApiError with the problem details. A 401
 * triggers one refresh and one retry; if that fails too the session is over and listeners send the user to sign in.
 */
export async function request(method, path, { body, headers = {}, raw = false, retried = false, keepalive = false } = {}) {
  if (!accessToken || Date.now() > accessExpiresAt - 5_000) {
    if (hasStoredSession()) await refresh().catch(() => {});
  }
  const init = { method, headers: { Accept: 'application/json', ...headers }, keepalive };
  if (accessToken) init.headers.Authorization = `Bearer ${accessToken}`;
  if (body instanceof FormData || body instanceof Blob) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(BASE + path, init);
  } catch {
    throw new ApiError(0);
  }
  if (response.status === 401 && !retried && hasStoredSession()) {
    try {
      await refresh();
    } catch {
      throw new ApiError(401, { detail: 'Your session has ended. Please sign in again.' });
    }
    return request(method, path, { body, headers, raw, retried: true, keepalive });
  }
  if (response.status === 401) {
    forget();
    throw new ApiError(401, { detail: 'Your session has ended. Please sign in again.' });
  }
  if (!response.ok) throw await toError(response);
  if (raw) return response;
  return parseBody(response);
}

export const get = (path, params) => request('GET', path + query(params));

/**
 * What is left of a rate-limited endpoint's quota, from its RateLimit header (draft-ietf-httpapi-ratelimit-headers:
 * {@code "hourly";r=37;t=1420}): remaining requests and seconds until the window resets; null without the header.
 */
export function rateLimit(response) {
  const value = response.headers.get('RateLimit') ?? '';
  const remaining = /;\s*r=(\d+)/.exec(value);
  if (!remaining) return null;
  const reset = /;\s*t=(\d+)/.exec(value);
  return { remaining: Number(remaining[1]), resetSeconds: reset ? Number(reset[1]) : null };
}

/** Every page of a paginated list (limit 100), up to a cap so a huge account cannot hang the tab. */
export async function getAll(path, params = {}, cap = 1000) {
  const items = [];
  for (let page = 0; ; page += 1) {
    const result = await get(path, { ...params, page, limit: 100 });
    items.push(...result.items);
    if (!result.has_more || items.length >= cap) return items;
  }
}

/** Upload with progress events (fetch has no upload progress); same auth and error handling as request(). */
export async function upload(path, formData, onProgress) {
  if (!accessToken || Date.now() > accessExpiresAt - 5_000) await refresh();
  const send = () => new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', BASE + path);
    xhr.setRequestHeader('Authorization', `Bearer ${accessToken}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => resolve(xhr));
    xhr.addEventListener('error', () => reject(new ApiError(0)));
    xhr.send(formData);
  });
  let xhr = await send();
  if (xhr.status === 401) {
    await refresh();
    xhr = await send();
  }
  let body = {};
  try {
    body = xhr.responseText ? JSON.parse(xhr.responseText) : {};
  } catch {
    body = {};
  }
  if (xhr.status >= 200 && xhr.status < 300) return body;
  const retry = xhr.getResponseHeader('Retry-After');
  throw new ApiError(xhr.status, body, retry && /^\d+$/.test(retry) ? Number(retry) : null);
}
