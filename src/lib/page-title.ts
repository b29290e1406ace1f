/** The <title> of every page: "Page title - Service - Trust", as NHS trust sites write it. */
export function pageTitle(title: string, serviceName: string, organisation: string): string {
  const parts = title.trim() === serviceName ? [serviceName, organisation] : [title.trim(), serviceName, organisation];
  return parts.join(' - ');
}
