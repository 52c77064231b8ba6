export type Bounds = { x: number; y: number; width: number; height: number };

/** Enough of the window's top edge on a screen to take it by its title bar. */
const graspable = 100;

/**
 * Where the window opens: where it was last time, if that is still on one of the screens (a laptop taken
 * away from its second monitor would otherwise open its window out of sight), no larger than that screen.
 * Undefined means the system's default place.
 */
export function restoredBounds(saved: Bounds | undefined, workAreas: readonly Bounds[]): Bounds | undefined {
  if (saved === undefined) return undefined;
  const area = workAreas.find((candidate) => {
    const left = Math.max(saved.x, candidate.x);
    const right = Math.min(saved.x + saved.width, candidate.x + candidate.width);
    return right - left >= graspable && saved.y >= candidate.y && saved.y < candidate.y + candidate.height - 40;
  });
  if (area === undefined) return undefined;
  return { x: saved.x, y: saved.y, width: Math.min(saved.width, area.width), height: Math.min(saved.height, area.height) };
}
