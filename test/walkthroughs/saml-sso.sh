#!lab shell --world federation
# SAML single sign-on: the IdP (registered as Okta) vouches for the user and their groups; the role trusts the IdP
# for members of the engineering group. saml-assertion stands in for signing in at the IdP.
aws iam list-saml-providers
cat > saml-trust.json <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Federated": "arn:aws:iam::111111111111:saml-provider/Okta" },
      "Action": "sts:AssumeRoleWithSAML",
      "Condition": {
        "StringEquals": { "SAML:aud": "https://signin.aws.amazon.com/saml" },
        "ForAnyValue:StringEquals": { "SAML:edupersonaffiliation": "engineering" }
      }
    }
  ]
}
EOF
aws iam create-role --role-name Engineers --assume-role-policy-document file://saml-trust.json --max-session-duration 28800 --query Role.Arn --output text
aws iam attach-role-policy --role-name Engineers --policy-arn arn:aws:iam::aws:policy/IAMReadOnlyAccess
ALICE=$(saml-assertion --provider Okta --role arn:aws:iam::111111111111:role/Engineers --user alice@example.com --group staff --group engineering)
aws sts assume-role-with-saml --role-arn arn:aws:iam::111111111111:role/Engineers --principal-arn arn:aws:iam::111111111111:saml-provider/Okta --saml-assertion "$ALICE" --duration-seconds 28800
BOB=$(saml-assertion --provider Okta --role arn:aws:iam::111111111111:role/Engineers --user bob@example.com --group sales)
aws sts assume-role-with-saml --role-arn arn:aws:iam::111111111111:role/Engineers --principal-arn arn:aws:iam::111111111111:saml-provider/Okta --saml-assertion "$BOB"
