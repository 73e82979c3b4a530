/** An article Recourse cannot read: the message names what is wrong and what was expected. */
export class NewsInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NewsInputError';
  }
}
