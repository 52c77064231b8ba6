import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** What the table shows (its caption): names the scroll region for screen readers and keyboard users. */
  label: string;
  children: ReactNode;
  /** Opens scrolled to the right end, where a grid of quarters keeps the newest. */
  startAtEnd?: boolean;
  /** More classes for the scrolling box, such as one that limits its height. */
  className?: string;
};

type Edges = { left: boolean; right: boolean };

/**
 * A table wider than the screen scrolls inside its box, never the whole page, with its first column kept
 * in place (styles.css). While there is more to see, a shadow at that edge says so, and the box becomes a
 * named region in the tab order, so that arrow keys scroll it without a mouse.
 */
export function TableBox({ label, children, startAtEnd = false, className }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<Edges>({ left: false, right: false });

  useLayoutEffect(() => {
    const box = ref.current;
    if (box === null) return;
    // Kept at the right end until the user scrolls away from it, also when the box later narrows.
    let pinned = startAtEnd;
    const measure = () => {
      if (pinned) box.scrollLeft = box.scrollWidth;
      const hidden = box.scrollWidth - box.clientWidth;
      // A pixel of rounding at 125 % zoom is not more to see.
      const next = { left: box.scrollLeft > 1, right: box.scrollLeft < hidden - 1 };
      setEdges((current) => (current.left === next.left && current.right === next.right ? current : next));
    };
    const onScroll = () => {
      pinned = startAtEnd && box.scrollLeft >= box.scrollWidth - box.clientWidth - 1;
      measure();
    };
    measure();
    box.addEventListener('scroll', onScroll, { passive: true });
    // The box narrows when the window does and the table widens when its texts change language.
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild !== null) observer.observe(box.firstElementChild);
    return () => {
      box.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [startAtEnd]);

  const scrolls = edges.left || edges.right;
  const boxClass = ['table-box', edges.left ? 'more-left' : '', edges.right ? 'more-right' : ''].filter(Boolean).join(' ');
  return (
    <div className={boxClass}>
      <div
        ref={ref}
        className={className === undefined ? 'table-scroll' : `table-scroll ${className}`}
        role={scrolls ? 'region' : undefined}
        aria-label={scrolls ? t('tableBox.label', { table: label }) : undefined}
        tabIndex={scrolls ? 0 : undefined}
      >
        {children}
      </div>
    </div>
  );
}
