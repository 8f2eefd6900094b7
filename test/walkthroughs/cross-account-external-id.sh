#!lab shell --world cross-account
# Cross-account access: account-b-bucket lives in prod (999999999999); a role there trusts dev (111111111111) only
# with the agreed external ID.
aws sts get-caller-identity --query Arn --output text
aws s3 ls s3://account-b-bucket/
ROLE_ARN=arn:aws:iam::999999999999:role/AccountBBucketReader
aws sts assume-role --role-arn $ROLE_ARN --role-session-name reports
export $(printf "AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_SESSION_TOKEN=%s" \
  $(aws sts assume-role --role-arn $ROLE_ARN --role-session-name reports --external-id b7e1f0c2-lab \
    --query "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]" --output text))
aws sts get-caller-identity
aws s3 ls s3://account-b-bucket/ --recursive
aws s3 cp s3://account-b-bucket/shared/readme.txt -
echo "notes" > notes.txt
aws s3 cp notes.txt s3://account-b-bucket/shared/notes.txt
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
aws sts get-caller-identity --query Arn --output text
