/** The mock AWS world's public API. */
export type { AccessDeniedError } from './access-denied.ts';
export {
  addAccount,
  addOrganizationalUnit,
  attachScp,
  createOrganization,
  createScp,
  placeAccount,
  scpLevels,
} from './accounts.ts';
export type { Caller, Credentials } from './credentials.ts';
export type { Params } from './operation.ts';
export type { Principal } from './principal.ts';
export { restoreWorld } from './restore.ts';
export type { WorldSnapshot } from './snapshot.ts';
export type { WorldState } from './state.ts';
export { type CallResult, createWorld, type World, worldHasService, worldImplements } from './world.ts';
