-- Vectors carry (provider, model, dimensions): vectors of different models are never compared, and switching the
-- model simply misses these keys and re-embeds lazily. Vectors are little-endian float32, L2-normalised.

-- A resume's pooled vector; personal data, so it goes with the resume row.
create table resume_embeddings (
    resume_id    uuid         not null references resumes (id) on delete cascade,
    provider     varchar(40)  not null,
    model        varchar(100) not null,
    dimensions   integer      not null,
    content_hash bytea        not null,
    vector       bytea        not null,
    created_at   timestamptz  not null,
    primary key (resume_id, provider, model, dimensions)
);

-- Job posting vectors, shared by everyone and keyed by the SHA-256 of the embedded text.
create table job_embeddings (
    content_hash bytea        not null,
    provider     varchar(40)  not null,
    model        varchar(100) not null,
    dimensions   integer      not null,
    vector       bytea        not null,
    created_at   timestamptz  not null,
    primary key (content_hash, provider, model, dimensions)
);
