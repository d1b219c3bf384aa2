-- Issue 22: reads that hold at district, province and nation scale.

-- The leaders on a day as one set, so that a figure over thousands of members joins it once instead of
-- calling committee_leader_on (a sub-select PostgreSQL cannot inline) per member: the district's branch
-- work view spent 0.2 s of its 0.5 s there. A set-returning SQL function of one SELECT is inlined into the
-- calling statement. committee_leader_on becomes a test against this set, so the definition stays in one place.
create function committee_leaders_on(on_date date) returns table (member_id bigint)
    language sql stable parallel safe
as $$
    select distinct c.member_id from committee_membership c join org_unit u on u.id = c.unit_id
    where c.removed_at is null
      and c.valid_from <= on_date and (c.valid_to is null or c.valid_to >= on_date)
      and (c.role = 'KEY_LEADER' or u.kind not in ('AGENCY', 'HAMLET', 'QUARTER', 'OTHER'))
$$;

create or replace function committee_leader_on(member bigint, on_date date) returns boolean
    language sql stable parallel safe
as $$
    select exists (select 1 from committee_leaders_on(on_date) l where l.member_id = member)
$$;

-- Member search at nation scale (issue 22, item 3): the trigram index covered the nation, so a province's
-- search read the matches of all 63 provinces and dropped those out of scope afterwards (745 ms at the
-- median). A scope is a set of subtrees, and every subtree lies under one top unit (a province; the district
-- in a district-only database): a member's top unit is kept beside the member, and the search index starts
-- with it, so that a scoped search reads only its province's matches. The column is derived, never typed:
-- triggers keep it equal to the first unit of the path of the member's branch, when the branch changes
-- and when paths change (a move or a merge of units).
create extension if not exists btree_gin;

alter table member add column top_unit_id bigint;

update member m set top_unit_id = split_part(b.path, '/', 2)::bigint from org_unit b where b.id = m.branch_id;

create function dv_member_top_unit() returns trigger language plpgsql as $$
begin
    new.top_unit_id := (select split_part(b.path, '/', 2)::bigint from org_unit b where b.id = new.branch_id);
    return new;
end
$$;

create trigger tg_member_top_unit before insert or update of branch_id on member
    for each row execute function dv_member_top_unit();

create function dv_org_unit_top_moved() returns trigger language plpgsql as $$
begin
    update member m set top_unit_id = split_part(n.path, '/', 2)::bigint
    from new_units n join old_units o on o.id = n.id
    where m.branch_id = n.id and split_part(n.path, '/', 2) is distinct from split_part(o.path, '/', 2);
    return null;
end
$$;

create trigger tg_org_unit_top_moved after update on org_unit
    referencing old table as old_units new table as new_units
    for each statement execute function dv_org_unit_top_moved();

create index ix_member_search_scoped on member using gin (top_unit_id, search_text gin_trgm_ops);
