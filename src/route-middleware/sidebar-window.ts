import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { windowSidebar } from '../lib/sidebar-window.ts';

/** Sections can grow to hundreds of pages; a sidebar shows 25 entries per list around the reader. */
export const SIDEBAR_WINDOW = 25;

// Runs after starlight-sidebar-topics (which registers itself with order 'pre') has picked the section.
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = windowSidebar(route.sidebar, SIDEBAR_WINDOW);
});
