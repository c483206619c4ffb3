/** Shared Tailwind classes of the Create view (one place, so the controls look alike). */
export const field =
  'w-full rounded border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600';
export const button =
  'rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
export const primary =
  'rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-50';
export const select = 'rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
export const hint = 'text-xs text-slate-600 dark:text-slate-400';
export const alert = 'rounded border border-red-600 bg-red-50 p-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100';
export const warning = 'rounded border border-amber-600 bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100';
