// Sign in, sign up, forgot password and the page the emailed reset link opens (#/reset-password?token=…).
import * as api from '../api.js';
import { h, field, formValues, showFieldErrors, clearFieldErrors, replace, toast } from '../dom.js';

function authCard(title, subtitle, ...content) {
  return h('div', { class: 'card' },
    h('div', { class: 'brand' }, h('img', { src: '/icons/icon.svg', alt: '' }), 'JobTracker'),
    h('h1', { tabindex: '-1' }, title),
    subtitle ? h('p', { class: 'subtitle' }, subtitle) : null,
    content);
}

/** Submits a form with a busy button, field errors from problem details and a general alert for the rest. */
function handle(form, alertBox, button, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    replace(alertBox);
    alertBox.hidden = true;
    button.disabled = true;
    const text = button.textContent;
    button.textContent = 'Please wait…';
    try {
      await action(formValues(form));
    } catch (error) {
      const unmatched = showFieldErrors(form, error.errors);
      if (!error.errors?.length || unmatched.length) {
        alertBox.hidden = false;
        replace(alertBox, h('p', null, unmatched.length ? unmatched.join(' ') : error.message));
        alertBox.focus();
      }
    } finally {
      button.disabled = false;
      button.textContent = text;
    }
  });
}

function alertBox() {
  return h('div', { class: 'alert error', role: 'alert', tabindex: '-1', hidden: true });
}

function afterSignIn(query, navigate) {
  const next = query.get('next');
  navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/home');
}

function signInView(main, { query, navigate }) {
  const alert = alertBox();
  const button = h('button', { class: 'btn primary block', type: 'submit' }, 'Sign in');
  const form = h('form', { class: 'form', novalidate: true },
    field({ label: 'Email', name: 'email', type: 'email', required: true, attrs: { autocomplete: 'email' } }),
    field({ label: 'Password', name: 'password', type: 'password', required: true, attrs: { autocomplete: 'current-password' } }),
    button);
  handle(form, alert, button, async ({ email, password }) => {
    await api.signIn(email, password);
    afterSignIn(query, navigate);
  });
  const notice = query.get('reset') === 'done'
    ? h('div', { class: 'alert success', role: 'status' }, h('p', null, 'Your password was changed. Sign in with the new one.'))
    : null;
  replace(main, authCard('Sign in', 'Welcome back. Track every application in one place.',
    notice, alert, form,
    h('div', { class: 'links' },
      h('a', { href: '#/forgot-password' }, 'Forgot password?'),
      h('a', { href: '#/signup' }, 'Create an account'))));
}

function signUpView(main, { query, navigate }) {
  const alert = alertBox();
  const button = h('button', { class: 'btn primary block', type: 'submit' }, 'Create account');
  const form = h('form', { class: 'form', novalidate: true },
    field({ label: 'Full name', name: 'full_name', required: true, attrs: { autocomplete: 'name' } }),
    field({ label: 'Email', name: 'email', type: 'email', required: true, attrs: { autocomplete: 'email' } }),
    field({ label: 'Password', name: 'password', type: 'password', required: true,
      hint: 'At least 8 characters; avoid common passwords.', attrs: { autocomplete: 'new-password', minlength: 8 } }),
    button);
  handle(form, alert, button, async ({ full_name: fullName, email, password }) => {
    await api.signUp(fullName, email, password);
    toast(`Welcome to JobTracker, ${api.user()?.full_name ?? ''}!`);
    afterSignIn(query, navigate);
  });
  replace(main, authCard('Create your account', 'Applications, job search and resume matching — free.',
    alert, form,
    h('div', { class: 'links' }, h('span', null, 'Already have an account? ', h('a', { href: '#/signin' }, 'Sign in')))));
}

function forgotView(main) {
  const alert = alertBox();
  const button = h('button', { class: 'btn primary block', type: 'submit' }, 'Email me a reset link');
  const form = h('form', { class: 'form', novalidate: true },
    field({ label: 'Email', name: 'email', type: 'email', required: true, attrs: { autocomplete: 'email' } }),
    button);
  const card = authCard('Reset your password', 'We will email you a link to choose a new password.', alert, form,
    h('div', { class: 'links' }, h('a', { href: '#/signin' }, 'Back to sign in')));
  handle(form, alert, button, async ({ email }) => {
    await api.requestPasswordReset(email);
    // The server answers the same for unknown addresses; so do we.
    replace(card.querySelector('form'),
      h('div', { class: 'alert success', role: 'status' },
        h('p', null, `If an account exists for ${email}, a reset link is on its way. It is valid for 30 minutes.`)));
  });
  replace(main, card);
}

function resetView(main, { query, navigate }) {
  const token = query.get('token');
  if (!token) {
    replace(main, authCard('Reset link incomplete', null,
      h('div', { class: 'alert error', role: 'alert' }, h('p', null, 'This link has no reset token. Ask for a new link.')),
      h('a', { class: 'btn primary block', href: '#/forgot-password' }, 'Ask for a new link')));
    return;
  }
  const alert = alertBox();
  const button = h('button', { class: 'btn primary block', type: 'submit' }, 'Set new password');
  const form = h('form', { class: 'form', novalidate: true },
    field({ label: 'New password', name: 'new_password', type: 'password', required: true,
      hint: 'At least 8 characters; avoid common passwords.', attrs: { autocomplete: 'new-password', minlength: 8 } }),
    field({ label: 'Repeat new password', name: 'repeat', type: 'password', required: true, attrs: { autocomplete: 'new-password' } }),
    button);
  handle(form, alert, button, async ({ new_password: password, repeat }) => {
    if (password !== repeat) {
      throw Object.assign(new Error('The passwords do not match.'), { errors: [{ field: 'repeat', message: 'The passwords do not match.' }] });
    }
    await api.confirmPasswordReset(token, password);
    // The server signed every device out; leave no stale session here either.
    if (api.hasStoredSession()) await api.signOut().catch(() => {});
    navigate('/signin?reset=done');
  });
  replace(main, authCard('Choose a new password', 'Setting it signs you out on every device.', alert, form));
}

export const authRoutes = [
  ['/signin', signInView],
  ['/signup', signUpView],
  ['/forgot-password', forgotView],
  ['/reset-password', resetView],
];
