-- Party dues (đảng phí, issue 20). Rates are dated data, never code: a category (who pays how) has a
-- rate per rule, each valid from a day to a day (exclusive; null while it holds); a month follows the rate
-- and the member's category that hold on its last day, so that January 2026 follows the 2010 rule and
-- February 2026 the rule of 3/2/2026. A percent is kept in basis points of the base (100 = 1%), a fixed
-- amount in whole đồng: no floating point anywhere.

create table dues_category (
    code     varchar(40)  not null,
    name     varchar(200) not null,
    name_en  varchar(200),
    sort     int          not null default 0,
    constraint pk_dues_category primary key (code)
);

create table dues_rate (
    id           bigserial    not null,
    category     varchar(40)  not null,
    rule         varchar(200) not null,
    basis_points int,
    amount       bigint,
    valid_from   date         not null,
    valid_to     date,
    note         varchar(500),
    created_by   varchar(60)  not null,
    created_at   timestamptz  not null default now(),
    constraint pk_dues_rate primary key (id),
    constraint fk_dues_rate_category foreign key (category) references dues_category (code),
    constraint uq_dues_rate_from unique (category, valid_from),
    constraint ck_dues_rate_kind check ((basis_points is null) <> (amount is null)),
    constraint ck_dues_rate_percent check (basis_points is null or basis_points between 0 and 10000),
    constraint ck_dues_rate_amount check (amount is null or amount between 0 and 100000000),
    constraint ck_dues_rate_dates check (valid_to is null or valid_to > valid_from)
);

-- A member's category and base (the insured salary, allowance or pension the percent is taken of), from a
-- month to a month (exclusive). reduction_percent: the 30/50/70% hardship reduction of the 2026 rule.
create table dues_assignment (
    id                bigserial   not null,
    member_id         bigint      not null,
    category          varchar(40) not null,
    base              bigint,
    reduction_percent int         not null default 0,
    valid_from        date        not null,
    valid_to          date,
    created_by        varchar(60) not null,
    created_at        timestamptz not null default now(),
    constraint pk_dues_assignment primary key (id),
    constraint fk_dues_assignment_member foreign key (member_id) references member (id),
    constraint fk_dues_assignment_category foreign key (category) references dues_category (code),
    constraint uq_dues_assignment_from unique (member_id, valid_from),
    constraint ck_dues_assignment_base check (base is null or base between 0 and 100000000000),
    constraint ck_dues_assignment_reduction check (reduction_percent in (0, 30, 50, 70)),
    constraint ck_dues_assignment_month check (extract(day from valid_from) = 1
        and (valid_to is null or (extract(day from valid_to) = 1 and valid_to > valid_from)))
);
create index ix_dues_assignment_member on dues_assignment (member_id, valid_from);

-- The ledger: every payment recorded, for one member and one month (month = its first day); a month is
-- paid when its payments reach its due. An advance payment is several rows, one per month it covers.
-- due is the amount due that month when the payment was recorded, and rate_id the rate it came from: the
-- rule basis stays with the record.
create table dues_payment (
    id          bigserial    not null,
    member_id   bigint       not null,
    month       date         not null,
    branch_id   bigint       not null,
    amount      bigint       not null,
    due         bigint       not null,
    rate_id     bigint,
    paid_on     date         not null,
    channel     varchar(10)  not null,
    reference   varchar(100),
    recorded_by varchar(60)  not null,
    recorded_at timestamptz  not null default now(),
    constraint pk_dues_payment primary key (id),
    constraint fk_dues_payment_member foreign key (member_id) references member (id),
    constraint fk_dues_payment_branch foreign key (branch_id) references org_unit (id),
    constraint fk_dues_payment_rate foreign key (rate_id) references dues_rate (id),
    constraint ck_dues_payment_amount check (amount > 0 and amount <= 100000000 and due >= 0),
    constraint ck_dues_payment_month check (extract(day from month) = 1),
    constraint ck_dues_payment_channel check (channel in ('CASH', 'ONLINE')),
    constraint ck_dues_payment_reference check (channel = 'CASH' or length(trim(reference)) > 0)
);
create index ix_dues_payment_member on dues_payment (member_id, month);
create index ix_dues_payment_branch on dues_payment (branch_id, paid_on);

