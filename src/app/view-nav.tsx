import { VIEW_IDS } from '../core/token/route';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../lib/session';

/** One link per view; the links are fragments (`#create`), so a view can be bookmarked or shared. */
export function ViewNav() {
  const { t } = useI18n();
  const { view } = useSession();
  return (
    <nav aria-label={t.views.label} className="overflow-x-auto">
      <ul className="flex gap-1 border-b border-slate-200 dark:border-slate-700">
        {VIEW_IDS.map((id) => (
          <li key={id}>
            <a
              href={`#${id}`}
              aria-current={id === view ? 'page' : undefined}
              className={`block rounded-t px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 ${
                id === view
                  ? 'border-b-2 border-blue-700 text-blue-800 dark:border-blue-400 dark:text-blue-300'
                  : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
              }`}
            >
              {t.views[id]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
