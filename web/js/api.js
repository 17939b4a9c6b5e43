// Talks to the Foramen HTTP API (the web app never imports rule code) and offers small DOM helpers.

/** Escapes text for HTML. */
export const esc = (s) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** Words for a kebab-case code; spine levels (L4-L5) keep their hyphen. */
export const words = (code) =>
  /^[TLS]\d+-[LS]\d$/.test(String(code)) ? String(code) : String(code).replace(/-/g, ' ');

/** Error thrown for a non-2xx answer; `path` names the bad field when the API gave one. */
export class ApiError extends Error {
  constructor(status, message, path) {
    super(message);
    this.status = status;
    this.path = path;
  }
}

async function handle(res) {
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const message =
      body?.error?.message ?? body?.issue?.[0]?.details?.text ?? `request failed (${res.status})`;
    const path = body?.error?.path ?? body?.issue?.[0]?.expression?.[0] ?? '';
    throw new ApiError(res.status, message, path);
  }
  return body;
}

/** GET a JSON resource. */
export const getJson = (url) =>
  fetch(url, { headers: { accept: 'application/json' } }).then(handle);

/** POST JSON and read the JSON answer. */
export const postJson = (url, body) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  }).then(handle);

/** The closed vocabularies, fetched once. */
let vocab;
export const vocabulary = () => (vocab ??= getJson('/api/vocab'));

/** Shows an API error in an element with role="alert". */
export function showError(el, error) {
  el.textContent =
    error instanceof ApiError && error.path
      ? `${error.path}: ${error.message}`
      : String(error.message ?? error);
  el.hidden = false;
}

/** Offers a JSON value as a file download. */
export function download(name, value, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
