import { describe, expect, it } from 'vitest';
import { authenticate } from '../../../sim/world/credentials.ts';
import { createLabSession, type LabSession } from '../../session.ts';

const TRUST_STUDENT = `'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:user/student"},"Action":"sts:AssumeRole"}]}'`;
const TRUST_EC2 = `'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'`;

/** Who the session's current credentials authenticate as. */
function whoAmI(session: LabSession): string {
  const caller = session.currentCaller();
  if (!caller) return 'nobody';
  const who = authenticate(session.world.state, caller, session.world.clock.now());
  return 'arn' in who ? who.arn : who.code;
}

describe('session.currentCaller', () => {
  it('is the default profile, then exported session credentials, then a role profile once cached', async () => {
    const session = createLabSession();
    expect(whoAmI(session)).toBe('arn:aws:iam::111111111111:user/student');
    await session.shell.run(`aws iam create-role --role-name Ops --assume-role-policy-document ${TRUST_STUDENT} > /dev/null
CREDS=$(aws sts assume-role --role-arn arn:aws:iam::111111111111:role/Ops --role-session-name me --query Credentials --output text)
read AWS_ACCESS_KEY_ID AWS_EXPIRATION AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN <<< "$CREDS"
export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN`);
    expect(whoAmI(session)).toBe('arn:aws:sts::111111111111:assumed-role/Ops/me');
    await session.shell.run(`unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
aws configure set role_arn arn:aws:iam::111111111111:role/Ops --profile ops
aws configure set source_profile default --profile ops
aws configure set role_session_name cli --profile ops
export AWS_PROFILE=ops`);
    const sessions = Object.keys(session.world.state.sessions).length;
    expect(session.currentCaller()).toBeNull(); // asking does not assume the role
    expect(Object.keys(session.world.state.sessions)).toHaveLength(sessions);
    await session.shell.run('aws sts get-caller-identity > /dev/null');
    expect(whoAmI(session)).toBe('arn:aws:sts::111111111111:assumed-role/Ops/cli');
  });

  it('on an instance: the role from instance metadata', async () => {
    const session = createLabSession();
    await session.shell.run(`aws iam create-role --role-name Web --assume-role-policy-document ${TRUST_EC2} > /dev/null
aws iam create-instance-profile --instance-profile-name web > /dev/null
aws iam add-role-to-instance-profile --instance-profile-name web --role-name Web
ID=$(aws ec2 describe-instances --filters Name=tag:Name,Values=web-1 --query 'Reservations[0].Instances[0].InstanceId' --output text)
aws ec2 associate-iam-instance-profile --instance-id $ID --iam-instance-profile Name=web > /dev/null
ssh ec2-user@$ID`);
    expect(session.location().kind).toBe('instance');
    expect(whoAmI(session)).toMatch(/^arn:aws:sts::111111111111:assumed-role\/Web\/i-\w+$/);
  });
});
