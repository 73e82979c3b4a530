import { documentedIncidentJsonSchema } from '../../law/schema-docs.js';
import { type CliCommand, printTo } from '../command.js';

/** `recourse schema`: the JSON Schema of the incident format v1, every field described. */
export const schemaCommand: CliCommand = {
  name: 'schema',
  register(program, io) {
    program
      .command('schema')
      .description('Print the JSON Schema of the incident format v1, with a description of every field')
      .action(() => printTo(io)(JSON.stringify(documentedIncidentJsonSchema(), null, 2)));
  },
};
