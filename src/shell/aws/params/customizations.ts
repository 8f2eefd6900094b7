import { utf8Encode } from './bytes.ts';
import { isDict, pyInt } from './python.ts';
import { customizationError } from './unpack.ts';

/**
 * The AWS CLI v2 customizations that turn one option into several parameters (awscli/customizations:
 * ec2/addcount.py, ec2/runinstances.py, awslambda.py). Each edits the parameters in place.
 */
export type Params = Record<string, unknown>;

/** `--count 2` or `--count 1:3` into MinCount/MaxCount. */
export function addCount(params: Params, value: string): void {
  const parts = value.includes(':') ? value.split(':') : [value, value];
  const min = parts.length === 2 ? pyInt(parts[0]) : undefined;
  const max = parts.length === 2 ? pyInt(parts[1]) : undefined;
  // AWS CLI 2.9.19 has a bug here (`name 'ParamValidationError' is not defined`, exit 255); this is
  // the message v1 and later v2 releases print.
  if (!min?.ok || !max?.ok)
    customizationError('count parameter should be of form min[:max] (e.g. 1 or 1:10)');
  params.MinCount = min.value;
  params.MaxCount = max.value;
}

/** run-instances: MinCount and MaxCount default to 1 (set just before the call). */
export function setDefaultCount(params: Params): void {
  if (!('MaxCount' in params)) params.MaxCount = 1;
  if (!('MinCount' in params)) params.MinCount = 1;
}

/** run-instances' scalar network options go into NetworkInterfaces[0]. */
export function buildNetworkInterfaces(params: Params, key: string, value: unknown): void {
  if (!('NetworkInterfaces' in params)) params.NetworkInterfaces = [{ DeviceIndex: 0 }];
  const first = (params.NetworkInterfaces as Params[])[0] as Params;
  if (key !== 'PrivateIpAddresses' || !('PrivateIpAddresses' in first)) first[key] = value;
}

/** run-instances: with those scalar options, SubnetId and friends move into the interface too. */
export function fixNetworkInterfaces(params: Params): void {
  const interfaces = params.NetworkInterfaces;
  if (!Array.isArray(interfaces) || !isDict(interfaces[0])) return;
  const first = interfaces[0];
  if (
    !['PrivateIpAddresses', 'SecondaryPrivateIpAddressCount', 'AssociatePublicIpAddress'].some(
      (k) => k in first,
    )
  ) {
    return;
  }
  const move = (from: string, to: string, wrap: (v: unknown) => unknown = (v) => v): void => {
    if (from in params) {
      first[to] = wrap(params[from]);
      delete params[from];
    }
  };
  move('SubnetId', 'SubnetId');
  move('SecurityGroupIds', 'Groups');
  move('PrivateIpAddress', 'PrivateIpAddresses', (ip) => [{ PrivateIpAddress: ip, Primary: true }]);
  move('Ipv6AddressCount', 'Ipv6AddressCount');
  move('Ipv6Addresses', 'Ipv6Addresses');
}

const ZIP_ERROR =
  '--zip-file must be a zip file with the fileb:// prefix.\nExample usage:  --zip-file fileb://path/to/file.zip';

/** lambda create-function `--zip-file`: must hold a zip archive; lands in Code.ZipFile. */
export function addZipFile(params: Params, member: string, value: unknown): void {
  if (!looksLikeZip(value)) customizationError(ZIP_ERROR);
  params[member] = { ...(isDict(params[member]) ? params[member] : {}), ZipFile: value };
}

/** lambda create-function `--code`: anything but ZipFile, which only --zip-file may carry. */
export function addReplacedCode(params: Params, member: string, cliName: string, unpacked: unknown): void {
  if (isDict(unpacked) && 'ZipFile' in unpacked) {
    customizationError(
      `ZipFile cannot be provided as part of the ${cliName} argument.  ` +
        "Please use the '--zip-file' option instead to specify a zip file.",
    );
  }
  params[member] = isDict(params[member]) && isDict(unpacked) ? { ...params[member], ...unpacked } : unpacked;
}

/** Python's zipfile finds the end-of-central-directory record (`PK\x05\x06`) near the end. */
function looksLikeZip(value: unknown): boolean {
  const bytes =
    value instanceof Uint8Array ? value : typeof value === 'string' ? utf8Encode(value) : undefined;
  if (!bytes || bytes.length < 22) return false;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06)
      return true;
  }
  return false;
}
