// Where to go after signing in: a page of this app only.  The address comes
// from the query string (`/sign-in?next=…`), so anyone can craft it: another
// site, a scheme, a backslash the browser reads as a slash, a broken percent
// escape the router cannot decode, control characters, a huge string.  All of
// those lead to the home page instead.
const MAX_LENGTH = 2048;

export function safeNext(next: string | null, origin: string): string {
  if (!next || next.length > MAX_LENGTH) return '/';
  if (!next.startsWith('/') || next.startsWith('//')) return '/';
  // The router decodes the path: an escape it cannot decode is refused here,
  // and what it decodes to is checked as well (%5C is a backslash, %00 a NUL).
  let decoded: string;
  try {
    decoded = decodeURI(next);
  } catch {
    return '/';
  }
  // eslint-disable-next-line no-control-regex
  if ([next, decoded].some((s) => s.includes('\\') || /[\u0000-\u001f\u007f]/.test(s))) return '/';
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return '/';
  }
  if (url.origin !== new URL(origin).origin) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
