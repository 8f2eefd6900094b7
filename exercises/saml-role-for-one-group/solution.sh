aws iam list-saml-providers
cat > saml-trust.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "Federated": "arn:aws:iam::111111111111:saml-provider/CorpIdP" },
    "Action": "sts:AssumeRoleWithSAML",
    "Condition": {
      "StringEquals": { "SAML:aud": "https://signin.aws.amazon.com/saml" },
      "ForAnyValue:StringEquals": { "SAML:edupersonaffiliation": "data-analysts" }
    }
  }]
}
JSON
aws iam create-role --role-name AnalystsReadOnly --assume-role-policy-document file://saml-trust.json
aws iam put-role-policy --role-name AnalystsReadOnly --policy-name read-reports --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::dev-reports-111111111111/reports/*"}]}'
ASSERTION=$(saml-assertion --provider CorpIdP --role arn:aws:iam::111111111111:role/AnalystsReadOnly --group staff --group data-analysts --user alice)
aws sts assume-role-with-saml --role-arn arn:aws:iam::111111111111:role/AnalystsReadOnly --principal-arn arn:aws:iam::111111111111:saml-provider/CorpIdP --saml-assertion "$ASSERTION" --query AssumedRoleUser.Arn --output text
