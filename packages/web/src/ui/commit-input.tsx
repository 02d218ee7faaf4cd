/**
 * @module ui/commit-input
 * A text field that hands its value over when the coder is done with it (Enter or leaving the
 * field), not on every key: a half-typed code is not a claim edit, and the claim is checked
 * once per finished value.
 */
import { type InputHTMLAttributes, useEffect, useState } from 'react';

export function CommitInput(
  props: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
    value: string;
    onCommit: (v: string) => void;
  },
) {
  const { value, onCommit, ...rest } = props;
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  return (
    <input
      {...rest}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
        rest.onKeyDown?.(e);
      }}
    />
  );
}
