# A named profile that assumes a role: role_arn plus source_profile in ~/.aws/config, and the CLI calls AssumeRole.
aws iam create-role --role-name ReportsReader --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
aws iam attach-role-policy --role-name ReportsReader --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
cat >> ~/.aws/config <<'EOF'

[profile reports]
role_arn = arn:aws:iam::111111111111:role/ReportsReader
source_profile = default
role_session_name = student-reports
EOF
aws sts get-caller-identity --profile reports
# A profile does not inherit the default profile's region: STS, IAM and S3 have global endpoints, EC2 needs one.
aws ec2 describe-instances --profile reports --query 'Reservations[].Instances[].InstanceId'
aws configure set region us-east-1 --profile reports
cat ~/.aws/config
aws sts get-caller-identity --profile reports
aws s3 ls s3://dev-reports-111111111111/reports/ --profile reports
export AWS_PROFILE=reports
aws configure list
aws sts get-caller-identity --query Arn --output text
unset AWS_PROFILE
aws sts get-caller-identity --query Arn --output text
aws sts get-caller-identity --profile report
