import { pageHead, replace } from '../dom.js';

export function analyticsView(main) {
  replace(main, pageHead('Analytics'));
}
