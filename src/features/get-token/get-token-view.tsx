import { useI18n } from '../../i18n/i18n';

/** Placeholder until the view lands. */
export default function GetTokenView() {
  const { t } = useI18n();
  return <p className="text-sm text-slate-600 dark:text-slate-400">{t.views.comingSoon}</p>;
}
