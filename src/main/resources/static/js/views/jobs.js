// The Jobs tab: search across sources with filters, per-source status, match scores and reasons, save/unsave, the
// saved list, "Save as alert" (the alerts themselves are in alerts.js), and "I applied" which turns a job into an
// application in one tap.
import * as api from '../api.js';
import {
  h, replace, pageHead, loading, empty, errorState, toast, icon, ICONS, monogram, relativeDays, label, today,
  confirmDialog, field,
} from '../dom.js';
import { SOURCES, sourceLabel } from './apps.js';

const EMPLOYMENT_TYPES = [['', 'Any type'], ['full_time', 'Full-time'], ['part_time', 'Part-time'], ['contract', 'Contract'], ['internship', 'Internship'], ['temporary', 'Temporary']];
const POSTED_WITHIN = [['', 'Any time'], ['1', 'Past 24 hours'], ['3', 'Past 3 days'], ['7', 'Past week'], ['30', 'Past month']];
const PAGE_SIZE = 20;
export const ALERTS = '/jobs/searches';

// Saved job ids for this tab visit, so every card shows the right Save/Saved state.
let savedIds = new Set();

export async function loadSavedIds() {
  try {
    const saved = await api.getAll('/jobs/saved', {}, 500);
    savedIds = new Set(saved.map((entry) => entry.job_id ?? entry.job?.id));
  } catch {
    savedIds = new Set();
  }
}

export function jobsTabs(current) {
  return h('nav', { class: 'segmented', 'aria-label': 'Jobs view' },
    h('a', { href: '#/jobs', 'aria-current': current === 'search' ? 'page' : null }, icon(ICONS.jobs), 'Search'),
    h('a', { href: '#/jobs/saved', 'aria-current': current === 'saved' ? 'page' : null }, icon(ICONS.bookmark), 'Saved'),
    h('a', { href: '#/jobs/searches', 'aria-current': current === 'alerts' ? 'page' : null }, icon(ICONS.bell), 'Alerts'));
}

export function scoreBadge(score) {
  if (score === undefined || score === null) return null;
  const level = score >= 70 ? 'high' : score >= 45 ? 'mid' : 'low';
  return h('span', { class: ['score', level], title: 'How well this job matches your resume' }, `${score}% match`);
}

function salaryText(salary) {
  if (!salary || (!salary.min && !salary.max)) return null;
  const format = new Intl.NumberFormat(undefined, { style: 'currency', currency: salary.currency || 'USD', maximumFractionDigits: 0 });
  const range = [salary.min, salary.max].filter(Boolean).map((v) => format.format(v)).join(' – ');
  return salary.period ? `${range} / ${salary.period}` : range;
}

function applicationSource(job) {
  return SOURCES.includes(job.source) ? job.source : 'other';
}

async function markApplied(job, button) {
  button.disabled = true;
  try {
    const created = await api.request('POST', '/applications', {
      headers: { 'Idempotency-Key': `applied:${job.id}`.slice(0, 255) },
      body: {
        company_name: job.company_name,
        role_title: job.title,
        status: 'applied',
        applied_date: today(),
        source: applicationSource(job),
        job_url: job.apply_url ?? null,
        location: job.location ?? null,
        job_id: job.id,
      },
    });
    replace(button, icon(ICONS.check), 'Applied');
    toast(`Added ${created.role_title} at ${created.company_name} to your applications.`, {
      action: 'View', onAction: () => { location.hash = `/apps/${created.id}`; },
    });
  } catch (error) {
    button.disabled = false;
    toast(error.message, { error: true });
  }
}

async function toggleSave(job, button) {
  const saved = savedIds.has(job.id);
  button.disabled = true;
  try {
    if (saved) {
      await api.request('DELETE', `/jobs/${encodeURIComponent(job.id)}/save`);
      savedIds.delete(job.id);
      toast('Removed from saved jobs.');
    } else {
      await api.request('POST', `/jobs/${encodeURIComponent(job.id)}/save`, { body: job });
      savedIds.add(job.id);
      toast('Saved. Find it under Saved.');
    }
    renderSaveButton(job, button);
  } catch (error) {
    toast(error.message, { error: true });
  } finally {
    button.disabled = false;
  }
}

