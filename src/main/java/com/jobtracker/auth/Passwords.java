package com.jobtracker.auth;

import com.jobtracker.shared.JobTrackerProperties;
import com.jobtracker.shared.Secrets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Hashing, verification and the policy, in one place. */
@Component
class Passwords {

    private final PepperedBcrypt encoder;
    private final PasswordPolicy policy;
    /** Verified against when the email is unknown, so both cases cost one bcrypt (no timing oracle). */
    private final String decoyHash;

    Passwords(AuthProperties auth, JobTrackerProperties settings, Environment env, PasswordPolicy policy) {
        byte[] pepper = Secrets.load(
                auth.passwordPepper(), "jobtracker.auth.password-pepper", "password-pepper", settings, env);
        this.encoder = new PepperedBcrypt(pepper, auth.bcryptCost());
        this.policy = policy;
        this.decoyHash = encoder.encode("decoy password that no account has");
    }

    void checkPolicy(String field, String password) {
        policy.check(field, password);
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, @Nullable String hash) {
        boolean matches = encoder.matches(password, hash == null ? decoyHash : hash);
        return hash != null && matches;
    }
}
