import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { ROUTES, type RouteName, STATUSES } from '../law/index.js';
import type { CorpusImpact } from './impact.js';

/**
 * Charts of `recourse impact` as standalone SVG, rendered server-side with Observable Plot on a
 * linkedom document. Pure functions: data in, SVG text out. Each chart carries its own title,
 * subtitle, legend and notes inside the SVG (Plot puts those in an HTML <figure>, STACK.md
 * pitfall 8), so the file is readable on its own.
 */

export interface Chart {
  /** File name, without a directory. */
  readonly name: string;
  readonly title: string;
  readonly svg: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const WIDTH = 960;
const PAD = 20;
const TICK_SIZE = 12;
const INK = '#1f2937';
const MUTED = '#4b5563';

/** Plain-language names of the routes (DESIGN.md §3), for axis and group labels. */
export const ROUTE_LABELS: Readonly<Record<RouteName, string>> = {
  officerSuit: 'Suit against the officer',
  employerSuit: 'Suit against the employer',
  stateSuit: 'State or local civil-rights suit',
  federalProsecution: 'Federal prosecution (§ 242)',
  patternOrPractice: 'DOJ pattern-or-practice action',
};

const PALETTE = ['#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7', '#a463f2', '#97bbf5'];
const BASELINE_COLOR = '#8d96a3';
const ROUTE_COLORS: Readonly<Record<RouteName, string>> = {
  officerSuit: '#4269d0',
  employerSuit: '#efb118',
  stateSuit: '#3ca951',
  federalProsecution: '#ff725c',
  patternOrPractice: '#a463f2',
};

/** One colour per regime, the baseline in grey, the same in every chart of a run. */
export function regimeColors(regimes: readonly string[], baseline = 'current'): Map<string, string> {
  const colors = new Map<string, string>();
  let k = 0;
  for (const r of regimes) {
    if (colors.has(r)) continue;
    colors.set(r, r === baseline ? BASELINE_COLOR : (PALETTE[k++ % PALETTE.length] as string));
  }
  return colors;
}

// ---------------------------------------------------------------------------------------------
// SVG assembly: Plot draws the marks and axes; the frame adds title, subtitle, legend and notes.

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A generous estimate of the width of a text in a sans-serif font (no canvas to measure it). */
export const textWidth = (s: string, size = TICK_SIZE) => Math.ceil(s.length * size * 0.62);

/** Greedy word wrap to a width in pixels. */
function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const newDocument = () =>
  parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

/** Renders a Plot and returns its marks as a group (no <style>, no own size) and its height. */
function plotGroup(options: Plot.PlotOptions): { body: string; height: number } {
  const element = Plot.plot({ ...options, document: newDocument() }) as unknown as Element;
  if (element.tagName.toLowerCase() !== 'svg') throw new Error('the chart must not ask Plot for a figure');
  for (const style of [...element.querySelectorAll('style')]) style.remove();
  const height = Number(element.getAttribute('height'));
  return { body: element.innerHTML, height };
}

interface LegendItem {
  readonly label: string;
  readonly color: string;
}

interface Block {
  /** Already positioned at (0, 0), `height` tall. */
  readonly svg: string;
  readonly height: number;
}

const textBlock = (lines: readonly string[], size: number, color: string, weight = 'normal'): Block => {
  const lineHeight = Math.round(size * 1.35);
  const svg = lines
    .map(
      (l, i) =>
        `<text x="${PAD}" y="${Math.round(size + i * lineHeight)}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(l)}</text>`,
    )
    .join('');
  return { svg, height: lines.length * lineHeight };
};

function legendBlock(title: string, items: readonly LegendItem[], width: number): Block {
  const size = TICK_SIZE;
  const row = 22;
  const parts: string[] = [];
  let x = PAD;
  let y = 0;
  const head = `${title}:`;
  parts.push(
    `<text x="${x}" y="${y + 14}" font-size="${size}" font-weight="bold" fill="${INK}">${escapeXml(head)}</text>`,
  );
  x += textWidth(head) + 10;
  for (const item of items) {
    const w = 14 + 6 + textWidth(item.label) + 18;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += row;
    }
    parts.push(
      `<rect x="${x}" y="${y + 3}" width="14" height="14" rx="2" fill="${item.color}"/>`,
      `<text x="${x + 20}" y="${y + 14}" font-size="${size}" fill="${INK}">${escapeXml(item.label)}</text>`,
    );
    x += w;
  }
  return { svg: parts.join(''), height: y + row };
}

