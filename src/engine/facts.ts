/**
 * The catalogue of facts a body of law reads: each fact's path, type and allowed values. Used to
 * generate test inputs, to validate questions, and by the interview to offer answers.
 */

/** What every fact of a catalogue has, whatever its type. */
interface FactBase {
  readonly path: string;
  readonly question: string;
  readonly help?: string;
  /**
   * Facts asked together: a person who knows none of a group's facts can say so once, and the
   * interview leaves the rest of the group open without asking each.
   */
  readonly group?: string;
}

export type FactSpec =
  | (FactBase & { readonly type: 'boolean' })
  | (FactBase & { readonly type: 'enum'; readonly values: readonly string[] })
  | (FactBase & { readonly type: 'set'; readonly values: readonly string[] })
  | (FactBase & { readonly type: 'date' })
  | (FactBase & {
      readonly type: 'text';
      /** Answers worth distinguishing (the law compares the text with these). */
      readonly values?: readonly string[];
    });
