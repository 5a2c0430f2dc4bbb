/** Fills `{name}` placeholders in a UI string; unknown names stay visible so a missing value shows. */
export function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
