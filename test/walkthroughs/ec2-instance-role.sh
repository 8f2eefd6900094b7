# An EC2 instance role for S3: the trust policy lets EC2 assume the role, an instance profile carries it to web-1,
# and software on the instance gets the role's credentials from the instance metadata service.
cat > ec2-trust.json <<'EOF'
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
aws iam create-role --role-name S3ReadOnlyForEC2 --assume-role-policy-document file://ec2-trust.json --query Role.Arn --output text
aws iam attach-role-policy --role-name S3ReadOnlyForEC2 --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
aws iam create-instance-profile --instance-profile-name S3ReadOnlyForEC2
aws iam add-role-to-instance-profile --instance-profile-name S3ReadOnlyForEC2 --role-name S3ReadOnlyForEC2
INSTANCE_ID=$(aws ec2 describe-instances --filters Name=tag:Name,Values=web-1 --query 'Reservations[0].Instances[0].InstanceId' --output text)
echo $INSTANCE_ID
aws ec2 associate-iam-instance-profile --instance-id $INSTANCE_ID --iam-instance-profile Name=S3ReadOnlyForEC2
# Log in with SSM Session Manager: no key pair, no open port.
aws ssm start-session --target $INSTANCE_ID
aws sts get-caller-identity
aws s3 ls
aws s3 ls s3://dev-reports-111111111111/reports/
aws s3 rm s3://dev-reports-111111111111/reports/2025-01.csv
exit
# The same with ssh; the credentials come from IMDSv2 (a session token first, then the role's name).
ssh ec2-user@$INSTANCE_ID
TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")
curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/iam/security-credentials/; echo
aws s3 cp s3://dev-reports-111111111111/reports/2025-01.csv -
exit
aws sts get-caller-identity --query Arn --output text
