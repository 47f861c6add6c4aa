import { useRef } from 'preact/hooks';
import { SIDEBAR_WIDTH, clampSidebarWidth, type SidebarSide } from '@/lib/settings/schema';

const STEP = 16;

/**
 * The panel's inner edge: drag it, or focus it and use the arrow keys (Home/End for the limits).
 * Dragging renders live and remembers the width when the pointer is let go.
 */
export function ResizeHandle({ side, width, onWidth }: { side: SidebarSide; width: number; onWidth: (w: number, commit: boolean) => void }) {
  const dragging = useRef<{ last: number } | null>(null);

  const widthAt = (clientX: number) => clampSidebarWidth(side === 'right' ? window.innerWidth - clientX : clientX);

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    e.preventDefault();
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    dragging.current = { last: width };
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!dragging.current) return;
    const w = widthAt(e.clientX);
    if (w !== dragging.current.last) {
      dragging.current.last = w;
      onWidth(w, false);
    }
  };
  const onPointerUp = (e: PointerEvent) => {
    if (!dragging.current) return;
    const w = widthAt(e.clientX);
    dragging.current = null;
    onWidth(w, true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // Arrow towards the page widens the panel, whichever side it sits on.
    const wider = side === 'right' ? 'ArrowLeft' : 'ArrowRight';
    const narrower = side === 'right' ? 'ArrowRight' : 'ArrowLeft';
    let next: number | null = null;
    if (e.key === wider) next = width + STEP;
    else if (e.key === narrower) next = width - STEP;
    else if (e.key === 'Home') next = SIDEBAR_WIDTH.min;
    else if (e.key === 'End') next = SIDEBAR_WIDTH.max;
    if (next === null) return;
    e.preventDefault();
    onWidth(clampSidebarWidth(next), true);
  };

  return (
    <div
      class="bs-resize"
      data-testid="resize-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the Backstory sidebar"
      aria-valuemin={SIDEBAR_WIDTH.min}
      aria-valuemax={SIDEBAR_WIDTH.max}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
