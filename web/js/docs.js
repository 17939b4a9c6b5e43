// The API reference: reads /openapi.json and renders every operation and schema. No external code.
import { esc, getJson } from './api.js';

const refName = (s) => (s?.$ref ? s.$ref.split('/').pop() : undefined);
const schemaLink = (s) => {
  if (!s) return '';
  const name = refName(s);
  if (name) return `<a href="#schema-${esc(name)}">${esc(name)}</a>`;
  if (s.oneOf) return s.oneOf.map(schemaLink).join(' | ');
  return `<code>${esc(s.type ?? 'value')}</code>`;
};

function operation(path, method, op) {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${esc(p.schema?.enum ? p.schema.enum.join(' | ') : (p.schema?.type ?? ''))}</td><td>${esc(p.description ?? '')}</td></tr>`,
    )
    .join('');
  const body = op.requestBody
    ? Object.entries(op.requestBody.content)
        .map(([type, c]) => `<li><code>${esc(type)}</code>: ${schemaLink(c.schema)}</li>`)
        .join('')
    : '';
  const responses = Object.entries(op.responses ?? {})
    .map(
      ([code, r]) =>
        `<li><strong>${esc(code)}</strong> ${esc(r.description ?? '')}${
          r.content
            ? ` (${Object.entries(r.content)
                .map(([t, c]) => `<code>${esc(t)}</code> ${schemaLink(c.schema)}`)
                .join(', ')})`
            : ''
        }</li>`,
    )
    .join('');
  return `<section class="op" id="op-${esc(op.operationId ?? path)}"><h3><span class="method">${esc(method)}</span><code>${esc(path)}</code></h3>
<p><strong>${esc(op.summary ?? '')}</strong></p>${op.description ? `<p>${esc(op.description)}</p>` : ''}
${params ? `<div class="table-wrap"><table><thead><tr><th scope="col">Parameter</th><th scope="col">In</th><th scope="col">Required</th><th scope="col">Values</th><th scope="col">Notes</th></tr></thead><tbody>${params}</tbody></table></div>` : ''}
${body ? `<p>Request body:</p><ul>${body}</ul>` : ''}<p>Responses:</p><ul>${responses}</ul></section>`;
}

async function init() {
  const doc = await getJson('/openapi.json');
  const byTag = new Map();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const tag = op.tags?.[0] ?? 'other';
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push(operation(path, method, op));
    }
  }
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(
      ([name, s]) =>
        `<details id="schema-${esc(name)}"><summary><code>${esc(name)}</code></summary><pre class="schema">${esc(JSON.stringify(s, null, 2))}</pre></details>`,
    )
    .join('');
  document.getElementById('docs').innerHTML =
    `<p>${esc(doc.info.title)} ${esc(doc.info.version)}. ${esc(doc.info.description)}</p>
<nav aria-label="Sections"><ul>${[...byTag.keys()].map((t) => `<li><a href="#tag-${esc(t.replace(/\s/g, '-'))}">${esc(t)}</a></li>`).join('')}<li><a href="#schemas">Schemas</a></li></ul></nav>
${[...byTag.entries()].map(([tag, ops]) => `<h2 id="tag-${esc(tag.replace(/\s/g, '-'))}">${esc(tag)}</h2>${ops.join('')}`).join('')}
<h2 id="schemas">Schemas</h2>${schemas}`;
}

init().catch((error) => {
  document.getElementById('docs').textContent =
    `Could not load the API description: ${error.message}`;
});
