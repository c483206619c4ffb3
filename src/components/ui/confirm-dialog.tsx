import { useId, useRef, useState, type ReactNode } from 'react';

/** One question to the person before something that cannot be taken back (a credential put in a link). */
export type ConfirmQuestion = { title: string; text: string; confirmLabel: string; cancelLabel: string; onConfirm: () => void };

const cancelButton =
  'rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800';
const confirmButton =
  'rounded bg-red-700 px-3 py-1 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';

/**
 * A modal question in the page (a native <dialog>: focus is trapped and Escape cancels), never
 * window.confirm: it is styled, translated and labelled like the rest of the page. Cancel is first,
 * so Enter on an untouched dialog does not confirm. Render `dialog` once; call `ask` from a handler.
 */
export function useConfirmDialog(): { ask: (question: ConfirmQuestion) => void; dialog: ReactNode } {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [question, setQuestion] = useState<ConfirmQuestion | null>(null);
  const ask = (q: ConfirmQuestion) => {
    setQuestion(q);
    ref.current?.showModal();
  };
  const dialog = (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      className="m-auto max-w-md rounded-lg border border-slate-300 bg-white p-4 text-slate-900 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={`${id}-title`} className="mb-2 font-semibold">
        {question?.title}
      </h2>
      <p className="mb-3 text-sm">{question?.text}</p>
      <form method="dialog" className="flex justify-end gap-2">
        <button type="submit" className={cancelButton}>
          {question?.cancelLabel}
        </button>
        <button type="submit" className={confirmButton} onClick={() => question?.onConfirm()}>
          {question?.confirmLabel}
        </button>
      </form>
    </dialog>
  );
  return { ask, dialog };
}
