import { useEffect, useRef, useState } from 'react';

/**
 * A synthetic-population model run as a job of the server, shared by the Impact view and the
 * agency view: POST to start it, follow its progress over server-sent events, then fetch the
 * finished job with its result. One runner, so the two views cannot drift apart.
 */

/** What the runner needs of a job as the server reports it. */
export interface SyntheticJobLike {
  readonly id: string;
  readonly status: string;
  readonly error: string | null;
}

export interface JobProgressCount {
  readonly done: number;
  readonly total: number;
}

export interface SyntheticJob<J extends SyntheticJobLike> {
  readonly job: J | null;
  readonly progress: JobProgressCount | null;
  readonly error: string | null;
  readonly running: boolean;
  /** Starts a job with `begin` (the POST), following it until it ends. */
  readonly run: (begin: () => Promise<J>) => Promise<void>;
}

export function useSyntheticJob<J extends SyntheticJobLike>(
  fetchJob: (id: string) => Promise<J>,
): SyntheticJob<J> {
  const [job, setJob] = useState<J | null>(null);
  const [progress, setProgress] = useState<JobProgressCount | null>(null);
  const [error, setError] = useState<string | null>(null);
  const source = useRef<EventSource | null>(null);
  useEffect(() => () => source.current?.close(), []);

  const run = async (begin: () => Promise<J>) => {
    setError(null);
    setJob(null);
    setProgress(null);
    try {
      const started = await begin();
      setJob(started);
      const events = new EventSource(`/v1/jobs/${encodeURIComponent(started.id)}/events`);
      source.current = events;
      events.addEventListener('progress', (e) => setProgress(JSON.parse((e as MessageEvent<string>).data)));
      events.addEventListener('end', () => {
        events.close();
        fetchJob(started.id).then(setJob, (err: Error) => setError(err.message));
      });
      events.onerror = () => events.close();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return { job, progress, error, running: job?.status === 'running', run };
}

/** The form of a run: how many units, how many parameter draws, and the button that starts it. */
export function SyntheticRunForm({
  idPrefix,
  sizeLabel,
  submitLabel,
  size,
  onSize,
  replicates,
  onReplicates,
  running,
  onRun,
}: {
  /** The ids are `${idPrefix}-n` and `${idPrefix}-replicates`. */
  readonly idPrefix: string;
  readonly sizeLabel: string;
  readonly submitLabel: string;
  readonly size: number;
  readonly onSize: (n: number) => void;
  readonly replicates: number;
  readonly onReplicates: (n: number) => void;
  readonly running: boolean;
  readonly onRun: () => void;
}) {
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        onRun();
      }}
    >
      <div className="field">
        <label htmlFor={`${idPrefix}-n`}>{sizeLabel}</label>
        <input
          id={`${idPrefix}-n`}
          type="number"
          min={100}
          max={1000000}
          step={100}
          value={size}
          onChange={(e) => onSize(Number(e.target.value))}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-replicates`}>Parameter draws</label>
        <input
          id={`${idPrefix}-replicates`}
          type="number"
          min={1}
          max={100}
          value={replicates}
          onChange={(e) => onReplicates(Number(e.target.value))}
        />
      </div>
      <button type="submit" disabled={running}>
        {running ? 'Running…' : submitLabel}
      </button>
    </form>
  );
}

/** The error of a run, if any, then its progress row once the first progress event has come. */
export function JobProgress<J extends SyntheticJobLike>({
  id,
  label,
  state,
}: {
  /** The id of the `<progress>` element. */
  readonly id: string;
  readonly label: string;
  readonly state: SyntheticJob<J>;
}) {
  const { job, progress, error } = state;
  return (
    <>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {progress && job ? (
        <div className="progress-row">
          <label htmlFor={id}>{label}</label>
          <progress id={id} max={progress.total} value={progress.done} />
          <span aria-live="polite">
            {progress.done} of {progress.total}
            {job.status === 'done' ? ', done' : job.status === 'failed' ? `, failed: ${job.error}` : ''}
          </span>
        </div>
      ) : null}
    </>
  );
}
