import { awsError } from '../aws-error.ts';

/** DynamoDB's error values; sources noted per message. */
export const ddbErrors = {
  // "Requested resource not found" (PutItem/Scan SDK transcripts, e.g. learn-terraform-aft-account-request #4).
  noTable: () => awsError('ResourceNotFoundException', 'Requested resource not found'),
  // DescribeTable-style calls name the table (a 2023 CLI transcript of DescribeTimeToLive, localstack #9030).
  noTableNamed: (name: string) =>
    awsError('ResourceNotFoundException', `Requested resource not found: Table: ${name} not found`),
  // "Table already exists: NAME" (a 2014 SDK transcript, Dynamoid #178).
  tableExists: (name: string) => awsError('ResourceInUseException', `Table already exists: ${name}`),
  // aws-sdk-js #4057 CLI transcript.
  missingKey: (name: string) =>
    validation(`One or more parameter values were invalid: Missing the key ${name} in the item`),
  // how.wtf "key element does not match the schema"; the SDKs' ValidationException text.
  keyMismatch: () => validation('The provided key element does not match the schema'),
  // dynamoose #353 and #992 transcripts.
  missedKeyElement: (name: string) => validation(`Query condition missed key schema element: ${name}`),
  noKeyCondition: () =>
    validation(
      'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request',
    ),
  // wording unverified
  typeMismatch: (name: string, expected: string, actual: string) =>
    validation(
      `One or more parameter values were invalid: Type mismatch for key ${name} expected: ${expected} actual: ${actual}`,
    ),
  // wording unverified
  emptyValue: () =>
    validation('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'),
  // wording unverified
  undefinedValue: (token: string) =>
    validation(
      `Invalid KeyConditionExpression: An expression attribute value used in expression is not defined; attribute value: ${token}`,
    ),
  // wording unverified
  undefinedName: (token: string) =>
    validation(
      `Invalid KeyConditionExpression: An expression attribute name used in the document path is not defined; attribute name: ${token}`,
    ),
  // wording unverified
  badKeyCondition: (detail: string) => validation(`Invalid KeyConditionExpression: ${detail}`),
  // wording unverified
  badSchema: (detail: string) => validation(`One or more parameter values were invalid: ${detail}`),
} as const;

function validation(message: string) {
  return awsError('ValidationException', message);
}
