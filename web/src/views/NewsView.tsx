import { useEffect, useId, useRef, useState } from 'react';
import { Status, useApi } from '../components/useApi.js';
import {
  type NegotiationChoices,
  type NewsVocabulary,
  newsApi,
  type QueuedQuotation,
  type ReviewedArticle,
  type ReviewedQuotation,
} from '../news-api.js';
import { onAppLink } from '../router.js';

/**
 * News review (issue 15): import an article, go through the quotations the extractor proposed, read
 * each in its article with the quotation highlighted, and accept (as a position of the
 * negotiation), correct or reject it. Writes need an editor's token. The article is plain text
 * from the server, shown as React text nodes: nothing in it is ever read as markup.
 */

const REVIEW_WORDS: Readonly<Record<string, string>> = {
  proposed: 'proposed',
  corrected: 'corrected, not yet accepted',
  accepted: 'accepted',
  rejected: 'rejected',
};

/**
 * Where a stance came from when no word of the quotation says it (the quotation's `stanceBasis`),
 * for the reviewer: such a stance is to be checked, not taken as the speaker's words.
 */
const STANCE_BASIS_WORDS: Readonly<Record<NonNullable<ReviewedQuotation['stanceBasis']>, string>> = {
  'speaker role':
    'Not from the quotation’s words but from the speaker’s role as the article introduces them (a victim’s relative, a civil-rights advocate). Check that the words bear it out.',
};

/** Where an accepted quotation's position is shown: the negotiation view on its date, the position open. */
export function positionHref(date: string | null, positionId: string) {
  const s = new URLSearchParams();
  if (date) s.set('date', date);
  s.set('position', positionId);
  return `/negotiation?${s.toString()}`;
}

export function NewsView() {
  const [token, setToken] = useState('');
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<{ article: string; quotation: string | null } | null>(null);
  const refresh = () => setVersion((v) => v + 1);
  const queue = useApi(`queue ${version}`, newsApi.queue);
  const choices = useApi('negotiation choices', newsApi.choices);
  const vocabulary = useApi('news vocabulary', newsApi.vocabulary);
  const tokenId = useId();

  return (
    <main id="main" className="news">
      <h1>News review</h1>
      <p className="lede">
        Quotations found in press articles, proposed as evidence of where the parties stood. An editor accepts
        each (it becomes a dated position in the negotiation, with its source), corrects it, or rejects it.
      </p>
      <div className="field token-field">
        <label htmlFor={tokenId}>Editor’s token</label>
        <input
          id={tokenId}
          type="password"
          autoComplete="off"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-describedby={`${tokenId}-help`}
        />
        <p className="help" id={`${tokenId}-help`}>
          Importing and reviewing need a token (<code>recourse token create</code>). Reading needs none.
        </p>
      </div>
      <ImportForm
        token={token}
        onImported={(a) => {
          refresh();
          setSelected({ article: a.id, quotation: a.quotations[0]?.id ?? null });
        }}
      />
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">To review</h2>
        <Status loaded={queue} what="the review queue" />
        {queue.state === 'done' ? (
          <Queue
            items={queue.value}
            selected={selected?.quotation ?? null}
            onSelect={(q) => setSelected({ article: q.articleId, quotation: q.id })}
          />
        ) : null}
      </section>
      {selected ? (
        <ArticleReview
          key={`${selected.article} ${version}`}
          articleId={selected.article}
          quotationId={selected.quotation}
          token={token}
          choices={choices.state === 'done' ? choices.value : null}
          vocabulary={vocabulary.state === 'done' ? vocabulary.value : null}
          onSelect={(id) => setSelected({ article: selected.article, quotation: id })}
          onReviewed={refresh}
        />
      ) : null}
    </main>
  );
}

