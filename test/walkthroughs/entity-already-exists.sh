# EntityAlreadyExists: create-role is not "create or update". The second run of a setup script fails; read the role
# and change what needs changing instead.
cat > trust.json <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Service": "ec2.amazonaws.com" },
      "Action": "sts:AssumeRole"
    }
  ]
}
EOF
aws iam create-role --role-name AppRole --assume-role-policy-document file://trust.json --query Role.Arn --output text
aws iam create-role --role-name AppRole --assume-role-policy-document file://trust.json --query Role.Arn --output text
echo $?
aws iam get-role --role-name AppRole --query 'Role.[RoleName, CreateDate]' --output text
aws iam get-role --role-name AppRole --query Role.AssumeRolePolicyDocument
# The trust policy is changed with update-assume-role-policy: now Lambda may assume the role as well.
cat > trust.json <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Service": ["ec2.amazonaws.com", "lambda.amazonaws.com"] },
      "Action": "sts:AssumeRole"
    }
  ]
}
EOF
aws iam update-assume-role-policy --role-name AppRole --policy-document file://trust.json
aws iam get-role --role-name AppRole --query Role.AssumeRolePolicyDocument.Statement[0].Principal
# Idempotent setup: create only when get-role says the role is missing.
aws iam get-role --role-name AppRole > /dev/null 2>&1 || aws iam create-role --role-name AppRole --assume-role-policy-document file://trust.json
echo $?