const plotBlock = (p: { body: string; height: number }): Block => ({
  svg: `<g fill="currentColor" font-family="${escapeXml(FONT)}" font-size="${TICK_SIZE}" text-anchor="middle">${p.body}</g>`,
  height: p.height,
});

const gap = (height: number): Block => ({ svg: '', height });

/** Stacks blocks vertically into one standalone SVG document with a white background. */
function assemble(title: string, blocks: readonly Block[], width = WIDTH): string {
  let y = PAD;
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.svg) parts.push(`<g transform="translate(0,${y})">${b.svg}</g>`);
    y += b.height;
  }
  const height = Math.ceil(y + PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" color="${INK}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...parts,
    '</svg>',
  ].join('');
}

/** Title, wrapped subtitle, optional legend; the chart's blocks; wrapped notes. */
function chartFrame(spec: {
  title: string;
  subtitle: readonly string[];
  legend?: { title: string; items: readonly LegendItem[] };
  body: readonly Block[];
  notes?: readonly string[];
}): string {
  const inner = WIDTH - 2 * PAD;
  const blocks: Block[] = [textBlock(wrap(spec.title, inner, 20), 20, INK, 'bold'), gap(4)];
  const subtitle = spec.subtitle.flatMap((s) => wrap(s, inner, 13));
  if (subtitle.length > 0) blocks.push(textBlock(subtitle, 13, MUTED), gap(8));
  if (spec.legend) blocks.push(legendBlock(spec.legend.title, spec.legend.items, WIDTH), gap(6));
  blocks.push(...spec.body);
  const notes = (spec.notes ?? []).flatMap((s) => wrap(s, inner, 12));
  if (notes.length > 0) blocks.push(gap(10), textBlock(notes, 12, MUTED));
  return assemble(spec.title, blocks);
}

/** A heading over one group of a chart made of several stacked plots. */
const groupHeading = (text: string): Block => ({
  svg: `<text x="${PAD}" y="15" font-size="14" font-weight="bold" fill="${INK}">${escapeXml(text)}</text>`,
  height: 22,
});

const signed = (x: number, digits = 2) => {
  const s = Number.isInteger(x) ? String(x) : x.toFixed(digits).replace(/0+$/, '').replace(/\.$/, '');
  return x > 0 ? `+${s}` : s;
};

/** Left margin that fits the longest tick label of a horizontal bar chart. */
const marginFor = (labels: readonly string[], min = 80) =>
  Math.max(min, PAD + 10 + Math.max(0, ...labels.map((l) => textWidth(l))));

const niceMax = (x: number) => {
  if (x <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(x));
  return Math.ceil(x / step) * step;
};

// ---------------------------------------------------------------------------------------------
// (a) Routes available per regime over the corpus.

export function availabilityChart(impact: CorpusImpact): Chart {
  const regimes = impact.regimes.map((r) => r.regime);
  const colors = regimeColors(regimes, impact.baseline);
  const data = impact.regimes.flatMap((r) =>
    ROUTES.map((route) => ({ regime: r.regime, route, available: r.routes[route].available })),
  );
  const top = niceMax(Math.max(4, ...data.map((d) => d.available)) * 1.15);
  const title = 'Cases with each route available, by regime';
  const plot = plotGroup({
    width: WIDTH,
    height: 360,
    marginLeft: PAD + 46,
    marginRight: PAD,
    marginTop: 30,
    marginBottom: 50,
    fx: {
      domain: [...ROUTES],
      label: null,
      axis: 'bottom',
      padding: 0.12,
      tickFormat: (r: RouteName) => wrap(ROUTE_LABELS[r], 150, TICK_SIZE).join('\n'),
    },
    x: { domain: regimes, axis: null, paddingInner: 0.12, paddingOuter: 0.08 },
    y: {
      domain: [0, top],
      grid: true,
      label: `Cases with the route available (of ${impact.cases})`,
      labelAnchor: 'top',
      labelOffset: 46,
    },
    color: { domain: regimes, range: regimes.map((r) => colors.get(r) as string) },
    marks: [
      Plot.barY(data, { fx: 'route', x: 'regime', y: 'available', fill: 'regime' }),
      Plot.text(data, {
        fx: 'route',
        x: 'regime',
        y: 'available',
        text: (d: { available: number }) => String(d.available),
        dy: -8,
        fontSize: 11,
        fill: INK,
      }),
      Plot.ruleY([0], { stroke: INK }),
    ],
  });
  const svg = chartFrame({
    title,
    subtitle: [
      `${impact.cases} cases of the corpus, evaluated under each regime; each proposal as if in force on the incident date, on top of the state and local law of the place and time. Baseline: ${impact.baseline}.`,
    ],
    legend: {
      title: 'Regime',
      items: regimes.map((r) => ({ label: r, color: colors.get(r) as string })),
    },
    body: [plotBlock(plot)],
    notes: [
      'Bars count the cases whose route status is "available"; the rest are unavailable, not applicable or undetermined (facts missing).',
      ...(impact.errors.length > 0
        ? [`${impact.errors.length} case(s) could not be used and are not counted.`]
        : []),
    ],
  });
  return { name: 'routes-available.svg', title, svg };
}

