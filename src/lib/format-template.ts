/**
 * Fills `{{name}}` placeholders in a UI string (the i18next syntax `Astro.locals.t` uses, so browser code and plain
 * lookups read the same content/i18n strings); unknown names stay visible so a missing value shows.
 */
export function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/** The text before and after `{{name}}`, for a UI string whose placeholder is markup (a `<time>`, a link). */
export function splitTemplate(template: string, name: string): [string, string] {
  const placeholder = `{{${name}}}`;
  const at = template.indexOf(placeholder);
  return at < 0 ? [template, ''] : [template.slice(0, at), template.slice(at + placeholder.length)];
}
