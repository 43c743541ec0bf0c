package com.jobtracker.auth;

import java.util.UUID;

/**
 * The signed-in person, resolved from the bearer token. Declare it as a controller method parameter; every query a
 * module makes for that request is scoped by {@link #id()}.
 */
public record CurrentUser(UUID id) {}
