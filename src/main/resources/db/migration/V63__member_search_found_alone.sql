-- Member search of a common fragment at nation scale (issue 22, item 3). With V61 a search read the
-- matching rows of member_search and then each matching member: "nguyen van" over the nation matches
-- 22,000 members, and the statement spent about 200 ms reading their search rows and 200 ms more looking
-- up each member to filter, count and sort them, to show twenty (600 ms in all, against 300 ms).
--
-- So the search row now carries what the list filters, counts and sorts on (the branch, status, group, the
-- admission and full-membership dates, the sort key): the matches are counted, filtered and sorted in
-- member_search alone, and only the page's twenty rows are joined to member. And the rows are written in
-- the order of their search text, so that the members a fragment matches lie on neighbouring pages: the
-- matches of "nguyen van" then fill about 300 pages instead of 22,000 (a common family and middle name is
-- a prefix of the text). Members added later go to the end of their partition; a re-sort is in
-- docs/scale.md, "Member search".
--
-- The table is rebuilt rather than altered: its partitions' indexes are made once, after the rows.
drop table member_search;

create table member_search (
    member_id      bigint      not null,
    top_unit_id    bigint      not null,
    branch_id      bigint      not null,
    status         varchar(10) not null,
    member_group   varchar(40) not null,
    admitted_on    date        not null,
    full_member_on date,
    sort_key       text,
    search_text    text,
    constraint pk_member_search primary key (top_unit_id, member_id)
) partition by hash (top_unit_id);

do $$
begin
    for i in 0..31 loop
        -- room on each page for a changed row's new version beside the old one (see the trigger below)
        execute format('create table member_search_%s partition of member_search'
                       ' for values with (modulus 32, remainder %s) with (fillfactor = 90)', i, i);
    end loop;
end
$$;

insert into member_search (member_id, top_unit_id, branch_id, status, member_group, admitted_on, full_member_on,
                           sort_key, search_text)
select id, top_unit_id, branch_id, status, member_group, admitted_on, full_member_on, sort_key, search_text
from member where top_unit_id is not null
order by search_text collate "C";

do $$
begin
    for i in 0..31 loop
        execute format('create index ix_member_search_%s on member_search_%s using gin (search_text gin_trgm_ops)',
                       i, i);
    end loop;
end
$$;

-- A change that keeps the top unit updates the row, whose new version the page's free room keeps beside
-- its neighbours (a change of status, group or branch touches no indexed column: a heap-only update); a
-- move to another top unit moves it to that unit's partition.
create or replace function dv_member_search_sync() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.top_unit_id = new.top_unit_id then
        update member_search
        set branch_id = new.branch_id, status = new.status, member_group = new.member_group,
            admitted_on = new.admitted_on, full_member_on = new.full_member_on, sort_key = new.sort_key,
            search_text = new.search_text
        where top_unit_id = new.top_unit_id and member_id = new.id;
        return null;
    end if;
    if tg_op <> 'INSERT' then
        delete from member_search where top_unit_id = old.top_unit_id and member_id = old.id;
    end if;
    if tg_op <> 'DELETE' and new.top_unit_id is not null then
        insert into member_search (member_id, top_unit_id, branch_id, status, member_group, admitted_on,
                                   full_member_on, sort_key, search_text)
        values (new.id, new.top_unit_id, new.branch_id, new.status, new.member_group, new.admitted_on,
                new.full_member_on, new.sort_key, new.search_text);
    end if;
    return null;
end
$$;

drop trigger tg_member_search_update on member;

create trigger tg_member_search_update after update on member
    for each row
    when (old.search_text is distinct from new.search_text or old.top_unit_id is distinct from new.top_unit_id
          or old.branch_id is distinct from new.branch_id or old.status is distinct from new.status
          or old.member_group is distinct from new.member_group or old.admitted_on is distinct from new.admitted_on
          or old.full_member_on is distinct from new.full_member_on or old.sort_key is distinct from new.sort_key)
    execute function dv_member_search_sync();

-- statistics for the planner at once, rather than when autovacuum comes by
analyze member_search;
