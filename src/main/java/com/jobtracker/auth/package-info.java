/**
 * Accounts and sessions: sign-up and sign-in, JWT access tokens, rotating refresh tokens, password reset, account
 * deletion and data export. Other modules see the signed-in person as {@link com.jobtracker.auth.CurrentUser} and
 * take part in export and erasure by implementing {@link com.jobtracker.auth.PersonalData}.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package com.jobtracker.auth;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
