aws ec2 run-instances --profile launcher --image-id ami-0abcdef1234567890 --instance-type t3.micro --iam-instance-profile Name=app-server --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=app-1}]' 2> error.txt || cat error.txt
MESSAGE=$(grep -o 'Encoded authorization failure message: .*' error.txt)
MESSAGE=${MESSAGE#Encoded authorization failure message: }
aws sts decode-authorization-message --encoded-message "$MESSAGE" --query DecodedMessage --output text > decoded.json
jq '.context.action, .context.resource' decoded.json
jq -c '.context.conditions.items[] | select(.key == "iam:PassedToService")' decoded.json
cat > pass-app-role.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": "iam:PassRole",
    "Resource": "arn:aws:iam::111111111111:role/AppServerRole",
    "Condition": { "StringEquals": { "iam:PassedToService": "ec2.amazonaws.com" } }
  }]
}
JSON
aws iam put-role-policy --role-name Launcher --policy-name pass-app-server-role --policy-document file://pass-app-role.json
aws ec2 run-instances --profile launcher --image-id ami-0abcdef1234567890 --instance-type t3.micro --iam-instance-profile Name=app-server --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=app-1}]' --query 'Instances[0].[InstanceId,IamInstanceProfile.Arn]' --output text
