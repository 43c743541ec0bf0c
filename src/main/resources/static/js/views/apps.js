// The Apps tab: list with search and status filters, a board by status, add/edit form, detail with the status
// timeline, delete with undo, CSV import and export.
import * as api from '../api.js';
import {
  h, replace, pageHead, field, formValues, showFieldErrors, clearFieldErrors, loading, empty, errorState, toast,
  icon, ICONS, formatDate, formatDateTime, today, label, monogram, download,
} from '../dom.js';

export const STATUSES = ['applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'ghosted'];
export const ACTIVE_STATUSES = ['applied', 'screening', 'interviewing', 'offer'];
export const SOURCES = ['linkedin', 'google', 'indeed', 'greenhouse', 'lever', 'ashby', 'remotive', 'arbeitnow',
  'remoteok', 'themuse', 'referral', 'company_site', 'other'];
const SOURCE_LABELS = { linkedin: 'LinkedIn', google: 'Google Jobs', remoteok: 'RemoteOK', themuse: 'The Muse', company_site: 'Company site' };
const SORTS = [['-updated_at', 'Recently updated'], ['-applied_date', 'Newest applied'], ['applied_date', 'Oldest applied'], ['company_name', 'Company A–Z']];
const UNDO_MS = 6000;

export function sourceLabel(source) {
  return SOURCE_LABELS[source] ?? label(source);
}

export function statusChip(status) {
  return h('span', { class: ['chip', `status-${status}`] }, label(status));
}

// ---------- delete with undo ----------
// The DELETE is sent only when the undo window closes (or the page is left), so "Undo" needs no re-creation and
// keeps the status history intact.
const pendingDeletes = new Map();

function scheduleDelete(application, onUndo) {
  const send = () => {
    pendingDeletes.delete(application.id);
    return api.request('DELETE', `/applications/${application.id}`, { keepalive: true })
      .catch((error) => toast(`Could not delete ${application.company_name}: ${error.message}`, { error: true }));
  };
  const timer = setTimeout(send, UNDO_MS);
  pendingDeletes.set(application.id, { timer, send });
  toast(`Deleted ${application.role_title} at ${application.company_name}.`, {
    action: 'Undo',
    timeout: UNDO_MS,
    onAction: () => {
      clearTimeout(timer);
      pendingDeletes.delete(application.id);
      toast('Application restored.');
      onUndo?.();
    },
  });
}

window.addEventListener('pagehide', () => {
  for (const { timer, send } of pendingDeletes.values()) {
    clearTimeout(timer);
    send();
  }
});

const visible = (items) => items.filter((item) => !pendingDeletes.has(item.id));

// ---------- list ----------

function viewSwitch(current) {
  return h('nav', { class: 'segmented', 'aria-label': 'Applications view' },
    h('a', { href: '#/apps', 'aria-current': current === 'list' ? 'page' : null }, icon(ICONS.list), 'List'),
    h('a', { href: '#/apps/board', 'aria-current': current === 'board' ? 'page' : null }, icon(ICONS.board), 'Board'));
}

function addButton() {
  return h('a', { class: 'btn primary', href: '#/apps/new' }, icon(ICONS.plus), 'Add application');
}

export function applicationRow(app, extra = null) {
  const meta = [app.location, `Applied ${formatDate(app.applied_date)}`, app.source === 'other' ? null : sourceLabel(app.source)]
    .filter(Boolean).join(' · ');
  return h('a', { class: 'card app-row', href: `#/apps/${app.id}` },
    monogram(app.company_name),
    h('span', { class: 'main-col' },
      h('span', { class: 'title' }, app.role_title),
      h('span', { class: 'meta' }, app.company_name),
      h('span', { class: 'meta' }, meta),
      app.next_action_date ? h('span', { class: 'meta' }, `Follow up ${formatDate(app.next_action_date)}`) : null,
      extra),
    statusChip(app.status));
}

function listView(main, { query, navigate }) {
  const state = { q: query.get('q') ?? '', statuses: new Set(query.getAll('status')), sort: query.get('sort') ?? '-updated_at', page: 0, items: [] };
  const results = h('div', { 'aria-live': 'polite' });
  const more = h('div', { class: 'center section' });
  const summary = h('p', { class: 'muted small', role: 'status' });

  const search = h('input', { type: 'search', id: 'apps-search', name: 'q', value: state.q, placeholder: 'Company or role', autocomplete: 'off' });
  let debounce;
  search.addEventListener('input', () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => { state.q = search.value.trim(); load(true); }, 300);
  });
  const sort = h('select', { id: 'apps-sort', name: 'sort' }, SORTS.map(([v, text]) => h('option', { value: v, selected: v === state.sort }, text)));
  sort.addEventListener('change', () => { state.sort = sort.value; load(true); });

  const chips = h('div', { class: 'filter-chips', role: 'group', 'aria-label': 'Filter by status' },
    STATUSES.map((status) => {
      const chip = h('button', { type: 'button', 'aria-pressed': String(state.statuses.has(status)) }, label(status));
      chip.addEventListener('click', () => {
        if (state.statuses.has(status)) state.statuses.delete(status);
        else state.statuses.add(status);
        chip.setAttribute('aria-pressed', String(state.statuses.has(status)));
        load(true);
      });
      return chip;
    }));

  let token = 0;
  async function load(reset) {
    const mine = ++token;
    if (reset) {
      state.page = 0;
      state.items = [];
      replace(results, loading('Loading applications…'));
      replace(more);
    }
    try {
      const page = await api.get('/applications', { q: state.q, status: [...state.statuses], sort: state.sort, page: state.page, limit: 20 });
      if (mine !== token) return;
      state.items.push(...page.items);
      const shown = visible(state.items);
      const filtered = state.q || state.statuses.size;
      summary.textContent = `${page.total} application${page.total === 1 ? '' : 's'}${filtered ? ' match' : ''}`;
      if (!shown.length) {
        replace(results, filtered
          ? empty('No matches', 'Try another search or clear the status filters.')
          : empty('No applications yet', 'Add the jobs you apply for and follow them from applied to offer.', addButton()));
      } else {
        replace(results, h('ul', { class: 'list' }, shown.map((app) => h('li', null, applicationRow(app)))));
      }
      replace(more, page.has_more
        ? h('button', { class: 'btn', type: 'button', onClick: () => { state.page += 1; load(false); } }, 'Load more')
        : null);
    } catch (error) {
      if (mine === token) replace(results, errorState(error, () => load(true)));
    }
  }

  replace(main,
    pageHead('Applications', null, viewSwitch('list'), addButton()),
    h('div', { class: 'toolbar' },
      h('div', { class: 'field grow' }, h('label', { for: 'apps-search' }, 'Search'), search),
      h('div', { class: 'field' }, h('label', { for: 'apps-sort' }, 'Sort by'), sort)),
    chips,
    summary,
    results,
    more,
    csvTools(() => load(true)));
  load(true);
}

