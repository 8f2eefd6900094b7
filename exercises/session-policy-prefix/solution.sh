cat > session.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::dev-reports-111111111111",
      "Condition": { "StringLike": { "s3:prefix": ["reports/", "reports/*"] } }
    },
    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::dev-reports-111111111111/reports/*" }
  ]
}
JSON
CREDS=$(aws sts assume-role --role-arn arn:aws:iam::111111111111:role/ReportsAdmin --role-session-name report-script --policy file://session.json --query 'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]' --output text)
read -r AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN <<< "$CREDS"
export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
aws sts get-caller-identity --query Arn --output text
aws s3 ls s3://dev-reports-111111111111/reports/
aws s3 cp s3://dev-reports-111111111111/private/salaries.csv - || echo "private/ is out of reach, as intended"
