import { lazy, Suspense } from 'react';
import { onAppLink, useLocation } from './router.js';
import { ScenarioView } from './views/ScenarioView.js';

// The scenario view is the first page most people see; the others load when opened.
const RegimesView = lazy(() => import('./views/RegimesView.js').then((m) => ({ default: m.RegimesView })));
const ImpactView = lazy(() => import('./views/ImpactView.js').then((m) => ({ default: m.ImpactView })));
const AgencyView = lazy(() => import('./views/AgencyView.js').then((m) => ({ default: m.AgencyView })));
const NegotiationView = lazy(() =>
  import('./views/NegotiationView.js').then((m) => ({ default: m.NegotiationView })),
);
const NewsView = lazy(() => import('./views/NewsView.js').then((m) => ({ default: m.NewsView })));

const PAGES = [
  { path: '/', name: 'Scenario' },
  { path: '/regimes', name: 'Regimes' },
  { path: '/impact', name: 'Impact' },
  { path: '/agency', name: 'Agency' },
  { path: '/negotiation', name: 'Negotiation' },
  { path: '/news', name: 'News' },
] as const;

export function App() {
  const { path, search } = useLocation();
  const page = PAGES.find((p) => p.path === path) ?? PAGES[0];
  return (
    <>
      <a className="skip" href="#main">
        Skip to the content
      </a>
      <header className="site no-print">
        <a className="brand" href="/" onClick={onAppLink}>
          Recourse
        </a>
        <nav aria-label="Views">
          <ul>
            {PAGES.map((p) => (
              <li key={p.path}>
                <a href={p.path} onClick={onAppLink} aria-current={p === page ? 'page' : undefined}>
                  {p.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <a className="docs" href="/docs">
          API
        </a>
      </header>
      <Suspense
        fallback={
          <main id="main">
            <p role="status">Loading…</p>
          </main>
        }
      >
        {page.path === '/regimes' ? (
          <RegimesView />
        ) : page.path === '/impact' ? (
          <ImpactView />
        ) : page.path === '/agency' ? (
          <AgencyView />
        ) : page.path === '/negotiation' ? (
          <NegotiationView />
        ) : page.path === '/news' ? (
          <NewsView />
        ) : (
          <ScenarioView search={search} />
        )}
      </Suspense>
      <footer className="site">
        Recourse: US police-accountability law as code. Proposals are read as if in force on the incident’s
        date; the results are not legal advice.
      </footer>
    </>
  );
}
