-- Creating a month's partition while meters are being read concurrently failed in two ways (the 1,000-meter benchmark
-- and the demo found them): "relation … already exists" when two sessions raced (an advisory lock does not refresh the
-- catalog cache, so the re-check after it could miss the other session's table), and deadlocks or "updated partition
-- constraint for default partition would be violated" when rows for the month were inserted into the default
-- partition between moving them out and creating the partition. One function now makes a month's partition of either
-- table, taking the parent table's lock first: inserts wait the few milliseconds the creation takes, the re-check sees
-- the other session's table, and no row lands in the default partition in between.

-- The partition of `parent` (partitioned by range on `key_column`, with `<parent>_default`) for the month of
-- `month_start`; rows of that month already in the default partition are moved into it. Returns its name.
create function castellan_ensure_month_partition(parent text, key_column text, month_start date) returns text
language plpgsql as $$
declare
    first_day date := date_trunc('month', month_start)::date;
    part_name text := parent || '_' || to_char(first_day, 'YYYY_MM');
    default_name text := parent || '_default';
    -- bounds as text: the key column's own type (timestamp or timestamptz) reads them
    lo text := first_day::text;
    hi text := (first_day + interval '1 month')::date::text;
begin
    if to_regclass(part_name) is not null then
        return part_name;
    end if;
    execute format('lock table %I in access exclusive mode', parent);
    if to_regclass(part_name) is not null then
        return part_name;
    end if;
    execute format('create temporary table castellan_moving_rows on commit drop as '
                   'with moved as (delete from %I where %I >= %L and %I < %L returning *) select * from moved',
                   default_name, key_column, lo, key_column, hi);
    execute format('create table %I partition of %I for values from (%L) to (%L)', part_name, parent, lo, hi);
    execute format('insert into %I select * from castellan_moving_rows', parent);
    drop table castellan_moving_rows;
    return part_name;
end $$;

create or replace function castellan_ensure_archive_partition(month_start date) returns text
language sql as $$ select castellan_ensure_month_partition('archive_record', 'period_start', month_start) $$;

create or replace function castellan_ensure_snapshot_partition(month_start date) returns text
language sql as $$ select castellan_ensure_month_partition('current_snapshot', 'taken_at', month_start) $$;