// ---------- CSV ----------

function csvTools(reload) {
  const status = h('div', { role: 'status', 'aria-live': 'polite' });
  const input = h('input', { type: 'file', id: 'csv-file', accept: '.csv,text/csv', class: 'visually-hidden' });
  input.addEventListener('change', async () => {
    const file = input.files[0];
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    replace(status, loading(`Importing ${file.name}…`));
    try {
      const result = await api.request('POST', '/applications/import', { body: form });
      replace(status, h('div', { class: 'alert success' }, h('p', null, `Imported ${result.imported} application${result.imported === 1 ? '' : 's'} from ${file.name}.`)));
      reload();
    } catch (error) {
      const rows = error.errors.map((e) => h('li', null, `Row ${e.row ?? '?'}${e.field ? `, ${e.field}` : ''}: ${e.message}`));
      replace(status, h('div', { class: 'alert error', role: 'alert' },
        h('p', null, error.status === 422 ? 'Nothing was imported. Fix these rows and try again:' : error.message),
        rows.length ? h('ul', null, rows) : null));
    } finally {
      input.value = '';
    }
  });
  const exportCsv = async () => {
    try {
      const response = await api.request('GET', '/applications/export.csv', { raw: true, headers: { Accept: 'text/csv' } });
      download('applications.csv', await response.blob());
    } catch (error) {
      toast(error.message, { error: true });
    }
  };
  return h('section', { class: 'card section', 'aria-labelledby': 'csv-title' },
    h('h2', { id: 'csv-title' }, 'Import and export'),
    h('p', { class: 'muted small' }, 'CSV with a header row: company_name, role_title, applied_date and optionally status, source, job_url, location, notes, next_action_date.'),
    h('div', { class: 'form-actions' },
      h('label', { class: 'btn', for: 'csv-file' }, icon(ICONS.upload), 'Import CSV'),
      input,
      h('button', { class: 'btn', type: 'button', onClick: exportCsv }, icon(ICONS.download), 'Export CSV')),
    status);
}

// ---------- board ----------

