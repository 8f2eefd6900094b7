import type { Operation } from '../world/operation.ts';
import { validatePolicy } from './validate-policy.ts';

/** The IAM Access Analyzer operations the simulator implements, by API name. */
export const accessAnalyzerOperations: Readonly<Record<string, Operation>> = {
  ValidatePolicy: validatePolicy,
};
