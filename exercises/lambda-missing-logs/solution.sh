aws iam list-role-policies --role-name OrdersReportRole
cat > logs.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
    "Resource": "arn:aws:logs:us-east-1:111111111111:log-group:/aws/lambda/orders-report:*"
  }]
}
JSON
aws iam put-role-policy --role-name OrdersReportRole --policy-name write-logs --policy-document file://logs.json
aws lambda invoke --function-name orders-report out.json
aws logs describe-log-groups --query 'logGroups[].logGroupName'