// ---------------------------------------------------------------------------------------------
// (b) The change against the baseline, per provision (Shapley shares).

export interface ChartOptions {
  /** Titles of the provisions by id, listed under the attribution chart. */
  readonly provisionTitles?: ReadonlyMap<string, string>;
}

export function attributionChart(impact: CorpusImpact, options: ChartOptions = {}): Chart {
  const title = `Change in cases with a route available against ${impact.baseline}, by provision`;
  const colors = regimeColors(
    impact.regimes.map((r) => r.regime),
    impact.baseline,
  );
  const groups = impact.regimes.flatMap((r) =>
    r.attribution
      ? ROUTES.flatMap((route) => {
          const a = r.attribution?.[route];
          if (!a) return [];
          const provisions = a.provisions.filter((p) => p.share !== 0);
          if (a.availableChange === 0 && provisions.length === 0) return [];
          return [{ regime: r.regime, route, change: a.availableChange, provisions }];
        })
      : [],
  );
  const subtitle = [
    `Each bar is one provision's exact Shapley share of the change in the number of cases (of ${impact.cases}) where the route is available: its marginal effect averaged over every order in which the regime's provisions could be added to ${impact.baseline}. The shares of a group add up to its change.`,
  ];
  const notes = [
    'Provisions whose share is zero on every route are not shown. A negative share means the provision removes the route in some cases.',
  ];
  if (groups.length === 0) {
    return {
      name: 'change-by-provision.svg',
      title,
      svg: chartFrame({
        title,
        subtitle,
        body: [
          textBlock(
            [`No regime changes the number of cases with any route available against ${impact.baseline}.`],
            14,
            INK,
          ),
        ],
        notes,
      }),
    };
  }
  const shown = [...new Set(groups.flatMap((g) => g.provisions.map((p) => p.provision)))];
  for (const id of shown) {
    const t = options.provisionTitles?.get(id);
    if (t) notes.unshift(`${id}: ${t}.`);
  }
  const shares = groups.flatMap((g) => g.provisions.map((p) => p.share));
  const lo = Math.min(0, ...shares);
  const hi = Math.max(0, ...shares);
  const span = Math.max(hi - lo, 1);
  const domain: [number, number] = [lo < 0 ? lo - span * 0.15 : 0, hi > 0 ? hi + span * 0.15 : 0];
  const marginLeft = marginFor(groups.flatMap((g) => g.provisions.map((p) => p.provision)));
  const body: Block[] = [];
  groups.forEach((g, i) => {
    const last = i === groups.length - 1;
    body.push(
      groupHeading(
        `${g.regime} · ${ROUTE_LABELS[g.route]}: ${signed(g.change)} case${Math.abs(g.change) === 1 ? '' : 's'} with the route available`,
      ),
    );
    const rows = g.provisions.map((p) => ({ provision: p.provision, share: p.share }));
    const bars = Math.max(1, rows.length);
    body.push(
      plotBlock(
        plotGroup({
          width: WIDTH,
          height: bars * 30 + (last ? 52 : 30),
          marginLeft,
          marginRight: PAD + 20,
          marginTop: 4,
          marginBottom: last ? 48 : 26,
          y: { domain: rows.map((r) => r.provision), label: null, padding: 0.25 },
          x: {
            domain,
            grid: true,
            label: last ? 'Share of the change (cases with the route available)' : null,
            labelAnchor: 'center',
            labelOffset: 40,
          },
          marks: [
            Plot.barX(rows, { y: 'provision', x: 'share', fill: colors.get(g.regime) ?? PALETTE[0] }),
            ...[1, -1].map((sign) =>
              Plot.text(
                rows.filter((r) => Math.sign(r.share) === sign),
                {
                  y: 'provision',
                  x: 'share',
                  text: (d: { share: number }) => signed(d.share, 3),
                  textAnchor: sign > 0 ? 'start' : 'end',
                  dx: sign * 6,
                  fontSize: 12,
                  fontWeight: 'bold',
                  fill: INK,
                },
              ),
            ),
            Plot.ruleX([0], { stroke: INK }),
          ],
        }),
      ),
      gap(last ? 0 : 10),
    );
  });
  return { name: 'change-by-provision.svg', title, svg: chartFrame({ title, subtitle, body, notes }) };
}

