cat > vendor-trust.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "AWS": "arn:aws:iam::222222222222:root" },
    "Action": "sts:AssumeRole",
    "Condition": { "StringEquals": { "sts:ExternalId": "acme-7731" } }
  }]
}
JSON
cat > read-reports.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::dev-reports-111111111111" },
    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::dev-reports-111111111111/reports/*" }
  ]
}
JSON
aws iam create-role --role-name VendorReports --assume-role-policy-document file://vendor-trust.json
aws iam put-role-policy --role-name VendorReports --policy-name read-reports --policy-document file://read-reports.json
cat >> ~/.aws/config <<'INI'
[profile vendor-reports]
role_arn = arn:aws:iam::111111111111:role/VendorReports
source_profile = vendor
external_id = acme-7731
role_session_name = vendor-app
region = us-east-1
INI
aws sts get-caller-identity --profile vendor-reports
aws s3 ls s3://dev-reports-111111111111/reports/ --profile vendor-reports
