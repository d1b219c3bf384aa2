-- Committee membership through time (issue 17, item 5): the yes/no flags district_committee,
-- commune_committee and key_leader become dated periods, so that "huyện ủy viên 2020–2025" is true on
-- 15/06/2021 and not on 15/06/2026. valid_to is the last day held (inclusive); null while it lasts.
-- Key leader (lãnh đạo chủ chốt) is a role of its own here, not a flag on a seat: a chairman of the
-- commune People's Committee is a key leader whether or not they sit on the Party committee, and the two
-- may begin and end on different days. A removal keeps the row (who, when, why), as in V10.

create sequence committee_membership_seq increment by 50;
create table committee_membership (
    id             bigint       not null,
    member_id      bigint       not null,
    unit_id        bigint       not null,
    role           varchar(30)  not null,
    term           varchar(20),
    valid_from     date         not null,
    valid_to       date,
    decision       varchar(200),
    created_at     timestamptz  not null default now(),
    created_by     varchar(60)  not null,
    removed_at     timestamptz,
    removed_by     varchar(60),
    removal_reason varchar(500),
    version        bigint       not null default 0,
    constraint pk_committee_membership primary key (id),
    constraint fk_committee_membership_member foreign key (member_id) references member (id),
    constraint fk_committee_membership_unit foreign key (unit_id) references org_unit (id),
    constraint ck_committee_membership_role check (role in ('SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER',
                                                             'COMMITTEE_MEMBER', 'KEY_LEADER')),
    constraint ck_committee_membership_dates check (valid_to is null or valid_to >= valid_from),
    constraint ck_committee_membership_removal check (
        (removed_at is null and removed_by is null and removal_reason is null)
        or (removed_at is not null and removed_by is not null and length(trim(removal_reason)) > 0))
);
create index ix_committee_membership_member on committee_membership (member_id, valid_from) where removed_at is null;
create index ix_committee_membership_unit on committee_membership (unit_id, valid_from) where removed_at is null;

-- Whether a member is, on a date, a leader in the report's sense (its first weakness: secretaries do not
-- give duties to "commune leaders and committee members"): a key leader, or a seat on the committee of a
-- Party organisation above the branches. One definition for every figure that counts them.
create function committee_leader_on(member bigint, on_date date) returns boolean
    language sql stable parallel safe
as $$
    select exists (
        select 1 from committee_membership c join org_unit u on u.id = c.unit_id
        where c.member_id = member and c.removed_at is null
          and c.valid_from <= on_date and (c.valid_to is null or c.valid_to >= on_date)
          and (c.role = 'KEY_LEADER' or u.kind not in ('AGENCY', 'HAMLET', 'QUARTER', 'OTHER')))
$$;

-- The flags had no dates. Their periods are approximate: term 2020–2025, from 01/10/2020 (the commune
-- and district congresses of the 2020–2025 term were held around then; the real date of each election is
-- not known here and can be corrected on the member's page), still open. The district is the unit above
-- the commune (the parent of the member's branch's parent); a member without one gets no district period.
insert into committee_membership (id, member_id, unit_id, role, term, valid_from, created_by)
select nextval('committee_membership_seq'), f.member_id, f.unit_id, f.role, '2020–2025', date '2020-10-01', 'system'
from (
    select m.id as member_id, c.parent_id as unit_id, 'COMMITTEE_MEMBER' as role
    from member m join org_unit b on b.id = m.branch_id join org_unit c on c.id = b.parent_id
    where m.district_committee and c.parent_id is not null
    union all
    select m.id, b.parent_id, 'COMMITTEE_MEMBER'
    from member m join org_unit b on b.id = m.branch_id
    where m.commune_committee and b.parent_id is not null
    union all
    select m.id, b.parent_id, 'KEY_LEADER'
    from member m join org_unit b on b.id = m.branch_id
    where m.key_leader and b.parent_id is not null
) f
order by f.member_id, f.role;

alter table member drop column commune_committee;
alter table member drop column key_leader;
alter table member drop column district_committee;

-- A liaison (cấp ủy viên cấp trên dự sinh hoạt chi bộ) is an account that reads and comments on a branch's
-- meetings; the person behind it is a member who holds a seat on the committee of a unit above the branch.
-- Assignments made before this migration name no member.
alter table liaison add column member_id bigint;
alter table liaison add constraint fk_liaison_member foreign key (member_id) references member (id);
