/** The errors the command line reports to the person, with their exit codes (see main.ts). */

/** A command-line argument that is not usable: exit code 2, with a message naming it. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The person left the interview (Ctrl-C or a closed terminal): nothing was saved. */
export class InterviewCancelled extends Error {
  constructor() {
    super('interview cancelled; nothing was saved');
    this.name = 'InterviewCancelled';
  }
}
