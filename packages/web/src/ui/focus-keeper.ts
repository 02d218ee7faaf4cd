/**
 * @module ui/focus-keeper
 * Focus is never lost: when the element that had the keyboard focus leaves the page (a removed
 * line's button, an accepted suggestion's row, a finding its fix made go away), the focus goes
 * to the open dialog or to the screen, not to the document body where no key would reach a
 * screen reader's user and the next Tab would start from the top.
 */
import { useEffect } from 'react';

export function useFocusKeeper(): void {
  useEffect(() => {
    let last: Element | null = null;
    const onFocusIn = (e: FocusEvent) => {
      last = e.target instanceof Element ? e.target : null;
    };
    const observer = new MutationObserver(() => {
      if (!last || last.isConnected) return;
      last = null;
      // Something else already took the focus (a screen moved it on purpose): leave it.
      if (document.activeElement && document.activeElement !== document.body) return;
      const target =
        document.querySelector<HTMLElement>('dialog[open]') ?? document.querySelector<HTMLElement>('main');
      target?.focus({ preventScroll: true });
    });
    document.addEventListener('focusin', onFocusIn);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, []);
}
