import type { Operation, OperationContext } from '../world/operation.ts';
import { ec2Authorize, instanceArn } from './authorize.ts';
import { dryRunResult } from './dry-run.ts';
import { ec2Errors } from './errors.ts';
import { stateView } from './instance-view.ts';
import type { InstanceRecord, InstanceStateName } from './state.ts';

type P = { InstanceIds: string[]; DryRun?: boolean };

/** One state change: the state the response reports, the state the instance rests in, or an error verb. */
type Transition = (
  from: InstanceStateName,
) =>
  | { readonly reported: InstanceStateName; readonly rest: InstanceStateName }
  | { readonly refuse: 'started' | 'stopped' };

/**
 * Start/Stop/Terminate: the response shows the transitional state (pending, stopping, shutting-down) as
 * CurrentState; the instance then rests in the final state at once. Repeating a request reports the resting state.
 */
function lifecycle(action: string, member: string, transition: Transition, after?: AfterChange): Operation {
  return {
    authorization: null,
    run(params, ctx) {
      const p = params as P;
      const missing = p.InstanceIds.filter((id) => !ctx.account.ec2.instances[id]);
      if (missing.length > 0) return ec2Errors.instanceNotFound(missing);
      for (const id of p.InstanceIds) {
        const denied = ec2Authorize(ctx, { action, resource: instanceArn(ctx, id) });
        if (denied) return denied;
      }
      const dry = dryRunResult(p);
      if (dry) return dry;
      const instances = p.InstanceIds.map((id) => ctx.account.ec2.instances[id] as InstanceRecord);
      for (const instance of instances) {
        const step = transition(instance.state);
        if ('refuse' in step) return ec2Errors.incorrectInstanceState(instance.instanceId, step.refuse);
      }
      const changes = instances.map((instance) => {
        const previous = instance.state;
        const step = transition(previous);
        if ('refuse' in step) throw new Error('unreachable');
        if (step.rest !== previous) {
          instance.state = step.rest;
          after?.(ctx, instance);
        }
        return {
          InstanceId: instance.instanceId,
          CurrentState: stateView(step.reported),
          PreviousState: stateView(previous),
        };
      });
      return { [member]: changes };
    },
  };
}

type AfterChange = (ctx: OperationContext, instance: InstanceRecord) => void;

/** "User initiated (2019-09-18 19:20:41 GMT)" as EC2 records a user's stop or terminate. wording unverified */
function userInitiated(ctx: OperationContext, instance: InstanceRecord): void {
  instance.stateTransitionReason = `User initiated (${ctx.timestamp.slice(0, 10)} ${ctx.timestamp.slice(11, 19)} GMT)`;
  instance.imdsCredentials = null;
}

/** StartInstances. */
export const startInstances = lifecycle(
  'ec2:StartInstances',
  'StartingInstances',
  (from) =>
    from === 'stopped'
      ? { reported: 'pending', rest: 'running' }
      : from === 'running' || from === 'pending'
        ? { reported: from, rest: from }
        : { refuse: 'started' },
  (ctx, instance) => {
    instance.stateTransitionReason = '';
    instance.launchTime = `${ctx.timestamp.slice(0, 19)}.000Z`;
  },
);

/** StopInstances. */
export const stopInstances = lifecycle(
  'ec2:StopInstances',
  'StoppingInstances',
  (from) =>
    from === 'running' || from === 'pending'
      ? { reported: 'stopping', rest: 'stopped' }
      : from === 'stopped' || from === 'stopping'
        ? { reported: from, rest: from }
        : { refuse: 'stopped' },
  userInitiated,
);

/** TerminateInstances: also ends the instance-profile association. */
export const terminateInstances = lifecycle(
  'ec2:TerminateInstances',
  'TerminatingInstances',
  (from) =>
    from === 'terminated'
      ? { reported: from, rest: from }
      : { reported: 'shutting-down', rest: 'terminated' },
  (ctx, instance) => {
    userInitiated(ctx, instance);
    for (const [id, a] of Object.entries(ctx.account.ec2.associations)) {
      if (a.instanceId === instance.instanceId) delete ctx.account.ec2.associations[id];
    }
  },
);
