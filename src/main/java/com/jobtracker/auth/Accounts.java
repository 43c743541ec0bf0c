package com.jobtracker.auth;

import com.jobtracker.auth.AuthViews.TokenResponse;
import com.jobtracker.auth.AuthViews.UserView;
import com.jobtracker.shared.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything that happens to an account: its creation, sessions, password reset, export and erasure. */
@Service
class Accounts {

    private final Users users;
    private final RefreshTokens refreshTokens;
    private final PasswordResets resets;
    private final AccessTokens accessTokens;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final List<PersonalData> personalData;
    private final ApplicationEventPublisher events;
    private final AuthProperties auth;
    private final Clock clock;

    Accounts(
            Users users,
            RefreshTokens refreshTokens,
            PasswordResets resets,
            AccessTokens accessTokens,
            Passwords passwords,
            LoginThrottle throttle,
            List<PersonalData> personalData,
            ApplicationEventPublisher events,
            AuthProperties auth,
            Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.resets = resets;
        this.accessTokens = accessTokens;
        this.passwords = passwords;
        this.throttle = throttle;
        this.personalData = personalData;
        this.events = events;
        this.auth = auth;
        this.clock = clock;
    }

    @Transactional
    TokenResponse signUp(String email, String password, String fullName) {
        passwords.checkPolicy("password", password);
        User user = new User(
                UUID.randomUUID(),
                normaliseEmail(email),
                passwords.hash(password),
                fullName.strip(),
                false,
                0,
                clock.instant());
        User created = users.insert(user).orElseThrow(AuthProblems::emailTaken);
        return startSession(created);
    }

    @Transactional
    TokenResponse signIn(String email, String password, String client) {
        throttle.blockedFor(email, client).ifPresent(wait -> {
            throw AuthProblems.tooManyAttempts(wait);
        });
        User user = users.findByEmail(normaliseEmail(email)).orElse(null);
        if (!passwords.matches(password, user == null ? null : user.passwordHash())) {
            throttle.failed(email, client);
            throw AuthProblems.invalidCredentials();
        }
        throttle.succeeded(email, client);
        return startSession(user);
    }

    @Transactional(noRollbackFor = ApiException.class)
    TokenResponse refresh(String refreshToken) {
        // Reuse detection revokes the family inside this transaction; it must commit even though we answer 401.
        RefreshTokens.Rotation rotation =
                refreshTokens.consume(refreshToken).orElseThrow(AuthProblems::invalidRefreshToken);
        User user = users.findById(rotation.userId()).orElseThrow(AuthProblems::invalidRefreshToken);
        RefreshTokens.Issued next = refreshTokens.issue(user.id(), rotation.familyId(), rotation.familyExpiresAt());
        return tokenResponse(user, next);
    }

    @Transactional
    void signOut(String refreshToken) {
        refreshTokens.revokeFamilyOf(refreshToken);
    }

    UserView me(CurrentUser current) {
        return users.findById(current.id()).map(UserView::of).orElseThrow(AuthProblems::invalidRefreshToken);
    }

    /** Only enqueues the email; the token is minted when the mail is sent, so the answer never waits on it. */
    void requestPasswordReset(String email) {
        users.findByEmail(normaliseEmail(email))
                .filter(user -> throttle.allowResetRequest(user.email()))
                .ifPresent(user -> events.publishEvent(new AccountMailJobs.PasswordResetRequested(user.id())));
    }

    @Transactional
    void confirmPasswordReset(String token, String newPassword) {
        passwords.checkPolicy("new_password", newPassword);
        UUID userId = resets.consume(token).orElseThrow(AuthProblems::invalidResetToken);
        User user = users.findById(userId).orElseThrow(AuthProblems::invalidResetToken);
        users.changePassword(userId, passwords.hash(newPassword), clock.instant());
        refreshTokens.revokeAll(userId);
        events.publishEvent(new AccountMailJobs.PasswordChanged(user.id()));
    }

    @Transactional
    void delete(CurrentUser current, String password) {
        User user = users.findById(current.id()).orElseThrow(AuthProblems::invalidRefreshToken);
        if (!passwords.matches(password, user.passwordHash())) {
            throw AuthProblems.passwordIncorrect();
        }
        personalData.forEach(module -> module.erase(user.id()));
        users.delete(user.id());
    }

    @Transactional(readOnly = true)
    Map<String, Object> export(CurrentUser current) {
        User user = users.findById(current.id()).orElseThrow(AuthProblems::invalidRefreshToken);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exported_at", clock.instant());
        export.put("user", UserView.of(user));
        export.put("sessions", refreshTokens.sessionsOf(user.id()));
        personalData.forEach(module -> export.put(module.section(), module.export(user.id())));
        return export;
    }

    private TokenResponse startSession(User user) {
        return tokenResponse(user, refreshTokens.startFamily(user.id()));
    }

    private TokenResponse tokenResponse(User user, RefreshTokens.Issued refresh) {
        Instant now = clock.instant();
        return new TokenResponse(
                accessTokens.issue(user),
                "bearer",
                auth.accessTokenTtl().toSeconds(),
                refresh.token(),
                secondsUntil(now, refresh.expiresAt()),
                UserView.of(user));
    }

    /** Rounded up, so a fresh token reports its full lifetime and an almost expired one at least a second. */
    private static long secondsUntil(Instant now, Instant expiresAt) {
        long millis = Duration.between(now, expiresAt).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    private static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
