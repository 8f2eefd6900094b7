cat >> ~/.aws/config <<'INI'
[profile ops]
role_arn = arn:aws:iam::111111111111:role/ReadOnlyOps
source_profile = default
role_session_name = student-ops
region = us-east-1
INI
aws s3 ls s3://dev-reports-111111111111/reports/ --profile ops
export AWS_PROFILE=ops
aws sts get-caller-identity
