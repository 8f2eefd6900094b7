# A role's maximum session duration (default one hour) caps --duration-seconds; update-role raises it, up to 12 hours.
aws iam create-role --role-name Analyst --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
aws iam get-role --role-name Analyst --query Role.MaxSessionDuration
aws sts assume-role --role-arn arn:aws:iam::111111111111:role/Analyst --role-session-name long-report --duration-seconds 14400
aws iam update-role --role-name Analyst --max-session-duration 50000
aws iam update-role --role-name Analyst --max-session-duration 14400
aws iam get-role --role-name Analyst --query Role.MaxSessionDuration
aws sts assume-role --role-arn arn:aws:iam::111111111111:role/Analyst --role-session-name long-report --duration-seconds 14400 --query Credentials.Expiration --output text
