import { AsyncLocalStorage } from 'node:async_hooks';
import type { CollectionEntry } from 'astro:content';

type RouteData = App.Locals['starlightRoute'];

/**
 * What the lesson components (Quiz, TeacherNotes, LessonPrintCard) read from Starlight's route data, for
 * rendering a lesson's MDX outside its own Starlight page (projector mode, booklet). Only `entry` and `id`
 * are read by those components; the rest of Starlight's route data does not exist on such pages.
 */
export function lessonRouteData(entry: CollectionEntry<'docs'>): RouteData {
  return { entry, id: entry.id } as unknown as RouteData;
}

const current = new AsyncLocalStorage<RouteData>();
const proxied = new WeakSet<object>();

/**
 * Renders `render()` (a slot holding a lesson's MDX) with that lesson as the route data its components
 * see. Astro renders sibling components concurrently, so one page holding several lessons cannot just set
 * `locals.starlightRoute` in turn: the route data follows each render's own async context instead.
 */
export function withLessonRoute<T>(locals: App.Locals, entry: CollectionEntry<'docs'>, render: () => Promise<T>) {
  if (!proxied.has(locals)) {
    locals.starlightRoute = new Proxy({} as RouteData, {
      get: (_target, key) => (current.getStore() as Record<PropertyKey, unknown> | undefined)?.[key],
    });
    proxied.add(locals);
  }
  return current.run(lessonRouteData(entry), render);
}
