aws iam get-role --role-name NightlyExportScheduler --query Role.AssumeRolePolicyDocument
cat > scheduler-trust.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "Service": "scheduler.amazonaws.com" },
    "Action": "sts:AssumeRole",
    "Condition": {
      "StringEquals": { "aws:SourceAccount": "111111111111" },
      "ArnEquals": { "aws:SourceArn": "arn:aws:scheduler:us-east-1:111111111111:schedule/default/nightly-export" }
    }
  }]
}
JSON
aws iam update-assume-role-policy --role-name NightlyExportScheduler --policy-document file://scheduler-trust.json
