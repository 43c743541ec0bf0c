package com.jobtracker.applications;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where the person found the job. */
enum ApplicationSource {
    LINKEDIN,
    GOOGLE,
    INDEED,
    GREENHOUSE,
    LEVER,
    ASHBY,
    REMOTIVE,
    ARBEITNOW,
    REMOTEOK,
    THEMUSE,
    REFERRAL,
    COMPANY_SITE,
    OTHER;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ApplicationSource> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
    }

    static List<String> wireValues() {
        return Arrays.stream(values()).map(ApplicationSource::wire).toList();
    }
}
