/**
 * @module keys/use-shortcuts
 * One key listener for the page; the shell, the screens and the dialogs register handlers by
 * shortcut id. A dialog is asked before the screen, the screen before the shell (whatever the
 * order React mounted them in), and a modal dialog hides the keys of everything below it.
 */
import { useEffect, useRef } from 'react';
import { actsWhileTyping, type KeyPress, matches, SHORTCUTS, type ShortcutId } from './shortcuts.ts';

export type Handlers = Partial<Record<ShortcutId, () => void>>;

/** Who registered: asked from modal down to app. */
export type Level = 'app' | 'screen' | 'panel' | 'modal';
const RANK: Record<Level, number> = { app: 0, screen: 1, panel: 2, modal: 3 };

interface Layer {
  handlers: { current: Handlers };
  level: Level;
}

const stack: Layer[] = [];

function isTyping(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable) return true;
  if (t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return true;
  if (t instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(t.type);
  return false;
}

/** Enter and Space on a button or link keep their own meaning. */
function isControl(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && t.closest('button, a[href], summary, [role="option"]') !== null;
}

/** The shortcut a key press means for the layers now registered, if any. */
export function resolve(e: KeyPress, typing: boolean, control: boolean): (() => void) | undefined {
  // Highest level first; within a level, the newest registration first.
  const order = stack
    .map((layer, i) => ({ layer, i }))
    .sort((a, b) => RANK[b.layer.level] - RANK[a.layer.level] || b.i - a.i);
  for (const { layer } of order) {
    for (const [id, fn] of Object.entries(layer.handlers.current) as [ShortcutId, () => void][]) {
      for (const spec of SHORTCUTS[id].keys) {
        if (typing && !actsWhileTyping(spec)) continue;
        if (control && spec === 'enter') continue;
        if (matches(spec, e)) return fn;
      }
    }
    if (layer.level === 'modal') return undefined;
  }
  return undefined;
}

export function onKeyDown(e: KeyboardEvent): void {
  if (e.defaultPrevented || e.isComposing) return;
  const fn = resolve(e, isTyping(e.target), isControl(e.target));
  if (!fn) return;
  e.preventDefault();
  fn();
}

/** Registers `handlers` while the component is mounted; the newest registration is asked first. */
export function useShortcuts(handlers: Handlers, level: Level = 'screen'): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const layer: Layer = { handlers: ref, level };
    stack.push(layer);
    return () => {
      const i = stack.indexOf(layer);
      if (i >= 0) stack.splice(i, 1);
    };
  }, [level]);
}

/** Installs the page's one key listener (the app shell calls it once). */
export function useKeyListener(): void {
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
