import { describe, expect, it } from 'vitest';
import { allow, sandbox, trust } from '../scenarios/fixtures.ts';
import { DEV, devRoot, STUDENT, serviceTrust, sessionOf } from '../walkthroughs/helpers.ts';

const ORDERS = `arn:aws:dynamodb:us-east-1:${DEV}:table/orders`;

/** A role the student can assume with `policy`, and its session. */
function roleWith(policy: string) {
  const { world, student } = sandbox();
  world.call(student, 'iam', 'CreateRole', { RoleName: 'App', AssumeRolePolicyDocument: trust(STUDENT) });
  world.call(student, 'iam', 'PutRolePolicy', { RoleName: 'App', PolicyName: 'ddb', PolicyDocument: policy });
  const session = sessionOf(
    world.call(student, 'sts', 'AssumeRole', {
      RoleArn: `arn:aws:iam::${DEV}:role/App`,
      RoleSessionName: 'app',
    }),
  );
  return { world, student, session };
}

describe('DynamoDB', () => {
  it('the sandbox has the orders table; Query reads one partition in sort-key order', () => {
    const { world } = sandbox();
    expect(world.call(devRoot, 'dynamodb', 'ListTables', {})).toEqual({ TableNames: ['orders'] });
    expect(world.call(devRoot, 'dynamodb', 'DescribeTable', { TableName: 'orders' })).toMatchObject({
      Table: { TableName: 'orders', TableStatus: 'ACTIVE', TableArn: ORDERS, ItemCount: 3 },
    });
    const alice = world.call(devRoot, 'dynamodb', 'Query', {
      TableName: 'orders',
      KeyConditionExpression: 'customerId = :c AND begins_with(#o, :y)',
      ExpressionAttributeNames: { '#o': 'orderId' },
      ExpressionAttributeValues: { ':c': { S: 'alice' }, ':y': { S: '2025-' } },
      ScanIndexForward: false,
    });
    expect(alice).toMatchObject({
      Count: 2,
      Items: [{ orderId: { S: '2025-007' } }, { orderId: { S: '2025-001' }, total: { N: '42.50' } }],
    });
    expect(world.call(devRoot, 'dynamodb', 'Scan', { TableName: 'orders', Limit: 2 })).toMatchObject({
      Count: 2,
      LastEvaluatedKey: { customerId: { S: 'alice' }, orderId: { S: '2025-007' } },
    });
  });

  it('create, put, get, delete; DynamoDB errors word for word', () => {
    const { world } = sandbox();
    const create = () =>
      world.call(devRoot, 'dynamodb', 'CreateTable', {
        TableName: 'notes',
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      });
    expect(create()).toMatchObject({ TableDescription: { TableStatus: 'CREATING' } });
    expect(create()).toMatchObject({
      code: 'ResourceInUseException',
      message: 'Table already exists: notes',
    });
    const put = (Item: Record<string, unknown>) =>
      world.call(devRoot, 'dynamodb', 'PutItem', { TableName: 'notes', Item });
    expect(put({ id: { S: 'n1' }, text: { S: 'hello' } })).toEqual({});
    expect(put({ text: { S: 'no key' } })).toMatchObject({
      code: 'ValidationException',
      message: 'One or more parameter values were invalid: Missing the key id in the item',
    });
    expect(
      world.call(devRoot, 'dynamodb', 'GetItem', { TableName: 'notes', Key: { id: { S: 'n1' } } }),
    ).toEqual({
      Item: { id: { S: 'n1' }, text: { S: 'hello' } },
    });
    expect(
      world.call(devRoot, 'dynamodb', 'GetItem', { TableName: 'notes', Key: { nope: { S: 'n1' } } }),
    ).toMatchObject({
      code: 'ValidationException',
      message: 'The provided key element does not match the schema',
    });
    expect(
      world.call(devRoot, 'dynamodb', 'DeleteItem', {
        TableName: 'notes',
        Key: { id: { S: 'n1' } },
        ReturnValues: 'ALL_OLD',
      }),
    ).toMatchObject({ Attributes: { text: { S: 'hello' } } });
    expect(
      world.call(devRoot, 'dynamodb', 'GetItem', { TableName: 'notes', Key: { id: { S: 'n1' } } }),
    ).toEqual({});
    expect(
      world.call(devRoot, 'dynamodb', 'GetItem', { TableName: 'gone', Key: { id: { S: 'x' } } }),
    ).toMatchObject({
      code: 'ResourceNotFoundException',
      message: 'Requested resource not found',
    });
    expect(
      world.call(devRoot, 'dynamodb', 'Query', {
        TableName: 'orders',
        KeyConditionExpression: 'orderId = :o',
        ExpressionAttributeValues: { ':o': { S: '2025-001' } },
      }),
    ).toMatchObject({
      code: 'ValidationException',
      message: 'Query condition missed key schema element: customerId',
    });
  });

  it('denials are AccessDeniedException with IAM wording; dynamodb:LeadingKeys limits a caller to its partition', () => {
    const { world, student } = sandbox();
    expect(
      world.call(student, 'dynamodb', 'GetItem', {
        TableName: 'orders',
        Key: { customerId: { S: 'alice' }, orderId: { S: '2025-001' } },
      }),
    ).toMatchObject({
      code: 'AccessDeniedException',
      status: 400,
      message: `User: ${STUDENT} is not authorized to perform: dynamodb:GetItem on resource: ${ORDERS} because no identity-based policy allows the dynamodb:GetItem action`,
    });
    const { world: w, session } = roleWith(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
            Resource: ORDERS,
            Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['alice'] } },
          },
        ],
      }),
    );
    const query = (customer: string) =>
      w.call(session, 'dynamodb', 'Query', {
        TableName: 'orders',
        KeyConditionExpression: 'customerId = :c',
        ExpressionAttributeValues: { ':c': { S: customer } },
      });
    expect(query('alice')).toMatchObject({ Count: 2 });
    expect(query('bob')).toMatchObject({
      code: 'AccessDeniedException',
      message: `User: arn:aws:sts::${DEV}:assumed-role/App/app is not authorized to perform: dynamodb:Query on resource: ${ORDERS} because no identity-based policy allows the dynamodb:Query action`,
    });
    expect(
      w.call(session, 'dynamodb', 'PutItem', {
        TableName: 'orders',
        Item: { customerId: { S: 'bob' }, orderId: { S: 'x' } },
      }),
    ).toMatchObject({
      code: 'AccessDeniedException',
    });
  });

  it('ddb-writer.handler writes with the execution role, once the role may PutItem', () => {
    const { world } = sandbox();
    world.call(devRoot, 'iam', 'CreateRole', {
      RoleName: 'Writer',
      AssumeRolePolicyDocument: serviceTrust('lambda.amazonaws.com'),
    });
    world.call(devRoot, 'lambda', 'CreateFunction', {
      FunctionName: 'save-order',
      Role: `arn:aws:iam::${DEV}:role/Writer`,
      Handler: 'ddb-writer.handler',
      Runtime: 'nodejs20.x',
      Code: { ZipFile: 'UEsDBA==' },
      Environment: { Variables: { TABLE: 'orders' } },
    });
    const invoke = () =>
      world.call(devRoot, 'lambda', 'Invoke', {
        FunctionName: 'save-order',
        Payload: '{"customerId":"carol","orderId":"2025-009","total":5}',
      });
    expect(invoke()).toMatchObject({ FunctionError: 'Unhandled' });
    expect(JSON.parse((invoke() as { Payload: string }).Payload)).toMatchObject({
      errorType: 'AccessDeniedException',
    });
    world.call(devRoot, 'iam', 'PutRolePolicy', {
      RoleName: 'Writer',
      PolicyName: 'put',
      PolicyDocument: allow('dynamodb:PutItem', ORDERS),
    });
    expect(invoke()).not.toHaveProperty('FunctionError');
    expect(
      world.call(devRoot, 'dynamodb', 'GetItem', {
        TableName: 'orders',
        Key: { customerId: { S: 'carol' }, orderId: { S: '2025-009' } },
      }),
    ).toEqual({ Item: { customerId: { S: 'carol' }, orderId: { S: '2025-009' }, total: { N: '5' } } });
  });
});