function renderSaveButton(job, button) {
  const saved = savedIds.has(job.id);
  button.setAttribute('aria-pressed', String(saved));
  button.setAttribute('aria-label', `${saved ? 'Saved' : 'Save'}: ${job.title} at ${job.company_name}`);
  replace(button, icon(ICONS.bookmark), saved ? 'Saved' : 'Save');
}

export function jobCard(job, { compact = false, onUnsave, savedAt = null, foundAt = null } = {}) {
  const save = h('button', { class: 'btn small', type: 'button' });
  renderSaveButton(job, save);
  save.addEventListener('click', async () => {
    await toggleSave(job, save);
    if (!savedIds.has(job.id)) onUnsave?.();
  });
  const applied = h('button', { class: 'btn small primary', type: 'button', 'aria-label': `I applied: ${job.title} at ${job.company_name}` }, icon(ICONS.check), 'I applied');
  applied.addEventListener('click', () => markApplied(job, applied));
  const sources = [...new Set([job.source, ...(job.sources ?? [])].filter(Boolean))];
  const facts = [job.location, job.is_remote ? 'Remote' : null, job.employment_type ? label(job.employment_type) : null,
    job.posted_at ? `Posted ${relativeDays(job.posted_at)}` : null, salaryText(job.salary),
    savedAt ? `Saved ${relativeDays(savedAt)}` : null, foundAt ? `Found ${relativeDays(foundAt)}` : null].filter(Boolean);
  return h('article', { class: 'card job', 'aria-label': `${job.title} at ${job.company_name}` },
    h('div', { class: 'job-head' },
      monogram(job.company_name, job.company_logo_url),
      h('div', { class: 'main-col' },
        h('h3', { class: 'job-title' }, job.title),
        h('div', { class: 'job-company' }, job.company_name),
        h('div', { class: 'muted small' }, facts.join(' · '))),
      scoreBadge(job.match_score)),
    h('div', { class: 'chips' }, sources.map((s) => h('span', { class: 'chip source' }, sourceLabel(s)))),
    job.match_reasons?.length
      ? h('details', null, h('summary', null, 'Why this match'), h('ul', { class: 'reasons' }, job.match_reasons.map((r) => h('li', null, r))))
      : null,
    !compact && job.description
      ? h('details', null, h('summary', null, 'Description'), h('p', { class: 'job-description' }, job.description))
      : null,
    h('div', { class: 'job-actions' },
      applied,
      save,
      job.apply_url ? h('a', { class: 'btn small ghost', href: job.apply_url, target: '_blank', rel: 'noopener noreferrer' }, 'Open posting') : null));
}

const LOW_QUOTA = 10;

/** Searches are limited per hour; the person is told before they run out, not only when they have. */
function quotaNote(quota) {
  if (!quota || quota.remaining > LOW_QUOTA) return null;
  const minutes = quota.resetSeconds == null ? null : Math.max(1, Math.ceil(quota.resetSeconds / 60));
  return h('p', { class: 'quota-note small' },
    `${quota.remaining} ${quota.remaining === 1 ? 'search' : 'searches'} left this hour${minutes ? `; more in ${minutes} min` : ''}.`);
}

const SOURCE_ORDER = { ok: 0, error: 1, disabled: 2 };

