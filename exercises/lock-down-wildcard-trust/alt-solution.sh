# Trust the account, then narrow it with a condition on the caller's ARN: the same people get in, and the
# policy survives ci-bot being deleted and recreated (a principal ARN would turn into a unique id).
cat > trust.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "AWS": "arn:aws:iam::111111111111:root" },
    "Action": "sts:AssumeRole",
    "Condition": { "ArnEquals": { "aws:PrincipalArn": "arn:aws:iam::111111111111:user/ci-bot" } }
  }]
}
JSON
aws iam update-assume-role-policy --role-name DeployRole --policy-document file://trust.json
aws iam get-role --role-name DeployRole --query Role.AssumeRolePolicyDocument.Statement
