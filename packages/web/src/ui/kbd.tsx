/**
 * @module ui/kbd
 * A shortcut's key next to the control it drives, so every action shows how to reach it.
 */
import { SHORTCUTS, type ShortcutId, shortcutKey } from '../keys/shortcuts.ts';

export function Kbd({ id }: { id: ShortcutId }) {
  return (
    <kbd className="kbd" title={SHORTCUTS[id].label}>
      {shortcutKey(id)}
    </kbd>
  );
}

const ARIA_NAMES: Record<string, string> = {
  ctrl: 'Control',
  alt: 'Alt',
  shift: 'Shift',
  enter: 'Enter',
  escape: 'Escape',
  arrowdown: 'ArrowDown',
  arrowup: 'ArrowUp',
};

/** `aria-keyshortcuts` value for a control (WAI-ARIA 1.2), from the same table. */
export function ariaKeys(id: ShortcutId): string {
  return SHORTCUTS[id].keys
    .map((k) =>
      k
        .split('+')
        .map((p) => ARIA_NAMES[p] ?? p)
        .join('+'),
    )
    .join(' ');
}
