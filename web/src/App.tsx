import { onAppLink, useLocation } from './router.js';
import { ImpactView } from './views/ImpactView.js';
import { RegimesView } from './views/RegimesView.js';
import { ScenarioView } from './views/ScenarioView.js';

const PAGES = [
  { path: '/', name: 'Scenario' },
  { path: '/regimes', name: 'Regimes' },
  { path: '/impact', name: 'Impact' },
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
      {page.path === '/regimes' ? (
        <RegimesView />
      ) : page.path === '/impact' ? (
        <ImpactView />
      ) : (
        <ScenarioView search={search} />
      )}
      <footer className="site">
        Recourse: US police-accountability law as code. Proposals are read as if in force on the incident’s
        date; the results are not legal advice.
      </footer>
    </>
  );
}
