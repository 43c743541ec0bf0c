// The Analytics tab: funnel, weekly timeline, conversion by source and status breakdown. Each chart is a canvas
// (Chart.js from its WebJar) with a text summary as its accessible name and the numbers in a table beside it.
import * as api from '../api.js';
import { h, replace, pageHead, loading, empty, errorState, percent, label, formatDate } from '../dom.js';
import { sourceLabel, STATUSES } from './apps.js';

/** "7 Sept": the weeks of one chart are recent, the year would only crowd the axis. */
function shortDate(iso) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** "1 offer", "2 offers". */
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const COLORS = ['#3730a3', '#0e7490', '#7c3aed', '#15803d', '#047857', '#b91c1c', '#6b7280', '#94a3b8'];
let chartLibrary = null;

/** Loads Chart.js once, as a classic script from its WebJar (same origin, so the CSP allows it). */
function loadChartJs() {
  chartLibrary ??= new Promise((resolve, reject) => {
    if (window.Chart) {
      resolve(window.Chart);
      return;
    }
    const script = document.createElement('script');
    script.src = '/webjars/chart.js/dist/chart.umd.min.js';
    script.addEventListener('load', () => resolve(window.Chart));
    script.addEventListener('error', () => {
      chartLibrary = null;
      reject(new Error('Charts could not be loaded.'));
    });
    document.head.append(script);
  });
  return chartLibrary;
}

