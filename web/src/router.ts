import { useEffect, useState } from 'react';

/** The app's pages are real paths (/, /regimes, /impact); the server answers each with the app. */

export function navigate(href: string): void {
  window.history.pushState(null, '', href);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

/** The current location, re-read on every navigation (links of the app and the browser's back). */
const read = () => ({ path: window.location.pathname, search: window.location.search });

export function useLocation(): { path: string; search: string } {
  const [loc, setLoc] = useState(read);
  useEffect(() => {
    const on = () => setLoc(read());
    window.addEventListener('popstate', on);
    return () => window.removeEventListener('popstate', on);
  }, []);
  return loc;
}

/** A link that stays in the app (no reload) unless opened in a new tab or window. */
export function onAppLink(e: React.MouseEvent<HTMLAnchorElement>): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(e.currentTarget.getAttribute('href') ?? '/');
}
