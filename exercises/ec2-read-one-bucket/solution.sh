cat > trust.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "Service": "ec2.amazonaws.com" },
    "Action": "sts:AssumeRole"
  }]
}
JSON
cat > read-assets.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::app-assets-111111111111" },
    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::app-assets-111111111111/*" }
  ]
}
JSON
aws iam create-role --role-name AssetsReader --assume-role-policy-document file://trust.json
aws iam put-role-policy --role-name AssetsReader --policy-name read-assets --policy-document file://read-assets.json
aws iam create-instance-profile --instance-profile-name assets
aws iam add-role-to-instance-profile --instance-profile-name assets --role-name AssetsReader
