import { describe, expect, it } from 'vitest';
import { createLabSession } from '../session.ts';
import { AL2023_MOTD } from './ssh.ts';

const WEB_1 =
  "ID=$(aws ec2 describe-instances --filters Name=tag:Name,Values=web-1 --query 'Reservations[0].Instances[0].InstanceId' --output text)";

describe('ssh', () => {
  it("prints the Amazon Linux 2023 banner, which is the instance's /etc/motd", async () => {
    const session = createLabSession();
    await session.shell.run(WEB_1);
    expect((await session.shell.run('ssh ec2-user@$ID cat /etc/motd')).stdout).toBe(AL2023_MOTD);
    const login = await session.shell.run('ssh ec2-user@$ID');
    expect(login.stdout).toBe(AL2023_MOTD);
    expect(AL2023_MOTD).toContain('Amazon Linux 2023');
    expect(await session.shell.run('cat /etc/motd')).toMatchObject({ stdout: AL2023_MOTD, stderr: '' });
  });
});
