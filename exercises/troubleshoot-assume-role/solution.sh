aws sts assume-role --profile auditor --region us-east-1 --role-arn arn:aws:iam::111111111111:role/AuditReadOnly --role-session-name audit || echo "reproduced"
aws iam get-user-policy --user-name auditor --policy-name AssumeAuditRole --query PolicyDocument.Statement
aws iam get-role --role-name AuditReadOnly --query Role.AssumeRolePolicyDocument.Statement
cat > assume-audit.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::111111111111:role/AuditReadOnly" }]
}
JSON
aws iam put-user-policy --user-name auditor --policy-name AssumeAuditRole --policy-document file://assume-audit.json
cat > audit-trust.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "AWS": "arn:aws:iam::111111111111:user/auditor" },
    "Action": "sts:AssumeRole"
  }]
}
JSON
aws iam update-assume-role-policy --role-name AuditReadOnly --policy-document file://audit-trust.json
aws sts assume-role --profile auditor --region us-east-1 --role-arn arn:aws:iam::111111111111:role/AuditReadOnly --role-session-name audit --query AssumedRoleUser.Arn
