/**
 * @module keys/shortcuts
 * Every keyboard shortcut of the workbench, as data: the "?" overlay lists this table, the
 * buttons show their key from it, and the key handler matches against it. One table, so what
 * the interface says and what the keys do cannot drift apart.
 *
 * Single-letter keys act only when the focus is not in a text field (a coder types codes and
 * words there); keys with Ctrl or Alt, and Escape, act everywhere.
 */

export type Scope = 'global' | 'queue' | 'claim' | 'encoder' | 'dialog';

export const SCOPE_TITLES: Record<Scope, string> = {
  global: 'Anywhere',
  queue: 'Work queue',
  claim: 'Claim',
  encoder: 'Encoder (code search)',
  dialog: 'Dialogs',
};

export interface Shortcut {
  scope: Scope;
  /** Key specs: "n", "shift+a", "ctrl+s", "alt+q", "arrowdown", "?"; the first is shown. */
  keys: readonly string[];
  label: string;
}

export const SHORTCUTS = {
  help: { scope: 'global', keys: ['?'], label: 'Show or hide the keyboard shortcuts' },
  nextClaim: { scope: 'global', keys: ['n', 'alt+n'], label: 'Take the next claim from the queue' },
  goQueue: { scope: 'global', keys: ['alt+q'], label: 'Go to the work queue' },
  goDashboard: { scope: 'global', keys: ['alt+d'], label: 'Go to the dashboard' },
  goEncoder: { scope: 'global', keys: ['/', 'alt+e'], label: 'Search codes (encoder)' },
  escape: { scope: 'global', keys: ['escape'], label: 'Close the dialog, or leave the field' },

  queueDown: { scope: 'queue', keys: ['j', 'arrowdown'], label: 'Next claim in the list' },
  queueUp: { scope: 'queue', keys: ['k', 'arrowup'], label: 'Previous claim in the list' },
  queueOpen: { scope: 'queue', keys: ['enter', 'o'], label: 'Open the selected claim' },
  queueMine: { scope: 'queue', keys: ['1'], label: 'Show my claims' },
  queueUnassigned: { scope: 'queue', keys: ['2'], label: 'Show unassigned claims' },
  queueAll: { scope: 'queue', keys: ['3'], label: 'Show mine and unassigned' },
  queueFilters: { scope: 'queue', keys: ['f'], label: 'Go to the filters' },
  queueRefresh: { scope: 'queue', keys: ['r'], label: 'Refresh the list' },

  suggestionDown: { scope: 'claim', keys: ['j'], label: 'Next suggestion' },
  suggestionUp: { scope: 'claim', keys: ['k'], label: 'Previous suggestion' },
  accept: { scope: 'claim', keys: ['a'], label: 'Accept the selected suggestion' },
  acceptAll: { scope: 'claim', keys: ['shift+a'], label: 'Accept every open suggestion' },
  reject: { scope: 'claim', keys: ['x'], label: 'Reject the selected suggestion' },
  change: { scope: 'claim', keys: ['c'], label: 'Change the selected suggestion (search for another code)' },
  findingNext: { scope: 'claim', keys: [']'], label: 'Next finding' },
  findingPrev: { scope: 'claim', keys: ['['], label: 'Previous finding' },
  applyFix: { scope: 'claim', keys: ['f'], label: "Apply the selected finding's fix" },
  query: { scope: 'claim', keys: ['q'], label: 'Draft a provider query from the selected finding' },
  addDiagnosis: { scope: 'claim', keys: ['d'], label: 'Add a diagnosis' },
  addLine: { scope: 'claim', keys: ['l'], label: 'Add a service line' },
  save: { scope: 'claim', keys: ['ctrl+s', 's'], label: 'Save the claim (it is checked again)' },
  markCoded: { scope: 'claim', keys: ['ctrl+enter'], label: 'Save and mark the claim coded' },
  status: { scope: 'claim', keys: ['t'], label: 'Change the status' },
  history: { scope: 'claim', keys: ['h'], label: 'Show the status history' },

  resultDown: { scope: 'encoder', keys: ['arrowdown'], label: 'Next result' },
  resultUp: { scope: 'encoder', keys: ['arrowup'], label: 'Previous result' },
  resultOpen: { scope: 'encoder', keys: ['enter'], label: 'Show the tabular entry, its notes and path' },
  resultUse: { scope: 'encoder', keys: ['alt+enter'], label: 'Put the code on the claim' },

  dialogSubmit: { scope: 'dialog', keys: ['ctrl+enter'], label: 'Send the query' },
  dialogClose: { scope: 'dialog', keys: ['escape'], label: 'Cancel' },
} as const satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

interface KeySpec {
  key: string;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
}

function parseSpec(spec: string): KeySpec {
  const parts = spec.split('+');
  const key = parts.pop() ?? '';
  return {
    key: key === '' ? '+' : key,
    ctrl: parts.includes('ctrl'),
    alt: parts.includes('alt'),
    shift: parts.includes('shift'),
  };
}

/** The subset of a KeyboardEvent the matcher reads (so it is testable without a DOM). */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The letter or digit a key press means, even when Alt changes `key` (macOS: Alt+Q is "œ"). */
function baseKey(e: KeyPress): string {
  if (e.altKey && e.code) {
    const m = /^(?:Key([A-Z])|Digit(\d))$/.exec(e.code);
    if (m) return (m[1] ?? m[2]!).toLowerCase();
  }
  return e.key.toLowerCase();
}

export function matches(spec: string, e: KeyPress): boolean {
  const s = parseSpec(spec);
  if (baseKey(e) !== s.key) return false;
  // Ctrl on Linux and Windows, Cmd on macOS.
  if (s.ctrl !== (e.ctrlKey || e.metaKey) || s.alt !== e.altKey) return false;
  // Punctuation such as "?" or "[" needs Shift on some layouts and not on others: ignore it.
  const letterLike = /^[a-z0-9]$/.test(s.key) || s.key === 'enter' || s.key.startsWith('arrow');
  return letterLike ? s.shift === e.shiftKey : true;
}

/** True for keys that act even while typing in a field. */
export function actsWhileTyping(spec: string): boolean {
  const s = parseSpec(spec);
  return s.ctrl || s.alt || s.key === 'escape';
}

/** "ctrl+s" → "Ctrl+S", "arrowdown" → "↓": how a key is written in the interface. */
export function keyLabel(spec: string): string {
  const names: Record<string, string> = {
    arrowdown: '↓',
    arrowup: '↑',
    enter: 'Enter',
    escape: 'Esc',
    ctrl: 'Ctrl',
    alt: 'Alt',
    shift: 'Shift',
  };
  const parts = spec.split('+');
  // A bare letter is shown as typed ("a"); with a modifier, as on the keycap ("Shift+A").
  return parts.map((p) => names[p] ?? (parts.length > 1 ? p.toUpperCase() : p)).join('+');
}

/** The key shown next to a button: the shortcut's first key. */
export const shortcutKey = (id: ShortcutId): string => keyLabel(SHORTCUTS[id].keys[0]);
