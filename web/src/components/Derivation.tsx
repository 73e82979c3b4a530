import type { Explanation } from '../api.js';
import { factWords, valueWords } from '../words.js';
import { Cite } from './Cite.js';

/** The derivation of a route, rule by rule: what each step decided, by which cited rule, from which facts. */
export function Derivation({ node, depth = 0 }: { readonly node: Explanation; readonly depth?: number }) {
  const r = node.decidedBy;
  const body = (
    <>
      {r ? (
        <div className="rule">
          <Cite cite={r.cite} sources={r.sources} unconfirmed={r.unconfirmed} />
          {r.text ? <q>{r.text}</q> : null}
          {r.provision ? <span className="provision">provision {r.provision}</span> : null}
        </div>
      ) : null}
      {node.facts.length > 0 ? (
        <p className="facts">
          Facts used:{' '}
          {node.facts.map((f, i) => (
            <span key={f.path}>
              {i > 0 ? '; ' : ''}
              {factWords(f.path)} = <strong>{valueWords(f.value)}</strong>
            </span>
          ))}
        </p>
      ) : null}
      {node.needs.length > 0 ? (
        <p className="needs">Would be decided by: {node.needs.map(factWords).join('; ')}</p>
      ) : null}
      {node.children.length > 0 ? (
        <ul className="derivation">
          {node.children.map((c) => (
            <li key={c.definition}>
              <Derivation node={c} depth={depth + 1} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
  const head = (
    <>
      <span className="definition">{node.description || node.definition}</span>:{' '}
      <strong>{valueWords(node.value)}</strong>
    </>
  );
  if (depth >= 2 && node.children.length > 0)
    return (
      <details>
        <summary>{head}</summary>
        {body}
      </details>
    );
  return (
    <div>
      <div>{head}</div>
      {body}
    </div>
  );
}
