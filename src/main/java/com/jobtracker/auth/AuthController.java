package com.jobtracker.auth;

import com.jobtracker.auth.AuthViews.TokenResponse;
import com.jobtracker.auth.AuthViews.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Auth", description = "Accounts, sessions and password reset")
class AuthController {

    private final Accounts accounts;

    AuthController(Accounts accounts) {
        this.accounts = accounts;
    }

    record SignUpRequest(
            @NotBlank @Email @Size(max = 320) String email,
            @NotNull String password,
            @NotBlank @Size(max = 200) String fullName) {

        /** Emails are compared trimmed and case-insensitively; trim before {@code @Email} looks at it. */
        SignUpRequest {
            email = email == null ? null : email.strip();
        }
    }

    record SignInRequest(@NotBlank String email, @NotBlank String password) {}

    record RefreshRequest(@NotBlank String refreshToken) {}

    record DeleteAccountRequest(@NotBlank String password) {}

    record PasswordResetRequest(
            @NotBlank @Email @Size(max = 320) String email) {

        PasswordResetRequest {
            email = email == null ? null : email.strip();
        }
    }

    record PasswordResetConfirmation(
            @NotBlank String token, @NotNull String newPassword) {}

    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account and sign in")
    TokenResponse signUp(@Valid @RequestBody SignUpRequest request) {
        return accounts.signUp(request.email(), request.password(), request.fullName());
    }

    @PostMapping(path = "/signin", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign in with email and password")
    TokenResponse signIn(@Valid @RequestBody SignInRequest request, HttpServletRequest http) {
        return accounts.signIn(request.email(), request.password(), http.getRemoteAddr());
    }

    @PostMapping(path = "/signin", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Sign in with an OAuth-style form (username = email)")
    TokenResponse signInWithForm(
            @RequestParam String username, @RequestParam String password, HttpServletRequest http) {
        return accounts.signIn(username, password, http.getRemoteAddr());
    }

    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens (the old one stops working)")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        return accounts.refresh(request.refreshToken());
    }

    @PostMapping("/signout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke the refresh token and every token rotated from it")
    void signOut(@Valid @RequestBody RefreshRequest request) {
        accounts.signOut(request.refreshToken());
    }

    @GetMapping("/me")
    UserView me(CurrentUser user) {
        return accounts.me(user);
    }

    @DeleteMapping("/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Erase the account and everything it owns (asks for the password again)")
    void delete(CurrentUser user, @Valid @RequestBody DeleteAccountRequest request) {
        accounts.delete(user, request.password());
    }

    @GetMapping("/me/export")
    @Operation(summary = "Every record the account owns, as one JSON document")
    ResponseEntity<Map<String, Object>> export(CurrentUser user) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"jobtracker-export.json\"")
                .body(accounts.export(user));
    }

    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Email a reset link if the account exists; the answer is the same either way")
    void requestPasswordReset(@Valid @RequestBody PasswordResetRequest request) {
        accounts.requestPasswordReset(request.email());
    }

    @PostMapping("/password-reset/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password with the emailed token; signs out every device")
    void confirmPasswordReset(@Valid @RequestBody PasswordResetConfirmation request) {
        accounts.confirmPasswordReset(request.token(), request.newPassword());
    }
}
