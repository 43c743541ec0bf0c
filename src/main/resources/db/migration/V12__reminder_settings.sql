-- Follow-up reminders (issue 7): whether the person wants the daily digest email. No row means no digest.
create table reminder_settings (
    user_id      uuid        primary key references users (id) on delete cascade,
    daily_digest boolean     not null,
    updated_at   timestamptz not null
);
-- Reminders look up an active user's follow-ups due by a date.
create index applications_user_next_action_idx on applications (user_id, next_action_date)
    where next_action_date is not null;
