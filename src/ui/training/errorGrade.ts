/** Relative errors above this are wrong (red); above WARN, suspicious (amber). Central differences reach ~1e-8. */
export const BAD_RELATIVE_ERROR = 1e-4;
const WARN_RELATIVE_ERROR = 1e-6;

/** How a relative error of backprop against the finite difference reads: 'bad', 'warn' or 'good'. */
export function errorGrade(relativeError: number): 'bad' | 'warn' | 'good' {
  if (!(relativeError <= BAD_RELATIVE_ERROR)) return 'bad'; // NaN is bad too
  return relativeError > WARN_RELATIVE_ERROR ? 'warn' : 'good';
}
