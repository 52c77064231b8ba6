/** The scheme of the links an invite is sent as (ips-workbench://join/IPSW1-…), registered with the system. */
export const inviteLinkScheme = 'ips-workbench';

/**
 * The invite link the system starts the app with when a member clicks one: on Windows and Linux it is
 * among the arguments (of this start, or of a second one the single-instance lock hands over); macOS
 * sends it as an event instead.
 */
export function inviteLinkToOpen(argv: readonly string[]): string | null {
  return argv.slice(1).find((argument) => argument.toLowerCase().startsWith(`${inviteLinkScheme}://`)) ?? null;
}
