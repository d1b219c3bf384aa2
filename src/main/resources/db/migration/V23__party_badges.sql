-- Party badges (Huy hiệu Đảng, issue 18 item 9). The milestones are data, dated, with the rule behind
-- them (Hướng dẫn 01-HD/TW 2021 point 18: 30, 40, 45 … 90 years of Party age; a member seriously ill
-- may be awarded up to 12 months early, 24 months from 70 years on). A later guide adds rows and closes
-- these with valid_to. A version is valid on D when valid_from <= D < valid_to (null: open).
create table party_badge_milestone (
    id           integer      generated always as identity,
    years        integer      not null,
    early_months integer      not null,
    valid_from   date,
    valid_to     date,
    basis        varchar(200) not null,
    constraint pk_party_badge_milestone primary key (id),
    constraint ck_party_badge_milestone_years check (years between 1 and 100),
    constraint ck_party_badge_milestone_early check (early_months between 0 and 60),
    constraint ck_party_badge_milestone_period check (valid_to is null or valid_from is null or valid_to > valid_from)
);
insert into party_badge_milestone (years, early_months, basis)
select y, case when y >= 70 then 24 else 12 end, 'Hướng dẫn 01-HD/TW ngày 28/9/2021, điểm 18'
from unnest(array[30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]) as t(y);

-- A badge awarded to a member: which (years), when, and the decision behind it. One badge of each
-- milestone per member.
create sequence party_badge_award_seq increment by 50;
create table party_badge_award (
    id              bigint       not null,
    member_id       bigint       not null,
    years           integer      not null,
    awarded_on      date         not null,
    decision_number varchar(60)  not null,
    decision_date   date         not null,
    decision_body   varchar(200) not null,
    recorded_by     varchar(60)  not null,
    recorded_at     timestamptz  not null default now(),
    constraint pk_party_badge_award primary key (id),
    constraint fk_party_badge_award_member foreign key (member_id) references member (id),
    constraint uq_party_badge_award_member_years unique (member_id, years),
    constraint ck_party_badge_award_years check (years between 1 and 100),
    constraint ck_party_badge_award_decision check (decision_date <= awarded_on)
);
create index ix_party_badge_award_awarded on party_badge_award (awarded_on, id);
