#!lab shell --world session-policy
# A session policy narrows one session: DocsReader may read the whole bucket, this session only public/.
aws iam get-role-policy --role-name DocsReader --policy-name ReadTeamDocs --query PolicyDocument
cat > public-only.json <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::team-docs-111111111111/public/*"
    },
    {
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::team-docs-111111111111",
      "Condition": { "StringLike": { "s3:prefix": "public/*" } }
    }
  ]
}
EOF
ROLE_ARN=arn:aws:iam::111111111111:role/DocsReader
export $(printf "AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_SESSION_TOKEN=%s" $(aws sts assume-role --role-arn $ROLE_ARN --role-session-name public-only --policy file://public-only.json --query "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]" --output text))
aws sts get-caller-identity --query Arn --output text
aws s3 ls s3://team-docs-111111111111/public/
aws s3 cp s3://team-docs-111111111111/public/handbook.md -
aws s3 ls s3://team-docs-111111111111/private/
aws s3 cp s3://team-docs-111111111111/private/salaries.csv -
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
# A session policy never grants more than the role has: s3:* in it does not allow an upload.
echo '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}' > everything.json
export $(printf "AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_SESSION_TOKEN=%s" $(aws sts assume-role --role-arn $ROLE_ARN --role-session-name wide --policy file://everything.json --query "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]" --output text))
aws s3 ls s3://team-docs-111111111111/private/
echo "draft" > draft.md
aws s3 cp draft.md s3://team-docs-111111111111/public/draft.md