function chartCard({ id, title, summary, table, draw }) {
  const canvas = h('canvas', { id: `${id}-canvas`, role: 'img', 'aria-label': `${title}. ${summary}` });
  const card = h('figure', { class: 'card chart-card', 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    h('p', { class: 'muted small' }, summary),
    h('div', { class: 'chart-box' }, canvas),
    h('details', null, h('summary', null, 'Show the numbers'), h('div', { class: 'table-scroll' }, table)));
  card.draw = (Chart) => draw(Chart, canvas);
  return card;
}

function dataTable(caption, headers, rows) {
  return h('table', { class: 'data' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', null, h('tr', null, headers.map((text, i) => h('th', { scope: 'col', class: i ? 'num' : null }, text)))),
    h('tbody', null, rows.map((row) => h('tr', null, row.map((cell, i) => i
      ? h('td', { class: 'num' }, String(cell))
      : h('th', { scope: 'row' }, String(cell)))))));
}

const baseOptions = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  plugins: { legend: { labels: { boxWidth: 12, color: '#374151' } } },
};

function stat(value, text) {
  return h('div', { class: 'stat' }, h('span', { class: 'value' }, value), h('span', { class: 'label' }, text));
}

export async function analyticsView(main) {
  replace(main, pageHead('Analytics', 'How your search is going.'), loading('Crunching your numbers…'));
  let summary, timeline, sources, funnel;
  try {
    [summary, timeline, sources, funnel] = await Promise.all([
      api.get('/analytics/summary'),
      api.get('/analytics/timeline', { weeks: 12 }),
      api.get('/analytics/sources'),
      api.get('/analytics/funnel'),
    ]);
  } catch (error) {
    replace(main, pageHead('Analytics'), errorState(error, () => analyticsView(main)));
    return;
  }
  const weeks = Array.isArray(timeline) ? timeline : timeline.weeks ?? timeline.items ?? [];
  const bySource = Array.isArray(sources) ? sources : sources.sources ?? sources.items ?? [];
  const stages = Array.isArray(funnel) ? funnel : funnel.stages ?? funnel.items ?? [];

  const stats = h('div', { class: 'stats wide' },
    stat(String(summary.total ?? 0), 'Applications'),
    stat(String(summary.active ?? 0), 'Active'),
    stat(percent(summary.response_rate), 'Response rate'),
    stat(percent(summary.interview_rate), 'Interview rate'),
    stat(percent(summary.offer_rate), 'Offer rate'),
    stat(summary.avg_days_to_first_response == null ? '–' : `${Math.round(summary.avg_days_to_first_response * 10) / 10} d`, 'Avg. days to first response'),
    stat(String(summary.applied_this_week ?? 0), 'Applied this week'));

  if (!summary.total) {
    replace(main, pageHead('Analytics', 'How your search is going.'), stats,
      h('div', { class: 'section' }, empty('No data yet', 'Charts appear once you track a few applications.', h('a', { class: 'btn primary', href: '#/apps/new' }, 'Add application'))));
    return;
  }

  const funnelCard = chartCard({
    id: 'funnel',
    title: 'Funnel',
    summary: stages.map((s) => `${label(s.stage)} ${s.count}`).join(', ') + '.',
    table: dataTable('Applications that reached each stage', ['Stage', 'Applications'], stages.map((s) => [label(s.stage), s.count])),
    draw: (Chart, canvas) => new Chart(canvas, {
      type: 'bar',
      data: { labels: stages.map((s) => label(s.stage)), datasets: [{ label: 'Applications', data: stages.map((s) => s.count), backgroundColor: COLORS }] },
      options: { ...baseOptions, indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    }),
  });

  const timelineCard = chartCard({
    id: 'timeline',
    title: 'Weekly activity',
    summary: `Last ${weeks.length} weeks: ${weeks.reduce((n, w) => n + (w.applied ?? 0), 0)} applied, ${count(weeks.reduce((n, w) => n + (w.responses ?? 0), 0), 'response')}, ${count(weeks.reduce((n, w) => n + (w.interviews ?? 0), 0), 'interview')}, ${count(weeks.reduce((n, w) => n + (w.offers ?? 0), 0), 'offer')}.`,
    table: dataTable('Weekly activity', ['Week of', 'Applied', 'Responses', 'Interviews', 'Offers'],
      weeks.map((w) => [formatDate(w.week_start), w.applied, w.responses, w.interviews, w.offers])),
    draw: (Chart, canvas) => new Chart(canvas, {
      type: 'line',
      data: {
        labels: weeks.map((w) => shortDate(w.week_start)),
        datasets: ['applied', 'responses', 'interviews', 'offers'].map((key, i) => ({
          label: label(key), data: weeks.map((w) => w[key] ?? 0), borderColor: COLORS[i], backgroundColor: COLORS[i], tension: 0,
        })),
      },
      options: { ...baseOptions, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    }),
  });

  const sourcesCard = chartCard({
    id: 'sources',
    title: 'By source',
    summary: bySource.map((s) => `${sourceLabel(s.source)}: ${count(s.applications, 'application')}, ${percent(s.response_rate)} responded`).join('; ') + '.',
    table: dataTable('Conversion by source', ['Source', 'Applications', 'Responses', 'Interviews', 'Offers', 'Response rate'],
      bySource.map((s) => [sourceLabel(s.source), s.applications, s.responses, s.interviews, s.offers, percent(s.response_rate)])),
    draw: (Chart, canvas) => new Chart(canvas, {
      type: 'bar',
      data: {
        labels: bySource.map((s) => sourceLabel(s.source)),
        datasets: ['applications', 'responses', 'interviews', 'offers'].map((key, i) => ({
          label: label(key), data: bySource.map((s) => s[key] ?? 0), backgroundColor: COLORS[i],
        })),
      },
      options: { ...baseOptions, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    }),
  });

  const byStatus = STATUSES.map((s) => [s, summary.by_status?.[s] ?? 0]).filter(([, n]) => n > 0);
  const statusCard = chartCard({
    id: 'status',
    title: 'Status breakdown',
    summary: byStatus.map(([s, n]) => `${label(s)} ${n}`).join(', ') + '.',
    table: dataTable('Applications by current status', ['Status', 'Applications'], byStatus.map(([s, n]) => [label(s), n])),
    draw: (Chart, canvas) => new Chart(canvas, {
      type: 'doughnut',
      data: { labels: byStatus.map(([s]) => label(s)), datasets: [{ data: byStatus.map(([, n]) => n), backgroundColor: byStatus.map(([s]) => COLORS[STATUSES.indexOf(s)]) }] },
      options: { ...baseOptions, plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, color: '#374151' } } } },
    }),
  });

  const cards = [funnelCard, timelineCard, sourcesCard, statusCard];
  replace(main, pageHead('Analytics', 'How your search is going.'), stats, h('div', { class: 'grid two section' }, cards));
  const charts = [];
  try {
    const Chart = await loadChartJs();
    for (const card of cards) charts.push(card.draw(Chart));
  } catch (error) {
    main.append(errorState(error));
  }
  return () => charts.forEach((chart) => chart.destroy());
}
