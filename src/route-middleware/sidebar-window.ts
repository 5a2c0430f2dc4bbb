import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { windowSidebar } from '../lib/sidebar-window.ts';

/** Sections can grow to hundreds of pages; a sidebar shows 25 entries per list around the reader. */
export const SIDEBAR_WINDOW = 25;

// Runs after starlight-sidebar-topics (which registers itself with order 'pre') has picked the section.
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  // Splash pages (home, 404, offline) have no sidebar, and without one Starlight shows no menu button on a
  // phone, so no language or theme switch. They get the menu too: the section list, no page list.
  if (!route.hasSidebar) {
    route.hasSidebar = true;
    route.sidebar = [];
  }
  route.sidebar = windowSidebar(route.sidebar, SIDEBAR_WINDOW);
});
