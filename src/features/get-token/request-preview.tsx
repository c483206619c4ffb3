import type { RequestParam } from '../../core/flow/authorization-request';
import type { GetTokenMessages } from '../../i18n/en/get-token';

type Props = { m: GetTokenMessages; endpoint: string | null; s256Missing: boolean; params: readonly RequestParam[] };

/** The authorization request exactly as "Sign in" will send it, each parameter explained. */
export function RequestPreview({ m, endpoint, s256Missing, params }: Props) {
  const r = m.request;
  return (
    <div className="grid gap-2 text-sm">
      {endpoint ? (
        <p>
          <span className="font-medium">{r.endpoint}: </span>
          <code className="wrap-anywhere">{endpoint}</code>
        </p>
      ) : null}
      {s256Missing ? <p className="text-amber-800 dark:text-amber-300">{r.s256Missing}</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-xs">
          <caption className="sr-only">{r.heading}</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="p-1">
                {r.parameter}
              </th>
              <th scope="col" className="p-1">
                {r.value}
              </th>
              <th scope="col" className="p-1">
                {r.meaning}
              </th>
            </tr>
          </thead>
          <tbody>
            {params.map((p) => (
              <tr key={`${p.name}=${p.value}`} className="border-b border-slate-100 align-top dark:border-slate-800">
                <th scope="row" className="p-1 font-mono font-medium">
                  {p.name}
                </th>
                <td className="max-w-xs p-1 font-mono wrap-anywhere">{p.value}</td>
                <td className="p-1">{r.explain[p.role]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
