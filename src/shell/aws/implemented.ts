import type { ServiceName } from '../../sim/api/model.ts';
import { worldHasService, worldImplements } from '../../sim/world/index.ts';

/** The world's service for a botocore model name (`s3api`'s model is `s3`), if the world has it. */
export function worldService(model: string): ServiceName | undefined {
  return worldHasService(model) ? model : undefined;
}

/** True when the world answers `service`'s API operation `operation` (`CreateRole`). */
export function isImplemented(service: ServiceName, operation: string): boolean {
  return worldImplements(service, operation);
}

/** The one-line answer for what the real CLI has but this simulation does not (exit 255). */
export function notImplemented(command: string, operation?: string): { stderr: string; exitCode: number } {
  const what = operation ? `${command} ${operation}` : command;
  return { stderr: `aws: this simulated AWS does not implement ${what} yet\n`, exitCode: 255 };
}
