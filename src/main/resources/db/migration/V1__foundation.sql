-- Foundation: organisation tree, accounts, members and membership periods.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); this wrapper pins the dictionary so that
-- generated columns and indexes may use it.
create or replace function dv_unaccent(text) returns text
    language sql immutable parallel safe strict
as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create sequence org_unit_seq;
create table org_unit (
    id                   bigint not null,
    code                 varchar(40)  not null,
    name                 varchar(200) not null,
    kind                 varchar(20)  not null,
    parent_id            bigint,
    path                 varchar(400) not null,
    status               varchar(20)  not null default 'ACTIVE',
    dissolved_on         date,
    dissolution_decision varchar(100),
    created_at           timestamptz  not null default now(),
    version              bigint       not null default 0,
    constraint pk_org_unit primary key (id),
    constraint uq_org_unit_code unique (code),
    constraint fk_org_unit_parent foreign key (parent_id) references org_unit (id),
    constraint ck_org_unit_kind check (kind in ('PROVINCE', 'DISTRICT', 'COMMUNE', 'TOWN', 'WARD',
                                                 'AGENCY', 'HAMLET', 'QUARTER', 'OTHER')),
    constraint ck_org_unit_status check (status in ('ACTIVE', 'DISSOLVED')),
    constraint ck_org_unit_dissolution check (
        (status = 'ACTIVE' and dissolved_on is null and dissolution_decision is null)
        or (status = 'DISSOLVED' and dissolved_on is not null and dissolution_decision is not null))
);
create index ix_org_unit_parent on org_unit (parent_id);
create index ix_org_unit_path on org_unit (path varchar_pattern_ops);
create unique index uq_org_unit_sibling_name on org_unit (parent_id, lower(name)) where status = 'ACTIVE';

create sequence app_user_seq increment by 50;
create table app_user (
    id            bigint not null,
    username      varchar(60)  not null,
    password_hash varchar(100) not null,
    full_name     varchar(120) not null,
    role          varchar(30)  not null,
    scope_unit_id bigint       not null,
    enabled       boolean      not null default true,
    failed_logins integer      not null default 0,
    locked_until  timestamptz,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint pk_app_user primary key (id),
    constraint uq_app_user_username unique (username),
    constraint fk_app_user_scope foreign key (scope_unit_id) references org_unit (id),
    constraint ck_app_user_role check (role in ('DISTRICT_STAFF', 'DISTRICT_LEADER', 'COMMUNE_OFFICIAL',
                                                'BRANCH_SECRETARY')),
    constraint ck_app_user_username check (username = lower(username))
);

create sequence member_seq increment by 50;
create table member (
    id                   bigint not null,
    full_name            varchar(120) not null,
    birth_date           date         not null,
    gender               varchar(10)  not null,
    id_number            varchar(12)  not null,
    party_card_number    varchar(20),
    admitted_on          date         not null,
    full_member_on       date,
    member_group         varchar(40)  not null,
    position             varchar(200),
    workplace            varchar(200),
    commune_committee    boolean      not null default false,
    key_leader           boolean      not null default false,
    district_committee   boolean      not null default false,
    branch_id            bigint       not null,
    residence_branch_id  bigint,
    status               varchar(10)  not null default 'ACTIVE',
    left_reason          varchar(20),
    left_on              date,
    search_text          text generated always as (
                             dv_unaccent(lower(full_name)) || ' ' || id_number || ' ' || coalesce(party_card_number, '')
                         ) stored,
    sort_key             text generated always as (
                             dv_unaccent(lower(regexp_replace(full_name, '^.*\s', ''))) || ' ' || dv_unaccent(lower(full_name))
                         ) stored,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    version              bigint       not null default 0,
    constraint pk_member primary key (id),
    constraint uq_member_id_number unique (id_number),
    constraint uq_member_party_card unique (party_card_number),
    constraint fk_member_branch foreign key (branch_id) references org_unit (id),
    constraint fk_member_residence foreign key (residence_branch_id) references org_unit (id),
    constraint ck_member_id_number check (id_number ~ '^[0-9]{12}$'),
    constraint ck_member_gender check (gender in ('MALE', 'FEMALE')),
    constraint ck_member_status check (status in ('ACTIVE', 'EXEMPT', 'LEFT')),
    constraint ck_member_left_reason check (left_reason in ('DECEASED', 'EXPELLED', 'REMOVED', 'RESIGNED',
                                                            'TRANSFERRED_OUT')),
    constraint ck_member_left check ((status = 'LEFT') = (left_reason is not null and left_on is not null)),
    constraint ck_member_full_membership check (full_member_on is null or full_member_on >= admitted_on),
    constraint ck_member_group check (member_group in ('ORGANISATION_CADRE', 'INSPECTION_CADRE',
        'PROPAGANDA_CADRE', 'COMMUNE_CIVIL_SERVANT', 'NON_SPECIALISED_WORKER', 'NON_REGULAR_POLICE',
        'SOCIO_POLITICAL_ORGANISATION', 'FATHERLAND_FRONT', 'RETIRED', 'FARMER_OTHER'))
);
create index ix_member_branch on member (branch_id);
create index ix_member_residence on member (residence_branch_id);
create index ix_member_sort on member (sort_key, id);
create index ix_member_search on member using gin (search_text gin_trgm_ops);

create sequence membership_period_seq increment by 50;
create table membership_period (
    id          bigint not null,
    member_id   bigint not null,
    branch_id   bigint not null,
    started_on  date   not null,
    ended_on    date,
    transfer_id bigint,
    constraint pk_membership_period primary key (id),
    constraint fk_membership_period_member foreign key (member_id) references member (id),
    constraint fk_membership_period_branch foreign key (branch_id) references org_unit (id),
    constraint ck_membership_period_dates check (ended_on is null or ended_on >= started_on)
);
-- Exactly one open period per member: the database, not the code, is the last word.
create unique index uq_membership_period_open on membership_period (member_id) where ended_on is null;
create index ix_membership_period_branch_open on membership_period (branch_id) where ended_on is null;
create index ix_membership_period_branch_dates on membership_period (branch_id, started_on, ended_on);
create index ix_membership_period_member on membership_period (member_id, started_on);
