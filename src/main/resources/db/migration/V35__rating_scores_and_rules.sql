-- Ratings by the rule of their year (RULES.md, Evaluation): from 2025 a 100-point score under Quy định
-- 366-QĐ/TW and Hướng dẫn 43-HD/BTCTW, before it the recorded grade under 124-QĐ/TW or 132-QĐ/TW. The rules,
-- the quota and the score sheet are dated data, so that a later guide is a new row, not a code change.

-- One row per rule, from the year it governs. quota_base: whose count the excellent share is taken of
-- (GOOD_OR_BETTER: those rated Hoàn thành tốt nhiệm vụ, the excellent ones chosen among them; GOOD_ONLY).
create table rating_rule (
    valid_from_year integer      not null,
    basis           varchar(40)  not null,
    scored          boolean      not null,
    quota_share     numeric(4, 3) not null,
    quota_base      varchar(20)  not null,
    quota_source    varchar(200) not null,
    confirmed       boolean      not null,
    -- whether a branch dissolved after this rule's year needs that year's rating (DESIGN.md, Dissolution);
    -- off before 2025, whose branch ratings were never all entered here
    dissolution_needs_rating boolean not null,
    constraint pk_rating_rule primary key (valid_from_year),
    constraint ck_rating_rule_base check (quota_base in ('GOOD_OR_BETTER', 'GOOD_ONLY')),
    constraint ck_rating_rule_share check (quota_share > 0 and quota_share <= 1)
);
insert into rating_rule values
    (2018, '132-QĐ/TW', false, 0.200, 'GOOD_OR_BETTER', 'Hướng dẫn 21-HD/BTCTW (2019)', true, false),
    (2023, '124-QĐ/TW', false, 0.200, 'GOOD_OR_BETTER', 'Hướng dẫn 21-HD/BTCTW (2019), giữ nguyên theo 124-QĐ/TW (cần xác nhận)', false, false),
    (2025, '366-QĐ/TW', true, 0.200, 'GOOD_OR_BETTER', 'Hướng dẫn 21-HD/BTCTW (2019); cơ sở tính theo 366-QĐ/TW chưa xác nhận', false, true);

-- The criteria groups of the score sheet by form (2A, 2B, 2C of Hướng dẫn 43-HD/BTCTW). Form 2C (members not
-- working in the political system) is confirmed to exist; the groups and their points below were not seen
-- in the guide's text and are marked unconfirmed: correct them as data.
create table rating_sheet_group (
    form       varchar(4)   not null,
    position   integer      not null,
    title      varchar(300) not null,
    max_points numeric(4, 1) not null,
    valid_from date         not null,
    confirmed  boolean      not null,
    constraint pk_rating_sheet_group primary key (form, valid_from, position),
    constraint ck_rating_sheet_group_points check (max_points > 0 and max_points <= 100)
);
insert into rating_sheet_group
select f.form, g.position, g.title, g.max_points, date '2025-10-31', false
from (values ('2A'), ('2B'), ('2C')) as f(form)
cross join (values
    (1, 'Chính trị tư tưởng; đạo đức, lối sống; ý thức tổ chức kỷ luật', 30.0),
    (2, 'Kết quả thực hiện chức trách, nhiệm vụ được giao', 70.0)) as g(position, title, max_points);

-- A member's rating: the period (the year, or one of its quarters), the score and the extra conditions of
-- the excellent grade (every task done and at least 30% above requirement), and the rule it was made under.
alter table member_rating add column period varchar(2) not null default 'Y';
alter table member_rating add column score numeric(4, 1);
alter table member_rating add column above_requirement boolean not null default false;
alter table member_rating add column rule_basis varchar(40);
alter table member_rating add constraint ck_member_rating_period check (period in ('Y', 'Q1', 'Q2', 'Q3', 'Q4'));
alter table member_rating add constraint ck_member_rating_score check (score is null or (score >= 0 and score <= 100));
alter table member_rating drop constraint uq_member_rating;
alter table member_rating add constraint uq_member_rating unique (member_id, year, period);
update member_rating r
set rule_basis = (select basis from rating_rule u where u.valid_from_year <= r.year
                  order by u.valid_from_year desc limit 1);

alter table branch_rating add column score numeric(4, 1);
alter table branch_rating add column rule_basis varchar(40);
alter table branch_rating add constraint ck_branch_rating_score check (score is null or (score >= 0 and score <= 100));
update branch_rating r
set rule_basis = (select basis from rating_rule u where u.valid_from_year <= r.year
                  order by u.valid_from_year desc limit 1);

-- A justified exception, with its reason and the body that decided it: QUOTA lets a grassroots organisation
-- rate {extra} more members excellent for a year; DISSOLUTION lets a branch be dissolved without its rating
-- for that year.
create sequence rating_override_seq increment by 50;
create table rating_override (
    id            bigint       not null,
    kind          varchar(20)  not null,
    unit_id       bigint       not null,
    year          integer      not null,
    extra         integer,
    reason        varchar(500) not null,
    deciding_body varchar(200) not null,
    recorded_at   timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint pk_rating_override primary key (id),
    constraint uq_rating_override unique (kind, unit_id, year),
    constraint fk_rating_override_unit foreign key (unit_id) references org_unit (id),
    constraint ck_rating_override_kind check (kind in ('QUOTA', 'DISSOLUTION')),
    constraint ck_rating_override_extra check ((kind = 'QUOTA') = (extra is not null and extra > 0))
);
create trigger tr_rating_override_changed after insert or update or delete or truncate on rating_override
    for each statement execute function dv_data_changed();
