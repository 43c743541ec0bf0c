-- The seed design's tables (users, applications, saved_jobs, resumes) plus what authentication needs.
-- Every row a person owns references users(id) with ON DELETE CASCADE, so erasing an account erases its rows.
-- Modules add their own migrations in their version range: applications V10-19, jobs V20-29,
-- resumes V30-39, matching V40-49, platform/background work V50-59.

create table users (
    id               uuid primary key,
    email            varchar(320) not null,
    password_hash    varchar(100) not null,
    full_name        varchar(200) not null,
    is_premium       boolean      not null default false,
    token_generation integer      not null default 0,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);
create unique index users_email_key on users (lower(email));

create table refresh_tokens (
    id          uuid primary key,
    user_id     uuid        not null references users (id) on delete cascade,
    family_id   uuid        not null,
    token_hash  bytea       not null unique,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz
);
create index refresh_tokens_family_idx on refresh_tokens (family_id);
create index refresh_tokens_user_idx on refresh_tokens (user_id);

create table password_reset_tokens (
    id          uuid primary key,
    user_id     uuid        not null references users (id) on delete cascade,
    token_hash  bytea       not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_reset_tokens_user_idx on password_reset_tokens (user_id);

create table applications (
    id               uuid primary key,
    user_id          uuid          not null references users (id) on delete cascade,
    company_name     varchar(255)  not null,
    role_title       varchar(255)  not null,
    status           varchar(20)   not null,
    applied_date     date          not null,
    source           varchar(20)   not null,
    job_url          varchar(2048),
    location         varchar(255),
    notes            text,
    job_id           varchar(512),
    next_action_date date,
    version          integer       not null default 1,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);
create index applications_user_applied_idx on applications (user_id, applied_date desc, id);

create table application_status_history (
    id             bigint generated always as identity primary key,
    application_id uuid        not null references applications (id) on delete cascade,
    status         varchar(20) not null,
    changed_at     timestamptz not null
);
create index application_status_history_app_idx on application_status_history (application_id, changed_at);

create table saved_jobs (
    id         uuid primary key,
    user_id    uuid         not null references users (id) on delete cascade,
    job_id     varchar(512) not null,
    job_data   jsonb        not null,
    saved_at   timestamptz  not null,
    unique (user_id, job_id)
);
create index saved_jobs_user_saved_idx on saved_jobs (user_id, saved_at desc);

create table resumes (
    id            uuid primary key,
    user_id       uuid         not null references users (id) on delete cascade,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    storage_key   varchar(255) not null,
    parsed        jsonb        not null,
    uploaded_at   timestamptz  not null
);
create index resumes_user_idx on resumes (user_id, uploaded_at desc);
