import type { ReactNode } from 'react';

type Props = { title: ReactNode; actions?: ReactNode; children: ReactNode; className?: string; headingLevel?: 2 | 3 };

/**
 * A titled, bordered region; the title is a real heading so screen readers can jump between panels.
 * `panel` (styles.css) lets the browser skip layout and paint of panels that are off screen.
 */
export function Panel({ title, actions, children, className = '', headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      className={`panel rounded-lg border border-slate-200 bg-white p-3 shadow-sm dark:border-slate-700 dark:bg-slate-900 ${className}`}
    >
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <Heading className="text-sm font-semibold tracking-wide text-slate-800 dark:text-slate-100">{title}</Heading>
        {actions ? <div className="flex items-center gap-2">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
