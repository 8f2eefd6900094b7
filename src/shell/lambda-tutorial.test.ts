import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { encodeBytes } from './bytes.ts';
import { createLabSession } from './session.ts';

const LAMBDA_WORLD = join(import.meta.dirname, '..', '..', 'content', 'scenarios', 'lambda.yaml');

// The AWS Lambda developer guide's "Create a Lambda function with the AWS CLI" steps, typed as written.
const TUTORIAL = `cat > index.mjs <<'EOF'
export const handler = async (event, context) => {
  const length = event.length;
  const width = event.width;
  let area = calculateArea(length, width);
  console.log(\`The area is \${area}\`);
  console.log('CloudWatch log group: ', context.logGroupName);
  let data = {
    "area": area,
  };
  return JSON.stringify(data);
  function calculateArea(length, width) {
    return length * width;
  }
};
EOF
aws iam create-role --role-name lambda-ex --assume-role-policy-document '{"Version": "2012-10-17","Statement": [{ "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}' > /dev/null
aws iam attach-role-policy --role-name lambda-ex --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
zip function.zip index.mjs
aws lambda create-function --function-name my-function --zip-file fileb://function.zip --handler index.handler --runtime nodejs20.x --role arn:aws:iam::111111111111:role/lambda-ex > created.json`;

describe('the Lambda CLI tutorial in the lambda world', () => {
  it('zips the handler and deploys it: CodeSize is the zip file size, CodeSha256 its SHA-256', async () => {
    const session = createLabSession({ scenario: parse(readFileSync(LAMBDA_WORLD, 'utf8')) });
    const run = await session.shell.run(TUTORIAL);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('  adding: index.mjs (stored 0%)\n');

    const check = await session.shell.run(
      'wc -c < function.zip; jq .CodeSize created.json\n' +
        'aws lambda get-function --function-name my-function --query Configuration.[CodeSize,CodeSha256] --output text\n' +
        'unzip -l function.zip | tail -1',
    );
    const zip = session.fs.readFile('/home/student/function.zip');
    if (!zip.ok) throw new Error('function.zip is missing');
    const bytes = encodeBytes(zip.value);
    const sha = createHash('sha256').update(bytes).digest('base64');
    expect(check.stderr).toBe('');
    expect(check.stdout).toBe(
      `${bytes.length}\n${bytes.length}\n${bytes.length}\t${sha}\n      400                     1 file\n`,
    );
    // Stored: the 400-byte file, its name twice, local and central headers with their extra fields, end record.
    expect(bytes.length).toBe(400 + 2 * 'index.mjs'.length + 30 + 28 + 46 + 24 + 22);

    // file:// reads text, which a zip is not: the CLI says to use fileb://.
    const textual = await session.shell.run(
      'aws lambda create-function --function-name f2 --zip-file file://function.zip --handler index.handler --runtime nodejs20.x --role arn:aws:iam::111111111111:role/lambda-ex',
    );
    expect(textual).toMatchObject({
      stderr:
        "\nError parsing parameter '--zip-file': Unable to load paramfile (function.zip), text contents could not be decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.\n",
      exitCode: 252,
    });
  });
  it('answers create-function with Pending (the function is Active afterwards) and an Event invoke with 202 only', async () => {
    const session = createLabSession({ scenario: parse(readFileSync(LAMBDA_WORLD, 'utf8')) });
    const run = await session.shell.run(
      `${TUTORIAL}
jq -r '.State, .StateReason, .StateReasonCode, .LastUpdateStatus' created.json
aws lambda get-function --function-name my-function --query 'Configuration.[State, LastUpdateStatus]' --output text
echo stale > response.json
aws lambda invoke --function-name my-function --invocation-type Event --cli-binary-format raw-in-base64-out --payload '{"length": 6, "width": 7}' response.json
wc -c < response.json
aws lambda invoke --function-name my-function --invocation-type DryRun response.json
aws logs filter-log-events --log-group-name /aws/lambda/my-function --query 'length(events)'`,
    );
    expect(run.stderr).toBe('');
    // Source: https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html ("StatusCode": 202; response.json
    // is created but empty) and https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html.
    expect(run.stdout).toBe(
      '  adding: index.mjs (stored 0%)\n' +
        'Pending\nThe function is being created.\nCreating\nnull\n' +
        'Active\tSuccessful\n' +
        '{\n    "StatusCode": 202\n}\n' +
        '0\n' +
        '{\n    "StatusCode": 204\n}\n' +
        '4\n',
    );
  });
});
