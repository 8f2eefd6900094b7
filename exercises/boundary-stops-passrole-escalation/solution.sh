cat > app-boundary.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::dev-reports-111111111111/reports/*" },
    {
      "Effect": "Allow",
      "Action": ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem"],
      "Resource": "arn:aws:dynamodb:us-east-1:111111111111:table/orders"
    },
    { "Effect": "Allow", "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*" }
  ]
}
JSON
aws iam create-policy --policy-name AppFunctionBoundary --policy-document file://app-boundary.json
aws iam put-role-permissions-boundary --role-name orders-fn --permissions-boundary arn:aws:iam::111111111111:policy/AppFunctionBoundary
cat > devlead-boundary.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "Lambda", "Effect": "Allow", "Action": "lambda:*", "Resource": "*" },
    { "Sid": "ReadIam", "Effect": "Allow", "Action": ["iam:Get*", "iam:List*"], "Resource": "*" },
    { "Sid": "PassAppRolesOnly", "Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111111111111:role/app/*" },
    {
      "Sid": "AppRolesMustKeepTheBoundary",
      "Effect": "Allow",
      "Action": ["iam:CreateRole", "iam:PutRolePolicy", "iam:AttachRolePolicy", "iam:PutRolePermissionsBoundary"],
      "Resource": "arn:aws:iam::111111111111:role/app/*",
      "Condition": { "StringEquals": { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/AppFunctionBoundary" } }
    },
    { "Sid": "DeleteAppRoles", "Effect": "Allow", "Action": "iam:DeleteRole", "Resource": "arn:aws:iam::111111111111:role/app/*" }
  ]
}
JSON
aws iam create-policy --policy-name DevLeadBoundary --policy-document file://devlead-boundary.json
aws iam put-role-permissions-boundary --role-name DevLead --permissions-boundary arn:aws:iam::111111111111:policy/DevLeadBoundary
aws iam get-role --role-name DevLead --query Role.PermissionsBoundary
