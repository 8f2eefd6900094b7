# A deny-list boundary: allow everything DeveloperAccess grants, then carve out the escalation paths with explicit
# denies. Easier to read as "what is forbidden", and a later grant in DeveloperAccess still cannot reopen them.
aws iam create-policy --policy-name AppFunctionBoundary --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::dev-reports-111111111111/reports/*"},{"Effect":"Allow","Action":["dynamodb:GetItem","dynamodb:Query","dynamodb:PutItem"],"Resource":"arn:aws:dynamodb:us-east-1:111111111111:table/orders"},{"Effect":"Allow","Action":["logs:CreateLogGroup","logs:CreateLogStream","logs:PutLogEvents"],"Resource":"arn:aws:logs:*:111111111111:*"}]}'
aws iam put-role-permissions-boundary --role-name orders-fn --permissions-boundary arn:aws:iam::111111111111:policy/AppFunctionBoundary
cat > devlead-boundary.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "CeilingIsDeveloperAccess", "Effect": "Allow", "Action": "*", "Resource": "*" },
    { "Sid": "NoPassingNonAppRoles", "Effect": "Deny", "Action": "iam:PassRole", "NotResource": "arn:aws:iam::111111111111:role/app/*" },
    {
      "Sid": "NoRoleWithoutAppBoundary",
      "Effect": "Deny",
      "Action": ["iam:CreateRole", "iam:PutRolePolicy", "iam:AttachRolePolicy", "iam:PutRolePermissionsBoundary"],
      "Resource": "*",
      "Condition": { "StringNotEquals": { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/AppFunctionBoundary" } }
    },
    { "Sid": "NoBoundaryRemoval", "Effect": "Deny", "Action": "iam:DeleteRolePermissionsBoundary", "Resource": "*" },
    {
      "Sid": "NoEditingBoundaries",
      "Effect": "Deny",
      "Action": ["iam:CreatePolicyVersion", "iam:DeletePolicy", "iam:SetDefaultPolicyVersion"],
      "Resource": ["arn:aws:iam::111111111111:policy/AppFunctionBoundary", "arn:aws:iam::111111111111:policy/DevLeadBoundary"]
    }
  ]
}
JSON
aws iam create-policy --policy-name DevLeadBoundary --policy-document file://devlead-boundary.json
aws iam put-role-permissions-boundary --role-name DevLead --permissions-boundary arn:aws:iam::111111111111:policy/DevLeadBoundary
