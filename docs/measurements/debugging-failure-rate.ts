/**
 * The arithmetic behind DBG-01 ("measure the failure rate before and after the fix").
 *
 * Rerun: ./node_modules/.bin/node docs/measurements/debugging-failure-rate.ts [failures] [runs]
 * (defaults 7 200). Node 24 runs this TypeScript file directly; it has no dependencies.
 *
 * It prints, for a failure seen `failures` times in `runs` runs before a fix:
 * - the point estimate and the exact (Clopper-Pearson) two-sided 95% interval of the true rate;
 * - the chance that n clean runs after the fix are luck, at the point estimate and at the
 *   interval's lower bound;
 * - the exact one-sided 95% upper bound on the rate after 0 failures in n runs, next to the
 *   rule of three (3/n).
 */

function binomTail(k: number, n: number, p: number): number {
  // P(X >= k) for X ~ Binomial(n, p), summed in log space to stay accurate for large n.
  let total = 0;
  for (let i = k; i <= n; i++) {
    total += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p));
  }
  return total;
}

function logChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
  return s;
}

/** Smallest p with P(X >= k) >= alpha: the Clopper-Pearson lower bound at level alpha. */
function lowerBound(k: number, n: number, alpha: number): number {
  if (k === 0) return 0;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (binomTail(k, n, mid) < alpha) lo = mid;
    else hi = mid;
  }
  return lo;
}

const failures = Number(process.argv[2] ?? 7);
const runs = Number(process.argv[3] ?? 200);
const rate = failures / runs;
const lower = lowerBound(failures, runs, 0.025);
const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;

console.log(`before the fix: ${failures} of ${runs} failed, rate ${pct(rate)}, 95% lower bound ${pct(lower)}`);
for (const n of [200, 600, 1000]) {
  const exactUpper = 1 - Math.pow(0.05, 1 / n);
  console.log(
    `after ${n} clean runs: luck at ${pct(rate)} = ${pct(Math.pow(1 - rate, n))}, ` +
      `luck at ${pct(lower)} = ${pct(Math.pow(1 - lower, n))}; ` +
      `95% upper bound on the new rate ${pct(exactUpper)} (rule of three: ${pct(3 / n)})`,
  );
}
