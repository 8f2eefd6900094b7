# Role chaining: credentials from one role used to assume another. Whatever the second role's maximum, a chained
# session lasts at most one hour.
cat > trust-account.json <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111111111111:root" },
      "Action": "sts:AssumeRole"
    }
  ]
}
EOF
aws iam create-role --role-name Jump --assume-role-policy-document file://trust-account.json --query Role.Arn --output text
aws iam put-role-policy --role-name Jump --policy-name AssumeTarget --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111111111111:role/Target"}]}'
aws iam create-role --role-name Target --assume-role-policy-document file://trust-account.json --max-session-duration 43200 --query Role.Arn --output text
# Straight from the user: the role's 12-hour maximum applies.
aws sts assume-role --role-arn arn:aws:iam::111111111111:role/Target --role-session-name direct --duration-seconds 43200 --query Credentials.Expiration --output text
export $(printf "AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_SESSION_TOKEN=%s" $(aws sts assume-role --role-arn arn:aws:iam::111111111111:role/Jump --role-session-name hop1 --query "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]" --output text))
aws sts get-caller-identity --query Arn --output text
aws sts assume-role --role-arn arn:aws:iam::111111111111:role/Target --role-session-name hop2 --duration-seconds 7200
aws sts assume-role --role-arn arn:aws:iam::111111111111:role/Target --role-session-name hop2 --query '[AssumedRoleUser.Arn, Credentials.Expiration]' --output text
export $(printf "AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_SESSION_TOKEN=%s" $(aws sts assume-role --role-arn arn:aws:iam::111111111111:role/Target --role-session-name hop2 --query "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]" --output text))
aws sts get-caller-identity --query Arn --output text
# An hour later the chained credentials have expired.
sleep 3600
date -u
aws sts get-caller-identity
