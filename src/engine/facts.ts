/**
 * The catalogue of facts a body of law reads: each fact's path, type and allowed values. Used to
 * generate test inputs, to validate questions, and by the interview to offer answers.
 */
export type FactSpec =
  | { readonly path: string; readonly type: 'boolean'; readonly question: string; readonly help?: string }
  | {
      readonly path: string;
      readonly type: 'enum';
      readonly values: readonly string[];
      readonly question: string;
      readonly help?: string;
    }
  | {
      readonly path: string;
      readonly type: 'set';
      readonly values: readonly string[];
      readonly question: string;
      readonly help?: string;
    }
  | { readonly path: string; readonly type: 'date'; readonly question: string; readonly help?: string }
  | {
      readonly path: string;
      readonly type: 'text';
      /** Answers worth distinguishing (the law compares the text with these). */
      readonly values?: readonly string[];
      readonly question: string;
      readonly help?: string;
    };
