/**
 * Connection URLs in messages and logs: shown without their password, so an error or a log line never
 * carries a database or Redis secret.
 */

/**
 * The URL with its password replaced by `***`.
 * @param url - a connection URL, e.g. `postgres://user:secret@host/db`
 * @param scheme - the scheme to name when the URL cannot be read at all
 * @returns the redacted URL, or `<scheme>://(unparsable url)`
 */
export function redactPassword(url: string, scheme: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return `${scheme}://(unparsable url)`;
  }
}
