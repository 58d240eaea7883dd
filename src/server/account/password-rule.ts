/** The platform's password rule, applied by every door that sets a password. */
export const minPasswordLength = 10