async function boardView(main) {
  replace(main, pageHead('Board', 'Drag a card, or pick its new status.', viewSwitch('board'), addButton()), loading('Loading board…'));
  let items;
  try {
    items = visible(await api.getAll('/applications', { sort: '-updated_at' }));
  } catch (error) {
    replace(main, pageHead('Board', null, viewSwitch('board'), addButton()), errorState(error, () => boardView(main)));
    return;
  }
  const live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const columns = new Map();
  const board = h('div', { class: 'board' });

  function card(app) {
    const select = h('select', { 'aria-label': `Status of ${app.role_title} at ${app.company_name}` },
      STATUSES.map((s) => h('option', { value: s, selected: s === app.status }, label(s))));
    select.addEventListener('change', () => move(app, select.value));
    const node = h('article', { class: 'card', draggable: 'true', 'data-id': app.id },
      h('a', { href: `#/apps/${app.id}`, class: 'title' }, app.role_title),
      h('div', { class: 'muted small' }, app.company_name),
      select);
    node.addEventListener('dragstart', (event) => {
      event.dataTransfer.setData('text/plain', app.id);
      event.dataTransfer.effectAllowed = 'move';
    });
    return node;
  }

  function render() {
    for (const status of STATUSES) {
      const inColumn = items.filter((app) => app.status === status);
      const column = columns.get(status);
      replace(column.querySelector('h2'), label(status), h('span', { class: 'muted' }, String(inColumn.length)));
      replace(column.querySelector('.cards'), inColumn.map(card));
    }
  }

  async function move(app, status) {
    if (app.status === status) return;
    const previous = app.status;
    app.status = status;
    render();
    try {
      const updated = await saveStatus(app, status);
      Object.assign(app, updated);
      live.textContent = `${app.role_title} at ${app.company_name} moved to ${label(status)}.`;
      render();
    } catch (error) {
      app.status = previous;
      render();
      toast(error.status === 412 ? 'It changed elsewhere; the board was reloaded.' : error.message, { error: true });
      if (error.status === 412) boardView(main);
    }
  }

  for (const status of STATUSES) {
    const column = h('section', { class: 'column', 'data-status': status, 'aria-label': label(status) },
      h('h2'), h('div', { class: 'cards' }));
    column.addEventListener('dragover', (event) => { event.preventDefault(); column.classList.add('drop-target'); });
    column.addEventListener('dragleave', () => column.classList.remove('drop-target'));
    column.addEventListener('drop', (event) => {
      event.preventDefault();
      column.classList.remove('drop-target');
      const app = items.find((a) => a.id === event.dataTransfer.getData('text/plain'));
      if (app) move(app, status);
    });
    columns.set(status, column);
    board.append(column);
  }
  render();
  replace(main, pageHead('Board', 'Drag a card, or pick its new status.', viewSwitch('board'), addButton()), live,
    items.length ? board : empty('No applications yet', 'Add one to start your board.', addButton()));
}

/** Full replacement (PUT) guarded by the version, as API.md prescribes; the server records the status change. */
export async function saveStatus(app, status) {
  const body = toRequest({ ...app, status });
  return api.request('PUT', `/applications/${app.id}`, { body, headers: { 'If-Match': `"${app.version}"` } });
}

function toRequest(app) {
  const fields = ['company_name', 'role_title', 'status', 'applied_date', 'source', 'job_url', 'location', 'notes', 'job_id', 'next_action_date'];
  const body = {};
  for (const name of fields) {
    const value = app[name];
    body[name] = value === '' || value === undefined ? null : value;
  }
  return body;
}

// ---------- form ----------

async function formView(main, { params, navigate }) {
  const editing = Boolean(params.id);
  let app = { status: 'applied', source: 'other', applied_date: today() };
  if (editing) app = await api.get(`/applications/${encodeURIComponent(params.id)}`);
  const title = editing ? 'Edit application' : 'Add application';
  const alert = h('div', { class: 'alert error', role: 'alert', tabindex: '-1', hidden: true });
  const submit = h('button', { class: 'btn primary', type: 'submit' }, editing ? 'Save changes' : 'Add application');
  const form = h('form', { class: 'form card', novalidate: true },
    alert,
    h('div', { class: 'row two' },
      field({ label: 'Company', name: 'company_name', value: app.company_name, required: true, attrs: { autocomplete: 'organization' } }),
      field({ label: 'Role', name: 'role_title', value: app.role_title, required: true })),
    h('div', { class: 'row two' },
      field({ label: 'Status', name: 'status', type: 'select', value: app.status, required: true, options: STATUSES.map((s) => [s, label(s)]) }),
      field({ label: 'Applied on', name: 'applied_date', type: 'date', value: app.applied_date, required: true })),
    h('div', { class: 'row two' },
      field({ label: 'Source', name: 'source', type: 'select', value: app.source, required: true, options: SOURCES.map((s) => [s, sourceLabel(s)]) }),
      field({ label: 'Location', name: 'location', value: app.location })),
    h('div', { class: 'row two' },
      field({ label: 'Job posting URL', name: 'job_url', type: 'url', value: app.job_url, attrs: { placeholder: 'https://' } }),
      field({ label: 'Follow up on', name: 'next_action_date', type: 'date', value: app.next_action_date, hint: 'Shows on Home when it is due.' })),
    field({ label: 'Notes', name: 'notes', type: 'textarea', value: app.notes }),
    h('div', { class: 'form-actions' }, submit,
      h('a', { class: 'btn', href: editing ? `#/apps/${app.id}` : '#/apps' }, 'Cancel')));
  // One key per form visit: a double submit or a retry after a timeout creates one application, not two.
  const idempotencyKey = crypto.randomUUID();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    alert.hidden = true;
    submit.disabled = true;
    try {
      const body = toRequest({ ...app, ...formValues(form) });
      const saved = editing
        ? await api.request('PUT', `/applications/${app.id}`, { body, headers: { 'If-Match': `"${app.version}"` } })
        : await api.request('POST', '/applications', { body, headers: { 'Idempotency-Key': idempotencyKey } });
      toast(editing ? 'Changes saved.' : `Added ${saved.role_title} at ${saved.company_name}.`);
      navigate(`/apps/${saved.id}`);
    } catch (error) {
      const unmatched = showFieldErrors(form, error.errors);
      if (!error.errors.length || unmatched.length) {
        alert.hidden = false;
        replace(alert, h('p', null, error.status === 412
          ? 'This application was changed elsewhere. Reload it to see the latest version.'
          : unmatched.length ? unmatched.join(' ') : error.message));
        alert.focus();
      }
    } finally {
      submit.disabled = false;
    }
  });
  replace(main, pageHead(title, editing ? `${app.role_title} at ${app.company_name}` : 'Fields marked optional can be filled in later.'), form);
}

