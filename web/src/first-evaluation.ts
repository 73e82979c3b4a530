import { startFirstComparison } from './api.js';
import { blankIncident } from './facts.js';
import { readPermalink } from './permalink.js';

/**
 * Imported first by main.tsx, so it runs before React is even evaluated: the scenario view's first
 * evaluation goes to the server at once, and the view takes the answer when it asks for it.
 */
if (window.location.pathname === '/') {
  const from = readPermalink(window.location.search);
  if (from.kind === 'permalink') startFirstComparison(from.permalink);
  else if (from.kind === 'none') startFirstComparison({ incident: blankIncident(), regimes: [], with: [] });
}
