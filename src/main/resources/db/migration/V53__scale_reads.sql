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