// ---------- detail ----------

async function detailView(main, { params, navigate }) {
  let app;
  try {
    app = await api.get(`/applications/${encodeURIComponent(params.id)}`);
  } catch (error) {
    if (error.status !== 404) throw error;
    replace(main, pageHead('Application not found'), empty('Not found', 'It may have been deleted.', h('a', { class: 'btn', href: '#/apps' }, 'Back to applications')));
    return;
  }
  const remove = async () => {
    navigate('/apps');
    scheduleDelete(app, () => navigate(`/apps/${app.id}`));
  };
  const move = h('select', { id: 'detail-status', name: 'status' }, STATUSES.map((s) => h('option', { value: s, selected: s === app.status }, label(s))));
  move.addEventListener('change', async () => {
    try {
      app = await saveStatus(app, move.value);
      toast(`Moved to ${label(app.status)}.`);
      detailView(main, { params, navigate });
    } catch (error) {
      toast(error.message, { error: true });
    }
  });
  const history = [...(app.status_history ?? [])].reverse();
  replace(main,
    h('p', null, h('a', { href: '#/apps' }, '← Applications')),
    pageHead(app.role_title, app.company_name,
      h('a', { class: 'btn', href: `#/apps/${app.id}/edit` }, icon(ICONS.edit), 'Edit'),
      h('button', { class: 'btn danger', type: 'button', onClick: remove }, icon(ICONS.trash), 'Delete')),
    h('div', { class: 'grid two' },
      h('section', { class: 'card', 'aria-labelledby': 'details-title' },
        h('h2', { id: 'details-title' }, 'Details'),
        h('dl', { class: 'details' },
          h('dt', null, 'Status'), h('dd', null, statusChip(app.status)),
          h('dt', null, 'Applied'), h('dd', null, formatDate(app.applied_date)),
          h('dt', null, 'Source'), h('dd', null, sourceLabel(app.source)),
          app.location ? [h('dt', null, 'Location'), h('dd', null, app.location)] : null,
          app.next_action_date ? [h('dt', null, 'Follow up'), h('dd', null, formatDate(app.next_action_date))] : null,
          app.job_url ? [h('dt', null, 'Posting'), h('dd', null, h('a', { href: app.job_url, target: '_blank', rel: 'noopener noreferrer' }, 'Open job posting'))] : null,
          app.notes ? [h('dt', null, 'Notes'), h('dd', { class: 'job-description' }, app.notes)] : null),
        h('div', { class: 'field section' }, h('label', { for: 'detail-status' }, 'Move to'), move)),
      h('section', { class: 'card', 'aria-labelledby': 'timeline-title' },
        h('h2', { id: 'timeline-title' }, 'Status timeline'),
        history.length
          ? h('ol', { class: 'timeline' }, history.map((entry) => h('li', null,
            statusChip(entry.status), h('time', { datetime: entry.changed_at }, formatDateTime(entry.changed_at)))))
          : h('p', { class: 'muted' }, 'No changes yet.'))));
}

export const appsRoutes = [
  ['/apps', listView],
  ['/apps/board', boardView],
  ['/apps/new', formView],
  ['/apps/:id/edit', formView],
  ['/apps/:id', detailView],
];
