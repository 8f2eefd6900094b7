cat > db-trust.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "AWS": "arn:aws:iam::111111111111:role/JumpRole" },
    "Action": "sts:AssumeRole"
  }]
}
JSON
aws iam update-assume-role-policy --role-name DbMaintenance --policy-document file://db-trust.json
read -r AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN <<< "$(aws sts assume-role --role-arn arn:aws:iam::111111111111:role/JumpRole --role-session-name jump --query 'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]' --output text)"
export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
aws sts get-caller-identity --query Arn --output text
aws sts assume-role --role-arn arn:aws:iam::111111111111:role/DbMaintenance --role-session-name db-fix --duration-seconds 14400 || echo "chained sessions stop at one hour"
read -r AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN <<< "$(aws sts assume-role --role-arn arn:aws:iam::111111111111:role/DbMaintenance --role-session-name db-fix --duration-seconds 3600 --query 'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]' --output text)"
aws sts get-caller-identity --query Arn --output text
aws dynamodb query --table-name orders --key-condition-expression 'customerId = :c' --expression-attribute-values '{":c":{"S":"alice"}}' --query Count
