/**
 * Site lists: an administrator's deny list (`example.com`, `*.example.com`) and the
 * sites a user switched Silk Lens off on. A pattern `*.example.com` covers
 * example.com and every subdomain; a bare host covers exactly that host.
 */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const p = pattern.toLowerCase().trim();
  if (!p) return false;
  if (p.startsWith('*.')) {
    const base = p.slice(2);
    return h === base || h.endsWith(`.${base}`);
  }
  return h === p;
}

export function isSiteBlocked(host: string, ...lists: (string[] | undefined)[]): boolean {
  return lists.some((list) => (list ?? []).some((p) => hostMatches(host, p)));
}
