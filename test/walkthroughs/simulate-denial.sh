# Debugging a denial with the policy simulator: the role can read the reports but cannot list them.
aws iam create-role --role-name ReportsReader --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
cat > read-reports.json <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadReports",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::dev-reports-111111111111/reports/*"
    }
  ]
}
EOF
aws iam put-role-policy --role-name ReportsReader --policy-name ReadReports --policy-document file://read-reports.json
export $(printf "AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_SESSION_TOKEN=%s" $(aws sts assume-role --role-arn arn:aws:iam::111111111111:role/ReportsReader --role-session-name debug --query "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]" --output text))
aws s3 ls s3://dev-reports-111111111111/reports/
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
# Ask the simulator, as the student, which action on which resource the role lacks.
aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::111111111111:role/ReportsReader --action-names s3:ListBucket s3:GetObject --resource-arns arn:aws:s3:::dev-reports-111111111111 arn:aws:s3:::dev-reports-111111111111/reports/2025-01.csv --query 'EvaluationResults[].[EvalActionName,EvalResourceName,EvalDecision]' --output table
aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::111111111111:role/ReportsReader --action-names s3:GetObject --resource-arns arn:aws:s3:::dev-reports-111111111111/reports/2025-01.csv
# ListBucket is granted on the bucket itself, not on its objects.
cat > read-reports.json <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadReports",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::dev-reports-111111111111/reports/*"
    },
    {
      "Sid": "ListReports",
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::dev-reports-111111111111",
      "Condition": { "StringLike": { "s3:prefix": "reports/*" } }
    }
  ]
}
EOF
aws iam put-role-policy --role-name ReportsReader --policy-name ReadReports --policy-document file://read-reports.json
aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::111111111111:role/ReportsReader --action-names s3:ListBucket --resource-arns arn:aws:s3:::dev-reports-111111111111 --context-entries ContextKeyName=s3:prefix,ContextKeyValues=reports/,ContextKeyType=string --query 'EvaluationResults[0].[EvalDecision, MatchedStatements[0].SourcePolicyId]' --output text
export $(printf "AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_SESSION_TOKEN=%s" $(aws sts assume-role --role-arn arn:aws:iam::111111111111:role/ReportsReader --role-session-name debug --query "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]" --output text))
aws s3 ls s3://dev-reports-111111111111/reports/
