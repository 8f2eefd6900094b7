# Stricter: MFA must also be recent (used within the last 15 minutes).
cat > mfa-trust.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "AWS": "arn:aws:iam::111111111111:user/student" },
    "Action": "sts:AssumeRole",
    "Condition": {
      "Bool": { "aws:MultiFactorAuthPresent": "true" },
      "NumericLessThan": { "aws:MultiFactorAuthAge": "900" }
    }
  }]
}
JSON
aws iam create-role --role-name BreakGlassAdmin --assume-role-policy-document file://mfa-trust.json
aws iam update-role --role-name BreakGlassAdmin --max-session-duration 3600
aws iam attach-role-policy --role-name BreakGlassAdmin --policy-arn arn:aws:iam::aws:policy/AdministratorAccess
# Your authenticator app, simulated: each code lives 30 seconds and is good once.
aws iam create-virtual-mfa-device --virtual-mfa-device-name student --outfile qr.png --bootstrap-method QRCodePNG --query VirtualMFADevice.SerialNumber --output text
SERIAL=arn:aws:iam::111111111111:mfa/student
CODE1=$(mfa-code $SERIAL)
sleep 30
CODE2=$(mfa-code $SERIAL)
aws iam enable-mfa-device --user-name student --serial-number $SERIAL --authentication-code1 $CODE1 --authentication-code2 $CODE2
sleep 30
aws sts assume-role --role-arn arn:aws:iam::111111111111:role/BreakGlassAdmin --role-session-name break-glass --serial-number $SERIAL --token-code $(mfa-code $SERIAL) --query AssumedRoleUser.Arn --output text
