# A customer managed policy instead of an inline one: reusable, versioned, attached by ARN.
cat > trust.json <<'JSON'
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}
JSON
cat > read-assets.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "ReadAssetsBucket",
    "Effect": "Allow",
    "Action": ["s3:ListBucket", "s3:GetObject"],
    "Resource": ["arn:aws:s3:::app-assets-111111111111", "arn:aws:s3:::app-assets-111111111111/*"]
  }]
}
JSON
aws iam create-role --role-name AssetsReader --assume-role-policy-document file://trust.json --description "Web servers: read app-assets"
POLICY_ARN=$(aws iam create-policy --policy-name AssetsReadOnly --policy-document file://read-assets.json --query Policy.Arn --output text)
aws iam attach-role-policy --role-name AssetsReader --policy-arn "$POLICY_ARN"
aws iam create-instance-profile --instance-profile-name assets
aws iam add-role-to-instance-profile --instance-profile-name assets --role-name AssetsReader
aws iam list-attached-role-policies --role-name AssetsReader