-- The share of what a branch collects that it keeps (BRANCH), and the share of what a grassroots
-- organisation receives from its branches that it keeps (GRASSROOTS); the rest goes upward. Dated data:
-- the shares of the rules were not seen (RULES.md), so none is seeded.
create table dues_share (
    id           bigserial   not null,
    level        varchar(20) not null,
    basis_points int         not null,
    valid_from   date        not null,
    valid_to     date,
    created_by   varchar(60) not null,
    created_at   timestamptz not null default now(),
    constraint pk_dues_share primary key (id),
    constraint uq_dues_share_from unique (level, valid_from),
    constraint ck_dues_share_level check (level in ('BRANCH', 'GRASSROOTS')),
    constraint ck_dues_share_points check (basis_points between 0 and 10000),
    constraint ck_dues_share_dates check (valid_to is null or valid_to > valid_from)
);

-- Categories of the rules. Names are data (staff may add a category a later rule names).
insert into dues_category (code, name, name_en, sort) values
    ('SALARY', 'Hưởng lương, đóng bảo hiểm xã hội bắt buộc', 'Salaried, with compulsory social insurance', 10),
    ('SICK_MATERNITY', 'Hưởng trợ cấp ốm đau, thai sản', 'On sick or maternity allowance', 20),
    ('PENSION', 'Hưởng lương hưu', 'Pensioner', 30),
    ('STUDENT', 'Học sinh, sinh viên', 'Student', 40),
    ('FARMER', 'Nông dân, lao động tự do', 'Farmer or free worker', 50),
    ('ABROAD', 'Đảng viên ở nước ngoài', 'Member abroad', 60),
    ('EXEMPT_PARTY_AGE', 'Miễn: từ 50 năm tuổi đảng', 'Exempt: 50 or more years of Party age', 70),
    ('EXEMPT_HARDSHIP', 'Miễn: hộ nghèo, cận nghèo, ốm đau nặng', 'Exempt: poor or near-poor household, seriously ill', 80);

-- The rates that could be confirmed (RULES.md). The 2010 rule (Quyết định 342-QĐ/TW, 28/12/2010): 1% of
-- the salary, 0.5% of the pension; its other amounts (students, farmers, members abroad) were not seen:
-- district or province staff enter them at /dues/rates. The 2026 rule (Quy định 01-QĐ/TW, 3/2/2026).
insert into dues_rate (category, rule, basis_points, amount, valid_from, valid_to, created_by) values
    ('SALARY', 'Quyết định 342-QĐ/TW (28/12/2010)', 100, null, date '2011-01-01', date '2026-02-03', 'system'),
    ('PENSION', 'Quyết định 342-QĐ/TW (28/12/2010)', 50, null, date '2011-01-01', date '2026-02-03', 'system'),
    ('SALARY', 'Quy định 01-QĐ/TW (03/02/2026)', 100, null, date '2026-02-03', null, 'system'),
    ('SICK_MATERNITY', 'Quy định 01-QĐ/TW (03/02/2026)', 100, null, date '2026-02-03', null, 'system'),
    ('PENSION', 'Quy định 01-QĐ/TW (03/02/2026)', 50, null, date '2026-02-03', null, 'system'),
    ('STUDENT', 'Quy định 01-QĐ/TW (03/02/2026)', null, 5000, date '2026-02-03', null, 'system'),
    ('EXEMPT_PARTY_AGE', 'Quy định 01-QĐ/TW (03/02/2026)', null, 0, date '2026-02-03', null, 'system'),
    ('EXEMPT_HARDSHIP', 'Quy định 01-QĐ/TW (03/02/2026)', null, 0, date '2026-02-03', null, 'system');

-- a dues sheet is imported through the same previews as the registers
alter table import_preview drop constraint ck_import_preview_kind;
alter table import_preview add constraint ck_import_preview_kind check (kind in ('MEMBERS', 'BRANCHES', 'DUES'));
