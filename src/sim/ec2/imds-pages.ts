/** The bodies IMDS answers errors with (AWS's amazon-ec2-metadata-mock reproduces them: pkg/server/httpserver.go). */
export const IMDS_NOT_FOUND = `<?xml version="1.0" encoding="iso-8859-1"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
\t"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
 <head>
  <title>404 - Not Found</title>
 </head>
 <body>
  <h1>404 - Not Found</h1>
 </body>
</html>
`;

/** 400: missing or out-of-range `X-aws-ec2-metadata-token-ttl-seconds`. */
export const IMDS_BAD_REQUEST = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
   <head>
      <title>400 - Bad Request</title>
   </head>
   <body>
      <h1>400 - Bad Request</h1>
   </body>
</html>
`;

/** 401: no token while HttpTokens is required, or an invalid or expired token. */
export const IMDS_UNAUTHORIZED = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
   <head>
      <title>401 - Unauthorized</title>
   </head>
   <body>
      <h1>401 - Unauthorized</h1>
   </body>
</html>
`;

/**
 * IMDS's JSON layout: two-space indent and ` : ` between key and value, as in every public transcript of
 * iam/security-credentials/ROLE and the instance identity document example in the EC2 User Guide.
 */
export function imdsJson(fields: Readonly<Record<string, string | null | readonly string[]>>): string {
  const lines = Object.entries(fields).map(([key, value]) => {
    const shown =
      value === null
        ? 'null'
        : typeof value === 'string'
          ? JSON.stringify(value)
          : `[ ${value.map((v) => JSON.stringify(v)).join(', ')} ]`;
    return `  ${JSON.stringify(key)} : ${shown}`;
  });
  return `{\n${lines.join(',\n')}\n}`;
}
