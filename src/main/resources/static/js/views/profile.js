import * as api from '../api.js';
import { h, pageHead, replace } from '../dom.js';

export function profileView(main, { navigate }) {
  replace(main, pageHead('Profile'),
    h('button', { class: 'btn', type: 'button', onClick: async () => { await api.signOut(); navigate('/signin'); } }, 'Sign out'));
}
