import * as api from '../api.js';
import { pageHead, replace } from '../dom.js';

export function homeView(main) {
  replace(main, pageHead(`Hello, ${api.user()?.full_name?.split(' ')[0] ?? 'there'}`));
}
