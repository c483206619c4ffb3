/** Problems with the input, announced to assistive technology as they appear (role="alert"). */
export function ProblemsAlert({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="rounded-lg border-l-4 border-red-600 bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
      {problems.length === 1 ? (
        <p className="wrap-anywhere">{problems[0]}</p>
      ) : (
        <ul className="list-disc pl-5">
          {problems.map((p, i) => (
            <li key={i} className="wrap-anywhere">
              {p}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
