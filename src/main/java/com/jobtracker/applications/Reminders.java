package com.jobtracker.applications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Follow-ups that are due and applications that went quiet, plus whether the person wants them by email daily. */
@Service
class Reminders {

    static final int QUIET_DAYS = 14;

    private final ApplicationStore store;
    private final JdbcClient jdbc;
    private final Clock clock;

    Reminders(ApplicationStore store, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    List<Reminder> due(UUID userId, LocalDate today) {
        List<Reminder> followUps = new ArrayList<>();
        List<Reminder> quiet = new ArrayList<>();
        LocalDate waitingSince = today.minusDays(QUIET_DAYS);
        for (ApplicationView application : store.needingAttention(userId, today, waitingSince)) {
            LocalDate next = application.nextActionDate();
            boolean active = ApplicationStatus.fromWire(application.status())
                    .map(ApplicationStatus::isActive)
                    .orElse(false);
            if (next != null && !next.isAfter(today) && active) {
                followUps.add(followUp(application, next, today));
            }
            if (application.status().equals(ApplicationStatus.APPLIED.wire())
                    && !application.appliedDate().isAfter(waitingSince)) {
                quiet.add(noResponse(application, today));
            }
        }
        quiet.sort((a, b) -> Long.compare(b.days(), a.days()));
        followUps.addAll(quiet);
        return followUps;
    }

    boolean wantsDailyDigest(UUID userId) {
        return jdbc.sql("select daily_digest from reminder_settings where user_id = :user")
                .param("user", userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void setDailyDigest(UUID userId, boolean enabled) {
        jdbc.sql("""
                        insert into reminder_settings (user_id, daily_digest, updated_at) values (:user, :on, :now)
                        on conflict (user_id) do update set daily_digest = excluded.daily_digest,
                                                            updated_at = excluded.updated_at
                        """)
                .param("user", userId)
                .param("on", enabled)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    List<UUID> digestSubscribers() {
        return jdbc.sql("select user_id from reminder_settings where daily_digest order by user_id")
                .query(UUID.class)
                .list();
    }

    private static Reminder followUp(ApplicationView application, LocalDate due, LocalDate today) {
        long overdue = ChronoUnit.DAYS.between(due, today);
        String when = overdue == 0 ? "due today" : overdue == 1 ? "1 day overdue" : overdue + " days overdue";
        return new Reminder(
                "follow_up",
                "Follow up with %s about %s (%s)".formatted(application.companyName(), application.roleTitle(), when),
                due,
                overdue,
                null,
                application);
    }

    private static Reminder noResponse(ApplicationView application, LocalDate today) {
        long waiting = ChronoUnit.DAYS.between(application.appliedDate(), today);
        return new Reminder(
                "no_response",
                "No response from %s for %s in %d days; mark it ghosted?"
                        .formatted(application.companyName(), application.roleTitle(), waiting),
                application.appliedDate(),
                waiting,
                ApplicationStatus.GHOSTED.wire(),
                application);
    }
}