/** One line saying how the search went, a chip per source, and the reasons of the failed ones behind a disclosure. */
function sourcesStatus(sources = []) {
  if (!sources.length) return null;
  const sorted = [...sources].sort((a, b) => (SOURCE_ORDER[a.status] ?? 1) - (SOURCE_ORDER[b.status] ?? 1));
  const failed = sorted.filter((s) => s.status === 'error');
  const off = sorted.filter((s) => s.status === 'disabled');
  const answered = sorted.filter((s) => s.status === 'ok').length;
  const line = [`${answered} of ${sources.length} sources answered`,
    failed.length ? `${failed.length} failed` : null,
    off.length ? `${off.length} not configured` : null].filter(Boolean).join(' · ');
  return h('div', { class: 'sources-status' },
    h('p', { class: 'muted small', role: 'status' }, `${line}.`),
    h('ul', { class: 'chips list-plain', 'aria-label': 'Sources' }, sorted.map((s) => {
      const name = sourceLabel(s.name);
      const [kind, text, title] = s.status === 'ok' ? [s.count ? 'ok' : 'ok none', `${name} · ${s.count}`, `${s.count} ${s.count === 1 ? 'job' : 'jobs'}`]
        : s.status === 'disabled' ? ['disabled', `${name} · off`, 'Not configured on this server']
        : ['error', `${name} · failed`, s.error ?? 'Unavailable'];
      return h('li', { class: ['chip', kind], title }, text);
    })),
    failed.length
      ? h('details', null, h('summary', null, failed.length === 1 ? 'Why one source failed' : `Why ${failed.length} sources failed`),
        h('ul', { class: 'reasons' }, failed.map((s) => h('li', null, `${sourceLabel(s.name)}: ${s.error ?? 'unavailable'}`))))
      : null);
}

/**
 * Saves the search on screen as an alert: the server runs it about every hour and keeps the postings not seen yet.
 * The dialog asks for a name (the query by default) and whether to email new postings.
 */
async function saveAsAlert(params) {
  const values = await confirmDialog({
    title: 'Save as alert',
    text: 'JobTracker runs this search about every hour and keeps the jobs you have not seen yet under Alerts.',
    confirm: 'Save alert',
    body: h('div', null,
      field({ label: 'Name', name: 'name', value: params.query, required: true, attrs: { maxlength: '100' } }),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'email_alerts' }), 'Email me new jobs')),
  });
  if (!values) return;
  const body = { name: values.name || params.query, query: params.query, email_alerts: values.email_alerts === true };
  if (params.location) body.location = params.location;
  if (params.remote) body.remote = true;
  if (params.employment_type) body.employment_type = params.employment_type;
  if (params.posted_within_days) body.posted_within_days = Number(params.posted_within_days);
  try {
    const saved = await api.request('POST', ALERTS, { body });
    toast(`Alert “${saved.name}” saved.`, { action: 'View', onAction: () => { location.hash = `${ALERTS}/${saved.id}`; } });
  } catch (error) {
    const fields = error.errors.map((e) => `${label(e.field)} ${e.message}`).join('; ');
    toast(fields || error.message, { error: true });
  }
}

