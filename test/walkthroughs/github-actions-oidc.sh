#!lab shell --world federation
# GitHub Actions deploys with OIDC: no stored keys. The dev account trusts GitHub's token issuer, and the role's
# trust policy accepts only org/app's main branch. gh-oidc-token stands in for the runner's token.
aws iam list-open-id-connect-providers
cat > gha-trust.json <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {
        "Federated": "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com"
      },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": {
          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
          "token.actions.githubusercontent.com:sub": "repo:org/app:ref:refs/heads/main"
        }
      }
    }
  ]
}
EOF
aws iam create-role --role-name GitHubDeploy --assume-role-policy-document file://gha-trust.json --query Role.Arn --output text
aws iam attach-role-policy --role-name GitHubDeploy --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
TOKEN=$(gh-oidc-token --repo org/app --ref refs/heads/main)
aws sts assume-role-with-web-identity --role-arn arn:aws:iam::111111111111:role/GitHubDeploy --role-session-name gha --web-identity-token "$TOKEN"
# A workflow on another branch gets a token too, but its sub claim does not match the trust policy.
FEATURE=$(gh-oidc-token --repo org/app --ref refs/heads/feature)
aws sts assume-role-with-web-identity --role-arn arn:aws:iam::111111111111:role/GitHubDeploy --role-session-name gha --web-identity-token "$FEATURE"
export $(printf "AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_SESSION_TOKEN=%s" \
  $(aws sts assume-role-with-web-identity --role-arn arn:aws:iam::111111111111:role/GitHubDeploy \
    --role-session-name gha --web-identity-token "$TOKEN" \
    --query "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]" --output text))
aws sts get-caller-identity
aws s3 ls s3://app-artifacts-111111111111/releases/
