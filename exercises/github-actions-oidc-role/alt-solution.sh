# StringLike for the subject: fine as long as the value has no wildcard that widens it. This one allows main and
# nothing else; `repo:acme/orders-app:*` would let every branch and pull request in.
cat > github-trust.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "GitHubActionsMainOnly",
    "Effect": "Allow",
    "Principal": { "Federated": "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com" },
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {
      "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
      "StringLike": { "token.actions.githubusercontent.com:sub": "repo:acme/orders-app:ref:refs/heads/main" }
    }
  }]
}
JSON
aws iam create-role --role-name GitHubDeploy --assume-role-policy-document file://github-trust.json --max-session-duration 3600
aws iam put-role-policy --role-name GitHubDeploy --policy-name upload-artifacts --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::orders-app-artifacts-111111111111/builds/*"}]}'
# A pull request's token is refused, as it should be.
TOKEN=$(gh-oidc-token --repo acme/orders-app --pull-request)
aws sts assume-role-with-web-identity --role-arn arn:aws:iam::111111111111:role/GitHubDeploy --role-session-name gh-pr --web-identity-token "$TOKEN" || echo "pull requests stay out"
TOKEN=$(gh-oidc-token --repo acme/orders-app --ref refs/heads/main)
aws sts assume-role-with-web-identity --role-arn arn:aws:iam::111111111111:role/GitHubDeploy --role-session-name gh-build-1042 --web-identity-token "$TOKEN" --query AssumedRoleUser.Arn --output text
