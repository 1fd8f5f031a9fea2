import { useEffect, useState } from 'react';

const PUSH_DELAY_MS = 400;

/**
 * The search text as typed, kept in step with the address. Typing reaches the address once it
 * pauses (routing on every key would cost frames); a navigation that brings another text (a link
 * to the plain list) replaces what was typed, while the address catching up with typing does not.
 */
export function useTypedText(
  urlText: string,
  push: (text: string) => void,
): [string, (text: string) => void] {
  const [text, setText] = useState(urlText);
  const [pushed, setPushed] = useState(urlText);
  const [seen, setSeen] = useState(urlText);
  if (urlText !== seen) {
    setSeen(urlText);
    if (urlText !== pushed) {
      setText(urlText);
      setPushed(urlText);
    }
  }
  useEffect(() => {
    if (text === pushed) return;
    const timer = setTimeout(() => {
      setPushed(text);
      push(text);
    }, PUSH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, pushed, push]);
  return [text, setText];
}
