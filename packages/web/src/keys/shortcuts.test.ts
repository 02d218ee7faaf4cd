import { describe, expect, it } from 'vitest';
import { actsWhileTyping, keyLabel, type KeyPress, matches, SHORTCUTS } from './shortcuts.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcut matching', () => {
  it('tells a letter from the same letter with Shift, Ctrl or Alt', () => {
    expect(matches('a', press('a'))).toBe(true);
    expect(matches('a', press('A', { shiftKey: true }))).toBe(false);
    expect(matches('shift+a', press('A', { shiftKey: true }))).toBe(true);
    expect(matches('ctrl+s', press('s', { ctrlKey: true }))).toBe(true);
    expect(matches('ctrl+s', press('s', { metaKey: true }))).toBe(true);
    expect(matches('s', press('s', { ctrlKey: true }))).toBe(false);
  });

  it('reads Alt+letter by its key position when Alt changes the character (macOS)', () => {
    expect(matches('alt+q', press('œ', { altKey: true, code: 'KeyQ' }))).toBe(true);
  });

  it('takes punctuation whatever Shift the layout needs for it', () => {
    expect(matches('?', press('?', { shiftKey: true }))).toBe(true);
    expect(matches(']', press(']'))).toBe(true);
  });

  it('lets only modified keys and Escape act while typing', () => {
    expect(actsWhileTyping('ctrl+enter')).toBe(true);
    expect(actsWhileTyping('escape')).toBe(true);
    expect(actsWhileTyping('a')).toBe(false);
    expect(keyLabel('ctrl+enter')).toBe('Ctrl+Enter');
    expect(keyLabel('shift+a')).toBe('Shift+A');
    expect(keyLabel('a')).toBe('a');
  });

  it('gives every key at most one meaning within a scope', () => {
    const seen = new Map<string, string>();
    for (const [id, s] of Object.entries(SHORTCUTS))
      for (const k of s.keys) {
        const key = `${s.scope}:${k}`;
        expect(seen.get(key), `${key} is used by ${seen.get(key)} and ${id}`).toBeUndefined();
        seen.set(key, id);
      }
  });
});
