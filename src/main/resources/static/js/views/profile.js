// The Profile tab: account details, resume upload with progress and the parsed result, data export, account
// deletion and sign-out.
import * as api from '../api.js';
import {
  h, replace, pageHead, loading, errorState, toast, icon, ICONS, formatDate, formatDateTime, download, confirmDialog,
  field, nextId,
} from '../dom.js';

const ACCEPT = '.pdf,.docx,.doc,.odt,.rtf,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword,application/vnd.oasis.opendocument.text,application/rtf,text/plain';
const MAX_BYTES = 10 * 1024 * 1024;

function sizeText(bytes) {
  if (bytes == null) return '';
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "2021-03" → "Mar 2021"; a bare year stays as it is. */
function month(value) {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return value ?? '';
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1))
    .toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function period(item) {
  const from = month(item.start_date);
  const to = item.end_date ? month(item.end_date) : (item.start_date ? 'present' : '');
  return [from, to].filter(Boolean).join(' – ');
}

function parsedResume(resume) {
  const contact = resume.contact ?? {};
  return h('div', { class: 'grid' },
    h('p', { class: 'muted small' }, `${resume.file_name} · ${sizeText(resume.size_bytes)} · uploaded ${formatDateTime(resume.uploaded_at)}`),
    contact.name || contact.email || contact.phone
      ? h('div', null, h('h3', null, 'Contact'),
        h('p', null, [contact.name, contact.email, contact.phone].filter(Boolean).join(' · ')),
        contact.links?.length ? h('ul', { class: 'reasons' }, contact.links.map((link) => h('li', null, link))) : null)
      : null,
    resume.summary ? h('div', null, h('h3', null, 'Summary'), h('p', null, resume.summary)) : null,
    h('div', null, h('h3', null, 'Skills'),
      resume.skills?.length
        ? h('ul', { class: 'chips list-plain', 'aria-label': 'Skills' }, resume.skills.map((skill) => h('li', { class: 'chip source' }, skill)))
        : h('p', { class: 'muted' }, 'No skills recognised.')),
    h('div', null, h('h3', null, 'Experience'),
      resume.experience?.length
        ? h('ol', { class: 'timeline' }, resume.experience.map((job) => h('li', null,
          h('strong', null, job.title ?? 'Role'), job.company ? ` · ${job.company}` : '',
          h('span', { class: 'muted small' }, [period(job), job.location].filter(Boolean).length ? ` — ${[period(job), job.location].filter(Boolean).join(', ')}` : ''))))
        : h('p', { class: 'muted' }, 'No experience recognised.')),
    h('div', null, h('h3', null, 'Education'),
      resume.education?.length
        ? h('ul', { class: 'reasons' }, resume.education.map((ed) => h('li', null,
          [ed.degree, ed.field].filter(Boolean).join(', '), ed.institution ? ` — ${ed.institution}` : '', period(ed) ? ` (${period(ed)})` : '')))
        : h('p', { class: 'muted' }, 'No education recognised.')));
}

async function resumeSection(section) {
  replace(section, h('h2', { id: 'resume-title' }, 'Resume'), loading('Loading resume…'));
  let resume = null;
  try {
    resume = await api.get('/resume');
  } catch (error) {
    if (error.status !== 404) {
      replace(section, h('h2', { id: 'resume-title' }, 'Resume'), errorState(error, () => resumeSection(section)));
      return;
    }
  }
  const inputId = nextId('resume-file');
  const progress = h('progress', { class: 'progress', max: '100', value: '0', hidden: true, 'aria-label': 'Upload progress' });
  const status = h('div', { role: 'status', 'aria-live': 'polite' });
  const input = h('input', { type: 'file', id: inputId, accept: ACCEPT, class: 'visually-hidden' });
  input.addEventListener('change', async () => {
    const file = input.files[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BYTES) {
      replace(status, h('div', { class: 'alert error', role: 'alert' }, h('p', null, `${file.name} is larger than 10 MB.`)));
      return;
    }
    const form = new FormData();
    form.append('file', file);
    progress.hidden = false;
    progress.value = 0;
    replace(status, h('p', { class: 'muted small' }, `Uploading ${file.name}…`));
    try {
      await api.upload('/resume/upload', form, (fraction) => {
        progress.value = Math.round(fraction * 100);
        if (fraction >= 1) replace(status, h('p', { class: 'muted small' }, 'Reading your resume…'));
      });
      toast('Resume uploaded. Job matches now use it.');
      resumeSection(section);
    } catch (error) {
      progress.hidden = true;
      replace(status, h('div', { class: 'alert error', role: 'alert' }, h('p', null, error.message)));
    }
  });
  const uploadLabel = h('label', { class: ['btn', !resume && 'primary'], for: inputId }, icon(ICONS.upload), resume ? 'Replace resume' : 'Upload resume');
  const remove = resume
    ? h('button', { class: 'btn danger', type: 'button', onClick: async () => {
      const ok = await confirmDialog({ title: 'Delete your resume?', text: 'The file, what was read from it and its match data are erased.', confirm: 'Delete resume', danger: true });
      if (!ok) return;
      try {
        await api.request('DELETE', '/resume');
        toast('Resume deleted.');
        resumeSection(section);
      } catch (error) {
        toast(error.message, { error: true });
      }
    } }, icon(ICONS.trash), 'Delete resume')
    : null;
  replace(section,
    h('h2', { id: 'resume-title' }, 'Resume'),
    resume ? parsedResume(resume) : h('p', { class: 'muted' }, 'Upload your resume (PDF, Word, ODT, RTF or text; up to 10 MB) to see how well each job matches you.'),
    h('div', { class: 'form-actions section' }, uploadLabel, input, remove),
    progress,
    status);
}

