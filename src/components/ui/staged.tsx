import { startTransition, useEffect, useState, type ReactNode } from 'react';

// Panels below the fold mount one at a time, each in its own low-priority render after the browser
// has painted what came before: the verdict and the decoded view reach the screen first, and no
// single task has to build the whole page (docs/decisions/041-mobile-performance.md).

const waiting: Array<() => void> = [];
let pumping = false;
/** Set once the page has painted at least once (markFirstPaint, or the first release). */
let pagePainted = false;

/** Calls `next` after the coming frame has been painted (or after 100 ms in a hidden tab, where frames stop). */
export function afterNextPaint(next: () => void): void {
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

/** Called once from the app root's first effect: the page counts as painted after the coming frame. */
export function markFirstPaint(): void {
  afterNextPaint(() => {
    pagePainted = true;
  });
}

/**
 * Renders `children` only once its turn has come: after the next paint, and after every `Staged`
 * that mounted before it, one per frame, as a transition (interruptible by typing). Once shown it
 * stays shown, so later updates render it like any other component. With `onlyFirstPaint`, it waits
 * only while the page has not painted yet (an above-the-fold part whose fallback would flicker).
 * With `until` (a stable function, not one made during render), its turn also waits for the promise
 * it returns (say, its code chunk), settled either way.
 */
export function Staged({
  children,
  fallback = null,
  onlyFirstPaint = false,
  until,
}: {
  children: ReactNode;
  fallback?: ReactNode;
  onlyFirstPaint?: boolean;
  until?: () => Promise<unknown>;
}) {
  const [shown, setShown] = useState(() => onlyFirstPaint && pagePainted);
  useEffect(() => {
    if (shown) return;
    let live = true;
    const show = () => {
      if (live) startTransition(() => setShown(true));
    };
    waiting.push(until ? () => void until().then(show, show) : show);
    pump();
    return () => {
      live = false;
    };
  }, [shown, until]);
  return shown ? children : fallback;
}

/**
 * `value` as it was at the last paint: a new value is returned only after a frame has been painted
 * without it, as a transition. For the costly tail of something whose head is shown at once.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    let live = true;
    afterNextPaint(() => {
      if (live) startTransition(() => setPainted(value));
    });
    return () => {
      live = false;
    };
  }, [painted, value]);
  return painted;
}

/**
 * How much of a new text the first frame lays out: more than a scrolling panel shows at once. A
 * long text (a 16 KB token, a claim holding a blob) shows its head in the frame that follows the
 * keystroke, and the rest once that frame is painted (decision 041).
 */
const FIRST_FRAME_CHARS = 4096;

/** The number of leading characters of `text` to render now (all of it, once a frame has been painted with this text). */
export function useFirstFrameLength(text: string): number {
  const long = text.length > FIRST_FRAME_CHARS;
  // Short texts are not tracked: they cost no second render.
  const settled = useValueAfterPaint(long ? text : '');
  return !long || settled === text ? text.length : FIRST_FRAME_CHARS;
}