function ImportForm({
  token,
  onImported,
}: {
  readonly token: string;
  readonly onImported: (a: ReviewedArticle) => void;
}) {
  const [source, setSource] = useState('');
  const [format, setFormat] = useState<'auto' | 'html' | 'text'>('auto');
  const [url, setUrl] = useState('');
  const [date, setDate] = useState('');
  const [outlet, setOutlet] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby="import-heading" className="news-import">
      <h2 id="import-heading">Import an article</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          setDone(null);
          setBusy(true);
          newsApi
            .importArticle(
              {
                source,
                format,
                ...(url ? { url } : {}),
                ...(date ? { date } : {}),
                ...(outlet ? { outlet } : {}),
              },
              token,
            )
            .then(
              (a) => {
                setDone(
                  `Imported "${a.title ?? 'untitled'}": ${a.quotations.length} quotation${a.quotations.length === 1 ? '' : 's'} to review.`,
                );
                setSource('');
                onImported(a);
              },
              (err: Error) => setError(err.message),
            )
            .finally(() => setBusy(false));
        }}
      >
        <div className="field">
          <label htmlFor="article-source">The article (its HTML page, or its text)</label>
          <textarea
            id="article-source"
            rows={6}
            value={source}
            onChange={(e) => setSource(e.target.value)}
            aria-describedby="article-source-help"
          />
          <p className="help" id="article-source-help">
            Scripts, styles and markup are dropped by the server; only the text is kept.
          </p>
        </div>
        <div className="row">
          <div className="field">
            <label htmlFor="article-format">Read as</label>
            <select
              id="article-format"
              value={format}
              onChange={(e) => setFormat(e.target.value as 'auto' | 'html' | 'text')}
            >
              <option value="auto">HTML or text (guess)</option>
              <option value="html">HTML</option>
              <option value="text">Plain text</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="article-url">Its address (URL)</label>
            <input id="article-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="article-date">Published on</label>
            <input id="article-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="article-outlet">Outlet</label>
            <input id="article-outlet" value={outlet} onChange={(e) => setOutlet(e.target.value)} />
          </div>
        </div>
        <button type="submit" disabled={token === '' || source.trim() === '' || busy}>
          Import
        </button>
        {token === '' ? <p className="help">Give your editor’s token above to import.</p> : null}
      </form>
      {done ? <p role="status">{done}</p> : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function Who({ q }: { readonly q: Pick<ReviewedQuotation, 'speaker' | 'party'> }) {
  return <>{q.speaker ? `${q.speaker}${q.party ? ` (${q.party})` : ''}` : 'speaker unknown'}</>;
}

function Queue({
  items,
  selected,
  onSelect,
}: {
  readonly items: readonly QueuedQuotation[];
  readonly selected: string | null;
  readonly onSelect: (q: QueuedQuotation) => void;
}) {
  if (items.length === 0)
    return <p className="muted">Nothing to review: every quotation has been accepted or rejected.</p>;
  return (
    <ul className="queue plain">
      {items.map((q) => (
        <li key={q.id} className={q.id === selected ? 'current' : undefined}>
          <button
            type="button"
            className="secondary"
            aria-pressed={q.id === selected}
            data-quotation={q.id}
            onClick={() => onSelect(q)}
          >
            Review
          </button>{' '}
          <strong>
            <Who q={q} />
          </strong>{' '}
          <span className="muted">
            on {q.issue ?? 'no issue'}, {q.stance ?? 'no stance'}
            {q.stanceBasis ? ' (not in the words)' : ''}
            {q.review === 'corrected' ? ' (corrected)' : ''}
          </span>
          <q className="queue-quote">{q.text}</q>
          <span className="small muted">
            {' '}
            {q.article.title ?? 'untitled article'}
            {q.article.outlet ? `, ${q.article.outlet}` : ''}
            {q.article.date ? `, ${q.article.date}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The article's text with one quotation highlighted: three text nodes around a <mark>, from the
 * offsets. The text box scrolls to the quotation (the page itself does not move).
 */
export function HighlightedText({
  text,
  start,
  end,
}: {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const mark = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the highlighted span moves.
  useEffect(() => {
    if (box.current && mark.current) box.current.scrollTop = Math.max(0, mark.current.offsetTop - 48);
  }, [start, end]);
  if (start < 0 || end > text.length || end <= start) return <div className="article-text">{text}</div>;
  return (
    <div className="article-text" ref={box}>
      {text.slice(0, start)}
      <mark ref={mark}>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </div>
  );
}

function ArticleReview({
  articleId,
  quotationId,
  token,
  choices,
  vocabulary,
  onSelect,
  onReviewed,
}: {
  readonly articleId: string;
  readonly quotationId: string | null;
  readonly token: string;
  readonly choices: NegotiationChoices | null;
  readonly vocabulary: NewsVocabulary | null;
  readonly onSelect: (id: string) => void;
  readonly onReviewed: () => void;
}) {
  const article = useApi(`article ${articleId}`, () => newsApi.article(articleId));
  if (article.state !== 'done') return <Status loaded={article} what="the article" />;
  const a = article.value;
  const q = a.quotations.find((x) => x.id === quotationId) ?? null;
  return (
    <section aria-labelledby="article-heading" className="article-review">
      <h2 id="article-heading">{a.title ?? 'Untitled article'}</h2>
      <p className="muted">
        {[a.outlet, a.date].filter(Boolean).join(', ')}
        {a.url ? (
          <>
            {a.outlet || a.date ? ' · ' : ''}
            <a href={a.url} rel="noopener noreferrer nofollow" target="_blank">
              the source
            </a>
          </>
        ) : (
          ' · no source address was given'
        )}
      </p>
      <div className="article-layout">
        <div>
          <h3>Quotations in this article</h3>
          <ul className="plain quotation-list">
            {a.quotations.map((x) => (
              <li key={x.id}>
                <button
                  type="button"
                  className="secondary"
                  aria-pressed={x.id === quotationId}
                  data-quotation={x.id}
                  onClick={() => onSelect(x.id)}
                >
                  <Who q={x} />: “{x.text.length > 60 ? `${x.text.slice(0, 57)}…` : x.text}”
                </button>{' '}
                <span className={`review review-${x.review}`}>{REVIEW_WORDS[x.review] ?? x.review}</span>
              </li>
            ))}
          </ul>
          {q ? (
            <HighlightedText text={a.text} start={q.start} end={q.end} />
          ) : (
            <div className="article-text">{a.text}</div>
          )}
        </div>
        {q ? (
          <ReviewPanel
            key={q.id}
            q={q}
            articleDate={a.date}
            token={token}
            choices={choices}
            vocabulary={vocabulary}
            onReviewed={onReviewed}
          />
        ) : null}
      </div>
    </section>
  );
}

function ReviewPanel({
  q,
  articleDate,
  token,
  choices,
  vocabulary,
  onReviewed,
}: {
  readonly q: ReviewedQuotation;
  readonly articleDate: string | null;
  readonly token: string;
  /** The negotiation's parties, issues and stance scale; null until the API answers. */
  readonly choices: NegotiationChoices | null;
  /** The issues and stances of a quotation; null until the API answers. */
  readonly vocabulary: NewsVocabulary | null;
  readonly onReviewed: () => void;
}) {
  const p = q.proposal;
  const [party, setParty] = useState(p.party ?? '');
  const [issue, setIssue] = useState<string>(p.issue ?? '');
  const [option, setOption] = useState(p.option ?? '');
  const [stance, setStance] = useState<string>(p.stance ?? '');
  const [date, setDate] = useState(articleDate ?? '');
  const [speaker, setSpeaker] = useState(q.speaker ?? '');
  const [newsIssue, setNewsIssue] = useState(q.issue ?? '');
  const [newsStance, setNewsStance] = useState(q.stance ?? '');
  const [start, setStart] = useState(String(q.start));
  const [end, setEnd] = useState(String(q.end));
  const [error, setError] = useState<string | null>(null);
  const positionId = q.positionIds[0] ?? null;
  const position = useApi(`position ${positionId}`, () =>
    positionId ? newsApi.position(positionId) : Promise.resolve(null),
  );
  const open = q.review === 'proposed' || q.review === 'corrected';
  const options = choices?.issues.find((i) => i.id === issue)?.options ?? [];
  const act = (run: () => Promise<unknown>) => {
    setError(null);
    run().then(onReviewed, (err: Error) => setError(err.message));
  };

  return (
    <section className="review-panel" aria-labelledby="review-heading">
      <h3 id="review-heading">This quotation</h3>
      <dl className="facts-list">
        <dt>Said by</dt>
        <dd>
          <Who q={q} />
        </dd>
        <dt>Issue, stance</dt>
        <dd>
          {q.issue ?? 'none'}, {q.stance ?? 'none'}
          {q.confidence !== null ? ` (confidence ${Math.round(q.confidence * 100)} %)` : ''}
        </dd>
        {q.stanceBasis ? (
          <>
            <dt>Where the stance comes from</dt>
            <dd className="stance-basis" data-stance-basis={q.stanceBasis}>
              {STANCE_BASIS_WORDS[q.stanceBasis]}
            </dd>
          </>
        ) : null}
        <dt>Review</dt>
        <dd className={`review review-${q.review}`}>{REVIEW_WORDS[q.review] ?? q.review}</dd>
      </dl>
      {positionId ? (
        <p role="status" className="accepted">
          Accepted as a position of the negotiation:{' '}
          <a
            href={positionHref(position.state === 'done' ? (position.value?.date ?? null) : null, positionId)}
            onClick={onAppLink}
          >
            see it in the negotiation view
          </a>
          .
        </p>
      ) : null}
      {open ? (
        <>
          <form
            className="accept-form"
            onSubmit={(e) => {
              e.preventDefault();
              setError(null);
              newsApi
                .accept(
                  q.id,
                  {
                    ...(party ? { party } : {}),
                    ...(issue ? { issue } : {}),
                    ...(option ? { option } : {}),
                    ...(stance ? { stance } : {}),
                    ...(date ? { date } : {}),
                  },
                  token,
                )
                .then(onReviewed, (err: Error) => setError(err.message));
            }}
          >
            <h4>Accept as a position</h4>
            <ul className="how small muted">
              {p.how.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
            <div className="field">
              <label htmlFor="accept-party">Party</label>
              <select id="accept-party" value={party} onChange={(e) => setParty(e.target.value)}>
                <option value="">(choose)</option>
                {(choices?.parties ?? []).map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="accept-issue">Issue</label>
              <select
                id="accept-issue"
                value={issue}
                onChange={(e) => {
                  setIssue(e.target.value);
                  setOption('');
                }}
              >
                <option value="">(choose)</option>
                {(choices?.issues ?? []).map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.id}: {x.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="accept-option">Option</label>
              <select id="accept-option" value={option} onChange={(e) => setOption(e.target.value)}>
                <option value="">(choose)</option>
                {options.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.id}: {x.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="accept-stance">Stance toward that option</label>
              <select id="accept-stance" value={stance} onChange={(e) => setStance(e.target.value)}>
                <option value="">(choose)</option>
                {(choices?.stances ?? []).map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="accept-date">Holds from</label>
              <input id="accept-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            </div>
            <div className="row">
              <button type="submit" disabled={token === ''}>
                Accept
              </button>
              <button
                type="button"
                className="secondary"
                disabled={token === ''}
                onClick={() => act(() => newsApi.reject(q.id, token))}
              >
                Reject
              </button>
            </div>
          </form>
          <form
            className="correct-form"
            onSubmit={(e) => {
              e.preventDefault();
              act(() =>
                newsApi.correct(
                  q.id,
                  {
                    speaker: speaker.trim() === '' ? null : speaker.trim(),
                    issue: newsIssue === '' ? null : newsIssue,
                    stance: newsStance === '' ? null : newsStance,
                    start: Number(start),
                    end: Number(end),
                  },
                  token,
                ),
              );
            }}
          >
            <h4>Correct what was found</h4>
            <div className="field">
              <label htmlFor="correct-speaker">Speaker</label>
              <input id="correct-speaker" value={speaker} onChange={(e) => setSpeaker(e.target.value)} />
            </div>
            <ChoiceField
              id="correct-issue"
              label="Issue"
              choices={vocabulary?.issues ?? []}
              value={newsIssue}
              onChange={setNewsIssue}
            />
            <ChoiceField
              id="correct-stance"
              label="Stance"
              choices={vocabulary?.stances ?? []}
              value={newsStance}
              onChange={setNewsStance}
            />
            <div className="row">
              <OffsetField
                id="correct-start"
                label="Starts at character"
                min={0}
                value={start}
                onChange={setStart}
              />
              <OffsetField
                id="correct-end"
                label="Ends before character"
                min={1}
                value={end}
                onChange={setEnd}
              />
            </div>
            <button type="submit" className="secondary" disabled={token === ''}>
              Save the correction
            </button>
          </form>
        </>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

/** A labelled choice of the correction form, with "(none)" first for no value. */
function ChoiceField({
  id,
  label,
  choices,
  value,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly choices: readonly string[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">(none)</option>
        {choices.map((x) => (
          <option key={x} value={x}>
            {x}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A character offset in the article's text, for the quotation's span. */
function OffsetField({
  id,
  label,
  min,
  value,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" min={min} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
