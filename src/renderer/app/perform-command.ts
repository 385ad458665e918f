import type { Command } from '../../shared/commands';

/** What the workspace does for each command. */
export interface CommandActions {
  save(): void;
  quickOpen(): void;
  openFolder(): void;
  newPost(): void;
  newMonthlyUpdate(): void;
  showProblems(): void;
  showChanges(): void;
  closeTab(): void;
  togglePreview(): void;
  help(): void;
}

/**
 * Performs a menu or keyboard command. The switch is exhaustive: a command added to the list
 * without a case here fails the typecheck (the `never` below), so no menu item does nothing.
 */
export function performCommand(command: Command, actions: CommandActions): void {
  switch (command) {
    case 'save':
      return actions.save();
    case 'quick-open':
      return actions.quickOpen();
    case 'open-folder':
      return actions.openFolder();
    case 'new-post':
      return actions.newPost();
    case 'new-monthly-update':
      return actions.newMonthlyUpdate();
    case 'show-problems':
      return actions.showProblems();
    case 'show-changes':
      return actions.showChanges();
    case 'close-tab':
      return actions.closeTab();
    case 'toggle-preview':
      return actions.togglePreview();
    case 'help':
      return actions.help();
    default: {
      // An event from an older or newer host may name a command this build does not know.
      const unknown: never = command;
      console.warn(`Postdesk: no such command: ${String(unknown)}`);
    }
  }
}
