import { currentMember } from '../committee/current-member';
import type { ApiContext } from './api-context';

/** The member a change is attributed to: whoever is chosen under "Working as", or null. */
export function actor(context: ApiContext): string | null {
  return currentMember.read(context.workspace.db());
}
