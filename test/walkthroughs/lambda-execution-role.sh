#!lab shell --world lambda
# A Lambda execution role without log permissions: the function runs, but its logs never arrive.
cat > lambda-trust.json <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Service": "lambda.amazonaws.com" },
      "Action": "sts:AssumeRole"
    }
  ]
}
EOF
aws iam create-role --role-name ReportFnRole --assume-role-policy-document file://lambda-trust.json --query Role.Arn --output text
# The simulator runs a handler by its name (index.handler logs the event), so an empty zip archive will do.
echo UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA== | base64 -d > function.zip
aws lambda create-function --function-name report-fn --runtime nodejs20.x --handler index.handler --role arn:aws:iam::111111111111:role/ReportFnRole --zip-file fileb://function.zip --query '[FunctionArn, Role, State]'
aws lambda invoke --function-name report-fn --cli-binary-format raw-in-base64-out --payload '{"month":"2025-01"}' response.json
cat response.json; echo
aws logs describe-log-groups
aws logs filter-log-events --log-group-name /aws/lambda/report-fn
# CloudTrail shows why: the runtime's CreateLogGroup, made with the execution role's session, was denied.
aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=CreateLogGroup --query 'Events[0].CloudTrailEvent' --output text | jq -r '.errorCode, .userIdentity.arn'
aws iam attach-role-policy --role-name ReportFnRole --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
aws lambda invoke --function-name report-fn --cli-binary-format raw-in-base64-out --payload '{"month":"2025-02"}' response.json
aws logs describe-log-groups --query 'logGroups[].logGroupName'
aws logs filter-log-events --log-group-name /aws/lambda/report-fn --query 'events[].message'
