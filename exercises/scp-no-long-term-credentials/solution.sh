export AWS_PROFILE=org
ROOT=$(aws organizations list-roots --query 'Roots[0].Id' --output text)
OU=$(aws organizations list-organizational-units-for-parent --parent-id "$ROOT" --query "OrganizationalUnits[?Name=='Workloads'].Id" --output text)
echo "root $ROOT, Workloads $OU"
cat > scp.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "NoLongTermCredentials",
    "Effect": "Deny",
    "Action": ["iam:CreateUser", "iam:CreateAccessKey"],
    "Resource": "*",
    "Condition": { "ArnNotLike": { "aws:PrincipalArn": "arn:aws:iam::*:role/IdentityBreakGlass" } }
  }]
}
JSON
POLICY=$(aws organizations create-policy --name DenyLongTermCredentials --type SERVICE_CONTROL_POLICY --description "Workloads use roles, not IAM users" --content file://scp.json --query Policy.PolicySummary.Id --output text)
aws organizations attach-policy --policy-id "$POLICY" --target-id "$OU"
aws organizations list-policies-for-target --target-id "$OU" --filter SERVICE_CONTROL_POLICY --query 'Policies[].Name'
unset AWS_PROFILE