// ---------------------------------------------------------------------------------------------
// (c) The distribution of changes: case-routes moving from one status to another, per regime.

export function transitionsChart(impact: CorpusImpact): Chart {
  const title = `Case-routes that change status against ${impact.baseline}, by regime`;
  const proposals = impact.regimes.filter((r) => r.regime !== impact.baseline).map((r) => r.regime);
  const changed = proposals.filter((r) => impact.changes.some((c) => c.regime === r));
  const unchanged = proposals.filter((r) => !changed.includes(r));
  const routesSeen = ROUTES.filter((route) => impact.changes.some((c) => c.route === route));
  const subtitle = [
    `For each regime, how many (case, route) pairs of the ${impact.cases} cases x ${ROUTES.length} routes move from one status to another against ${impact.baseline}, coloured by route.`,
  ];
  const notes = [
    ...(proposals.length === 0
      ? [`No regime other than ${impact.baseline} was evaluated.`]
      : unchanged.length > 0
        ? [`No change against ${impact.baseline}: ${unchanged.join(', ')}.`]
        : []),
    'Statuses: available, unavailable (blocked), not-applicable, undetermined (facts missing).',
  ];
  if (changed.length === 0) {
    return {
      name: 'status-changes.svg',
      title,
      svg: chartFrame({
        title,
        subtitle,
        body: [textBlock([`No case-route changes status against ${impact.baseline}.`], 14, INK)],
        notes,
      }),
    };
  }
  const key = (before: string, after: string) => `${before} → ${after}`;
  const order = STATUSES.flatMap((b) => STATUSES.filter((a) => a !== b).map((a) => key(b, a)));
  const rowsOf = (regime: string) => {
    const counts = new Map<string, number>();
    for (const c of impact.changes) {
      if (c.regime !== regime) continue;
      const k = `${key(c.before, c.after)}|${c.route}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return [...counts].map(([k, count]) => {
      const [transition, route] = k.split('|') as [string, RouteName];
      return { transition, route, count };
    });
  };
  const totalsOf = (rows: ReturnType<typeof rowsOf>) => {
    const t = new Map<string, number>();
    for (const r of rows) t.set(r.transition, (t.get(r.transition) ?? 0) + r.count);
    return t;
  };
  const maxTotal = Math.max(1, ...changed.flatMap((r) => [...totalsOf(rowsOf(r)).values()]));
  const marginLeft = marginFor(order);
  const body: Block[] = [];
  changed.forEach((regime, i) => {
    const last = i === changed.length - 1;
    const rows = rowsOf(regime);
    const totals = totalsOf(rows);
    const transitions = order.filter((t) => totals.has(t));
    const moved = rows.reduce((s, r) => s + r.count, 0);
    body.push(groupHeading(`${regime}: ${moved} case-route${moved === 1 ? '' : 's'} change status`));
    body.push(
      plotBlock(
        plotGroup({
          width: WIDTH,
          height: transitions.length * 30 + (last ? 52 : 30),
          marginLeft,
          marginRight: PAD + 30,
          marginTop: 4,
          marginBottom: last ? 48 : 26,
          y: { domain: transitions, label: null, padding: 0.25 },
          x: {
            domain: [0, niceMax(maxTotal * 1.1)],
            grid: true,
            label: last ? 'Number of case-routes' : null,
            labelAnchor: 'center',
            labelOffset: 40,
          },
          color: { domain: [...ROUTES], range: ROUTES.map((r) => ROUTE_COLORS[r]) },
          marks: [
            Plot.barX(
              rows,
              Plot.stackX({
                y: 'transition',
                x: 'count',
                fill: 'route',
                order: [...ROUTES],
                stroke: 'white',
              }),
            ),
            Plot.text([...totals], {
              y: (d: [string, number]) => d[0],
              x: (d: [string, number]) => d[1],
              text: (d: [string, number]) => String(d[1]),
              textAnchor: 'start',
              dx: 6,
              fontSize: 12,
              fontWeight: 'bold',
              fill: INK,
            }),
            Plot.ruleX([0], { stroke: INK }),
          ],
        }),
      ),
      gap(last ? 0 : 10),
    );
  });
  return {
    name: 'status-changes.svg',
    title,
    svg: chartFrame({
      title,
      subtitle,
      legend: {
        title: 'Route',
        items: routesSeen.map((r) => ({ label: ROUTE_LABELS[r], color: ROUTE_COLORS[r] })),
      },
      body,
      notes,
    }),
  };
}

/** The three charts of the cases corpus. */
export function corpusCharts(impact: CorpusImpact, options: ChartOptions = {}): Chart[] {
  return [availabilityChart(impact), attributionChart(impact, options), transitionsChart(impact)];
}

// ---------------------------------------------------------------------------------------------
// (d) The synthetic population: fatal shootings a year with each route available.

export interface SyntheticChartInput {
  readonly n: number;
  readonly seed: number;
  readonly replicates: number;
  /** The years the estimate averages over. */
  readonly years: readonly [number, number];
  readonly baseline?: string;
  /** One row per regime and route: fatal shootings a year with the route available. */
  readonly rows: readonly {
    readonly regime: string;
    readonly route: RouteName;
    readonly mean: number;
    readonly low: number;
    readonly high: number;
  }[];
  readonly assumptions: readonly { readonly parameter: string; readonly assumption: boolean }[];
}

export function syntheticChart(input: SyntheticChartInput): Chart {
  const title = 'Model estimates: fatal police shootings a year with each route available';
  const regimes = [...new Set(input.rows.map((r) => r.regime))];
  const colors = regimeColors(regimes, input.baseline ?? 'current');
  const label = (d: { mean: number; low: number; high: number }) =>
    `${Math.round(d.mean)} (${Math.round(d.low)}–${Math.round(d.high)})`;
  const top = niceMax(Math.max(1, ...input.rows.map((r) => r.high)) * 1.12);
  const marginLeft = marginFor(regimes);
  const marginRight = PAD + textWidth('0000 (0000–0000)') + 10;
  const body: Block[] = [];
  const routes = ROUTES.filter((route) => input.rows.some((r) => r.route === route));
  routes.forEach((route, i) => {
    const last = i === routes.length - 1;
    const rows = input.rows.filter((r) => r.route === route);
    body.push(groupHeading(ROUTE_LABELS[route]));
    body.push(
      plotBlock(
        plotGroup({
          width: WIDTH,
          height: rows.length * 24 + (last ? 52 : 30),
          marginLeft,
          marginRight,
          marginTop: 4,
          marginBottom: last ? 48 : 26,
          y: { domain: regimes, label: null, padding: 0.2 },
          x: {
            domain: [0, top],
            grid: true,
            label: last ? 'Fatal shootings a year with the route available (estimate)' : null,
            labelAnchor: 'center',
            labelOffset: 40,
          },
          color: { domain: regimes, range: regimes.map((r) => colors.get(r) as string) },
          marks: [
            Plot.ruleY(rows, { y: 'regime', x1: 'low', x2: 'high', stroke: 'regime', strokeWidth: 3 }),
            Plot.tickX(rows, { y: 'regime', x: 'low', stroke: 'regime', strokeWidth: 2 }),
            Plot.tickX(rows, { y: 'regime', x: 'high', stroke: 'regime', strokeWidth: 2 }),
            Plot.dot(rows, { y: 'regime', x: 'mean', fill: 'regime', stroke: INK, r: 5 }),
            Plot.text(rows, {
              y: 'regime',
              x: 'high',
              text: label,
              textAnchor: 'start',
              dx: 8,
              fontSize: 12,
              fill: INK,
            }),
          ],
        }),
      ),
      gap(last ? 0 : 8),
    );
  });
  const assumed = input.assumptions.filter((a) => a.assumption).map((a) => a.parameter);
  const sourced = input.assumptions.filter((a) => !a.assumption).map((a) => a.parameter);
  return {
    name: 'synthetic-shootings-per-year.svg',
    title,
    svg: chartFrame({
      title,
      subtitle: [
        `MODEL ESTIMATES, not observations. A synthetic population of ${input.n.toLocaleString('en-US')} fatal shootings by on-duty officers (seed ${input.seed}), evaluated under each regime. Average year ${input.years[0]}–${input.years[1]}.`,
        `Dot: mean over ${input.replicates} draws of the uncertain parameters; line: 5th–95th percentile of those draws. Label: mean (interval).`,
      ],
      body,
      notes: [
        `Parameters from sources: ${sourced.join(', ') || 'none'}.`,
        `Parameters that are assumptions (no source gives them): ${assumed.join(', ') || 'none'}.`,
        'Values, ranges and sources: data/parameters/*.yaml, and the text or --json output of recourse impact --synthetic.',
      ],
    }),
  };
}
