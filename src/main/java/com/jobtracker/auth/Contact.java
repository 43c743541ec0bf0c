package com.jobtracker.auth;

import java.util.UUID;

/** How to reach a person: for modules that email them (reminder digests, search alerts). */
public record Contact(UUID userId, String email, String fullName) {}
