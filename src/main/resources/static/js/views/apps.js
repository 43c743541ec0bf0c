import { pageHead, replace } from '../dom.js';

export const appsRoutes = [['/apps', (main) => replace(main, pageHead('Applications'))]];
