/**
 * @module dashboard/dashboard-screen
 * The team lead's dashboard: claims coded per coder per day, findings by kind, and the denial
 * reasons (CARC) the checker predicts by week of service, as charts, each with its numbers in
 * a table for screen readers and for copying. Counts only; no patient is named anywhere here.
 */
import { useEffect, useMemo, useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CLAIM_STATUSES } from '../api/types.ts';
import { useUser } from '../auth/session.tsx';
import { byStatus, carcOverTime, codedPerCoderPerDay, findingsByKind, type Series } from './aggregate.ts';
import { carcLabel } from './carc.ts';
import { useDashboardData } from './use-dashboard-data.ts';

const PALETTE = ['#2f6fba', '#d9822b', '#3a9a5b', '#b54a8f', '#7a6bd1', '#c0392b', '#1f9bb0', '#8a8f2a'];
const SEVERITY_COLORS: Record<string, string> = {
  reject: '#b42318',
  deny: '#d9822b',
  warn: '#c7a200',
  info: '#6b7a90',
};

function Chart(props: {
  id: string;
  title: string;
  caption: string;
  series: Series;
  color: (key: string, i: number) => string;
  legend?: (key: string) => string;
  empty: string;
  layout?: 'horizontal' | 'vertical';
}) {
  const { series } = props;
  const vertical = props.layout === 'vertical';
  return (
    <section className="chart-card" aria-labelledby={`${props.id}-title`} data-chart={props.id}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <p className="muted small">{props.caption}</p>
      {series.rows.length === 0 || series.keys.length === 0 ? (
        <p className="empty">{props.empty}</p>
      ) : (
        <div
          className="chart"
          role="img"
          aria-label={`${props.title}: chart; the numbers are in the table below`}
        >
          <ResponsiveContainer width="100%" height={240}>
            <BarChart
              data={series.rows}
              layout={props.layout ?? 'horizontal'}
              margin={{ left: vertical ? 24 : 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              {vertical ? (
                <>
                  <XAxis type="number" allowDecimals={false} />
                  <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12 }} />
                </>
              ) : (
                <>
                  <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                  <YAxis allowDecimals={false} width={32} />
                </>
              )}
              <Tooltip />
              <Legend formatter={(v: string) => (props.legend ? props.legend(v) : v)} />
              {series.keys.map((k, i) => (
                <Bar key={k} dataKey={k} stackId="s" fill={props.color(k, i)} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <details>
        <summary>Numbers</summary>
        <table className="grid small">
          <thead>
            <tr>
              <th scope="col">{vertical ? 'Kind' : 'When'}</th>
              {series.keys.map((k) => (
                <th scope="col" key={k} className="num">
                  {props.legend ? props.legend(k) : k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {series.keys.map((k) => (
                  <td key={k} className="num">
                    {r[k] ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

export function DashboardScreen() {
  const user = useUser();
  const { data, problem } = useDashboardData(user);
  const main = useRef<HTMLElement>(null);
  useEffect(() => main.current?.focus(), []);

  const charts = useMemo(() => {
    if (!data) return undefined;
    // Coders are named only for an admin; others see themselves and numbered colleagues.
    const numbers = new Map<string, number>();
    const label = (id: string | null): string => {
      if (id === null) return 'system';
      if (id === user.id) return data.names.get(id) ?? 'you';
      const name = data.names.get(id);
      if (name) return name;
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
      return `coder ${numbers.get(id)}`;
    };
    return {
      coded: codedPerCoderPerDay(data.coded, label, Date.now()),
      kinds: findingsByKind(data.claims),
      carc: carcOverTime(data.claims),
      status: byStatus(data.claims),
    };
  }, [data, user.id]);

  return (
    <main id="main" ref={main} tabIndex={-1} className="screen dashboard" aria-labelledby="dash-title">
      <h1 id="dash-title">Dashboard</h1>
      {problem ? (
        <p role="alert" className="form-problem">
          {problem}
        </p>
      ) : null}
      {!charts || !data ? (
        <p className="muted">Counting…</p>
      ) : (
        <>
          <ul className="tiles" aria-label="Claims by status">
            {CLAIM_STATUSES.map((s) => (
              <li key={s} className="tile">
                <span className="tile-n">{charts.status[s] ?? 0}</span>
                <span className={`status status-${s}`}>{s}</span>
              </li>
            ))}
          </ul>
          <div className="charts">
            <Chart
              id="coded"
              title="Claims coded per coder per day"
              caption={`Last 14 days; from ${data.source}.`}
              series={charts.coded}
              color={(_, i) => PALETTE[i % PALETTE.length]!}
              empty="No claim was marked coded in the last 14 days."
            />
            <Chart
              id="kinds"
              title="Findings by kind"
              caption={`Edits firing now on ${data.claims.length} claims, by edit family and severity.`}
              series={charts.kinds}
              color={(k) => SEVERITY_COLORS[k] ?? '#888'}
              layout="vertical"
              empty="No edit fires on any claim."
            />
            <Chart
              id="carc"
              title="Denial reasons (CARC) over time"
              caption="What a payer would likely answer for the findings on the claims (reject, deny, warn), by week of service."
              series={charts.carc}
              color={(_, i) => PALETTE[i % PALETTE.length]!}
              legend={carcLabel}
              empty="No finding a payer would answer with a denial reason."
            />
          </div>
        </>
      )}
    </main>
  );
}
