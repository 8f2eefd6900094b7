CUTOFF=$(date -u -d '90 days ago' +%Y-%m-%dT%H:%M:%SZ)
echo "unused if not used since $CUTOFF"
for ROLE in $(aws iam list-roles --query 'Roles[].RoleName' --output text); do
  LAST=$(aws iam get-role --role-name "$ROLE" --query Role.RoleLastUsed.LastUsedDate --output text)
  if [ "$LAST" = "None" ] || [ "$LAST" \< "$CUTOFF" ]; then
    echo "$ROLE: last used $LAST -> unused"
    aws iam tag-role --role-name "$ROLE" --tags Key=unused,Value=true
  else
    echo "$ROLE: last used $LAST"
  fi
done
