import { iamModel } from './iam-model.ts';
import type { ServiceModel } from './model-types.ts';
import { stsModel } from './sts-model.ts';

export type { ServiceModel, Shape } from './model-types.ts';

/** The services the world answers. */
export type ServiceName = 'iam' | 'sts';

/** Service models by service name. */
export const models: Readonly<Record<ServiceName, ServiceModel>> = { iam: iamModel, sts: stsModel };
