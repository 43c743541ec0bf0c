package com.jobtracker.auth;

import java.time.Instant;
import java.util.UUID;

record User(
        UUID id,
        String email,
        String passwordHash,
        String fullName,
        boolean isPremium,
        long tokenGeneration,
        Instant createdAt) {}
