-- Applications module (V10-V19): indexes that keep one user's list fast at 10,000 applications, and the
-- idempotency keys of POST /api/v1/applications.

-- Sorts offered by the list endpoint; each starts with user_id so a page is an index range scan of one user.
-- (user_id, applied_date desc, id) exists since V1.
create index applications_user_updated_idx on applications (user_id, updated_at desc, id);
create index applications_user_company_idx on applications (user_id, lower(company_name), id);
create index applications_user_status_idx on applications (user_id, status, applied_date desc);

-- q is a case-insensitive substring match ("%q%"), which a btree cannot serve; trigram indexes can. pg_trgm is a
-- trusted extension (PostgreSQL 13+), so the database owner may create it.
create extension if not exists pg_trgm;
create index applications_company_trgm_idx on applications using gin (company_name gin_trgm_ops);
create index applications_role_trgm_idx on applications using gin (role_title gin_trgm_ops);

-- One row per (user, Idempotency-Key). The primary key is what makes concurrent duplicates safe: the first insert
-- wins, the others wait for it to commit and then replay its stored response.
create table application_idempotency_keys (
    user_id          uuid         not null references users (id) on delete cascade,
    idempotency_key  varchar(255) not null,
    fingerprint      char(64)     not null,
    application_id   uuid,
    response_body    text,
    created_at       timestamptz  not null,
    primary key (user_id, idempotency_key)
);
