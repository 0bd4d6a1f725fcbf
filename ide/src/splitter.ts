// The divider between the editor and the console: dragged with the pointer, or moved with the arrow keys (Home and
// End for the extremes) once focused; it sets the console's height, kept in this browser.
const storageKey = "judge-ide/v1/console-height";
const minConsolePx = 80;
const minEditorPx = 120;
const stepPx = 24;

/** Makes `handle` resize the console `panel` within `container` (the work pane, whose other children keep their size). */
export function splitter(handle: HTMLElement, panel: HTMLElement, container: HTMLElement): void {
  const limits = () => {
    const others = Array.from(container.children)
      .filter((c) => c !== panel && c !== handle && !c.classList.contains("editor"))
      .reduce((sum, c) => sum + (c as HTMLElement).offsetHeight, 0);
    return { min: minConsolePx, max: Math.max(minConsolePx, container.clientHeight - others - handle.offsetHeight - minEditorPx) };
  };
  const set = (px: number, keep = true) => {
    const { min, max } = limits();
    const height = Math.round(Math.min(max, Math.max(min, px)));
    panel.style.flex = `0 0 ${height}px`;
    handle.setAttribute("aria-valuenow", String(height));
    handle.setAttribute("aria-valuemin", String(min));
    handle.setAttribute("aria-valuemax", String(max));
    if (keep) {
      try {
        localStorage.setItem(storageKey, String(height));
      } catch {
        // storage disabled
      }
    }
  };

  let stored = NaN;
  try {
    stored = Number(localStorage.getItem(storageKey) ?? NaN);
  } catch {
    // storage disabled
  }
  if (Number.isFinite(stored)) {
    requestAnimationFrame(() => set(stored, false));
  }

  handle.addEventListener("pointerdown", (down) => {
    down.preventDefault();
    handle.setPointerCapture(down.pointerId);
    const startY = down.clientY;
    const startHeight = panel.offsetHeight;
    handle.classList.add("dragging");
    const move = (e: PointerEvent) => set(startHeight + (startY - e.clientY));
    const up = () => {
      handle.classList.remove("dragging");
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", up);
      handle.removeEventListener("pointercancel", up);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", up);
    handle.addEventListener("pointercancel", up);
  });

  handle.addEventListener("keydown", (e) => {
    const height = panel.offsetHeight;
    const moves: Record<string, number> = { ArrowUp: height + stepPx, ArrowDown: height - stepPx, Home: Infinity, End: 0 };
    if (e.key in moves) {
      e.preventDefault();
      set(moves[e.key]);
    }
  });
}
