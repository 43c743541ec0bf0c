// The Home tab: greeting, the counts that matter, what needs attention (reminders), recent activity and — with a
// resume — the best matching jobs. Each block loads on its own, so one failing API never blanks the whole page.
import * as api from '../api.js';
import {
  h, replace, pageHead, loading, empty, errorState, formatDate, formatDateTime, today, label, icon, ICONS, toast,
} from '../dom.js';
import { ACTIVE_STATUSES, applicationRow, saveStatus, statusChip } from './apps.js';
import { jobCard, loadSavedIds } from './jobs.js';

function greeting() {
  const hour = new Date().getHours();
  if (hour < 5) return 'Good evening';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

function section(id, title, link) {
  const body = h('div', null, loading());
  const node = h('section', { class: 'section', 'aria-labelledby': id },
    h('div', { class: 'section-head' }, h('h2', { id }, title), link), body);
  return { node, body };
}

async function fill(body, task) {
  try {
    const content = await task();
    replace(body, content);
  } catch (error) {
    replace(body, errorState(error, () => fill(body, task)));
  }
}

function stat(value, text, href) {
  return h('a', { class: 'stat', href }, h('span', { class: 'value' }, String(value)), h('span', { class: 'label' }, text));
}

function followUpRow(app, when) {
  return h('li', null, h('a', { class: 'card app-row', href: `#/apps/${app.id}` },
    h('span', { class: 'main-col' },
      h('span', { class: 'title' }, `${app.role_title} · ${app.company_name}`),
      h('span', { class: 'meta' }, when)),
    statusChip(app.status)));
}

/** An application still at "applied" after two weeks, with the one tap that usually follows: mark it ghosted. */
function quietRow(reminder, onGone) {
  const app = reminder.application;
  const ghosted = h('button', { class: 'btn small', type: 'button', 'aria-label': `Mark ${app.role_title} at ${app.company_name} as ghosted` }, 'Mark ghosted');
  ghosted.addEventListener('click', async () => {
    ghosted.disabled = true;
    try {
      await saveStatus(app, reminder.suggested_status ?? 'ghosted');
      toast(`${app.role_title} at ${app.company_name} marked as ghosted.`);
      onGone();
    } catch (error) {
      ghosted.disabled = false;
      toast(error.message, { error: true });
    }
  });
  return h('li', null, h('div', { class: 'card app-row' },
    h('a', { class: 'main-col', href: `#/apps/${app.id}` },
      h('span', { class: 'title' }, `${app.role_title} · ${app.company_name}`),
      h('span', { class: 'meta' }, `No answer for ${reminder.days} days`)),
    ghosted));
}

/**
 * Follow-ups due or overdue and applications that went quiet (the server's reminders for the person's local date),
 * then follow-ups coming up this week.
 */
async function needsAttention(applications) {
  const date = today();
  const [reminders, { items }] = await Promise.all([api.get('/applications/reminders', { date }), applications]);
  const horizon = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const upcoming = items
    .filter((app) => app.next_action_date > date && app.next_action_date <= horizon && ACTIVE_STATUSES.includes(app.status))
    .sort((a, b) => a.next_action_date.localeCompare(b.next_action_date));
  const list = h('ul', { class: 'list' });
  const nothing = () => h('p', { class: 'card muted' }, 'Nothing needs you this week. Set a follow-up date on an application to see it here.');
  const holder = h('div', null, list);
  for (const reminder of reminders.items) {
    if (reminder.kind === 'follow_up') {
      const app = reminder.application;
      list.append(followUpRow(app, reminder.days === 0 ? 'Follow up today' : `Overdue since ${formatDate(app.next_action_date)}`));
    } else {
      const row = quietRow(reminder, () => {
        row.remove();
        if (!list.children.length) replace(holder, nothing());
      });
      list.append(row);
    }
  }
  for (const app of upcoming) list.append(followUpRow(app, `Follow up ${formatDate(app.next_action_date)}`));
  return list.children.length ? holder : nothing();
}

export async function homeView(main) {
  const first = api.user()?.full_name?.trim().split(/\s+/)[0];
  const counts = h('div', null, loading());
  const followUps = section('followups-title', 'Needs attention', h('a', { href: '#/apps' }, 'All applications'));
  const recent = section('recent-title', 'Recent activity');
  const recommended = section('recommended-title', 'Top matches for you', h('a', { href: '#/jobs' }, 'Search jobs'));
  replace(main,
    pageHead(`${greeting()}${first ? `, ${first}` : ''}`, new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date()),
      h('a', { class: 'btn primary', href: '#/apps/new' }, icon(ICONS.plus), 'Add application')),
    counts, followUps.node, h('div', { class: 'grid two section' }, recent.node, recommended.node));

  fill(counts, async () => {
    const summary = await api.get('/analytics/summary');
    const by = summary.by_status ?? {};
    return h('div', { class: 'stats', role: 'group', 'aria-label': 'Your numbers' },
      stat(summary.active ?? 0, 'Active applications', '#/apps'),
      stat(by.interviewing ?? 0, 'Interviews', '#/apps?status=interviewing'),
      stat((by.offer ?? 0) + (by.accepted ?? 0), 'Offers', '#/apps?status=offer'));
  });

  const applications = api.get('/applications', { sort: '-updated_at', limit: 100 });
  fill(followUps.body, () => needsAttention(applications));

  fill(recent.body, async () => {
    const { items } = await applications;
    if (!items.length) {
      return empty('Start tracking', 'Add your first application, or search jobs and tap “I applied”.',
        h('a', { class: 'btn primary', href: '#/jobs' }, 'Search jobs'));
    }
    return h('ul', { class: 'list' }, items.slice(0, 5).map((app) => {
      const last = app.status_history?.at(-1);
      return h('li', null, applicationRow(app,
        last ? h('span', { class: 'meta last' }, `${label(last.status)} · ${formatDateTime(last.changed_at)}`) : null));
    }));
  });

  fill(recommended.body, async () => {
    try {
      const [result] = await Promise.all([api.get('/jobs/recommendations/semantic', { limit: 3 }), loadSavedIds()]);
      const jobs = result.items ?? result;
      if (!jobs.length) return h('p', { class: 'card muted' }, 'No matches yet. Try a job search.');
      return h('ul', { class: 'list' }, jobs.slice(0, 3).map((job) => h('li', null, jobCard(job, { compact: true }))));
    } catch (error) {
      if (error.status === 409 || error.status === 404) {
        return empty('Upload your resume', 'See the jobs that fit you best, with the reasons why.',
          h('a', { class: 'btn primary', href: '#/profile' }, icon(ICONS.upload), 'Upload resume'));
      }
      throw error;
    }
  });
}
