aws iam list-open-id-connect-providers
cat > github-trust.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "Federated": "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com" },
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {
      "StringEquals": {
        "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
        "token.actions.githubusercontent.com:sub": "repo:acme/orders-app:ref:refs/heads/main"
      }
    }
  }]
}
JSON
cat > upload.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": "s3:PutObject",
    "Resource": "arn:aws:s3:::orders-app-artifacts-111111111111/*"
  }]
}
JSON
aws iam create-role --role-name GitHubDeploy --assume-role-policy-document file://github-trust.json
aws iam put-role-policy --role-name GitHubDeploy --policy-name upload-artifacts --policy-document file://upload.json
TOKEN=$(gh-oidc-token --repo acme/orders-app --ref refs/heads/main)
aws sts assume-role-with-web-identity --role-arn arn:aws:iam::111111111111:role/GitHubDeploy --role-session-name gh-build-1042 --web-identity-token "$TOKEN" --query AssumedRoleUser.Arn --output text
