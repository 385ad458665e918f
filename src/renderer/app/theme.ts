import { useEffect, useState } from 'react';

type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'postdesk.theme';

function systemDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** Light, dark or the system's choice, applied to the whole window and remembered. */
export function useTheme() {
  const [choice, setChoice] = useState<ThemeChoice>(() => (localStorage.getItem(KEY) as ThemeChoice | null) ?? 'system');
  const [system, setSystem] = useState(systemDark);
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onChange = () => setSystem(query.matches);
    query?.addEventListener('change', onChange);
    return () => query?.removeEventListener('change', onChange);
  }, []);
  const dark = choice === 'dark' || (choice === 'system' && system);
  // Set during render, not in an effect, so the first paint already has the right colours.
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  return {
    dark,
    toggle() {
      const next: ThemeChoice = dark ? 'light' : 'dark';
      localStorage.setItem(KEY, next);
      setChoice(next);
    },
  };
}
