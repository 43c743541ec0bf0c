// Job alerts: saved searches that the server re-runs about every hour. A search is saved from its results; the
// list shows how many postings are new for each, and a search's page shows those postings until they are marked
// as seen. Email alerts are a per-search switch.
import * as api from '../api.js';
import {
  h, replace, pageHead, loading, empty, errorState, toast, icon, ICONS, relativeDays, label, confirmDialog, nextId,
} from '../dom.js';
import { ALERTS, jobCard, jobsTabs, loadSavedIds } from './jobs.js';

const PAGE_SIZE = 20;

/** What a saved search looks for, in words: "java · Berlin · Remote · Full time · Past 7 days". */
function criteriaText(search) {
  return [search.query, search.location, search.remote === true ? 'Remote' : search.remote === false ? 'On-site' : null,
    search.employment_type ? label(search.employment_type) : null,
    search.posted_within_days ? `Past ${search.posted_within_days} ${search.posted_within_days === 1 ? 'day' : 'days'}` : null]
    .filter(Boolean).join(' · ');
}

function checkedText(search) {
  if (!search.last_run_at) return 'First check within the hour';
  const minutes = Math.round((Date.now() - new Date(search.last_run_at).getTime()) / 60_000);
  if (minutes < 1) return 'Checked just now';
  if (minutes < 60) return `Checked ${minutes} min ago`;
  if (minutes < 24 * 60) return `Checked ${Math.round(minutes / 60)} h ago`;
  return `Checked ${relativeDays(search.last_run_at)}`;
}

/** The search's fields as a full replacement (PUT), with email alerts switched as asked. */
function replacement(search, emailAlerts) {
  const body = { name: search.name, query: search.query, email_alerts: emailAlerts };
  for (const key of ['location', 'remote', 'employment_type', 'posted_within_days']) {
    if (search[key] !== undefined && search[key] !== null) body[key] = search[key];
  }
  return body;
}

function searchLink(search) {
  const params = new URLSearchParams({ query: search.query });
  if (search.location) params.set('location', search.location);
  if (search.remote === true) params.set('remote', 'true');
  if (search.employment_type) params.set('employment_type', search.employment_type);
  if (search.posted_within_days) params.set('posted_within_days', String(search.posted_within_days));
  return `#/jobs?${params}`;
}

function alertCard(search, { onDeleted }) {
  const emailId = nextId('alert-email');
  const email = h('input', { id: emailId, type: 'checkbox', checked: search.email_alerts });
  email.addEventListener('change', async () => {
    email.disabled = true;
    try {
      Object.assign(search, await api.request('PUT', `${ALERTS}/${search.id}`, { body: replacement(search, email.checked) }));
      toast(search.email_alerts ? `New jobs for “${search.name}” will be emailed to you.` : `No more emails for “${search.name}”.`);
    } catch (error) {
      email.checked = !email.checked;
      toast(error.message, { error: true });
    } finally {
      email.disabled = false;
    }
  });
  const remove = h('button', { class: 'btn small danger', type: 'button', 'aria-label': `Delete alert ${search.name}` }, icon(ICONS.trash), 'Delete');
  remove.addEventListener('click', async () => {
    const ok = await confirmDialog({ title: `Delete “${search.name}”?`, text: 'Its new postings are forgotten and no more emails are sent for it.', confirm: 'Delete alert', danger: true });
    if (!ok) return;
    try {
      await api.request('DELETE', `${ALERTS}/${search.id}`);
      toast(`Alert “${search.name}” deleted.`);
      onDeleted();
    } catch (error) {
      toast(error.message, { error: true });
    }
  });
  const fresh = search.new_count > 0;
  return h('article', { class: 'card alert-card', 'aria-label': search.name },
    h('div', { class: 'job-head' },
      h('div', { class: 'main-col' },
        h('h3', { class: 'job-title' }, h('a', { href: `#/jobs/searches/${search.id}` }, search.name)),
        h('div', { class: 'muted small' }, criteriaText(search)),
        h('div', { class: 'muted small' }, checkedText(search))),
      h('span', { class: ['chip', fresh ? 'ok' : 'disabled'] }, fresh ? `${search.new_count} new` : 'Nothing new')),
    h('div', { class: 'job-actions' },
      h('label', { class: 'check', for: emailId }, email, 'Email me new jobs'),
      h('a', { class: 'btn small primary', href: `#/jobs/searches/${search.id}` }, fresh ? 'See new jobs' : 'Open'),
      h('a', { class: 'btn small ghost', href: searchLink(search) }, icon(ICONS.jobs), 'Search now'),
      remove));
}

