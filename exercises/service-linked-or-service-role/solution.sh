aws iam get-role --role-name AWSServiceRoleForAutoScaling --query 'Role.[Path,Arn]' --output text
aws iam list-attached-role-policies --role-name AWSServiceRoleForAutoScaling
aws iam detach-role-policy --role-name AWSServiceRoleForAutoScaling --policy-arn arn:aws:iam::aws:policy/AdministratorAccess
aws iam delete-role --role-name AWSServiceRoleForAutoScaling
aws iam create-service-linked-role --aws-service-name autoscaling.amazonaws.com
cat > worker-trust.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }]
}
JSON
cat > read-orders.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": ["dynamodb:GetItem", "dynamodb:Query"],
    "Resource": "arn:aws:dynamodb:us-east-1:111111111111:table/orders"
  }]
}
JSON
aws iam create-role --role-name OrdersWorker --assume-role-policy-document file://worker-trust.json
aws iam put-role-policy --role-name OrdersWorker --policy-name read-orders --policy-document file://read-orders.json
