/** Fills `{name}` placeholders in a UI string; unknown names stay visible so a missing value shows. */
export function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** The text before and after `{name}`, for a UI string whose placeholder is markup (a `<time>`, a link). */
export function splitTemplate(template: string, name: string): [string, string] {
  const at = template.indexOf(`{${name}}`);
  return at < 0 ? [template, ''] : [template.slice(0, at), template.slice(at + name.length + 2)];
}
