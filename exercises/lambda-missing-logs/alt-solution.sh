# The shape the Lambda console generates: CreateLogGroup on the account's logs, streams and events on the
# function's own group only.
cat > logs.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "logs:CreateLogGroup", "Resource": "arn:aws:logs:us-east-1:111111111111:*" },
    {
      "Effect": "Allow",
      "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
      "Resource": ["arn:aws:logs:us-east-1:111111111111:log-group:/aws/lambda/orders-report:*"]
    }
  ]
}
JSON
aws iam put-role-policy --role-name OrdersReportRole --policy-name basic-execution --policy-document file://logs.json
aws lambda invoke --function-name orders-report --payload '{"month":"2025-01"}' --cli-binary-format raw-in-base64-out out.json
aws logs filter-log-events --log-group-name /aws/lambda/orders-report --query 'events[].message'
