aws iam create-instance-profile --instance-profile-name web-app
aws iam add-role-to-instance-profile --instance-profile-name web-app --role-name WebAppRole
ID=$(aws ec2 describe-instances --filters Name=tag:Name,Values=web-1 --query 'Reservations[0].Instances[0].InstanceId' --output text)
aws ec2 associate-iam-instance-profile --instance-id "$ID" --iam-instance-profile Name=web-app
ssh ec2-user@$ID
TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 21600')
curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/iam/security-credentials/
curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/iam/security-credentials/WebAppRole
aws sts get-caller-identity
aws s3 cp s3://dev-reports-111111111111/reports/2025-02.csv -
