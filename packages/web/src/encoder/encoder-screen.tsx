/**
 * @module encoder/encoder-screen
 * The encoder on its own, for looking a code up without a claim open: today's date of service.
 */
import { useEffect, useRef } from 'react';
import { useShortcuts } from '../keys/use-shortcuts.ts';
import { EncoderPanel } from './encoder-panel.tsx';

export function EncoderScreen() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  useShortcuts({ goEncoder: () => input.current?.focus() });
  return (
    <main id="main" tabIndex={-1} className="screen encoder-screen" aria-labelledby="encoder-title">
      <h1 id="encoder-title">Encoder</h1>
      <p className="muted">
        ICD-10-CM, HCPCS and CPT codes on today's date: the alphabetic index and the tabular list, with every
        instructional note and the level it comes from.
      </p>
      <EncoderPanel on={undefined} inputRef={input} />
    </main>
  );
}