async function alertsView(main) {
  const head = () => pageHead('Job alerts', 'Saved searches, checked about every hour.', jobsTabs('alerts'));
  replace(main, head(), loading('Loading alerts…'));
  let searches;
  try {
    searches = await api.getAll(ALERTS, {}, 100);
  } catch (error) {
    replace(main, head(), errorState(error, () => alertsView(main)));
    return;
  }
  const none = () => empty('No alerts yet', 'Run a search and tap “Save as alert” to hear about new postings as they appear.',
    h('a', { class: 'btn primary', href: '#/jobs' }, icon(ICONS.jobs), 'Search jobs'));
  const list = h('ul', { class: 'list' });
  const body = h('div', null, searches.length ? list : none());
  for (const search of searches) {
    const item = h('li', null, alertCard(search, {
      onDeleted: () => {
        item.remove();
        if (!list.children.length) replace(body, none());
      },
    }));
    list.append(item);
  }
  replace(main, head(), body);
}

async function alertView(main, { params }) {
  const id = params.id;
  let search;
  try {
    search = await api.get(`${ALERTS}/${encodeURIComponent(id)}`);
  } catch (error) {
    replace(main, pageHead('Job alert', null, jobsTabs('alerts')), errorState(error, () => alertView(main, { params })));
    return;
  }
  await loadSavedIds();
  const list = h('ul', { class: 'list' });
  const footer = h('div', { class: 'center section' });
  const body = h('div', { 'aria-live': 'polite' });
  const markSeen = h('button', { class: 'btn', type: 'button', hidden: true }, icon(ICONS.check), 'Mark all as seen');
  let newest = null;
  let page = 0;
  const caughtUp = () => empty(search.new_count ? 'You are all caught up' : 'No new jobs yet',
    `JobTracker checks this search about every hour${search.email_alerts ? ' and emails you what is new' : ''}.`,
    h('a', { class: 'btn', href: searchLink(search) }, icon(ICONS.jobs), 'Search now'));
  const subtitle = h('p', { class: 'subtitle' });
  const describe = (count) => replace(subtitle, `${criteriaText(search)} · ${count} new · ${checkedText(search)}`);

  async function load() {
    replace(footer, loading('Loading new jobs…'));
    try {
      const result = await api.get(`${ALERTS}/${encodeURIComponent(id)}/new`, { page, limit: PAGE_SIZE });
      if (page === 0) {
        newest = result.items[0]?.found_at ?? null;
        describe(result.total);
        markSeen.hidden = !result.items.length;
        replace(body, result.items.length ? list : caughtUp());
      }
      list.append(...result.items.map((item) => h('li', null, jobCard(item.job, { foundAt: item.found_at }))));
      page += 1;
      replace(footer, result.has_more ? h('button', { class: 'btn', type: 'button', onClick: load }, 'Load more jobs') : null);
    } catch (error) {
      replace(footer, errorState(error, load));
    }
  }

  markSeen.addEventListener('click', async () => {
    markSeen.disabled = true;
    try {
      // Up to the newest posting shown: what a run adds meanwhile stays new.
      await api.request('POST', `${ALERTS}/${encodeURIComponent(id)}/new/seen${api.query({ up_to: newest })}`);
      list.replaceChildren();
      markSeen.hidden = true;
      describe(0);
      replace(body, caughtUp());
      toast('Marked as seen.');
    } catch (error) {
      toast(error.message, { error: true });
    } finally {
      markSeen.disabled = false;
    }
  });

  const head = pageHead(search.name, null, jobsTabs('alerts'), markSeen);
  head.querySelector('h1').after(subtitle);
  describe(search.new_count);
  replace(main, head, body, footer);
  await load();
}

export const alertsRoutes = [
  ['/jobs/searches', alertsView],
  ['/jobs/searches/:id', alertView],
];
