package com.jobtracker.applications;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an application stands. The funnel stages run applied → screening → interviewing → offer → accepted; the
 * other statuses end an application without moving it down the funnel. Analytics takes its definitions from here,
 * so "response" means the same thing everywhere.
 */
public enum ApplicationStatus {
    APPLIED(0, false, true),
    SCREENING(1, true, true),
    INTERVIEWING(2, true, true),
    OFFER(3, true, true),
    ACCEPTED(4, true, false),
    REJECTED(-1, true, false),
    WITHDRAWN(-1, false, false),
    GHOSTED(-1, false, false);

    private final int funnelStage;
    private final boolean response;
    private final boolean active;

    ApplicationStatus(int funnelStage, boolean response, boolean active) {
        this.funnelStage = funnelStage;
        this.response = response;
        this.active = active;
    }

    /** The value on the wire and in the database: {@code interviewing}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Position in the funnel (applied = 0 … accepted = 4), or -1 for statuses outside it. */
    public int funnelStage() {
        return funnelStage;
    }

    /**
     * A response is any status change after {@code applied} other than {@code ghosted} and {@code withdrawn}: the
     * employer did something (screened, interviewed, offered, or rejected).
     */
    public boolean isResponse() {
        return response;
    }

    /** Still in play: not accepted, rejected, withdrawn or ghosted. */
    public boolean isActive() {
        return active;
    }

    public static Optional<ApplicationStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
    }

    /** The funnel stages in order, applied first. */
    public static List<ApplicationStatus> funnel() {
        return Arrays.stream(values()).filter(s -> s.funnelStage >= 0).toList();
    }

    public static List<String> wireValues() {
        return Arrays.stream(values()).map(ApplicationStatus::wire).toList();
    }
}
