/**
 * A complete exercise, used by the tests and as the format's reference (src/grading/README.md shows it too):
 * give instance web-1 read access to the reports through a role.
 */
export const EXAMPLE_YAML = `id: ec2-reports-reader
title: Let web-1 read the monthly reports
level: intermediate
lesson: service-roles/ec2-instance-profiles
points: 10
scenario:
  base: default
  setup:
    - service: iam
      operation: CreateInstanceProfile
      params: { InstanceProfileName: web }
  files:
    policies/read-reports.json: |
      {
        "Version": "2012-10-17",
        "Statement": [{
          "Effect": "Allow",
          "Action": "s3:GetObject",
          "Resource": "arn:aws:s3:::dev-reports-111111111111/reports/*"
        }]
      }
task: |
  The app on **web-1** must read \`s3://dev-reports-111111111111/reports/\` — and nothing else.
  Create a role **ReportsReader** that EC2 can use, give it \`~/policies/read-reports.json\`,
  put it in the instance profile **web** and attach the profile to web-1.
checks:
  - { id: role-created, kind: role-exists, role: ReportsReader }
  - { id: ec2-can-assume, kind: can-assume, principal: ec2.amazonaws.com, role: ReportsReader, points: 2 }
  - { id: vendor-cannot-assume, kind: cannot-assume, principal: '222222222222', role: ReportsReader }
  - { id: trust-not-wildcard, kind: no-lint-finding, role: ReportsReader, code: trust-any-principal }
  - id: reads-reports
    kind: allowed
    principal: role/ReportsReader
    action: s3:GetObject
    resource: arn:aws:s3:::dev-reports-111111111111/reports/2025-01.csv
    points: 2
  - id: no-salaries
    title: The role cannot read private files or delete reports
    kind: denied
    principal: role/ReportsReader
    action: [s3:GetObject, s3:DeleteObject]
    resource: arn:aws:s3:::dev-reports-111111111111/private/salaries.csv
    points: 2
  - { id: web-1-uses-profile, kind: instance-uses-profile, instance: web-1, profile: web, role: ReportsReader }
hints:
  - An instance gets a role through an instance profile; the role's trust policy must name ec2.amazonaws.com.
  - "aws iam create-role --role-name ReportsReader --assume-role-policy-document file://trust.json"
  - Then put-role-policy, add-role-to-instance-profile and aws ec2 associate-iam-instance-profile.
`;

const TRUST_EC2 =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}';
const ATTACH = `aws iam add-role-to-instance-profile --instance-profile-name web --role-name ReportsReader
ID=$(aws ec2 describe-instances --filters Name=tag:Name,Values=web-1 --query 'Reservations[0].Instances[0].InstanceId' --output text)
aws ec2 associate-iam-instance-profile --instance-id "$ID" --iam-instance-profile Name=web
`;

/** The example's solution.sh. */
export const EXAMPLE_SOLUTION = `echo '${TRUST_EC2}' > trust.json
aws iam create-role --role-name ReportsReader --assume-role-policy-document file://trust.json > /dev/null
aws iam put-role-policy --role-name ReportsReader --policy-name read-reports --policy-document file://policies/read-reports.json
${ATTACH}`;

/** An over-broad answer: trusts everyone and allows every action. Must-deny checks make it fail. */
export const EXAMPLE_OVERBROAD = `aws iam create-role --role-name ReportsReader --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}]}' > /dev/null
aws iam put-role-policy --role-name ReportsReader --policy-name all --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'
${ATTACH}`;
