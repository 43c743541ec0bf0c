-- The list's "total" for the unfiltered list (the tracker's default screen) without counting a user's 10,000 rows
-- on every page view: a per-user counter kept by statement-level triggers, so single inserts, batch imports, deletes
-- and the cascade from an account deletion all keep it right. Filtered lists still count their rows.
create table application_counts (
    user_id uuid   primary key references users (id) on delete cascade,
    total   bigint not null
);

insert into application_counts (user_id, total)
select user_id, count(*) from applications group by user_id;

create function application_counts_add() returns trigger language plpgsql as $$
begin
    insert into application_counts (user_id, total)
    select user_id, count(*) from added group by user_id
    on conflict (user_id) do update set total = application_counts.total + excluded.total;
    return null;
end $$;

create function application_counts_remove() returns trigger language plpgsql as $$
begin
    update application_counts c set total = c.total - r.n
    from (select user_id, count(*) as n from removed group by user_id) r
    where c.user_id = r.user_id;
    return null;
end $$;

create trigger application_counts_insert after insert on applications
    referencing new table as added for each statement execute function application_counts_add();
create trigger application_counts_delete after delete on applications
    referencing old table as removed for each statement execute function application_counts_remove();
