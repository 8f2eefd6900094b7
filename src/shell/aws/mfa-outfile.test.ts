import { describe, expect, it } from 'vitest';
import { otpauthUri } from '../../sim/iam/mfa-devices.ts';
import { qrCodePng } from '../../sim/iam/qr-png.ts';
import { encodeBytes } from '../bytes.ts';
import { createLabSession } from '../session.ts';

describe('aws iam create-virtual-mfa-device --bootstrap-method QRCodePNG (the CLI reference example)', () => {
  it('writes the PNG bytes to the outfile and prints only the serial number', async () => {
    const session = createLabSession();
    const run = await session.shell.run(
      'aws iam create-virtual-mfa-device --virtual-mfa-device-name student --outfile QRCode.png --bootstrap-method QRCodePNG',
    );
    expect(run).toMatchObject({ stderr: '', exitCode: 0 });
    expect(run.stdout).toBe(
      '{\n    "VirtualMFADevice": {\n        "SerialNumber": "arn:aws:iam::111111111111:mfa/student"\n    }\n}\n',
    );

    const account = session.world.state.accounts['111111111111'];
    const seed = account?.iam.mfaDevices['arn:aws:iam::111111111111:mfa/student']?.base32Seed;
    if (!account || !seed) throw new Error('the device was not created');
    const png = qrCodePng(otpauthUri(account, 'student', seed));
    const file = session.fs.readFile('/home/student/QRCode.png');
    expect(file.ok && Buffer.from(encodeBytes(file.value)).equals(Buffer.from(png))).toBe(true);

    const check = await session.shell.run('wc -c < QRCode.png\nhead -c 8 QRCode.png | base64');
    expect(check).toMatchObject({ stdout: `${png.length}\niVBORw0KGgo=\n`, stderr: '', exitCode: 0 });
  });
});
