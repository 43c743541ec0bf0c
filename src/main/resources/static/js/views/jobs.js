import { pageHead, replace } from '../dom.js';

export const jobsRoutes = [['/jobs', (main) => replace(main, pageHead('Jobs'))]];
