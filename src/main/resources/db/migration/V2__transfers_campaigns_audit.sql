-- Transfers of members between branches, directives and their campaigns, yearly ratings (the first
-- part of evaluations: what a campaign needs to know), and the audit trail.

create sequence directive_seq increment by 50;
create table directive (
    id         bigint       not null,
    number     varchar(40)  not null,
    issued_on  date         not null,
    issuer     varchar(200) not null,
    title      varchar(300) not null,
    summary    text,
    created_at timestamptz  not null default now(),
    version    bigint       not null default 0,
    constraint pk_directive primary key (id),
    constraint uq_directive_number unique (number)
);

create sequence campaign_seq increment by 50;
create table campaign (
    id           bigint       not null,
    directive_id bigint       not null,
    name         varchar(300) not null,
    deadline     date         not null,
    cohort_kind  varchar(20)  not null,
    member_group varchar(40),
    created_at   timestamptz  not null default now(),
    version      bigint       not null default 0,
    constraint pk_campaign primary key (id),
    constraint fk_campaign_directive foreign key (directive_id) references directive (id),
    constraint ck_campaign_cohort check (
        (cohort_kind = 'AGENCY_BRANCHES' and member_group is null)
        or (cohort_kind = 'MEMBER_GROUP' and member_group is not null))
);
create index ix_campaign_directive on campaign (directive_id);

create table campaign_commune (
    campaign_id bigint not null,
    commune_id  bigint not null,
    constraint pk_campaign_commune primary key (campaign_id, commune_id),
    constraint fk_campaign_commune_campaign foreign key (campaign_id) references campaign (id),
    constraint fk_campaign_commune_unit foreign key (commune_id) references org_unit (id)
);

create sequence transfer_seq increment by 50;
create table transfer (
    id                   bigint       not null,
    kind                 varchar(20)  not null,
    direction            varchar(10)  not null default 'WITHIN',
    member_id            bigint,
    from_branch_id       bigint,
    to_branch_id         bigint,
    other_organisation   varchar(300),
    campaign_id          bigint,
    reason               varchar(500) not null,
    letter_number        varchar(60),
    letter_date          date,
    effective_on         date,
    state                varchar(20)  not null,
    state_reason         varchar(500),
    created_by           varchar(60)  not null,
    created_at           timestamptz  not null,
    proposed_by          varchar(60),
    proposed_at          timestamptz,
    approved_by          varchar(60),
    approved_at          timestamptz,
    completed_by         varchar(60),
    completed_at         timestamptz,
    closed_by            varchar(60),
    closed_at            timestamptz,
    -- an incoming member (OFFICIAL, IN) is registered on completion from these fields
    in_full_name         varchar(120),
    in_birth_date        date,
    in_gender            varchar(10),
    in_id_number         varchar(12),
    in_party_card_number varchar(20),
    in_admitted_on       date,
    in_full_member_on    date,
    in_member_group      varchar(40),
    in_position          varchar(200),
    in_workplace         varchar(200),
    in_residence_id      bigint,
    version              bigint       not null default 0,
    constraint pk_transfer primary key (id),
    constraint fk_transfer_member foreign key (member_id) references member (id),
    constraint fk_transfer_from foreign key (from_branch_id) references org_unit (id),
    constraint fk_transfer_to foreign key (to_branch_id) references org_unit (id),
    constraint fk_transfer_campaign foreign key (campaign_id) references campaign (id),
    constraint ck_transfer_kind check (kind in ('INTERNAL', 'OFFICIAL', 'TEMPORARY', 'COLLECTIVE')),
    constraint ck_transfer_direction check (direction in ('WITHIN', 'IN', 'OUT')),
    constraint ck_transfer_state check (state in ('DRAFT', 'PROPOSED', 'APPROVED', 'COMPLETED', 'REJECTED',
                                                  'CANCELLED')),
    constraint ck_transfer_ends check (
        (direction = 'WITHIN' and member_id is not null and from_branch_id is not null and to_branch_id is not null)
        or (direction = 'OUT' and member_id is not null and from_branch_id is not null and other_organisation is not null)
        or (direction = 'IN' and to_branch_id is not null and other_organisation is not null and in_full_name is not null)),
    constraint ck_transfer_closed_reason check (state not in ('REJECTED', 'CANCELLED') or state_reason is not null),
    constraint ck_transfer_completed check (state <> 'COMPLETED' or effective_on is not null)
);
-- A member cannot have two open transfers.
create unique index uq_transfer_open_per_member on transfer (member_id)
    where state in ('DRAFT', 'PROPOSED', 'APPROVED');
create index ix_transfer_campaign on transfer (campaign_id, state);
create index ix_transfer_state on transfer (state, id);
create index ix_transfer_to_branch on transfer (to_branch_id);
create index ix_transfer_from_branch on transfer (from_branch_id);

alter table membership_period
    add constraint fk_membership_period_transfer foreign key (transfer_id) references transfer (id);

create sequence campaign_member_seq increment by 50;
create table campaign_member (
    id               bigint       not null,
    campaign_id      bigint       not null,
    member_id        bigint       not null,
    from_branch_id   bigint       not null,
    target_branch_id bigint,
    target_manual    boolean      not null default false,
    excluded         boolean      not null default false,
    exclusion_reason varchar(500),
    transfer_id      bigint,
    version          bigint       not null default 0,
    constraint pk_campaign_member primary key (id),
    constraint uq_campaign_member unique (campaign_id, member_id),
    constraint fk_campaign_member_campaign foreign key (campaign_id) references campaign (id),
    constraint fk_campaign_member_member foreign key (member_id) references member (id),
    constraint fk_campaign_member_from foreign key (from_branch_id) references org_unit (id),
    constraint fk_campaign_member_target foreign key (target_branch_id) references org_unit (id),
    constraint fk_campaign_member_transfer foreign key (transfer_id) references transfer (id),
    constraint ck_campaign_member_excluded check (not excluded or exclusion_reason is not null)
);
create index ix_campaign_member_campaign on campaign_member (campaign_id, id);

create sequence member_rating_seq increment by 50;
create table member_rating (
    id        bigint      not null,
    member_id bigint      not null,
    year      integer     not null,
    rating    varchar(20) not null,
    constraint pk_member_rating primary key (id),
    constraint uq_member_rating unique (member_id, year),
    constraint fk_member_rating_member foreign key (member_id) references member (id),
    constraint ck_member_rating check (rating in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL', 'NOT_RATED'))
);

create sequence audit_event_seq increment by 50;
create table audit_event (
    id          bigint       not null,
    occurred_at timestamptz  not null,
    username    varchar(60)  not null,
    entity_type varchar(30)  not null,
    entity_id   bigint       not null,
    action      varchar(40)  not null,
    details     text,
    constraint pk_audit_event primary key (id)
);
create index ix_audit_event_entity on audit_event (entity_type, entity_id, occurred_at);
