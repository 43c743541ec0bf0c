-- Saved searches with alerts (issue 7, jobs module). A run records every posting id it saw (saved_search_seen);
-- ids not seen before become "new" (saved_search_new) until the person marks them seen. The first run after
-- creation, or after the criteria changed, only records the baseline. Everything goes with the user (cascade).
create table saved_searches (
    id                 uuid primary key,
    user_id            uuid         not null references users (id) on delete cascade,
    name               varchar(100) not null,
    query              varchar(200) not null,
    location           varchar(200),
    remote             boolean,
    employment_type    varchar(30),
    posted_within_days int check (posted_within_days between 1 and 365),
    email_alerts       boolean      not null default false,
    -- bumped whenever the criteria change: a run that searched with older criteria records nothing
    revision           int          not null default 1,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    last_run_at        timestamptz,
    -- when the boards' data the last run recorded was fetched; a run only records strictly newer data
    last_fetched_at    timestamptz
);

create index saved_searches_by_user on saved_searches (user_id, created_at desc);
create index saved_searches_by_last_run on saved_searches (last_run_at nulls first);

create table saved_search_seen (
    search_id     uuid         not null references saved_searches (id) on delete cascade,
    job_id        varchar(512) not null,
    first_seen_at timestamptz  not null,
    last_seen_at  timestamptz  not null,
    primary key (search_id, job_id)
);

create table saved_search_new (
    search_id    uuid         not null references saved_searches (id) on delete cascade,
    job_id       varchar(512) not null,
    job_data     jsonb        not null,
    found_at     timestamptz  not null,
    -- still to be emailed (set only when the search had email alerts on when the posting was found)
    mail_pending boolean      not null default false,
    primary key (search_id, job_id)
);

create index saved_search_new_by_found on saved_search_new (search_id, found_at desc, job_id);