/** The daily digest email of follow-ups due and applications gone quiet; off until the person turns it on. */
async function remindersSection(section) {
  const title = h('h2', { id: 'reminders-title' }, 'Reminders');
  replace(section, title, loading('Loading reminder settings…'));
  let settings;
  try {
    settings = await api.get('/applications/reminders/settings');
  } catch (error) {
    replace(section, title, errorState(error, () => remindersSection(section)));
    return;
  }
  const id = nextId('daily-digest');
  const toggle = h('input', { id, type: 'checkbox', checked: settings.daily_digest });
  toggle.addEventListener('change', async () => {
    toggle.disabled = true;
    try {
      const saved = await api.request('PUT', '/applications/reminders/settings', { body: { daily_digest: toggle.checked } });
      toggle.checked = saved.daily_digest;
      toast(saved.daily_digest ? 'You will get a daily email when follow-ups are due.' : 'Daily reminder emails are off.');
    } catch (error) {
      toggle.checked = !toggle.checked;
      toast(error.message, { error: true });
    } finally {
      toggle.disabled = false;
    }
  });
  replace(section, title,
    h('p', { class: 'muted' }, 'Follow-ups that are due and applications with no answer for two weeks show on Home.'),
    h('label', { class: 'check', for: id }, toggle, 'Email me a daily digest of them'));
}

export async function profileView(main, { navigate }) {
  let me = api.user();
  try {
    me = await api.get('/auth/me');
    api.setUser(me);
  } catch (error) {
    if (!me) throw error;
  }
  const exportData = async () => {
    try {
      const response = await api.request('GET', '/auth/me/export', { raw: true });
      download('jobtracker-export.json', await response.blob());
      toast('Your data was downloaded.');
    } catch (error) {
      toast(error.message, { error: true });
    }
  };
  const signOut = async () => {
    await api.signOut().catch(() => {});
    navigate('/signin');
  };
  const deleteAccount = async () => {
    const values = await confirmDialog({
      title: 'Delete your account?',
      text: 'Every application, saved job, resume and setting is erased. This cannot be undone.',
      confirm: 'Delete account',
      danger: true,
      body: field({ label: 'Your password', name: 'password', type: 'password', required: true, attrs: { autocomplete: 'current-password' } }),
    });
    if (!values) return;
    try {
      await api.request('DELETE', '/auth/me', { body: { password: values.password } });
      await api.signOut().catch(() => {});
      navigate('/signin');
      toast('Your account was deleted.');
    } catch (error) {
      toast(error.status === 401 || error.status === 422 ? 'That password is not right; nothing was deleted.' : error.message, { error: true });
    }
  };

  const resume = h('section', { class: 'card', 'aria-labelledby': 'resume-title' });
  const reminders = h('section', { class: 'card', 'aria-labelledby': 'reminders-title' });
  remindersSection(reminders);
  replace(main,
    pageHead('Profile', null, h('button', { class: 'btn', type: 'button', onClick: signOut }, icon(ICONS.signout), 'Sign out')),
    h('section', { class: 'card', 'aria-labelledby': 'account-title' },
      h('h2', { id: 'account-title' }, 'Account'),
      h('dl', { class: 'details' },
        h('dt', null, 'Name'), h('dd', null, me.full_name),
        h('dt', null, 'Email'), h('dd', null, me.email),
        h('dt', null, 'Plan'), h('dd', null, me.is_premium ? 'Premium' : 'Free'),
        h('dt', null, 'Member since'), h('dd', null, formatDate(me.created_at)))),
    resume,
    reminders,
    h('section', { class: 'card', 'aria-labelledby': 'data-title' },
      h('h2', { id: 'data-title' }, 'Your data'),
      h('p', { class: 'muted' }, 'Download everything JobTracker stores about you as one JSON file.'),
      h('button', { class: 'btn', type: 'button', onClick: exportData }, icon(ICONS.download), 'Export my data')),
    h('section', { class: 'card danger-zone', 'aria-labelledby': 'danger-title' },
      h('h2', { id: 'danger-title' }, 'Delete account'),
      h('p', { class: 'muted' }, 'Erase your account and all of its data.'),
      h('button', { class: 'btn danger', type: 'button', onClick: deleteAccount }, icon(ICONS.trash), 'Delete account')));
  await resumeSection(resume);
}
