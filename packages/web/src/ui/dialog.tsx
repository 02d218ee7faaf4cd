/**
 * @module ui/dialog
 * A modal dialog on the native <dialog> element: the browser keeps focus inside it and marks
 * the rest of the page inert. When it closes, focus goes back to where it was, so the keyboard
 * user is never left at the top of the page.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { type Handlers, useShortcuts } from '../keys/use-shortcuts.ts';

export function Dialog(props: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  keys?: Handlers;
  size?: 'normal' | 'wide' | 'full';
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { onClose } = props;
  useShortcuts({ ...props.keys, escape: onClose, dialogClose: onClose }, 'modal');
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // The field marked for it takes the focus, else the dialog itself (read from the top).
    const first = d?.querySelector<HTMLElement>('[data-autofocus]') ?? d;
    first?.focus();
    return () => {
      d?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${props.size ?? 'normal'}`}
      tabIndex={-1}
      aria-labelledby="dialog-title"
      onCancel={(e) => {
        // Escape: close through React so the state and the focus follow.
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="dialog-title">{props.title}</h2>
      {props.children}
    </dialog>
  );
}
