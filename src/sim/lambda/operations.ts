import type { Operation } from '../world/operation.ts';
import * as functions from './functions.ts';
import { invoke } from './invoke.ts';
import { addPermission, getPolicy, removePermission } from './permissions.ts';

/** The Lambda operations the simulator implements, by API name. */
export const lambdaOperations: Readonly<Record<string, Operation>> = {
  CreateFunction: functions.createFunction,
  GetFunction: functions.getFunction,
  GetFunctionConfiguration: functions.getFunctionConfiguration,
  ListFunctions: functions.listFunctions,
  DeleteFunction: functions.deleteFunction,
  UpdateFunctionConfiguration: functions.updateFunctionConfiguration,
  UpdateFunctionCode: functions.updateFunctionCode,
  AddPermission: addPermission,
  RemovePermission: removePermission,
  GetPolicy: getPolicy,
  Invoke: invoke,
};
