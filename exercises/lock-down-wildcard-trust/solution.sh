aws iam get-role --role-name DeployRole --query Role.AssumeRolePolicyDocument
cat > trust.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "AWS": "arn:aws:iam::111111111111:user/ci-bot" },
    "Action": "sts:AssumeRole"
  }]
}
JSON
aws iam update-assume-role-policy --role-name DeployRole --policy-document file://trust.json
