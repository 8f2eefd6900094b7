import { accessanalyzerModel } from './accessanalyzer-model.ts';
import { cloudtrailModel } from './cloudtrail-model.ts';
import { dynamodbModel } from './dynamodb-model.ts';
import { ec2Model } from './ec2-model.ts';
import { iamModel } from './iam-model.ts';
import { lambdaModel } from './lambda-model.ts';
import { logsModel } from './logs-model.ts';
import type { ServiceModel } from './model-types.ts';
import { organizationsModel } from './organizations-model.ts';
import { s3Model } from './s3-model.ts';
import { stsModel } from './sts-model.ts';

export type { ServiceModel, Shape } from './model-types.ts';

/** The services the world answers (botocore's service names). */
export type ServiceName =
  | 'iam'
  | 'sts'
  | 's3'
  | 'ec2'
  | 'lambda'
  | 'logs'
  | 'cloudtrail'
  | 'organizations'
  | 'dynamodb'
  | 'accessanalyzer';

/** Service models by service name. */
export const models: Readonly<Record<ServiceName, ServiceModel>> = {
  iam: iamModel,
  sts: stsModel,
  s3: s3Model,
  ec2: ec2Model,
  lambda: lambdaModel,
  logs: logsModel,
  cloudtrail: cloudtrailModel,
  organizations: organizationsModel,
  dynamodb: dynamodbModel,
  accessanalyzer: accessanalyzerModel,
};
