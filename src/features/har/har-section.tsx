import { useEffect, useId, useState, type DragEvent, type ReactNode } from 'react';
import type { HarEntry } from '../../core/exchange/har';
import { useCatalog } from '../../i18n/i18n';
import { catalogLoaders } from '../../i18n/catalogs';
import { exchangeEn } from '../../i18n/en/exchange';
import { Panel } from '../../components/ui/panel';
import { HarList } from './har-list';
import { useHar } from './use-har';

const LOADERS = catalogLoaders('exchange');

export type HarSectionProps = {
  /** HAR text pasted into the Token box, or null. */
  pasted: string | null;
  /** Renders the selected request the way the explorer renders any input (composed in app/). */
  renderEntry: (entry: HarEntry) => ReactNode;
};

/**
 * HAR files, opened with the file picker, dropped, or pasted into the Token box: parsed in a Web
 * Worker, listed (requests with a token, refused with 401/403, or returning tokens), one selected
 * at a time. The file is read in the page and never uploaded or stored.
 */
export default function HarSection({ pasted, renderEntry }: HarSectionProps) {
  const m = useCatalog(LOADERS) ?? exchangeEn;
  const h = m.har;
  const id = useId();
  const { state, read } = useHar();
  const [selected, setSelected] = useState<number | null>(null);

  // The Token box is outside this feature; a pasted HAR is handed to the worker when it changes.
  useEffect(() => {
    if (pasted !== null) read(pasted);
  }, [pasted, read]);

  const open = (file: File | undefined) => {
    if (!file) return;
    setSelected(null);
    read(file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    open(e.dataTransfer.files[0]);
  };
  const result = state.status === 'done' ? state.result : null;
  const entry = result?.ok && selected !== null ? result.entries.find((x) => x.index === selected) : undefined;

  return (
    <div className="grid gap-3" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label
          htmlFor={`${id}-file`}
          className="cursor-pointer rounded border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {h.open}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".har,application/json"
          className="sr-only"
          onChange={(e) => open(e.target.files?.[0])}
        />
        <span className="text-slate-600 dark:text-slate-400">{h.drop}</span>
      </div>
      {state.status === 'reading' ? <p role="status">{h.reading}</p> : null}
      {state.status === 'failed' ? <p role="alert">{h.errors.worker(state.detail)}</p> : null}
      {result && !result.ok ? <p role="alert">{h.errors[result.error](result.detail ?? '')}</p> : null}
      {result?.ok ? (
        <Panel title={h.heading}>
          <div className="grid gap-2 text-sm">
            <p role="status">{h.summary(result.entries.length, result.total, result.folded)}</p>
            {result.creator ? <p>{h.creator(result.creator)}</p> : null}
            {!result.authorizationSeen ? <p className="font-medium">{h.sanitized}</p> : null}
            <p className="text-xs text-slate-600 dark:text-slate-400">{h.hidden}</p>
            {result.entries.length > 0 ? <HarList entries={result.entries} selected={selected} onSelect={setSelected} m={m} /> : null}
          </div>
        </Panel>
      ) : null}
      {entry ? (
        <section
          aria-label={h.selected(entry.exchange.method ?? '', entry.exchange.url ?? '')}
          className="grid gap-3 border-l-4 border-blue-600 pl-3"
        >
          <h2 className="text-sm font-semibold">{h.selected(entry.exchange.method ?? '', entry.exchange.url ?? '')}</h2>
          {renderEntry(entry)}
        </section>
      ) : null}
    </div>
  );
}