async function searchView(main, { query, navigate }) {
  replace(main, loading());
  await loadSavedIds();
  const params = {
    query: query.get('query') ?? '', location: query.get('location') ?? '', remote: query.get('remote') === 'true',
    employment_type: query.get('employment_type') ?? '', posted_within_days: query.get('posted_within_days') ?? '',
  };
  const form = h('form', { class: 'card form', role: 'search', 'aria-label': 'Search jobs' },
    h('div', { class: 'row two' },
      h('div', { class: 'field' }, h('label', { for: 'job-query' }, 'What'),
        h('input', { id: 'job-query', name: 'query', type: 'search', value: params.query, required: true, placeholder: 'Job title, skill or company' })),
      h('div', { class: 'field' }, h('label', { for: 'job-location' }, 'Where'),
        h('input', { id: 'job-location', name: 'location', type: 'text', value: params.location, placeholder: 'City or country' }))),
    h('div', { class: 'toolbar' },
      h('div', { class: 'field' }, h('label', { for: 'job-type' }, 'Employment type'),
        h('select', { id: 'job-type', name: 'employment_type' }, EMPLOYMENT_TYPES.map(([v, t]) => h('option', { value: v, selected: v === params.employment_type }, t)))),
      h('div', { class: 'field' }, h('label', { for: 'job-posted' }, 'Posted'),
        h('select', { id: 'job-posted', name: 'posted_within_days' }, POSTED_WITHIN.map(([v, t]) => h('option', { value: v, selected: v === params.posted_within_days }, t)))),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'remote', checked: params.remote }), 'Remote only'),
      h('button', { class: 'btn primary', type: 'submit' }, icon(ICONS.jobs), 'Search')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = new URLSearchParams();
    for (const [key, value] of data.entries()) if (value) next.set(key, key === 'remote' ? 'true' : String(value).trim());
    if (!next.get('query')) {
      form.querySelector('#job-query').focus();
      return;
    }
    navigate(`/jobs?${next}`);
  });

  const status = h('div');
  const results = h('div', { 'aria-live': 'polite' });
  const footer = h('div', { class: 'center section' });
  replace(main, pageHead('Jobs', 'Search every job board at once.', jobsTabs('search')), form, status, results, footer);
  if (!params.query) {
    replace(results, empty('Find your next role', 'Search by title, skill or company. Results from every source are merged, and ranked by fit once you upload a resume.'));
    return;
  }

  let page = 0;
  let busy = false;
  let observer = null;
  const list = h('ul', { class: 'list' });
  async function load() {
    if (busy) return;
    busy = true;
    replace(footer, loading(page === 0 ? 'Searching all sources…' : 'Loading more jobs…'));
    try {
      const response = await api.request('GET', `/jobs/external/aggregate${api.query({
        query: params.query, location: params.location, remote: params.remote || null,
        employment_type: params.employment_type, posted_within_days: params.posted_within_days, page, limit: PAGE_SIZE,
      })}`, { raw: true });
      const result = await response.json();
      const quota = api.rateLimit(response);
      if (page === 0) {
        replace(status, sourcesStatus(result.sources),
          result.items.length
            ? h('p', { class: 'muted small' }, `${result.total} ${result.total === 1 ? 'job' : 'jobs'} for “${params.query}”${result.cached ? ' (from the last hour)' : ''}${result.items.some((job) => job.match_score != null) ? ', best matches first' : ''}.`)
            : null,
          h('div', { class: 'save-alert' },
            h('button', { class: 'btn small', type: 'button', onClick: () => saveAsAlert(params) }, icon(ICONS.bell), 'Save as alert'),
            h('span', { class: 'muted small' }, result.items.length ? 'Hear about new jobs for this search.' : 'Hear when jobs for this search appear.')),
          quotaNote(quota));
        replace(results, result.items.length ? list : empty('No jobs found', 'Try fewer words, another location, or fewer filters.'));
      }
      list.append(...result.items.map((job) => h('li', null, jobCard(job))));
      page += 1;
      if (result.has_more) {
        const more = h('button', { class: 'btn', type: 'button', onClick: load }, 'Load more jobs');
        replace(footer, more);
        observer?.disconnect();
        // Infinite scroll for pointer users; the button stays for keyboards and screen readers.
        observer = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) load(); }, { rootMargin: '200px' });
        observer.observe(more);
      } else {
        observer?.disconnect();
        replace(footer, page > 1 ? h('p', { class: 'muted small' }, 'That is everything.') : null);
      }
    } catch (error) {
      replace(footer, errorState(error, load));
    } finally {
      busy = false;
    }
  }
  await load();
  return () => observer?.disconnect();
}

async function savedView(main) {
  replace(main, pageHead('Saved jobs', null, jobsTabs('saved')), loading('Loading saved jobs…'));
  let items;
  try {
    items = await api.getAll('/jobs/saved', {}, 500);
  } catch (error) {
    replace(main, pageHead('Saved jobs', null, jobsTabs('saved')), errorState(error, () => savedView(main)));
    return;
  }
  savedIds = new Set(items.map((entry) => entry.job_id ?? entry.job?.id));
  const list = h('ul', { class: 'list' });
  const render = () => {
    if (!list.children.length) replace(list.parentElement ?? list, empty('No saved jobs', 'Save jobs from a search to come back to them.', h('a', { class: 'btn primary', href: '#/jobs' }, 'Search jobs')));
  };
  for (const entry of items) {
    const job = entry.job ?? entry;
    const li = h('li', null, jobCard(job, { savedAt: entry.saved_at, onUnsave: () => { li.remove(); render(); } }));
    list.append(li);
  }
  const body = h('div', null, items.length ? list : empty('No saved jobs', 'Save jobs from a search to come back to them.', h('a', { class: 'btn primary', href: '#/jobs' }, 'Search jobs')));
  replace(main, pageHead('Saved jobs', `${items.length} saved`, jobsTabs('saved')), body);
}

export const jobsRoutes = [
  ['/jobs', searchView],
  ['/jobs/saved', savedView],
];
