import { useEffect, useLayoutEffect, useRef } from 'react';
import { commandForKey, type Command } from '../../shared/commands';
import type { ApiClient } from '../client/api-client';
import { performCommand, type CommandActions } from './perform-command';

export interface AppCommandActions extends CommandActions {
  /** Hands the editor's and the fields' pending edits over before a command runs. */
  flush(): void;
}

/**
 * Runs the menu's and the keyboard's commands (one list, src/shared/commands) with the
 * workspace's current actions. Listens once per client: the actions are read when a command
 * comes, so a new render does not re-subscribe.
 */
export function useAppCommands(client: ApiClient, actions: AppCommandActions): void {
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const run = (command: Command) => {
      // A menu accelerator may never reach the editor or a field as a key: hand over their pending edits first.
      latest.current.flush();
      performCommand(command, latest.current);
    };
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    const offMenu = client.on('menu.command', ({ command }) => run(command));
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
    };
  }, [client]);
}
