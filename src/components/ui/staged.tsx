import { startTransition, useEffect, useState, type ReactNode } from 'react';

// Panels below the fold mount one at a time, each in its own low-priority render after the browser
// has painted what came before: the verdict and the decoded view reach the screen first, and no
// single task has to build the whole page (docs/decisions/040-mobile-performance.md).

const waiting: Array<() => void> = [];
let pumping = false;
/** Set once the first staged part has been released: the page has painted at least once. */
let pagePainted = false;

/** Calls `next` after the coming frame has been painted (or after 100 ms in a hidden tab, where frames stop). */
function afterNextPaint(next: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    next();
  };
  const timer = setTimeout(once, 100);
  requestAnimationFrame(() => {
    // A task queued from the frame callback runs after that frame's paint.
    setTimeout(() => {
      clearTimeout(timer);
      once();
    }, 0);
  });
}

function pump(): void {
  if (pumping) return;
  const release = waiting.shift();
  if (!release) return;
  pumping = true;
  afterNextPaint(() => {
    pagePainted = true;
    release();
    pumping = false;
    pump();
  });
}

/**
 * Renders `children` only once its turn has come: after the next paint, and after every `Staged`
 * that mounted before it, one per frame, as a transition (interruptible by typing). Once shown it
 * stays shown, so later updates render it like any other component. With `onlyFirstPaint`, it waits
 * only while the page has not painted yet (an above-the-fold part whose fallback would flicker).
 */
export function Staged({ children, fallback = null, onlyFirstPaint = false }: { children: ReactNode; fallback?: ReactNode; onlyFirstPaint?: boolean }) {
  const [shown, setShown] = useState(() => onlyFirstPaint && pagePainted);
  useEffect(() => {
    if (shown) return;
    let live = true;
    waiting.push(() => {
      if (live) startTransition(() => setShown(true));
    });
    pump();
    return () => {
      live = false;
    };
  }, [shown]);
  return shown ? children : fallback;
}
