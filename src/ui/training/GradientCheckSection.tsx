import { useEffect, useState } from 'react';
import { formatNumber } from '../../engine/format';
import { superscript } from '../../engine/notation';
import { gradientCheckProbes } from '../../engine/gradientCheck';
import type { GradientCheck, GradientCheckProgress } from '../../engine/gradientCheck';
import type { Network, Sample } from '../../engine/types';
import { errorGrade } from './errorGrade';

/**
 * At most this many weights are checked: each costs two passes through the network, so all 109,386 of
 * A[784,128,64,10] took minutes. A few hundred, spread over every layer, still finds a wrong δW formula (it is
 * wrong for a whole layer, not for one entry) in a fraction of a second.
 */
export const CHECKED_WEIGHTS = 300;
/** At most this many input coordinates X^0_i (784 of an MNIST-sized input would cost more than the weights). */
export const CHECKED_INPUTS = 50;
/** Work done between two turns of the event loop, in ms: well under a frame, so the page keeps answering. */
const SLICE_MS = 12;
/** Rows listed before "… and N more"; the worst come first. */
const LISTED_ROWS = 50;

/** 1.5e−9, with a true minus sign. */
const scientific = (x: number) => x.toExponential(1).replace('-', '\u2212');
const count = (n: number) => n.toLocaleString('en');

/** Where the check of one network and sample has got: probes done so far, then the whole check. */
interface Run {
  readonly network: Network;
  readonly sample: Sample;
  readonly progress: GradientCheckProgress | null;
  readonly check: GradientCheck | null;
  readonly error: string | null;
}

/**
 * Runs the bounded check in slices of SLICE_MS between turns of the event loop, so that a big network's check
 * never holds the page; a new network or sample abandons the old run.
 */
function useGradientCheck(network: Network, sample: Sample): Run | null {
  const [run, setRun] = useState<Run | null>(null);
  useEffect(() => {
    const probes = gradientCheckProbes(network, sample, {
      maxWeights: CHECKED_WEIGHTS,
      maxInputs: CHECKED_INPUTS,
    });
    const report = (fields: Partial<Run>) =>
      setRun({ network, sample, progress: null, check: null, error: null, ...fields });
    let timer: ReturnType<typeof setTimeout>;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      try {
        for (;;) {
          const next = probes.next();
          if (next.done) return report({ check: next.value });
          if (performance.now() >= until) {
            report({ progress: next.value });
            break;
          }
        }
      } catch (error) {
        return report({ error: error instanceof Error ? error.message : String(error) });
      }
      timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [network, sample]);
  // A run of the network before an edit says nothing about this one.
  return run !== null && run.network === network && run.sample === sample ? run : null;
}

/** "100 of the 100,480 weights of W¹, 100 of the 8,256 of W², …": how much of each layer the check covered. */
function coverage(check: GradientCheck, network: Network): string {
  const perLayer = network.weights.map((W, index) => {
    const checked = check.weights.filter((w) => w.layer === index + 1).length;
    const of = index === 0 ? 'weights of ' : 'of ';
    return `${count(checked)} of the ${count(W.data.length)} ${of}W${superscript(index + 1)}`;
  });
  return `${perLayer.join(', ')} and ${count(check.input.length)} of the ${count(check.totalInputs)} inputs`;
}

/** The sentences over the table: how many derivatives agree, and when only a sample was checked, which and why. */
function verdict(check: GradientCheck, network: Network, bad: number): string {
  const checked = check.weights.length + check.input.length;
  const total = check.totalWeights + check.totalInputs;
  const outcome =
    bad === 0
      ? `All ${count(checked)} derivatives agree with finite differences (worst relative error ${scientific(check.maxRelativeError)}).`
      : `${count(bad)} of ${count(checked)} derivatives disagree with finite differences.`;
  if (checked === total) return outcome;
  return (
    `${outcome} Checked ${count(checked)} of the ${count(total)}, evenly spread over every layer's rows and ` +
    `columns: ${coverage(check, network)}. Each costs two passes through the network, so all of them would ` +
    `hold the page for minutes.`
  );
}

/** The table, worst relative error first, so that a wrong derivative is the first line a reader sees. */
function CheckTable({ check, network }: { check: GradientCheck; network: Network }) {
  const rows = [
    ...check.weights.map((w) => ({
      key: `W${w.layer}-${w.i}-${w.j}`,
      name: `δW${superscript(w.layer)}[${w.i}][${w.j}]`,
      ...w,
    })),
    ...check.input.map((x) => ({ key: `X-${x.i}`, name: `δup₀[${x.i}]`, ...x })),
  ].sort((a, b) => b.relativeError - a.relativeError);
  const bad = rows.filter((row) => errorGrade(row.relativeError) === 'bad').length;
  return (
    <>
      <p className="gradient-check-verdict">{verdict(check, network, bad)}</p>
      {/* Its own scroller: on a phone the table is wider than the screen, and it widened the whole page. */}
      <div className="gradient-check-scroll" tabIndex={0} role="region" aria-label="Derivatives checked">
        <table className="gradient-check-table" cellPadding={4}>
          <thead>
            <tr>
              <th scope="col">entry</th>
              <th scope="col">backprop</th>
              <th scope="col" title="(J(w + ε) − J(w − ε)) / 2ε">
                finite difference
              </th>
              <th scope="col">relative error</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, LISTED_ROWS).map((row) => (
              <tr key={row.key} className={`grade-${errorGrade(row.relativeError)}`}>
                <th scope="row">{row.name}</th>
                <td>{formatNumber(row.backprop, 8)}</td>
                <td>{formatNumber(row.numeric, 8)}</td>
                <td>{scientific(row.relativeError)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > LISTED_ROWS && (
        <p>… and {count(rows.length - LISTED_ROWS)} more checked, all with smaller relative errors.</p>
      )}
    </>
  );
}

/** The check itself, started when it is mounted (the section is opened) and shown as it progresses. */
function GradientCheckBody({ network, sample }: { network: Network; sample: Sample }) {
  const run = useGradientCheck(network, sample);
  return (
    <section className="gradient-check" aria-label="Gradient check" aria-busy={run?.check == null}>
      <h2>Gradient check</h2>
      {run?.error != null ? (
        <p className="field-error" role="alert">
          The gradient check could not run: {run.error}
        </p>
      ) : run?.check != null ? (
        <CheckTable check={run.check} network={network} />
      ) : (
        <p className="gradient-check-progress" aria-live="polite">
          Checking δW and δup₀ against finite differences…
          {run?.progress != null && ` ${count(run.progress.done)} of ${count(run.progress.total)}`}
        </p>
      )}
    </section>
  );
}

/**
 * "Gradient check…": for the weights W^h_ij (all of a small network's, an evenly spread few hundred of a big
 * one's), backprop's δW^h_ij beside the central finite difference of J and their relative error, worst first;
 * then δup_0 against ∂J/∂X^0 likewise. Nothing is computed while the section is closed: the Train view opens at
 * once on any network, and a closed section costs nothing while the network is edited or trained.
 */
export function GradientCheckSection({ network, sample }: { network: Network; sample: Sample }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="gradient-check-section" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Gradient check of the current network on its sample</summary>
      {open && <GradientCheckBody network={network} sample={sample} />}
    </details>
  );
}
