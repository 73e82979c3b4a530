/** A citation, linked to its first source when it has one; UNCONFIRMED marked in words. */
export function Cite({
  cite,
  sources,
  unconfirmed,
}: {
  readonly cite: string;
  readonly sources?: readonly string[];
  readonly unconfirmed?: string | null;
}) {
  const href = sources?.find((s) => /^https?:\/\//.test(s));
  return (
    <span className="cite">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {cite}
          <span className="visually-hidden"> (source, opens in a new tab)</span>
        </a>
      ) : (
        <cite>{cite}</cite>
      )}
      {unconfirmed ? (
        <span className="unconfirmed" title={unconfirmed}>
          UNCONFIRMED<span className="visually-hidden">: {unconfirmed}</span>
        </span>
      ) : null}
    </span>
  );
}
